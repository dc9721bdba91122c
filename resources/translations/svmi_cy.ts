<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
    <context>
        <name>Email</name>
        <message>
            <source>- %1: %2 now, %3 planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached are the results of the Social Value Maturity Index (SVMI) self-assessment workshop held on %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made with SVMI Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No theme is planned to move up a level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall level %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall level now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVMI self-assessment – %1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The themes with the biggest gaps:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook (.xlsx) holds the answers, the results with a radar chart and the full action plan; the PDF report explains each theme's level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no year 1 actions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year 1 actions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Checking the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment uses the index %1, not %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the PDF report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the board summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the email draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the workbook</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>%1 %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>December</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actions: every theme is already at its future level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes were recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants were recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No year 1 actions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered yet: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall level now: &lt;b&gt;%1&lt;/b&gt;; %2: &lt;b&gt;%3&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme horizon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVMI %1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVMI self-assessment – board summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-assessment report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social Value Maturity Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social Value Maturity Index self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some criteria are not answered yet, so provisional levels may change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The biggest steps planned: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The overall level is the mean of the %1 theme levels: %2 now and %3 in future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop %1 · overall now &lt;b&gt;%2&lt;/b&gt; → %3 &lt;b&gt;%4&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year %1 (by %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year 1 actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>board summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>en-GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>self-assessment report</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more in the full report.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (stretch)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1, provisional</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A level is provisional while questions are unanswered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central government</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fire and rescue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follower</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>In %n year(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Innovator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NHS body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Non-compliant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch: ticked for the future above the level the theme is planned to reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This translation is awaiting review by a Welsh-language translator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To become compliant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To reach %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message numerus="yes">
            <source>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will in %n year(s). Choose Yes or No, or leave the cell blank.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>2. Results shows each theme's level now and in future, the overall mean and the radar chart. Levels: 0 Non-compliant, 1 Follower, 2 Mature, 3 Leader, 4 Innovator. A theme's level is the highest level whose requirements (and all below it) are met; failing a compliance criterion makes it Non-compliant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Action Plan lists what to do to move each theme from its present to its future level, by theme and by year, with owners, due dates and status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan by theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use this workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index: %1 (version %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by SVMI Desktop %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (if given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actions: every theme is already at its future level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall (mean of the themes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present and future levels (0-4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme horizon (years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provisional: some criteria are not answered yet, so these levels may change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ref</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results and the action plan were calculated by SVMI Desktop when this file was made. If you change Present or Future answers here, import the workbook into SVMI Desktop to recalculate them; the import reads the answers from the Self Assessment sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVMI self-assessment – %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social Value Maturity Index self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social Value Maturity Index – self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop date: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
