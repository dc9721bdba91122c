<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
    <context>
        <name>AddActionDialog</name>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Cam gweithredu</translation>
        </message>
        <message>
            <source>&amp;Helps reach</source>
            <translation>&amp;Helpu i gyrraedd</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Blwyddyn</translation>
        </message>
        <message>
            <source>(no particular level)</source>
            <translation>(dim lefel benodol)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Add an action</source>
            <translation>Ychwanegu cam gweithredu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Level it helps reach</source>
            <translation>Y lefel y mae'n helpu i'w chyrraedd</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>What needs doing, in one sentence</source>
            <translation>Beth sydd angen ei wneud, mewn un frawddeg</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>* suggested from the length; type minutes to set</source>
            <translation>* wedi'i awgrymu o'r hyd; teipiwch nifer y munudau i'w osod</translation>
        </message>
        <message>
            <source>Audience view</source>
            <translation>Golwg y gynulleidfa</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Egwyl</translation>
        </message>
        <message>
            <source>Close (min)</source>
            <translation>Diweddglo (mun)</translation>
        </message>
        <message>
            <source>Close in minutes</source>
            <translation>Diweddglo mewn munudau</translation>
        </message>
        <message>
            <source>Length (min)</source>
            <translation>Hyd (mun)</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Mun</translation>
        </message>
        <message>
            <source>Minutes per theme</source>
            <translation>Munudau fesul thema</translation>
        </message>
        <message>
            <source>No theme open</source>
            <translation>Dim thema ar agor</translation>
        </message>
        <message>
            <source>Opening (min)</source>
            <translation>Agoriad (mun)</translation>
        </message>
        <message>
            <source>Opening in minutes</source>
            <translation>Agoriad mewn munudau</translation>
        </message>
        <message>
            <source>Pause timer</source>
            <translation>Oedi'r amserydd</translation>
        </message>
        <message>
            <source>Show or hide the audience view (F5)</source>
            <translation>Dangos neu guddio golwg y gynulleidfa (F5)</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Treuliwyd</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Dechrau</translation>
        </message>
        <message>
            <source>Start or pause the theme timer (F9)</source>
            <translation>Dechrau neu oedi amserydd y thema (F9)</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Amser dechrau</translation>
        </message>
        <message>
            <source>Start timer</source>
            <translation>Dechrau'r amserydd</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Time on this theme</source>
            <translation>Amser ar y thema hon</translation>
        </message>
        <message>
            <source>Timer cue</source>
            <translation>Ciw'r amserydd</translation>
        </message>
        <message>
            <source>Workshop length in minutes</source>
            <translation>Hyd y gweithdy mewn munudau</translation>
        </message>
    </context>
    <context>
        <name>AnswerButton</name>
        <message>
            <source>%1 answer for %2: %3. Space or click cycles – / Yes / No; Y, N and Delete set it.</source>
            <translation>Ateb %1 ar gyfer %2: %3. Mae Bylchwr neu glicio yn symud drwy – / Ie / Na; mae Y, N a Delete yn ei osod.</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
        <message>
            <source>Future</source>
            <translation>Dyfodol</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>No ✗</source>
            <translation>Na ✗</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>Yes ✓</source>
            <translation>Ie ✓</translation>
        </message>
        <message>
            <source>Yes, because now is Yes</source>
            <translation>Ie, am fod nawr yn Ie</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>heb ei ateb</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Audience view</source>
            <translation>Golwg y gynulleidfa</translation>
        </message>
        <message>
            <source>Future</source>
            <translation>Dyfodol</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>SVMI workshop – audience view</source>
            <translation>Gweithdy SVMI – golwg y gynulleidfa</translation>
        </message>
    </context>
    <context>
        <name>CarriedBanner</name>
        <message>
            <source>Confirm them as they are</source>
            <translation>Eu cadarnhau fel y maent</translation>
        </message>
        <message>
            <source>Confirm this theme's carried-over answers</source>
            <translation>Cadarnhau atebion y thema hon a gariwyd drosodd</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Cymharu</translation>
        </message>
        <message>
            <source>Compare with:</source>
            <translation>Cymharu â:</translation>
        </message>
        <message>
            <source>Criteria that changed</source>
            <translation>Meini prawf a newidiodd</translation>
        </message>
        <message>
            <source>Each theme's level then, now and the target</source>
            <translation>Lefel pob thema bryd hynny, nawr a'r targed</translation>
        </message>
        <message>
            <source>No answer changed.</source>
            <translation>Ni newidiodd unrhyw ateb.</translation>
        </message>
        <message>
            <source>Now (%1)</source>
            <translation>Nawr (%1)</translation>
        </message>
        <message>
            <source>Overall: %1 → %2 (target %3)</source>
            <translation>Cyffredinol: %1 → %2 (targed %3)</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Targed: %1</translation>
        </message>
        <message>
            <source>The session to compare with</source>
            <translation>Y sesiwn i gymharu â hi</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Then (%1)</source>
            <translation>Bryd hynny (%1)</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>heb ei ateb</translation>
        </message>
    </context>
    <context>
        <name>Consortium</name>
        <message>
            <source>%1 (version %2): %3 members from %4 files.</source>
            <translation>%1 (fersiwn %2): %3 aelod o %4 ffeil.</translation>
        </message>
        <message>
            <source>%1 bodies took part in the first and the last round; their median overall level changed by %2.</source>
            <translation>Cymerodd %1 corff ran yn y rownd gyntaf a'r rownd olaf; newidiodd eu lefel gyffredinol ganolrifol o %2.</translation>
        </message>
        <message>
            <source>%1 files of another index or version: listed apart, never mixed.</source>
            <translation>%1 ffeil o fynegai neu fersiwn arall: wedi'u rhestru ar wahân, heb eu cymysgu byth.</translation>
        </message>
        <message>
            <source>%1 now, against the consortium's median now: </source>
            <translation>%1 nawr, o'i gymharu â chanolrif y consortiwm nawr: </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>Nid oedd modd darllen %n ffeil.</numerusform>
                <numerusform>Nid oedd modd darllen %n ffeil.</numerusform>
                <numerusform>Nid oedd modd darllen %n ffeil.</numerusform>
                <numerusform>Nid oedd modd darllen %n ffeil.</numerusform>
                <numerusform>Nid oedd modd darllen %n ffeil.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Canslo</translation>
        </message>
        <message>
            <source>Also in the round before</source>
            <translation>Hefyd yn y rownd flaenorol</translation>
        </message>
        <message>
            <source>Bodies</source>
            <translation>Cyrff</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Canslo…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Each member's level per theme in the future</source>
            <translation>Lefel pob aelod fesul thema yn y dyfodol</translation>
        </message>
        <message>
            <source>Each member's level per theme now</source>
            <translation>Lefel pob aelod fesul thema nawr</translation>
        </message>
        <message>
            <source>Each round: bodies, returning bodies, median levels</source>
            <translation>Pob rownd: cyrff, cyrff sy'n dychwelyd, lefelau canolrifol</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Allforio &amp;PDF…</translation>
        </message>
        <message>
            <source>Export &amp;workbook…</source>
            <translation>Allforio &amp;llyfr gwaith…</translation>
        </message>
        <message>
            <source>Export the comparison to a folder</source>
            <translation>Allforio'r gymhariaeth i ffolder</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Allforiwyd %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>Files listed apart or not read, and why</source>
            <translation>Ffeiliau a restrwyd ar wahân neu na chawsant eu darllen, a pham</translation>
        </message>
        <message>
            <source>Files read</source>
            <translation>Ffeiliau a ddarllenwyd</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Listed apart</source>
            <translation>Rhestrwyd ar wahân</translation>
        </message>
        <message>
            <source>Listed apart and not read</source>
            <translation>Ar wahân a heb eu darllen</translation>
        </message>
        <message>
            <source>Listed apart, never mixed: %1 files of %2 version %3.</source>
            <translation>Rhestrwyd ar wahân, heb eu cymysgu byth: %1 ffeil o %2 fersiwn %3.</translation>
        </message>
        <message>
            <source>Lowest, median and highest level per theme</source>
            <translation>Y lefel isaf, ganolrifol ac uchaf fesul thema</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Canolrif</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <source>Members future</source>
            <translation>Aelodau yn y dyfodol</translation>
        </message>
        <message>
            <source>Members now</source>
            <translation>Aelodau nawr</translation>
        </message>
        <message>
            <source>Members: future</source>
            <translation>Aelodau: dyfodol</translation>
        </message>
        <message>
            <source>Members: now</source>
            <translation>Aelodau: nawr</translation>
        </message>
        <message>
            <source>Names are hidden below 5 members unless you choose to show them.</source>
            <translation>Caiff enwau eu cuddio os oes llai na 5 aelod oni bai eich bod yn dewis eu dangos.</translation>
        </message>
        <message>
            <source>Names are hidden: members are numbered in level order.</source>
            <translation>Mae'r enwau wedi'u cuddio: caiff yr aelodau eu rhifo yn nhrefn eu lefel.</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>Heb eu darllen</translation>
        </message>
        <message>
            <source>One member and the median</source>
            <translation>Un aelod a'r canolrif</translation>
        </message>
        <message>
            <source>Open a &amp;folder of submissions…</source>
            <translation>Agor &amp;ffolder o gyflwyniadau…</translation>
        </message>
        <message>
            <source>Open a folder of submissions</source>
            <translation>Agor ffolder o gyflwyniadau</translation>
        </message>
        <message>
            <source>Per theme</source>
            <translation>Fesul thema</translation>
        </message>
        <message>
            <source>Radar chart of one member against the median</source>
            <translation>Siart radar o un aelod o'i gymharu â'r canolrif</translation>
        </message>
        <message>
            <source>Read %1 files.</source>
            <translation>Darllenwyd %1 ffeil.</translation>
        </message>
        <message>
            <source>Read %1 of %2 files…</source>
            <translation>Darllenwyd %1 o %2 ffeil…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Darllen %1…</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rowndiau</translation>
        </message>
        <message>
            <source>SVMI consortium comparison</source>
            <translation>Cymhariaeth consortiwm SVMI</translation>
        </message>
        <message>
            <source>Several bodies together</source>
            <translation>Sawl corff gyda'i gilydd</translation>
        </message>
        <message>
            <source>Several bodies together – SVMI Desktop</source>
            <translation>Sawl corff gyda'i gilydd – SVMI Desktop</translation>
        </message>
        <message>
            <source>Show every member's &amp;name</source>
            <translation>Dangos &amp;enw pob aelod</translation>
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
            <source>The comparison could not be exported</source>
            <translation>Nid oedd modd allforio'r gymhariaeth</translation>
        </message>
        <message>
            <source>The member shown against the median</source>
            <translation>Yr aelod a ddangosir o'i gymharu â'r canolrif</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Fersiwn</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Why it was not read</source>
            <translation>Pam na chafodd ei darllen</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> years</source>
            <translation> blynedd</translation>
        </message>
        <message>
            <source>&amp;Add a participant</source>
            <translation>Ychwanegu cyfran&amp;ogwr</translation>
        </message>
        <message>
            <source>&amp;Organisation name</source>
            <translation>Enw'r &amp;sefydliad</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Rhanbarth</translation>
        </message>
        <message>
            <source>&amp;Save details</source>
            <translation>C&amp;adw'r manylion</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>Ma&amp;th</translation>
        </message>
        <message>
            <source>Change who, when and for how long at any time; Ctrl+Z undoes it.</source>
            <translation>Newidiwch pwy, pryd ac am ba hyd unrhyw bryd; mae Ctrl+Z yn ei ddadwneud.</translation>
        </message>
        <message>
            <source>Enter the organisation's name: it cannot be empty.</source>
            <translation>Rhowch enw'r sefydliad: ni all fod yn wag.</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>&amp;Hwylusydd</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Hwylusydd</translation>
        </message>
        <message>
            <source>Organisation name (required)</source>
            <translation>Enw'r sefydliad (gofynnol)</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Math o sefydliad</translation>
        </message>
        <message>
            <source>Participants (a role is enough; a name only with consent)</source>
            <translation>Cyfranogwyr (mae rôl yn ddigon; enw dim ond gyda chaniatâd)</translation>
        </message>
        <message>
            <source>Programme hori&amp;zon</source>
            <translation>Gorwe&amp;l y rhaglen</translation>
        </message>
        <message>
            <source>Programme horizon in years</source>
            <translation>Gorwel y rhaglen mewn blynyddoedd</translation>
        </message>
        <message>
            <source>Put back the details as they were saved</source>
            <translation>Rhoi'r manylion yn ôl fel y cawsant eu cadw</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>The workshop date must be a real date written year-month-day, e.g. 2027-06-30.</source>
            <translation>Rhaid i ddyddiad y gweithdy fod yn ddyddiad go iawn ar ffurf blwyddyn-mis-diwrnod, e.e. 2027-06-30.</translation>
        </message>
        <message>
            <source>Undo my edits here</source>
            <translation>Dadwneud fy newidiadau yma</translation>
        </message>
        <message>
            <source>Workshop &amp;date</source>
            <translation>&amp;Dyddiad y gweithdy</translation>
        </message>
        <message>
            <source>Workshop date, as year-month-day</source>
            <translation>Dyddiad y gweithdy, fel blwyddyn-mis-diwrnod</translation>
        </message>
        <message>
            <source>Workshop details</source>
            <translation>Manylion y gweithdy</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Import it with the changes listed under Details?</source>
            <translation>Ei fewnforio gyda'r newidiadau a restrir o dan Manylion?</translation>
        </message>
        <message>
            <source>Import these changes?</source>
            <translation>Mewnforio'r newidiadau hyn?</translation>
        </message>
        <message>
            <source>The workbook was changed outside SVMI Desktop.</source>
            <translation>Newidiwyd y llyfr gwaith y tu allan i SVMI Desktop.</translation>
        </message>
    </context>
    <context>
        <name>DueDelegate</name>
        <message>
            <source>Due date</source>
            <translation>Dyddiad targed</translation>
        </message>
    </context>
    <context>
        <name>EditHistory</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Dadwneud: %1</translation>
        </message>
    </context>
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
            <source>The workbook (.xlsx) holds the answers, the results with a radar chart and the full action plan; the PDF report explains each theme's level. The HTML file is the accessible version of the report, for screen readers and any screen size.</source>
            <translation>Mae'r llyfr gwaith (.xlsx) yn cynnwys yr atebion, y canlyniadau gyda siart radar a'r cynllun gweithredu llawn; mae'r adroddiad PDF yn esbonio lefel pob thema. Y ffeil HTML yw fersiwn hygyrch yr adroddiad, ar gyfer darllenwyr sgrin a sgriniau o unrhyw faint.</translation>
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
            <source>Writing the accessible report (HTML)</source>
            <translation>Ysgrifennu'r adroddiad hygyrch (HTML)</translation>
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
        <name>ExportPage</name>
        <message>
            <source>&amp;Board summary (.pdf)</source>
            <translation>Cr&amp;ynodeb i'r bwrdd (.pdf)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>Dew&amp;is…</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ag&amp;or y ffolder</translation>
        </message>
        <message>
            <source>&amp;Report (.pdf)</source>
            <translation>&amp;Adroddiad (.pdf)</translation>
        </message>
        <message>
            <source>&amp;Workbook (.xlsx)</source>
            <translation>&amp;Llyfr gwaith (.xlsx)</translation>
        </message>
        <message>
            <source>A one-page summary for the board</source>
            <translation>Crynodeb un dudalen i'r bwrdd</translation>
        </message>
        <message>
            <source>Accessible report (.htm&amp;l)</source>
            <translation>Adroddiad &amp;hygyrch (.html)</translation>
        </message>
        <message>
            <source>An unsent email with the workbook and report attached</source>
            <translation>E-bost heb ei anfon gyda'r llyfr gwaith a'r adroddiad ynghlwm</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>Dewis y ffolder allforio</translation>
        </message>
        <message>
            <source>Cymraeg (Welsh)</source>
            <translation>Cymraeg</translation>
        </message>
        <message>
            <source>Cymraeg and English (bilingual, Welsh first)</source>
            <translation>Cymraeg a Saesneg (dwyieithog, y Gymraeg yn gyntaf)</translation>
        </message>
        <message>
            <source>Email draf&amp;t (.eml)</source>
            <translation>Drafft e-&amp;bost (.eml)</translation>
        </message>
        <message>
            <source>Email draft To address (optional)</source>
            <translation>Cyfeiriad At y drafft e-bost (dewisol)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>Allforio %1</translation>
        </message>
        <message>
            <source>Export &amp;all</source>
            <translation>Allfo&amp;rio'r cyfan</translation>
        </message>
        <message>
            <source>Export all the files</source>
            <translation>Allforio'r holl ffeiliau</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Ffolder allforio</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Cynnydd yr allforio</translation>
        </message>
        <message>
            <source>Export to which folder?</source>
            <translation>Allforio i ba ffolder?</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Allforio…</translation>
        </message>
        <message>
            <source>Fol&amp;der:</source>
            <translation>Ffol&amp;der:</translation>
        </message>
        <message>
            <source>Lang&amp;uage of the files:</source>
            <translation>Iai&amp;th y ffeiliau:</translation>
        </message>
        <message>
            <source>Language of the files</source>
            <translation>Iaith y ffeiliau</translation>
        </message>
        <message>
            <source>Nothing leaves this computer unless you export it. Files are written to the folder below; an existing file is never overwritten unless you allow it.</source>
            <translation>Nid oes dim yn gadael y cyfrifiadur hwn oni bai eich bod yn ei allforio. Caiff ffeiliau eu hysgrifennu i'r ffolder isod; ni chaiff ffeil sy'n bodoli ei throsysgrifo oni bai eich bod yn caniatáu hynny.</translation>
        </message>
        <message>
            <source>Open the export folder</source>
            <translation>Agor y ffolder allforio</translation>
        </message>
        <message>
            <source>Replace files of the &amp;same name</source>
            <translation>Disodli ffeiliau o'r un &amp;enw</translation>
        </message>
        <message>
            <source>Replace files of the same name</source>
            <translation>Disodli ffeiliau o'r un enw</translation>
        </message>
        <message>
            <source>The HTML file is the accessible version of the report: send it to anyone who uses a screen reader.</source>
            <translation>Y ffeil HTML yw fersiwn hygyrch yr adroddiad: anfonwch hi at unrhyw un sy'n defnyddio darllenydd sgrin.</translation>
        </message>
        <message>
            <source>The export did not finish</source>
            <translation>Ni orffennodd yr allforio</translation>
        </message>
        <message>
            <source>The full report with radar chart and action plan</source>
            <translation>Yr adroddiad llawn gyda siart radar a chynllun gweithredu</translation>
        </message>
        <message>
            <source>The same report as one web page, for screen readers</source>
            <translation>Yr un adroddiad fel un dudalen we, ar gyfer darllenwyr sgrin</translation>
        </message>
        <message>
            <source>The submission workbook in the original SVMI layout</source>
            <translation>Y llyfr gwaith cyflwyno yng nghynllun gwreiddiol SVMI</translation>
        </message>
        <message>
            <source>To address for the email draft (optional)</source>
            <translation>Cyfeiriad At ar gyfer y drafft e-bost (dewisol)</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Rhybudd:</translation>
        </message>
        <message>
            <source>Written to %1: %2</source>
            <translation>Ysgrifennwyd i %1: %2</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>%1 up, %2 down, %3 unchanged; %4 of last time's %5 actions done.</source>
            <translation>%1 i fyny, %2 i lawr, %3 heb newid; %4 o'r %5 cam gweithredu o'r tro diwethaf wedi'u cwblhau.</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) carried over from last time, not yet confirmed.</source>
            <translation>
                <numerusform>%n ateb wedi'u cario drosodd o'r tro diwethaf, heb eu cadarnhau eto.</numerusform>
                <numerusform>%n ateb wedi'i gario drosodd o'r tro diwethaf, heb ei gadarnhau eto.</numerusform>
                <numerusform>%n ateb wedi'u cario drosodd o'r tro diwethaf, heb eu cadarnhau eto.</numerusform>
                <numerusform>%n ateb wedi'u cario drosodd o'r tro diwethaf, heb eu cadarnhau eto.</numerusform>
                <numerusform>%n ateb wedi'u cario drosodd o'r tro diwethaf, heb eu cadarnhau eto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n thema</numerusform>
                <numerusform>%n thema</numerusform>
                <numerusform>%n thema</numerusform>
                <numerusform>%n thema</numerusform>
                <numerusform>%n thema</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Became compliant: up %n level(s)</source>
            <translation>
                <numerusform>Wedi dod i gydymffurfio: i fyny %n lefel</numerusform>
                <numerusform>Wedi dod i gydymffurfio: i fyny %n lefel</numerusform>
                <numerusform>Wedi dod i gydymffurfio: i fyny %n lefel</numerusform>
                <numerusform>Wedi dod i gydymffurfio: i fyny %n lefel</numerusform>
                <numerusform>Wedi dod i gydymffurfio: i fyny %n lefel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Became non-compliant: down %n level(s)</source>
            <translation>
                <numerusform>Wedi peidio â chydymffurfio: i lawr %n lefel</numerusform>
                <numerusform>Wedi peidio â chydymffurfio: i lawr %n lefel</numerusform>
                <numerusform>Wedi peidio â chydymffurfio: i lawr %n lefel</numerusform>
                <numerusform>Wedi peidio â chydymffurfio: i lawr %n lefel</numerusform>
                <numerusform>Wedi peidio â chydymffurfio: i lawr %n lefel</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot compare: not answered on both dates</source>
            <translation>Ni ellir cymharu: heb ei ateb ar y ddau ddyddiad</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Cymharu</translation>
        </message>
        <message>
            <source>Compare several &amp;bodies…</source>
            <translation>Cymharu sawl &amp;corff…</translation>
        </message>
        <message>
            <source>Criterion now met, action not marked done</source>
            <translation>Maen prawf wedi'i fodloni nawr, cam gweithredu heb ei farcio wedi'i gwblhau</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <source>Done, and its criterion is now met</source>
            <translation>Wedi'i gwblhau, ac mae ei faen prawf wedi'i fodloni nawr</translation>
        </message>
        <message>
            <source>Done, but its criterion is not met yet</source>
            <translation>Wedi'i gwblhau, ond nid yw ei faen prawf wedi'i fodloni eto</translation>
        </message>
        <message numerus="yes">
            <source>Down %n level(s)</source>
            <translation>
                <numerusform>I lawr %n lefel</numerusform>
                <numerusform>I lawr %n lefel</numerusform>
                <numerusform>I lawr %n lefel</numerusform>
                <numerusform>I lawr %n lefel</numerusform>
                <numerusform>I lawr %n lefel</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation>Hanes</translation>
        </message>
        <message>
            <source>Member %1</source>
            <translation>Aelod %1</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Dim newid</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Heb ei ateb eto</translation>
        </message>
        <message>
            <source>Open or select the session to re-assess first.</source>
            <translation>Agorwch neu dewiswch y sesiwn i'w hailasesu yn gyntaf.</translation>
        </message>
        <message>
            <source>Since last time (%1)</source>
            <translation>Ers y tro diwethaf (%1)</translation>
        </message>
        <message>
            <source>Start a &amp;re-assessment…</source>
            <translation>Dechrau a&amp;ilasesiad…</translation>
        </message>
        <message>
            <source>Start a re-assessment</source>
            <translation>Dechrau ailasesiad</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Yn dal ar agor</translation>
        </message>
        <message>
            <source>The re-assessment could not be started</source>
            <translation>Nid oedd modd dechrau'r ailasesiad</translation>
        </message>
        <message>
            <source>There is no other session of this index to compare with yet.</source>
            <translation>Nid oes sesiwn arall o'r mynegai hwn i gymharu â hi eto.</translation>
        </message>
        <message numerus="yes">
            <source>Up %n level(s)</source>
            <translation>
                <numerusform>I fyny %n lefel</numerusform>
                <numerusform>I fyny %n lefel</numerusform>
                <numerusform>I fyny %n lefel</numerusform>
                <numerusform>I fyny %n lefel</numerusform>
                <numerusform>I fyny %n lefel</numerusform>
            </translation>
        </message>
        <message>
            <source>carried over, not yet confirmed</source>
            <translation>wedi'i gario drosodd, heb ei gadarnhau eto</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialogs</name>
        <message>
            <source>&amp;Answers:</source>
            <translation>&amp;Atebion:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <source>A new session for %1, following the one of %2. The details and the open actions are carried forward.</source>
            <translation>Sesiwn newydd ar gyfer %1, yn dilyn sesiwn %2. Caiff y manylion a'r camau gweithredu agored eu cario ymlaen.</translation>
        </message>
        <message>
            <source>Carry over last time's answers for the room to confirm</source>
            <translation>Cario atebion y tro diwethaf drosodd i'r ystafell eu cadarnhau</translation>
        </message>
        <message>
            <source>Date of the re-assessment</source>
            <translation>Dyddiad yr ailasesiad</translation>
        </message>
        <message>
            <source>Last time's answers</source>
            <translation>Atebion y tro diwethaf</translation>
        </message>
        <message>
            <source>Start a re-assessment</source>
            <translation>Dechrau ailasesiad</translation>
        </message>
        <message>
            <source>Start with blank answers</source>
            <translation>Dechrau gydag atebion gwag</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>1. Decide where you are now.</source>
            <translation>1. Penderfynwch ble rydych chi nawr.</translation>
        </message>
        <message>
            <source>2. Decide where you want to be.</source>
            <translation>2. Penderfynwch ble rydych chi eisiau bod.</translation>
        </message>
        <message>
            <source>3. Work out how you get there.</source>
            <translation>3. Cynlluniwch sut i gyrraedd yno.</translation>
        </message>
        <message>
            <source>Answer the Future column for where you want to be %1. Anything true now is true in future too.</source>
            <translation>Atebwch y golofn Dyfodol ar gyfer ble rydych chi eisiau bod %1. Mae unrhyw beth sy'n wir nawr yn wir yn y dyfodol hefyd.</translation>
        </message>
        <message>
            <source>Answer the Future column for where you want to be in about two to three years. Anything true now is true in future too.</source>
            <translation>Atebwch y golofn Dyfodol ar gyfer ble rydych chi eisiau bod ymhen rhyw ddwy i dair blynedd. Mae unrhyw beth sy'n wir nawr yn wir yn y dyfodol hefyd.</translation>
        </message>
        <message>
            <source>For each theme, answer every statement for today: Yes if it is true now, No if not. The theme's level is the highest level whose requirements are all met.</source>
            <translation>Ar gyfer pob thema, atebwch bob datganiad ar gyfer heddiw: Ie os yw'n wir nawr, Na os nad yw. Lefel y thema yw'r lefel uchaf y mae ei gofynion i gyd wedi'u bodloni.</translation>
        </message>
        <message>
            <source>How the workshop works</source>
            <translation>Sut mae'r gweithdy'n gweithio</translation>
        </message>
        <message>
            <source>Non-compliant means a fundamental requirement of the Public Services (Social Value) Act is not met. A level is provisional while questions are unanswered. Every level is shown with its colour and its name.</source>
            <translation>Mae Heb gydymffurfio yn golygu nad yw un o ofynion sylfaenol Deddf Gwasanaethau Cyhoeddus (Gwerth Cymdeithasol) wedi'i fodloni. Mae lefel dros dro tra bo cwestiynau heb eu hateb. Dangosir pob lefel gyda'i lliw a'i henw.</translation>
        </message>
        <message>
            <source>The action plan lists what it takes to move each theme from its present to its future level, phased year by year. Give each action an owner and a date.</source>
            <translation>Mae'r cynllun gweithredu yn rhestru beth sydd ei angen i symud pob thema o'i lefel bresennol i'w lefel yn y dyfodol, fesul blwyddyn. Rhowch berchennog a dyddiad i bob cam gweithredu.</translation>
        </message>
        <message>
            <source>The levels</source>
            <translation>Y lefelau</translation>
        </message>
        <message>
            <source>a fundamental requirement of the Act is not met</source>
            <translation>nid yw un o ofynion sylfaenol y Ddeddf wedi'i fodloni</translation>
        </message>
    </context>
    <context>
        <name>IsoDateEdit</name>
        <message>
            <source>A date as year-month-day, e.g. 2027-06-30</source>
            <translation>Dyddiad fel blwyddyn-mis-diwrnod, e.e. 2027-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>BBBB-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>Iaith y &amp;system</translation>
        </message>
        <message>
            <source>About SVMI Desktop</source>
            <translation>Ynghylch SVMI Desktop</translation>
        </message>
        <message>
            <source>Free software under the MIT licence.</source>
            <translation>Meddalwedd rydd o dan drwydded MIT.</translation>
        </message>
        <message>
            <source>Run a Social Value Maturity Index workshop offline: answers, radar chart, action plan, workbook and PDF report. Nothing leaves this computer unless you export it.</source>
            <translation>Cynnal gweithdy Mynegai Aeddfedrwydd Gwerth Cymdeithasol all-lein: atebion, siart radar, cynllun gweithredu, llyfr gwaith ac adroddiad PDF. Nid oes dim yn gadael y cyfrifiadur hwn oni bai eich bod yn ei allforio.</translation>
        </message>
        <message>
            <source>SVMI Desktop %1</source>
            <translation>SVMI Desktop %1</translation>
        </message>
        <message>
            <source>The Welsh translation (Cymraeg) is a draft awaiting review by a Welsh-language translator; its terms and their sources are in docs/welsh-glossary.md.</source>
            <translation>Mae'r cyfieithiad Cymraeg yn ddrafft sy'n aros am adolygiad gan gyfieithydd Cymraeg; mae ei dermau a'u ffynonellau yn docs/welsh-glossary.md.</translation>
        </message>
    </context>
    <context>
        <name>LevelHeading</name>
        <message>
            <source>%1 (level %2)</source>
            <translation>%1 (lefel %2)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 – SVMI Desktop – %2</source>
            <translation>%1 – SVMI Desktop – %2</translation>
        </message>
        <message>
            <source>%1. Press Ctrl+Z or Undo to bring it back.</source>
            <translation>%1. Pwyswch Ctrl+Z neu Dadwneud i'w adfer.</translation>
        </message>
        <message>
            <source>&amp;About SVMI Desktop</source>
            <translation>&amp;Ynghylch SVMI Desktop</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Maint gwirioneddol</translation>
        </message>
        <message>
            <source>&amp;Add an action…</source>
            <translation>&amp;Ychwanegu cam gweithredu…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Allforio</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Sgrin lawn</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Mynd</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Cyferbyniad &amp;uchel</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Mewnf&amp;orio ffeil…</translation>
        </message>
        <message>
            <source>&amp;Introduction</source>
            <translation>&amp;Cyflwyniad</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Llwybrau byr y &amp;bysellfwrdd</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>Asesiad &amp;newydd…</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Tudalen &amp;nesaf</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>Tudalen &amp;flaenorol</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Canlyniadau</translation>
        </message>
        <message>
            <source>&amp;Side list</source>
            <translation>&amp;Rhestr ochr</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>Sgrin &amp;gychwyn</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>G&amp;weld</translation>
        </message>
        <message>
            <source>Action &amp;plan</source>
            <translation>Cynllun &amp;gweithredu</translation>
        </message>
        <message>
            <source>Add your own index file</source>
            <translation>Ychwanegu eich ffeil mynegai eich hun</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Pob newid wedi'i gadw</translation>
        </message>
        <message>
            <source>Ctrl+Page Down / Alt+Right: next page
Ctrl+Page Up / Alt+Left: previous page
Tab / Shift+Tab: next / previous answer
Space: cycle the focused answer (– → Yes → No)
Y / N: Yes / No
Delete: clear the focused answer
Ctrl+R: results   Ctrl+P: action plan
Ctrl+L: the side list of pages
F11: full screen
Ctrl+= / Ctrl+- / Ctrl+0: text size
Ctrl+Shift+H: high contrast</source>
            <translation>Ctrl+Page Down / Alt+Right: y dudalen nesaf
Ctrl+Page Up / Alt+Left: y dudalen flaenorol
Tab / Shift+Tab: yr ateb nesaf / blaenorol
Bylchwr: symud drwy'r ateb sydd â ffocws (– → Ie → Na)
Y / N: Ie / Na
Delete: clirio'r ateb sydd â ffocws
Ctrl+R: canlyniadau   Ctrl+P: cynllun gweithredu
Ctrl+L: rhestr ochr y tudalennau
F11: sgrin lawn
Ctrl+= / Ctrl+- / Ctrl+0: maint y testun
Ctrl+Shift+H: cyferbyniad uchel</translation>
        </message>
        <message>
            <source>Import a workbook or assessment file</source>
            <translation>Mewnforio llyfr gwaith neu ffeil asesu</translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>Mewnforiwyd %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Mewnforio %1…</translation>
        </message>
        <message>
            <source>Index files (*.toml)</source>
            <translation>Ffeiliau mynegai (*.toml)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Agor y &amp;demo</translation>
        </message>
        <message>
            <source>SVMI Desktop</source>
            <translation>SVMI Desktop</translation>
        </message>
        <message>
            <source>SVMI files (*.xlsx *.svmi.json *.json);;All files (*)</source>
            <translation>Ffeiliau SVMI (*.xlsx *.svmi.json *.json);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Statws cadw</translation>
        </message>
        <message>
            <source>Session brought back</source>
            <translation>Sesiwn wedi'i hadfer</translation>
        </message>
        <message>
            <source>Session deleted. Press Ctrl+Z or Undo to bring it back.</source>
            <translation>Sesiwn wedi'i dileu. Pwyswch Ctrl+Z neu Dadwneud i'w hadfer.</translation>
        </message>
        <message>
            <source>Text size %1%</source>
            <translation>Maint y testun %1%</translation>
        </message>
        <message>
            <source>The assessment could not be created</source>
            <translation>Nid oedd modd creu'r asesiad</translation>
        </message>
        <message>
            <source>The demo could not be opened</source>
            <translation>Nid oedd modd agor y demo</translation>
        </message>
        <message>
            <source>The file could not be imported</source>
            <translation>Nid oedd modd mewnforio'r ffeil</translation>
        </message>
        <message>
            <source>The language changes when SVMI Desktop is next started.</source>
            <translation>Bydd yr iaith yn newid y tro nesaf y bydd SVMI Desktop yn cychwyn.</translation>
        </message>
        <message>
            <source>The session could not be opened</source>
            <translation>Nid oedd modd agor y sesiwn</translation>
        </message>
        <message>
            <source>This index file cannot be used</source>
            <translation>Ni ellir defnyddio'r ffeil mynegai hon</translation>
        </message>
        <message>
            <source>Workshop &amp;details</source>
            <translation>&amp;Manylion y gweithdy</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Chwyddo &amp;i mewn</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Chwyddo &amp;allan</translation>
        </message>
        <message>
            <source>delete the session</source>
            <translation>dileu'r sesiwn</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentPage</name>
        <message>
            <source> years</source>
            <translation> blynedd</translation>
        </message>
        <message>
            <source>&amp;Create and start</source>
            <translation>Cr&amp;eu a dechrau</translation>
        </message>
        <message>
            <source>&amp;Index</source>
            <translation>M&amp;ynegai</translation>
        </message>
        <message>
            <source>&amp;Organisation name</source>
            <translation>Enw'r &amp;sefydliad</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Rhanbarth</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>Ma&amp;th</translation>
        </message>
        <message>
            <source>A role is enough, e.g. Social value lead</source>
            <translation>Mae rôl yn ddigon, e.e. Arweinydd gwerth cymdeithasol</translation>
        </message>
        <message>
            <source>Add a &amp;participant</source>
            <translation>Ychwa&amp;negu cyfranogwr</translation>
        </message>
        <message>
            <source>Add a participant row</source>
            <translation>Ychwanegu rhes cyfranogwr</translation>
        </message>
        <message>
            <source>Add your own index file…</source>
            <translation>Ychwanegu eich ffeil mynegai eich hun…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Cancel and go back to the start screen</source>
            <translation>Canslo a mynd yn ôl i'r sgrin gychwyn</translation>
        </message>
        <message>
            <source>Create the assessment and start</source>
            <translation>Creu'r asesiad a dechrau</translation>
        </message>
        <message>
            <source>Enter the organisation's name to continue.</source>
            <translation>Rhowch enw'r sefydliad i barhau.</translation>
        </message>
        <message>
            <source>F&amp;acilitator</source>
            <translation>&amp;Hwylusydd</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Hwylusydd</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Enw (dewisol)</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Asesiad newydd</translation>
        </message>
        <message>
            <source>New assessment form</source>
            <translation>Ffurflen asesiad newydd</translation>
        </message>
        <message>
            <source>Organisation name (required)</source>
            <translation>Enw'r sefydliad (gofynnol)</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Math o sefydliad</translation>
        </message>
        <message>
            <source>Participant %1 name (optional)</source>
            <translation>Enw cyfranogwr %1 (dewisol)</translation>
        </message>
        <message>
            <source>Participant %1 role</source>
            <translation>Rôl cyfranogwr %1</translation>
        </message>
        <message>
            <source>Participants (a role is enough; a name only with consent)</source>
            <translation>Cyfranogwyr (mae rôl yn ddigon; enw dim ond gyda chaniatâd)</translation>
        </message>
        <message>
            <source>Programme hori&amp;zon</source>
            <translation>Gorwe&amp;l y rhaglen</translation>
        </message>
        <message>
            <source>Programme horizon in years</source>
            <translation>Gorwel y rhaglen mewn blynyddoedd</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove participant %1</source>
            <translation>Tynnu cyfranogwr %1</translation>
        </message>
        <message>
            <source>Role, e.g. Head of Procurement</source>
            <translation>Rôl, e.e. Pennaeth Caffael</translation>
        </message>
        <message>
            <source>Workshop &amp;date</source>
            <translation>&amp;Dyddiad y gweithdy</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Dyddiad y gweithdy</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <source>%1 · workshop %2</source>
            <translation>%1 · gweithdy %2</translation>
        </message>
        <message>
            <source>%1: workshop pack</source>
            <translation>%1: pecyn y gweithdy</translation>
        </message>
        <message>
            <source>(a fundamental requirement of the Act)</source>
            <translation>(un o ofynion sylfaenol y Ddeddf)</translation>
        </message>
        <message>
            <source>(description, not asked)</source>
            <translation>(disgrifiad, heb ei ofyn)</translation>
        </message>
        <message>
            <source>(same answer as %1)</source>
            <translation>(yr un ateb â %1)</translation>
        </message>
        <message>
            <source>1. Where are we now?</source>
            <translation>1. Ble rydym ni nawr?</translation>
        </message>
        <message>
            <source>2. Where do we want to be (%1)?</source>
            <translation>2. Ble rydyn ni eisiau bod (%1)?</translation>
        </message>
        <message>
            <source>3. How will we get there?</source>
            <translation>3. Sut byddwn ni’n cyrraedd yno?</translation>
        </message>
        <message>
            <source>Each statement ticked for the future but not met now becomes an action, phased year by year, with an owner and a date.</source>
            <translation>Mae pob datganiad a dicwyd ar gyfer y dyfodol ond nad yw’n cael ei fodloni nawr yn dod yn gam gweithredu, fesul blwyddyn, gyda pherchennog a dyddiad.</translation>
        </message>
        <message>
            <source>Evidence: what shows it is met</source>
            <translation>Tystiolaeth: beth sy’n dangos ei fod wedi’i fodloni</translation>
        </message>
        <message>
            <source>For any organisation using this index</source>
            <translation>Ar gyfer unrhyw sefydliad sy’n defnyddio’r mynegai hwn</translation>
        </message>
        <message>
            <source>For each theme, the room agrees which statements are true of the organisation today. The theme's level is the highest level whose statements are all met.</source>
            <translation>Ar gyfer pob thema, mae’r ystafell yn cytuno pa ddatganiadau sy’n wir am y sefydliad heddiw. Lefel y thema yw’r lefel uchaf y mae ei holl ddatganiadau wedi’u bodloni.</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Cyf</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NA</translation>
        </message>
        <message>
            <source>NOT SURE</source>
            <translation>DDIM YN SIŴR</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>Participant worksheet</source>
            <translation>Taflen waith y cyfranogwr</translation>
        </message>
        <message>
            <source>Please read this before the workshop. There are no wrong answers: the room agrees each answer together, on the evidence.</source>
            <translation>Darllenwch hwn cyn y gweithdy. Does dim atebion anghywir: mae’r ystafell yn cytuno ar bob ateb gyda’i gilydd, ar sail y dystiolaeth.</translation>
        </message>
        <message>
            <source>Pre-read</source>
            <translation>Deunydd darllen ymlaen llaw</translation>
        </message>
        <message>
            <source>Social Value Maturity Index workshop pack</source>
            <translation>Pecyn gweithdy’r Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Datganiad</translation>
        </message>
        <message>
            <source>The four levels</source>
            <translation>Y pedair lefel</translation>
        </message>
        <message>
            <source>The method: three steps</source>
            <translation>Y dull: tri cham</translation>
        </message>
        <message>
            <source>The room ticks the statements it wants to be true by the end of the programme: that sets each theme's future level.</source>
            <translation>Mae’r ystafell yn ticio’r datganiadau y mae am iddynt fod yn wir erbyn diwedd y rhaglen: dyna sy’n gosod lefel pob thema yn y dyfodol.</translation>
        </message>
        <message>
            <source>The themes</source>
            <translation>Y themâu</translation>
        </message>
        <message>
            <source>Tick Yes or No for each statement, now and %1; leave both empty if you are not sure. Note what shows it is met. The ids (A.F1…) let your answers be entered exactly.</source>
            <translation>Ticiwch Ie neu Na ar gyfer pob datganiad, nawr a %1; gadewch y ddau’n wag os nad ydych yn siŵr. Nodwch beth sy’n dangos ei fod wedi’i fodloni. Mae’r cyfeirnodau (A.F1…) yn caniatáu i’ch atebion gael eu cofnodi’n union.</translation>
        </message>
        <message>
            <source>Tick Yes or No for each statement; leave both empty if you are not sure.</source>
            <translation>Ticiwch Ie neu Na ar gyfer pob datganiad; gadewch y ddau’n wag os nad ydych yn siŵr.</translation>
        </message>
        <message>
            <source>Voting card: hold it up when asked</source>
            <translation>Cerdyn pleidleisio: daliwch ef i fyny pan ofynnir</translation>
        </message>
        <message>
            <source>Voting cards</source>
            <translation>Cardiau pleidleisio</translation>
        </message>
        <message>
            <source>YES</source>
            <translation>IE</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>Your role (optional, no name needed): ______________________</source>
            <translation>Eich rôl (dewisol, dim angen enw): ______________________</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRows</name>
        <message>
            <source>Name (optional)</source>
            <translation>Enw (dewisol)</translation>
        </message>
        <message>
            <source>Participant %1 name (optional)</source>
            <translation>Enw cyfranogwr %1 (dewisol)</translation>
        </message>
        <message>
            <source>Participant %1 role</source>
            <translation>Rôl cyfranogwr %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove participant %1</source>
            <translation>Tynnu cyfranogwr %1</translation>
        </message>
        <message>
            <source>Role, e.g. Head of Procurement</source>
            <translation>Rôl, e.e. Pennaeth Caffael</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source> (stretch)</source>
            <translation> (ymestynnol)</translation>
        </message>
        <message>
            <source>%1 over a %2-year programme.</source>
            <translation>%1 dros raglen %2 blynedd.</translation>
        </message>
        <message>
            <source>&amp;Add an action…</source>
            <translation>&amp;Ychwanegu cam gweithredu…</translation>
        </message>
        <message>
            <source>&amp;Delete the selected action</source>
            <translation>&amp;Dileu'r cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Cynllun gweithredu</translation>
        </message>
        <message>
            <source>Action plan views</source>
            <translation>Golygon y cynllun gweithredu</translation>
        </message>
        <message>
            <source>Action plan views: by theme or by year</source>
            <translation>Golygon y cynllun gweithredu: fesul thema neu fesul blwyddyn</translation>
        </message>
        <message>
            <source>Actions by theme and target level</source>
            <translation>Camau gweithredu fesul thema a lefel darged</translation>
        </message>
        <message>
            <source>Actions by year: owner, due date, status and note can be edited (F2 or type)</source>
            <translation>Camau gweithredu fesul blwyddyn: gellir golygu perchennog, dyddiad targed, statws a nodyn (F2 neu deipio)</translation>
        </message>
        <message>
            <source>Add an action to a theme</source>
            <translation>Ychwanegu cam gweithredu at thema</translation>
        </message>
        <message>
            <source>By theme</source>
            <translation>Fesul thema</translation>
        </message>
        <message>
            <source>By year (edit owners and dates)</source>
            <translation>Fesul blwyddyn (golygu perchnogion a dyddiadau)</translation>
        </message>
        <message>
            <source>Delete the selected action you added</source>
            <translation>Dileu'r cam gweithredu a ddewiswyd a ychwanegwyd gennych</translation>
        </message>
        <message>
            <source>No actions yet: answer the Future column above the Present level to build a plan.</source>
            <translation>Dim camau gweithredu eto: atebwch y golofn Dyfodol uwchlaw'r lefel Bresennol i adeiladu cynllun.</translation>
        </message>
        <message>
            <source>Own action</source>
            <translation>Cam gweithredu eich hun</translation>
        </message>
        <message>
            <source>Select the whole table</source>
            <translation>Dewis y tabl cyfan</translation>
        </message>
    </context>
    <context>
        <name>PlanYearsModel</name>
        <message>
            <source>  (stretch)</source>
            <translation>  (ymestynnol)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Cyf</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Blwyddyn</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>Blwyddyn %1</translation>
        </message>
        <message>
            <source>own</source>
            <translation>eich hun</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>A second screen was connected: the audience view is on it.</source>
            <translation>Cysylltwyd ail sgrin: mae golwg y gynulleidfa arni.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Heb ei newid</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Ystafell</translation>
        </message>
        <message>
            <source>The second screen was disconnected; press F5 to show the audience view here.</source>
            <translation>Datgysylltwyd yr ail sgrin; pwyswch F5 i ddangos golwg y gynulleidfa yma.</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>%1: now %2, future %3</source>
            <translation>%1: nawr %2, dyfodol %3</translation>
        </message>
        <message>
            <source>In 2–3 years</source>
            <translation>Ymhen 2–3 blynedd</translation>
        </message>
        <message>
            <source>Present is the solid blue line, future the dashed orange line. </source>
            <translation>Y llinell las solet yw'r presennol, y llinell oren doredig yw'r dyfodol. </translation>
        </message>
        <message>
            <source>Radar chart of present and future levels</source>
            <translation>Siart radar o'r lefelau presennol a dyfodol</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (fersiwn %2)</translation>
        </message>
        <message>
            <source>%1 holds %2%3, which no font on this computer can print: the PDF shows a blank box there (the HTML report and the workbook keep it).</source>
            <translation>%1: mae'n cynnwys %2%3, na all unrhyw ffont ar y cyfrifiadur hwn ei argraffu: mae'r PDF yn dangos blwch gwag yno (mae'r adroddiad HTML a'r llyfr gwaith yn ei gadw).</translation>
        </message>
        <message>
            <source>%1: %2 %3, %4 %5</source>
            <translation>%1: %2 %3, %4 %5</translation>
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
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>An accessible version of this report, for screen readers and any screen size, is the HTML file exported beside it.</source>
            <translation>Mae fersiwn hygyrch o’r adroddiad hwn, ar gyfer darllenwyr sgrin ac unrhyw faint sgrin, yn y ffeil HTML a allforiwyd gydag ef.</translation>
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
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Level of each theme</source>
            <translation>Lefel pob thema</translation>
        </message>
        <message>
            <source>Levels now and in future, by theme</source>
            <translation>Lefelau nawr ac yn y dyfodol, fesul thema</translation>
        </message>
        <message>
            <source>Made with SVMI Desktop.</source>
            <translation>Gwnaed gyda SVMI Desktop.</translation>
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
            <source>Note:</source>
            <translation>Nodyn:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Overall (mean)</source>
            <translation>Cyffredinol (cymedr)</translation>
        </message>
        <message>
            <source>Overall level now</source>
            <translation>Lefel gyffredinol nawr</translation>
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
            <source>Participant %1's name</source>
            <translation>Enw cyfranogwr %1</translation>
        </message>
        <message>
            <source>Participant %1's role</source>
            <translation>Rôl cyfranogwr %1</translation>
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
            <source>Radar chart of each theme's level, from 0 at the centre to 4 at the edge. %1. The table below gives the same levels.</source>
            <translation>Siart radar o lefel pob thema, o 0 yn y canol i 4 ar yr ymyl. %1. Mae'r tabl isod yn rhoi'r un lefelau.</translation>
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
            <source>SVMI self-assessment report – %1</source>
            <translation>Adroddiad hunanasesu SVMI – %1</translation>
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
            <source>Social Value Maturity Index</source>
            <translation>Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
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
            <source>The action %1</source>
            <translation>Cam gweithredu %1</translation>
        </message>
        <message>
            <source>The biggest steps planned:</source>
            <translation>Y camau mwyaf a gynlluniwyd:</translation>
        </message>
        <message>
            <source>The facilitator</source>
            <translation>Yr hwylusydd</translation>
        </message>
        <message>
            <source>The note for theme %1</source>
            <translation>Nodyn thema %1</translation>
        </message>
        <message>
            <source>The note on action %1</source>
            <translation>Nodyn cam gweithredu %1</translation>
        </message>
        <message>
            <source>The organisation name</source>
            <translation>Enw’r sefydliad</translation>
        </message>
        <message>
            <source>The organisation type</source>
            <translation>Math o sefydliad</translation>
        </message>
        <message>
            <source>The overall level is the mean of the %1 theme levels: %2 now and %3 in future.</source>
            <translation>Y lefel gyffredinol yw cymedr lefelau'r %1 thema: %2 nawr a %3 yn y dyfodol.</translation>
        </message>
        <message>
            <source>The owner of action %1</source>
            <translation>Perchennog cam gweithredu %1</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>Y rhanbarth</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>This HTML file is the accessible version of the report.</source>
            <translation>Y ffeil HTML hon yw fersiwn hygyrch yr adroddiad.</translation>
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
            <source>Workshop %1</source>
            <translation>Gweithdy %1</translation>
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
            <source>a custom action of theme %1</source>
            <translation>eich hun yn thema %1</translation>
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
        <message>
            <source>… and %1 more in the full report.</source>
            <translation>… a %1 arall yn yr adroddiad llawn.</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>In 2–3 years</source>
            <translation>Ymhen 2–3 blynedd</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <source>Overall (mean of the theme levels)</source>
            <translation>Cyffredinol (cymedr lefelau'r themâu)</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>  (provisional: some questions are not answered yet)</source>
            <translation>  (dros dro: nid yw rhai cwestiynau wedi'u hateb eto)</translation>
        </message>
        <message>
            <source>Overall now: %1  →  %2: %3</source>
            <translation>Cyffredinol nawr: %1  →  %2: %3</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>Results table: each theme's level now and %1</source>
            <translation>Tabl canlyniadau: lefel pob thema nawr ac %1</translation>
        </message>
        <message>
            <source>Results table: each theme's level now and in 2–3 years</source>
            <translation>Tabl canlyniadau: lefel pob thema nawr ac ymhen 2–3 blynedd</translation>
        </message>
        <message>
            <source>The same figures as the radar chart, as a table.</source>
            <translation>Yr un ffigurau â'r siart radar, fel tabl.</translation>
        </message>
        <message>
            <source>in 2–3 years</source>
            <translation>ymhen 2–3 blynedd</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>&amp;Audience view (projector or toggle)</source>
            <translation>Golwg y &amp;gynulleidfa (taflunydd neu doglo)</translation>
        </message>
        <message>
            <source>&amp;Load returned personal files…</source>
            <translation>&amp;Llwytho'r ffeiliau personol a ddychwelwyd…</translation>
        </message>
        <message>
            <source>&amp;Make personal files…</source>
            <translation>&amp;Creu ffeiliau personol…</translation>
        </message>
        <message>
            <source>&amp;Reveal or hide the votes</source>
            <translation>&amp;Datgelu neu guddio'r pleidleisiau</translation>
        </message>
        <message>
            <source>Enter &amp;vote counts</source>
            <translation>&amp;Rhoi niferoedd y pleidleisiau</translation>
        </message>
        <message>
            <source>Folder for the personal files</source>
            <translation>Ffolder ar gyfer y ffeiliau personol</translation>
        </message>
        <message>
            <source>Personal files</source>
            <translation>Ffeiliau personol</translation>
        </message>
        <message>
            <source>Returned files</source>
            <translation>Ffeiliau a ddychwelwyd</translation>
        </message>
        <message>
            <source>Roo&amp;m</source>
            <translation>&amp;Ystafell</translation>
        </message>
        <message>
            <source>Room &amp;panel</source>
            <translation>&amp;Panel yr ystafell</translation>
        </message>
        <message>
            <source>Save the workshop &amp;pack (pre-read, worksheet, cards)…</source>
            <translation>Cadw p&amp;ecyn y gweithdy (deunydd darllen ymlaen llaw, taflen waith, cardiau)…</translation>
        </message>
        <message>
            <source>Saved the pack: %1 and %2</source>
            <translation>Cadwyd y pecyn: %1 a %2</translation>
        </message>
        <message>
            <source>Some files were not counted</source>
            <translation>Ni chafodd rhai ffeiliau eu cyfrif</translation>
        </message>
        <message>
            <source>Start or pause the &amp;timer</source>
            <translation>Dechrau neu oedi'r &amp;amserydd</translation>
        </message>
        <message>
            <source>The pack was not saved</source>
            <translation>Ni chafodd y pecyn ei gadw</translation>
        </message>
        <message>
            <source>Where we stand now, and where we want to be</source>
            <translation>Ble rydyn ni nawr, a ble rydyn ni eisiau bod</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>Assessment files (.svmi.json)</source>
            <translation>Ffeiliau asesu (.svmi.json)</translation>
        </message>
        <message>
            <source>Assessment files and workbooks (*.svmi.json *.json *.xlsx)</source>
            <translation>Ffeiliau asesu a llyfrau gwaith (*.svmi.json *.json *.xlsx)</translation>
        </message>
        <message>
            <source>How many participants?</source>
            <translation>Sawl cyfranogwr?</translation>
        </message>
        <message>
            <source>Load returned personal files</source>
            <translation>Llwytho'r ffeiliau personol a ddychwelwyd</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Personal files</source>
            <translation>Ffeiliau personol</translation>
        </message>
        <message>
            <source>Save the workshop pack</source>
            <translation>Cadw pecyn y gweithdy</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>Pa fath?</translation>
        </message>
        <message>
            <source>Workbooks (.xlsx)</source>
            <translation>Llyfrau gwaith (.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>RoomPanel</name>
        <message>
            <source>&amp;Capture</source>
            <translation>&amp;Cofnodi</translation>
        </message>
        <message>
            <source>&amp;Timer</source>
            <translation>&amp;Amserydd</translation>
        </message>
        <message>
            <source>&amp;Votes</source>
            <translation>&amp;Pleidleisiau</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Cytunwyd</translation>
        </message>
        <message>
            <source>Choose a criterion</source>
            <translation>Dewiswch faen prawf</translation>
        </message>
        <message>
            <source>Counts: yes, no, not sure (e.g. 5 2 1), then Enter</source>
            <translation>Niferoedd: ie, na, ddim yn siŵr (e.e. 5 2 1), yna Enter</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Maen prawf</translation>
        </message>
        <message>
            <source>Criterion being voted on</source>
            <translation>Y maen prawf y pleidleisir arno</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Decisions, disagreements, parking lot</source>
            <translation>Penderfyniadau, anghytundebau, maes parcio</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Evidence date</source>
            <translation>Dyddiad y dystiolaeth</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Tystiolaeth ar gyfer %1</translation>
        </message>
        <message>
            <source>Evidence owner</source>
            <translation>Perchennog y dystiolaeth</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Tystiolaeth: %1</translation>
        </message>
        <message>
            <source>Files
yes/no/?</source>
            <translation>Ffeiliau
ie/na/?</translation>
        </message>
        <message>
            <source>Hidden from the projector</source>
            <translation>Wedi'i guddio o'r taflunydd</translation>
        </message>
        <message>
            <source>Hide on the projector</source>
            <translation>Cuddio ar y taflunydd</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Math o eitem</translation>
        </message>
        <message>
            <source>Load returned files…</source>
            <translation>Llwytho'r ffeiliau a ddychwelwyd…</translation>
        </message>
        <message>
            <source>Make personal files…</source>
            <translation>Creu ffeiliau personol…</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Eitem newydd</translation>
        </message>
        <message>
            <source>No votes entered for this criterion.</source>
            <translation>Dim pleidleisiau wedi'u rhoi ar gyfer y maen prawf hwn.</translation>
        </message>
        <message>
            <source>Note of dissent</source>
            <translation>Nodyn anghytuno</translation>
        </message>
        <message>
            <source>Note of dissent (optional, no names needed)</source>
            <translation>Nodyn anghytuno (dewisol, nid oes angen enwau)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Tynnu'r eitem a ddewiswyd</translation>
        </message>
        <message>
            <source>Reveal on the projector</source>
            <translation>Datgelu ar y taflunydd</translation>
        </message>
        <message>
            <source>Room panel</source>
            <translation>Panel yr ystafell</translation>
        </message>
        <message>
            <source>Shown on the projector</source>
            <translation>Wedi'i ddangos ar y taflunydd</translation>
        </message>
        <message>
            <source>Sp&amp;read</source>
            <translation>&amp;Gwasgariad</translation>
        </message>
        <message>
            <source>Spread of views, disagreements first</source>
            <translation>Gwasgariad y safbwyntiau, anghytundebau yn gyntaf</translation>
        </message>
        <message>
            <source>This theme's items</source>
            <translation>Eitemau'r thema hon</translation>
        </message>
        <message>
            <source>Vote
yes/no/?</source>
            <translation>Pleidlais
ie/na/?</translation>
        </message>
        <message>
            <source>Vote counts: yes, no, not sure</source>
            <translation>Niferoedd y pleidleisiau: ie, na, ddim yn siŵr</translation>
        </message>
        <message>
            <source>Vote state</source>
            <translation>Statws y bleidlais</translation>
        </message>
        <message>
            <source>What shows it is met</source>
            <translation>Beth sy'n dangos ei fod wedi'i fodloni</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>dim dyddiad</translation>
        </message>
    </context>
    <context>
        <name>SaveState</name>
        <message>
            <source>All changes saved</source>
            <translation>Pob newid wedi'i gadw</translation>
        </message>
        <message>
            <source>NOT SAVED: see the message</source>
            <translation>HEB EI GADW: gweler y neges</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Darllen yn unig</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved here</source>
            <translation>Darllen yn unig: ni ellir cadw newidiadau yma</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Cadw…</translation>
        </message>
        <message>
            <source>These sessions were opened read-only: you can look at them, but changes cannot be saved.</source>
            <translation>Agorwyd y sesiynau hyn i'w darllen yn unig: gallwch edrych arnynt, ond ni ellir cadw newidiadau.</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>%1 of %2 answered</source>
            <translation>%1 o %2 wedi'u hateb</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Mynegai</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Newidiwyd ddiwethaf</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Overall: now → future</source>
            <translation>Cyffredinol: nawr → dyfodol</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Dyddiad y gweithdy</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>%1 %2 stays Yes while %3 is Yes.</source>
            <translation>Mae %1 %2 yn aros yn Ie tra bo %3 yn Ie.</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>%1 (so %2 is Yes too)</source>
            <translation>%1 (felly mae %2 yn Ie hefyd)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>&amp;Nesaf →</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Cynllun gweithredu</translation>
        </message>
        <message>
            <source>Action plan: %1 changed</source>
            <translation>Cynllun gweithredu: newidiwyd %1</translation>
        </message>
        <message>
            <source>Added the action “%1”</source>
            <translation>Ychwanegwyd y cam gweithredu “%1”</translation>
        </message>
        <message>
            <source>Deleted the action “%1”</source>
            <translation>Dilëwyd y cam gweithredu “%1”</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Cyflwyniad</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Y newid diwethaf</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Tudalen nesaf</translation>
        </message>
        <message>
            <source>Next page (Ctrl+Page Down)</source>
            <translation>Tudalen nesaf (Ctrl+Page Down)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Heb ei newid</translation>
        </message>
        <message>
            <source>Note for theme %1</source>
            <translation>Nodyn ar gyfer thema %1</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Tudalen flaenorol</translation>
        </message>
        <message>
            <source>Previous page (Ctrl+Page Up)</source>
            <translation>Tudalen flaenorol (Ctrl+Page Up)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Dadwnaed: %1</translation>
        </message>
        <message>
            <source>Undone: the note for theme %1</source>
            <translation>Dadwnaed: y nodyn ar gyfer thema %1</translation>
        </message>
        <message>
            <source>Workshop details</source>
            <translation>Manylion y gweithdy</translation>
        </message>
        <message>
            <source>Workshop details changed</source>
            <translation>Newidiwyd manylion y gweithdy</translation>
        </message>
        <message>
            <source>Workshop pages and theme status</source>
            <translation>Tudalennau'r gweithdy a statws y themâu</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>cyflawn</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>dyddiad targed</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>anghyflawn</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>heb ei ateb</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>heb ddechrau</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nodyn</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>perchennog</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statws</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← &amp;Blaenorol</translation>
        </message>
    </context>
    <context>
        <name>SinceLastTime</name>
        <message>
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>Camau gweithredu'r tro diwethaf</translation>
        </message>
        <message>
            <source>Now (%1)</source>
            <translation>Nawr (%1)</translation>
        </message>
        <message>
            <source>SVMI comparison – %1</source>
            <translation>Cymhariaeth SVMI – %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Targed: %1</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Then (%1)</source>
            <translation>Bryd hynny (%1)</translation>
        </message>
    </context>
    <context>
        <name>SinceLastTimeBox</name>
        <message>
            <source>Since last time</source>
            <translation>Ers y tro diwethaf</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Mewnf&amp;orio ffeil…</translation>
        </message>
        <message>
            <source>&amp;New assessment</source>
            <translation>Asesiad &amp;newydd</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>C&amp;hwilio:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clirio'r chwiliad</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>D&amp;ileu</translation>
        </message>
        <message>
            <source>Decide where you are now, where you want to be in 2–3 years, and how you get there. Everything is saved as you go, on this computer only.</source>
            <translation>Penderfynwch ble rydych chi nawr, ble rydych chi eisiau bod ymhen 2–3 blynedd, a sut i gyrraedd yno. Caiff popeth ei gadw wrth i chi fynd, ar y cyfrifiadur hwn yn unig.</translation>
        </message>
        <message>
            <source>Delete the selected session (can be undone)</source>
            <translation>Dileu'r sesiwn a ddewiswyd (gellir ei dadwneud)</translation>
        </message>
        <message>
            <source>Import a workbook or assessment file</source>
            <translation>Mewnforio llyfr gwaith neu ffeil asesu</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Asesiad newydd</translation>
        </message>
        <message>
            <source>No sessions yet. Start a new assessment or open the demo.</source>
            <translation>Dim sesiynau eto. Dechreuwch asesiad newydd neu agorwch y demo.</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Agor y &amp;demo</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Agor y gweithdy demo</translation>
        </message>
        <message>
            <source>Open the selected session</source>
            <translation>Agor y sesiwn a ddewiswyd</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Sesiynau diweddar</translation>
        </message>
        <message>
            <source>Recent sessions: press Enter to open</source>
            <translation>Sesiynau diweddar: pwyswch Enter i agor</translation>
        </message>
        <message>
            <source>Search by organisation or index</source>
            <translation>Chwilio yn ôl sefydliad neu fynegai</translation>
        </message>
        <message>
            <source>Search sessions</source>
            <translation>Chwilio sesiynau</translation>
        </message>
        <message>
            <source>So&amp;rt by:</source>
            <translation>&amp;Trefnu yn ôl:</translation>
        </message>
        <message>
            <source>Social Value Maturity Index workshop</source>
            <translation>Gweithdy'r Mynegai Aeddfedrwydd Gwerth Cymdeithasol</translation>
        </message>
        <message>
            <source>Sort sessions by</source>
            <translation>Trefnu sesiynau yn ôl</translation>
        </message>
        <message>
            <source>Start a re-assessmen&amp;t…</source>
            <translation>Dechrau ailase&amp;siad…</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>SVMI Desktop is already open</source>
            <translation>Mae SVMI Desktop eisoes ar agor</translation>
        </message>
        <message>
            <source>The data folder %1 cannot be written to, so these sessions are open read-only: you can look at them and export them, but changes cannot be saved there. To change them, make the folder writable or copy it and start SVMI Desktop with --data-dir on the copy.</source>
            <translation>Nid oes modd ysgrifennu i'r ffolder data %1, felly mae'r sesiynau hyn ar agor i'w darllen yn unig: gallwch edrych arnynt a'u hallforio, ond ni ellir cadw newidiadau yno. I'w newid, gwnewch y ffolder yn ysgrifenadwy, neu gwnewch gopi ohoni a chychwyn SVMI Desktop gyda --data-dir ar y copi.</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Mae'r ddisg yn llawn</translation>
        </message>
        <message>
            <source>The sessions database is damaged</source>
            <translation>Mae cronfa ddata'r sesiynau wedi'i difrodi</translation>
        </message>
        <message>
            <source>These sessions need a newer SVMI Desktop</source>
            <translation>Mae angen fersiwn mwy newydd o SVMI Desktop ar y sesiynau hyn</translation>
        </message>
        <message>
            <source>Your sessions could not be opened</source>
            <translation>Nid oedd modd agor eich sesiynau</translation>
        </message>
    </context>
    <context>
        <name>StatusDelegate</name>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
    </context>
    <context>
        <name>ThemePage</name>
        <message>
            <source>  (a fundamental requirement of the Act)</source>
            <translation>  (un o ofynion sylfaenol y Ddeddf)</translation>
        </message>
        <message>
            <source>%1
(a fundamental requirement; the index's words: “%2”)</source>
            <translation>%1
(gofyniad sylfaenol; geiriau'r mynegai: “%2”)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) still to answer, so this is provisional.</source>
            <translation>
                <numerusform>%n cwestiwn ar ôl i'w ateb, felly mae hyn dros dro.</numerusform>
                <numerusform>%n cwestiwn ar ôl i'w ateb, felly mae hyn dros dro.</numerusform>
                <numerusform>%n cwestiwn ar ôl i'w ateb, felly mae hyn dros dro.</numerusform>
                <numerusform>%n cwestiwn ar ôl i'w ateb, felly mae hyn dros dro.</numerusform>
                <numerusform>%n cwestiwn ar ôl i'w ateb, felly mae hyn dros dro.</numerusform>
            </translation>
        </message>
        <message>
            <source>(description, not asked)</source>
            <translation>(disgrifiad, heb ei ofyn)</translation>
        </message>
        <message>
            <source>(same answer as %1)</source>
            <translation>(yr un ateb â %1)</translation>
        </message>
        <message>
            <source>Notes and evidence</source>
            <translation>Nodiadau a thystiolaeth</translation>
        </message>
        <message>
            <source>Notes and evidence for theme %1</source>
            <translation>Nodiadau a thystiolaeth ar gyfer thema %1</translation>
        </message>
        <message>
            <source>Present (now)</source>
            <translation>Presennol (nawr)</translation>
        </message>
        <message>
            <source>Theme %1: %2</source>
            <translation>Thema %1: %2</translation>
        </message>
        <message>
            <source>What the room said, evidence to collect, who to ask…</source>
            <translation>Beth ddywedodd yr ystafell, tystiolaeth i'w chasglu, pwy i'w holi…</translation>
        </message>
        <message>
            <source>Why this level</source>
            <translation>Pam y lefel hon</translation>
        </message>
        <message>
            <source>Why this level in the future</source>
            <translation>Pam y lefel hon yn y dyfodol</translation>
        </message>
        <message>
            <source>Why this level now</source>
            <translation>Pam y lefel hon nawr</translation>
        </message>
    </context>
    <context>
        <name>TrendPage</name>
        <message>
            <source>%1 assessments of this organisation.</source>
            <translation>%1 asesiad o'r sefydliad hwn.</translation>
        </message>
        <message>
            <source>%1 other sessions use another index version and are not shown.</source>
            <translation>Mae %1 sesiwn arall yn defnyddio fersiwn arall o'r mynegai ac nid ydynt yn cael eu dangos.</translation>
        </message>
        <message>
            <source>Each theme's level at each assessment, oldest first</source>
            <translation>Lefel pob thema ym mhob asesiad, yr hynaf yn gyntaf</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Hanes</translation>
        </message>
        <message>
            <source>Overall (mean)</source>
            <translation>Cyffredinol (cymedr)</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
    </context>
    <context>
        <name>TrendRadarChart</name>
        <message>
            <source>%1: %2 %3, now %4</source>
            <translation>%1: %2 %3, nawr %4</translation>
        </message>
        <message>
            <source>Radar chart of two dates and the target</source>
            <translation>Siart radar o ddau ddyddiad a'r targed</translation>
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
            <source>Not answered yet</source>
            <translation>Heb ei ateb eto</translation>
        </message>
        <message>
            <source>Not answered yet: the compliance question (%1) comes first.</source>
            <translation>Heb ei ateb eto: y cwestiwn cydymffurfio (%1) sy'n dod gyntaf.</translation>
        </message>
        <message>
            <source>Not compliant yet: a compliance question is not answered.</source>
            <translation>Ddim yn cydymffurfio eto: nid yw un o'r cwestiynau cydymffurfio wedi'i ateb.</translation>
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
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>1. Self Assessment lists every criterion of the index, theme by theme. Present says whether the organisation meets it now, Future whether it will by the end of the programme. Choose Yes or No, or leave the cell blank.</source>
            <translation>1. Mae'r daflen Self Assessment yn rhestru pob maen prawf yn y mynegai, fesul thema. Mae'r golofn Present yn dweud a yw'r sefydliad yn ei fodloni nawr, a'r golofn Future a fydd yn ei fodloni erbyn diwedd y rhaglen. Dewiswch Yes neu No, neu gadewch y gell yn wag.</translation>
        </message>
        <message>
            <source>2. Results shows each theme's level now and in future, the overall mean, why each theme is at its level and the radar chart. They are formulas: they follow the answers as you change them. Levels: 0 Non-compliant, 1 Follower, 2 Mature, 3 Leader, 4 Innovator. A theme's level is the highest level whose requirements (and all below it) are met; failing a compliance criterion makes it Non-compliant. A level is provisional while criteria are unanswered.</source>
            <translation>2. Mae'r daflen Results yn dangos lefel pob thema nawr ac yn y dyfodol, y cymedr cyffredinol, pam mae pob thema ar ei lefel, a'r siart radar. Fformiwlâu ydynt: maent yn dilyn yr atebion wrth i chi eu newid. Lefelau: 0 Heb gydymffurfio, 1 Dilynwr, 2 Aeddfed, 3 Arweinydd, 4 Arloeswr. Lefel thema yw'r lefel uchaf y mae ei gofynion (a gofynion pob lefel islaw iddi) wedi'u bodloni; os nad yw maen prawf cydymffurfio wedi'i fodloni, mae'r thema yn Heb gydymffurfio. Mae lefel dros dro tra bo meini prawf heb eu hateb.</translation>
        </message>
        <message>
            <source>3. Action Plan lists every criterion's action: whether it is in the plan, for which target and in which year, with owner, due date, status and note. It opens filtered to the actions in the plan; after changing answers, reapply the filter (Data &gt; Reapply). Add your own actions in the empty rows at the end. Plan by Theme shows the same actions by theme and target level.</source>
            <translation>3. Mae'r daflen Action Plan yn rhestru cam gweithredu pob maen prawf: a yw yn y cynllun, ar gyfer pa darged ac ym mha flwyddyn, gyda pherchennog, dyddiad targed, statws a nodyn. Mae'n agor wedi'i hidlo i ddangos y camau gweithredu sydd yn y cynllun; ar ôl newid atebion, ailgymhwyswch yr hidlydd (Data &gt; Reapply). Ychwanegwch eich camau gweithredu eich hun yn y rhesi gwag ar y diwedd. Mae'r daflen Plan by Theme yn dangos yr un camau gweithredu fesul thema a lefel darged.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Cynllun gweithredu</translation>
        </message>
        <message>
            <source>Action plan by theme</source>
            <translation>Cynllun gweithredu fesul thema</translation>
        </message>
        <message>
            <source>Choose Yes or No, or leave the cell blank.</source>
            <translation>Dewiswch Yes neu No, neu gadewch y gell yn wag.</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Cydymffurfio</translation>
        </message>
        <message>
            <source>Every requirement is met.</source>
            <translation>Mae pob gofyniad wedi'i fodloni.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Maes</translation>
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
            <source>Import the workbook into SVMI Desktop to take back every change made here: answers, notes, the Organisation sheet and the Action Plan. The import lists each difference before anything is stored.</source>
            <translation>Mewnforiwch y llyfr gwaith i SVMI Desktop i gael pob newid a wnaed yma yn ôl: atebion, nodiadau, y daflen Organisation a'r Action Plan. Mae'r mewnforio yn rhestru pob gwahaniaeth cyn i unrhyw beth gael ei gadw.</translation>
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
            <source>Met?</source>
            <translation>Wedi'i fodloni?</translation>
        </message>
        <message>
            <source>Name (if given)</source>
            <translation>Enw (os rhoddwyd)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
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
            <source>Page %1 of %2</source>
            <translation>Tudalen %1 o %2</translation>
        </message>
        <message>
            <source>Participant role</source>
            <translation>Rôl y cyfranogwr</translation>
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
            <source>Provisional: some criteria are not answered yet, so these levels may change.</source>
            <translation>Dros dro: nid yw rhai meini prawf wedi'u hateb eto, felly gall y lefelau hyn newid.</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Cyf</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <source>SVMI self-assessment – %1</source>
            <translation>Hunanasesiad SVMI – %1</translation>
        </message>
        <message>
            <source>Social Value Maturity Index – self-assessment</source>
            <translation>Mynegai Aeddfedrwydd Gwerth Cymdeithasol – hunanasesiad</translation>
        </message>
        <message>
            <source>The note on theme %1, continued</source>
            <translation>Y nodyn ar thema %1, parhad</translation>
        </message>
        <message>
            <source>The sheets are protected (without a password) so that the formulas are not overwritten by mistake; the cells you can change are unlocked.</source>
            <translation>Mae'r taflenni wedi'u diogelu (heb gyfrinair) fel na chaiff y fformiwlâu eu trosysgrifo drwy gamgymeriad; mae'r celloedd y gallwch eu newid wedi'u datgloi.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Gwerth</translation>
        </message>
        <message>
            <source>Why this level in future</source>
            <translation>Pam y lefel hon yn y dyfodol</translation>
        </message>
        <message>
            <source>Why this level now</source>
            <translation>Pam y lefel hon nawr</translation>
        </message>
        <message>
            <source>Workshop date: %1</source>
            <translation>Dyddiad y gweithdy: %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>Yes or No</source>
            <translation>Yes neu No</translation>
        </message>
        <message>
            <source>Yes, No, or blank if not decided yet.</source>
            <translation>Yes, No, neu'n wag os nad oes penderfyniad eto.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopRecord</name>
        <message>
            <source>Agreed now</source>
            <translation>Cytunwyd nawr</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Maen prawf</translation>
        </message>
        <message>
            <source>Dissent</source>
            <translation>Anghytuno</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Evidence (owner, date)</source>
            <translation>Tystiolaeth (perchennog, dyddiad)</translation>
        </message>
        <message>
            <source>Evidence date</source>
            <translation>Dyddiad y dystiolaeth</translation>
        </message>
        <message>
            <source>Evidence owner</source>
            <translation>Perchennog y dystiolaeth</translation>
        </message>
        <message>
            <source>Evidence: %1.</source>
            <translation>Tystiolaeth: %1.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Least evidenced: %1.</source>
            <translation>Y lleiaf o dystiolaeth: %1.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Wedi’i gynllunio</translation>
        </message>
        <message>
            <source>Planned (min)</source>
            <translation>Wedi’i gynllunio (mun)</translation>
        </message>
        <message>
            <source>Returned files</source>
            <translation>Ffeiliau a ddychwelwyd</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Treuliwyd</translation>
        </message>
        <message>
            <source>Spent (min:s)</source>
            <translation>Treuliwyd (mun:e)</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Testun</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Time per theme</source>
            <translation>Amser fesul thema</translation>
        </message>
        <message>
            <source>Views are counts only; no one's individual answers are recorded.</source>
            <translation>Niferoedd yn unig yw’r safbwyntiau; nid oes atebion unigol neb yn cael eu cofnodi.</translation>
        </message>
        <message>
            <source>Views are counts: how many said yes, no or not sure, from returned personal files and silent votes in the room. No one's individual answers are recorded. The agreed answer is the room's decision.</source>
            <translation>Niferoedd yw’r safbwyntiau: faint a ddywedodd ie, na neu ddim yn siŵr, o’r ffeiliau personol a ddychwelwyd ac o bleidleisiau tawel yn yr ystafell. Nid oes atebion unigol neb yn cael eu cofnodi. Yr ateb y cytunwyd arno yw penderfyniad yr ystafell.</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Pleidlais</translation>
        </message>
        <message>
            <source>Workshop record</source>
            <translation>Cofnod y gweithdy</translation>
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <source>%1

Open the sessions read-only in this window? You can look, but not change.</source>
            <translation>%1

Agor y sesiynau i'w darllen yn unig yn y ffenestr hon? Gallwch edrych, ond nid newid.</translation>
        </message>
        <message>
            <source>SVMI Desktop hit a problem it did not expect. Every answer given before this message is saved.</source>
            <translation>Cafodd SVMI Desktop broblem nad oedd yn ei disgwyl. Mae pob ateb a roddwyd cyn y neges hon wedi'i gadw.</translation>
        </message>
        <message>
            <source>SVMI Desktop is already open</source>
            <translation>Mae SVMI Desktop eisoes ar agor</translation>
        </message>
        <message>
            <source>The details are in %1. Please send that file to whoever supports SVMI Desktop for you.</source>
            <translation>Mae'r manylion yn %1. Anfonwch y ffeil honno at bwy bynnag sy'n cefnogi SVMI Desktop i chi.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Something went wrong</source>
            <translation>Aeth rhywbeth o'i le</translation>
        </message>
        <message>
            <source>Your change could not be saved</source>
            <translation>Nid oedd modd cadw eich newid</translation>
        </message>
        <message>
            <source>Your change is still shown on screen. SVMI Desktop will try to save it again with your next change.</source>
            <translation>Mae eich newid yn dal i'w weld ar y sgrin. Bydd SVMI Desktop yn ceisio ei gadw eto gyda'ch newid nesaf.</translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message numerus="yes">
            <source>Room</source>
            <translation>
                <numerusform>Ystafell</numerusform>
                <numerusform>Ystafell</numerusform>
                <numerusform>Ystafell</numerusform>
                <numerusform>Ystafell</numerusform>
                <numerusform>Ystafell</numerusform>
            </translation>
        </message>
    </context>
</TS>
