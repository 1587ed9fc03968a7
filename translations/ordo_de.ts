<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ordo::Access</name>
    <message>
        <source>The connection to the server is lost, so nothing can be saved. Ordo is reconnecting; try again once it has.</source>
        <translation>Die Verbindung zum Server ist unterbrochen, daher kann nichts gespeichert werden. Ordo verbindet sich neu; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>As a stakeholder you can look at this product, but not change it.</source>
        <translation>Als Stakeholder können Sie dieses Produkt ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>As a team member you can change the status and estimates of items and edit their acceptance criteria; other changes are the Product Owner&apos;s.</source>
        <translation>Als Teammitglied können Sie Status und Schätzungen von Einträgen ändern und ihre Akzeptanzkriterien bearbeiten; andere Änderungen sind Sache des Product Owners.</translation>
    </message>
</context>
<context>
    <name>Ordo::ArchiveModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Ordo::ArchiveView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Permanently…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>No archived items.

Archived items leave the backlog but are never lost: restore them from here whenever they matter again.</source>
        <translation>Keine archivierten Einträge.

Archivierte Einträge verlassen das Backlog, gehen aber nie verloren: Stellen Sie sie hier wieder her, sobald sie wieder zählen.</translation>
    </message>
    <message>
        <source>Put the selected items back in the backlog, where they were</source>
        <translation>Die ausgewählten Einträge an ihren alten Platz im Backlog zurücklegen</translation>
    </message>
    <message>
        <source>Remove the selected items and their history for good</source>
        <translation>Die ausgewählten Einträge samt Verlauf endgültig entfernen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Permanently?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n archived item(s) and their history for good? This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>%n archivierten Eintrag samt Verlauf endgültig löschen? Das kann nicht rückgängig gemacht werden und leert den Rückgängig-Verlauf.</numerusform>
            <numerusform>%n archivierte Einträge samt Verlauf endgültig löschen? Das kann nicht rückgängig gemacht werden und leert den Rückgängig-Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogActions</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Eintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>An das &amp;Ende</translation>
    </message>
    <message>
        <source>Alt+End</source>
        <translation>Alt+End</translation>
    </message>
    <message>
        <source>Move to &amp;Position…</source>
        <translation>An &amp;Position verschieben…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Add &amp;Dependency…</source>
        <translation>A&amp;bhängigkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Move Below Its Dependencies</source>
        <translation>Unter seine Abhängigkeiten verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Set T&amp;ype</source>
        <translation>&amp;Typ setzen</translation>
    </message>
    <message>
        <source>&amp;Remove Dependency</source>
        <translation>Abhängigkeit &amp;entfernen</translation>
    </message>
    <message>
        <source>Add an item above the selection</source>
        <translation>Einen Eintrag über der Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Move the selected items to the Archive; nothing is lost</source>
        <translation>Die ausgewählten Einträge ins Archiv verschieben; nichts geht verloren</translation>
    </message>
    <message>
        <source>Place the item just below the lowest item it depends on</source>
        <translation>Den Eintrag direkt unter den untersten Eintrag setzen, von dem er abhängt</translation>
    </message>
    <message>
        <source>An archived item</source>
        <translation>Ein archivierter Eintrag</translation>
    </message>
    <message>
        <source>No Dependencies</source>
        <translation>Keine Abhängigkeiten</translation>
    </message>
    <message>
        <source>Move to Position</source>
        <translation>An Position verschieben</translation>
    </message>
    <message>
        <source>New position in the backlog (1 to %1):</source>
        <translation>Neue Position im Backlog (1 bis %1):</translation>
    </message>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>This item is blocked by (key, e.g. %1-12):</source>
        <translation>Dieser Eintrag wird blockiert von (Schlüssel, z. B. %1-12):</translation>
    </message>
    <message>
        <source>There is no item %1 in the backlog.</source>
        <translation>Im Backlog gibt es keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Set E&amp;pic</source>
        <translation>E&amp;pic setzen</translation>
    </message>
    <message>
        <source>No Epic</source>
        <translation>Kein Epic</translation>
    </message>
    <message>
        <source>Sp&amp;lit Story…</source>
        <translation>Story auf&amp;teilen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>De&amp;cline Request…</source>
        <translation>Anfrage a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>&amp;Bewerten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Set &amp;MoSCoW</source>
        <translation>&amp;MoSCoW setzen</translation>
    </message>
    <message>
        <source>Say no to a request: archive it and record why, for the person who asked</source>
        <translation>Eine Anfrage ablehnen: archivieren und den Grund für die anfragende Person festhalten</translation>
    </message>
    <message>
        <source>Give the selected items the same MoSCoW, WSJF, Kano or value/effort scores</source>
        <translation>Den ausgewählten Einträgen dieselbe MoSCoW-, WSJF-, Kano- oder Nutzen/Aufwand-Bewertung geben</translation>
    </message>
    <message>
        <source>Not Scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Split in %1</source>
        <translation>Story aufteilen (%1)</translation>
    </message>
    <message>
        <source>“%1” is in %2. Which part stays in the sprint? The others go to the backlog.</source>
        <translation>„%1“ ist in %2. Welcher Teil bleibt im Sprint? Die anderen gehen ins Backlog.</translation>
    </message>
    <message>
        <source>Split to deliver the core value in this sprint; the rest goes to the backlog.</source>
        <translation>Aufgeteilt, um den Kernnutzen in diesem Sprint zu liefern; der Rest geht ins Backlog.</translation>
    </message>
    <message>
        <source>Split “%1” in %2</source>
        <translation>„%1“ aufteilen (%2)</translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogEditor</name>
    <message>
        <source>The Product Backlog item is no longer in the backlog.</source>
        <translation>Der Product-Backlog-Eintrag ist nicht mehr im Backlog.</translation>
    </message>
    <message>
        <source>An item cannot be placed below itself.</source>
        <translation>Ein Eintrag kann nicht unter sich selbst gesetzt werden.</translation>
    </message>
    <message>
        <source>Could not find a place for the items in the backlog order.</source>
        <translation>Für die Einträge wurde kein Platz in der Backlog-Reihenfolge gefunden.</translation>
    </message>
    <message>
        <source>This dependency would create a cycle: the other item already depends on this one, directly or through other items.</source>
        <translation>Diese Abhängigkeit würde einen Zyklus bilden: Der andere Eintrag hängt bereits direkt oder über andere Einträge von diesem ab.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>%1 is a Product Backlog item&apos;s key, %2 its title</extracomment>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogItemDelegate</name>
    <message>
        <source>?</source>
        <extracomment>The estimate of an item that is not estimated yet</extracomment>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogModel</name>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>%1

Ordered above %2, which it depends on. Use “Move Below Its Dependencies” to fix the order.</source>
        <extracomment>%1 is the item title, %2 a list of item keys such as ORD-4, ORD-9</extracomment>
        <translation>%1

Steht über %2, wovon er abhängt. Mit „Unter seine Abhängigkeiten verschieben“ wird die Reihenfolge korrigiert.</translation>
    </message>
    <message>
        <source>Not estimated yet</source>
        <translation>Noch nicht geschätzt</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column header: the item&apos;s place in the ordered backlog</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>Column header: story points</extracomment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Meets the Definition of Ready</source>
        <translation>Erfüllt die Definition of Ready</translation>
    </message>
    <message>
        <source>Not ready for Sprint Planning:
%1</source>
        <extracomment>Tooltip of the Readiness column; %1 is a list, one unmet rule per line</extracomment>
        <translation>Nicht bereit für das Sprint Planning:
%1</translation>
    </message>
    <message>
        <source>✓ Ready</source>
        <translation>✓ Bereit</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Shown for a score that cannot be computed because an input is missing</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>Cost of delay %1 ÷ job size %2</source>
        <translation>Verzögerungskosten %1 ÷ Jobgröße %2</translation>
    </message>
    <message>
        <source>Needs a value and an effort above zero.</source>
        <translation>Braucht einen Nutzen und einen Aufwand über null.</translation>
    </message>
    <message>
        <source>The estimate, as no job size is set</source>
        <translation>Die Schätzung, da keine Jobgröße gesetzt ist</translation>
    </message>
    <message>
        <source>Serves the Product Goal</source>
        <translation>Dient dem Produktziel</translation>
    </message>
    <message>
        <source>Not linked to the Product Goal</source>
        <translation>Nicht mit dem Produktziel verknüpft</translation>
    </message>
    <message>
        <source>Must have, Should have, Could have, Won&apos;t have this time</source>
        <translation>Must have, Should have, Could have, Won’t have this time</translation>
    </message>
    <message>
        <source>WSJF business value (1–20)</source>
        <translation>WSJF-Geschäftswert (1–20)</translation>
    </message>
    <message>
        <source>WSJF time criticality (1–20)</source>
        <translation>WSJF-Zeitkritikalität (1–20)</translation>
    </message>
    <message>
        <source>WSJF risk reduction / opportunity enablement (1–20)</source>
        <translation>WSJF-Risikominderung / Chancenermöglichung (1–20)</translation>
    </message>
    <message>
        <source>WSJF job size; the estimate when not set</source>
        <translation>WSJF-Jobgröße; ohne Angabe die Schätzung</translation>
    </message>
    <message>
        <source>Weighted shortest job first: cost of delay ÷ job size</source>
        <translation>Weighted Shortest Job First: Verzögerungskosten ÷ Jobgröße</translation>
    </message>
    <message>
        <source>Kano category: must-be, performance, delighter or indifferent</source>
        <translation>Kano-Kategorie: Basis-, Leistungs-, Begeisterungsmerkmal oder indifferent</translation>
    </message>
    <message>
        <source>Value ÷ effort</source>
        <translation>Nutzen ÷ Aufwand</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>BV</source>
        <extracomment>Column header: WSJF business value (short)</extracomment>
        <translation>GW</translation>
    </message>
    <message>
        <source>TC</source>
        <extracomment>Column header: WSJF time criticality (short)</extracomment>
        <translation>ZK</translation>
    </message>
    <message>
        <source>RR|OE</source>
        <extracomment>Column header: WSJF risk reduction / opportunity enablement (short)</extracomment>
        <translation>RM|CE</translation>
    </message>
    <message>
        <source>Job Size</source>
        <translation>Jobgröße</translation>
    </message>
    <message>
        <source>WSJF</source>
        <translation>WSJF</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Value/Effort</source>
        <extracomment>Column header: value divided by effort</extracomment>
        <translation>Nutzen/Aufwand</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>Column header: linked to the Product Goal</extracomment>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogPanel</name>
    <message>
        <source>No item matches the filter.</source>
        <translation>Kein Eintrag passt zum Filter.</translation>
    </message>
    <message>
        <source>Added %1; it is hidden by the filter.</source>
        <translation>%1 hinzugefügt; der Filter blendet ihn aus.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the filter to show all %n item(s)</source>
        <translation>
            <numerusform>Filter zurückgesetzt, um den Eintrag zu zeigen</numerusform>
            <numerusform>Filter zurückgesetzt, um alle %n Einträge zu zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::BacklogView</name>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Ordo::Backup</name>
    <message>
        <source>The column “%1” of the table “%2” holds data a backup cannot keep.</source>
        <translation>Die Spalte „%1“ der Tabelle „%2“ enthält Daten, die eine Sicherung nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <source>The table “%1” is not a list of rows.</source>
        <translation>Die Tabelle „%1“ ist keine Liste von Zeilen.</translation>
    </message>
    <message>
        <source>Row %1 of the table “%2” cannot be restored: %3.</source>
        <translation>Zeile %1 der Tabelle „%2“ kann nicht wiederhergestellt werden: %3.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>sie ist kein Objekt</translation>
    </message>
    <message>
        <source>the table has no column “%1”</source>
        <translation>die Tabelle hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>The backup holds a table “%1” that a product of format %2 does not have.</source>
        <translation>Die Sicherung enthält eine Tabelle „%1“, die ein Produkt im Format %2 nicht hat.</translation>
    </message>
    <message>
        <source>The backup has no table “%1”.</source>
        <translation>Die Sicherung hat keine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>A row of the table “%1” refers to a row of the table “%2” that is not in the backup.</source>
        <translation>Eine Zeile der Tabelle „%1“ verweist auf eine Zeile der Tabelle „%2“, die nicht in der Sicherung ist.</translation>
    </message>
    <message>
        <source>The backup holds no product.</source>
        <translation>Die Sicherung enthält kein Produkt.</translation>
    </message>
    <message>
        <source>The backup is not valid JSON (at byte %1: %2).</source>
        <translation>Die Sicherung ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>This is not an Ordo backup: it is not a JSON object.</source>
        <translation>Dies ist keine Ordo-Sicherung: Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not an Ordo backup: its “format” is not “%1”.</source>
        <translation>Dies ist keine Ordo-Sicherung: Ihr „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The backup does not say which format it has (its “version” is not a whole number from 1).</source>
        <translation>Die Sicherung gibt ihr Format nicht an (ihre „version“ ist keine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>The backup was made by a newer Ordo (format %1; this Ordo reads up to format %2). Update Ordo to restore it.</source>
        <translation>Die Sicherung stammt von einem neueren Ordo (Format %1; dieses Ordo liest bis Format %2). Aktualisieren Sie Ordo, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup holds no tables.</source>
        <translation>Die Sicherung enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>“%1” already exists. A backup restores a whole product into a new file; choose a name that is not taken.</source>
        <translation>„%1“ existiert bereits. Eine Sicherung stellt ein ganzes Produkt in einer neuen Datei wieder her; wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>two of its items hold the same place in the backlog (“order_key”).</source>
        <translation>zwei ihrer Einträge stehen an derselben Stelle im Backlog („order_key“).</translation>
    </message>
</context>
<context>
    <name>Ordo::BurndownChart</name>
    <message>
        <source>Added (%1 points): %2</source>
        <translation>Hinzugefügt (%1 Punkte): %2</translation>
    </message>
    <message>
        <source>Removed (%1 points): %2</source>
        <translation>Entfernt (%1 Punkte): %2</translation>
    </message>
    <message>
        <source>Re-estimated (%1 points): %2</source>
        <translation>Neu geschätzt (%1 Punkte): %2</translation>
    </message>
    <message>
        <source>Reopened (%1 points): %2</source>
        <translation>Wieder geöffnet (%1 Punkte): %2</translation>
    </message>
    <message>
        <source>Rejected at the review (%1 points): %2</source>
        <translation>Im Review abgelehnt (%1 Punkte): %2</translation>
    </message>
    <message>
        <source>Scope changes</source>
        <translation>Scope-Änderungen</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tagesende</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>zu Beginn</translation>
    </message>
    <message>
        <source>%1, %2: %3 points</source>
        <translation>%1, %2: %3 Punkte</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideallinie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1: burnup</source>
        <translation>%1: Burnup</translation>
    </message>
    <message>
        <source>%1: burndown</source>
        <translation>%1: Burndown</translation>
    </message>
    <message>
        <source>“%1” has not started: start it in Planning to see its burndown.</source>
        <translation>„%1“ hat noch nicht begonnen: Starten Sie ihn in der Planung, um sein Burndown zu sehen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>Ordo::CapacityBar</name>
    <message>
        <source>%1 of %2 points committed</source>
        <translation>%1 von %2 Punkten eingeplant</translation>
    </message>
    <message>
        <source>%1 points committed, no capacity set</source>
        <translation>%1 Punkte eingeplant, keine Kapazität gesetzt</translation>
    </message>
    <message>
        <source> · velocity %1 (%2–%3)</source>
        <extracomment>%1 average velocity, %2-%3 its range over the last sprints</extracomment>
        <translation> · Velocity %1 (%2–%3)</translation>
    </message>
    <message>
        <source> · no velocity yet</source>
        <translation> · noch keine Velocity</translation>
    </message>
    <message numerus="yes">
        <source> · %n unestimated</source>
        <translation>
            <numerusform> · %n ohne Schätzung</numerusform>
            <numerusform> · %n ohne Schätzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Velocity: the points accepted per sprint, averaged over the last %n closed sprint(s).</source>
        <translation>
            <numerusform>Velocity: die pro Sprint abgenommenen Punkte, gemittelt über %n abgeschlossenen Sprint.</numerusform>
            <numerusform>Velocity: die pro Sprint abgenommenen Punkte, gemittelt über die letzten %n abgeschlossenen Sprints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green up to the lower of capacity and average velocity, amber up to the higher, red beyond both.</source>
        <translation>Grün bis zum kleineren Wert aus Kapazität und durchschnittlicher Velocity, gelb bis zum größeren, rot darüber hinaus.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points allocated</source>
        <translation>%1: %2 von %3 Punkten zugeteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an estimate count as 0 points.</source>
        <translation>
            <numerusform>%n Eintrag ohne Schätzung zählt als 0 Punkte.</numerusform>
            <numerusform>%n Einträge ohne Schätzung zählen als 0 Punkte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CardDelegate</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <source>★ sprint goal</source>
        <translation>★ Sprint-Ziel</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>Ordo::ChartPanel</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A chart exported from Ordo</source>
        <translation>Ein aus Ordo exportiertes Diagramm</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>Ordo::ChecklistEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry below the selected one</source>
        <translation>Einen Eintrag unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>Ordo::CleanUpDialog</name>
    <message>
        <source>%1. %2 %3</source>
        <extracomment>A clean-up candidate: %1 place in the backlog, %2 key, %3 title</extracomment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>Clean Up the Backlog</source>
        <translation>Backlog aufräumen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) lie beyond the next three sprints</source>
        <translation>
            <numerusform>%n Eintrag liegt jenseits der nächsten drei Sprints</numerusform>
            <numerusform>%n Einträge liegen jenseits der nächsten drei Sprints</numerusform>
        </translation>
    </message>
    <message>
        <source>At the average velocity of %1 points a sprint, the team will not reach these items soon. A long backlog is an accumulation of requests without a real prioritization decision: archive what you will not do, and say why. Archived items stay in the Archive, where you can restore them at any time.</source>
        <translation>Bei der durchschnittlichen Velocity von %1 Punkten pro Sprint erreicht das Team diese Einträge so bald nicht. Ein langes Backlog ist eine Ansammlung von Anfragen ohne echte Priorisierungsentscheidung: Archivieren Sie, was Sie nicht tun werden, und sagen Sie warum. Archivierte Einträge bleiben im Archiv und lassen sich jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>Choose &amp;All</source>
        <translation>&amp;Alle wählen</translation>
    </message>
    <message>
        <source>Choose &amp;None</source>
        <translation>&amp;Keine wählen</translation>
    </message>
    <message>
        <source>Why these go, for the decision log (optional), e.g. “Not requested again in a year; the new roadmap drops them.”</source>
        <translation>Warum sie gehen, für das Entscheidungsprotokoll (optional), z. B. „Seit einem Jahr nicht mehr angefragt; die neue Roadmap streicht sie.“</translation>
    </message>
    <message>
        <source>Who agreed, or who is affected (optional)</source>
        <translation>Wer zugestimmt hat oder wer betroffen ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>S&amp;takeholder:</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Item(s)</source>
        <translation>
            <numerusform>%n Eintrag archivieren</numerusform>
            <numerusform>%n Einträge archivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived in a backlog clean-up</source>
        <extracomment>Decision log entry for each item archived in a clean-up</extracomment>
        <translation>Beim Aufräumen des Backlogs archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Clean Up: Archive %n Item(s)</source>
        <translation>
            <numerusform>Aufräumen: %n Eintrag archivieren</numerusform>
            <numerusform>Aufräumen: %n Einträge archivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::CloseSprintDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>a new sprint</source>
        <translation>einen neuen Sprint</translation>
    </message>
    <message>
        <source>Choose: accept or not done…</source>
        <translation>Wählen: abnehmen oder nicht fertig…</translation>
    </message>
    <message>
        <source>Accept (meets its criteria and the Definition of Done)</source>
        <translation>Abnehmen (erfüllt seine Kriterien und die Definition of Done)</translation>
    </message>
    <message>
        <source>Not done: to the top of the backlog</source>
        <translation>Nicht fertig: an den Anfang des Backlogs</translation>
    </message>
    <message>
        <source>Not done: into %1</source>
        <translation>Nicht fertig: in %1</translation>
    </message>
    <message>
        <source>To the top of the backlog</source>
        <translation>An den Anfang des Backlogs</translation>
    </message>
    <message>
        <source>Into %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Back to its old place in the backlog</source>
        <translation>Zurück an seinen alten Platz im Backlog</translation>
    </message>
    <message>
        <source>%1 of %2 points are done.</source>
        <translation>%1 von %2 Punkten sind fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are done but not accepted: accept each, or count it as not done.</source>
        <translation>
            <numerusform>%n Eintrag ist fertig, aber nicht abgenommen: Nehmen Sie ihn ab oder werten Sie ihn als nicht fertig.</numerusform>
            <numerusform>%n Einträge sind fertig, aber nicht abgenommen: Nehmen Sie jeden ab oder werten Sie ihn als nicht fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished item(s) leave the sprint.</source>
        <translation>
            <numerusform>%n unfertiger Eintrag verlässt den Sprint.</numerusform>
            <numerusform>%n unfertige Einträge verlassen den Sprint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was accepted.</source>
        <translation>Alles wurde abgenommen.</translation>
    </message>
    <message>
        <source>A closed sprint is read-only: its board and numbers are frozen.</source>
        <translation>Ein abgeschlossener Sprint ist schreibgeschützt: Sein Board und seine Zahlen sind eingefroren.</translation>
    </message>
    <message>
        <source>Close Sprint</source>
        <translation>Sprint abschließen</translation>
    </message>
    <message>
        <source>Judge it in Review first: %1</source>
        <translation>Beurteilen Sie ihn zuerst im Review: %1</translation>
    </message>
</context>
<context>
    <name>Ordo::Commands</name>
    <message numerus="yes">
        <source>Archive %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag archivieren</numerusform>
            <numerusform>%n Einträge archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag wiederherstellen</numerusform>
            <numerusform>%n Einträge wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <extracomment>Title of a duplicated item; %1 is the original title</extracomment>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Change Title</source>
        <translation>Titel ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change Type of %n Item(s)</source>
        <translation>
            <numerusform>Typ von %n Eintrag ändern</numerusform>
            <numerusform>Typ von %n Einträgen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate %n Item(s)</source>
        <translation>
            <numerusform>%n Eintrag schätzen</numerusform>
            <numerusform>%n Einträge schätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Status of %n Item(s)</source>
        <translation>
            <numerusform>Status von %n Eintrag ändern</numerusform>
            <numerusform>Status von %n Einträgen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Item(s) to an Epic</source>
        <translation>
            <numerusform>%n Eintrag einem Epic zuordnen</numerusform>
            <numerusform>%n Einträge einem Epic zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Below Its Dependencies</source>
        <translation>Unter seine Abhängigkeiten verschieben</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Change Estimate</source>
        <translation>Schätzung ändern</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change Epic</source>
        <translation>Epic ändern</translation>
    </message>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove Dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag verschieben</numerusform>
            <numerusform>%n Einträge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>A story splits into at least two parts.</source>
        <translation>Eine Story wird in mindestens zwei Teile aufgeteilt.</translation>
    </message>
    <message>
        <source>Every part of the split needs a title.</source>
        <translation>Jeder Teil braucht einen Titel.</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>„%1“ aufteilen</translation>
    </message>
    <message>
        <source>Change “As a”</source>
        <translation>„Als“ ändern</translation>
    </message>
    <message>
        <source>Change “I want”</source>
        <translation>„Ich möchte“ ändern</translation>
    </message>
    <message>
        <source>Change “So that”</source>
        <translation>„Damit“ ändern</translation>
    </message>
    <message>
        <source>Change Description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change Requester</source>
        <translation>Anfragende Person ändern</translation>
    </message>
    <message>
        <source>Change Impact Hypothesis</source>
        <translation>Wirkungshypothese ändern</translation>
    </message>
    <message>
        <source>Change Success Metric</source>
        <translation>Erfolgsmetrik ändern</translation>
    </message>
    <message>
        <source>Change Metric Baseline</source>
        <translation>Ausgangswert ändern</translation>
    </message>
    <message>
        <source>Change Metric Target</source>
        <translation>Zielwert ändern</translation>
    </message>
    <message>
        <source>Change Labels</source>
        <translation>Labels ändern</translation>
    </message>
    <message>
        <source>Edit Acceptance Criteria</source>
        <translation>Akzeptanzkriterien bearbeiten</translation>
    </message>
    <message>
        <source>Tick INVEST</source>
        <translation>INVEST abhaken</translation>
    </message>
    <message>
        <source>Reorder Acceptance Criteria</source>
        <translation>Akzeptanzkriterien umordnen</translation>
    </message>
    <message>
        <source>Change Product Settings</source>
        <translation>Produkteinstellungen ändern</translation>
    </message>
    <message numerus="yes">
        <source>Score %n Item(s)</source>
        <translation>
            <numerusform>%n Eintrag bewerten</numerusform>
            <numerusform>%n Einträge bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Change MoSCoW</source>
        <translation>MoSCoW ändern</translation>
    </message>
    <message>
        <source>Change Business Value</source>
        <translation>Geschäftswert ändern</translation>
    </message>
    <message>
        <source>Change Time Criticality</source>
        <translation>Zeitkritikalität ändern</translation>
    </message>
    <message>
        <source>Change Risk Reduction</source>
        <translation>Risikominderung ändern</translation>
    </message>
    <message>
        <source>Change Job Size</source>
        <translation>Jobgröße ändern</translation>
    </message>
    <message>
        <source>Change Kano Category</source>
        <translation>Kano-Kategorie ändern</translation>
    </message>
    <message>
        <source>Change Value</source>
        <translation>Nutzen ändern</translation>
    </message>
    <message>
        <source>Change Effort</source>
        <translation>Aufwand ändern</translation>
    </message>
    <message>
        <source>Link to Product Goal</source>
        <translation>Mit dem Produktziel verknüpfen</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Record Metric Measurement</source>
        <translation>Messwert erfassen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>As a</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>möchte ich</translation>
    </message>
    <message>
        <source>So that</source>
        <translation>damit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Impact hypothesis</source>
        <translation>Wirkungshypothese</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Erfolgsmetrik</translation>
    </message>
    <message>
        <source>Metric baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Metric target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Metric measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>INVEST</source>
        <translation>INVEST</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>Risikominderung</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Jobgröße</translation>
    </message>
    <message>
        <source>Kano category</source>
        <translation>Kano-Kategorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Serves the Product Goal</source>
        <translation>Dient dem Produktziel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A measured value and the day it was measured</extracomment>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>Ordo::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it. Choose, for each field, which value to keep.</source>
        <extracomment>%1 is the Product Backlog item&apos;s key and title</extracomment>
        <translation>Jemand anderes hat %1 geändert, während Sie es bearbeitet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (now in the product)</source>
        <translation>Fremde Änderung (jetzt im Produkt)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <extracomment>The choice that keeps the value someone else wrote; %1 is the field&apos;s name</extracomment>
        <translation>Fremde behalten: %1</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <extracomment>The choice that writes the user&apos;s own value again; %1 is the field&apos;s name</extracomment>
        <translation>Meine behalten: %1</translation>
    </message>
    <message>
        <source>%1
(changed by %2)</source>
        <extracomment>%1 is a value, %2 who wrote it</extracomment>
        <translation>%1
(geändert von %2)</translation>
    </message>
    <message>
        <source>Apply Choices</source>
        <translation>Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Fremde behalten</translation>
    </message>
</context>
<context>
    <name>Ordo::ConnectDialog</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Copy this product into a database on a PostgreSQL server, so that the team shares one backlog. The database must be empty; if it does not exist yet, Ordo creates it when you may create databases. Publishing also creates the roles Product Owner, team member and stakeholder.</source>
        <translation>Dieses Produkt in eine Datenbank auf einem PostgreSQL-Server kopieren, damit das Team ein gemeinsames Backlog teilt. Die Datenbank muss leer sein; existiert sie noch nicht, legt Ordo sie an, sofern Sie Datenbanken anlegen dürfen. Das Veröffentlichen legt auch die Rollen Product Owner, Teammitglied und Stakeholder an.</translation>
    </message>
    <message>
        <source>Open a product that your team shares on a PostgreSQL server.</source>
        <translation>Ein Produkt öffnen, das Ihr Team auf einem PostgreSQL-Server teilt.</translation>
    </message>
    <message>
        <source>Remove the chosen connection from this list</source>
        <translation>Die gewählte Verbindung aus dieser Liste entfernen</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <source>one database per product</source>
        <translation>eine Datenbank pro Produkt</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>The password is never kept by Ordo. Leave it empty to let the server&apos;s client library read it from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Ordo speichert das Passwort nie. Lassen Sie es leer, damit die Client-Bibliothek des Servers es aus ~/.pgpass oder der Variablen PGPASSWORD liest.</translation>
    </message>
    <message>
        <source>Off: never encrypt</source>
        <translation>Aus: nie verschlüsseln</translation>
    </message>
    <message>
        <source>Allow: encrypt only if the server insists</source>
        <translation>Erlauben: nur verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server can (default)</source>
        <translation>Bevorzugen: verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <source>Require: always encrypt, trust any certificate</source>
        <translation>Erfordern: immer verschlüsseln, jedem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, certificate signed by a trusted authority</source>
        <translation>CA prüfen: verschlüsseln, Zertifikat von einer vertrauenswürdigen Stelle signiert</translation>
    </message>
    <message>
        <source>Verify full: encrypt, trusted certificate for this host name</source>
        <translation>Vollständig prüfen: verschlüsseln, vertrauenswürdiges Zertifikat für diesen Hostnamen</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>&amp;Letzte Verbindungen:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
</context>
<context>
    <name>Ordo::Csv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or UTF-16 text.</source>
        <translation>Die Datei ist kein UTF-8- oder UTF-16-Text.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 holds bytes that are not. Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text: Zeile %1 enthält Bytes, die keines sind. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Die Datei enthält Binärdaten, keinen Text.</translation>
    </message>
</context>
<context>
    <name>Ordo::Csv::Parser</name>
    <message>
        <source>Line %1 has %2 fields where the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than Ordo imports at once.</source>
        <translation>Die Datei hat mehr als %L1 Zeilen, mehr als Ordo auf einmal importiert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 columns, more than Ordo reads.</source>
        <translation>Zeile %1 hat mehr als %L2 Spalten, mehr als Ordo liest.</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %L2 characters, more than Ordo reads in one field.</source>
        <translation>Ein Feld in Zeile %1 ist länger als %L2 Zeichen, mehr als Ordo in einem Feld liest.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote was kept as part of the field.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen wurde als Teil des Felds übernommen.</translation>
    </message>
</context>
<context>
    <name>Ordo::Database</name>
    <message>
        <source>The product file “%1” does not exist.</source>
        <translation>Die Produktdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The product file “%1” cannot be read: %2</source>
        <translation>Die Produktdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not an Ordo product file.</source>
        <translation>„%1“ ist keine Ordo-Produktdatei.</translation>
    </message>
    <message>
        <source>The product file “%1” cannot be opened: %2</source>
        <translation>Die Produktdatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The product file “%1” is damaged and cannot be opened. It was left as it is.

%2</source>
        <translation>Die Produktdatei „%1“ ist beschädigt und kann nicht geöffnet werden. Sie wurde nicht verändert.

%2</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not an Ordo product file. It was left as it is.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber keine Ordo-Produktdatei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Ordo (file format %2; this version reads formats up to %3). Update Ordo to open it. The file was left as it is.</source>
        <translation>„%1“ wurde von einer neueren Ordo-Version gespeichert (Dateiformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Ordo, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The product file “%1” cannot be opened for writing: %2</source>
        <translation>Die Produktdatei „%1“ kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not keep a copy of “%1” before upgrading it to the current file format. The file was left as it is.</source>
        <translation>Vor dem Umstellen auf das aktuelle Dateiformat konnte keine Kopie von „%1“ angelegt werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A copy cannot replace the product file it is made from.</source>
        <translation>Eine Kopie kann nicht die Produktdatei ersetzen, von der sie stammt.</translation>
    </message>
    <message>
        <source>Could not replace “%1”.</source>
        <translation>„%1“ konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Keine Verbindung zu „%1“ möglich: %2</translation>
    </message>
    <message>
        <source>The database “%1” holds something other than an Ordo product. It was left as it is.</source>
        <translation>Die Datenbank „%1“ enthält etwas anderes als ein Ordo-Produkt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Ordo (file format %2; this version reads formats up to %3). Update Ordo to open it. The database was left as it is.</source>
        <translation>„%1“ wurde von einer neueren Ordo-Version gespeichert (Dateiformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Ordo, um sie zu öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database “%1” holds no Ordo product.</source>
        <translation>Die Datenbank „%1“ enthält kein Ordo-Produkt.</translation>
    </message>
    <message>
        <source>The database “%1” is not empty.</source>
        <translation>Die Datenbank „%1“ ist nicht leer.</translation>
    </message>
    <message>
        <source>“%1” is no PostgreSQL address: it starts with postgresql:// (as in postgresql://user@host:5432/database).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse: Sie beginnt mit postgresql:// (wie in postgresql://user@host:5432/database).</translation>
    </message>
    <message>
        <source>“%1” is no valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>“%1” names no server (postgresql://user@host/database).</source>
        <translation>„%1“ nennt keinen Server (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>The port of “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port von „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>“%1” names no database: it ends with /database, as in postgresql://user@host:5432/backlog.</source>
        <translation>„%1“ nennt keine Datenbank: Sie steht am Ende als /database, wie in postgresql://user@host:5432/backlog.</translation>
    </message>
    <message>
        <source>The option “%1” of “%2” is not of the form name=value (as in sslmode=require).</source>
        <translation>Die Option „%1“ von „%2“ hat nicht die Form name=value (wie in sslmode=require).</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>the copy cannot be moved into place.</source>
        <translation>die Kopie kann nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>“%1” was written by an older Ordo (format %2; this Ordo writes format %3). Only the person who published it can bring it up to date: ask them to open it once with this Ordo. Until then, open it with the Ordo it was published with.</source>
        <translation>„%1“ wurde von einem älteren Ordo geschrieben (Format %2; dieses Ordo schreibt Format %3). Nur die Person, die es veröffentlicht hat, kann es aktualisieren: Bitten Sie sie, es einmal mit diesem Ordo zu öffnen. Bis dahin öffnen Sie es mit dem Ordo, mit dem es veröffentlicht wurde.</translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionDialog</name>
    <message>
        <source>Ask for the reasoning every time</source>
        <translation>Jedes Mal nach der Begründung fragen</translation>
    </message>
    <message>
        <source>Record the Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Why? Stakeholders will read this in the decision log, e.g. “Only two customers asked; the export covers it.”</source>
        <translation>Warum? Stakeholder lesen das im Entscheidungsprotokoll, z. B. „Nur zwei Kunden haben gefragt; der Export deckt es ab.“</translation>
    </message>
    <message>
        <source>Who asked, or who is affected (optional)</source>
        <translation>Wer gefragt hat oder wer betroffen ist (optional)</translation>
    </message>
    <message>
        <source>When off, Ordo records decisions without asking; turn it back on in the Decisions view.</source>
        <translation>Ausgeschaltet hält Ordo Entscheidungen ohne Nachfrage fest; in der Ansicht Entscheidungen lässt es sich wieder einschalten.</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>S&amp;takeholder:</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Don&apos;t Record</source>
        <translation>Nicht festhalten</translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionLog</name>
    <message>
        <source>Whole backlog</source>
        <translation>Gesamtes Backlog</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <extracomment>Heading of an exported decision log; %1 is the product name</extracomment>
        <translation>Entscheidungen: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionPrompt</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>%1 an item key such as ORD-12, %2 its title</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>Undo step and decision dialog heading; %1 is an item (&quot;ORD-12 “Title”&quot;) or &quot;3 items&quot;</extracomment>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived items leave the backlog and stay in the Archive; you can restore them at any time.</source>
        <translation>Archivierte Einträge verlassen das Backlog und bleiben im Archiv; Sie können sie jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Declined the request</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Saying no is a decision too: the request goes to the Archive with your reasoning, ready to share with whoever asked.</source>
        <translation>Nein sagen ist auch eine Entscheidung: Die Anfrage geht mit Ihrer Begründung ins Archiv, bereit für die Person, die gefragt hat.</translation>
    </message>
    <message>
        <source>Won&apos;t Have %1 This Time</source>
        <translation>%1 diesmal nicht umsetzen</translation>
    </message>
    <message>
        <source>Won&apos;t have this time</source>
        <translation>Diesmal nicht (Won’t have)</translation>
    </message>
    <message>
        <source>The item stays in the backlog, at the bottom of MoSCoW orderings.</source>
        <translation>Der Eintrag bleibt im Backlog, am Ende von MoSCoW-Reihenfolgen.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 zurückweisen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Say what is missing, so the team knows what acceptance needs.</source>
        <translation>Sagen Sie, was fehlt, damit das Team weiß, was die Abnahme braucht.</translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionsModel</name>
    <message>
        <source>Deleted item</source>
        <extracomment>Item column of the decision log for an item that no longer exists</extracomment>
        <translation>Gelöschter Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
</context>
<context>
    <name>Ordo::DecisionsPanel</name>
    <message>
        <source>Ask for the reasoning</source>
        <translation>Nach der Begründung fragen</translation>
    </message>
    <message>
        <source>Filter by item…</source>
        <translation>Nach Eintrag filtern…</translation>
    </message>
    <message>
        <source>Show the decisions about items whose key or title contains this text</source>
        <translation>Die Entscheidungen zu Einträgen zeigen, deren Schlüssel oder Titel diesen Text enthält</translation>
    </message>
    <message>
        <source>Show the decisions made for one stakeholder</source>
        <translation>Die Entscheidungen für einen Stakeholder zeigen</translation>
    </message>
    <message>
        <source>All stakeholders</source>
        <translation>Alle Stakeholder</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the decisions shown as a file to share with stakeholders</source>
        <translation>Die gezeigten Entscheidungen als Datei speichern, um sie mit Stakeholdern zu teilen</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>No decisions yet. Ordo asks for your reasoning when you archive an item, mark it Won&apos;t, reject or decline a request, or apply a proposed order.</source>
        <translation>Noch keine Entscheidungen. Ordo fragt nach Ihrer Begründung, wenn Sie einen Eintrag archivieren, als Won’t markieren, eine Anfrage zurückweisen oder ablehnen oder eine vorgeschlagene Reihenfolge übernehmen.</translation>
    </message>
    <message>
        <source>When you archive an item, mark it Won&apos;t, reject or decline a request, or apply a proposed order, Ordo asks why and for whom, and records your answer in this log. Turn this off to make those changes without being asked.</source>
        <translation>Wenn Sie einen Eintrag archivieren, als Won’t markieren, eine Anfrage zurückweisen oder ablehnen oder eine vorgeschlagene Reihenfolge übernehmen, fragt Ordo warum und für wen und hält Ihre Antwort in diesem Protokoll fest. Schalten Sie das aus, um diese Änderungen ohne Nachfrage vorzunehmen.</translation>
    </message>
    <message>
        <source>Could not export the decisions to %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason from the system</extracomment>
        <translation>Die Entscheidungen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <extracomment>Suggested file name of an exported decision log (without the extension); %1 is the product name</extracomment>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <source>Export Decisions as Markdown</source>
        <translation>Entscheidungen als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export Decisions as CSV</source>
        <translation>Entscheidungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Ordo::EmptyBacklog</name>
    <message>
        <source>This Product Backlog is empty</source>
        <translation>Dieses Product Backlog ist leer</translation>
    </message>
    <message>
        <source>The backlog is the single ordered list of everything the product needs. Its items will appear here, most valuable first.

To see how a groomed backlog looks, with sprints and history, open the demo product.</source>
        <translation>Das Backlog ist die eine geordnete Liste von allem, was das Produkt braucht. Seine Einträge erscheinen hier, die wertvollsten zuerst.

Wie ein gepflegtes Backlog mit Sprints und Verlauf aussieht, zeigt das Demo-Produkt.</translation>
    </message>
    <message>
        <source>Open the Demo Product</source>
        <translation>Demo-Produkt öffnen</translation>
    </message>
</context>
<context>
    <name>Ordo::EpicsModel</name>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>No epic</source>
        <translation>Ohne Epic</translation>
    </message>
    <message>
        <source>%1 of %2 points done</source>
        <extracomment>Epic progress: points done of total</extracomment>
        <translation>%1 von %2 Punkten fertig</translation>
    </message>
    <message>
        <source>no items yet</source>
        <translation>noch keine Einträge</translation>
    </message>
</context>
<context>
    <name>Ordo::EpicsPanel</name>
    <message>
        <source>Select an epic to see its items; drop items on an epic to assign them.</source>
        <translation>Ein Epic auswählen, um seine Einträge zu sehen; Einträge auf ein Epic ziehen, um sie zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>Ordo::Export</name>
    <message>
        <source>The epic “%1” and its items make %2 rows, more than the %3 Azure DevOps imports from one file, and an epic&apos;s tree cannot be split between files. Split the epic, or archive its finished items, and export again.</source>
        <translation>Das Epic „%1“ und seine Einträge ergeben %2 Zeilen, mehr als die %3, die Azure DevOps aus einer Datei importiert, und der Baum eines Epics lässt sich nicht auf Dateien aufteilen. Teilen Sie das Epic oder archivieren Sie seine erledigten Einträge und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Say which file to export to.</source>
        <translation>Geben Sie an, in welche Datei exportiert werden soll.</translation>
    </message>
    <message>
        <source>An export cannot replace the product file it is made from.</source>
        <translation>Ein Export kann die Produktdatei, aus der er stammt, nicht ersetzen.</translation>
    </message>
</context>
<context>
    <name>Ordo::FeedbackDialog</name>
    <message>
        <source>At the &amp;top of the Product Backlog</source>
        <translation>&amp;Oben im Product Backlog</translation>
    </message>
    <message>
        <source>At the &amp;bottom, to be ordered later</source>
        <translation>&amp;Unten, später einzuordnen</translation>
    </message>
    <message>
        <source>New Item from Feedback</source>
        <translation>Neuer Eintrag aus Feedback</translation>
    </message>
    <message>
        <source>What a stakeholder asked for at the %1 review becomes a new item in the Product Backlog, not in the sprint. The review&apos;s report lists it with who asked.</source>
        <translation>Was ein Stakeholder im Review von %1 gewünscht hat, wird ein neuer Eintrag im Product Backlog, nicht im Sprint. Der Review-Bericht führt ihn mit dem Namen der anfragenden Person auf.</translation>
    </message>
    <message>
        <source>What they asked for, in a few words</source>
        <translation>Was gewünscht wurde, in wenigen Worten</translation>
    </message>
    <message>
        <source>Who asked, e.g. “Anna Berg, Partner stores”</source>
        <translation>Wer gefragt hat, z. B. „Anna Berg, Partnermärkte“</translation>
    </message>
    <message>
        <source>What was said, and why it matters to them</source>
        <translation>Was gesagt wurde und warum es ihnen wichtig ist</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Anfragende Person:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Platz:</translation>
    </message>
    <message>
        <source>&amp;Add to Backlog</source>
        <translation>Ins Backlog &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Write what was asked for and who asked</source>
        <translation>Schreiben Sie, was gewünscht wurde und wer gefragt hat</translation>
    </message>
</context>
<context>
    <name>Ordo::FillDialog</name>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>too large for what is left</source>
        <translation>zu groß für den verbleibenden Platz</translation>
    </message>
    <message>
        <source>blocked by an unplanned dependency</source>
        <translation>blockiert durch eine nicht eingeplante Abhängigkeit</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Fill to Velocity</source>
        <translation>Bis zur Velocity auffüllen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The top Ready items that fit under %1 (%2 points), respecting dependencies and the capacity allocation:</source>
        <translation>Die obersten bereiten Einträge, die in %1 (%2 Punkte) passen, unter Beachtung der Abhängigkeiten und der Kapazitätsaufteilung:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Pull in %n item(s), %1 points&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag einplanen, %1 Punkte&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Einträge einplanen, %1 Punkte&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Skipped on the way (%n)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Unterwegs übersprungen (%n)&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Unterwegs übersprungen (%n)&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull In</source>
        <translation>Einplanen</translation>
    </message>
</context>
<context>
    <name>Ordo::FilterBar</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any readiness</source>
        <translation>Jede Bereitschaft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter button with a count of chosen values, e.g. &quot;Status (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message>
        <source>Search key, title, labels, story text and criteria…</source>
        <translation>Schlüssel, Titel, Labels, Story-Text und Kriterien durchsuchen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words must all be found, in any case. &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt; is found as written; &lt;b&gt;-word&lt;/b&gt; leaves out what contains it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;key:&lt;/b&gt;ORD-12, &lt;b&gt;label:&lt;/b&gt;mobile, &lt;b&gt;type:&lt;/b&gt;bug, &lt;b&gt;status:&lt;/b&gt;ready and &lt;b&gt;epic:&lt;/b&gt;&quot;Checkout&quot; narrow by field; &lt;b&gt;-type:&lt;/b&gt;epic leaves out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Wörter müssen vorkommen, in beliebiger Schreibweise. &lt;b&gt;&quot;eine Phrase&quot;&lt;/b&gt; wird wörtlich gesucht; &lt;b&gt;-wort&lt;/b&gt; lässt aus, was es enthält.&lt;/p&gt;&lt;p&gt;&lt;b&gt;key:&lt;/b&gt;ORD-12, &lt;b&gt;label:&lt;/b&gt;mobile, &lt;b&gt;type:&lt;/b&gt;bug, &lt;b&gt;status:&lt;/b&gt;ready und &lt;b&gt;epic:&lt;/b&gt;&quot;Checkout&quot; grenzen nach Feld ein; &lt;b&gt;-type:&lt;/b&gt;epic lässt aus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ordo::Forecast</name>
    <message>
        <source>No forecast yet: close a sprint to have a velocity.</source>
        <translation>Noch keine Prognose: Schließen Sie einen Sprint ab, um eine Velocity zu erhalten.</translation>
    </message>
    <message>
        <source>Nothing left to forecast: the work is done.</source>
        <translation>Nichts mehr zu prognostizieren: Die Arbeit ist erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1% likely by %2 (%3), counting %n item(s) without an estimate at the median</source>
        <extracomment>%1 a likelihood in percent, %2 a sprint&apos;s name, %3 the day it ends; %n the items counted at the median estimate</extracomment>
        <translation>
            <numerusform>Mit %1 % Wahrscheinlichkeit bis %2 (%3), %n Eintrag ohne Schätzung mit der Median-Schätzung gezählt</numerusform>
            <numerusform>Mit %1 % Wahrscheinlichkeit bis %2 (%3), %n Einträge ohne Schätzung mit der Median-Schätzung gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% likely by %2 (%3)</source>
        <extracomment>%1 a likelihood in percent, %2 a sprint&apos;s name, %3 the day it ends</extracomment>
        <translation>Mit %1 % Wahrscheinlichkeit bis %2 (%3)</translation>
    </message>
    <message>
        <source>At current velocity, by %1 at the earliest.</source>
        <extracomment>%1 a sprint&apos;s name; a sprint without velocity leaves the latest open</extracomment>
        <translation>Bei aktueller Velocity frühestens bis %1.</translation>
    </message>
    <message>
        <source>At current velocity, by %1.</source>
        <extracomment>%1 a sprint&apos;s name</extracomment>
        <translation>Bei aktueller Velocity bis %1.</translation>
    </message>
    <message>
        <source>At current velocity, between %1 and %2.</source>
        <extracomment>%1 and %2 sprints&apos; names, the earliest and the latest</extracomment>
        <translation>Bei aktueller Velocity zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>Ordo::ForecastChart</name>
    <message>
        <source>Done by the end of</source>
        <translation>Fertig bis zum Ende von</translation>
    </message>
    <message>
        <source>Trials (of %1)</source>
        <translation>Durchläufe (von %1)</translation>
    </message>
    <message>
        <source>Close a sprint to see a forecast: it draws on the velocity of the last closed sprints.</source>
        <translation>Schließen Sie einen Sprint ab, um eine Prognose zu sehen: Sie stützt sich auf die Velocity der letzten abgeschlossenen Sprints.</translation>
    </message>
    <message>
        <source>Nothing is left to do above and including it.</source>
        <translation>Bis einschließlich dazu ist alles erledigt.</translation>
    </message>
    <message>
        <source>Within the 85% forecast</source>
        <translation>Innerhalb der 85-%-Prognose</translation>
    </message>
    <message>
        <source>Beyond it</source>
        <translation>Darüber hinaus</translation>
    </message>
    <message>
        <source>%1: %2 of %3 trials finish in it</source>
        <translation>%1: %2 von %3 Durchläufen werden in diesem Sprint fertig</translation>
    </message>
</context>
<context>
    <name>Ordo::Gherkin::Parser</name>
    <message>
        <source>This scenario has no steps yet.</source>
        <translation>Dieses Szenario hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no steps yet.</source>
        <translation>Szenario „%1“ hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>This scenario has no Then step: add the outcome that proves it works.</source>
        <translation>Dieses Szenario hat keinen Then-Schritt: Ergänzen Sie das Ergebnis, das beweist, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Scenario “%1” has no Then step: add the outcome that proves it works.</source>
        <translation>Szenario „%1“ hat keinen Then-Schritt: Ergänzen Sie das Ergebnis, das beweist, dass es funktioniert.</translation>
    </message>
    <message>
        <source>Scenario Outline “%1” needs an Examples table with at least one row.</source>
        <translation>Szenariogrundriss „%1“ braucht eine Examples-Tabelle mit mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a column of the Examples table.</source>
        <translation>&lt;%1&gt; ist keine Spalte der Examples-Tabelle.</translation>
    </message>
    <message>
        <source>This row has %1 cells; the table&apos;s first row has %2.</source>
        <translation>Diese Zeile hat %1 Zellen; die erste Zeile der Tabelle hat %2.</translation>
    </message>
    <message>
        <source>A table must follow a step or an Examples line.</source>
        <translation>Eine Tabelle muss auf einen Schritt oder eine Examples-Zeile folgen.</translation>
    </message>
    <message>
        <source>“@%1” is not a tag: a tag may not contain white space.</source>
        <translation>„@%1“ ist kein Tag: Ein Tag darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” continues a step, but nothing comes before it: start the scenario with a context, an action or an outcome.</source>
        <translation>„%1“ setzt einen Schritt fort, vor dem nichts steht: Beginnen Sie das Szenario mit einer Ausgangslage, einer Aktion oder einem Ergebnis.</translation>
    </message>
    <message>
        <source>This Scenario Outline needs an Examples table with at least one row.</source>
        <translation>Dieser Szenariogrundriss braucht eine Beispieltabelle mit mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>The doc string opened with %1 on line %2 is never closed.</source>
        <translation>Der mit %1 in Zeile %2 begonnene Doc-String wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The tags on line %1 are not followed by a Feature, Rule, Scenario or Examples line.</source>
        <translation>Auf die Tags in Zeile %1 folgt keine Funktionalität-, Regel-, Szenario- oder Beispiele-Zeile.</translation>
    </message>
    <message>
        <source>The text ends before a Feature or Scenario line.</source>
        <translation>Der Text endet vor einer Funktionalität- oder Szenario-Zeile.</translation>
    </message>
    <message>
        <source>This step comes before any Scenario line: start the criterion with “%1: …”.</source>
        <translation>Dieser Schritt steht vor jeder Szenario-Zeile: Beginnen Sie das Kriterium mit „%1: …“.</translation>
    </message>
    <message>
        <source>A doc string must follow a step, and a step takes only one.</source>
        <translation>Ein Doc-String muss auf einen Schritt folgen, und ein Schritt hat höchstens einen.</translation>
    </message>
    <message>
        <source>“%1” is not Gherkin: start with a Feature or Scenario line, or make it a comment with #.</source>
        <translation>„%1“ ist kein Gherkin: Beginnen Sie mit einer Funktionalität- oder Szenario-Zeile, oder machen Sie daraus einen Kommentar mit #.</translation>
    </message>
    <message>
        <source>Tags belong right above a Feature, Rule, Scenario or Examples line.</source>
        <translation>Tags gehören direkt über eine Funktionalität-, Regel-, Szenario- oder Beispiele-Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a Gherkin step: start the line with %2, %3, %4, %5 or %6.</source>
        <translation>„%1“ ist kein Gherkin-Schritt: Beginnen Sie die Zeile mit %2, %3, %4, %5 oder %6.</translation>
    </message>
    <message>
        <source>A document has one Feature line, at its top.</source>
        <translation>Ein Dokument hat eine Funktionalität-Zeile, ganz oben.</translation>
    </message>
    <message>
        <source>A Background comes before the first scenario of its Feature or Rule, and only once.</source>
        <translation>Ein Hintergrund steht vor dem ersten Szenario seiner Funktionalität oder Regel, und nur einmal.</translation>
    </message>
    <message>
        <source>Examples belong under a scenario.</source>
        <translation>Beispiele gehören unter ein Szenario.</translation>
    </message>
    <message>
        <source>“%1” cannot stand here.</source>
        <translation>„%1“ kann hier nicht stehen.</translation>
    </message>
    <message>
        <source>Gherkin has no language “%1”: the keywords stay English.</source>
        <translation>Gherkin kennt keine Sprache „%1“: Die Schlüsselwörter bleiben englisch.</translation>
    </message>
</context>
<context>
    <name>Ordo::GherkinEdit</name>
    <message>
        <source>Scenario: Pay with a saved card
  Given I have a saved card
  When I pay for my basket
  Then the order is confirmed</source>
        <translation># language: de
Szenario: Mit gespeicherter Karte zahlen
  Angenommen ich habe eine gespeicherte Karte
  Wenn ich meinen Warenkorb bezahle
  Dann wird die Bestellung bestätigt</translation>
    </message>
</context>
<context>
    <name>Ordo::GrantDialog</name>
    <message>
        <source>Share with the Team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Vergeben</translation>
    </message>
    <message>
        <source>Give a colleague a role in “%1”. They connect with their own PostgreSQL login, which the server&apos;s administrator creates.</source>
        <translation>Einer Kollegin oder einem Kollegen eine Rolle in „%1“ geben. Sie verbinden sich mit ihrem eigenen PostgreSQL-Login, das die Administration des Servers anlegt.</translation>
    </message>
    <message>
        <source>their PostgreSQL login, e.g. alice</source>
        <translation>ihr PostgreSQL-Login, z. B. alice</translation>
    </message>
    <message>
        <source>moves cards on the sprint board, estimates and edits acceptance criteria</source>
        <translation>verschiebt Karten auf dem Sprint-Board, schätzt und bearbeitet Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>looks at the backlog, the sprints and the reports, and changes nothing</source>
        <translation>sieht sich Backlog, Sprints und Berichte an und ändert nichts</translation>
    </message>
    <message>
        <source>can change everything, and share the product with others</source>
        <translation>kann alles ändern und das Produkt mit anderen teilen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A role and what it may do, e.g. &quot;Team member: moves cards on the sprint board, ...&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
</context>
<context>
    <name>Ordo::Health</name>
    <message>
        <source>Nothing is waiting for Sprint Planning</source>
        <translation>Nichts wartet auf das Sprint Planning</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n upcoming item(s) ready (%2%)</source>
        <translation>
            <numerusform>%1 von %n anstehenden Eintrag bereit (%2 %)</numerusform>
            <numerusform>%1 von %n anstehenden Einträgen bereit (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next %n sprint(s) at average velocity. Refine the items that are not ready before Sprint Planning.</source>
        <translation>
            <numerusform>Der nächste Sprint bei durchschnittlicher Velocity. Verfeinern Sie die nicht bereiten Einträge vor dem Sprint Planning.</numerusform>
            <numerusform>Die nächsten %n Sprints bei durchschnittlicher Velocity. Verfeinern Sie die nicht bereiten Einträge vor dem Sprint Planning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) near the top not estimated</source>
        <translation>
            <numerusform>%n Eintrag weit oben nicht geschätzt</numerusform>
            <numerusform>%n Einträge weit oben nicht geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) near the top too large for a sprint</source>
        <translation>
            <numerusform>%n Eintrag weit oben zu groß für einen Sprint</numerusform>
            <numerusform>%n Einträge weit oben zu groß für einen Sprint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) linked to neither an epic nor the Product Goal</source>
        <translation>
            <numerusform>%n Eintrag weder mit einem Epic noch mit dem Produktziel verknüpft</numerusform>
            <numerusform>%n Einträge weder mit einem Epic noch mit dem Produktziel verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unchanged for more than %1 days</source>
        <translation>
            <numerusform>%n Eintrag seit mehr als %1 Tagen unverändert</numerusform>
            <numerusform>%n Einträge seit mehr als %1 Tagen unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Items nobody touched in months rarely still matter: refine them or archive them.</source>
        <translation>Einträge, die seit Monaten niemand angefasst hat, zählen selten noch: verfeinern oder archivieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ordered above what they depend on</source>
        <translation>
            <numerusform>%n Eintrag steht über dem, wovon er abhängt</numerusform>
            <numerusform>%n Einträge stehen über dem, wovon sie abhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Top 20: %1 new in 7 days, %2 in 30 days</source>
        <extracomment>%1 and %2 are counts of items that entered the top 20 in the last 7 and 30 days</extracomment>
        <translation>Top 20: %1 neu in 7 Tagen, %2 in 30 Tagen</translation>
    </message>
    <message>
        <source>Items reordered or added into the top 20, from the history. A top that keeps changing leaves the team unable to prepare.</source>
        <translation>Einträge, die laut Verlauf in die Top 20 umsortiert oder hinzugefügt wurden. Eine Spitze, die sich ständig ändert, lässt dem Team keine Vorbereitung.</translation>
    </message>
    <message>
        <source>The product is younger than 30 days, so this compares with its first day.</source>
        <translation>Das Produkt ist jünger als 30 Tage; verglichen wird mit seinem ersten Tag.</translation>
    </message>
    <message>
        <source>The backlog holds %1 sprints of work</source>
        <extracomment>%1 a number of sprints such as 12.5, %2 points, %3 points per sprint</extracomment>
        <translation>Das Backlog enthält Arbeit für %1 Sprints</translation>
    </message>
    <message>
        <source>The backlog holds %1 points of work</source>
        <translation>Das Backlog enthält %1 Punkte Arbeit</translation>
    </message>
    <message>
        <source>%1 points at an average velocity of %2.</source>
        <translation>%1 Punkte bei einer durchschnittlichen Velocity von %2.</translation>
    </message>
    <message>
        <source>Close a sprint to measure velocity.</source>
        <translation>Schließen Sie einen Sprint ab, um die Velocity zu messen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not estimated and not counted.</source>
        <translation>
            <numerusform>%n Eintrag ist nicht geschätzt und nicht gezählt.</numerusform>
            <numerusform>%n Einträge sind nicht geschätzt und nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) lie beyond the next three sprints.</source>
        <translation>
            <numerusform>%n Eintrag liegt jenseits der nächsten drei Sprints.</numerusform>
            <numerusform>%n Einträge liegen jenseits der nächsten drei Sprints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::HealthPanel</name>
    <message>
        <source>No product is open.</source>
        <translation>Kein Produkt ist geöffnet.</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Das Backlog ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Healthy: %n check(s) fine</source>
        <translation>
            <numerusform>Gesund: %n Prüfung in Ordnung</numerusform>
            <numerusform>Gesund: %n Prüfungen in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is &quot;N need attention&quot;, %2 &quot;M fine&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fine</source>
        <translation>
            <numerusform>%n in Ordnung</numerusform>
            <numerusform>%n in Ordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n Item(s)</source>
        <translation>
            <numerusform>%n Eintrag zeigen</numerusform>
            <numerusform>%n Einträge zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select these items in the backlog</source>
        <translation>Diese Einträge im Backlog auswählen</translation>
    </message>
    <message>
        <source>Clean Up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>Archive items the team will not reach in the next three sprints</source>
        <translation>Einträge archivieren, die das Team in den nächsten drei Sprints nicht erreicht</translation>
    </message>
    <message>
        <source>Checking the backlog…</source>
        <translation>Das Backlog wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Ordo::Import</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 GB, more than Ordo imports at once.</source>
        <translation>„%1“ ist größer als 1 GB, mehr als Ordo auf einmal importiert.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no items to import.</source>
        <translation>„%1“ enthält keine Einträge zum Importieren.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no room in the backlog&apos;s order for %L1 more items.</source>
        <translation>In der Reihenfolge des Backlogs ist kein Platz für %L1 weitere Einträge.</translation>
    </message>
    <message>
        <source>%1&apos;s parent %2 is not an epic: %1 was put under %2&apos;s epic, %3.</source>
        <translation>Das übergeordnete Element %2 von %1 ist kein Epic: %1 wurde unter das Epic von %2 gestellt, %3.</translation>
    </message>
    <message>
        <source>%1&apos;s parent %2 is not an epic and has none: %1 was imported without an epic.</source>
        <translation>Das übergeordnete Element %2 von %1 ist kein Epic und hat keines: %1 wurde ohne Epic importiert.</translation>
    </message>
    <message>
        <source>The items from line %1 on could not be written: %2</source>
        <translation>Die Einträge ab Zeile %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1 (%2) could not be updated: %3</source>
        <translation>Zeile %1 (%2) konnte nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>%1 blocks %2, but %3 is neither in the file nor in the product: the link was left out.</source>
        <translation>%1 blockiert %2, aber %3 ist weder in der Datei noch im Produkt: Die Verknüpfung wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 blocks %2 would close a circle of dependencies: the link was left out.</source>
        <translation>%1 blockiert %2 würde einen Kreis von Abhängigkeiten schließen: Die Verknüpfung wurde ausgelassen.</translation>
    </message>
    <message>
        <source>This is not a Jira export: it has no Summary column.</source>
        <translation>Dies ist kein Jira-Export: Es fehlt die Spalte Summary.</translation>
    </message>
    <message>
        <source>No summary: the row was skipped.</source>
        <translation>Keine Zusammenfassung: Die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 appears again: the later row was skipped.</source>
        <translation>%1 kommt noch einmal vor: Die spätere Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>The date “%1” is not one Ordo reads: it was left out.</source>
        <translation>Das Datum „%1“ kann Ordo nicht lesen: Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The parent “%1” is not in the file: the item was imported without it.</source>
        <translation>Das übergeordnete Element „%1“ ist nicht in der Datei: Der Eintrag wurde ohne es importiert.</translation>
    </message>
    <message>
        <source>This is not an Azure DevOps query export: it has no Title or Title 1 column.</source>
        <translation>Dies ist kein Azure-DevOps-Abfrageexport: Es gibt keine Spalte Title oder Title 1.</translation>
    </message>
    <message>
        <source>No title: the row was skipped.</source>
        <translation>Kein Titel: Die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>The estimate “%1” is not a number: the item has no estimate.</source>
        <translation>Die Schätzung „%1“ ist keine Zahl: Der Eintrag hat keine Schätzung.</translation>
    </message>
    <message>
        <source>The business value “%1” is not a number: it was left out.</source>
        <translation>Der Business Value „%1“ ist keine Zahl: Er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The time criticality “%1” is not a number: it was left out.</source>
        <translation>Die Time Criticality „%1“ ist keine Zahl: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The backlog priority “%1” is not a number: the item comes after those that have one.</source>
        <translation>Die Backlog-Priorität „%1“ ist keine Zahl: Der Eintrag kommt nach denen, die eine haben.</translation>
    </message>
    <message>
        <source>“%1” already exists. “%2” is a backup of a whole Ordo product: it is restored into a new product file, never merged into one.</source>
        <translation>„%1“ existiert bereits. „%2“ ist die Sicherung eines ganzen Ordo-Produkts: Sie wird in eine neue Produktdatei wiederhergestellt, nie in eine bestehende eingefügt.</translation>
    </message>
    <message>
        <source>Ordo backup</source>
        <translation>Ordo-Sicherung</translation>
    </message>
    <message>
        <source>This is a backup of a whole Ordo product: it is restored into a new product file, not imported into one.</source>
        <translation>Dies ist die Sicherung eines ganzen Ordo-Produkts: Sie wird in eine neue Produktdatei wiederhergestellt, nicht in eine importiert.</translation>
    </message>
    <message>
        <source>The sprint “%1” could not be created (%2): its items were imported outside any sprint.</source>
        <translation>Der Sprint „%1“ konnte nicht angelegt werden (%2): Seine Einträge wurden ohne Sprint importiert.</translation>
    </message>
    <message>
        <source>The business value %1 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as %2.</source>
        <translation>Der Business Value %1 liegt nicht auf der WSJF-Skala (1, 2, 3, 5, 8, 13, 20): Er wurde als %2 importiert.</translation>
    </message>
    <message>
        <source>The time criticality %1 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as %2.</source>
        <translation>Die Time Criticality %1 liegt nicht auf der WSJF-Skala (1, 2, 3, 5, 8, 13, 20): Sie wurde als %2 importiert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This is not a Pivotal Tracker export: it has no Title column.</source>
        <translation>Dies ist kein Pivotal-Tracker-Export: Es gibt keine Spalte Title.</translation>
    </message>
    <message>
        <source>“%1” is a release marker, which is no backlog item in Ordo: it was left out.</source>
        <translation>„%1“ ist eine Release-Markierung, in Ordo kein Backlog-Eintrag: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (gelöst)</translation>
    </message>
    <message>
        <source>Blockers:</source>
        <translation>Blocker:</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>The file is not JSON Ordo can read: %1 (at byte %L2).</source>
        <translation>Die Datei ist kein JSON, das Ordo lesen kann: %1 (bei Byte %L2).</translation>
    </message>
    <message>
        <source>This is not a Trello board: the JSON is not an object.</source>
        <translation>Dies ist kein Trello-Board: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is not a Trello board: it has no &quot;cards&quot; and &quot;lists&quot; arrays.</source>
        <translation>Dies ist kein Trello-Board: Es hat keine Listen &quot;cards&quot; und &quot;lists&quot;.</translation>
    </message>
    <message>
        <source>A list without an id was left out; its cards follow the others.</source>
        <translation>Eine Liste ohne ID wurde ausgelassen; ihre Karten folgen nach den anderen.</translation>
    </message>
    <message>
        <source>Card %L1 of the file is not a JSON object: it was left out.</source>
        <translation>Karte %L1 der Datei ist kein JSON-Objekt: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Card %L1 of the file has no name: it was left out.</source>
        <translation>Karte %L1 der Datei hat keinen Namen: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The card “%1” has no id: importing the board again will add it again.</source>
        <translation>Die Karte „%1“ hat keine ID: Ein erneuter Import des Boards fügt sie noch einmal hinzu.</translation>
    </message>
    <message>
        <source>The card “%1” appears twice: the second was left out.</source>
        <translation>Die Karte „%1“ kommt zweimal vor: Die zweite wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The card “%1” has a description that is not text: it was left out.</source>
        <translation>Die Karte „%1“ hat eine Beschreibung, die kein Text ist: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The card “%1” is in no list of the board: it comes last, without a status.</source>
        <translation>Die Karte „%1“ ist in keiner Liste des Boards: Sie kommt zuletzt, ohne Status.</translation>
    </message>
    <message>
        <source>The card “%1” has labels that are not a list: they were left out.</source>
        <translation>Die Karte „%1“ hat Labels, die keine Liste sind: Sie wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The card “%1” has an estimate that is not a number: it has no estimate.</source>
        <translation>Die Karte „%1“ hat eine Schätzung, die keine Zahl ist: Sie hat keine Schätzung.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>The card “%1” has a last activity date Ordo cannot read: it was left out.</source>
        <translation>Die Karte „%1“ hat ein Datum der letzten Aktivität, das Ordo nicht lesen kann: Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Ordo does not know this file&apos;s columns. It imports Jira&apos;s CSV export (with Summary and Issue key columns) and XML export, Azure DevOps query results (Work Item Type and Title), Pivotal Tracker&apos;s CSV export (Id, Title and Current State) and Trello boards exported as JSON.</source>
        <translation>Ordo kennt die Spalten dieser Datei nicht. Es importiert den CSV-Export von Jira (mit den Spalten Summary und Issue key) und den XML-Export von Jira, Abfrageergebnisse von Azure DevOps (Work Item Type und Title), den CSV-Export von Pivotal Tracker (Id, Title und Current State) und als JSON exportierte Trello-Boards.</translation>
    </message>
    <message>
        <source>This XML file cannot be read: %1 (line %2, column %3).</source>
        <extracomment>%1 is the XML reader&apos;s own description of the problem</extracomment>
        <translation>Diese XML-Datei kann nicht gelesen werden: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>No summary: the item was skipped.</source>
        <translation>Keine Zusammenfassung: Der Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 appears again: the later item was skipped.</source>
        <translation>%1 kommt noch einmal vor: Der spätere Eintrag wurde übersprungen.</translation>
    </message>
    <message>
        <source>This XML file declares a document type (line %1). Jira&apos;s export never does, and Ordo does not read one: its entities could expand without end.</source>
        <translation>Diese XML-Datei deklariert einen Dokumenttyp (Zeile %1). Der Export von Jira tut das nie, und Ordo liest keinen: Seine Entitäten könnten sich ohne Ende ausdehnen.</translation>
    </message>
    <message>
        <source>This XML file is not a Jira export: it starts with &lt;%1&gt;, where Jira&apos;s XML export starts with &lt;rss&gt;.</source>
        <translation>Diese XML-Datei ist kein Jira-Export: Sie beginnt mit &lt;%1&gt;, der XML-Export von Jira dagegen mit &lt;rss&gt;.</translation>
    </message>
    <message>
        <source>This XML file nests its elements more than %1 deep (line %2), which no Jira export does: it was not read.</source>
        <translation>Diese XML-Datei verschachtelt ihre Elemente tiefer als %1 Ebenen (Zeile %2), was kein Jira-Export tut: Sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>This RSS feed is not a Jira export: its items have no Jira key.</source>
        <translation>Dieser RSS-Feed ist kein Jira-Export: Seine Einträge haben keinen Jira-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Ordo::Import::Jira</name>
    <message>
        <source>The story points “%1” are not a number: the item has no estimate.</source>
        <translation>Die Story Points „%1“ sind keine Zahl: Der Eintrag hat keine Schätzung.</translation>
    </message>
    <message>
        <source>The date “%1” is not one Ordo reads: it was left out.</source>
        <translation>Das Datum „%1“ kann Ordo nicht lesen: Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The parent “%1” is not in the file: the item was imported without it.</source>
        <translation>Das übergeordnete Element „%1“ ist nicht in der Datei: Der Eintrag wurde ohne es importiert.</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportCommand</name>
    <message>
        <source>Import from %1</source>
        <extracomment>Undo step: %1 is the format imported, such as &quot;Jira CSV&quot;</extracomment>
        <translation>Import aus %1</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportDestinationPage</name>
    <message>
        <source>Into a &amp;new product:</source>
        <translation>In ein &amp;neues Produkt:</translation>
    </message>
    <message>
        <source>&amp;Update them from the file (their history records each change)</source>
        <translation>Aus der Datei &amp;aktualisieren (ihr Verlauf hält jede Änderung fest)</translation>
    </message>
    <message>
        <source>Add them &amp;again as new items</source>
        <translation>Noch &amp;einmal als neue Einträge hinzufügen</translation>
    </message>
    <message>
        <source>Where to Import</source>
        <translation>Wohin importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes all of it back. Cancel while it runs, and nothing is written.</source>
        <translation>Der Import ist ein Schritt: Bearbeiten &gt; Rückgängig nimmt ihn ganz zurück. Brechen Sie ihn ab, während er läuft, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>At the &amp;top of the backlog of %1</source>
        <translation>&amp;Oben im Backlog von %1</translation>
    </message>
    <message>
        <source>At the &amp;bottom of the backlog of %1</source>
        <translation>&amp;Unten im Backlog von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the file&apos;s %1 items came into %2 from an earlier import. Ordo knows them by their keys in %3.</source>
        <translation>
            <numerusform>%n der %1 Einträge der Datei kam durch einen früheren Import in %2. Ordo kennt ihn an seinem Schlüssel in %3.</numerusform>
            <numerusform>%n der %1 Einträge der Datei kamen durch einen früheren Import in %2. Ordo kennt sie an ihren Schlüsseln in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Ordo products (*.ordo)</source>
        <translation>Ordo-Produkte (*.ordo)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name: an import never replaces a product.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen: Ein Import ersetzt nie ein Produkt.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>%n Eintrag wird importiert…</numerusform>
            <numerusform>%n Einträge werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Backlog</source>
        <translation>Backlog importieren</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportFilePage</name>
    <message>
        <source>Choose the Export to Import</source>
        <translation>Den zu importierenden Export wählen</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Die exportierte Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import Backlog</source>
        <translation>Backlog importieren</translation>
    </message>
    <message>
        <source>Ordo imports a backlog exported from Jira (CSV, all or current fields, or XML), Azure DevOps (a query saved as CSV, flat or as a tree), Trello (the board&apos;s JSON) or Pivotal Tracker (CSV). It tells the format from the file&apos;s content. Nothing is written until the last step.</source>
        <translation>Ordo importiert ein Backlog, das aus Jira (CSV, alle oder aktuelle Felder, oder XML), Azure DevOps (eine als CSV gespeicherte Abfrage, flach oder als Baum), Trello (das JSON des Boards) oder Pivotal Tracker (CSV) exportiert wurde. Das Format erkennt es am Inhalt der Datei. Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.xml *.txt);;All files (*)</source>
        <translation>Exporte (*.csv *.json *.xml *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportMappingPage</name>
    <message>
        <source>Map Types and Statuses</source>
        <translation>Typen und Status zuordnen</translation>
    </message>
    <message>
        <source>How the file&apos;s names become Ordo&apos;s. Ordo guessed from the usual names; change what it got wrong.</source>
        <translation>Wie die Namen der Datei zu denen von Ordo werden. Ordo hat anhand der üblichen Namen geraten; ändern Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Type in the file</source>
        <translation>Typ in der Datei</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Ordo type</source>
        <translation>Typ in Ordo</translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation>Status in der Datei</translation>
    </message>
    <message>
        <source>Ordo status</source>
        <translation>Status in Ordo</translation>
    </message>
    <message>
        <source>&amp;Estimate from the column:</source>
        <translation>&amp;Schätzung aus der Spalte:</translation>
    </message>
    <message>
        <source>Acceptance &amp;criteria from the column:</source>
        <translation>Akzeptanz&amp;kriterien aus der Spalte:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A type or status that rows of the imported file leave empty</extracomment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Ordo&apos;s name for %1</source>
        <extracomment>Accessible name of a mapping choice: %1 is the type or status in the file</extracomment>
        <translation>Name in Ordo für %1</translation>
    </message>
    <message>
        <source>The usual one for %1</source>
        <translation>Die übliche für %1</translation>
    </message>
    <message numerus="yes">
        <source>Read again: %n row(s) had something Ordo did not understand; the preview lists them.</source>
        <translation>
            <numerusform>Neu gelesen: %n Zeile enthielt etwas, das Ordo nicht verstand; die Vorschau führt sie auf.</numerusform>
            <numerusform>Neu gelesen: %n Zeilen enthielten etwas, das Ordo nicht verstand; die Vorschau führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;every checklist as acceptance criteria</source>
        <translation>&amp;Jede Checkliste als Akzeptanzkriterien übernehmen</translation>
    </message>
    <message>
        <source>Without it, only a card&apos;s checklists named like “Acceptance criteria” become its criteria; the others go into its description.</source>
        <translation>Sonst werden nur die Checklisten einer Karte, die wie „Acceptance criteria“ heißen, zu ihren Kriterien; die anderen kommen in ihre Beschreibung.</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportPreviewPage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A count in the import preview: %1 is a type or status, %2 how many items have it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %n item(s). The first %3 as they will appear in the backlog:</source>
        <extracomment>%1 is the format (&quot;Jira CSV&quot;), %2 the file&apos;s name; %n items in all</extracomment>
        <translation>
            <numerusform>%1 „%2“: %n Eintrag. Die ersten %3, wie sie im Backlog erscheinen werden:</numerusform>
            <numerusform>%1 „%2“: %n Einträge. Die ersten %3, wie sie im Backlog erscheinen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Types:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Statuses:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Typen:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Every row was understood.</source>
        <translation>Jede Zeile wurde verstanden.</translation>
    </message>
    <message numerus="yes">
        <source>Not understood or guessed (%n):</source>
        <translation>
            <numerusform>Nicht verstanden oder geraten (%n):</numerusform>
            <numerusform>Nicht verstanden oder geraten (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ImportReportPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt</numerusform>
            <numerusform>%n Einträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) updated</source>
        <translation>
            <numerusform>%n Eintrag aktualisiert</numerusform>
            <numerusform>%n Einträge aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies) linked</source>
        <translation>
            <numerusform>%n Abhängigkeit verknüpft</numerusform>
            <numerusform>%n Abhängigkeiten verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>The backlog shows them now; Edit &gt; Undo takes the whole import back.</source>
        <translation>Das Backlog zeigt sie jetzt; Bearbeiten &gt; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>“%1” opens when you close this window.</source>
        <translation>„%1“ öffnet sich, wenn Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 lists what the import did (&quot;120 items added, 3 items updated&quot;)</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing to report: every row was imported as it was.</source>
        <translation>Nichts zu berichten: Jede Zeile wurde so importiert, wie sie war.</translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <extracomment>Suggested name of an import report: %1 is the imported file&apos;s name</extracomment>
        <translation>%1 Importbericht.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Import of %1 (%2), %3</source>
        <translation>Import von %1 (%2), %3</translation>
    </message>
    <message>
        <source>Cannot Save the Report</source>
        <translation>Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ordo::ImportWizard</name>
    <message>
        <source>Import Backlog</source>
        <translation>Backlog importieren</translation>
    </message>
    <message>
        <source>The file holds no items to import.</source>
        <translation>Die Datei enthält keine Einträge zum Importieren.</translation>
    </message>
    <message>
        <source>Restore a Backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>“%1” is a backup of a whole Ordo product. It is not imported into a backlog: it is restored as a new product file, with its history, sprints and decisions. Restore it?</source>
        <translation>„%1“ ist die Sicherung eines ganzen Ordo-Produkts. Sie wird nicht in ein Backlog importiert, sondern als neue Produktdatei wiederhergestellt, mit Verlauf, Sprints und Entscheidungen. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>Ordo products (*.ordo)</source>
        <translation>Ordo-Produkte (*.ordo)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>“%1” already exists. A backup is restored into a new file and never replaces a product.</source>
        <translation>„%1“ existiert bereits. Eine Sicherung wird in eine neue Datei wiederhergestellt und ersetzt nie ein Produkt.</translation>
    </message>
</context>
<context>
    <name>Ordo::Invest</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Depends on no unfinished item.</source>
        <translation>Hängt von keinem unfertigen Eintrag ab.</translation>
    </message>
    <message>
        <source>Waits for %1, which is not finished yet.</source>
        <translation>Wartet auf %1, noch nicht fertig.</translation>
    </message>
    <message>
        <source>Describes the need without prescribing screens or technology.</source>
        <translation>Beschreibt den Bedarf, ohne Bildschirme oder Technik vorzugeben.</translation>
    </message>
    <message>
        <source>Mentions %1: describe the problem and leave the solution to the team.</source>
        <translation>Erwähnt %1: Beschreiben Sie das Problem und überlassen Sie die Lösung dem Team.</translation>
    </message>
    <message>
        <source>Says why: “so that %1”.</source>
        <translation>Sagt, warum: „damit %1“.</translation>
    </message>
    <message>
        <source>States the impact it should have.</source>
        <translation>Nennt die beabsichtigte Wirkung.</translation>
    </message>
    <message>
        <source>No benefit written: fill in “so that …” with the why.</source>
        <translation>Kein Nutzen beschrieben: Füllen Sie „damit …“ mit dem Warum.</translation>
    </message>
    <message>
        <source>The team has estimated it.</source>
        <translation>Das Team hat es geschätzt.</translation>
    </message>
    <message>
        <source>No estimate yet: the team may need more detail or a spike.</source>
        <translation>Noch keine Schätzung: Das Team braucht vielleicht mehr Details oder einen Spike.</translation>
    </message>
    <message>
        <source>Cannot tell without an estimate.</source>
        <translation>Ohne Schätzung nicht beurteilbar.</translation>
    </message>
    <message>
        <source>%1 points is more than the product&apos;s maximum story size of %2: consider splitting it.</source>
        <translation>%1 Punkte sind mehr als die maximale Story-Größe des Produkts von %2: Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>%1 points is more than the team finishes in an average sprint (%2).</source>
        <translation>%1 Punkte sind mehr, als das Team in einem durchschnittlichen Sprint schafft (%2).</translation>
    </message>
    <message>
        <source>Fits in a sprint: %1 of about %2 points.</source>
        <translation>Passt in einen Sprint: %1 von etwa %2 Punkten.</translation>
    </message>
    <message>
        <source>Within the maximum story size of %1.</source>
        <translation>Innerhalb der maximalen Story-Größe von %1.</translation>
    </message>
    <message>
        <source>No acceptance criteria yet: write a scenario with Given, When and Then.</source>
        <translation>Noch keine Akzeptanzkriterien: Schreiben Sie ein Szenario mit Given, When und Then.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) without a Then: say what outcome proves it works.</source>
        <translation>
            <numerusform>%n Szenario ohne Then: Sagen Sie, welches Ergebnis beweist, dass es funktioniert.</numerusform>
            <numerusform>%n Szenarien ohne Then: Sagen Sie, welches Ergebnis beweist, dass es funktioniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed scenario(s), each with a Then.</source>
        <translation>
            <numerusform>%n wohlgeformtes Szenario mit Then.</numerusform>
            <numerusform>%n wohlgeformte Szenarien, jedes mit Then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The acceptance criteria have %n syntax error(s) to fix.</source>
        <translation>
            <numerusform>Die Akzeptanzkriterien haben %n Syntaxfehler zu beheben.</numerusform>
            <numerusform>Die Akzeptanzkriterien haben %n Syntaxfehler zu beheben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ItemSliceModel</name>
    <message>
        <source>Serves the sprint goal: what the team keeps when something must give</source>
        <translation>Dient dem Sprint-Ziel: Das behält das Team, wenn etwas wegfallen muss</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>These items are no longer in the backlog: they were archived or deleted.</source>
        <translation>Diese Einträge sind nicht mehr im Backlog: Sie wurden archiviert oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ordo::LiveUpdates</name>
    <message>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation>%1 hat %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 archived %2</source>
        <translation>%1 hat %2 archiviert</translation>
    </message>
    <message>
        <source>%1 moved %2 to the top</source>
        <translation>%1 hat %2 ganz nach oben verschoben</translation>
    </message>
    <message>
        <source>%1 moved %2 to the bottom</source>
        <translation>%1 hat %2 ganz nach unten verschoben</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation>%1 hat %2 verschoben</translation>
    </message>
    <message>
        <source>%1 set %2 to %3</source>
        <translation>%1 hat %2 auf „%3“ gesetzt</translation>
    </message>
    <message>
        <source>%1 removed the estimate of %2</source>
        <translation>%1 hat die Schätzung von %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1 estimated %2 at %n point(s)</source>
        <translation>
            <numerusform>%1 hat %2 auf %n Punkt geschätzt</numerusform>
            <numerusform>%1 hat %2 auf %n Punkte geschätzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 estimated %2 at %3 points</source>
        <translation>%1 hat %2 auf %3 Punkte geschätzt</translation>
    </message>
    <message>
        <source>%1 edited the title of %2</source>
        <translation>%1 hat den Titel von %2 geändert</translation>
    </message>
    <message>
        <source>%1 planned %2 into a sprint</source>
        <translation>%1 hat %2 in einen Sprint eingeplant</translation>
    </message>
    <message>
        <source>%1 took %2 out of its sprint</source>
        <translation>%1 hat %2 aus seinem Sprint genommen</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>%1 hat %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 changed the product settings</source>
        <translation>%1 hat die Produkteinstellungen geändert</translation>
    </message>
    <message>
        <source>%1 changed the sprints</source>
        <translation>%1 hat die Sprints geändert</translation>
    </message>
    <message>
        <source>%1 changed dependencies</source>
        <translation>%1 hat Abhängigkeiten geändert</translation>
    </message>
    <message>
        <source>%1 changed the decision log</source>
        <translation>%1 hat das Entscheidungsprotokoll geändert</translation>
    </message>
    <message>
        <source>%1 updated the Sprint Review</source>
        <translation>%1 hat das Sprint Review aktualisiert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n item(s)</source>
        <translation>
            <numerusform>%1 hat %n Eintrag hinzugefügt</numerusform>
            <numerusform>%1 hat %n Einträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 archived %n item(s)</source>
        <translation>
            <numerusform>%1 hat %n Eintrag archiviert</numerusform>
            <numerusform>%1 hat %n Einträge archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n item(s)</source>
        <translation>
            <numerusform>%1 hat %n Eintrag verschoben</numerusform>
            <numerusform>%1 hat %n Einträge verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n item(s)</source>
        <translation>
            <numerusform>%1 hat %n Eintrag geändert</numerusform>
            <numerusform>%1 hat %n Einträge geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Back on the server: the backlog shows what changed while the connection was lost.</source>
        <translation>Wieder mit dem Server verbunden: Das Backlog zeigt, was sich während der Unterbrechung geändert hat.</translation>
    </message>
</context>
<context>
    <name>Ordo::MainWindow</name>
    <message>
        <source>Ordo products (*.ordo);;All files (*)</source>
        <translation>Ordo-Produkte (*.ordo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>Create a new product file with an empty Product Backlog</source>
        <translation>Eine neue Produktdatei mit leerem Product Backlog anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a product file</source>
        <translation>Eine Produktdatei öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Write a consistent backup copy of the product; you keep working on the original</source>
        <translation>Eine konsistente Sicherungskopie des Produkts schreiben; Sie arbeiten am Original weiter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>Ü&amp;ber Ordo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>My Product</source>
        <translation>Mein Produkt</translation>
    </message>
    <message>
        <source>Cannot Create Product</source>
        <translation>Produkt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>Willkommen bei Ordo</translation>
    </message>
    <message>
        <source>Welcome to Ordo, the ordered Product Backlog.</source>
        <translation>Willkommen bei Ordo, dem geordneten Product Backlog.</translation>
    </message>
    <message>
        <source>Your own product is ready and empty. Would you like to look around a demo product first? It has epics, stories with acceptance criteria, and four finished sprints.</source>
        <translation>Ihr eigenes Produkt ist angelegt und leer. Möchten Sie sich zuerst ein Demo-Produkt ansehen? Es enthält Epics, Stories mit Akzeptanzkriterien und vier abgeschlossene Sprints.</translation>
    </message>
    <message>
        <source>Open the Demo Product</source>
        <translation>Demo-Produkt öffnen</translation>
    </message>
    <message>
        <source>Start with My Product</source>
        <translation>Mit meinem Produkt beginnen</translation>
    </message>
    <message>
        <source>Cannot Open Product</source>
        <translation>Produkt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1[*] — Ordo</source>
        <extracomment>Window title: %1 is the product name; [*] marks unsaved state</extracomment>
        <translation>%1[*] — Ordo</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Änderung nicht ausgeführt</translation>
    </message>
    <message>
        <source>“%1” is the product you have open. Choose another file.</source>
        <translation>„%1“ ist das geöffnete Produkt. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Replace Product File?</source>
        <translation>Produktdatei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the new, empty product?</source>
        <translation>„%1“ existiert bereits. Durch das neue, leere Produkt ersetzen?</translation>
    </message>
    <message>
        <source>Open Product</source>
        <translation>Produkt öffnen</translation>
    </message>
    <message>
        <source>%1 (copy %2).ordo</source>
        <extracomment>Suggested file name of a backup copy: %1 is the product file&apos;s name, %2 today&apos;s date</extracomment>
        <translation>%1 (Kopie %2).ordo</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Product</source>
        <translation>Demo-Produkt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>About Ordo</source>
        <translation>Über Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;The ordered Product Backlog for Scrum Product Owners: groom it at your desk, plan sprints on the wall, and walk the sprint review criterion by criterion.&lt;/p&gt;&lt;p&gt;Every edit is saved as you make it. Product files are SQLite databases; use &lt;i&gt;File › Save a Copy&lt;/i&gt; for a backup.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Das geordnete Product Backlog für Scrum Product Owner: am Schreibtisch pflegen, Sprints an der Wand planen und im Sprint Review Kriterium für Kriterium durchgehen.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert. Produktdateien sind SQLite-Datenbanken; für eine Sicherung &lt;i&gt;Datei › Kopie speichern&lt;/i&gt; verwenden.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Epics</source>
        <translation>Epics</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>&amp;Epics</source>
        <translation>&amp;Epics</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Product &amp;Settings…</source>
        <translation>Produkt&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Name, Product Goal, estimation, Definition of Ready and Definition of Done</source>
        <translation>Name, Product Goal, Schätzung, Definition of Ready und Definition of Done</translation>
    </message>
    <message>
        <source>&amp;Story Editor</source>
        <translation>&amp;Story-Editor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Story Editor in a Separate &amp;Window</source>
        <translation>Story-Editor in eigenem &amp;Fenster</translation>
    </message>
    <message>
        <source>Move the story editor to a window of its own, e.g. on a second screen</source>
        <translation>Den Story-Editor in ein eigenes Fenster verschieben, z. B. auf einen zweiten Bildschirm</translation>
    </message>
    <message numerus="yes">
        <source>Next two sprints: %1 of %n item(s) ready</source>
        <extracomment>Status bar: of the items that fill the next two sprints, how many meet the Definition of Ready</extracomment>
        <translation>
            <numerusform>Nächste zwei Sprints: %1 von %n Eintrag bereit</numerusform>
            <numerusform>Nächste zwei Sprints: %1 von %n Einträgen bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>The items from the top of the backlog that fill two sprints at the average velocity of %1 points, and how many of them meet the Definition of Ready.</source>
        <translation>Die Einträge oben im Backlog, die bei einer durchschnittlichen Velocity von %1 Punkten zwei Sprints füllen, und wie viele davon die Definition of Ready erfüllen.</translation>
    </message>
    <message numerus="yes">
        <source>Top %n item(s): %1 ready</source>
        <translation>
            <numerusform>Oberster Eintrag: %1 bereit</numerusform>
            <numerusform>Oberste %n Einträge: %1 bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint has closed yet, so there is no velocity: counting the top items instead.</source>
        <translation>Noch kein Sprint ist abgeschlossen, daher gibt es keine Velocity: Stattdessen werden die obersten Einträge gezählt.</translation>
    </message>
    <message>
        <source>Backlog Health</source>
        <translation>Backlog-Gesundheit</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Propose an Order…</source>
        <translation>Reihenfolge &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Order the backlog by WSJF, value for effort, MoSCoW or Kano, side by side with today&apos;s order</source>
        <translation>Das Backlog nach WSJF, Nutzen pro Aufwand, MoSCoW oder Kano ordnen, neben der heutigen Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Clean Up the Backlog…</source>
        <translation>Backlog auf&amp;räumen…</translation>
    </message>
    <message>
        <source>Archive items the team will not reach in the next three sprints</source>
        <translation>Einträge archivieren, die das Team in den nächsten drei Sprints nicht erreicht</translation>
    </message>
    <message>
        <source>&amp;Prioritize</source>
        <translation>&amp;Priorisieren</translation>
    </message>
    <message>
        <source>Backlog &amp;Health</source>
        <translation>Backlog-&amp;Gesundheit</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>How ready, sized, linked, fresh and stable the backlog is</source>
        <translation>Wie bereit, geschätzt, verknüpft, aktuell und stabil das Backlog ist</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>E&amp;ntscheidungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Clean Up the Backlog</source>
        <translation>Backlog aufräumen</translation>
    </message>
    <message>
        <source>The clean-up offers the items the team would not reach in the next three sprints, which needs an average velocity. Close a sprint first.</source>
        <translation>Das Aufräumen bietet die Einträge an, die das Team in den nächsten drei Sprints nicht erreichen würde; dafür braucht es eine durchschnittliche Velocity. Schließen Sie zuerst einen Sprint ab.</translation>
    </message>
    <message>
        <source>Everything in the backlog fits in the next three sprints at the average velocity of %1 points: there is nothing to clean up.</source>
        <translation>Bei der durchschnittlichen Velocity von %1 Punkten passt alles im Backlog in die nächsten drei Sprints: Es gibt nichts aufzuräumen.</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n item(s); Undo brings them back</source>
        <translation>
            <numerusform>%n Eintrag archiviert; Rückgängig holt ihn zurück</numerusform>
            <numerusform>%n Einträge archiviert; Rückgängig holt sie zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Groom the Product Backlog: order, refine, split, score (Ctrl+1)</source>
        <translation>Das Product Backlog pflegen: ordnen, verfeinern, aufteilen, bewerten (Ctrl+1)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Plan a sprint against capacity and velocity (Ctrl+2)</source>
        <translation>Einen Sprint nach Kapazität und Velocity planen (Ctrl+2)</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>The running sprint&apos;s board (Ctrl+3)</source>
        <translation>Das Board des laufenden Sprints (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>Several Active Sprints</source>
        <translation>Mehrere aktive Sprints</translation>
    </message>
    <message>
        <source>This product file has more than one active sprint; it was probably edited outside Ordo. Ordo opened it and shows the first one on the board: close or cancel the others so that one sprint runs at a time.</source>
        <translation>Diese Produktdatei hat mehr als einen aktiven Sprint; sie wurde wahrscheinlich außerhalb von Ordo bearbeitet. Ordo hat sie geöffnet und zeigt den ersten auf dem Board: Schließen Sie die anderen ab oder brechen Sie sie ab, damit immer nur ein Sprint läuft.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The sprint review: accept or reject each finished item, criterion by criterion (Ctrl+4)</source>
        <translation>Das Sprint Review: jeden fertigen Eintrag Kriterium für Kriterium abnehmen oder ablehnen (Ctrl+4)</translation>
    </message>
    <message>
        <source>Burndown, velocity, release burnup, forecasts and outcomes for stakeholders (Ctrl+5)</source>
        <translation>Burndown, Velocity, Release-Burnup, Prognosen und Ergebnisse für Stakeholder (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>The current mode&apos;s meeting full screen on the projector, legible from the back of the room (Esc leaves)</source>
        <translation>Das Meeting des aktuellen Modus im Vollbild auf dem Projektor, lesbar bis in die letzte Reihe (Esc beendet)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>%1 — Ordo</source>
        <extracomment>Window title while a large product is being read: %1 is the product name</extracomment>
        <translation>%1 — Ordo</translation>
    </message>
    <message>
        <source>Reading the Product Backlog: %v of %m items</source>
        <extracomment>Progress while a large product opens: %v items read of %m</extracomment>
        <translation>Product Backlog wird gelesen: %v von %m Einträgen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring in a backlog exported from Jira, Azure DevOps, Trello or Pivotal Tracker</source>
        <translation>Ein aus Jira, Azure DevOps, Trello oder Pivotal Tracker exportiertes Backlog übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert</numerusform>
            <numerusform>%n Einträge aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Jira CSV…</source>
        <translation>&amp;Jira-CSV…</translation>
    </message>
    <message>
        <source>The backlog in order, for Jira&apos;s CSV importer</source>
        <translation>Das Backlog in seiner Reihenfolge, für den CSV-Import von Jira</translation>
    </message>
    <message>
        <source>&amp;Azure DevOps CSV…</source>
        <translation>&amp;Azure-DevOps-CSV…</translation>
    </message>
    <message>
        <source>The backlog as a tree of epics and their items, for Azure DevOps&apos; import (1,000 rows per file)</source>
        <translation>Das Backlog als Baum aus Epics und ihren Einträgen, für den Import von Azure DevOps (1.000 Zeilen je Datei)</translation>
    </message>
    <message>
        <source>Ordo &amp;Backup (JSON)…</source>
        <translation>Ordo-&amp;Sicherung (JSON)…</translation>
    </message>
    <message>
        <source>Everything in the product in one JSON file, which Ordo restores as it was</source>
        <translation>Alles im Produkt in einer JSON-Datei, die Ordo so wiederherstellt, wie es war</translation>
    </message>
    <message>
        <source>%1 for Jira.csv</source>
        <extracomment>Suggested file name of a Jira export: %1 is the product file&apos;s name</extracomment>
        <translation>%1 für Jira.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 for Azure DevOps.csv</source>
        <extracomment>Suggested file name of an Azure DevOps export: %1 is the product file&apos;s name</extracomment>
        <translation>%1 für Azure DevOps.csv</translation>
    </message>
    <message>
        <source>%1 backup %2.json</source>
        <extracomment>Suggested file name of a backup: %1 is the product file&apos;s name, %2 today&apos;s date</extracomment>
        <translation>%1 Sicherung %2.json</translation>
    </message>
    <message>
        <source>Ordo backups (*.json)</source>
        <translation>Ordo-Sicherungen (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <extracomment>One file of an export in several files: %1 is its name, %n its items</extracomment>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 files, each under Azure DevOps&apos; limit of 1,000 rows, with every epic&apos;s tree in one file:</source>
        <translation>
            <numerusform>%n Eintrag in %1 Dateien, jede unter der Grenze von 1.000 Zeilen von Azure DevOps, der Baum jedes Epics in einer Datei:</numerusform>
            <numerusform>%n Einträge in %1 Dateien, jede unter der Grenze von 1.000 Zeilen von Azure DevOps, der Baum jedes Epics in einer Datei:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a product your team shares on a PostgreSQL server</source>
        <translation>Ein Produkt öffnen, das Ihr Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>&amp;Publish to Server…</source>
        <translation>Auf Server &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Copy this product file to a PostgreSQL server, so that the team shares one backlog</source>
        <translation>Diese Produktdatei auf einen PostgreSQL-Server kopieren, damit das Team ein gemeinsames Backlog teilt</translation>
    </message>
    <message>
        <source>S&amp;hare with the Team…</source>
        <translation>Mit dem Team &amp;teilen…</translation>
    </message>
    <message>
        <source>Give a colleague a role in this product on the server: team member, stakeholder or Product Owner</source>
        <translation>Einer Kollegin oder einem Kollegen eine Rolle in diesem Produkt auf dem Server geben: Teammitglied, Stakeholder oder Product Owner</translation>
    </message>
    <message>
        <source>Someone else moved %1 at the same time; your move was applied last.</source>
        <extracomment>%1 lists Product Backlog item keys, e.g. &quot;HRV-12&quot;</extracomment>
        <translation>Jemand anderes hat %1 gleichzeitig verschoben; Ihre Verschiebung wurde zuletzt angewendet.</translation>
    </message>
    <message>
        <source>Publishing “%1” to %2…</source>
        <translation>„%1“ wird auf %2 veröffentlicht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written to the server.</source>
        <translation>Das Veröffentlichen wurde abgebrochen; nichts wurde auf den Server geschrieben.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” is on %2 now, and your team can connect to it. Grant them their roles with File &gt; Share with the Team once you have opened it there.</source>
        <translation>„%1“ ist jetzt auf %2, und Ihr Team kann sich damit verbinden. Vergeben Sie die Rollen mit Datei &gt; Mit dem Team teilen, sobald Sie es dort geöffnet haben.</translation>
    </message>
    <message>
        <source>This file stays as it was; from now on the team&apos;s changes go to the server.</source>
        <translation>Diese Datei bleibt, wie sie war; ab jetzt gehen die Änderungen des Teams auf den Server.</translation>
    </message>
    <message>
        <source>Open on the Server</source>
        <translation>Auf dem Server öffnen</translation>
    </message>
    <message>
        <source>Keep This File Open</source>
        <translation>Diese Datei geöffnet lassen</translation>
    </message>
    <message>
        <source>%1 is now %2 of this product.</source>
        <translation>%1 ist jetzt %2 dieses Produkts.</translation>
    </message>
    <message>
        <source>%1 on the server</source>
        <extracomment>Status bar: the user&apos;s role in a product on a server, e.g. &quot;Team member&quot;</extracomment>
        <translation>%1 auf dem Server</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Ordo is reconnecting; until then nothing can be changed, and what you are typing stays where it is.</source>
        <translation>Die Verbindung zum Server ist unterbrochen. Ordo verbindet sich neu; bis dahin kann nichts geändert werden, und was Sie gerade eingeben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>Mit Ser&amp;ver verbinden…</translation>
    </message>
</context>
<context>
    <name>Ordo::NewProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>e.g. Grocery Delivery App</source>
        <translation>z. B. Lebensmittel-Lieferdienst</translation>
    </message>
    <message>
        <source>Item keys start with this, as in ORD-42.</source>
        <translation>Eintragsschlüssel beginnen damit, wie in ORD-42.</translation>
    </message>
    <message>
        <source>The future state of the product the team plans against, in one or two sentences.</source>
        <translation>Der künftige Zustand des Produkts, auf den das Team hinplant, in ein bis zwei Sätzen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>Produkt&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>Product &amp;Goal:</source>
        <translation>Product &amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <source>Acceptance criteria met</source>
        <translation>Akzeptanzkriterien erfüllt</translation>
    </message>
    <message>
        <source>Code reviewed</source>
        <translation>Code geprüft</translation>
    </message>
    <message>
        <source>Automated tests pass</source>
        <translation>Automatische Tests bestanden</translation>
    </message>
    <message>
        <source>Documentation updated</source>
        <translation>Dokumentation aktualisiert</translation>
    </message>
    <message>
        <source>Deployed to the staging environment</source>
        <translation>In die Staging-Umgebung ausgeliefert</translation>
    </message>
    <message>
        <source>User-story voice with the why</source>
        <translation>User-Story-Form mit dem Warum</translation>
    </message>
    <message>
        <source>Acceptance criteria written</source>
        <translation>Akzeptanzkriterien geschrieben</translation>
    </message>
    <message>
        <source>Estimated by the team</source>
        <translation>Vom Team geschätzt</translation>
    </message>
    <message>
        <source>Dependencies resolved</source>
        <translation>Abhängigkeiten geklärt</translation>
    </message>
    <message>
        <source>New Product File</source>
        <translation>Neue Produktdatei</translation>
    </message>
    <message>
        <source>Ordo products (*.ordo)</source>
        <translation>Ordo-Produkte (*.ordo)</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Geben Sie dem Produkt einen Namen.</translation>
    </message>
    <message>
        <source>The key prefix needs 2 to 6 capital letters or digits, starting with a letter.</source>
        <translation>Das Schlüsselpräfix braucht 2 bis 6 Großbuchstaben oder Ziffern und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Choose where to keep the product file.</source>
        <translation>Wählen Sie, wo die Produktdatei liegen soll.</translation>
    </message>
    <message>
        <source>The folder for the product file does not exist.</source>
        <translation>Der Ordner für die Produktdatei existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Ordo::OutcomesChart</name>
    <message>
        <source>Outcomes per sprint</source>
        <translation>Ergebnisse pro Sprint</translation>
    </message>
    <message>
        <source>Outcome rate</source>
        <translation>Zielerreichungsquote</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Business value delivered</source>
        <translation>Gelieferter Geschäftswert</translation>
    </message>
    <message>
        <source>%1, %2: %3%</source>
        <translation>%1, %2: %3 %</translation>
    </message>
    <message>
        <source>outcome rate</source>
        <translation>Zielerreichungsquote</translation>
    </message>
    <message>
        <source>rejection rate</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Close a sprint to see outcomes: accepted stories with a success metric and a measured value make the outcome rate.</source>
        <translation>Schließen Sie einen Sprint ab, um Ergebnisse zu sehen: Abgenommene Storys mit Erfolgsmetrik und Messwert ergeben die Zielerreichungsquote.</translation>
    </message>
    <message>
        <source>%1: business value %2 delivered</source>
        <translation>%1: Geschäftswert %2 geliefert</translation>
    </message>
</context>
<context>
    <name>Ordo::PlanningMode</name>
    <message>
        <source>&amp;Pull into Sprint</source>
        <translation>In den Sprint &amp;holen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move the selected backlog items into the sprint being planned</source>
        <translation>Die ausgewählten Backlog-Einträge in den Sprint verschieben, der gerade geplant wird</translation>
    </message>
    <message>
        <source>&amp;Return to Backlog</source>
        <translation>&amp;Zurück ins Backlog</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Move the selected sprint items back to the backlog</source>
        <translation>Die ausgewählten Sprint-Einträge zurück ins Backlog verschieben</translation>
    </message>
    <message>
        <source>&amp;New Sprint…</source>
        <translation>&amp;Neuer Sprint…</translation>
    </message>
    <message>
        <source>Plan a new sprint after the last one</source>
        <translation>Einen neuen Sprint nach dem letzten planen</translation>
    </message>
    <message>
        <source>&amp;Edit Sprint…</source>
        <translation>Sprint &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Sprint</source>
        <translation>Sprint &amp;löschen</translation>
    </message>
    <message>
        <source>Delete a planned sprint that holds no items</source>
        <translation>Einen geplanten Sprint ohne Einträge löschen</translation>
    </message>
    <message>
        <source>&amp;Start Sprint</source>
        <translation>Sprint &amp;starten</translation>
    </message>
    <message>
        <source>Start the sprint: its items&apos; estimates become the commitment</source>
        <translation>Den Sprint starten: Die Schätzungen seiner Einträge werden zum Commitment</translation>
    </message>
    <message>
        <source>&amp;Fill to Velocity…</source>
        <translation>Bis zur &amp;Velocity auffüllen…</translation>
    </message>
    <message>
        <source>Propose the top Ready items that fit under the lower of capacity and average velocity</source>
        <translation>Die obersten bereiten Einträge vorschlagen, die in den kleineren Wert aus Kapazität und durchschnittlicher Velocity passen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <source>Sprint &amp;goal:</source>
        <translation>Sprint-&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>Not ready:</source>
        <translation>Nicht bereit:</translation>
    </message>
    <message>
        <source>Blocked: waits for %1, which is neither finished nor planned in this or an earlier sprint.</source>
        <translation>Blockiert: Wartet auf %1 – weder fertig noch in diesem oder einem früheren Sprint eingeplant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Average velocity of the last %n closed sprint(s): %1 = %2 points</source>
        <translation>
            <numerusform>Durchschnittliche Velocity aus %n abgeschlossenen Sprint: %1 = %2 Punkte</numerusform>
            <numerusform>Durchschnittliche Velocity der letzten %n abgeschlossenen Sprints: %1 = %2 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>× available person-days this sprint (%1) ÷ their average in those sprints (%2)</source>
        <translation>× verfügbare Personentage in diesem Sprint (%1) ÷ ihr Durchschnitt in jenen Sprints (%2)</translation>
    </message>
    <message>
        <source>= %1 points</source>
        <translation>= %1 Punkte</translation>
    </message>
    <message>
        <source>Add the team in Product Settings to scale it by who is available.</source>
        <translation>Erfassen Sie das Team in den Produkteinstellungen, um den Wert nach der Verfügbarkeit zu skalieren.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source> · %1: %2 of %3</source>
        <translation> · %1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n Eintrag</numerusform>
            <numerusform>%1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint to plan: create one with New Sprint</source>
        <translation>Kein Sprint zu planen: Legen Sie einen mit „Neuer Sprint“ an</translation>
    </message>
    <message numerus="yes">
        <source>Product Backlog · %n plannable item(s)</source>
        <translation>
            <numerusform>Product Backlog · %n planbarer Eintrag</numerusform>
            <numerusform>Product Backlog · %n planbare Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has more than one active sprint (it was edited outside Ordo). Close or cancel all but one in Sprint mode; until then the board shows the first.</source>
        <translation>Diese Datei hat mehr als einen aktiven Sprint (sie wurde außerhalb von Ordo bearbeitet). Schließen Sie im Modus Sprint alle bis auf einen ab oder brechen Sie sie ab; bis dahin zeigt das Board den ersten.</translation>
    </message>
    <message>
        <source>“%1” is running: adding or removing items is a scope change, recorded with its reason.</source>
        <translation>„%1“ läuft: Einträge hinzuzufügen oder zu entfernen ist eine Scope-Änderung und wird mit ihrer Begründung festgehalten.</translation>
    </message>
    <message>
        <source>Created “%1”: drag items into it from the backlog</source>
        <translation>„%1“ angelegt: Ziehen Sie Einträge aus dem Backlog hinein</translation>
    </message>
    <message>
        <source>It has no sprint goal: the team will not know what to keep when something must give.</source>
        <translation>Er hat kein Sprint-Ziel: Das Team weiß nicht, was es behalten soll, wenn etwas wegfallen muss.</translation>
    </message>
    <message>
        <source>Its %1 points exceed the capacity of %2 points.</source>
        <translation>Seine %1 Punkte übersteigen die Kapazität von %2 Punkten.</translation>
    </message>
    <message>
        <source>It holds no items.</source>
        <translation>Er enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Start Sprint</source>
        <translation>Sprint starten</translation>
    </message>
    <message>
        <source>Start “%1” anyway?</source>
        <translation>„%1“ trotzdem starten?</translation>
    </message>
    <message>
        <source>Start Anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Started “%1” with %2 points committed</source>
        <translation>„%1“ mit %2 zugesagten Punkten gestartet</translation>
    </message>
    <message>
        <source>the capacity</source>
        <translation>die Kapazität</translation>
    </message>
    <message>
        <source>the average velocity</source>
        <translation>die durchschnittliche Velocity</translation>
    </message>
    <message>
        <source>Fill to Velocity</source>
        <translation>Bis zur Velocity auffüllen</translation>
    </message>
    <message>
        <source>Set the sprint&apos;s capacity first: there is no closed sprint yet to take a velocity from.</source>
        <translation>Legen Sie zuerst die Kapazität des Sprints fest: Es gibt noch keinen abgeschlossenen Sprint, aus dem sich eine Velocity ergibt.</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
</context>
<context>
    <name>Ordo::PresentationWindow</name>
    <message>
        <source>Ordo — Presentation</source>
        <translation>Ordo — Präsentation</translation>
    </message>
    <message>
        <source>Ctrl+T: time box %1 min</source>
        <translation>Strg+T: Timebox %1 Min.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 over the time box</source>
        <translation>%1 über der Timebox</translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedBoard</name>
    <message>
        <source>Sprint board</source>
        <translation>Sprint-Board</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No sprint is running</source>
        <translation>Kein Sprint läuft</translation>
    </message>
    <message>
        <source>Sprint goal: %1</source>
        <translation>Sprint-Ziel: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 (rejected)</source>
        <translation>✗ %1 (abgelehnt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n card(s), %2 pts</source>
        <translation>
            <numerusform>%1 · %n Karte, %2 Pkt.</numerusform>
            <numerusform>%1 · %n Karten, %2 Pkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedPlanning</name>
    <message>
        <source>%1  %2 · %3 pts</source>
        <translation>%1  %2 · %3 Pkt.</translation>
    </message>
    <message>
        <source>Sprint Planning</source>
        <translation>Sprint Planning</translation>
    </message>
    <message>
        <source>No sprint to plan: create one in Planning.</source>
        <translation>Kein Sprint zu planen: Legen Sie einen in der Planung an.</translation>
    </message>
    <message>
        <source>%1 has no sprint goal yet</source>
        <translation>%1 hat noch kein Sprint-Ziel</translation>
    </message>
    <message>
        <source>Sprint goal: %1</source>
        <translation>Sprint-Ziel: %1</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>In %1: %n item(s)</source>
        <translation>
            <numerusform>In %1: %n Eintrag</numerusform>
            <numerusform>In %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Next in the Product Backlog</source>
        <translation>Als Nächstes im Product Backlog</translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedReports</name>
    <message>
        <source>Chart %1 of %2</source>
        <translation>Diagramm %1 von %2</translation>
    </message>
    <message>
        <source>%1: burndown</source>
        <translation>%1: Burndown</translation>
    </message>
    <message>
        <source>Sprint burndown</source>
        <translation>Sprint-Burndown</translation>
    </message>
    <message>
        <source>Sprint goal: %1</source>
        <translation>Sprint-Ziel: %1</translation>
    </message>
    <message>
        <source>Start a sprint to see its burndown.</source>
        <translation>Starten Sie einen Sprint, um seinen Burndown zu sehen.</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message numerus="yes">
        <source>Average of the last %n sprint(s): %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Durchschnitt des letzten Sprints: %1 Punkte (von %2 bis %3).</numerusform>
            <numerusform>Durchschnitt der letzten %n Sprints: %1 Punkte (von %2 bis %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>When will the Product Backlog be done?</source>
        <translation>Wann ist das Product Backlog erledigt?</translation>
    </message>
    <message>
        <source>%1 points of unfinished work</source>
        <translation>%1 Punkte unerledigter Arbeit</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Outcome rate: %1 of accepted stories with a success metric reached their target.</source>
        <translation>Ergebnisquote: %1 der abgenommenen Storys mit Erfolgsmetrik haben ihr Ziel erreicht.</translation>
    </message>
</context>
<context>
    <name>Ordo::PresentedReview</name>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Definition of Done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>1–9: met, not met, not judged · A: accept · R: reject · ← →: stories</source>
        <translation>1–9: erfüllt, nicht erfüllt, nicht beurteilt · A: abnehmen · R: ablehnen · ← →: Storys</translation>
    </message>
    <message>
        <source>Sprint Review</source>
        <translation>Sprint Review</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Story %1 of %2</source>
        <translation>Story %1 von %2</translation>
    </message>
    <message>
        <source>No sprint is running</source>
        <translation>Kein Sprint läuft</translation>
    </message>
    <message>
        <source>Start a sprint in Planning; its finished stories are walked through here.</source>
        <translation>Starten Sie einen Sprint in der Planung; seine fertigen Storys werden hier durchgegangen.</translation>
    </message>
    <message>
        <source>%1 review: %2</source>
        <translation>Review von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n item(s), %1 points</source>
        <translation>
            <numerusform>Abgenommen: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Abgenommen: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), %1 points</source>
        <translation>
            <numerusform>Abgelehnt: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Abgelehnt: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for review: %n item(s), %1 points</source>
        <translation>
            <numerusform>Wartet auf das Review: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Warten auf das Review: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s), %1 points</source>
        <translation>
            <numerusform>Nicht fertig: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Nicht fertig: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>As a %1, I want %2, so that %3.</source>
        <translation>Als %1 möchte ich %2, damit %3.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Success metric: %1</source>
        <translation>Erfolgsmetrik: %1</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Abgenommen</translation>
    </message>
    <message>
        <source>✗ Rejected: reworked in the sprint</source>
        <translation>✗ Abgelehnt: wird im Sprint nachgearbeitet</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf das Review</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Met, not met (shown half ticked), or not judged yet</source>
        <translation>Erfüllt, nicht erfüllt (halb angehakt) oder noch nicht beurteilt</translation>
    </message>
    <message>
        <source>Accepted. → next story</source>
        <translation>Abgenommen. → nächste Story</translation>
    </message>
    <message>
        <source>Everything is met: A accepts. → next story</source>
        <translation>Alles erfüllt: A nimmt ab. → nächste Story</translation>
    </message>
    <message>
        <source>R rejects, with what acceptance needs. %1</source>
        <translation>R lehnt ab, mit dem, was für die Abnahme nötig ist. %1</translation>
    </message>
    <message>
        <source>Mark what is not met before rejecting.</source>
        <translation>Markieren Sie vor dem Ablehnen, was nicht erfüllt ist.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>What is needed for acceptance, specifically?</source>
        <translation>Was ist für die Abnahme konkret nötig?</translation>
    </message>
</context>
<context>
    <name>Ordo::Prioritization</name>
    <message>
        <source>WSJF</source>
        <translation>WSJF</translation>
    </message>
    <message>
        <source>Value for effort</source>
        <translation>Nutzen pro Aufwand</translation>
    </message>
    <message>
        <source>MoSCoW, then WSJF</source>
        <translation>MoSCoW, dann WSJF</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Highest cost of delay per unit of job size first.</source>
        <translation>Höchste Verzögerungskosten pro Einheit Jobgröße zuerst.</translation>
    </message>
    <message>
        <source>Highest value per unit of effort first.</source>
        <translation>Höchster Nutzen pro Einheit Aufwand zuerst.</translation>
    </message>
    <message>
        <source>Must, Should, Could, unscored, then Won&apos;t; by WSJF within each group.</source>
        <translation>Must, Should, Could, unbewertet, dann Won’t; innerhalb jeder Gruppe nach WSJF.</translation>
    </message>
    <message>
        <source>Missing must-be items first, then performance items by value, then delighters, then the rest.</source>
        <translation>Fehlende Basismerkmale zuerst, dann Leistungsmerkmale nach Nutzen, dann Begeisterungsmerkmale, dann der Rest.</translation>
    </message>
</context>
<context>
    <name>Ordo::ProductCopy</name>
    <message>
        <source>The product has no table “%1”.</source>
        <translation>Das Produkt hat keine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>A row of the table “%1” cannot be copied: %2</source>
        <translation>Eine Zeile der Tabelle „%1“ kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A row of the table “%1” refers to a row of the table “%2” that does not exist.</source>
        <translation>Eine Zeile der Tabelle „%1“ verweist auf eine nicht vorhandene Zeile der Tabelle „%2“.</translation>
    </message>
</context>
<context>
    <name>Ordo::ProductHeader</name>
    <message>
        <source>No Product Goal yet: the goal is what the order of this backlog serves.</source>
        <translation>Noch kein Product Goal: Ihm dient die Reihenfolge dieses Backlogs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product Goal:&lt;/b&gt; %1</source>
        <extracomment>%1 is the Product Goal text</extracomment>
        <translation>&lt;b&gt;Product Goal:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · %1 points</source>
        <extracomment>Backlog summary: %n items, %1 story points</extracomment>
        <translation>
            <numerusform>%n Eintrag · %1 Punkte</numerusform>
            <numerusform>%n Einträge · %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit the Product Goal</source>
        <translation>Doppelklicken, um das Produktziel zu bearbeiten</translation>
    </message>
    <message>
        <source>What the product should achieve, e.g. “Product Owners groom their backlog in Ordo every day”</source>
        <translation>Was das Produkt erreichen soll, z. B. „Product Owner pflegen ihr Backlog täglich in Ordo“</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Edit the Product Goal</source>
        <translation>Das Produktziel bearbeiten</translation>
    </message>
    <message>
        <source>Set Goal</source>
        <translation>Ziel setzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n item(s) serve the goal</source>
        <extracomment>%1 items of the %n at the top of the backlog are linked to the Product Goal</extracomment>
        <translation>
            <numerusform>%1 von %n obersten Eintrag dient dem Ziel</numerusform>
            <numerusform>%1 der %n obersten Einträge dienen dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>Items linked to the Product Goal, themselves or through their epic, among the next two sprints&apos; worth of work (or the top ten items before the first sprint closes).</source>
        <translation>Einträge, die selbst oder über ihr Epic mit dem Produktziel verknüpft sind, unter der Arbeit der nächsten zwei Sprints (oder den obersten zehn Einträgen, bevor der erste Sprint abgeschlossen ist).</translation>
    </message>
</context>
<context>
    <name>Ordo::ProductLocations</name>
    <message>
        <source>My Product.ordo</source>
        <extracomment>File name of the product created on first start (keep the .ordo suffix)</extracomment>
        <translation>Mein Produkt.ordo</translation>
    </message>
    <message>
        <source>Demo Product.ordo</source>
        <extracomment>File name of the demo product (keep the .ordo suffix)</extracomment>
        <translation>Demo-Produkt.ordo</translation>
    </message>
</context>
<context>
    <name>Ordo::ProductSettingsDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Product Settings</source>
        <translation>Produkteinstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>The largest estimate a story may have and still count as Small</source>
        <translation>Die größte Schätzung, mit der eine Story noch als klein (Small) gilt</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>Produkt&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>Product &amp;Goal:</source>
        <translation>Product &amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Estimation scale:</source>
        <translation>Schätz&amp;skala:</translation>
    </message>
    <message>
        <source>&amp;Sprint length:</source>
        <translation>Sprint&amp;länge:</translation>
    </message>
    <message>
        <source>&amp;Maximum story size:</source>
        <translation>&amp;Maximale Story-Größe:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>An item is ready for Sprint Planning when it meets every rule ticked here. Ordo checks them and shows a Ready badge in the backlog.</source>
        <translation>Ein Eintrag ist bereit für das Sprint Planning, wenn er jede hier angehakte Regel erfüllt. Ordo prüft sie und zeigt im Backlog ein Bereit-Abzeichen.</translation>
    </message>
    <message>
        <source>Further agreements of the team, shown in the story editor and checked by the team, not by Ordo:</source>
        <translation>Weitere Vereinbarungen des Teams, im Story-Editor angezeigt und vom Team geprüft, nicht von Ordo:</translation>
    </message>
    <message>
        <source>Definition of Ready</source>
        <translation>Definition of Ready</translation>
    </message>
    <message>
        <source>What every increment must meet, in the order the sprint review walks it. Double-click an entry to edit it; drag to reorder.</source>
        <translation>Was jedes Inkrement erfüllen muss, in der Reihenfolge des Sprint Reviews. Doppelklick bearbeitet einen Eintrag; Ziehen ordnet um.</translation>
    </message>
    <message>
        <source>Definition of Done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>Backlog health calls an item stale when nobody changed it for this long</source>
        <translation>Die Backlog-Gesundheit nennt einen Eintrag veraltet, wenn ihn so lange niemand geändert hat</translation>
    </message>
    <message>
        <source>S&amp;tale after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message>
        <source>Show an &amp;In Review column between In Progress and Done</source>
        <translation>Eine Spalte „&amp;Im Review“ zwischen „In Arbeit“ und „Fertig“ zeigen</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source> closed sprints</source>
        <translation> abgeschlossene Sprints</translation>
    </message>
    <message>
        <source>Velocity, and every forecast, averages the last N closed sprints</source>
        <translation>Die Velocity und jede Prognose mitteln über die letzten N abgeschlossenen Sprints</translation>
    </message>
    <message>
        <source>&amp;Velocity over:</source>
        <translation>&amp;Velocity über:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>A hint shown on the column, not a block</source>
        <translation>Ein Hinweis an der Spalte, keine Sperre</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A target share of each sprint per item type, e.g. 20% for technical debt. The capacity bar shows it and Fill to Velocity keeps it free.</source>
        <translation>Ein Zielanteil jedes Sprints pro Eintragstyp, z. B. 20 % für technische Schulden. Der Kapazitätsbalken zeigt ihn an, und „Bis zur Velocity auffüllen“ hält ihn frei.</translation>
    </message>
    <message>
        <source>Capacity allocation:</source>
        <translation>Kapazitätsaufteilung:</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Who works on the product and how much of their day, usually. Days off are entered per sprint. Ordo uses this only to suggest a sprint&apos;s capacity from velocity; it tracks no hours.</source>
        <translation>Wer am Produkt arbeitet und wie viel seines Arbeitstages, in der Regel. Freie Tage werden pro Sprint erfasst. Ordo nutzt das nur, um aus der Velocity die Kapazität eines Sprints vorzuschlagen; es erfasst keine Stunden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>Ordo::ProposalDialog</name>
    <message>
        <source>&amp;Move to Proposed Place</source>
        <translation>An vorgeschlagene Stelle &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>Alles &amp;übernehmen</translation>
    </message>
    <message>
        <source>Proposed Order</source>
        <translation>Vorgeschlagene Reihenfolge</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Red: leaves the top ten. Drop items here to move them in the backlog.</source>
        <translation>Rot: verlässt die Top Ten. Einträge hier ablegen, um sie im Backlog zu verschieben.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Green: new in the top ten. Drag items onto today&apos;s order to take just those.</source>
        <translation>Grün: neu in den Top Ten. Einträge auf die heutige Reihenfolge ziehen, um nur diese zu übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Order by:</source>
        <translation>&amp;Ordnen nach:</translation>
    </message>
    <message>
        <source>Move the items selected in the proposed order to their proposed places</source>
        <translation>Die im Vorschlag ausgewählten Einträge an ihre vorgeschlagenen Stellen verschieben</translation>
    </message>
    <message>
        <source>Reorder the backlog as proposed, as one step you can undo</source>
        <translation>Das Backlog wie vorgeschlagen ordnen, als ein Schritt, den Sie rückgängig machen können</translation>
    </message>
    <message>
        <source>No order can be proposed</source>
        <translation>Es lässt sich keine Reihenfolge vorschlagen</translation>
    </message>
    <message>
        <source>These items depend on each other in a circle: %1. Remove one of these dependencies, then Ordo can propose an order.</source>
        <extracomment>%1 lists item keys, e.g. &quot;ORD-3 → ORD-5 → ORD-3&quot;</extracomment>
        <translation>Diese Einträge hängen im Kreis voneinander ab: %1. Entfernen Sie eine dieser Abhängigkeiten, dann kann Ordo eine Reihenfolge vorschlagen.</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>Nichts zu ordnen</translation>
    </message>
    <message>
        <source>No item is waiting to be planned: items in a sprint, finished items and epics keep their places.</source>
        <translation>Kein Eintrag wartet auf die Planung: Einträge im Sprint, fertige Einträge und Epics behalten ihren Platz.</translation>
    </message>
    <message>
        <source>Today&apos;s order already follows %1</source>
        <translation>Die heutige Reihenfolge folgt bereits %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be planned; none would move.</source>
        <translation>
            <numerusform>%n Eintrag wartet auf die Planung; keiner würde sich bewegen.</numerusform>
            <numerusform>%n Einträge warten auf die Planung; keiner würde sich bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Summary of a proposal: %1 is &quot;N items move&quot;, %2 &quot;M of the top ten change&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n Eintrag rückt</numerusform>
            <numerusform>%n Einträge rücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n change</source>
        <translation>
            <numerusform>%1 des obersten %n ändert sich</numerusform>
            <numerusform>%1 der obersten %n ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n item(s) waiting to be planned. Items in a sprint, finished items and epics keep their places; no item goes above what it depends on.</source>
        <translation>
            <numerusform>Von %n Eintrag, der auf die Planung wartet. Einträge im Sprint, fertige Einträge und Epics behalten ihren Platz; kein Eintrag kommt über das, wovon er abhängt.</numerusform>
            <numerusform>Von %n Einträgen, die auf die Planung warten. Einträge im Sprint, fertige Einträge und Epics behalten ihren Platz; kein Eintrag kommt über das, wovon er abhängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the Proposed Order (%1)</source>
        <extracomment>Undo step; %1 is a scheme such as WSJF</extracomment>
        <translation>Vorgeschlagene Reihenfolge übernehmen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move; %1 of the top ten change.</source>
        <translation>
            <numerusform>%n Eintrag rückt; %1 der Top Ten ändern sich.</numerusform>
            <numerusform>%n Einträge rücken; %1 der Top Ten ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied the proposed order (%1)</source>
        <extracomment>Decision log entry; %1 is a scheme such as WSJF</extracomment>
        <translation>Vorgeschlagene Reihenfolge übernommen (%1)</translation>
    </message>
    <message>
        <source>Move %1 to Its Proposed Place</source>
        <translation>%1 an die vorgeschlagene Stelle verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Item(s) to Their Proposed Places</source>
        <translation>
            <numerusform>%n Eintrag an die vorgeschlagene Stelle verschieben</numerusform>
            <numerusform>%n Einträge an ihre vorgeschlagenen Stellen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ProposalModel</name>
    <message>
        <source>%1 · value %2</source>
        <extracomment>Kano category and value, e.g. &quot;Performance · value 8&quot;</extracomment>
        <translation>%1 · Nutzen %2</translation>
    </message>
    <message>
        <source>WSJF</source>
        <translation>WSJF</translation>
    </message>
    <message>
        <source>Value/effort</source>
        <translation>Nutzen/Aufwand</translation>
    </message>
    <message>
        <source>MoSCoW · WSJF</source>
        <translation>MoSCoW · WSJF</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <extracomment>An item&apos;s move in the proposed order: ▲ 3 places up, ▼ 2 places down</extracomment>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not scored for this scheme: it goes below the scored items, in today&apos;s order.</source>
        <translation>Für dieses Schema nicht bewertet: kommt unter die bewerteten Einträge, in heutiger Reihenfolge.</translation>
    </message>
    <message>
        <source>Stays at place %1.</source>
        <translation>Bleibt auf Platz %1.</translation>
    </message>
    <message>
        <source>From place %1 to place %2.</source>
        <translation>Von Platz %1 auf Platz %2.</translation>
    </message>
    <message>
        <source>Leaves the top ten.</source>
        <translation>Verlässt die Top Ten.</translation>
    </message>
    <message>
        <source>New in the top ten.</source>
        <translation>Neu in den Top Ten.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column header: the place in the order</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Geht</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Rückt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Move %1 Across From the Proposal</source>
        <extracomment>Undo step: %1 is an item key</extracomment>
        <translation>%1 aus dem Vorschlag übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Item(s) Across From the Proposal</source>
        <translation>
            <numerusform>%n Eintrag aus dem Vorschlag übernehmen</numerusform>
            <numerusform>%n Einträge aus dem Vorschlag übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::QuickAddBar</name>
    <message>
        <source>Item type (Alt+1 to Alt+6)</source>
        <translation>Eintragstyp (Alt+1 bis Alt+6)</translation>
    </message>
    <message>
        <source>Title of the new item — Enter adds it above the selection, Escape closes</source>
        <translation>Titel des neuen Eintrags — Enter fügt ihn über der Auswahl ein, Escape schließt</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
</context>
<context>
    <name>Ordo::Readiness</name>
    <message numerus="yes">
        <source>%n INVEST quality(s) not ticked yet</source>
        <translation>
            <numerusform>%n INVEST-Eigenschaft noch nicht abgehakt</numerusform>
            <numerusform>%n INVEST-Eigenschaften noch nicht abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>No acceptance criteria yet</source>
        <translation>Noch keine Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Not estimated yet</source>
        <translation>Noch nicht geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>Waits for %n unfinished item(s)</source>
        <translation>
            <numerusform>Wartet auf %n unfertigen Eintrag</numerusform>
            <numerusform>Wartet auf %n unfertige Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The story does not say what is wanted and why</source>
        <translation>Die Story sagt nicht, was gewünscht ist und warum</translation>
    </message>
    <message>
        <source>Larger than the maximum story size of %1</source>
        <translation>Größer als die maximale Story-Größe von %1</translation>
    </message>
    <message>
        <source>Size unknown until it is estimated</source>
        <translation>Größe unbekannt, bis geschätzt wird</translation>
    </message>
    <message>
        <source>No success metric named</source>
        <translation>Keine Erfolgsmetrik genannt</translation>
    </message>
</context>
<context>
    <name>Ordo::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Open Recent menu entry: %1 is a shortcut number, %2 the file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Products</source>
        <translation>Keine zuletzt geöffneten Produkte</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
</context>
<context>
    <name>Ordo::ReleaseBurnupChart</name>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>%1 after %2: %3 points</source>
        <translation>%1 nach %2: %3 Punkte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>At the average velocity</source>
        <translation>Bei durchschnittlicher Velocity</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Release burnup: %1</source>
        <translation>Release-Burnup: %1</translation>
    </message>
    <message>
        <source>Nothing is in this scope yet: link items to the Product Goal, to an epic or give them a label.</source>
        <translation>In diesem Scope ist noch nichts: Verknüpfen Sie Einträge mit dem Produktziel oder einem Epic, oder geben Sie ihnen ein Label.</translation>
    </message>
    <message>
        <source>Forecast (best to worst recent velocity)</source>
        <translation>Prognose (beste bis schlechteste jüngste Velocity)</translation>
    </message>
</context>
<context>
    <name>Ordo::ReportDialog</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Product Dashboard</source>
        <translation>Produkt-Dashboard</translation>
    </message>
    <message>
        <source>Sprint Review Report</source>
        <translation>Sprint-Review-Bericht</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>PDF &amp;pages:</source>
        <translation>PDF-&amp;Seiten:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Pages with the product&apos;s name and page numbers, for e-mail or print</source>
        <translation>Seiten mit Produktnamen und Seitenzahlen, für E-Mail oder Druck</translation>
    </message>
    <message>
        <source>One file with the charts inside, for a browser or a wiki</source>
        <translation>Eine Datei mit den Diagrammen darin, für einen Browser oder ein Wiki</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>A short summary to paste into a chat message</source>
        <translation>Eine kurze Zusammenfassung zum Einfügen in eine Chat-Nachricht</translation>
    </message>
    <message>
        <source>Close a sprint or start one to report on its review.</source>
        <translation>Schließen oder starten Sie einen Sprint, um über sein Review zu berichten.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Als HTML speichern</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
</context>
<context>
    <name>Ordo::ReportHtml</name>
    <message>
        <source>Burndown of %1</source>
        <translation>Burndown von %1</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Velocity and forecast</source>
        <translation>Velocity und Prognose</translation>
    </message>
    <message>
        <source>No sprint has been closed yet, so there is no velocity to forecast with.</source>
        <translation>Noch kein Sprint ist abgeschlossen, also gibt es keine Velocity für eine Prognose.</translation>
    </message>
    <message>
        <source>The Product Backlog holds %1 points of unfinished work. %2</source>
        <translation>Das Product Backlog enthält %1 Punkte unerledigter Arbeit. %2</translation>
    </message>
</context>
<context>
    <name>Ordo::ReportSource</name>
    <message>
        <source>The sprint no longer exists.</source>
        <translation>Der Sprint existiert nicht mehr.</translation>
    </message>
    <message>
        <source>an item no longer in the backlog</source>
        <translation>ein Eintrag, der nicht mehr im Backlog ist</translation>
    </message>
</context>
<context>
    <name>Ordo::ReportsMode</name>
    <message>
        <source>Sprint burndown</source>
        <translation>Sprint-Burndown</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Release burnup</source>
        <translation>Release-Burnup</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint:</translation>
    </message>
    <message>
        <source>Remaining points at the end of each day against the ideal line from the commitment. Scope changes after the start are marked; a closed sprint&apos;s chart no longer changes.</source>
        <translation>Offene Punkte am Ende jedes Tages, verglichen mit der Ideallinie ab dem Commitment. Scope-Änderungen nach dem Start sind markiert; das Diagramm eines abgeschlossenen Sprints ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>What each closed sprint committed at its start and what it completed (accepted at its close).</source>
        <translation>Was jeder abgeschlossene Sprint zu Beginn zugesagt und was er erledigt hat (beim Abschluss abgenommen).</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>Done against total scope at each sprint&apos;s close, and the range of sprints to completion at the best and worst recent velocity.</source>
        <translation>Fertiges gegenüber dem gesamten Scope zum Abschluss jedes Sprints und die Spanne der Sprints bis zur Fertigstellung bei bester und schlechtester jüngster Velocity.</translation>
    </message>
    <message>
        <source>recent velocity</source>
        <translation>jüngste Velocity</translation>
    </message>
    <message>
        <source>What if every sprint delivered this many points? Leave at “recent velocity” to resample the last closed sprints.</source>
        <translation>Was, wenn jeder Sprint so viele Punkte liefert? Auf „jüngste Velocity“ belassen, um zufällig aus den letzten abgeschlossenen Sprints zu ziehen.</translation>
    </message>
    <message>
        <source>&amp;When will this be done:</source>
        <translation>&amp;Wann ist das fertig:</translation>
    </message>
    <message>
        <source>&amp;Velocity:</source>
        <translation>&amp;Velocity:</translation>
    </message>
    <message>
        <source>What is done &amp;by:</source>
        <translation>Was ist fertig &amp;bis:</translation>
    </message>
    <message>
        <source>10,000 simulated futures, each sprint drawing its velocity from the last closed sprints. The same product gives the same answer.</source>
        <translation>10.000 simulierte Verläufe, in denen jeder Sprint seine Velocity aus den letzten abgeschlossenen Sprints zieht. Dasselbe Produkt ergibt dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Each epic on the sprints to come, from where its work starts to where it is 50% and 85% likely done.</source>
        <translation>Jedes Epic über die kommenden Sprints, vom Beginn seiner Arbeit bis dorthin, wo es mit 50 % bzw. 85 % Wahrscheinlichkeit fertig ist.</translation>
    </message>
    <message>
        <source>Whether accepted stories moved their success metric to its target, how often the review rejects, and the business value delivered.</source>
        <translation>Ob abgenommene Storys ihre Erfolgsmetrik ans Ziel gebracht haben, wie oft das Review ablehnt und welcher Geschäftswert geliefert wurde.</translation>
    </message>
    <message>
        <source>Product Goal</source>
        <translation>Produktziel</translation>
    </message>
    <message>
        <source>The top items</source>
        <translation>Die obersten Einträge</translation>
    </message>
    <message>
        <source>Epic: %1</source>
        <translation>Epic: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Start a sprint in Planning to see its burndown here.</source>
        <translation>Starten Sie einen Sprint in der Planung, um hier sein Burndown zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Average of the last %n sprints: %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Durchschnitt aus %n Sprint: %1 Punkte (von %2 bis %3).</numerusform>
            <numerusform>Durchschnitt der letzten %n Sprints: %1 Punkte (von %2 bis %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points done.</source>
        <translation>%1 von %2 Punkten fertig.</translation>
    </message>
    <message>
        <source>At recent velocity, done between %1 (%2) and %3 (%4).</source>
        <translation>Bei jüngster Velocity fertig zwischen %1 (%2) und %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n items in it have no estimate and count for nothing.</source>
        <translation>
            <numerusform>%n Eintrag darin hat keine Schätzung und zählt nicht mit.</numerusform>
            <numerusform>%n Einträge darin haben keine Schätzung und zählen nicht mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>When will it be done? %1</source>
        <translation>Wann ist es fertig? %1</translation>
    </message>
    <message>
        <source>No sprint ends by %1.</source>
        <translation>Bis %1 endet kein Sprint.</translation>
    </message>
    <message numerus="yes">
        <source>By %1 (%n sprints), 85% likely: the top %2 items (%3 points); 50% likely: the top %4.</source>
        <translation>
            <numerusform>Bis %1 (%n Sprint) mit 85 % Wahrscheinlichkeit: die obersten %2 Einträge (%3 Punkte); mit 50 %: die obersten %4.</numerusform>
            <numerusform>Bis %1 (%n Sprints) mit 85 % Wahrscheinlichkeit: die obersten %2 Einträge (%3 Punkte); mit 50 %: die obersten %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome rate over the last %n sprints: %1 of accepted stories with a success metric reached their target.</source>
        <translation>
            <numerusform>Zielerreichungsquote über %n Sprint: %1 der abgenommenen Storys mit Erfolgsmetrik haben ihr Ziel erreicht.</numerusform>
            <numerusform>Zielerreichungsquote über die letzten %n Sprints: %1 der abgenommenen Storys mit Erfolgsmetrik haben ihr Ziel erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No outcome rate yet: give stories a success metric and record the measured value once they are released.</source>
        <translation>Noch keine Zielerreichungsquote: Geben Sie Storys eine Erfolgsmetrik und erfassen Sie den Messwert, sobald sie ausgeliefert sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted stories had no success metric.</source>
        <translation>
            <numerusform>%n abgenommene Story hatte keine Erfolgsmetrik.</numerusform>
            <numerusform>%n abgenommene Storys hatten keine Erfolgsmetrik.</numerusform>
        </translation>
    </message>
    <message>
        <source>From Ready to accepted: %1 days at the median, %2 days for 85% of items.</source>
        <translation>Von Bereit bis abgenommen: %1 Tage im Median, %2 Tage für 85 % der Einträge.</translation>
    </message>
    <message>
        <source>The %1 epics whose work ends first, of %2 with work left.</source>
        <translation>Die %1 Epics, deren Arbeit zuerst endet, von %2 mit offener Arbeit.</translation>
    </message>
    <message>
        <source>Product &amp;Dashboard…</source>
        <translation>Produkt-&amp;Dashboard…</translation>
    </message>
    <message>
        <source>The Product Goal, the running sprint, the top of the backlog, the roadmap and the charts on one page for stakeholders, as HTML or PDF</source>
        <translation>Produktziel, laufender Sprint, Anfang des Backlogs, Roadmap und Diagramme auf einer Seite für Stakeholder, als HTML oder PDF</translation>
    </message>
</context>
<context>
    <name>Ordo::Review</name>
    <message>
        <source>“%1” is not met</source>
        <translation>„%1“ ist nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria are not met</source>
        <translation>
            <numerusform>%n Kriterium ist nicht erfüllt</numerusform>
            <numerusform>%n Kriterien sind nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition of Done: “%1” is not met</source>
        <translation>Definition of Done: „%1“ ist nicht erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>Definition of Done: %n items are not met</source>
        <translation>
            <numerusform>Definition of Done: %n Punkt ist nicht erfüllt</numerusform>
            <numerusform>Definition of Done: %n Punkte sind nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not judged yet</source>
        <translation>„%1“ ist noch nicht beurteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria not judged yet</source>
        <translation>
            <numerusform>%n Kriterium noch nicht beurteilt</numerusform>
            <numerusform>%n Kriterien noch nicht beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition of Done: “%1” not ticked</source>
        <translation>Definition of Done: „%1“ nicht abgehakt</translation>
    </message>
    <message numerus="yes">
        <source>Definition of Done: %n items not ticked</source>
        <translation>
            <numerusform>Definition of Done: %n Punkt nicht abgehakt</numerusform>
            <numerusform>Definition of Done: %n Punkte nicht abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons why a story cannot be accepted yet, one after the other</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Nothing is marked not met: mark what the work misses before rejecting it.</source>
        <translation>Nichts ist als nicht erfüllt markiert: Markieren Sie, was der Arbeit fehlt, bevor Sie sie ablehnen.</translation>
    </message>
    <message>
        <source>Say why the work is rejected.</source>
        <translation>Sagen Sie, warum die Arbeit abgelehnt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Say more about why the work is rejected: at least %n letters.</source>
        <extracomment>%n the letters a rejection reason needs at least</extracomment>
        <translation>
            <numerusform>Sagen Sie mehr dazu, warum die Arbeit abgelehnt wird: mindestens %n Buchstabe.</numerusform>
            <numerusform>Sagen Sie mehr dazu, warum die Arbeit abgelehnt wird: mindestens %n Buchstaben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::ReviewMode</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Abnehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>A note on this item for the review, e.g. what the stakeholders said</source>
        <translation>Eine Notiz zu diesem Eintrag für das Review, z. B. was die Stakeholder sagten</translation>
    </message>
    <message>
        <source>For a rejection: what is needed for acceptance, specifically</source>
        <translation>Für eine Ablehnung: was konkret für die Abnahme nötig ist</translation>
    </message>
    <message>
        <source>Accept the item (Ctrl+Return): every criterion and every item of the Definition of Done is met</source>
        <translation>Den Eintrag abnehmen (Ctrl+Return): Jedes Kriterium und jeder Punkt der Definition of Done ist erfüllt</translation>
    </message>
    <message>
        <source>Reject the item: it goes on in the sprint as Rejected, and the close returns it to the backlog</source>
        <translation>Den Eintrag ablehnen: Er bleibt als Abgelehnt im Sprint, und der Abschluss legt ihn zurück ins Backlog</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Definition of Done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>Notes and decision</source>
        <translation>Notizen und Entscheidung</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Abgenommen</translation>
    </message>
    <message>
        <source>✗ Rejected</source>
        <translation>✗ Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf das Review</translation>
    </message>
    <message numerus="yes">
        <source>%1 review: %2 of %n item(s) judged</source>
        <translation>
            <numerusform>Review von %1: %2 von %n Eintrag beurteilt</numerusform>
            <numerusform>Review von %1: %2 von %n Einträgen beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>No sprint is running. Start one in Planning; its finished items are reviewed here.</source>
        <translation>Es läuft kein Sprint. Starten Sie einen in der Planung; seine fertigen Einträge werden hier abgenommen.</translation>
    </message>
    <message>
        <source>Nothing is done yet in %1: items reach the review when the team moves them to Done.</source>
        <translation>In %1 ist noch nichts fertig: Einträge kommen ins Review, wenn das Team sie auf Fertig schiebt.</translation>
    </message>
    <message>
        <source>As a %1, I want %2, so that %3.</source>
        <translation>Als %1 möchte ich %2, damit %3.</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Success metric: %1 (from %2 to %3)</source>
        <translation>Erfolgsmetrik: %1 (von %2 auf %3)</translation>
    </message>
    <message>
        <source>Changed since it was judged: look at it again.</source>
        <translation>Seit der Beurteilung geändert: Sehen Sie es sich erneut an.</translation>
    </message>
    <message>
        <source>This item has no acceptance criteria.</source>
        <translation>Dieser Eintrag hat keine Akzeptanzkriterien.</translation>
    </message>
    <message>
        <source>This sprint agreed on no Definition of Done.</source>
        <translation>Dieser Sprint hat keine Definition of Done vereinbart.</translation>
    </message>
    <message>
        <source>Rejected: %1. Needed for acceptance: %2</source>
        <translation>Abgelehnt: %1. Für die Abnahme nötig: %2</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Abgenommen.</translation>
    </message>
    <message>
        <source>Rejected: the team reworks it; move it to Done on the board to judge it again.</source>
        <translation>Abgelehnt: Das Team überarbeitet ihn; schieben Sie ihn auf dem Board auf Fertig, um ihn erneut zu beurteilen.</translation>
    </message>
    <message>
        <source>Everything is met: accept it, or decide later.</source>
        <translation>Alles ist erfüllt: Nehmen Sie ihn ab oder entscheiden Sie später.</translation>
    </message>
    <message>
        <source>Say what is needed for acceptance to reject it.</source>
        <translation>Sagen Sie, was für die Abnahme nötig ist, um ihn abzulehnen.</translation>
    </message>
    <message>
        <source>Accepted: the next item waits.</source>
        <translation>Abgenommen: Der nächste Eintrag wartet.</translation>
    </message>
    <message>
        <source>&amp;Close Sprint…</source>
        <translation>Sprint &amp;abschließen…</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>Why, in one sentence</source>
        <translation>Warum, in einem Satz</translation>
    </message>
    <message>
        <source>Close the sprint: each item not done goes to the top of the backlog, the next sprint or its old place</source>
        <translation>Den Sprint abschließen: Jeder nicht fertige Eintrag geht an den Anfang des Backlogs, in den nächsten Sprint oder an seinen alten Platz</translation>
    </message>
    <message>
        <source>Sprint &amp;goal met?</source>
        <translation>Sprint-&amp;Ziel erreicht?</translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation>Sprint-Ziel</translation>
    </message>
    <message>
        <source>Every item of the sprint is done.</source>
        <translation>Jeder Eintrag des Sprints ist fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not done: the close returns them to the backlog or the next sprint.</source>
        <translation>
            <numerusform>%n Eintrag nicht fertig: Der Abschluss legt ihn zurück ins Backlog oder in den nächsten Sprint.</numerusform>
            <numerusform>%n Einträge nicht fertig: Der Abschluss legt sie zurück ins Backlog oder in den nächsten Sprint.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint goal was set.</source>
        <translation>Es wurde kein Sprint-Ziel gesetzt.</translation>
    </message>
    <message>
        <source>New Item from &amp;Feedback…</source>
        <translation>Neuer Eintrag aus &amp;Feedback…</translation>
    </message>
    <message>
        <source>Sprint Review &amp;Report…</source>
        <translation>Sprint-Review-&amp;Bericht…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Write down what a stakeholder asked for at the review as a new Product Backlog item</source>
        <translation>Was ein Stakeholder im Review gewünscht hat, als neuen Product-Backlog-Eintrag festhalten</translation>
    </message>
    <message>
        <source>The review for stakeholders: goal, accepted and rejected items, velocity, forecast and charts, as PDF, HTML, print or Markdown</source>
        <translation>Das Review für Stakeholder: Ziel, abgenommene und abgelehnte Einträge, Velocity, Prognose und Diagramme, als PDF, HTML, Ausdruck oder Markdown</translation>
    </message>
    <message>
        <source>Feedback is written down at a sprint review: start a sprint first.</source>
        <translation>Feedback wird im Sprint Review festgehalten: Starten Sie zuerst einen Sprint.</translation>
    </message>
    <message>
        <source>Write what was asked for and who asked.</source>
        <translation>Schreiben Sie, was gewünscht wurde und wer gefragt hat.</translation>
    </message>
    <message>
        <source>“%1” from %2 is in the Product Backlog.</source>
        <translation>„%1“ von %2 ist im Product Backlog.</translation>
    </message>
</context>
<context>
    <name>Ordo::ReviewOperations</name>
    <message>
        <source>The Product Backlog item is no longer in the backlog.</source>
        <translation>Der Product-Backlog-Eintrag ist nicht mehr im Backlog.</translation>
    </message>
    <message>
        <source>“%1” is in no sprint: the review judges the work of a sprint.</source>
        <translation>„%1“ ist in keinem Sprint: Das Review beurteilt die Arbeit eines Sprints.</translation>
    </message>
    <message>
        <source>“%1” is not running: its review is over.</source>
        <translation>„%1“ läuft nicht: Sein Review ist vorbei.</translation>
    </message>
    <message>
        <source>“%1” is not done yet: the team finishes it before it is accepted.</source>
        <translation>„%1“ ist noch nicht fertig: Das Team stellt ihn fertig, bevor er abgenommen wird.</translation>
    </message>
    <message>
        <source>“%1” cannot be accepted: %2.</source>
        <translation>„%1“ kann nicht abgenommen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not done yet: there is nothing to reject.</source>
        <translation>„%1“ ist noch nicht fertig: Es gibt nichts abzulehnen.</translation>
    </message>
    <message>
        <source>Rejected at the review of %1: %2</source>
        <translation>Im Review von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>“%1” was rejected: the team reworks it and moves it to Done before it is judged again.</source>
        <translation>„%1“ wurde abgelehnt: Das Team überarbeitet ihn und schiebt ihn auf Fertig, bevor er erneut beurteilt wird.</translation>
    </message>
</context>
<context>
    <name>Ordo::RoadmapChart</name>
    <message>
        <source>Roadmap: when will each epic be ready?</source>
        <translation>Roadmap: Wann ist jedes Epic fertig?</translation>
    </message>
    <message>
        <source>Sprints to come</source>
        <translation>Kommende Sprints</translation>
    </message>
    <message>
        <source>No epic has unfinished work: add items to an epic to see it on the roadmap.</source>
        <translation>Kein Epic hat unerledigte Arbeit: Ordnen Sie einem Epic Einträge zu, um es auf der Roadmap zu sehen.</translation>
    </message>
    <message>
        <source>Close a sprint to see the roadmap: it draws on the velocity of the last closed sprints.</source>
        <translation>Schließen Sie einen Sprint ab, um die Roadmap zu sehen: Sie stützt sich auf die Velocity der letzten abgeschlossenen Sprints.</translation>
    </message>
    <message>
        <source>Likely (50%)</source>
        <translation>Wahrscheinlich (50 %)</translation>
    </message>
    <message>
        <source>Possible (85%)</source>
        <translation>Möglich (85 %)</translation>
    </message>
    <message>
        <source>%1: 50% likely by %2 (%3), 85% likely by %4 (%5)</source>
        <translation>%1: mit 50 % Wahrscheinlichkeit bis %2 (%3), mit 85 % bis %4 (%5)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>Ordo::ScopeChangeDialog</name>
    <message>
        <source>Add to the Running Sprint</source>
        <translation>Zum laufenden Sprint hinzufügen</translation>
    </message>
    <message>
        <source>Take Out of the Running Sprint</source>
        <translation>Aus dem laufenden Sprint herausnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 points, into “%2”, which is running.</source>
        <translation>
            <numerusform>%n Eintrag mit %1 Punkten in den laufenden Sprint „%2“.</numerusform>
            <numerusform>%n Einträge mit %1 Punkten in den laufenden Sprint „%2“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 points, out of “%2”, which is running.</source>
        <translation>
            <numerusform>%n Eintrag mit %1 Punkten aus dem laufenden Sprint „%2“.</numerusform>
            <numerusform>%n Einträge mit %1 Punkten aus dem laufenden Sprint „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The sprint has no capacity set, so Ordo cannot say what no longer fits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für den Sprint ist keine Kapazität gesetzt, daher kann Ordo nicht sagen, was nicht mehr passt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sprint would hold &lt;b&gt;%1 points&lt;/b&gt;, &lt;b&gt;%2 above&lt;/b&gt; its capacity of %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Sprint hätte dann &lt;b&gt;%1 Punkte&lt;/b&gt;, &lt;b&gt;%2 über&lt;/b&gt; seiner Kapazität von %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now unlikely to finish, from the bottom of the sprint:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jetzt vermutlich nicht mehr fertig, vom Ende des Sprints her:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It still fits: the sprint would hold %1 of its %2 points.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es passt noch: Der Sprint hätte dann %1 seiner %2 Punkte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why the scope changes, for the decision log, e.g. “Checkout is down for card payments: fixing it beats the sprint goal”</source>
        <translation>Warum sich der Scope ändert, für das Entscheidungsprotokoll, z. B. „Der Checkout fällt bei Kartenzahlungen aus: Die Behebung geht vor das Sprint-Ziel“</translation>
    </message>
    <message>
        <source>Add to Sprint</source>
        <translation>Zum Sprint hinzufügen</translation>
    </message>
    <message>
        <source>Take Out</source>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>Ordo::ScoreDialog</name>
    <message>
        <source>Serves the Product Goal</source>
        <translation>Dient dem Produktziel</translation>
    </message>
    <message numerus="yes">
        <source>Score %n Item(s)</source>
        <translation>
            <numerusform>%n Eintrag bewerten</numerusform>
            <numerusform>%n Einträge bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the scores the %n selected item(s) share. Fields left at “Keep as is” do not change.</source>
        <translation>
            <numerusform>Die Bewertung für den ausgewählten Eintrag setzen. Felder auf „Beibehalten“ ändern sich nicht.</numerusform>
            <numerusform>Die gemeinsame Bewertung der %n ausgewählten Einträge setzen. Felder auf „Beibehalten“ ändern sich nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as is</source>
        <extracomment>A field of the Score dialog that stays as each item has it</extracomment>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>Risk reduction / opportunity enablement</source>
        <translation>Risikominderung / Chancenermöglichung</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Jobgröße</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Partly checked keeps each item as it is.</source>
        <translation>Teilweise angekreuzt lässt jeden Eintrag, wie er ist.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
</context>
<context>
    <name>Ordo::Scoring</name>
    <message>
        <source>business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <source>time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>risk reduction</source>
        <translation>Risikominderung</translation>
    </message>
    <message>
        <source>job size or estimate</source>
        <translation>Jobgröße oder Schätzung</translation>
    </message>
    <message>
        <source>WSJF needs %1.</source>
        <extracomment>%1 is a list such as &quot;business value, time criticality&quot;</extracomment>
        <translation>WSJF braucht %1.</translation>
    </message>
    <message>
        <source>WSJF needs a job size above zero.</source>
        <translation>WSJF braucht eine Jobgröße über null.</translation>
    </message>
</context>
<context>
    <name>Ordo::ScoringEditor</name>
    <message>
        <source>Not scored</source>
        <extracomment>A score that has not been given</extracomment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Serves the Product Goal</source>
        <translation>Dient dem Produktziel</translation>
    </message>
    <message>
        <source>Business value: how much users or the business gain</source>
        <translation>Geschäftswert: wie viel Nutzer oder das Geschäft gewinnen</translation>
    </message>
    <message>
        <source>Time criticality: how fast the value decays if we wait</source>
        <translation>Zeitkritikalität: wie schnell der Wert verfällt, wenn wir warten</translation>
    </message>
    <message>
        <source>Risk reduction / opportunity enablement: what doing it de-risks or makes possible</source>
        <translation>Risikominderung / Chancenermöglichung: welches Risiko es senkt oder was es möglich macht</translation>
    </message>
    <message>
        <source>Items under an epic that serves the Product Goal serve it too.</source>
        <translation>Einträge unter einem Epic, das dem Produktziel dient, dienen ihm auch.</translation>
    </message>
    <message>
        <source>BV</source>
        <extracomment>Short labels of the WSJF inputs: business value, time criticality, risk reduction</extracomment>
        <translation>GW</translation>
    </message>
    <message>
        <source>TC</source>
        <translation>ZK</translation>
    </message>
    <message>
        <source>RR|OE</source>
        <translation>RM|CE</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>Verzögerungskosten</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Jobgröße</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>the estimate, %1</source>
        <translation>die Schätzung, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;WSJF %1&lt;/b&gt; = cost of delay %2 ÷ job size %3</source>
        <extracomment>%1 the WSJF score, %2 cost of delay, %3 job size</extracomment>
        <translation>&lt;b&gt;WSJF %1&lt;/b&gt; = Verzögerungskosten %2 ÷ Jobgröße %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value/effort %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nutzen/Aufwand %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Value/effort needs a value and an effort above zero.</source>
        <translation>Nutzen/Aufwand braucht einen Nutzen und einen Aufwand über null.</translation>
    </message>
</context>
<context>
    <name>Ordo::SearchQuery</name>
    <message>
        <source>“%1” is not a key of this product.</source>
        <translation>„%1“ ist kein Schlüssel dieses Produkts.</translation>
    </message>
    <message>
        <source>No item type is called “%1”.</source>
        <translation>Kein Eintragstyp heißt „%1“.</translation>
    </message>
    <message>
        <source>No status is called “%1”.</source>
        <translation>Kein Status heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>Ordo::Server</name>
    <message>
        <source>The roles of the product cannot be made (the user needs the right to create roles): %1</source>
        <translation>Die Rollen des Produkts können nicht angelegt werden (der Benutzer braucht das Recht, Rollen anzulegen): %1</translation>
    </message>
    <message>
        <source>The database “%1” does not exist, and “%2” may not create databases: ask the server&apos;s administrator to create it (empty).</source>
        <translation>Die Datenbank „%1“ existiert nicht, und „%2“ darf keine Datenbanken anlegen: Bitten Sie die Administration des Servers, sie (leer) anzulegen.</translation>
    </message>
    <message>
        <source>The database “%1” is not empty: a product is published into an empty database. It was left as it is.</source>
        <translation>Die Datenbank „%1“ ist nicht leer: Ein Produkt wird in eine leere Datenbank veröffentlicht. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Product Owner</source>
        <translation>Product Owner</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Could not publish “%1” to “%2”: %3</source>
        <translation>„%1“ konnte nicht auf „%2“ veröffentlicht werden: %3</translation>
    </message>
    <message>
        <source>it is on a server already; publish a product file.</source>
        <translation>es liegt bereits auf einem Server; veröffentlichen Sie eine Produktdatei.</translation>
    </message>
    <message>
        <source>Publishing “%1” was cancelled; “%2” was left as it was.</source>
        <translation>Das Veröffentlichen von „%1“ wurde abgebrochen; „%2“ blieb, wie es war.</translation>
    </message>
    <message>
        <source>“%1” holds no role in the product “%2”.</source>
        <translation>„%1“ hat keine Rolle im Produkt „%2“.</translation>
    </message>
    <message>
        <source>Could not make “%1” %2 of “%3”: %4</source>
        <translation>„%1“ konnte nicht zu %2 von „%3“ gemacht werden: %4</translation>
    </message>
    <message>
        <source>only the Product Owner gives roles, and “%1” is %2 there.</source>
        <translation>nur der Product Owner vergibt Rollen, und „%1“ ist dort %2.</translation>
    </message>
    <message>
        <source>the database holds no product published by Ordo (it has no roles).</source>
        <translation>die Datenbank enthält kein von Ordo veröffentlichtes Produkt (sie hat keine Rollen).</translation>
    </message>
    <message>
        <source>the server has no user “%1”. Ordo does not create users: ask the server&apos;s administrator to create the login, then give it a role.</source>
        <translation>der Server hat keinen Benutzer „%1“. Ordo legt keine Benutzer an: Bitten Sie die Administration des Servers, das Login anzulegen, und geben Sie ihm dann eine Rolle.</translation>
    </message>
</context>
<context>
    <name>Ordo::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the backlog</source>
        <translation>Im Backlog</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Pick the type in quick add</source>
        <translation>Typ beim schnellen Hinzufügen wählen</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+6</source>
        <translation>Alt+1 … Alt+6</translation>
    </message>
    <message>
        <source>Close quick add</source>
        <translation>Schnelles Hinzufügen schließen</translation>
    </message>
    <message>
        <source>Everything in Ordo can be done from the keyboard. Drag and drop works too: drag items to reorder them, or onto an epic.</source>
        <translation>In Ordo geht alles über die Tastatur. Ziehen und Ablegen geht auch: Einträge ziehen, um sie umzuordnen oder einem Epic zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>Ordo::SplitStoryDialog</name>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>&amp;Archive the original; the parts replace it</source>
        <translation>Original &amp;archivieren; die Teile ersetzen es</translation>
    </message>
    <message>
        <source>&amp;Keep the original as an epic above the parts</source>
        <translation>Original als Epic über den Teilen &amp;behalten</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1 aufteilen</translation>
    </message>
    <message>
        <source>Split “%1” into smaller stories that each deliver value on their own. The parts take its place in the backlog and its epic.</source>
        <translation>„%1“ in kleinere Storys aufteilen, die jeweils für sich Wert liefern. Die Teile übernehmen seinen Platz im Backlog und sein Epic.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Add a &amp;Part</source>
        <translation>&amp;Teil hinzufügen</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>This story has no acceptance criteria to divide.</source>
        <translation>Diese Story hat keine Akzeptanzkriterien zum Aufteilen.</translation>
    </message>
    <message>
        <source>The original story</source>
        <translation>Die ursprüngliche Story</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <extracomment>Default title of a part of a split story: %1 the original title, %2 the part number</extracomment>
        <translation>%1 (Teil %2)</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>Every part needs a title.</source>
        <translation>Jeder Teil braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>The sprint no longer exists.</source>
        <translation>Der Sprint existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is over: it can no longer be changed.</source>
        <translation>„%1“ ist vorbei: Er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Only a planned sprint can be deleted; a sprint that has started is cancelled or closed instead.</source>
        <translation>Nur ein geplanter Sprint kann gelöscht werden; ein gestarteter Sprint wird stattdessen abgebrochen oder abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” still holds items: move them back to the backlog before deleting it.</source>
        <translation>„%1“ enthält noch Einträge: Legen Sie sie vor dem Löschen zurück ins Backlog.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n item(s) into “%1”</source>
        <translation>
            <numerusform>%n Eintrag in „%1“ einplanen</numerusform>
            <numerusform>%n Einträge in „%1“ einplanen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) to the backlog</source>
        <translation>
            <numerusform>%n Eintrag zurück ins Backlog legen</numerusform>
            <numerusform>%n Einträge zurück ins Backlog legen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>„%1“ abbrechen</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>„%1“ abschließen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschieben</numerusform>
            <numerusform>%n Karten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) as serving the sprint goal</source>
        <translation>
            <numerusform>%n Eintrag als dem Sprint-Ziel dienend markieren</numerusform>
            <numerusform>%n Einträge als dem Sprint-Ziel dienend markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n item(s) as serving the sprint goal</source>
        <translation>
            <numerusform>Markierung „dient dem Sprint-Ziel“ von %n Eintrag entfernen</numerusform>
            <numerusform>Markierung „dient dem Sprint-Ziel“ von %n Einträgen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>„%1“ beurteilen</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>„%1“ abnehmen</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>„%1“ ablehnen</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintDialog</name>
    <message>
        <source>The value this sprint delivers, e.g. “Let shoppers split a payment” (not “Finish HRV-12 and HRV-13”)</source>
        <translation>Der Wert, den dieser Sprint liefert, z. B. „Kunden können eine Zahlung aufteilen“ (nicht „HRV-12 und HRV-13 fertigstellen“)</translation>
    </message>
    <message>
        <source>New Sprint</source>
        <translation>Neuer Sprint</translation>
    </message>
    <message>
        <source>Edit Sprint</source>
        <translation>Sprint bearbeiten</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Sprint &amp;goal:</source>
        <translation>Sprint-&amp;Ziel:</translation>
    </message>
    <message>
        <source>Days &amp;off:</source>
        <translation>&amp;Freie Tage:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>New Definition of Done item</source>
        <translation>Neuer Punkt der Definition of Done</translation>
    </message>
    <message>
        <source>What every item of this sprint must meet to be done. A copy of the product&apos;s Definition of Done; it is frozen when the sprint starts, and the review checks it.</source>
        <translation>Was jeder Eintrag dieses Sprints erfüllen muss, um fertig zu sein. Eine Kopie der Definition of Done des Produkts; sie wird beim Start des Sprints eingefroren, und das Review prüft sie.</translation>
    </message>
    <message>
        <source>None was agreed.</source>
        <translation>Es wurde keine vereinbart.</translation>
    </message>
    <message>
        <source>Agreed when the sprint started; it no longer changes.</source>
        <translation>Beim Start des Sprints vereinbart; sie ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Definition of Done:</source>
        <translation>&amp;Definition of Done:</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintMode</name>
    <message>
        <source>C&amp;lose Sprint…</source>
        <translation>Sprint &amp;abschließen…</translation>
    </message>
    <message>
        <source>End the running sprint: decide on its unfinished and unaccepted items</source>
        <translation>Den laufenden Sprint beenden: über seine unfertigen und nicht abgenommenen Einträge entscheiden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sprint…</source>
        <translation>Sprint abbre&amp;chen…</translation>
    </message>
    <message>
        <source>Cancel the running sprint because its goal became obsolete</source>
        <translation>Den laufenden Sprint abbrechen, weil sein Ziel hinfällig geworden ist</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Go to Planning</source>
        <translation>Zur Planung</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by %n unfinished item(s)</source>
        <translation>
            <numerusform>Blockiert von %n unfertigen Eintrag</numerusform>
            <numerusform>Blockiert von %n unfertigen Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint is running. “%1” is planned: start it in Planning mode.</source>
        <translation>Kein Sprint läuft. „%1“ ist geplant: Starten Sie ihn im Modus Planung.</translation>
    </message>
    <message>
        <source>No sprint is running. Plan one in Planning mode: pull the top of the backlog into a sprint, set its goal, and start it.</source>
        <translation>Kein Sprint läuft. Planen Sie einen im Modus Planung: Holen Sie die Spitze des Backlogs in einen Sprint, setzen Sie sein Ziel und starten Sie ihn.</translation>
    </message>
    <message>
        <source>All epics</source>
        <translation>Alle Epics</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · %n working day(s) left</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · noch %n Arbeitstag</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 – %3 · noch %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>No sprint goal</source>
        <translation>Kein Sprint-Ziel</translation>
    </message>
    <message>
        <source>Committed %1 · done %2 · remaining %3 points</source>
        <translation>Zugesagt %1 · fertig %2 · offen %3 Punkte</translation>
    </message>
    <message>
        <source> · scope now %1</source>
        <translation> · Scope jetzt %1</translation>
    </message>
    <message>
        <source>This file has more than one active sprint (it was edited outside Ordo). The board shows “%1”; close or cancel the others from here once this one ends, or cancel this one now.</source>
        <translation>Diese Datei hat mehr als einen aktiven Sprint (sie wurde außerhalb von Ordo bearbeitet). Das Board zeigt „%1“; schließen Sie die anderen von hier aus ab oder brechen Sie sie ab, sobald dieser endet, oder brechen Sie diesen jetzt ab.</translation>
    </message>
    <message>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 Pkt.</translation>
    </message>
    <message>
        <source>Over the WIP limit of %1: finish work before starting more.</source>
        <translation>Über dem WIP-Limit von %1: Erst Arbeit abschließen, dann neue beginnen.</translation>
    </message>
    <message>
        <source>WIP limit %1 (a hint, not a block)</source>
        <translation>WIP-Limit %1 (ein Hinweis, keine Sperre)</translation>
    </message>
    <message numerus="yes">
        <source> · %n card(s)</source>
        <translation>
            <numerusform> · %n Karte</numerusform>
            <numerusform> · %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed “%1”; Undo reopens it</source>
        <translation>„%1“ abgeschlossen; Rückgängig öffnet ihn wieder</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelling is the Product Owner&apos;s call when the sprint goal became obsolete. The unaccepted items return to the top of the backlog in their order.

Why is “%1” cancelled? (for the decision log)</source>
        <translation>Den Sprint abzubrechen entscheidet der Product Owner, wenn das Sprint-Ziel hinfällig geworden ist. Die nicht abgenommenen Einträge kehren in ihrer Reihenfolge an den Anfang des Backlogs zurück.

Warum wird „%1“ abgebrochen? (für das Entscheidungsprotokoll)</translation>
    </message>
    <message>
        <source>A sprint is cancelled only with a reason: nothing was changed.</source>
        <translation>Ein Sprint wird nur mit Begründung abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled “%1”; its items are at the top of the backlog</source>
        <translation>„%1“ abgebrochen; seine Einträge stehen am Anfang des Backlogs</translation>
    </message>
    <message>
        <source>Filter by title or key</source>
        <translation>Nach Titel oder Schlüssel filtern</translation>
    </message>
    <message>
        <source> · %1/%2 WIP</source>
        <extracomment>A board column&apos;s card count against its WIP limit</extracomment>
        <translation> · %1/%2 WIP</translation>
    </message>
    <message>
        <source>an item no longer in the backlog</source>
        <translation>ein Eintrag, der nicht mehr im Backlog ist</translation>
    </message>
    <message numerus="yes">
        <source>The sprint goal is at risk: the items serving it need %1 more points, and at the pace so far (%2 points a day) the %n working day(s) left finish about %3.</source>
        <translation>
            <numerusform>Das Sprint-Ziel ist gefährdet: Die ihm dienenden Einträge brauchen noch %1 Punkte, und beim bisherigen Tempo (%2 Punkte pro Tag) schafft der verbleibende %n Arbeitstag etwa %3.</numerusform>
            <numerusform>Das Sprint-Ziel ist gefährdet: Die ihm dienenden Einträge brauchen noch %1 Punkte, und beim bisherigen Tempo (%2 Punkte pro Tag) schaffen die verbleibenden %n Arbeitstage etwa %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item left serves the goal: talk with the team about the scope now.</source>
        <translation>Jeder verbleibende Eintrag dient dem Ziel: Sprechen Sie jetzt mit dem Team über den Scope.</translation>
    </message>
    <message>
        <source>Items not serving the goal that could give way: %1.</source>
        <translation>Einträge, die nicht dem Ziel dienen und weichen könnten: %1.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Items are reviewed once they are done</source>
        <translation>Einträge werden beurteilt, sobald sie fertig sind</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintOperations</name>
    <message>
        <source>An item is no longer in the backlog: it was archived or deleted.</source>
        <translation>Ein Eintrag ist nicht mehr im Backlog: Er wurde archiviert oder gelöscht.</translation>
    </message>
    <message>
        <source>Added to %1 after its start: %2</source>
        <translation>Nach dem Start zu %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Removed from %1 after its start: %2</source>
        <translation>Nach dem Start aus %1 entfernt: %2</translation>
    </message>
    <message>
        <source>The sprint no longer exists.</source>
        <translation>Der Sprint existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is over: its items are frozen.</source>
        <translation>„%1“ ist vorbei: Seine Einträge sind eingefroren.</translation>
    </message>
    <message>
        <source>“%1” is archived: restore it before planning it.</source>
        <translation>„%1“ ist archiviert: Stellen Sie ihn wieder her, bevor Sie ihn einplanen.</translation>
    </message>
    <message>
        <source>“%1” is an epic: pull its stories into the sprint instead.</source>
        <translation>„%1“ ist ein Epic: Holen Sie stattdessen seine Storys in den Sprint.</translation>
    </message>
    <message>
        <source>“%1” is already finished.</source>
        <translation>„%1“ ist bereits fertig.</translation>
    </message>
    <message>
        <source>“%1” belongs to “%2”, which has started.</source>
        <translation>„%1“ gehört zu „%2“, der bereits gestartet ist.</translation>
    </message>
    <message>
        <source>Adding work to a running sprint is a scope change: say why, for the decision log.</source>
        <translation>Arbeit in einen laufenden Sprint aufzunehmen ist eine Scope-Änderung: Sagen Sie warum, für das Entscheidungsprotokoll.</translation>
    </message>
    <message>
        <source>“%1” was accepted in its sprint and stays there.</source>
        <translation>„%1“ wurde in seinem Sprint abgenommen und bleibt dort.</translation>
    </message>
    <message>
        <source>Taking work out of a running sprint is a scope change: say why, for the decision log.</source>
        <translation>Arbeit aus einem laufenden Sprint herauszunehmen ist eine Scope-Änderung: Sagen Sie warum, für das Entscheidungsprotokoll.</translation>
    </message>
    <message>
        <source>“%1” is not a planned sprint.</source>
        <translation>„%1“ ist kein geplanter Sprint.</translation>
    </message>
    <message>
        <source>“%1” is still running: close or cancel it before starting another.</source>
        <translation>„%1“ läuft noch: Schließen Sie ihn ab oder brechen Sie ihn ab, bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <source>“%1” is already over.</source>
        <translation>„%1“ ist bereits vorbei.</translation>
    </message>
    <message>
        <source>Cancelling a sprint needs a reason, for the decision log.</source>
        <translation>Das Abbrechen eines Sprints braucht eine Begründung, für das Entscheidungsprotokoll.</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Only the active sprint can be closed; “%1” is not running.</source>
        <translation>Nur der aktive Sprint kann abgeschlossen werden; „%1“ läuft nicht.</translation>
    </message>
    <message>
        <source>“%1” is done but not accepted: accept it, or count it as not done, before closing.</source>
        <translation>„%1“ ist fertig, aber nicht abgenommen: Nehmen Sie ihn vor dem Abschließen ab oder werten Sie ihn als nicht fertig.</translation>
    </message>
    <message>
        <source>“%1” is not a column of the board.</source>
        <translation>„%1“ ist keine Spalte des Boards.</translation>
    </message>
    <message>
        <source>“%1” is not in the active sprint.</source>
        <translation>„%1“ ist nicht im aktiven Sprint.</translation>
    </message>
    <message>
        <source>“%1” is accepted: its work is finished.</source>
        <translation>„%1“ ist abgenommen: Seine Arbeit ist erledigt.</translation>
    </message>
    <message>
        <source>“%1” is in no sprint.</source>
        <translation>„%1“ ist in keinem Sprint.</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintPlanning</name>
    <message>
        <source>Sprint %1</source>
        <extracomment>The default name of a new sprint; %1 is its number</extracomment>
        <translation>Sprint %1</translation>
    </message>
    <message>
        <source>A sprint needs a name.</source>
        <translation>Ein Sprint braucht einen Namen.</translation>
    </message>
    <message>
        <source>A sprint must end on or after its first day.</source>
        <translation>Ein Sprint muss an oder nach seinem ersten Tag enden.</translation>
    </message>
    <message>
        <source>A sprint&apos;s capacity cannot be negative.</source>
        <translation>Die Kapazität eines Sprints kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” would overlap “%2”, which runs from %3 to %4.</source>
        <translation>„%1“ würde sich mit „%2“ überschneiden, der vom %3 bis zum %4 läuft.</translation>
    </message>
    <message>
        <source>“%1” is already running: one sprint at a time is active.</source>
        <translation>„%1“ läuft bereits: Es ist immer nur ein Sprint aktiv.</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintReport</name>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>**%1 review** · %2</source>
        <translation>**Review von %1** · %2</translation>
    </message>
    <message>
        <source>**Sprint goal:** %1 (%2)</source>
        <translation>**Sprint-Ziel:** %1 (%2)</translation>
    </message>
    <message>
        <source>— from %1</source>
        <translation>— von %1</translation>
    </message>
    <message numerus="yes">
        <source>**Accepted:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Abgenommen:** %n Eintrag, %1 Punkte</numerusform>
            <numerusform>**Abgenommen:** %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Rejected:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Abgelehnt:** %n Eintrag, %1 Punkte</numerusform>
            <numerusform>**Abgelehnt:** %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Not done:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Nicht fertig:** %n Eintrag, %1 Punkte</numerusform>
            <numerusform>**Nicht fertig:** %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Not accepted yet:** %n item(s), %1 points</source>
        <translation>
            <numerusform>**Noch nicht abgenommen:** %n Eintrag, %1 Punkte</numerusform>
            <numerusform>**Noch nicht abgenommen:** %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Feedback:** %n new item(s) in the Product Backlog</source>
        <translation>
            <numerusform>**Feedback:** %n neuer Eintrag im Product Backlog</numerusform>
            <numerusform>**Feedback:** %n neue Einträge im Product Backlog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>**Velocity:** %1 points on average over the last %n sprint(s) (%2–%3)</source>
        <translation>
            <numerusform>**Velocity:** %1 Punkte im Schnitt über den letzten Sprint (%2–%3)</numerusform>
            <numerusform>**Velocity:** %1 Punkte im Schnitt über die letzten %n Sprints (%2–%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>**Forecast:** %1</source>
        <translation>**Prognose:** %1</translation>
    </message>
</context>
<context>
    <name>Ordo::SprintsModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A sprint&apos;s first and last day, short</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date of a sprint list</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No sprint goal yet</source>
        <translation>Noch kein Sprint-Ziel</translation>
    </message>
    <message>
        <source>Closed sprints: the points accepted by the close (the velocity). Active: the points done so far.</source>
        <translation>Abgeschlossene Sprints: die beim Abschluss abgenommenen Punkte (die Velocity). Aktiv: die bisher fertigen Punkte.</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sprint Goal</source>
        <translation>Sprint-Ziel</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Ordo::StakeholderReport</name>
    <message numerus="yes">
        <source>Average velocity over the last %n sprint(s): %1 points (from %2 to %3).</source>
        <translation>
            <numerusform>Velocity im Schnitt über den letzten Sprint: %1 Punkte (von %2 bis %3).</numerusform>
            <numerusform>Velocity im Schnitt über die letzten %n Sprints: %1 Punkte (von %2 bis %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such sprint in this product.</source>
        <translation>Diesen Sprint gibt es in diesem Produkt nicht.</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Review von %1</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4</source>
        <translation>%1 · %2 bis %3 · %4</translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation>Sprint-Ziel</translation>
    </message>
    <message>
        <source>The sprint had no goal.</source>
        <translation>Der Sprint hatte kein Ziel.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht fertig</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Noch nicht abgenommen</translation>
    </message>
    <message>
        <source>Committed at the start</source>
        <translation>Zu Beginn zugesagt</translation>
    </message>
    <message>
        <source>Velocity of this sprint</source>
        <translation>Velocity dieses Sprints</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %n item(s), %1 points</source>
        <translation>
            <numerusform>Abgenommen: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Abgenommen: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted.</source>
        <translation>Nichts wurde abgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), %1 points</source>
        <translation>
            <numerusform>Abgelehnt: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Abgelehnt: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>What acceptance needs</source>
        <translation>Was für die Abnahme nötig ist</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n item(s), %1 points</source>
        <translation>
            <numerusform>Nicht fertig: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Nicht fertig: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted yet: %n item(s), %1 points</source>
        <translation>
            <numerusform>Noch nicht abgenommen: %n Eintrag, %1 Punkte</numerusform>
            <numerusform>Noch nicht abgenommen: %n Einträge, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accepted stories with a success metric reached its target.</source>
        <translation>
            <numerusform>%1 von %n abgenommenen Story mit Erfolgsmetrik hat ihr Ziel erreicht.</numerusform>
            <numerusform>%1 von %n abgenommenen Storys mit Erfolgsmetrik haben ihr Ziel erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted story of this sprint has a success metric with a target.</source>
        <translation>Keine abgenommene Story dieses Sprints hat eine Erfolgsmetrik mit Ziel.</translation>
    </message>
    <message>
        <source>Rejected at the review: %1 of the items judged.</source>
        <translation>Im Review abgelehnt: %1 der beurteilten Einträge.</translation>
    </message>
    <message>
        <source>Business value delivered: %1.</source>
        <translation>Gelieferter Geschäftswert: %1.</translation>
    </message>
    <message>
        <source>Outcome measures are counted when the sprint is closed.</source>
        <translation>Ergebniskennzahlen werden gezählt, wenn der Sprint abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No feedback was written down at this review.</source>
        <translation>In diesem Review wurde kein Feedback festgehalten.</translation>
    </message>
    <message>
        <source>New items in the Product Backlog from what stakeholders said at the review:</source>
        <translation>Neue Einträge im Product Backlog aus dem, was Stakeholder im Review gesagt haben:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>%1 · Product dashboard</source>
        <translation>%1 · Produkt-Dashboard</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Product Goal</source>
        <translation>Produktziel</translation>
    </message>
    <message>
        <source>No Product Goal is written down yet.</source>
        <translation>Es ist noch kein Produktziel festgehalten.</translation>
    </message>
    <message>
        <source>Current sprint: %1</source>
        <translation>Laufender Sprint: %1</translation>
    </message>
    <message>
        <source>Current sprint</source>
        <translation>Laufender Sprint</translation>
    </message>
    <message>
        <source>No sprint is running.</source>
        <translation>Kein Sprint läuft.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 points done, in %n item(s).</source>
        <translation>
            <numerusform>%1 von %2 Punkten erledigt, in %n Eintrag.</numerusform>
            <numerusform>%1 von %2 Punkten erledigt, in %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top of the Product Backlog</source>
        <translation>Anfang des Product Backlogs</translation>
    </message>
    <message>
        <source>The Product Backlog holds no unfinished item outside a sprint.</source>
        <translation>Das Product Backlog enthält keinen unerledigten Eintrag außerhalb eines Sprints.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>The %1 epics whose work ends first, of %2 with work left.</source>
        <translation>Die %1 Epics, deren Arbeit zuerst endet, von %2 mit offener Arbeit.</translation>
    </message>
    <message>
        <source>No epic has unfinished work.</source>
        <translation>Kein Epic hat unerledigte Arbeit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs velocity</source>
        <translation>Braucht Velocity</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>50% likely by</source>
        <translation>Zu 50 % bis</translation>
    </message>
    <message>
        <source>85% likely by</source>
        <translation>Zu 85 % bis</translation>
    </message>
    <message>
        <source>Release burnup of the Product Goal</source>
        <translation>Release-Burnup des Produktziels</translation>
    </message>
    <message>
        <source>Release burnup</source>
        <translation>Release-Burnup</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>Die Seite ist zu klein für den Bericht.</translation>
    </message>
    <message>
        <source>Could not start drawing the report.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not add a page to the report.</source>
        <translation>Dem Bericht konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Made with Ordo on %1</source>
        <translation>Erstellt mit Ordo am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1”: write the dashboard to a file ending in .html or .pdf.</source>
        <translation>„%1“: Schreiben Sie das Dashboard in eine Datei mit der Endung .html oder .pdf.</translation>
    </message>
    <message>
        <source>“%1”: write the report to a file ending in .pdf, .html or .md.</source>
        <translation>„%1“: Schreiben Sie den Bericht in eine Datei mit der Endung .pdf, .html oder .md.</translation>
    </message>
</context>
<context>
    <name>Ordo::StartPage</name>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>The ordered Product Backlog for Scrum Product Owners</source>
        <translation>Das geordnete Product Backlog für Scrum Product Owner</translation>
    </message>
    <message>
        <source>No product is open. Create one, open a product file, or look around the demo product: a groomed backlog with epics, stories, acceptance criteria and four finished sprints.</source>
        <translation>Kein Produkt ist geöffnet. Legen Sie eines an, öffnen Sie eine Produktdatei oder sehen Sie sich im Demoprodukt um: ein gepflegtes Backlog mit Epics, Stories, Akzeptanzkriterien und vier abgeschlossenen Sprints.</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Product</source>
        <translation>&amp;Demoprodukt öffnen</translation>
    </message>
    <message>
        <source>Recent Products</source>
        <translation>Zuletzt geöffnete Produkte</translation>
    </message>
    <message>
        <source>Products you open appear here.</source>
        <translation>Produkte, die Sie öffnen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>Ordo::Storage</name>
    <message>
        <source>A decision needs a short statement.</source>
        <translation>Eine Entscheidung braucht eine kurze Aussage.</translation>
    </message>
    <message>
        <source>The backlog position “%1” is not valid.</source>
        <translation>Die Backlog-Position „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>A Product Backlog item needs a title.</source>
        <translation>Ein Product-Backlog-Eintrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The product file holds no product.</source>
        <translation>Die Produktdatei enthält kein Produkt.</translation>
    </message>
    <message>
        <source>The Product Backlog item no longer exists.</source>
        <translation>Der Product-Backlog-Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An estimate cannot be negative.</source>
        <translation>Eine Schätzung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An item cannot be its own epic.</source>
        <translation>Ein Eintrag kann nicht sein eigenes Epic sein.</translation>
    </message>
    <message>
        <source>An item cannot depend on itself.</source>
        <translation>Ein Eintrag kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>This dependency would create a cycle: the other item already depends on this one.</source>
        <translation>Diese Abhängigkeit würde einen Zyklus bilden: Der andere Eintrag hängt bereits von diesem ab.</translation>
    </message>
    <message>
        <source>Could not upgrade the product file to format %1: %2</source>
        <translation>Die Produktdatei konnte nicht auf Format %1 umgestellt werden: %2</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Die Datenbank lieferte keine Zeile.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>Die Änderung wurde nicht gespeichert, weil ein Teil davon fehlschlug.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no such acceptance criterion.</source>
        <translation>Dieses Akzeptanzkriterium gibt es nicht.</translation>
    </message>
    <message>
        <source>WSJF inputs take 1, 2, 3, 5, 8, 13 or 20.</source>
        <translation>WSJF-Eingaben nehmen 1, 2, 3, 5, 8, 13 oder 20.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>Eine Bewertung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Could not upgrade the product file to format %1: a reference in the table “%2” points nowhere.</source>
        <translation>Die Produktdatei konnte nicht auf Format %1 umgestellt werden: Ein Verweis in der Tabelle „%2“ zeigt ins Leere.</translation>
    </message>
    <message>
        <source>The table “%1” is not as this step expects.</source>
        <translation>Die Tabelle „%1“ ist nicht so, wie dieser Schritt es erwartet.</translation>
    </message>
    <message>
        <source>The sprint no longer exists.</source>
        <translation>Der Sprint existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only a planned sprint can be deleted; a sprint that has started is cancelled or closed instead.</source>
        <translation>Nur ein geplanter Sprint kann gelöscht werden; ein gestarteter Sprint wird stattdessen abgebrochen oder abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The sprint still holds %n item(s): move them back to the backlog before deleting it.</source>
        <translation>
            <numerusform>Der Sprint enthält noch %n Eintrag: Legen Sie ihn vor dem Löschen zurück ins Backlog.</numerusform>
            <numerusform>Der Sprint enthält noch %n Einträge: Legen Sie sie vor dem Löschen zurück ins Backlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>A measured value must be a number.</source>
        <translation>Ein Messwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>A measurement date needs the value measured on it.</source>
        <translation>Ein Messdatum braucht den an diesem Tag gemessenen Wert.</translation>
    </message>
    <message>
        <source>A measurement cannot be dated in the future (%1).</source>
        <extracomment>%1 is the date the user entered for a success metric&apos;s measurement</extracomment>
        <translation>Eine Messung kann nicht in der Zukunft liegen (%1).</translation>
    </message>
    <message>
        <source>The Definition of Done of “%1” was agreed when it started and no longer changes.</source>
        <translation>Die Definition of Done von „%1“ wurde bei seinem Start vereinbart und ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the Product Backlog was stopped.</source>
        <translation>Das Lesen des Product Backlogs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Someone else changed this Product Backlog item since you read it; your change was not written.</source>
        <translation>Jemand anderes hat diesen Product-Backlog-Eintrag geändert, seit Sie ihn gelesen haben; Ihre Änderung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Someone else put an item at the same place in the backlog at the same moment. Nothing was changed; please try again.</source>
        <translation>Jemand anderes hat im selben Moment einen Eintrag an dieselbe Stelle im Backlog gesetzt. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Could not find a place for the item in the backlog order.</source>
        <translation>Für den Eintrag wurde kein Platz in der Backlog-Reihenfolge gefunden.</translation>
    </message>
</context>
<context>
    <name>Ordo::StoryEditor</name>
    <message>
        <source>Select a Product Backlog item to see and edit all of it here.</source>
        <translation>Wählen Sie einen Product-Backlog-Eintrag, um ihn hier vollständig zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <source>Split this story into smaller ones that take its place</source>
        <translation>Diese Story in kleinere aufteilen, die ihren Platz einnehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>who benefits, e.g. busy parent</source>
        <translation>wer profitiert, z. B. berufstätige Mutter</translation>
    </message>
    <message>
        <source>what they want to do or have</source>
        <translation>was sie tun oder haben möchten</translation>
    </message>
    <message>
        <source>why: the benefit or problem solved</source>
        <translation>warum: der Nutzen oder das gelöste Problem</translation>
    </message>
    <message>
        <source>As a</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>möchte ich</translation>
    </message>
    <message>
        <source>so that</source>
        <translation>damit</translation>
    </message>
    <message>
        <source>Why and context</source>
        <translation>Warum und Kontext</translation>
    </message>
    <message>
        <source>The business reason, who asked, what we know and what we do not know yet</source>
        <translation>Der geschäftliche Grund, wer gefragt hat, was wir wissen und was noch nicht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Story points on the product&apos;s scale; “?” means not estimated yet</source>
        <translation>Story Points auf der Skala des Produkts; „?“ heißt noch nicht geschätzt</translation>
    </message>
    <message>
        <source>comma-separated, e.g. checkout, mobile</source>
        <translation>durch Kommas getrennt, z. B. Kasse, mobil</translation>
    </message>
    <message>
        <source>the stakeholder who asked for it</source>
        <translation>der Stakeholder, der danach gefragt hat</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>e.g. weekly repeat orders</source>
        <translation>z. B. wöchentliche Wiederholungsbestellungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>We believe that … will result in …</source>
        <translation>Wir glauben, dass … zu … führt</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Erfolgsmetrik</translation>
    </message>
    <message>
        <source>Impact hypothesis</source>
        <translation>Wirkungshypothese</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>One scenario per criterion, with Given, When and Then steps. Start a line and press Tab to complete a keyword.</source>
        <translation>Ein Szenario pro Kriterium, mit Given-, When- und Then-Schritten. Beginnen Sie eine Zeile und drücken Sie Tab, um ein Schlüsselwort zu ergänzen.</translation>
    </message>
    <message>
        <source>Move the criterion up</source>
        <translation>Kriterium nach oben</translation>
    </message>
    <message>
        <source>Move the criterion down</source>
        <translation>Kriterium nach unten</translation>
    </message>
    <message>
        <source>Order of the criteria, as the sprint review walks them:</source>
        <translation>Reihenfolge der Kriterien, wie das Sprint Review sie durchgeht:</translation>
    </message>
    <message>
        <source>INVEST</source>
        <translation>INVEST</translation>
    </message>
    <message>
        <source>Tick each quality the story has. Ordo&apos;s hint beside it is a second opinion; it never blocks you.</source>
        <translation>Haken Sie jede Eigenschaft ab, die die Story hat. Ordos Hinweis daneben ist eine zweite Meinung; er blockiert nie.</translation>
    </message>
    <message>
        <source>Definition of Ready</source>
        <translation>Definition of Ready</translation>
    </message>
    <message>
        <source>Definition of Done</source>
        <translation>Definition of Done</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed scenario)</source>
        <translation>(unbenanntes Szenario)</translation>
    </message>
    <message>
        <source>No epic</source>
        <translation>Kein Epic</translation>
    </message>
    <message>
        <source>Split from %1-%2 %3</source>
        <translation>Abgeteilt von %1-%2 %3</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>A dependency in the story editor: key, title, status</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>An archived item</source>
        <translation>Ein archivierter Eintrag</translation>
    </message>
    <message>
        <source>Nothing; this item can be done on its own.</source>
        <translation>Nichts; dieser Eintrag kann für sich erledigt werden.</translation>
    </message>
    <message>
        <source>Ordo agrees</source>
        <translation>Ordo stimmt zu</translation>
    </message>
    <message>
        <source>Ordo disagrees</source>
        <translation>Ordo widerspricht</translation>
    </message>
    <message>
        <source>Epics are refined into smaller items; the Definition of Ready applies to those.</source>
        <translation>Epics werden in kleinere Einträge verfeinert; für diese gilt die Definition of Ready.</translation>
    </message>
    <message>
        <source>Ready for Sprint Planning</source>
        <translation>Bereit für das Sprint Planning</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht bereit</translation>
    </message>
    <message>
        <source>The product has no Definition of Ready rules. Set them in Product Settings.</source>
        <translation>Das Produkt hat keine Regeln für die Definition of Ready. Legen Sie sie in den Produkteinstellungen fest.</translation>
    </message>
    <message>
        <source>No Definition of Done yet. Write it in Product Settings.</source>
        <translation>Noch keine Definition of Done. Schreiben Sie sie in den Produkteinstellungen.</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorisierung</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b91c1c&quot;&gt;&lt;b&gt;Error&lt;/b&gt;&lt;/span&gt; on &lt;a href=&quot;%1&quot;&gt;line %1&lt;/a&gt;: %2</source>
        <extracomment>A syntax error in the acceptance criteria; %1 is the line number, %2 the message</extracomment>
        <translation>&lt;span style=&quot;color:#b91c1c&quot;&gt;&lt;b&gt;Fehler&lt;/b&gt;&lt;/span&gt; in &lt;a href=&quot;%1&quot;&gt;Zeile %1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b45309&quot;&gt;&lt;b&gt;Advice&lt;/b&gt;&lt;/span&gt; on &lt;a href=&quot;%1&quot;&gt;line %1&lt;/a&gt;: %2</source>
        <extracomment>Ordo&apos;s advice on the acceptance criteria; %1 is the line number, %2 the message</extracomment>
        <translation>&lt;span style=&quot;color:#b45309&quot;&gt;&lt;b&gt;Hinweis&lt;/b&gt;&lt;/span&gt; in &lt;a href=&quot;%1&quot;&gt;Zeile %1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>The value the metric had when it was last measured; each measurement is kept in the item&apos;s history</source>
        <translation>Der Wert der Metrik bei der letzten Messung; jede Messung bleibt im Verlauf des Eintrags erhalten</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>Shown in the &quot;Measured on&quot; field while the metric has no measured day</extracomment>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>The day the actual value was measured</source>
        <translation>Der Tag, an dem der Istwert gemessen wurde</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Not yet at target</source>
        <translation>Ziel noch nicht erreicht</translation>
    </message>
    <message>
        <source>Rejected at the review of %1. Not met: %2. Needed for acceptance: %3</source>
        <translation>Im Review von %1 abgelehnt. Nicht erfüllt: %2. Für die Abnahme nötig: %3</translation>
    </message>
    <message>
        <source>feedback at the %1 review</source>
        <translation>Feedback im Review von %1</translation>
    </message>
</context>
<context>
    <name>Ordo::VelocityChart</name>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Range of the last sprints</source>
        <translation>Spanne der letzten Sprints</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Average of the last sprints: %1 points</source>
        <translation>Durchschnitt der letzten Sprints: %1 Punkte</translation>
    </message>
    <message>
        <source>Close a sprint to see velocity: each closed sprint adds its committed and accepted points here.</source>
        <translation>Schließen Sie einen Sprint ab, um die Velocity zu sehen: Jeder abgeschlossene Sprint trägt hier seine zugesagten und abgenommenen Punkte ein.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Completed (accepted)</source>
        <translation>Erledigt (abgenommen)</translation>
    </message>
    <message>
        <source>%1: no commitment was recorded</source>
        <translation>%1: kein Commitment erfasst</translation>
    </message>
    <message>
        <source>%1, %2: %3 points</source>
        <translation>%1, %2: %3 Punkte</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Average of the last %n sprints</source>
        <translation>
            <numerusform>Durchschnitt aus %n Sprint</numerusform>
            <numerusform>Durchschnitt der letzten %n Sprints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ordo::Vocabulary</name>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Bug</translation>
    </message>
    <message>
        <source>Enabler</source>
        <translation>Enabler</translation>
    </message>
    <message>
        <source>Technical debt</source>
        <translation>Technische Schuld</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Epic</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Muss</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Sollte</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Könnte</translation>
    </message>
    <message>
        <source>Won&apos;t this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation>Basismerkmal</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>Delighter</source>
        <translation>Begeisterungsmerkmal</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>Gleichgültig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Fibonacci (1, 2, 3, 5, 8, 13…)</source>
        <translation>Fibonacci (1, 2, 3, 5, 8, 13…)</translation>
    </message>
    <message>
        <source>Powers of two (1, 2, 4, 8, 16…)</source>
        <translation>Zweierpotenzen (1, 2, 4, 8, 16…)</translation>
    </message>
    <message>
        <source>T-shirt sizes (XS to XL)</source>
        <translation>T-Shirt-Größen (XS bis XL)</translation>
    </message>
    <message>
        <source>Linear (1 to 10)</source>
        <translation>Linear (1 bis 10)</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Unabhängig</translation>
    </message>
    <message>
        <source>Negotiable</source>
        <translation>Verhandelbar</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>Wertvoll</translation>
    </message>
    <message>
        <source>Estimable</source>
        <translation>Schätzbar</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Testable</source>
        <translation>Testbar</translation>
    </message>
    <message>
        <source>All six INVEST qualities ticked</source>
        <translation>Alle sechs INVEST-Eigenschaften abgehakt</translation>
    </message>
    <message>
        <source>Acceptance criteria written</source>
        <translation>Akzeptanzkriterien geschrieben</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Dependencies finished</source>
        <translation>Abhängigkeiten erledigt</translation>
    </message>
    <message>
        <source>Stories say what is wanted and why</source>
        <translation>Storys sagen, was gewünscht ist und warum</translation>
    </message>
    <message>
        <source>No larger than the maximum story size</source>
        <translation>Nicht größer als die maximale Story-Größe</translation>
    </message>
    <message>
        <source>Success metric named</source>
        <translation>Erfolgsmetrik genannt</translation>
    </message>
    <message>
        <source>?</source>
        <comment>not estimated yet</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Im Review</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The top ten items (no closed sprint yet to measure velocity). Refine the items that are not ready before Sprint Planning.</source>
        <translation>Die obersten zehn Einträge (noch kein abgeschlossener Sprint, um die Velocity zu messen). Verfeinern Sie die nicht bereiten Einträge vor dem Sprint Planning.</translation>
    </message>
    <message>
        <source>Sprint Planning cannot weigh what has no estimate.</source>
        <translation>Sprint Planning kann nicht abwägen, was keine Schätzung hat.</translation>
    </message>
    <message>
        <source>Larger than the maximum story size of %1: split them before they are planned.</source>
        <translation>Größer als die maximale Story-Größe von %1: vor der Planung aufteilen.</translation>
    </message>
    <message>
        <source>Work that serves no epic or goal is hard to explain to stakeholders.</source>
        <translation>Arbeit, die keinem Epic und keinem Ziel dient, ist Stakeholdern schwer zu erklären.</translation>
    </message>
    <message>
        <source>The team cannot finish them before their dependencies.</source>
        <translation>Das Team kann sie nicht vor ihren Abhängigkeiten fertigstellen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ordo, the ordered Product Backlog for Scrum Product Owners.</source>
        <translation>Ordo, das geordnete Product Backlog für Scrum Product Owner.</translation>
    </message>
    <message>
        <source>Write a demo product to &lt;file&gt; and exit.</source>
        <translation>Ein Demo-Produkt nach &lt;Datei&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The product file to open (created if it does not exist).</source>
        <translation>Die zu öffnende Produktdatei (wird angelegt, wenn sie nicht existiert).</translation>
    </message>
    <message>
        <source>“%1” already exists; the demo product is only written to a new file.</source>
        <translation>„%1“ existiert bereits; das Demo-Produkt wird nur in eine neue Datei geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the demo product to “%1”.</source>
        <translation>Demo-Produkt nach „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>ordo: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set); start Ordo from a desktop session.</source>
        <translation>ordo: Es gibt keinen Bildschirm für das Fenster (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie Ordo in einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>Write the review report of &lt;sprint&gt; (its name, “current” for the running sprint or “last” for the last one closed) to the --output file, and exit.</source>
        <translation>Den Review-Bericht von &lt;Sprint&gt; (sein Name, „current“ für den laufenden oder „last“ für den zuletzt abgeschlossenen Sprint) in die --output-Datei schreiben und beenden.</translation>
    </message>
    <message>
        <source>sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Write the product dashboard to the --output file, and exit.</source>
        <translation>Das Produkt-Dashboard in die --output-Datei schreiben und beenden.</translation>
    </message>
    <message>
        <source>The page size of a PDF: a4 or letter (default: the locale&apos;s).</source>
        <translation>Das Seitenformat eines PDF: a4 oder letter (Standard: das des Gebietsschemas).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>choose --report or --dashboard, not both.</source>
        <translation>wählen Sie --report oder --dashboard, nicht beides.</translation>
    </message>
    <message>
        <source>say where to write it with --output FILE (.pdf or .html).</source>
        <translation>geben Sie mit --output DATEI (.pdf oder .html) an, wohin geschrieben wird.</translation>
    </message>
    <message>
        <source>name the one product file to report on.</source>
        <translation>nennen Sie die eine Produktdatei, über die berichtet wird.</translation>
    </message>
    <message>
        <source>the page size is a4 or letter, not “%1”.</source>
        <translation>das Seitenformat ist a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” has no sprint called “%2”; its sprints: %3.</source>
        <translation>„%1“ hat keinen Sprint namens „%2“; seine Sprints: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>say which product file to import into with --into PRODUCT.ordo.</source>
        <translation>geben Sie mit --into PRODUKT.ordo an, in welche Produktdatei importiert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from “%1” into the new product “%2”.</source>
        <translation>
            <numerusform>%n Eintrag aus „%1“ in das neue Produkt „%2“ importiert.</numerusform>
            <numerusform>%n Einträge aus „%1“ in das neue Produkt „%2“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from “%1” into “%2”.</source>
        <translation>
            <numerusform>%n Eintrag aus „%1“ in „%2“ importiert.</numerusform>
            <numerusform>%n Einträge aus „%1“ in „%2“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n item(s) imported before.</source>
        <translation>
            <numerusform>%n früher importierter Eintrag aktualisiert.</numerusform>
            <numerusform>%n früher importierte Einträge aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n dependenc(ies).</source>
        <translation>
            <numerusform>%n Abhängigkeit hinzugefügt.</numerusform>
            <numerusform>%n Abhängigkeiten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product file --import adds to (created if it does not exist).</source>
        <translation>Die Produktdatei, in die --import schreibt (wird angelegt, wenn es sie nicht gibt).</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n item(s) from the backup “%1” into the new product “%2”.</source>
        <translation>
            <numerusform>%n Eintrag aus der Sicherung „%1“ im neuen Produkt „%2“ wiederhergestellt.</numerusform>
            <numerusform>%n Einträge aus der Sicherung „%1“ im neuen Produkt „%2“ wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the export format is jira, azure or json, not “%1”.</source>
        <translation>das Exportformat ist jira, azure oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>say where to write the export with --output FILE.</source>
        <translation>geben Sie mit --output DATEI an, wohin der Export geschrieben wird.</translation>
    </message>
    <message>
        <source>name the one product file to export.</source>
        <translation>nennen Sie die eine zu exportierende Produktdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to “%1”.</source>
        <translation>
            <numerusform>%n Eintrag nach „%1“ geschrieben.</numerusform>
            <numerusform>%n Einträge nach „%1“ geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file --report, --dashboard or --export writes: .pdf, .html (or .md for a report); .csv or .json for an export.</source>
        <translation>Die Datei, die --report, --dashboard oder --export schreibt: .pdf, .html (oder .md für einen Bericht); .csv oder .json für einen Export.</translation>
    </message>
    <message>
        <source>Import &lt;file&gt; (an export of Jira as CSV or XML, Azure DevOps, Trello or Pivotal Tracker) into the --into product file, or restore an Ordo JSON backup into a new one, and exit.</source>
        <translation>&lt;file&gt; (einen Export von Jira als CSV oder XML, Azure DevOps, Trello oder Pivotal Tracker) in die Produktdatei --into importieren oder eine Ordo-JSON-Sicherung in eine neue wiederherstellen, dann beenden.</translation>
    </message>
    <message>
        <source>Export the product file to the --output file as &lt;format&gt; (jira: Jira&apos;s CSV importer; azure: Azure DevOps&apos; CSV import, 1,000 rows per file; json: the full backup, which --import restores into a new file), and exit.</source>
        <translation>Die Produktdatei als &lt;format&gt; in die Datei --output exportieren (jira: CSV-Import von Jira; azure: CSV-Import von Azure DevOps, 1.000 Zeilen je Datei; json: die vollständige Sicherung, die --import in eine neue Datei wiederherstellt), dann beenden.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>name the one server database to publish to: ordo --publish FILE.ordo postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>nennen Sie die eine Serverdatenbank, in die veröffentlicht wird: ordo --publish FILE.ordo postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Publishing: %1% of the rows copied.</source>
        <translation>Veröffentlichen: %1 % der Zeilen kopiert.</translation>
    </message>
    <message>
        <source>Published “%1” to %2; you are its Product Owner there.</source>
        <translation>„%1“ auf %2 veröffentlicht; Sie sind dort sein Product Owner.</translation>
    </message>
    <message>
        <source>the role is product-owner, team-member or stakeholder, not “%1”.</source>
        <translation>die Rolle ist product-owner, team-member oder stakeholder, nicht „%1“.</translation>
    </message>
    <message>
        <source>name the user and the product: ordo --grant ROLE USER postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>nennen Sie den Benutzer und das Produkt: ordo --grant ROLE USER postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1” is now %2 of %3.</source>
        <translation>„%1“ ist jetzt %2 von %3.</translation>
    </message>
    <message>
        <source>Publish the product file &lt;file&gt; to the empty database on a PostgreSQL server named by the argument postgresql://USER@HOST:PORT/DATABASE (created if the user may), the user becoming its Product Owner, and exit.</source>
        <translation>Die Produktdatei &lt;file&gt; in die leere Datenbank auf einem PostgreSQL-Server veröffentlichen, die das Argument postgresql://USER@HOST:PORT/DATABASE nennt (wird angelegt, wenn der Benutzer das darf); der Benutzer wird ihr Product Owner; danach beenden.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL user named by the first argument the &lt;role&gt; product-owner, team-member or stakeholder in the product on the server named by the second (postgresql://...), and exit.</source>
        <translation>Dem im ersten Argument genannten PostgreSQL-Benutzer die &lt;role&gt; product-owner, team-member oder stakeholder im Produkt auf dem im zweiten Argument genannten Server (postgresql://...) geben und beenden.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
</context>
</TS>
