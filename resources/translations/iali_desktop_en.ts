<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppStatusBar</name>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n open conflict(s). Every copy shows the same value for now; keep one, or write a new value, and the choice travels with your next bundle.</source>
        <translation>
            <numerusform>%n open conflict. Every copy shows the same value for now; keep one, or write a new value, and the choice travels with your next bundle.</numerusform>
            <numerusform>%n open conflicts. Every copy shows the same value for now; keep one, or write a new value, and the choice travels with your next bundle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>… and %n more (see Tasks)</source>
        <translation>
            <numerusform>… and %n more (see Tasks)</numerusform>
            <numerusform>… and %n more (see Tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>It carries %n attached file(s).</source>
        <translation>
            <numerusform>It carries %n attached file.</numerusform>
            <numerusform>It carries %n attached files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>No record is created or deleted; %n field(s) get a second value, kept as a conflict for you to choose.</source>
        <translation>
            <numerusform>No record is created or deleted; %n field gets a second value, kept as a conflict for you to choose.</numerusform>
            <numerusform>No record is created or deleted; %n fields get a second value, kept as a conflict for you to choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now hold two values: review the conflicts to keep one.</source>
        <translation>
            <numerusform>%n field now holds two values: review the conflicts to keep one.</numerusform>
            <numerusform>%n fields now hold two values: review the conflicts to keep one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
</context>
</TS>
