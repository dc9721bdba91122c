<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more in the full report.</source>
            <translation>
                <numerusform>… and %n more in the full report.</numerusform>
                <numerusform>… and %n more in the full report.</numerusform>
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
        <name>Workbook</name>
        <message numerus="yes">
            <source>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will in %n year(s). Choose Yes or No, or leave the cell blank.</source>
            <translation>
                <numerusform>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will in %n year. Choose Yes or No, or leave the cell blank.</numerusform>
                <numerusform>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will in %n years. Choose Yes or No, or leave the cell blank.</numerusform>
            </translation>
        </message>
    </context>
</TS>
