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
        <source>The acceptance criteria have %n problem(s) to fix.</source>
        <translation>
            <numerusform>The acceptance criteria have %n problem to fix.</numerusform>
            <numerusform>The acceptance criteria have %n problems to fix.</numerusform>
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
    <name>Ordo::StoryEditor</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
</TS>
