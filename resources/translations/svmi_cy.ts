<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
    <context>
        <name>Email</name>
        <message>
            <source>- %1: %2 now, %3 planned</source>
            <translation>- %1: %2 nawr, %3 yn y cynllun</translation>
        </message>
        <message>
            <source>Attached are the results of the Social Value Maturity Index (SVMI) self-assessment workshop held on %1 for %2.</source>
            <translation>Ynghlwm mae canlyniadau gweithdy hunanasesu'r Mynegai Aeddfedrwydd Gwerth Cymdeithasol (SVMI) a gynhaliwyd ar %1 ar gyfer %2.</translation>
        </message>
        <message>
            <source>Hello,</source>
            <translation>Helo,</translation>
        </message>
        <message>
            <source>Made with SVMI Desktop.</source>
            <translation>Gwnaed gyda SVMI Desktop.</translation>
        </message>
        <message>
            <source>No theme is planned to move up a level.</source>
            <translation>Nid oes bwriad i unrhyw thema symud i fyny lefel.</translation>
        </message>
        <message>
            <source>Overall level %1: %2</source>
            <translation>Lefel gyffredinol %1: %2</translation>
        </message>
        <message>
            <source>Overall level now: %1</source>
            <translation>Lefel gyffredinol nawr: %1</translation>
        </message>
        <message>
            <source>SVMI self-assessment – %1 – %2</source>
            <translation>Hunanasesiad SVMI – %1 – %2</translation>
        </message>
        <message>
            <source>The themes with the biggest gaps:</source>
            <translation>Y themâu â'r bylchau mwyaf:</translation>
        </message>
        <message>
            <source>The workbook (.xlsx) holds the answers, the results with a radar chart and the full action plan; the PDF report explains each theme's level.</source>
            <translation>Mae'r llyfr gwaith (.xlsx) yn cynnwys yr atebion, y canlyniadau gyda siart radar a'r cynllun gweithredu llawn; mae'r adroddiad PDF yn egluro lefel pob thema.</translation>
        </message>
        <message>
            <source>There are no year 1 actions.</source>
            <translation>Nid oes camau gweithredu ym mlwyddyn 1.</translation>
        </message>
        <message>
            <source>Year 1 actions:</source>
            <translation>Camau gweithredu blwyddyn 1:</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>erbyn %1</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Checking the results</source>
            <translation>Gwirio'r canlyniadau</translation>
        </message>
        <message>
            <source>The assessment uses the index %1, not %2.</source>
            <translation>Mae'r asesiad yn defnyddio'r mynegai %1, nid %2.</translation>
        </message>
        <message>
            <source>Writing the PDF report</source>
            <translation>Ysgrifennu'r adroddiad PDF</translation>
        </message>
        <message>
            <source>Writing the board summary</source>
            <translation>Ysgrifennu'r crynodeb i'r bwrdd</translation>
        </message>
        <message>
            <source>Writing the email draft</source>
            <translation>Ysgrifennu'r drafft e-bost</translation>
        </message>
        <message>
            <source>Writing the workbook</source>
            <translation>Ysgrifennu'r llyfr gwaith</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (fersiwn %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n mlynedd</numerusform>
                <numerusform>%n flwyddyn</numerusform>
                <numerusform>%n blynedd</numerusform>
                <numerusform>%n blynedd</numerusform>
                <numerusform>%n mlynedd</numerusform>
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Action plan by year</source>
            <translation>Cynllun gweithredu fesul blwyddyn</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Ebrill</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Rhagfyr</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Hwylusydd</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Chwefror</translation>
        </message>
        <message>
            <source>Future</source>
            <translation>Dyfodol</translation>
        </message>
        <message>
            <source>Future (%1)</source>
            <translation>Dyfodol (%1)</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Ionawr</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Gorffennaf</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Mehefin</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mawrth</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>No actions: every theme is already at its future level.</source>
            <translation>Dim camau gweithredu: mae pob thema eisoes ar ei lefel yn y dyfodol.</translation>
        </message>
        <message>
            <source>No notes were recorded.</source>
            <translation>Ni chofnodwyd unrhyw nodiadau.</translation>
        </message>
        <message>
            <source>No participants were recorded.</source>
            <translation>Ni chofnodwyd unrhyw gyfranogwyr.</translation>
        </message>
        <message>
            <source>No year 1 actions.</source>
            <translation>Dim camau gweithredu ym mlwyddyn 1.</translation>
        </message>
        <message>
            <source>Not answered yet: %1.</source>
            <translation>Heb eu hateb eto: %1.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nodyn: %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Tachwedd</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Hydref</translation>
        </message>
        <message>
            <source>Overall (mean)</source>
            <translation>Cyffredinol (cymedr)</translation>
        </message>
        <message>
            <source>Overall level now: &lt;b&gt;%1&lt;/b&gt;; %2: &lt;b&gt;%3&lt;/b&gt;.</source>
            <translation>Lefel gyffredinol nawr: &lt;b&gt;%1&lt;/b&gt;; %2: &lt;b&gt;%3&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Tudalen %1 o %2</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Cyfranogwyr</translation>
        </message>
        <message>
            <source>Programme horizon</source>
            <translation>Gorwel y rhaglen</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>SVMI %1</source>
            <translation>SVMI %1</translation>
        </message>
        <message>
            <source>SVMI %1 – %2</source>
            <translation>SVMI %1 – %2</translation>
        </message>
        <message>
            <source>SVMI self-assessment – board summary</source>
            <translation>Hunanasesiad SVMI – crynodeb i'r bwrdd</translation>
        </message>
        <message>
            <source>Self-assessment report</source>
            <translation>Adroddiad hunanasesu</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>Social Value Maturity Index</source>
            <translation>Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
        </message>
        <message>
            <source>Social Value Maturity Index self-assessment</source>
            <translation>Hunanasesiad y Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
        </message>
        <message>
            <source>Some criteria are not answered yet, so provisional levels may change.</source>
            <translation>Nid yw rhai meini prawf wedi'u hateb eto, felly gall lefelau dros dro newid.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <source>The biggest steps planned: %1.</source>
            <translation>Y camau mwyaf a gynlluniwyd: %1.</translation>
        </message>
        <message>
            <source>The overall level is the mean of the %1 theme levels: %2 now and %3 in future.</source>
            <translation>Y lefel gyffredinol yw cymedr lefelau'r %1 thema: %2 nawr a %3 yn y dyfodol.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Why this level</source>
            <translation>Pam y lefel hon</translation>
        </message>
        <message>
            <source>Workshop %1 · overall now &lt;b&gt;%2&lt;/b&gt; → %3 &lt;b&gt;%4&lt;/b&gt;</source>
            <translation>Gweithdy %1 · cyffredinol nawr &lt;b&gt;%2&lt;/b&gt; → %3 &lt;b&gt;%4&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Dyddiad y gweithdy</translation>
        </message>
        <message>
            <source>Year %1 (by %2)</source>
            <translation>Blwyddyn %1 (erbyn %2)</translation>
        </message>
        <message>
            <source>Year 1 actions</source>
            <translation>Camau gweithredu blwyddyn 1</translation>
        </message>
        <message>
            <source>board summary</source>
            <translation>crynodeb i'r bwrdd</translation>
        </message>
        <message>
            <source>en-GB</source>
            <translation>cy-GB</translation>
        </message>
        <message>
            <source>self-assessment report</source>
            <translation>adroddiad hunanasesu</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more in the full report.</source>
            <translation>
                <numerusform>… a %n arall yn yr adroddiad llawn.</numerusform>
                <numerusform>… a %n arall yn yr adroddiad llawn.</numerusform>
                <numerusform>… a %n arall yn yr adroddiad llawn.</numerusform>
                <numerusform>… a %n arall yn yr adroddiad llawn.</numerusform>
                <numerusform>… a %n arall yn yr adroddiad llawn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (stretch)</source>
            <translation>%1 (ymestynnol)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 o %n wedi'u hateb</numerusform>
                <numerusform>%1 o %n wedi'u hateb</numerusform>
                <numerusform>%1 o %n wedi'u hateb</numerusform>
                <numerusform>%1 o %n wedi'u hateb</numerusform>
                <numerusform>%1 o %n wedi'u hateb</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, provisional</source>
            <translation>%1, dros dro</translation>
        </message>
        <message>
            <source>%1: every requirement is met.</source>
            <translation>%1: mae pob gofyniad wedi'i fodloni.</translation>
        </message>
        <message>
            <source>%1: to reach %2 (%3).</source>
            <translation>%1: i gyrraedd %2 (%3).</translation>
        </message>
        <message>
            <source>%1: to reach %2.</source>
            <translation>%1: i gyrraedd %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n cam gweithredu</numerusform>
                <numerusform>%n cam gweithredu</numerusform>
                <numerusform>%n cam gweithredu</numerusform>
                <numerusform>%n cam gweithredu</numerusform>
                <numerusform>%n cam gweithredu</numerusform>
            </translation>
        </message>
        <message>
            <source>A level is provisional while questions are unanswered.</source>
            <translation>Mae lefel dros dro tra bo cwestiynau heb eu hateb.</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Busnes</translation>
        </message>
        <message>
            <source>Central government</source>
            <translation>Llywodraeth ganolog</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Cyngor</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <source>Fire and rescue</source>
            <translation>Tân ac achub</translation>
        </message>
        <message>
            <source>Follower</source>
            <translation>Dilynwr</translation>
        </message>
        <message numerus="yes">
            <source>In %n year(s)</source>
            <translation>
                <numerusform>Ymhen %n mlynedd</numerusform>
                <numerusform>Ymhen blwyddyn</numerusform>
                <numerusform>Ymhen %n blynedd</numerusform>
                <numerusform>Ymhen %n blynedd</numerusform>
                <numerusform>Ymhen %n mlynedd</numerusform>
            </translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <source>Innovator</source>
            <translation>Arloeswr</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Arweinydd</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>Aeddfed</translation>
        </message>
        <message>
            <source>NHS body</source>
            <translation>Corff GIG</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Non-compliant</source>
            <translation>Heb gydymffurfio</translation>
        </message>
        <message>
            <source>Non-compliant: a fundamental requirement of the Act is not met (%1).</source>
            <translation>Heb gydymffurfio: nid yw un o ofynion sylfaenol y Ddeddf wedi'i fodloni (%1).</translation>
        </message>
        <message>
            <source>Non-compliant: a fundamental requirement of the Act is not met.</source>
            <translation>Heb gydymffurfio: nid yw un o ofynion sylfaenol y Ddeddf wedi'i fodloni.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Heb ddechrau</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Other actions</source>
            <translation>Camau gweithredu eraill</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Heddlu</translation>
        </message>
        <message>
            <source>Stretch: ticked for the future above the level the theme is planned to reach.</source>
            <translation>Ymestynnol: wedi'i dicio ar gyfer y dyfodol uwchlaw'r lefel y bwriedir i'r thema ei chyrraedd.</translation>
        </message>
        <message>
            <source>This translation is awaiting review by a Welsh-language translator.</source>
            <translation>Mae'r cyfieithiad hwn yn aros am adolygiad gan gyfieithydd Cymraeg.</translation>
        </message>
        <message>
            <source>To become compliant</source>
            <translation>I gydymffurfio</translation>
        </message>
        <message>
            <source>To reach %1</source>
            <translation>I gyrraedd %1</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Prifysgol</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message numerus="yes">
            <source>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will in %n year(s). Choose Yes or No, or leave the cell blank.</source>
            <translation>
                <numerusform>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, thema wrth thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni ymhen %n mlynedd. Dewiswch Yes (Ie) neu No (Na), neu gadewch y gell yn wag.</numerusform>
                <numerusform>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, thema wrth thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni ymhen blwyddyn. Dewiswch Yes (Ie) neu No (Na), neu gadewch y gell yn wag.</numerusform>
                <numerusform>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, thema wrth thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni ymhen %n blynedd. Dewiswch Yes (Ie) neu No (Na), neu gadewch y gell yn wag.</numerusform>
                <numerusform>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, thema wrth thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni ymhen %n blynedd. Dewiswch Yes (Ie) neu No (Na), neu gadewch y gell yn wag.</numerusform>
                <numerusform>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, thema wrth thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni ymhen %n mlynedd. Dewiswch Yes (Ie) neu No (Na), neu gadewch y gell yn wag.</numerusform>
            </translation>
        </message>
        <message>
            <source>2. Results shows each theme's level now and in future, the overall mean and the radar chart. Levels: 0 Non-compliant, 1 Follower, 2 Mature, 3 Leader, 4 Innovator. A theme's level is the highest level whose requirements (and all below it) are met; failing a compliance criterion makes it Non-compliant.</source>
            <translation>2. Mae'r daflen Results yn dangos lefel pob thema nawr ac yn y dyfodol, y cymedr cyffredinol a'r siart radar. Lefelau: 0 Heb gydymffurfio, 1 Dilynwr, 2 Aeddfed, 3 Arweinydd, 4 Arloeswr. Lefel thema yw'r lefel uchaf y mae ei gofynion (a phob un islaw iddi) wedi'u bodloni; mae methu maen prawf cydymffurfio yn ei gwneud yn Heb gydymffurfio.</translation>
        </message>
        <message>
            <source>3. Action Plan lists what to do to move each theme from its present to its future level, by theme and by year, with owners, due dates and status.</source>
            <translation>3. Mae'r daflen Action Plan yn rhestru beth i'w wneud i symud pob thema o'i lefel bresennol i'w lefel yn y dyfodol, fesul thema a fesul blwyddyn, gyda pherchnogion, dyddiadau targed a statws.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Action plan by theme</source>
            <translation>Cynllun gweithredu fesul thema</translation>
        </message>
        <message>
            <source>Action plan by year</source>
            <translation>Cynllun gweithredu fesul blwyddyn</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Cydymffurfio</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Hwylusydd</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Maes</translation>
        </message>
        <message>
            <source>Future</source>
            <translation>Dyfodol</translation>
        </message>
        <message>
            <source>Future level</source>
            <translation>Lefel yn y dyfodol</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Bwlch</translation>
        </message>
        <message>
            <source>How to use this workbook</source>
            <translation>Sut i ddefnyddio'r llyfr gwaith hwn</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Index version</source>
            <translation>Fersiwn y mynegai</translation>
        </message>
        <message>
            <source>Index: %1 (version %2)</source>
            <translation>Mynegai: %1 (fersiwn %2)</translation>
        </message>
        <message>
            <source>Made by SVMI Desktop %1.</source>
            <translation>Gwnaed gan SVMI Desktop %1.</translation>
        </message>
        <message>
            <source>Name (if given)</source>
            <translation>Enw (os rhoddwyd)</translation>
        </message>
        <message>
            <source>No actions: every theme is already at its future level.</source>
            <translation>Dim camau gweithredu: mae pob thema eisoes ar ei lefel yn y dyfodol.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Sefydliad: %1</translation>
        </message>
        <message>
            <source>Overall (mean of the themes)</source>
            <translation>Cyffredinol (cymedr y themâu)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Tudalen %1 o %2</translation>
        </message>
        <message>
            <source>Participant role</source>
            <translation>Rôl y cyfranogwr</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presennol</translation>
        </message>
        <message>
            <source>Present and future levels (0-4)</source>
            <translation>Lefelau presennol a dyfodol (0-4)</translation>
        </message>
        <message>
            <source>Present level</source>
            <translation>Lefel bresennol</translation>
        </message>
        <message>
            <source>Programme horizon (years)</source>
            <translation>Gorwel y rhaglen (blynyddoedd)</translation>
        </message>
        <message>
            <source>Provisional: some criteria are not answered yet, so these levels may change.</source>
            <translation>Dros dro: nid yw rhai meini prawf wedi'u hateb eto, felly gall y lefelau hyn newid.</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Cyf</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>Results and the action plan were calculated by SVMI Desktop when this file was made. If you change Present or Future answers here, import the workbook into SVMI Desktop to recalculate them; the import reads the answers from the Self Assessment sheet.</source>
            <translation>Cyfrifwyd y canlyniadau a'r cynllun gweithredu gan SVMI Desktop pan wnaed y ffeil hon. Os newidiwch atebion Present neu Future yma, mewnforiwch y llyfr gwaith i SVMI Desktop i'w hailgyfrifo; mae'r mewnforio yn darllen yr atebion o'r daflen Self Assessment.</translation>
        </message>
        <message>
            <source>SVMI self-assessment – %1</source>
            <translation>Hunanasesiad SVMI – %1</translation>
        </message>
        <message>
            <source>Social Value Maturity Index self-assessment</source>
            <translation>Hunanasesiad y Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
        </message>
        <message>
            <source>Social Value Maturity Index – self-assessment</source>
            <translation>Mynegai Aeddfedrwydd Gwerth Cymdeithasol – hunanasesiad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Gwerth</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Dyddiad y gweithdy</translation>
        </message>
        <message>
            <source>Workshop date: %1</source>
            <translation>Dyddiad y gweithdy: %1</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
    </context>
</TS>
