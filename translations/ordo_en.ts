<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ordo::ArchiveView</name>
    <message numerus="yes">
        <source>Delete %n archived item(s) and their history for good? This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>Delete %n archived item and their history for good? This cannot be undone, and it clears the undo history.</numerusform>
            <numerusform>Delete %n archived items and their history for good? This cannot be undone, and it clears the undo history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogPanel</name>
    <message numerus="yes">
        <source>Cleared the filter to show all %n item(s)</source>
        <translation>
            <numerusform>Cleared the filter to show all %n item</numerusform>
            <numerusform>Cleared the filter to show all %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CapacityBar</name>
    <message numerus="yes">
        <source> · %n unestimated</source>
        <translation>
            <numerusform> · %n unestimated</numerusform>
            <numerusform> · %n unestimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Velocity: the points accepted per sprint, averaged over the last %n closed sprint(s).</source>
        <translation>
            <numerusform>Velocity: the points accepted per sprint, averaged over the last %n closed sprint.</numerusform>
            <numerusform>Velocity: the points accepted per sprint, averaged over the last %n closed sprints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an estimate count as 0 points.</source>
        <translation>
            <numerusform>%n item without an estimate counts as 0 points.</numerusform>
            <numerusform>%n items without an estimate count as 0 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CardDelegate</name>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CleanUpDialog</name>
    <message numerus="yes">
        <source>%n item(s) lie beyond the next three sprints</source>
        <translation>
            <numerusform>%n item lie beyond the next three sprints</numerusform>
            <numerusform>%n items lie beyond the next three sprints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Item(s)</source>
        <translation>
            <numerusform>Archive %n Item</numerusform>
            <numerusform>Archive %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean Up: Archive %n Item(s)</source>
        <translation>
            <numerusform>Clean Up: Archive %n Item</numerusform>
            <numerusform>Clean Up: Archive %n Items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CloseSprintDialog</name>
    <message numerus="yes">
        <source>%n item(s) are done but not accepted: accept each, or count it as not done.</source>
        <translation>
            <numerusform>%n item is done but not accepted: accept it, or count it as not done.</numerusform>
            <numerusform>%n items are done but not accepted: accept each, or count it as not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished item(s) leave the sprint.</source>
        <translation>
            <numerusform>%n unfinished item leaves the sprint.</numerusform>
            <numerusform>%n unfinished items leave the sprint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Commands</name>
    <message numerus="yes">
        <source>Archive %n item(s)</source>
        <translation>
            <numerusform>Archive %n item</numerusform>
            <numerusform>Archive %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>Restore %n item</numerusform>
            <numerusform>Restore %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Type of %n Item(s)</source>
        <translation>
            <numerusform>Change Type of %n Item</numerusform>
            <numerusform>Change Type of %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate %n Item(s)</source>
        <translation>
            <numerusform>Estimate %n Item</numerusform>
            <numerusform>Estimate %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Status of %n Item(s)</source>
        <translation>
            <numerusform>Change Status of %n Item</numerusform>
            <numerusform>Change Status of %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Item(s) to an Epic</source>
        <translation>
            <numerusform>Assign %n Item to an Epic</numerusform>
            <numerusform>Assign %n Items to an Epic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score %n Item(s)</source>
        <translation>
            <numerusform>Score %n Item</numerusform>
            <numerusform>Score %n Items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionPrompt</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::FillDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Pull in %n item(s), %1 points&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Pull in %n item, %1 points&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Pull in %n items, %1 points&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Skipped on the way (%n)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Skipped on the way (%n)&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Skipped on the way (%n)&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Forecast</name>
    <message numerus="yes">
        <source>%1% likely by %2 (%3), counting %n item(s) without an estimate at the median</source>
        <extracomment>%1 a likelihood in percent, %2 a sprint&apos;s name, %3 the day it ends; %n the items counted at the median estimate</extracomment>
        <translation>
            <numerusform>%1% likely by %2 (%3), counting %n item without an estimate at the median</numerusform>
            <numerusform>%1% likely by %2 (%3), counting %n items without an estimate at the median</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Health</name>
    <message numerus="yes">
        <source>%1 of %n upcoming item(s) ready (%2%)</source>
        <translation>
            <numerusform>%1 of %n upcoming item ready (%2%)</numerusform>
            <numerusform>%1 of %n upcoming items ready (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next %n sprint(s) at average velocity. Refine the items that are not ready before Sprint Planning.</source>
        <translation>
            <numerusform>The next %n sprint at average velocity. Refine the items that are not ready before Sprint Planning.</numerusform>
            <numerusform>The next %n sprints at average velocity. Refine the items that are not ready before Sprint Planning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) near the top not estimated</source>
        <translation>
            <numerusform>%n item near the top not estimated</numerusform>
            <numerusform>%n items near the top not estimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) near the top too large for a sprint</source>
        <translation>
            <numerusform>%n item near the top too large for a sprint</numerusform>
            <numerusform>%n items near the top too large for a sprint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) linked to neither an epic nor the Product Goal</source>
        <translation>
            <numerusform>%n item linked to neither an epic nor the Product Goal</numerusform>
            <numerusform>%n items linked to neither an epic nor the Product Goal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unchanged for more than %1 days</source>
        <translation>
            <numerusform>%n item unchanged for more than %1 days</numerusform>
            <numerusform>%n items unchanged for more than %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ordered above what they depend on</source>
        <translation>
            <numerusform>%n item ordered above what they depend on</numerusform>
            <numerusform>%n items ordered above what they depend on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not estimated and not counted.</source>
        <translation>
            <numerusform>%n item are not estimated and not counted.</numerusform>
            <numerusform>%n items are not estimated and not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) lie beyond the next three sprints.</source>
        <translation>
            <numerusform>%n item lie beyond the next three sprints.</numerusform>
            <numerusform>%n items lie beyond the next three sprints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::HealthPanel</name>
    <message numerus="yes">
        <source>Healthy: %n check(s) fine</source>
        <translation>
            <numerusform>Healthy: %n check fine</numerusform>
            <numerusform>Healthy: %n checks fine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n needs attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fine</source>
        <translation>
            <numerusform>%n fine</numerusform>
            <numerusform>%n fine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n Item(s)</source>
        <translation>
            <numerusform>Show %n Item</numerusform>
            <numerusform>Show %n Items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ImportDestinationPage</name>
    <message numerus="yes">
        <source>%n of the file&apos;s %1 items came into %2 from an earlier import. Ordo knows them by their keys in %3.</source>
        <translation>
            <numerusform>%n of the file&apos;s %1 items came into %2 from an earlier import. Ordo knows it by its key in %3.</numerusform>
            <numerusform>%n of the file&apos;s %1 items came into %2 from an earlier import. Ordo knows them by their keys in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Importing %n item…</numerusform>
            <numerusform>Importing %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ImportMappingPage</name>
    <message numerus="yes">
        <source>Read again: %n row(s) had something Ordo did not understand; the preview lists them.</source>
        <translation>
            <numerusform>Read again: %n row had something Ordo did not understand; the preview lists it.</numerusform>
            <numerusform>Read again: %n rows had something Ordo did not understand; the preview lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%1 “%2”: %n item(s). The first %3 as they will appear in the backlog:</source>
        <extracomment>%1 is the format (&quot;Jira CSV&quot;), %2 the file&apos;s name; %n items in all</extracomment>
        <translation>
            <numerusform>%1 “%2”: %n item, as it will appear in the backlog (%3 shown):</numerusform>
            <numerusform>%1 “%2”: %n items. The first %3 as they will appear in the backlog:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not understood or guessed (%n):</source>
        <translation>
            <numerusform>Not understood or guessed (%n):</numerusform>
            <numerusform>Not understood or guessed (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ImportReportPage</name>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item added</numerusform>
            <numerusform>%n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) updated</source>
        <translation>
            <numerusform>%n item updated</numerusform>
            <numerusform>%n items updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies) linked</source>
        <translation>
            <numerusform>%n dependency linked</numerusform>
            <numerusform>%n dependencies linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Invest</name>
    <message numerus="yes">
        <source>%n scenario(s) without a Then: say what outcome proves it works.</source>
        <translation>
            <numerusform>%n scenario without a Then: say what outcome proves it works.</numerusform>
            <numerusform>%n scenarios without a Then: say what outcome proves it works.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The acceptance criteria have %n syntax error(s) to fix.</source>
        <translation>
            <numerusform>The acceptance criteria have %n syntax error to fix.</numerusform>
            <numerusform>The acceptance criteria have %n syntax errors to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed scenario(s), each with a Then.</source>
        <translation>
            <numerusform>%n well-formed scenario, each with a Then.</numerusform>
            <numerusform>%n well-formed scenarios, each with a Then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::LiveUpdates</name>
    <message numerus="yes">
        <source>%1 estimated %2 at %n point(s)</source>
        <translation>
            <numerusform>%1 estimated %2 at %n point</numerusform>
            <numerusform>%1 estimated %2 at %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n item(s)</source>
        <translation>
            <numerusform>%1 added %n item</numerusform>
            <numerusform>%1 added %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 archived %n item(s)</source>
        <translation>
            <numerusform>%1 archived %n item</numerusform>
            <numerusform>%1 archived %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n item(s)</source>
        <translation>
            <numerusform>%1 moved %n item</numerusform>
            <numerusform>%1 moved %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n item(s)</source>
        <translation>
            <numerusform>%1 changed %n item</numerusform>
            <numerusform>%1 changed %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::MainWindow</name>
    <message numerus="yes">
        <source>Next two sprints: %1 of %n item(s) ready</source>
        <extracomment>Status bar: of the items that fill the next two sprints, how many meet the Definition of Ready</extracomment>
        <translation>
            <numerusform>Next two sprints: %1 of %n item ready</numerusform>
            <numerusform>Next two sprints: %1 of %n items ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n item(s): %1 ready</source>
        <translation>
            <numerusform>Top %n item: %1 ready</numerusform>
            <numerusform>Top %n items: %1 ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n item(s); Undo brings them back</source>
        <translation>
            <numerusform>Archived %n item; Undo brings them back</numerusform>
            <numerusform>Archived %n items; Undo brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>Imported %n item from %1</numerusform>
            <numerusform>Imported %n items from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>Exported %n item to %1</numerusform>
            <numerusform>Exported %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <extracomment>One file of an export in several files: %1 is its name, %n its items</extracomment>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 files, each under Azure DevOps&apos; limit of 1,000 rows, with every epic&apos;s tree in one file:</source>
        <translation>
            <numerusform>%n item in %1 files, each under Azure DevOps&apos; limit of 1,000 rows, with every epic&apos;s tree in one file:</numerusform>
            <numerusform>%n items in %1 files, each under Azure DevOps&apos; limit of 1,000 rows, with every epic&apos;s tree in one file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PlanningMode</name>
    <message numerus="yes">
        <source>Average velocity of the last %n closed sprint(s): %1 = %2 points</source>
        <translation>
            <numerusform>Average velocity of the last %n closed sprint: %1 = %2 points</numerusform>
            <numerusform>Average velocity of the last %n closed sprints: %1 = %2 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n item</numerusform>
            <numerusform>%1 · %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Product Backlog · %n plannable item(s)</source>
        <translation>
            <numerusform>Product Backlog · %n plannable item</numerusform>
            <numerusform>Product Backlog · %n plannable items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedBoard</name>
    <message numerus="yes">
        <source>%1 · %n card(s), %2 pts</source>
        <translation>
            <numerusform>%1 · %n card, %2 pts</numerusform>
            <numerusform>%1 · %n cards, %2 pts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedPlanning</name>
    <message numerus="yes">
        <source>In %1: %n item(s)</source>
        <translation>
            <numerusform>In %1: %n item</numerusform>
            <numerusform>In %1: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedReports</name>
    <message numerus="yes">
        <source>Average of the last %n sprint(s): %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Average of the last sprint: %1 points (from %2 to %3).</numerusform>
            <numerusform>Average of the last %n sprints: %1 points (from %2 to %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedReview</name>
    <message numerus="yes">
        <source>Accepted: %n item(s), %1 points</source>
        <translation>
            <numerusform>Accepted: %n item, %1 points</numerusform>
            <numerusform>Accepted: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), %1 points</source>
        <translation>
            <numerusform>Rejected: %n item, %1 points</numerusform>
            <numerusform>Rejected: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for review: %n item(s), %1 points</source>
        <translation>
            <numerusform>Waiting for review: %n item, %1 points</numerusform>
            <numerusform>Waiting for review: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s), %1 points</source>
        <translation>
            <numerusform>Not done: %n item, %1 points</numerusform>
            <numerusform>Not done: %n items, %1 points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ProductHeader</name>
    <message numerus="yes">
        <source>%n item(s) · %1 points</source>
        <extracomment>Backlog summary: %n items, %1 story points</extracomment>
        <translation>
            <numerusform>%n item · %1 points</numerusform>
            <numerusform>%n items · %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n item(s) serve the goal</source>
        <extracomment>%1 items of the %n at the top of the backlog are linked to the Product Goal</extracomment>
        <translation>
            <numerusform>%1 of the top %n item serve the goal</numerusform>
            <numerusform>%1 of the top %n items serve the goal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ProposalDialog</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be planned; none would move.</source>
        <translation>
            <numerusform>%n item waiting to be planned; none would move.</numerusform>
            <numerusform>%n items waiting to be planned; none would move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n item move</numerusform>
            <numerusform>%n items move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n change</source>
        <translation>
            <numerusform>%1 of the top %n change</numerusform>
            <numerusform>%1 of the top %n change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n item(s) waiting to be planned. Items in a sprint, finished items and epics keep their places; no item goes above what it depends on.</source>
        <translation>
            <numerusform>Of %n item waiting to be planned. Items in a sprint, finished items and epics keep their places; no item goes above what it depends on.</numerusform>
            <numerusform>Of %n items waiting to be planned. Items in a sprint, finished items and epics keep their places; no item goes above what it depends on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move; %1 of the top ten change.</source>
        <translation>
            <numerusform>%n item move; %1 of the top ten change.</numerusform>
            <numerusform>%n items move; %1 of the top ten change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Item(s) to Their Proposed Places</source>
        <translation>
            <numerusform>Move %n Item to Their Proposed Places</numerusform>
            <numerusform>Move %n Items to Their Proposed Places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ProposalModel</name>
    <message numerus="yes">
        <source>Move %n Item(s) Across From the Proposal</source>
        <translation>
            <numerusform>Move %n Item Across From the Proposal</numerusform>
            <numerusform>Move %n Items Across From the Proposal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Readiness</name>
    <message numerus="yes">
        <source>%n INVEST quality(s) not ticked yet</source>
        <translation>
            <numerusform>%n INVEST quality not ticked yet</numerusform>
            <numerusform>%n INVEST qualities not ticked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits for %n unfinished item(s)</source>
        <translation>
            <numerusform>Waits for %n unfinished item</numerusform>
            <numerusform>Waits for %n unfinished items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ReportsMode</name>
    <message numerus="yes">
        <source>Average of the last %n sprints: %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Velocity of the last sprint: %1 points (from %2 to %3).</numerusform>
            <numerusform>Average of the last %n sprints: %1 points (from %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in it have no estimate and count for nothing.</source>
        <translation>
            <numerusform>%n item in it has no estimate and counts for nothing.</numerusform>
            <numerusform>%n items in it have no estimate and count for nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By %1 (%n sprints), 85% likely: the top %2 items (%3 points); 50% likely: the top %4.</source>
        <translation>
            <numerusform>By %1 (%n sprint), 85% likely: the top %2 items (%3 points); 50% likely: the top %4.</numerusform>
            <numerusform>By %1 (%n sprints), 85% likely: the top %2 items (%3 points); 50% likely: the top %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome rate over the last %n sprints: %1 of accepted stories with a success metric reached their target.</source>
        <translation>
            <numerusform>Outcome rate over the last sprint: %1 of accepted stories with a success metric reached their target.</numerusform>
            <numerusform>Outcome rate over the last %n sprints: %1 of accepted stories with a success metric reached their target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted stories had no success metric.</source>
        <translation>
            <numerusform>%n accepted story had no success metric.</numerusform>
            <numerusform>%n accepted stories had no success metric.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Review</name>
    <message numerus="yes">
        <source>%n criteria are not met</source>
        <translation>
            <numerusform>%n criterion is not met</numerusform>
            <numerusform>%n criteria are not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Definition of Done: %n items are not met</source>
        <translation>
            <numerusform>Definition of Done: %n item is not met</numerusform>
            <numerusform>Definition of Done: %n items are not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria not judged yet</source>
        <translation>
            <numerusform>%n criterion not judged yet</numerusform>
            <numerusform>%n criteria not judged yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Definition of Done: %n items not ticked</source>
        <translation>
            <numerusform>Definition of Done: %n item not ticked</numerusform>
            <numerusform>Definition of Done: %n items not ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Say more about why the work is rejected: at least %n letters.</source>
        <extracomment>%n the letters a rejection reason needs at least</extracomment>
        <translation>
            <numerusform>Say more about why the work is rejected: at least %n letter.</numerusform>
            <numerusform>Say more about why the work is rejected: at least %n letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ReviewMode</name>
    <message numerus="yes">
        <source>%1 review: %2 of %n item(s) judged</source>
        <translation>
            <numerusform>%1 review: %2 of %n item judged</numerusform>
            <numerusform>%1 review: %2 of %n items judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not done: the close returns them to the backlog or the next sprint.</source>
        <translation>
            <numerusform>%n item not done: the close returns it to the backlog or the next sprint.</numerusform>
            <numerusform>%n items not done: the close returns them to the backlog or the next sprint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ScopeChangeDialog</name>
    <message numerus="yes">
        <source>%n item(s), %1 points, into “%2”, which is running.</source>
        <translation>
            <numerusform>%n item, %1 points, into “%2”, which is running.</numerusform>
            <numerusform>%n items, %1 points, into “%2”, which is running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 points, out of “%2”, which is running.</source>
        <translation>
            <numerusform>%n item, %1 points, out of “%2”, which is running.</numerusform>
            <numerusform>%n items, %1 points, out of “%2”, which is running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ScoreDialog</name>
    <message numerus="yes">
        <source>Score %n Item(s)</source>
        <translation>
            <numerusform>Score %n Item</numerusform>
            <numerusform>Score %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the scores the %n selected item(s) share. Fields left at “Keep as is” do not change.</source>
        <translation>
            <numerusform>Set the scores the %n selected item share. Fields left at “Keep as is” do not change.</numerusform>
            <numerusform>Set the scores the %n selected items share. Fields left at “Keep as is” do not change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::SprintCommands</name>
    <message numerus="yes">
        <source>Plan %n item(s) into “%1”</source>
        <translation>
            <numerusform>Plan %n item into “%1”</numerusform>
            <numerusform>Plan %n items into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) to the backlog</source>
        <translation>
            <numerusform>Return %n item to the backlog</numerusform>
            <numerusform>Return %n items to the backlog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Move %n card to %1</numerusform>
            <numerusform>Move %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) as serving the sprint goal</source>
        <translation>
            <numerusform>Mark %n item as serving the sprint goal</numerusform>
            <numerusform>Mark %n items as serving the sprint goal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n item(s) as serving the sprint goal</source>
        <translation>
            <numerusform>Unmark %n item as serving the sprint goal</numerusform>
            <numerusform>Unmark %n items as serving the sprint goal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::SprintMode</name>
    <message numerus="yes">
        <source>Blocked by %n unfinished item(s)</source>
        <translation>
            <numerusform>Blocked by %n unfinished item</numerusform>
            <numerusform>Blocked by %n unfinished items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %n working day(s) left</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %n working day left</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n card(s)</source>
        <translation>
            <numerusform> · %n card</numerusform>
            <numerusform> · %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sprint goal is at risk: the items serving it need %1 more points, and at the pace so far (%2 points a day) the %n working day(s) left finish about %3.</source>
        <translation>
            <numerusform>The sprint goal is at risk: the items serving it need %1 more points, and at the pace so far (%2 points a day) the %n working day left finishes about %3.</numerusform>
            <numerusform>The sprint goal is at risk: the items serving it need %1 more points, and at the pace so far (%2 points a day) the %n working days left finish about %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::SprintReport</name>
    <message numerus="yes">
        <source>**Accepted:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Accepted:** %n item, %1 points</numerusform>
            <numerusform>**Accepted:** %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Rejected:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Rejected:** %n item, %1 points</numerusform>
            <numerusform>**Rejected:** %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Not done:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Not done:** %n item, %1 points</numerusform>
            <numerusform>**Not done:** %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Not accepted yet:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Not accepted yet:** %n item, %1 points</numerusform>
            <numerusform>**Not accepted yet:** %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Feedback:** %n new item(s) in the Product Backlog</source>
        <translation>
            <numerusform>**Feedback:** %n new item in the Product Backlog</numerusform>
            <numerusform>**Feedback:** %n new items in the Product Backlog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Velocity:** %1 points on average over the last %n sprint(s) (%2–%3)</source>
        <translation>
            <numerusform>**Velocity:** %1 points on average over the last sprint (%2–%3)</numerusform>
            <numerusform>**Velocity:** %1 points on average over the last %n sprints (%2–%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::StakeholderReport</name>
    <message numerus="yes">
        <source>Average velocity over the last %n sprint(s): %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Average velocity over the last sprint: %1 points (from %2 to %3).</numerusform>
            <numerusform>Average velocity over the last %n sprints: %1 points (from %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n item(s), %1 points</source>
        <translation>
            <numerusform>Accepted: %n item, %1 points</numerusform>
            <numerusform>Accepted: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), %1 points</source>
        <translation>
            <numerusform>Rejected: %n item, %1 points</numerusform>
            <numerusform>Rejected: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s), %1 points</source>
        <translation>
            <numerusform>Not done: %n item, %1 points</numerusform>
            <numerusform>Not done: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted yet: %n item(s), %1 points</source>
        <translation>
            <numerusform>Not accepted yet: %n item, %1 points</numerusform>
            <numerusform>Not accepted yet: %n items, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accepted stories with a success metric reached its target.</source>
        <translation>
            <numerusform>%1 of %n accepted story with a success metric reached its target.</numerusform>
            <numerusform>%1 of %n accepted stories with a success metric reached their target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 points done, in %n item(s).</source>
        <translation>
            <numerusform>%1 of %2 points done, in %n item.</numerusform>
            <numerusform>%1 of %2 points done, in %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Storage</name>
    <message numerus="yes">
        <source>The sprint still holds %n item(s): move them back to the backlog before deleting it.</source>
        <translation>
            <numerusform>The sprint still holds %n item: move it back to the backlog before deleting the sprint.</numerusform>
            <numerusform>The sprint still holds %n items: move them back to the backlog before deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::StoryEditor</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::VelocityChart</name>
    <message numerus="yes">
        <source>Average of the last %n sprints</source>
        <translation>
            <numerusform>Average of the last sprint</numerusform>
            <numerusform>Average of the last %n sprints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n item(s) from “%1” into the new product “%2”.</source>
        <translation>
            <numerusform>Imported %n item from “%1” into the new product “%2”.</numerusform>
            <numerusform>Imported %n items from “%1” into the new product “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from “%1” into “%2”.</source>
        <translation>
            <numerusform>Imported %n item from “%1” into “%2”.</numerusform>
            <numerusform>Imported %n items from “%1” into “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n item(s) imported before.</source>
        <translation>
            <numerusform>Updated %n item imported before.</numerusform>
            <numerusform>Updated %n items imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n dependenc(ies).</source>
        <translation>
            <numerusform>Added %n dependency.</numerusform>
            <numerusform>Added %n dependencies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the backup “%1” into the new product “%2”.</source>
        <translation>
            <numerusform>Restored %n item from the backup “%1” into the new product “%2”.</numerusform>
            <numerusform>Restored %n items from the backup “%1” into the new product “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n item to “%1”.</numerusform>
            <numerusform>Wrote %n items to “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
