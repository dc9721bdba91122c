<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Consortium</name>
        <message numerus="yes">
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n file could not be read.</numerusform>
                <numerusform>%n files could not be read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <source>%n answer(s) carried over from last time, not yet confirmed.</source>
            <translation>
                <numerusform>%n answer carried over from last time, not yet confirmed.</numerusform>
                <numerusform>%n answers carried over from last time, not yet confirmed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Became compliant: up %n level(s)</source>
            <translation>
                <numerusform>Became compliant: up %n level</numerusform>
                <numerusform>Became compliant: up %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Became non-compliant: down %n level(s)</source>
            <translation>
                <numerusform>Became non-compliant: down %n level</numerusform>
                <numerusform>Became non-compliant: down %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Down %n level(s)</source>
            <translation>
                <numerusform>Down %n level</numerusform>
                <numerusform>Down %n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up %n level(s)</source>
            <translation>
                <numerusform>Up %n level</numerusform>
                <numerusform>Up %n levels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThemePage</name>
        <message numerus="yes">
            <source>%n question(s) still to answer, so this is provisional.</source>
            <translation>
                <numerusform>%n question still to answer, so this is provisional.</numerusform>
                <numerusform>%n questions still to answer, so this is provisional.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 of %n answered</numerusform>
                <numerusform>%1 of %n answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n year(s)</source>
            <translation>
                <numerusform>In %n year</numerusform>
                <numerusform>In %n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message numerus="yes">
            <source>Room</source>
            <translation>
                <numerusform>Room</numerusform>
                <numerusform>Room</numerusform>
            </translation>
        </message>
    </context>
</TS>
