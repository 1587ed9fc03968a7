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
    <name>Ordo::ProductHeader</name>
    <message numerus="yes">
        <source>%n item(s) · %1 points · %2 ready</source>
        <extracomment>Backlog summary: %n items, %1 story points, %2 items ready for Sprint Planning</extracomment>
        <translation>
            <numerusform>%n item · %1 points · %2 ready</numerusform>
            <numerusform>%n items · %1 points · %2 ready</numerusform>
        </translation>
    </message>
</context>
</TS>
