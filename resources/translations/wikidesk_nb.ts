<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="34"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="35"/>
        <source>&amp;Page</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="36"/>
        <source>&amp;Sync</source>
        <translation>S&amp;ynkroniser</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="41"/>
        <source>&amp;New Page…</source>
        <translation>&amp;Ny side…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="43"/>
        <source>&amp;Open Wiki Folder…</source>
        <translation>Å&amp;pne wiki-mappe…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="44"/>
        <source>&amp;Join a Team&apos;s Shared Folder…</source>
        <translation>&amp;Bli med i et teams delte mappe…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="51"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="55"/>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Erstatt…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="57"/>
        <source>&amp;Attach File…</source>
        <translation>&amp;Legg ved fil…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="58"/>
        <source>Insert &amp;Link to Page</source>
        <translation>Sett inn len&amp;ke til side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="59"/>
        <source>Switch &amp;Editor/Preview</source>
        <translation>Bytt mellom &amp;redigering og visning</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="60"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Side ved side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="61"/>
        <source>&amp;Tab Key Indents Text</source>
        <translation>&amp;Tab-tasten rykker inn tekst</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="63"/>
        <source>Go to Page &amp;Tree</source>
        <translation>Gå til side&amp;treet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="64"/>
        <source>Go to E&amp;ditor</source>
        <translation>Gå til re&amp;digeringen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="65"/>
        <source>Go to &amp;Preview</source>
        <translation>Gå til &amp;visningen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="66"/>
        <source>Go to &amp;Links and Outline</source>
        <translation>Gå til &amp;lenker og innhold</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="67"/>
        <source>Norsk (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="68"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="69"/>
        <source>&amp;Search…</source>
        <translation>&amp;Søk…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="70"/>
        <source>&amp;Quick Switch to Page…</source>
        <translation>&amp;Hurtigbytt til side…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="71"/>
        <source>Find &amp;People Who Know…</source>
        <translation>Finn &amp;personer som kan …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="72"/>
        <source>Show the Next &amp;Wiki</source>
        <translation>Vis &amp;neste wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="73"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="74"/>
        <source>&amp;Forward</source>
        <translation>&amp;Fram</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="75"/>
        <source>&amp;Home Page</source>
        <translation>St&amp;artsiden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="76"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Gi nytt navn eller flytt…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="77"/>
        <source>&amp;Delete Page…</source>
        <translation>&amp;Slett side…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="78"/>
        <source>&amp;History…</source>
        <translation>&amp;Historikk…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="79"/>
        <source>Resolve &amp;Conflict…</source>
        <translation>Løs &amp;konflikt…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="80"/>
        <source>Re&amp;load from Disk</source>
        <translation>Les inn på &amp;nytt fra disk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="84"/>
        <source>Sync &amp;Now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="85"/>
        <source>&amp;Cancel Background Work</source>
        <translation>&amp;Avbryt bakgrunnsarbeid</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="86"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="87"/>
        <source>&amp;About wikidesk</source>
        <translation>&amp;Om wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="45"/>
        <source>Export as &amp;Web Site…</source>
        <translation>Eksporter som &amp;nettsted…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="46"/>
        <source>Export Archive &amp;Package…</source>
        <translation>Eksporter arkiv&amp;pakke…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="47"/>
        <source>Export for the Archive (Noark &amp;5)…</source>
        <translation>Eksporter til arkivet (Noark &amp;5)…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="49"/>
        <source>&amp;Print Page…</source>
        <translation>Skriv &amp;ut side…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="50"/>
        <source>Print Spa&amp;ce…</source>
        <translation>Skriv ut &amp;rom…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="81"/>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Følg denne siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="82"/>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Bokmerk denne siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="83"/>
        <source>&amp;Gardening Report…</source>
        <translation>&amp;Hagestell (vedlikeholdsrapport)…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wikidesk/ui/app.py" line="38"/>
        <source>The wiki folder {0} is not there (is the drive connected?).</source>
        <translation>Wikimappen {0} finnes ikke (er stasjonen koblet til?).</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="43"/>
        <source>Bookmarks</source>
        <translation>Bokmerker</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="44"/>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Fjern bokmerke</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="45"/>
        <source>Remove the chosen bookmark</source>
        <translation>Fjern det valgte bokmerket</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="55"/>
        <source>(deleted page)</source>
        <translation>(slettet side)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="98"/>
        <source>Resolve Conflicts</source>
        <translation>Løs konflikter</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="104"/>
        <source>Pages in conflict</source>
        <translation>Sider i konflikt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="107"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="108"/>
        <source>The versions in conflict</source>
        <translation>Versjonene i konflikt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="112"/>
        <source>Merged text to save</source>
        <translation>Sammenslått tekst som skal lagres</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="114"/>
        <source>Conflict regions start with &lt;&lt;&lt;&lt;&lt;&lt;&lt;, are split by ======= and end with &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</source>
        <translation>Konfliktområder starter med &lt;&lt;&lt;&lt;&lt;&lt;&lt;, deles av ======= og slutter med &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="117"/>
        <source>Title of the merged page</source>
        <translation>Tittel på den sammenslåtte siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="120"/>
        <source>Tags of the merged page, separated by commas</source>
        <translation>Stikkord på den sammenslåtte siden, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="128"/>
        <source>&amp;Use the Shown Version</source>
        <translation>&amp;Bruk versjonen som vises</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="130"/>
        <source>&amp;Save Resolution</source>
        <translation>&amp;Lagre løsningen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="138"/>
        <source>&amp;Merged result (edit it until it is right):</source>
        <translation>&amp;Sammenslått resultat (rediger til det blir riktig):</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="141"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="143"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Stikkord:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="172"/>
        <source>The same lines were changed in two places. Both versions are kept until you save the text that should win.</source>
        <translation>De samme linjene ble endret to steder. Begge versjonene tas vare på til du lagrer teksten som skal gjelde.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="183"/>
        <source>The conflicts could not be read.</source>
        <translation>Konfliktene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="195"/>
        <source>No pages are in conflict.</source>
        <translation>Ingen sider er i konflikt.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="219"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="244"/>
        <source>The versions could not be read.</source>
        <translation>Versjonene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="231"/>
        <source>my version</source>
        <translation>min versjon</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="254"/>
        <source>Version %1: %2, %3</source>
        <translation>Versjon %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="257"/>
        <source>(your version)</source>
        <translation>(din versjon)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="272"/>
        <source>The versions have different titles: %1.</source>
        <translation>Versjonene har ulike titler: %1.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="275"/>
        <source>The versions have different tags: %1.</source>
        <translation>Versjonene har ulike stikkord: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="308"/>
        <source>%n conflict region(s) left.</source>
        <translation>
            <numerusform>%n konfliktområde igjen.</numerusform>
            <numerusform>%n konfliktområder igjen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="309"/>
        <source>No conflict regions left: ready to save.</source>
        <translation>Ingen konfliktområder igjen: klar til å lagres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="324"/>
        <source>The text still has conflict markers. Remove them, or press Save Resolution again to keep them as they are.</source>
        <translation>Teksten har fortsatt konfliktmerker. Fjern dem, eller trykk Lagre løsningen en gang til for å beholde dem slik de er.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="341"/>
        <source>The resolution could not be saved.</source>
        <translation>Løsningen kunne ikke lagres.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="157"/>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="161"/>
        <source>This page was changed in two places at once</source>
        <translation>Denne siden ble endret to steder samtidig</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="158"/>
        <source>Nothing is lost: every version is kept until you choose. Keep one of them, or edit a text that combines them. Until then the page file shows one version, the same on every computer.</source>
        <translation>Ingenting er tapt: alle versjonene tas vare på til du velger. Behold én av dem, eller rediger en tekst som slår dem sammen. Inntil da viser sidefilen én versjon, den samme på alle maskiner.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="162"/>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;Rediger en sammenslått tekst…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="163"/>
        <source>Edit a merged text…</source>
        <translation>Rediger en sammenslått tekst…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="207"/>
        <source>Saving your choice…</source>
        <translation>Lagrer valget ditt…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="227"/>
        <source>The conflict could not be resolved.</source>
        <translation>Konflikten kunne ikke løses.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="23"/>
        <source>Looking for changes made outside wikidesk</source>
        <translation>Ser etter endringer gjort utenfor wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="24"/>
        <source>Looked for changes made outside wikidesk</source>
        <translation>Så etter endringer gjort utenfor wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="25"/>
        <source>Merging</source>
        <translation>Slår sammen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="26"/>
        <source>Updating the wiki folder</source>
        <translation>Oppdaterer wiki-mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="27"/>
        <source>Sending changes to the shared folder</source>
        <translation>Sender endringer til den delte mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="28"/>
        <source>Read changes from the shared folder</source>
        <translation>Leste endringer fra den delte mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="29"/>
        <source>Looking for changed pages…</source>
        <translation>Ser etter endrede sider …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="30"/>
        <source>The search index is up to date.</source>
        <translation>Søkeindeksen er oppdatert.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="31"/>
        <source>Saving the index…</source>
        <translation>Lagrer indeksen …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="32"/>
        <source>Rendering pages</source>
        <translation>Gjengir sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="33"/>
        <source>Writing pages</source>
        <translation>Skriver sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="34"/>
        <source>Copying attachments</source>
        <translation>Kopierer vedlegg</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="35"/>
        <source>Writing the index and the search</source>
        <translation>Skriver innholdsoversikten og søket</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="36"/>
        <source>Reading the page list</source>
        <translation>Leser sidelisten</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="37"/>
        <source>Reading page history</source>
        <translation>Leser sidehistorikken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="38"/>
        <source>Read page history</source>
        <translation>Leste sidehistorikken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="39"/>
        <source>The search index is being built</source>
        <translation>Søkeindeksen bygges</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="40"/>
        <source>The search index was damaged and is being rebuilt</source>
        <translation>Søkeindeksen var skadet og bygges på nytt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="41"/>
        <source>The search index is from another version and is being rebuilt</source>
        <translation>Søkeindeksen er fra en annen versjon og bygges på nytt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="42"/>
        <source>The search index is being rebuilt</source>
        <translation>Søkeindeksen bygges på nytt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="43"/>
        <source>The search index is being updated</source>
        <translation>Søkeindeksen oppdateres</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="44"/>
        <source>The search index is being rebuilt to free the space old versions of pages took</source>
        <translation>Søkeindeksen bygges på nytt for å frigjøre plassen gamle versjoner av sider tok</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="46"/>
        <source>Connecting to the shared folder</source>
        <translation>Kobler til den delte mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="47"/>
        <source>Reading the newest snapshot of the wiki</source>
        <translation>Leser det nyeste øyeblikksbildet av wikien</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="48"/>
        <source>Reading the changes made since the snapshot</source>
        <translation>Leser endringene som er gjort siden øyeblikksbildet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="56"/>
        <source>Connecting to %1</source>
        <translation>Kobler til %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="60"/>
        <source>Reading changes from the shared folder (%1 of %n)</source>
        <translation>
            <numerusform>Leser endringer fra den delte mappen (%1 av %n)</numerusform>
            <numerusform>Leser endringer fra den delte mappen (%1 av %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="63"/>
        <source>Indexing %n page(s)…</source>
        <translation>
            <numerusform>Indekserer %n side …</numerusform>
            <numerusform>Indekserer %n sider …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="66"/>
        <source>Indexed %1 of %n page(s)</source>
        <translation>
            <numerusform>Indekserte %1 av %n side</numerusform>
            <numerusform>Indekserte %1 av %n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="69"/>
        <source>Ignored “modified:%1”: not a date (write e.g. modified:&gt;2026-01-31).</source>
        <translation>Så bort fra «modified:%1»: ikke en dato (skriv for eksempel modified:&gt;2026-01-31).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="74"/>
        <source>%2 (%1 of %n page(s)); results may be incomplete.</source>
        <translation>
            <numerusform>%2 (%1 av %n side); resultatene kan være ufullstendige.</numerusform>
            <numerusform>%2 (%1 av %n sider); resultatene kan være ufullstendige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="78"/>
        <source>Indexed %n page(s).</source>
        <translation>
            <numerusform>Indekserte %n side.</numerusform>
            <numerusform>Indekserte %n sider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="80"/>
        <source>%n could not be read (e.g. %1); they are tried again next time.</source>
        <translation>
            <numerusform>%n kunne ikke leses (f.eks. %1); den prøves igjen neste gang.</numerusform>
            <numerusform>%n kunne ikke leses (f.eks. %1); de prøves igjen neste gang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="112"/>
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n endring mottatt</numerusform>
            <numerusform>%n endringer mottatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="112"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sendt</numerusform>
            <numerusform>%n sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="113"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n slått sammen</numerusform>
            <numerusform>%n slått sammen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="115"/>
        <source>%n set aside as invalid (see the notes)</source>
        <translation>
            <numerusform>%n lagt til side som ugyldig (se merknadene)</numerusform>
            <numerusform>%n lagt til side som ugyldige (se merknadene)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="116"/>
        <source>Synced: %1.</source>
        <translation>Synkronisert: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="123"/>
        <source>Taking in %n version(s) of pages</source>
        <translation>
            <numerusform>Tar inn %n versjon av sider</numerusform>
            <numerusform>Tar inn %n versjoner av sider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="108"/>
        <source>%n page(s) have conflicting edits; open them to choose what to keep.</source>
        <translation>
            <numerusform>%n side har motstridende endringer; åpne den for å velge hva som skal beholdes.</numerusform>
            <numerusform>%n sider har motstridende endringer; åpne dem for å velge hva som skal beholdes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="104"/>
        <source>The shared folder is read-only for you: changes from others were received, but your %n change(s) cannot be sent.</source>
        <translation>
            <numerusform>Du har bare lesetilgang til den delte mappen: endringer fra andre er mottatt, men %n endring fra deg kan ikke sendes.</numerusform>
            <numerusform>Du har bare lesetilgang til den delte mappen: endringer fra andre er mottatt, men %n endringer fra deg kan ikke sendes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="101"/>
        <source>The shared folder cannot be reached; working offline. Your changes are kept here and sync when it is back.</source>
        <translation>Den delte mappen kan ikke nås; du jobber frakoblet. Endringene dine er tatt vare på her og synkroniseres når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="120"/>
        <source>%1; results may be incomplete.</source>
        <translation>%1; resultatene kan være ufullstendige.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="104"/>
        <source>Opening the wiki…</source>
        <translation>Åpner wikien…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="108"/>
        <source>Opening the wiki</source>
        <translation>Åpner wikien</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="132"/>
        <source>The wiki could not be opened.</source>
        <translation>Wikien kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="182"/>
        <source>Taking in the pages already in the folder</source>
        <translation>Tar inn sidene som allerede ligger i mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="260"/>
        <source>This wiki&apos;s shared folder is read-only for you, so pages here cannot be changed. Ask the folder&apos;s owner for write access.</source>
        <translation>Fellesmappen til denne wikien er skrivebeskyttet for deg, så sidene her kan ikke endres. Be eieren av mappen om skrivetilgang.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="358"/>
        <source>Open Wiki Folder</source>
        <translation>Åpne wiki-mappe</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="18"/>
        <source>Changes to “%1”</source>
        <translation>Endringer i «%1»</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="19"/>
        <source>%1 by %2, %3</source>
        <translation>%1 av %2, %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="26"/>
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="27"/>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="42"/>
        <source>The differences could not be shown.</source>
        <translation>Forskjellene kunne ikke vises.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="45"/>
        <source>No differences in the text.</source>
        <translation>Ingen forskjeller i teksten.</translation>
    </message>
</context>
<context>
    <name>DiscussionPanel</name>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="178"/>
        <source>Comments on the page</source>
        <translation>Kommentarer til siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="399"/>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="182"/>
        <source>Write a comment (Ctrl+Enter sends)</source>
        <translation>Skriv en kommentar (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="379"/>
        <source>Send the comment</source>
        <translation>Send kommentaren</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="183"/>
        <source>&amp;Reply</source>
        <translation>S&amp;var</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="184"/>
        <source>Reply to the selected comment</source>
        <translation>Svar på den valgte kommentaren</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="392"/>
        <source>Cancel reply</source>
        <translation>Avbryt svaret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="393"/>
        <source>Cancel the reply</source>
        <translation>Avbryt svaret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="246"/>
        <source>The comments could not be read.</source>
        <translation>Kommentarene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="179"/>
        <source>Select a comment and choose Reply to answer it; your own comments can also be edited or deleted (Delete key).</source>
        <translation>Velg en kommentar og velg Svar for å svare på den; dine egne kommentarer kan du også redigere eller slette (Delete-tasten).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="181"/>
        <source>Ctrl+Enter sends the comment; Escape cancels a reply or an edit.</source>
        <translation>Ctrl+Enter sender kommentaren; Escape avbryter et svar eller en redigering.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="185"/>
        <source>Edi&amp;t</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="186"/>
        <source>Edit your selected comment</source>
        <translation>Rediger den valgte kommentaren din</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="187"/>
        <source>De&amp;lete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="188"/>
        <source>Delete your selected comment</source>
        <translation>Slett den valgte kommentaren din</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="190"/>
        <source>Only your own comments can be edited or deleted here.</source>
        <translation>Her kan bare dine egne kommentarer redigeres eller slettes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/discussion_panel.py" line="317"/>
        <source>Discussion (%n comment(s))</source>
        <translation>
            <numerusform>Diskusjon (%n kommentar)</numerusform>
            <numerusform>Diskusjon (%n kommentarer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="318"/>
        <source>Discussion: no comments yet</source>
        <translation>Diskusjon: ingen kommentarer ennå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="338"/>
        <source>Comment deleted</source>
        <translation>Kommentaren er slettet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="339"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="341"/>
        <source>(edited)</source>
        <translation>(redigert)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="342"/>
        <source>Edited comment by %1, %2: %3</source>
        <translation>Redigert kommentar fra %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="343"/>
        <source>Comment by %1, %2: %3</source>
        <translation>Kommentar fra %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="375"/>
        <source>Save &amp;changes</source>
        <translation>&amp;Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="376"/>
        <source>Save the edited comment</source>
        <translation>Lagre den redigerte kommentaren</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="378"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommenter</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="378"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Send svar</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="388"/>
        <source>Editing your comment</source>
        <translation>Redigerer kommentaren din</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="389"/>
        <source>Cancel editing</source>
        <translation>Avbryt redigering</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="390"/>
        <source>Stop editing and keep the comment as it was</source>
        <translation>Slutt å redigere og behold kommentaren som den var</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="397"/>
        <source>Replying to %1</source>
        <translation>Svar til %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="475"/>
        <source>Delete Comment</source>
        <translation>Slett kommentar</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="476"/>
        <source>Delete your comment “%1”? Its earlier versions stay in the page&apos;s history.</source>
        <translation>Slette kommentaren din «%1»? De tidligere versjonene blir værende i sidens historikk.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="478"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="497"/>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="561"/>
        <source>The comment could not be saved.</source>
        <translation>Kommentaren kunne ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="527"/>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="542"/>
        <source>The comment could not be deleted.</source>
        <translation>Kommentaren kunne ikke slettes.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="69"/>
        <source>Page text (Markdown)</source>
        <translation>Sidetekst (Markdown)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="71"/>
        <source>Tab moves to the next control; Ctrl+M makes Tab indent.</source>
        <translation>Tab går til neste kontroll; Ctrl+M gjør at Tab rykker inn.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="73"/>
        <source>Tab indents; press Ctrl+Tab to move to the next control.</source>
        <translation>Tab rykker inn; trykk Ctrl+Tab for å gå til neste kontroll.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="74"/>
        <source>Write here. Use [[Page title]] to link to a page.</source>
        <translation>Skriv her. Bruk [[Sidetittel]] for å lenke til en side.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="159"/>
        <source>Your changes could not be saved; they are still here.</source>
        <translation>Endringene dine kunne ikke lagres; de er fortsatt her.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="210"/>
        <source>The file could not be attached.</source>
        <translation>Filen kunne ikke legges ved.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="80"/>
        <source>Exporting the wiki as a web site</source>
        <translation>Eksporterer wikien som nettsted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="81"/>
        <source>Exporting the archive package</source>
        <translation>Eksporterer arkivpakken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="82"/>
        <source>Exporting for the archive (Noark 5)</source>
        <translation>Eksporterer til arkivet (Noark 5)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="85"/>
        <source>Export as web site</source>
        <translation>Eksporter som nettsted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="85"/>
        <source>Export archive package</source>
        <translation>Eksporter arkivpakke</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="86"/>
        <source>Export for the archive (Noark 5)</source>
        <translation>Eksporter til arkivet (Noark 5)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="87"/>
        <source>web site</source>
        <translation>nettsted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="87"/>
        <source>archive package</source>
        <translation>arkivpakke</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="88"/>
        <source>Noark 5 extraction</source>
        <translation>Noark 5-uttrekk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="124"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="175"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="126"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="169"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="177"/>
        <source>The export or printing could not be finished.</source>
        <translation>Eksporten eller utskriften kunne ikke fullføres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="138"/>
        <source>Open a page to print it.</source>
        <translation>Åpne en side for å skrive den ut.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="146"/>
        <source>Printing the page</source>
        <translation>Skriver ut siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="157"/>
        <source>Printing the space</source>
        <translation>Skriver ut rommet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="160"/>
        <source>Print to PDF</source>
        <translation>Skriv ut til PDF</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="171"/>
        <source>Printed to %1.</source>
        <translation>Skrevet ut til %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/export_actions.py" line="116"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n side til %1.</numerusform>
            <numerusform>Eksporterte %n sider til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="24"/>
        <source>Reading the page list</source>
        <translation>Leser sidelisten</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="25"/>
        <source>Reading page history</source>
        <translation>Leser sidehistorikken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="26"/>
        <source>Read page history</source>
        <translation>Leste sidehistorikken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="27"/>
        <source>Rendering pages</source>
        <translation>Gjengir sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="28"/>
        <source>Writing pages</source>
        <translation>Skriver sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="29"/>
        <source>Copying pages</source>
        <translation>Kopierer sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="30"/>
        <source>Copying attachments</source>
        <translation>Kopierer vedlegg</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="31"/>
        <source>Copying page history</source>
        <translation>Kopierer sidehistorikken</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="32"/>
        <source>Writing the index and the search</source>
        <translation>Skriver oversikten og søket</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="33"/>
        <source>Writing the bag&apos;s checksums</source>
        <translation>Skriver pakkens sjekksummer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="34"/>
        <source>Writing the archive structure</source>
        <translation>Skriver arkivstrukturen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="35"/>
        <source>Wrote the archive structure</source>
        <translation>Skrev arkivstrukturen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="36"/>
        <source>Writing the change log and the description</source>
        <translation>Skriver endringsloggen og beskrivelsen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="54"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="55"/>
        <source>Re&amp;place with:</source>
        <translation>Erstatt &amp;med:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="56"/>
        <source>Find text</source>
        <translation>Tekst å finne</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="57"/>
        <source>Replacement text</source>
        <translation>Ny tekst</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="58"/>
        <source>&amp;Match case</source>
        <translation>Skill mellom &amp;store og små bokstaver</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="59"/>
        <source>Pre&amp;vious</source>
        <translation>&amp;Forrige</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="60"/>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="61"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="62"/>
        <source>Replace &amp;All</source>
        <translation>Erstatt &amp;alle</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="63"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="64"/>
        <source>Close the find bar</source>
        <translation>Lukk søkelinjen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="110"/>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="140"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n erstattet</numerusform>
            <numerusform>%n erstattet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="68"/>
        <source>Welcome to wikidesk</source>
        <translation>Velkommen til wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="69"/>
        <source>How do you want to start?</source>
        <translation>Hvordan vil du begynne?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="70"/>
        <source>Open the &amp;sample wiki to look around</source>
        <translation>Åpne &amp;eksempelwikien og se deg rundt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="71"/>
        <source>&amp;Create a new wiki in a folder</source>
        <translation>&amp;Lag en ny wiki i en mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="72"/>
        <source>&amp;Join your team&apos;s shared folder</source>
        <translation>&amp;Bli med i teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="78"/>
        <source>Folder for your wiki</source>
        <translation>Mappe for wikien din</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="82"/>
        <source>The team&apos;s shared folder</source>
        <translation>Teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="83"/>
        <source>for example U:\Team\wiki</source>
        <translation>for eksempel U:\Team\wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="88"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="89"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="90"/>
        <source>Choose the folder for your wiki</source>
        <translation>Velg mappen for wikien din</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="91"/>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Velg teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="98"/>
        <source>&amp;Wiki folder:</source>
        <translation>&amp;Wiki-mappe:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="100"/>
        <source>Team wikis your IT department set up</source>
        <translation>Team-wikier IT-avdelingen har satt opp</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="102"/>
        <source>&amp;Team wiki:</source>
        <translation>&amp;Team-wiki:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="105"/>
        <source>S&amp;hared folder:</source>
        <translation>&amp;Delt mappe:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Navnet ditt:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="109"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="139"/>
        <source>Set by your IT department</source>
        <translation>Angitt av IT-avdelingen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="160"/>
        <source>Choose a Folder</source>
        <translation>Velg en mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="178"/>
        <source>Choose a folder for your wiki.</source>
        <translation>Velg en mappe for wikien din.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="181"/>
        <source>The shared folder cannot be reached. Check the path, or that you are connected to the network.</source>
        <translation>Den delte mappen kan ikke nås. Sjekk stien, eller at du er koblet til nettverket.</translation>
    </message>
</context>
<context>
    <name>GardenDialog</name>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="39"/>
        <source>Gardening Report</source>
        <translation>Hagestell</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="44"/>
        <source>Months without edits</source>
        <translation>Måneder uten endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="45"/>
        <source>Not edited for &amp;months:</source>
        <translation>Ikke endret på &amp;måneder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="52"/>
        <source>Gardening report</source>
        <translation>Hagestell-rapport</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="53"/>
        <source>Enter opens the chosen page; a wanted page is offered for creation.</source>
        <translation>Enter åpner den valgte siden; en ønsket side tilbys opprettet.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="74"/>
        <source>Looking at every page…</source>
        <translation>Ser gjennom alle sidene …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="84"/>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="85"/>
        <source>The gardening report could not be made.</source>
        <translation>Hagestell-rapporten kunne ikke lages.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="91"/>
        <source>Wanted pages (linked to, but missing)</source>
        <translation>Etterlyste sider (lenket til, men mangler)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="92"/>
        <source>%1 (%n link(s))</source>
        <translation>
            <numerusform>%1 (%n lenke)</numerusform>
            <numerusform>%1 (%n lenker)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="94"/>
        <source>Pages nothing links to</source>
        <translation>Sider ingen lenker til</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="95"/>
        <source>Not edited for %n month(s)</source>
        <translation>
            <numerusform>Ikke endret på %n måned</numerusform>
            <numerusform>Ikke endret på %n måneder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="96"/>
        <source>%1 (last edited %2)</source>
        <translation>%1 (sist endret %2)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="98"/>
        <source>Pages without tags</source>
        <translation>Sider uten emneknagger</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="99"/>
        <source>Empty pages</source>
        <translation>Tomme sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="100"/>
        <source>Pages in conflict</source>
        <translation>Sider i konflikt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="101"/>
        <source>Near-duplicate titles</source>
        <translation>Nesten like titler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="117"/>
        <source>%n page(s) looked at; things to tend: %1.</source>
        <translation>
            <numerusform>%n side gjennomgått; ting å stelle: %1.</numerusform>
            <numerusform>%n sider gjennomgått; ting å stelle: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsService</name>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="50"/>
        <source>The watched pages could not be checked.</source>
        <translation>De fulgte sidene kunne ikke sjekkes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="61"/>
        <source>The recent changes could not be read.</source>
        <translation>De siste endringene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="66"/>
        <source>The watched pages could not be read.</source>
        <translation>De fulgte sidene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="71"/>
        <source>The bookmarks could not be read.</source>
        <translation>Bokmerkene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="91"/>
        <location filename="../../wikidesk/ui/habits/service.py" line="102"/>
        <source>The watch list could not be changed.</source>
        <translation>Følgelisten kunne ikke endres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="112"/>
        <source>The watch list could not be updated.</source>
        <translation>Følgelisten kunne ikke oppdateres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="127"/>
        <source>The bookmarks could not be changed.</source>
        <translation>Bokmerkene kunne ikke endres.</translation>
    </message>
</context>
<context>
    <name>HabitsUI</name>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="54"/>
        <source>Bookmarks</source>
        <translation>Bokmerker</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="72"/>
        <source>Watching “%1”: its changes show under Recent → Pages I watch.</source>
        <translation>Du følger «%1»: endringene vises under Nylig → Sider jeg følger.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="73"/>
        <source>No longer watching “%1”.</source>
        <translation>Du følger ikke lenger «%1».</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="81"/>
        <source>Bookmarked “%1”.</source>
        <translation>Bokmerket «%1».</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="81"/>
        <source>Removed the bookmark of “%1”.</source>
        <translation>Fjernet bokmerket til «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/wiring.py" line="97"/>
        <source>%n watched page(s) changed since you looked (Recent → Pages I watch).</source>
        <translation>
            <numerusform>%n fulgt side er endret siden du så på den (Nylig → Sider jeg følger).</numerusform>
            <numerusform>%n fulgte sider er endret siden du så på dem (Nylig → Sider jeg følger).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="47"/>
        <source>History of “%1”</source>
        <translation>Historikk for «%1»</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="51"/>
        <source>Revisions, newest first</source>
        <translation>Versjoner, nyeste først</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="53"/>
        <source>Compare with</source>
        <translation>Sammenlign med</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="54"/>
        <source>Compared with the revision before</source>
        <translation>Sammenlignet med versjonen før</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="55"/>
        <source>Compared with the page now</source>
        <translation>Sammenlignet med siden nå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="57"/>
        <source>Diff layout</source>
        <translation>Visning av forskjeller</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="58"/>
        <source>Inline</source>
        <translation>I én kolonne</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="59"/>
        <source>Side by side</source>
        <translation>Side ved side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="62"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="64"/>
        <location filename="../../wikidesk/ui/history/dialog.py" line="67"/>
        <source>Show the file as it is</source>
        <translation>Vis filen slik den er</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="68"/>
        <source>On: the whole file with its front matter (id, created). Off: title and tags as fields and the page text.</source>
        <translation>På: hele filen med toppteksten (id, opprettet). Av: tittel og stikkord som felt, og sideteksten.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="70"/>
        <source>&amp;Restore This Revision…</source>
        <translation>&amp;Gjenopprett denne versjonen…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="104"/>
        <source>Loading the history…</source>
        <translation>Henter historikken…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="107"/>
        <source>The history could not be read.</source>
        <translation>Historikken kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="114"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="114"/>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/history/dialog.py" line="118"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n versjon</numerusform>
            <numerusform>%n versjoner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="147"/>
        <source>The changes could not be shown.</source>
        <translation>Endringene kunne ikke vises.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="152"/>
        <location filename="../../wikidesk/ui/history/dialog.py" line="154"/>
        <source>This revision</source>
        <translation>Denne versjonen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="152"/>
        <source>The page now</source>
        <translation>Siden nå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="154"/>
        <source>The revision before</source>
        <translation>Versjonen før</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="161"/>
        <source>The first revision: the page as it was made</source>
        <translation>Den første versjonen: siden slik den ble laget</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="169"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="169"/>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="187"/>
        <source>Restore Revision</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="188"/>
        <source>Make the revision of %1 the page&apos;s text again? The current text stays in the history.</source>
        <translation>Gjøre versjonen fra %1 til sidens tekst igjen? Den nåværende teksten blir liggende i historikken.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="191"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="205"/>
        <source>The revision could not be restored.</source>
        <translation>Versjonen kunne ikke gjenopprettes.</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <location filename="../../wikidesk/ui/history/service.py" line="52"/>
        <source>The conflicts could not be counted.</source>
        <translation>Konfliktene kunne ikke telles.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="130"/>
        <source>Join a Team</source>
        <translation>Bli med i et team</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="131"/>
        <source>Choose the shared folder your team&apos;s wiki syncs through. wikidesk copies the wiki into a new folder on this computer and keeps the two in step.</source>
        <translation>Velg den delte mappen teamets wiki synkroniseres gjennom. wikidesk kopierer wikien til en ny mappe på denne datamaskinen og holder de to i takt.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="133"/>
        <source>&amp;Shared folder:</source>
        <translation>&amp;Delt mappe:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="134"/>
        <source>The team&apos;s shared folder</source>
        <translation>Teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="135"/>
        <source>e.g. U:\Team\wiki</source>
        <translation>f.eks. U:\Team\wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="136"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="137"/>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Velg teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="138"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="139"/>
        <source>Name of the wiki</source>
        <translation>Navnet på wikien</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="140"/>
        <source>&amp;Folder on this computer:</source>
        <translation>&amp;Mappe på denne datamaskinen:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="141"/>
        <source>Folder for the wiki on this computer</source>
        <translation>Mappe for wikien på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="142"/>
        <source>B&amp;rowse…</source>
        <translation>Bla &amp;gjennom…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="143"/>
        <source>Choose the folder for the wiki on this computer</source>
        <translation>Velg mappen for wikien på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="144"/>
        <source>&amp;Join</source>
        <translation>B&amp;li med</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="145"/>
        <source>Joining</source>
        <translation>Blir med</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="146"/>
        <source>What is happening</source>
        <translation>Hva som skjer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="167"/>
        <source>The Team&apos;s Shared Folder</source>
        <translation>Teamets delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="172"/>
        <source>Folder for the Wiki</source>
        <translation>Mappe for wikien</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="184"/>
        <source>Choose the team&apos;s shared folder.</source>
        <translation>Velg teamets delte mappe.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="186"/>
        <source>Choose a folder for the wiki on this computer.</source>
        <translation>Velg en mappe for wikien på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="194"/>
        <source>Connecting to the shared folder…</source>
        <translation>Kobler til den delte mappen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="208"/>
        <source>Joined: %n page(s).</source>
        <translation>
            <numerusform>Ble med: %n side.</numerusform>
            <numerusform>Ble med: %n sider.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="222"/>
        <source>The shared folder %1 is missing, empty or cannot be reached right now (offline), so there is nothing to join yet. Check the path and your network connection.</source>
        <translation>Den delte mappen %1 mangler, er tom eller kan ikke nås akkurat nå (frakoblet), så det er ingenting å bli med i ennå. Sjekk stien og nettverkstilkoblingen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="226"/>
        <source>%1 is not a wikidesk shared folder. Ask your team which folder their wiki syncs through.</source>
        <translation>%1 er ikke en delt wikidesk-mappe. Spør teamet ditt hvilken mappe wikien deres synkroniseres gjennom.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="229"/>
        <source>The shared folder %1 was set up by a newer version of wikidesk. Update wikidesk to join it.</source>
        <translation>Den delte mappen %1 ble satt opp av en nyere versjon av wikidesk. Oppdater wikidesk for å bli med i den.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="234"/>
        <source>Joining did not work: %1</source>
        <translation>Det gikk ikke å bli med: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="237"/>
        <source>The folder %1 is not empty. Choose a new or empty folder for the wiki.</source>
        <translation>Mappen %1 er ikke tom. Velg en ny eller tom mappe for wikien.</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="51"/>
        <source>Outline</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="52"/>
        <source>Links</source>
        <translation>Lenker</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="53"/>
        <source>Backlinks</source>
        <translation>Lenker hit</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="54"/>
        <location filename="../../wikidesk/ui/links_panel.py" line="55"/>
        <source>Outline, links and backlinks</source>
        <translation>Innhold, lenker og lenker hit</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="56"/>
        <source>Headings of the page</source>
        <translation>Sidens overskrifter</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="57"/>
        <source>Links in the page</source>
        <translation>Lenker på siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="58"/>
        <source>Pages that link here</source>
        <translation>Sider som lenker hit</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="66"/>
        <source>Heading level %1: %2</source>
        <translation>Overskrift nivå %1: %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="72"/>
        <source>%1 (missing page: activate to create it)</source>
        <translation>%1 (siden finnes ikke: aktiver for å lage den)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="91"/>
        <source>Looking for pages that link here…</source>
        <translation>Ser etter sider som lenker hit…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="100"/>
        <source>The backlinks could not be found.</source>
        <translation>Lenkene hit kunne ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="118"/>
        <source>No pages link here.</source>
        <translation>Ingen sider lenker hit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="147"/>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="213"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="214"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="215"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="216"/>
        <source>Recent</source>
        <translation>Nylig</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="217"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="218"/>
        <location filename="../../wikidesk/ui/main_window.py" line="219"/>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="333"/>
        <source>Tab now indents text in the editor; Ctrl+Tab leaves it.</source>
        <translation>Tab rykker nå inn tekst i redigeringen; Ctrl+Tab går ut.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="334"/>
        <source>Tab now moves to the next control.</source>
        <translation>Tab går nå til neste kontroll.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="337"/>
        <source>Attach File</source>
        <translation>Legg ved fil</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="345"/>
        <source>“%1” was changed by another program while you were editing it.</source>
        <translation>«%1» ble endret av et annet program mens du redigerte den.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="347"/>
        <source>Autosave is paused. Choose what to keep.</source>
        <translation>Automatisk lagring er satt på pause. Velg hva du vil beholde.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="348"/>
        <source>Keep my text</source>
        <translation>Behold teksten min</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="349"/>
        <source>Load theirs (drop my edits)</source>
        <translation>Hent den andre (forkast endringene mine)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="358"/>
        <source>wikidesk: a team wiki in plain Markdown files.</source>
        <translation>wikidesk: en wiki for teamet i vanlige Markdown-filer.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="359"/>
        <source>Works offline; syncs through a shared folder.</source>
        <translation>Virker uten nett; synkroniserer gjennom en delt mappe.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="42"/>
        <source>Dismiss the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="43"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="52"/>
        <source>Error:</source>
        <translation>Feil:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="52"/>
        <source>Note:</source>
        <translation>Merk:</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../../wikidesk/ui/messages.py" line="37"/>
        <source>An action could not be completed.</source>
        <translation>En handling kunne ikke fullføres.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/messages.py" line="48"/>
        <source>Something unexpected went wrong (this is a bug). The details were written to the log file.</source>
        <translation>Noe uventet gikk galt (dette er en feil i programmet). Detaljene ble skrevet til loggfilen.</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="25"/>
        <source>New Page</source>
        <translation>Ny side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="25"/>
        <source>Create</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="49"/>
        <source>Rename or Move Page</source>
        <translation>Gi nytt navn til eller flytt siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="49"/>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="68"/>
        <source>Delete Page</source>
        <translation>Slett side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="69"/>
        <source>Delete “%1”? Its history is kept and it can be restored.</source>
        <translation>Slette «%1»? Historikken beholdes, og siden kan gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="72"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="30"/>
        <source>en</source>
        <comment>the language code of this translation (nb or en)</comment>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="33"/>
        <source>The templates could not be read.</source>
        <translation>Malene kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="43"/>
        <source>The page could not be created.</source>
        <translation>Siden kunne ikke opprettes.</translation>
    </message>
</context>
<context>
    <name>PageFields</name>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="27"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="58"/>
        <source>Title: %1</source>
        <translation>Tittel: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="59"/>
        <source>Tags: %1</source>
        <translation>Stikkord: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="67"/>
        <source>Title: %1 → %2</source>
        <translation>Tittel: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="70"/>
        <source>Tags: %1 → %2</source>
        <translation>Stikkord: %1 → %2</translation>
    </message>
</context>
<context>
    <name>PageNameDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="22"/>
        <source>Page title</source>
        <translation>Sidetittel</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="26"/>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="31"/>
        <source>Space</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="30"/>
        <source>Top level</source>
        <translation>Øverste nivå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="53"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="54"/>
        <source>&amp;Space:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="36"/>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="37"/>
        <source>Blank page</source>
        <translation>Tom side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="56"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Mal:</translation>
    </message>
</context>
<context>
    <name>PageTreeModel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tree_model.py" line="252"/>
        <source>%1, new comments</source>
        <translation>%1, nye kommentarer</translation>
    </message>
</context>
<context>
    <name>PageTreePanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="58"/>
        <source>Filter pages</source>
        <translation>Filtrer sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="59"/>
        <source>Filter the page tree</source>
        <translation>Filtrer sidetreet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="60"/>
        <source>Clear the filter</source>
        <translation>Tøm filteret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="61"/>
        <source>Pages and spaces</source>
        <translation>Sider og områder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="63"/>
        <source>Enter opens a page. F2 renames, the context menu key shows more actions.</source>
        <translation>Enter åpner en side. F2 gir nytt navn, menytasten viser flere handlinger.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="126"/>
        <source>New Page Here…</source>
        <translation>Ny side her…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="130"/>
        <source>Rename or Move…</source>
        <translation>Gi nytt navn eller flytt…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="132"/>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="109"/>
        <source>Page title</source>
        <translation>Sidetittel</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="110"/>
        <source>Space of the page</source>
        <translation>Sidens område</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="115"/>
        <source>This wiki has no pages yet. Start with a home page; link from it to new pages with [[Title]]. Each page is a Markdown file in the wiki folder.</source>
        <translation>Denne wikien har ingen sider ennå. Begynn med en forside, og lenk derfra til nye sider med [[Tittel]]. Hver side er en Markdown-fil i wiki-mappen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="117"/>
        <location filename="../../wikidesk/ui/page_view.py" line="118"/>
        <source>Create the first page</source>
        <translation>Lag den første siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="121"/>
        <location filename="../../wikidesk/ui/page_view.py" line="193"/>
        <source>No page open</source>
        <translation>Ingen side er åpen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="187"/>
        <source>Top level</source>
        <translation>Øverste nivå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="304"/>
        <source>The preview could not be shown.</source>
        <translation>Visningen kunne ikke vises.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="343"/>
        <source>The open page was deleted by a sync.</source>
        <translation>Den åpne siden ble slettet ved en synkronisering.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="89"/>
        <source>&amp;Who knows about:</source>
        <translation>&amp;Hvem kan noe om:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="90"/>
        <source>a topic, e.g. GIS or lønn</source>
        <translation>et tema, f.eks. GIS eller lønn</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="91"/>
        <source>Who knows about</source>
        <translation>Hvem kan noe om</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="92"/>
        <source>Clear the search</source>
        <translation>Tøm søket</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="93"/>
        <source>&amp;All my wikis</source>
        <translation>&amp;Alle mine wikier</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="94"/>
        <source>Find people in all my wikis</source>
        <translation>Finn personer i alle mine wikier</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="95"/>
        <source>Find people in every wiki you have open, in one ranking</source>
        <translation>Finn personer i alle wikiene du har åpne, i én rangering</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="97"/>
        <source>Find people in every wiki you have open, in one ranking; each person then names their wiki</source>
        <translation>Finn personer i alle wikiene du har åpne, i én rangering; hver person viser da hvilken wiki de er i</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="98"/>
        <source>People who know about it</source>
        <translation>Personer som kan noe om det</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="99"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="100"/>
        <source>Send the chosen person an e-mail</source>
        <translation>Send en e-post til den valgte personen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="101"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="102"/>
        <source>Chat with the chosen person</source>
        <translation>Chat med den valgte personen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="125"/>
        <source>Looking… (the first time, the page history is read once)</source>
        <translation>Leter … (første gang leses sidehistorikken én gang)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="126"/>
        <source>Looking…</source>
        <translation>Leter …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/panel.py" line="137"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="138"/>
        <source>Nobody found for “%1”.</source>
        <translation>Fant ingen for «%1».</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="152"/>
        <source>%1, %2, in the wiki %4. Why: %3</source>
        <translation>%1, %2, i wikien %4. Hvorfor: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="153"/>
        <source>%1, %2. Why: %3</source>
        <translation>%1, %2. Hvorfor: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="151"/>
        <source>no unit</source>
        <translation>ingen enhet</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="112"/>
        <source>The people directory could not be searched.</source>
        <translation>Det gikk ikke å søke i personkatalogen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="122"/>
        <source>The person&apos;s page could not be made.</source>
        <translation>Personsiden kunne ikke lages.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="156"/>
        <source>Recent work</source>
        <translation>Nylig arbeid</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="156"/>
        <source>Nothing written in the wiki yet.</source>
        <translation>Har ikke skrevet noe i wikien ennå.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Works with</source>
        <translation>Jobber med</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="164"/>
        <source>E-mail %1</source>
        <translation>E-post %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="170"/>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="178"/>
        <source>wrote</source>
        <translation>skrev</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="178"/>
        <source>edited</source>
        <translation>redigerte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="193"/>
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n side)</numerusform>
            <numerusform>%1 (%n sider)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="202"/>
        <source>skill: %1</source>
        <translation>kompetanse: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="204"/>
        <source>wrote %n page(s) about %1</source>
        <translation>
            <numerusform>skrev %n side om %1</numerusform>
            <numerusform>skrev %n sider om %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="206"/>
        <source>edited %n page(s) about %1</source>
        <translation>
            <numerusform>redigerte %n side om %1</numerusform>
            <numerusform>redigerte %n sider om %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="207"/>
        <source>profile mentions %1</source>
        <translation>profilen nevner %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="70"/>
        <source>Page preview</source>
        <translation>Visning av siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="72"/>
        <source>Read-only view of the page. Its links are also listed in the Links panel (Ctrl+4).</source>
        <translation>Skrivebeskyttet visning av siden. Lenkene står også i Lenker-panelet (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="112"/>
        <source>Open link?</source>
        <translation>Åpne lenken?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="113"/>
        <source>This link opens another program:
%1

Open it?</source>
        <translation>Denne lenken åpner et annet program:
%1

Vil du åpne den?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="125"/>
        <source>Link to a page that does not exist yet: %1</source>
        <translation>Lenke til en side som ikke finnes ennå: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="127"/>
        <source>Tag %1: shows the pages with this tag</source>
        <translation>Stikkord %1: viser sidene med dette stikkordet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="129"/>
        <source>Link to a wiki page</source>
        <translation>Lenke til en wikiside</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="131"/>
        <source>Link: %1</source>
        <translation>Lenke: %1</translation>
    </message>
</context>
<context>
    <name>ProfileOffer</name>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="45"/>
        <source>Your page could not be made.</source>
        <translation>Siden din kunne ikke lages.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="51"/>
        <source>Let colleagues find you by what you know: make your page in the people directory.</source>
        <translation>La kolleger finne deg ut fra hva du kan: lag siden din i personkatalogen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="53"/>
        <source>It shows what you write in the wiki; add your skills and how to reach you.</source>
        <translation>Den viser hva du skriver i wikien; legg til hva du kan og hvordan du nås.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="55"/>
        <source>Make my page</source>
        <translation>Lag siden min</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="21"/>
        <source>Go to Page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="24"/>
        <source>Page title to go to</source>
        <translation>Tittel på siden du vil gå til</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="25"/>
        <source>Type part of a page title</source>
        <translation>Skriv en del av en sidetittel</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="26"/>
        <source>&amp;Page:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="30"/>
        <source>Matching pages</source>
        <translation>Sider som passer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/switcher.py" line="59"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="75"/>
        <source>Person: %1 — %2</source>
        <translation>Person: %1 – %2</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="73"/>
        <source>All recent changes</source>
        <translation>Alle siste endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="74"/>
        <source>Pages I watch</source>
        <translation>Sider jeg følger</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="75"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="76"/>
        <source>Show &amp;Changes</source>
        <translation>Vis &amp;endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="77"/>
        <source>Show the changes made in this revision</source>
        <translation>Vis endringene i denne versjonen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="78"/>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="97"/>
        <source>Recent changes</source>
        <translation>Siste endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="78"/>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="122"/>
        <source>Watched pages</source>
        <translation>Fulgte sider</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>created</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>edited</source>
        <translation>endret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>renamed</source>
        <translation>gitt nytt navn</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="99"/>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="99"/>
        <source>merged</source>
        <translation>slått sammen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="104"/>
        <source> (from a colleague)</source>
        <translation> (fra en kollega)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="109"/>
        <source>%1, %2 by %3, %4</source>
        <translation>%1, %2 av %3, %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="126"/>
        <source>%n change(s) since you looked</source>
        <translation>
            <numerusform>%n endring siden du så på den</numerusform>
            <numerusform>%n endringer siden du så på den</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="129"/>
        <source>no changes since you looked</source>
        <translation>ingen endringer siden du så på den</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="136"/>
        <source>You watch no pages yet (Page → Watch This Page).</source>
        <translation>Du følger ingen sider ennå (Side → Følg denne siden).</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="135"/>
        <source>All changes saved</source>
        <translation>Alle endringer er lagret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="135"/>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="136"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Ikke lagret: endret et annet sted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="138"/>
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="93"/>
        <source>Search (Ctrl+K)</source>
        <translation>Søk (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="94"/>
        <source>Search the wiki</source>
        <translation>Søk i wikien</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="95"/>
        <source>Clear the search</source>
        <translation>Tøm søket</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="97"/>
        <source>Words, &quot;phrases&quot;, prefix*, -exclude, tag:, space:, author:, modified:&gt;2026-01-01</source>
        <translation>Ord, &quot;fraser&quot;, prefiks*, -utelat, tagg:, område:, forfatter:, endret:&gt;2026-01-01</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="98"/>
        <source>&amp;All my wikis</source>
        <translation>&amp;Alle mine wikier</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="99"/>
        <source>Search all my wikis</source>
        <translation>Søk i alle mine wikier</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="100"/>
        <source>Search every wiki you have open, in one ranking</source>
        <translation>Søk i alle wikiene du har åpne, rangert sammen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="102"/>
        <source>Search every wiki you have open, in one ranking; each result then names its wiki</source>
        <translation>Søk i alle wikiene du har åpne, i én rangering; hvert treff viser da hvilken wiki det er fra</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="103"/>
        <source>Only in space</source>
        <translation>Bare i området</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="104"/>
        <source>Only with tag</source>
        <translation>Bare med stikkordet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="105"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="106"/>
        <source>Search status</source>
        <translation>Søkestatus</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="116"/>
        <source>All spaces</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="117"/>
        <source>All tags</source>
        <translation>Alle stikkord</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="153"/>
        <source>Search is not available.</source>
        <translation>Søk er ikke tilgjengelig.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="168"/>
        <source>The search could not be run.</source>
        <translation>Søket kunne ikke utføres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/search/panel.py" line="192"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="194"/>
        <source>Did you mean %1?</source>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="197"/>
        <source>(close matches)</source>
        <translation>(nære treff)</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="48"/>
        <source>The search index is being opened…</source>
        <translation>Søkeindeksen åpnes…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="56"/>
        <source>The search index could not be opened.</source>
        <translation>Søkeindeksen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="81"/>
        <source>The search index was damaged or outdated and is being rebuilt.</source>
        <translation>Søkeindeksen var skadet eller utdatert og bygges på nytt.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="86"/>
        <source>Updating the search index</source>
        <translation>Oppdaterer søkeindeksen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="102"/>
        <source>Indexing was stopped; it continues where it left off next time.</source>
        <translation>Indekseringen ble stoppet; den fortsetter der den slapp neste gang.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="105"/>
        <source>The search index could not be updated.</source>
        <translation>Søkeindeksen kunne ikke oppdateres.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="36"/>
        <source>Wiki folder</source>
        <translation>Wiki-mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="38"/>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Empty: no syncing</source>
        <translation>Tom: ingen synkronisering</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Same as the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Sync interval in seconds</source>
        <translation>Synkroniseringsintervall i sekunder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="50"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Only when I ask</source>
        <translation>Bare når jeg ber om det</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="64"/>
        <source>&amp;Wiki folder:</source>
        <translation>&amp;Wiki-mappe:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Choose the wiki folder</source>
        <translation>Velg wiki-mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="65"/>
        <source>S&amp;hared folder:</source>
        <translation>&amp;Delt mappe:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Choose the shared folder</source>
        <translation>Velg den delte mappen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Display &amp;name:</source>
        <translation>Visnings&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynkroniser hvert:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="90"/>
        <source>Choose a Folder</source>
        <translation>Velg en mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="110"/>
        <source>The settings could not be saved: %1</source>
        <translation>Innstillingene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="61"/>
        <source>Set by your IT department</source>
        <translation>Angitt av IT-avdelingen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="15"/>
        <source>Commands and their shortcuts</source>
        <translation>Kommandoer og hurtigtastene deres</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="16"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="16"/>
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="15"/>
        <source>Created the page</source>
        <translation>Opprettet siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="16"/>
        <source>Deleted the page</source>
        <translation>Slettet siden</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="17"/>
        <source>Edited outside wikidesk</source>
        <translation>Endret utenfor wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="18"/>
        <source>Added before history was kept</source>
        <translation>Lagt til før historikken ble ført</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="19"/>
        <source>Resolved a conflict</source>
        <translation>Løste en konflikt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="20"/>
        <source>Merged concurrent edits</source>
        <translation>Slo sammen samtidige endringer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="21"/>
        <source>Moved: another page already had this name</source>
        <translation>Flyttet: en annen side hadde allerede dette navnet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="24"/>
        <source>Edited in the shared folder&apos;s readable copy (pages/)</source>
        <translation>Endret i fellesområdets lesekopi (pages/)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="29"/>
        <source>Renamed from “{0}”</source>
        <translation>Omdøpt fra «{0}»</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="30"/>
        <source>Attached {0}</source>
        <translation>La ved {0}</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="32"/>
        <source>Restored revision {0} of {1}</source>
        <translation>Gjenopprettet versjon {0} fra {1}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="98"/>
        <source>Synced</source>
        <translation>Synkronisert</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="99"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="100"/>
        <source>Offline: the shared folder cannot be reached</source>
        <translation>Frakoblet: den delte mappen kan ikke nås</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="101"/>
        <source>Read-only: the shared folder does not allow writing</source>
        <translation>Skrivebeskyttet: den delte mappen tillater ikke skriving</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/status_bar.py" line="102"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Konflikter: %n</numerusform>
            <numerusform>Konflikter: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="103"/>
        <source>Sync stopped: the shared folder needs a newer wikidesk</source>
        <translation>Synkronisering stoppet: den delte mappen krever en nyere wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="104"/>
        <source>Sync off (no shared folder)</source>
        <translation>Synkronisering av (ingen delt mappe)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="105"/>
        <source>Sync failed</source>
        <translation>Synkroniseringen mislyktes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="115"/>
        <source>Sync status: %1</source>
        <translation>Synkroniseringsstatus: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="117"/>
        <source>Click or press F5 to sync now.</source>
        <translation>Klikk eller trykk F5 for å synkronisere nå.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="116"/>
        <source>The shared folder could not be connected.</source>
        <translation>Kunne ikke koble til den delte mappen.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="124"/>
        <location filename="../../wikidesk/ui/sync/service.py" line="253"/>
        <source>Some pages were edited in two places at once.</source>
        <translation>Noen sider ble redigert to steder samtidig.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="138"/>
        <source>Sync is off: choose the team&apos;s shared folder in Settings.</source>
        <translation>Synkronisering er av: velg teamets delte mappe i Innstillinger.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="151"/>
        <source>Syncing</source>
        <translation>Synkroniserer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="204"/>
        <source>Sync failed. Your changes are kept here.</source>
        <translation>Synkroniseringen mislyktes. Endringene dine er tatt vare på her.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="227"/>
        <source>The shared folder was set up by a newer version of wikidesk; update wikidesk to sync with it.</source>
        <translation>Den delte mappen ble satt opp av en nyere versjon av wikidesk; oppdater wikidesk for å synkronisere med den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sync/service.py" line="233"/>
        <source>%n change(s) from the shared folder were set aside as invalid; Sync › Check lists them.</source>
        <translation>
            <numerusform>%n endring fra den delte mappen ble lagt til side som ugyldig; Synkroniser › Kontroller viser den.</numerusform>
            <numerusform>%n endringer fra den delte mappen ble lagt til side som ugyldige; Synkroniser › Kontroller viser dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="236"/>
        <source>Another copy of this wiki folder synced with the same identity; this copy took a new one.</source>
        <translation>En annen kopi av denne wiki-mappen synkroniserte med samme identitet; denne kopien har fått en ny.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="245"/>
        <source>The shared folder cannot be reached. You can keep working: your changes are saved here and sync when it is back.</source>
        <translation>Den delte mappen kan ikke nås. Du kan jobbe videre: endringene lagres her og synkroniseres når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="248"/>
        <source>The shared folder is read-only for you; your changes stay here.</source>
        <translation>Den delte mappen er skrivebeskyttet for deg; endringene dine blir her.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="251"/>
        <source>Sync stopped.</source>
        <translation>Synkroniseringen stoppet.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="254"/>
        <source>Resolve…</source>
        <translation>Løs…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="256"/>
        <source>Synced again with the shared folder.</source>
        <translation>Synkronisert med den delte mappen igjen.</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="50"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="66"/>
        <source>Tag %1, %n page(s)</source>
        <translation>
            <numerusform>Stikkord %1, %n side</numerusform>
            <numerusform>Stikkord %1, %n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="51"/>
        <source>Pages with the chosen tag</source>
        <translation>Sider med den valgte emneknaggen</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="53"/>
        <source>Choose a tag to see its pages.</source>
        <translation>Velg en emneknagg for å se sidene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="81"/>
        <source>#%1: %n page(s)</source>
        <translation>
            <numerusform>#%1: %n side</numerusform>
            <numerusform>#%1: %n sider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionColumn</name>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="96"/>
        <source>(your version)</source>
        <translation>(din versjon)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="100"/>
        <source>Text of the version by %1</source>
        <translation>Teksten i versjonen fra %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep this version</source>
        <translation>Behold denne versjonen</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="64"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="67"/>
        <source>Show the file as it is</source>
        <translation>Vis filen slik den er</translation>
    </message>
</context>
<context>
    <name>WikiSession</name>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="104"/>
        <source>Some pages already in the folder could not be taken into the page history. They are taken in the next time the wiki opens.</source>
        <translation>Noen sider som allerede lå i mappen, kunne ikke tas inn i sidehistorikken. De tas inn neste gang wikien åpnes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="185"/>
        <source>The tags could not be counted.</source>
        <translation>Stikkordene kunne ikke telles.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="195"/>
        <source>The list of pages could not be read.</source>
        <translation>Sidelisten kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="222"/>
        <source>The page could not be opened.</source>
        <translation>Siden kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="238"/>
        <source>The page could not be created.</source>
        <translation>Siden kunne ikke lages.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="243"/>
        <source>The page could not be renamed or moved.</source>
        <translation>Siden kunne ikke få nytt navn eller flyttes.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="246"/>
        <source>The page could not be deleted.</source>
        <translation>Siden kunne ikke slettes.</translation>
    </message>
</context>
<context>
    <name>WikiSwitcher</name>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="40"/>
        <source>Wiki</source>
        <translation>Wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="41"/>
        <source>Your wikis; choose one to show it (Ctrl+Shift+W shows the next one).</source>
        <translation>Wikiene dine; velg en for å vise den (Ctrl+Shift+W viser den neste).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="43"/>
        <source>Join…</source>
        <translation>Bli med …</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="44"/>
        <source>Join a team&apos;s shared folder</source>
        <translation>Bli med i et teams delte mappe</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="45"/>
        <source>Join a team&apos;s shared folder (Ctrl+Shift+J)</source>
        <translation>Bli med i et teams delte mappe (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="46"/>
        <source>Read-only: the shared folder of this wiki is read-only for you, so your changes could not be sent. Ask the folder&apos;s owner for write access.</source>
        <translation>Skrivebeskyttet: fellesmappen til denne wikien er skrivebeskyttet for deg, så endringene dine kunne ikke sendes. Be eieren av mappen om skrivetilgang.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Synced</source>
        <translation>Synkronisert</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="68"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="68"/>
        <source>Sync stopped</source>
        <translation>Synkronisering stoppet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="69"/>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="69"/>
        <source>Not shared</source>
        <translation>Ikke delt</translation>
    </message>
</context>
<context>
    <name>WorkIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="40"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="41"/>
        <source>Cancel the background work</source>
        <translation>Avbryt bakgrunnsarbeidet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="42"/>
        <source>Progress of the background work</source>
        <translation>Fremdrift for bakgrunnsarbeidet</translation>
    </message>
</context>
</TS>
