<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="34"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="35"/>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="36"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="41"/>
        <source>&amp;New Page…</source>
        <translation>&amp;New Page…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="43"/>
        <source>&amp;Open Wiki Folder…</source>
        <translation>&amp;Open Wiki Folder…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="44"/>
        <source>&amp;Join a Team&apos;s Shared Folder…</source>
        <translation>&amp;Join a Team&apos;s Shared Folder…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="51"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="55"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="57"/>
        <source>&amp;Attach File…</source>
        <translation>&amp;Attach File…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="58"/>
        <source>Insert &amp;Link to Page</source>
        <translation>Insert &amp;Link to Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="59"/>
        <source>Switch &amp;Editor/Preview</source>
        <translation>Switch &amp;Editor/Preview</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="60"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Side by Side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="61"/>
        <source>&amp;Tab Key Indents Text</source>
        <translation>&amp;Tab Key Indents Text</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="63"/>
        <source>Go to Page &amp;Tree</source>
        <translation>Go to Page &amp;Tree</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="64"/>
        <source>Go to E&amp;ditor</source>
        <translation>Go to E&amp;ditor</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="65"/>
        <source>Go to &amp;Preview</source>
        <translation>Go to &amp;Preview</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="66"/>
        <source>Go to &amp;Links and Outline</source>
        <translation>Go to &amp;Links and Outline</translation>
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
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="70"/>
        <source>&amp;Quick Switch to Page…</source>
        <translation>&amp;Quick Switch to Page…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="71"/>
        <source>Find &amp;People Who Know…</source>
        <translation>Find &amp;People Who Know…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="72"/>
        <source>Show the Next &amp;Wiki</source>
        <translation>Show the Next &amp;Wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="73"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="74"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="75"/>
        <source>&amp;Home Page</source>
        <translation>&amp;Home Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="76"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Rename or Move…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="77"/>
        <source>&amp;Delete Page…</source>
        <translation>&amp;Delete Page…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="78"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="79"/>
        <source>Resolve &amp;Conflict…</source>
        <translation>Resolve &amp;Conflict…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="80"/>
        <source>Re&amp;load from Disk</source>
        <translation>Re&amp;load from Disk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="81"/>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Watch This Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="82"/>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Bookmark This Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="83"/>
        <source>&amp;Gardening Report…</source>
        <translation>&amp;Gardening Report…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="84"/>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="85"/>
        <source>&amp;Cancel Background Work</source>
        <translation>&amp;Cancel Background Work</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="86"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="87"/>
        <source>&amp;About wikidesk</source>
        <translation>&amp;About wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="45"/>
        <source>Export as &amp;Web Site…</source>
        <translation>Export as &amp;Web Site…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="46"/>
        <source>Export Archive &amp;Package…</source>
        <translation>Export Archive &amp;Package…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="47"/>
        <source>Export for the Archive (Noark &amp;5)…</source>
        <translation>Export for the Archive (Noark &amp;5)…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="49"/>
        <source>&amp;Print Page…</source>
        <translation>&amp;Print Page…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/actions.py" line="50"/>
        <source>Print Spa&amp;ce…</source>
        <translation>Print Spa&amp;ce…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wikidesk/ui/app.py" line="38"/>
        <source>The wiki folder {0} is not there (is the drive connected?).</source>
        <translation>The wiki folder {0} is not there (is the drive connected?).</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="43"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="44"/>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Remove Bookmark</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="45"/>
        <source>Remove the chosen bookmark</source>
        <translation>Remove the chosen bookmark</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/bookmarks_panel.py" line="55"/>
        <source>(deleted page)</source>
        <translation>(deleted page)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="98"/>
        <source>Resolve Conflicts</source>
        <translation>Resolve Conflicts</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="104"/>
        <source>Pages in conflict</source>
        <translation>Pages in conflict</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="107"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="108"/>
        <source>The versions in conflict</source>
        <translation>The versions in conflict</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="112"/>
        <source>Merged text to save</source>
        <translation>Merged text to save</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="114"/>
        <source>Conflict regions start with &lt;&lt;&lt;&lt;&lt;&lt;&lt;, are split by ======= and end with &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</source>
        <translation>Conflict regions start with &lt;&lt;&lt;&lt;&lt;&lt;&lt;, are split by ======= and end with &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="117"/>
        <source>Title of the merged page</source>
        <translation>Title of the merged page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="120"/>
        <source>Tags of the merged page, separated by commas</source>
        <translation>Tags of the merged page, separated by commas</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="128"/>
        <source>&amp;Use the Shown Version</source>
        <translation>&amp;Use the Shown Version</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="130"/>
        <source>&amp;Save Resolution</source>
        <translation>&amp;Save Resolution</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="138"/>
        <source>&amp;Merged result (edit it until it is right):</source>
        <translation>&amp;Merged result (edit it until it is right):</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="141"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="143"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="172"/>
        <source>The same lines were changed in two places. Both versions are kept until you save the text that should win.</source>
        <translation>The same lines were changed in two places. Both versions are kept until you save the text that should win.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="183"/>
        <source>The conflicts could not be read.</source>
        <translation>The conflicts could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="195"/>
        <source>No pages are in conflict.</source>
        <translation>No pages are in conflict.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="219"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="244"/>
        <source>The versions could not be read.</source>
        <translation>The versions could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="231"/>
        <source>my version</source>
        <translation>my version</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="254"/>
        <source>Version %1: %2, %3</source>
        <translation>Version %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="257"/>
        <source>(your version)</source>
        <translation>(your version)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="272"/>
        <source>The versions have different titles: %1.</source>
        <translation>The versions have different titles: %1.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="275"/>
        <source>The versions have different tags: %1.</source>
        <translation>The versions have different tags: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="308"/>
        <source>%n conflict region(s) left.</source>
        <translation>
            <numerusform>%n conflict region left.</numerusform>
            <numerusform>%n conflict regions left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="309"/>
        <source>No conflict regions left: ready to save.</source>
        <translation>No conflict regions left: ready to save.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="324"/>
        <source>The text still has conflict markers. Remove them, or press Save Resolution again to keep them as they are.</source>
        <translation>The text still has conflict markers. Remove them, or press Save Resolution again to keep them as they are.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="341"/>
        <source>The resolution could not be saved.</source>
        <translation>The resolution could not be saved.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="157"/>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="161"/>
        <source>This page was changed in two places at once</source>
        <translation>This page was changed in two places at once</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="158"/>
        <source>Nothing is lost: every version is kept until you choose. Keep one of them, or edit a text that combines them. Until then the page file shows one version, the same on every computer.</source>
        <translation>Nothing is lost: every version is kept until you choose. Keep one of them, or edit a text that combines them. Until then the page file shows one version, the same on every computer.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="162"/>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;Edit a merged text…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="163"/>
        <source>Edit a merged text…</source>
        <translation>Edit a merged text…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="207"/>
        <source>Saving your choice…</source>
        <translation>Saving your choice…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="227"/>
        <source>The conflict could not be resolved.</source>
        <translation>The conflict could not be resolved.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="23"/>
        <source>Looking for changes made outside wikidesk</source>
        <translation>Looking for changes made outside wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="24"/>
        <source>Looked for changes made outside wikidesk</source>
        <translation>Looked for changes made outside wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="25"/>
        <source>Merging</source>
        <translation>Merging</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="26"/>
        <source>Updating the wiki folder</source>
        <translation>Updating the wiki folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="27"/>
        <source>Sending changes to the shared folder</source>
        <translation>Sending changes to the shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="28"/>
        <source>Read changes from the shared folder</source>
        <translation>Read changes from the shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="29"/>
        <source>Looking for changed pages…</source>
        <translation>Looking for changed pages…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="30"/>
        <source>The search index is up to date.</source>
        <translation>The search index is up to date.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="31"/>
        <source>Saving the index…</source>
        <translation>Saving the index…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="32"/>
        <source>Rendering pages</source>
        <translation>Rendering pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="33"/>
        <source>Writing pages</source>
        <translation>Writing pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="34"/>
        <source>Copying attachments</source>
        <translation>Copying attachments</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="35"/>
        <source>Writing the index and the search</source>
        <translation>Writing the index and the search</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="36"/>
        <source>Reading the page list</source>
        <translation>Reading the page list</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="37"/>
        <source>Reading page history</source>
        <translation>Reading page history</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="38"/>
        <source>Read page history</source>
        <translation>Read page history</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="39"/>
        <source>The search index is being built</source>
        <translation>The search index is being built</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="40"/>
        <source>The search index was damaged and is being rebuilt</source>
        <translation>The search index was damaged and is being rebuilt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="41"/>
        <source>The search index is from another version and is being rebuilt</source>
        <translation>The search index is from another version and is being rebuilt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="42"/>
        <source>The search index is being rebuilt</source>
        <translation>The search index is being rebuilt</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="43"/>
        <source>The search index is being updated</source>
        <translation>The search index is being updated</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="44"/>
        <source>The search index is being rebuilt to free the space old versions of pages took</source>
        <translation>The search index is being rebuilt to free the space old versions of pages took</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="46"/>
        <source>Connecting to the shared folder</source>
        <translation>Connecting to the shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="47"/>
        <source>Reading the newest snapshot of the wiki</source>
        <translation>Reading the newest snapshot of the wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="48"/>
        <source>Reading the changes made since the snapshot</source>
        <translation>Reading the changes made since the snapshot</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="56"/>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="60"/>
        <source>Reading changes from the shared folder (%1 of %n)</source>
        <translation>
            <numerusform>Reading changes from the shared folder (%1 of %n)</numerusform>
            <numerusform>Reading changes from the shared folder (%1 of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="63"/>
        <source>Indexing %n page(s)…</source>
        <translation>
            <numerusform>Indexing %n page…</numerusform>
            <numerusform>Indexing %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="66"/>
        <source>Indexed %1 of %n page(s)</source>
        <translation>
            <numerusform>Indexed %1 of %n page</numerusform>
            <numerusform>Indexed %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="69"/>
        <source>Ignored “modified:%1”: not a date (write e.g. modified:&gt;2026-01-31).</source>
        <translation>Ignored “modified:%1”: not a date (write e.g. modified:&gt;2026-01-31).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="74"/>
        <source>%2 (%1 of %n page(s)); results may be incomplete.</source>
        <translation>
            <numerusform>%2 (%1 of %n page); results may be incomplete.</numerusform>
            <numerusform>%2 (%1 of %n pages); results may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="78"/>
        <source>Indexed %n page(s).</source>
        <translation>
            <numerusform>Indexed %n page.</numerusform>
            <numerusform>Indexed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="80"/>
        <source>%n could not be read (e.g. %1); they are tried again next time.</source>
        <translation>
            <numerusform>%n could not be read (e.g. %1); it is tried again next time.</numerusform>
            <numerusform>%n could not be read (e.g. %1); they are tried again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="112"/>
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="112"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="113"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="115"/>
        <source>%n set aside as invalid (see the notes)</source>
        <translation>
            <numerusform>%n set aside as invalid (see the notes)</numerusform>
            <numerusform>%n set aside as invalid (see the notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="116"/>
        <source>Synced: %1.</source>
        <translation>Synced: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="123"/>
        <source>Taking in %n version(s) of pages</source>
        <translation>
            <numerusform>Taking in %n version of pages</numerusform>
            <numerusform>Taking in %n versions of pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="108"/>
        <source>%n page(s) have conflicting edits; open them to choose what to keep.</source>
        <translation>
            <numerusform>%n page has conflicting edits; open it to choose what to keep.</numerusform>
            <numerusform>%n pages have conflicting edits; open them to choose what to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/core_text.py" line="104"/>
        <source>The shared folder is read-only for you: changes from others were received, but your %n change(s) cannot be sent.</source>
        <translation>
            <numerusform>The shared folder is read-only for you: changes from others were received, but your %n change cannot be sent.</numerusform>
            <numerusform>The shared folder is read-only for you: changes from others were received, but your %n changes cannot be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="101"/>
        <source>The shared folder cannot be reached; working offline. Your changes are kept here and sync when it is back.</source>
        <translation>The shared folder cannot be reached; working offline. Your changes are kept here and sync when it is back.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/core_text.py" line="120"/>
        <source>%1; results may be incomplete.</source>
        <translation>%1; results may be incomplete.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="104"/>
        <source>Opening the wiki…</source>
        <translation>Opening the wiki…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="108"/>
        <source>Opening the wiki</source>
        <translation>Opening the wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="132"/>
        <source>The wiki could not be opened.</source>
        <translation>The wiki could not be opened.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="182"/>
        <source>Taking in the pages already in the folder</source>
        <translation>Taking in the pages already in the folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="260"/>
        <source>This wiki&apos;s shared folder is read-only for you, so pages here cannot be changed. Ask the folder&apos;s owner for write access.</source>
        <translation>This wiki&apos;s shared folder is read-only for you, so pages here cannot be changed. Ask the folder&apos;s owner for write access.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/application.py" line="358"/>
        <source>Open Wiki Folder</source>
        <translation>Open Wiki Folder</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="18"/>
        <source>Changes to “%1”</source>
        <translation>Changes to “%1”</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="19"/>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="26"/>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="27"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="42"/>
        <source>The differences could not be shown.</source>
        <translation>The differences could not be shown.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/diff_dialog.py" line="45"/>
        <source>No differences in the text.</source>
        <translation>No differences in the text.</translation>
    </message>
</context>
<context>
    <name>DiscussionPanel</name>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="178"/>
        <source>Comments on the page</source>
        <translation>Comments on the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="399"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="182"/>
        <source>Write a comment (Ctrl+Enter sends)</source>
        <translation>Write a comment (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="379"/>
        <source>Send the comment</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="183"/>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="184"/>
        <source>Reply to the selected comment</source>
        <translation>Reply to the selected comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="392"/>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="393"/>
        <source>Cancel the reply</source>
        <translation>Cancel the reply</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="246"/>
        <source>The comments could not be read.</source>
        <translation>The comments could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="179"/>
        <source>Select a comment and choose Reply to answer it; your own comments can also be edited or deleted (Delete key).</source>
        <translation>Select a comment and choose Reply to answer it; your own comments can also be edited or deleted (Delete key).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="181"/>
        <source>Ctrl+Enter sends the comment; Escape cancels a reply or an edit.</source>
        <translation>Ctrl+Enter sends the comment; Escape cancels a reply or an edit.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="185"/>
        <source>Edi&amp;t</source>
        <translation>Edi&amp;t</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="186"/>
        <source>Edit your selected comment</source>
        <translation>Edit your selected comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="187"/>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="188"/>
        <source>Delete your selected comment</source>
        <translation>Delete your selected comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="190"/>
        <source>Only your own comments can be edited or deleted here.</source>
        <translation>Only your own comments can be edited or deleted here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/discussion_panel.py" line="317"/>
        <source>Discussion (%n comment(s))</source>
        <translation>
            <numerusform>Discussion (%n comment)</numerusform>
            <numerusform>Discussion (%n comments)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="318"/>
        <source>Discussion: no comments yet</source>
        <translation>Discussion: no comments yet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="338"/>
        <source>Comment deleted</source>
        <translation>Comment deleted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="339"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="341"/>
        <source>(edited)</source>
        <translation>(edited)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="342"/>
        <source>Edited comment by %1, %2: %3</source>
        <translation>Edited comment by %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="343"/>
        <source>Comment by %1, %2: %3</source>
        <translation>Comment by %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="375"/>
        <source>Save &amp;changes</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="376"/>
        <source>Save the edited comment</source>
        <translation>Save the edited comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="378"/>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="378"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Send reply</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="388"/>
        <source>Editing your comment</source>
        <translation>Editing your comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="389"/>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="390"/>
        <source>Stop editing and keep the comment as it was</source>
        <translation>Stop editing and keep the comment as it was</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="397"/>
        <source>Replying to %1</source>
        <translation>Replying to %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="475"/>
        <source>Delete Comment</source>
        <translation>Delete Comment</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="476"/>
        <source>Delete your comment “%1”? Its earlier versions stay in the page&apos;s history.</source>
        <translation>Delete your comment “%1”? Its earlier versions stay in the page&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="478"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="497"/>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="561"/>
        <source>The comment could not be saved.</source>
        <translation>The comment could not be saved.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="527"/>
        <location filename="../../wikidesk/ui/discussion_panel.py" line="542"/>
        <source>The comment could not be deleted.</source>
        <translation>The comment could not be deleted.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="69"/>
        <source>Page text (Markdown)</source>
        <translation>Page text (Markdown)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="71"/>
        <source>Tab moves to the next control; Ctrl+M makes Tab indent.</source>
        <translation>Tab moves to the next control; Ctrl+M makes Tab indent.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="73"/>
        <source>Tab indents; press Ctrl+Tab to move to the next control.</source>
        <translation>Tab indents; press Ctrl+Tab to move to the next control.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="74"/>
        <source>Write here. Use [[Page title]] to link to a page.</source>
        <translation>Write here. Use [[Page title]] to link to a page.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="159"/>
        <source>Your changes could not be saved; they are still here.</source>
        <translation>Your changes could not be saved; they are still here.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/panel.py" line="210"/>
        <source>The file could not be attached.</source>
        <translation>The file could not be attached.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="80"/>
        <source>Exporting the wiki as a web site</source>
        <translation>Exporting the wiki as a web site</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="81"/>
        <source>Exporting the archive package</source>
        <translation>Exporting the archive package</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="82"/>
        <source>Exporting for the archive (Noark 5)</source>
        <translation>Exporting for the archive (Noark 5)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="85"/>
        <source>Export as web site</source>
        <translation>Export as web site</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="85"/>
        <source>Export archive package</source>
        <translation>Export archive package</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="86"/>
        <source>Export for the archive (Noark 5)</source>
        <translation>Export for the archive (Noark 5)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="87"/>
        <source>web site</source>
        <translation>web site</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="87"/>
        <source>archive package</source>
        <translation>archive package</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="88"/>
        <source>Noark 5 extraction</source>
        <translation>Noark 5 extraction</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="124"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="175"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="126"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="169"/>
        <location filename="../../wikidesk/ui/export_actions.py" line="177"/>
        <source>The export or printing could not be finished.</source>
        <translation>The export or printing could not be finished.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="138"/>
        <source>Open a page to print it.</source>
        <translation>Open a page to print it.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="146"/>
        <source>Printing the page</source>
        <translation>Printing the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="157"/>
        <source>Printing the space</source>
        <translation>Printing the space</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="160"/>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="171"/>
        <source>Printed to %1.</source>
        <translation>Printed to %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/export_actions.py" line="116"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="24"/>
        <source>Reading the page list</source>
        <translation>Reading the page list</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="25"/>
        <source>Reading page history</source>
        <translation>Reading page history</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="26"/>
        <source>Read page history</source>
        <translation>Read page history</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="27"/>
        <source>Rendering pages</source>
        <translation>Rendering pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="28"/>
        <source>Writing pages</source>
        <translation>Writing pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="29"/>
        <source>Copying pages</source>
        <translation>Copying pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="30"/>
        <source>Copying attachments</source>
        <translation>Copying attachments</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="31"/>
        <source>Copying page history</source>
        <translation>Copying page history</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="32"/>
        <source>Writing the index and the search</source>
        <translation>Writing the index and the search</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="33"/>
        <source>Writing the bag&apos;s checksums</source>
        <translation>Writing the bag&apos;s checksums</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="34"/>
        <source>Writing the archive structure</source>
        <translation>Writing the archive structure</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="35"/>
        <source>Wrote the archive structure</source>
        <translation>Wrote the archive structure</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/export_actions.py" line="36"/>
        <source>Writing the change log and the description</source>
        <translation>Writing the change log and the description</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="54"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="55"/>
        <source>Re&amp;place with:</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="56"/>
        <source>Find text</source>
        <translation>Find text</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="57"/>
        <source>Replacement text</source>
        <translation>Replacement text</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="58"/>
        <source>&amp;Match case</source>
        <translation>&amp;Match case</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="59"/>
        <source>Pre&amp;vious</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="60"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="61"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="62"/>
        <source>Replace &amp;All</source>
        <translation>Replace &amp;All</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="63"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="64"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="110"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/editor/find_bar.py" line="140"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="68"/>
        <source>Welcome to wikidesk</source>
        <translation>Welcome to wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="69"/>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="70"/>
        <source>Open the &amp;sample wiki to look around</source>
        <translation>Open the &amp;sample wiki to look around</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="71"/>
        <source>&amp;Create a new wiki in a folder</source>
        <translation>&amp;Create a new wiki in a folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="72"/>
        <source>&amp;Join your team&apos;s shared folder</source>
        <translation>&amp;Join your team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="78"/>
        <source>Folder for your wiki</source>
        <translation>Folder for your wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="82"/>
        <source>The team&apos;s shared folder</source>
        <translation>The team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="83"/>
        <source>for example U:\Team\wiki</source>
        <translation>for example U:\Team\wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="88"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="89"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="90"/>
        <source>Choose the folder for your wiki</source>
        <translation>Choose the folder for your wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="91"/>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Choose the team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="98"/>
        <source>&amp;Wiki folder:</source>
        <translation>&amp;Wiki folder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="100"/>
        <source>Team wikis your IT department set up</source>
        <translation>Team wikis your IT department set up</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="102"/>
        <source>&amp;Team wiki:</source>
        <translation>&amp;Team wiki:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="105"/>
        <source>S&amp;hared folder:</source>
        <translation>S&amp;hared folder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="109"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="139"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="160"/>
        <source>Choose a Folder</source>
        <translation>Choose a Folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="178"/>
        <source>Choose a folder for your wiki.</source>
        <translation>Choose a folder for your wiki.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/first_run.py" line="181"/>
        <source>The shared folder cannot be reached. Check the path, or that you are connected to the network.</source>
        <translation>The shared folder cannot be reached. Check the path, or that you are connected to the network.</translation>
    </message>
</context>
<context>
    <name>GardenDialog</name>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="39"/>
        <source>Gardening Report</source>
        <translation>Gardening Report</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="44"/>
        <source>Months without edits</source>
        <translation>Months without edits</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="45"/>
        <source>Not edited for &amp;months:</source>
        <translation>Not edited for &amp;months:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="52"/>
        <source>Gardening report</source>
        <translation>Gardening report</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="53"/>
        <source>Enter opens the chosen page; a wanted page is offered for creation.</source>
        <translation>Enter opens the chosen page; a wanted page is offered for creation.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="74"/>
        <source>Looking at every page…</source>
        <translation>Looking at every page…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="84"/>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="85"/>
        <source>The gardening report could not be made.</source>
        <translation>The gardening report could not be made.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="91"/>
        <source>Wanted pages (linked to, but missing)</source>
        <translation>Wanted pages (linked to, but missing)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="92"/>
        <source>%1 (%n link(s))</source>
        <translation>
            <numerusform>%1 (%n link)</numerusform>
            <numerusform>%1 (%n links)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="94"/>
        <source>Pages nothing links to</source>
        <translation>Pages nothing links to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="95"/>
        <source>Not edited for %n month(s)</source>
        <translation>
            <numerusform>Not edited for %n month</numerusform>
            <numerusform>Not edited for %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="96"/>
        <source>%1 (last edited %2)</source>
        <translation>%1 (last edited %2)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="98"/>
        <source>Pages without tags</source>
        <translation>Pages without tags</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="99"/>
        <source>Empty pages</source>
        <translation>Empty pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="100"/>
        <source>Pages in conflict</source>
        <translation>Pages in conflict</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="101"/>
        <source>Near-duplicate titles</source>
        <translation>Near-duplicate titles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/garden_dialog.py" line="117"/>
        <source>%n page(s) looked at; things to tend: %1.</source>
        <translation>
            <numerusform>%n page looked at; things to tend: %1.</numerusform>
            <numerusform>%n pages looked at; things to tend: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsService</name>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="50"/>
        <source>The watched pages could not be checked.</source>
        <translation>The watched pages could not be checked.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="61"/>
        <source>The recent changes could not be read.</source>
        <translation>The recent changes could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="66"/>
        <source>The watched pages could not be read.</source>
        <translation>The watched pages could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="71"/>
        <source>The bookmarks could not be read.</source>
        <translation>The bookmarks could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="91"/>
        <location filename="../../wikidesk/ui/habits/service.py" line="102"/>
        <source>The watch list could not be changed.</source>
        <translation>The watch list could not be changed.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="112"/>
        <source>The watch list could not be updated.</source>
        <translation>The watch list could not be updated.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/service.py" line="127"/>
        <source>The bookmarks could not be changed.</source>
        <translation>The bookmarks could not be changed.</translation>
    </message>
</context>
<context>
    <name>HabitsUI</name>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="54"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="72"/>
        <source>Watching “%1”: its changes show under Recent → Pages I watch.</source>
        <translation>Watching “%1”: its changes show under Recent → Pages I watch.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="73"/>
        <source>No longer watching “%1”.</source>
        <translation>No longer watching “%1”.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="81"/>
        <source>Bookmarked “%1”.</source>
        <translation>Bookmarked “%1”.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/habits/wiring.py" line="81"/>
        <source>Removed the bookmark of “%1”.</source>
        <translation>Removed the bookmark of “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/habits/wiring.py" line="97"/>
        <source>%n watched page(s) changed since you looked (Recent → Pages I watch).</source>
        <translation>
            <numerusform>%n watched page changed since you looked (Recent → Pages I watch).</numerusform>
            <numerusform>%n watched pages changed since you looked (Recent → Pages I watch).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="47"/>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="51"/>
        <source>Revisions, newest first</source>
        <translation>Revisions, newest first</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="53"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="54"/>
        <source>Compared with the revision before</source>
        <translation>Compared with the revision before</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="55"/>
        <source>Compared with the page now</source>
        <translation>Compared with the page now</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="57"/>
        <source>Diff layout</source>
        <translation>Diff layout</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="58"/>
        <source>Inline</source>
        <translation>Inline</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="59"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="62"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="64"/>
        <location filename="../../wikidesk/ui/history/dialog.py" line="67"/>
        <source>Show the file as it is</source>
        <translation>Show the file as it is</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="68"/>
        <source>On: the whole file with its front matter (id, created). Off: title and tags as fields and the page text.</source>
        <translation>On: the whole file with its front matter (id, created). Off: title and tags as fields and the page text.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="70"/>
        <source>&amp;Restore This Revision…</source>
        <translation>&amp;Restore This Revision…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="104"/>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="107"/>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="114"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="114"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/history/dialog.py" line="118"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="147"/>
        <source>The changes could not be shown.</source>
        <translation>The changes could not be shown.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="152"/>
        <location filename="../../wikidesk/ui/history/dialog.py" line="154"/>
        <source>This revision</source>
        <translation>This revision</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="152"/>
        <source>The page now</source>
        <translation>The page now</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="154"/>
        <source>The revision before</source>
        <translation>The revision before</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="161"/>
        <source>The first revision: the page as it was made</source>
        <translation>The first revision: the page as it was made</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="169"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="169"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="187"/>
        <source>Restore Revision</source>
        <translation>Restore Revision</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="188"/>
        <source>Make the revision of %1 the page&apos;s text again? The current text stays in the history.</source>
        <translation>Make the revision of %1 the page&apos;s text again? The current text stays in the history.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="191"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/dialog.py" line="205"/>
        <source>The revision could not be restored.</source>
        <translation>The revision could not be restored.</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <location filename="../../wikidesk/ui/history/service.py" line="52"/>
        <source>The conflicts could not be counted.</source>
        <translation>The conflicts could not be counted.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="130"/>
        <source>Join a Team</source>
        <translation>Join a Team</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="131"/>
        <source>Choose the shared folder your team&apos;s wiki syncs through. wikidesk copies the wiki into a new folder on this computer and keeps the two in step.</source>
        <translation>Choose the shared folder your team&apos;s wiki syncs through. wikidesk copies the wiki into a new folder on this computer and keeps the two in step.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="133"/>
        <source>&amp;Shared folder:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="134"/>
        <source>The team&apos;s shared folder</source>
        <translation>The team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="135"/>
        <source>e.g. U:\Team\wiki</source>
        <translation>e.g. U:\Team\wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="136"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="137"/>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Choose the team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="138"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="139"/>
        <source>Name of the wiki</source>
        <translation>Name of the wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="140"/>
        <source>&amp;Folder on this computer:</source>
        <translation>&amp;Folder on this computer:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="141"/>
        <source>Folder for the wiki on this computer</source>
        <translation>Folder for the wiki on this computer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="142"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="143"/>
        <source>Choose the folder for the wiki on this computer</source>
        <translation>Choose the folder for the wiki on this computer</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="144"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="145"/>
        <source>Joining</source>
        <translation>Joining</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="146"/>
        <source>What is happening</source>
        <translation>What is happening</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="167"/>
        <source>The Team&apos;s Shared Folder</source>
        <translation>The Team&apos;s Shared Folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="172"/>
        <source>Folder for the Wiki</source>
        <translation>Folder for the Wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="184"/>
        <source>Choose the team&apos;s shared folder.</source>
        <translation>Choose the team&apos;s shared folder.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="186"/>
        <source>Choose a folder for the wiki on this computer.</source>
        <translation>Choose a folder for the wiki on this computer.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="194"/>
        <source>Connecting to the shared folder…</source>
        <translation>Connecting to the shared folder…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="208"/>
        <source>Joined: %n page(s).</source>
        <translation>
            <numerusform>Joined: %n page.</numerusform>
            <numerusform>Joined: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="222"/>
        <source>The shared folder %1 is missing, empty or cannot be reached right now (offline), so there is nothing to join yet. Check the path and your network connection.</source>
        <translation>The shared folder %1 is missing, empty or cannot be reached right now (offline), so there is nothing to join yet. Check the path and your network connection.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="226"/>
        <source>%1 is not a wikidesk shared folder. Ask your team which folder their wiki syncs through.</source>
        <translation>%1 is not a wikidesk shared folder. Ask your team which folder their wiki syncs through.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="229"/>
        <source>The shared folder %1 was set up by a newer version of wikidesk. Update wikidesk to join it.</source>
        <translation>The shared folder %1 was set up by a newer version of wikidesk. Update wikidesk to join it.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="234"/>
        <source>Joining did not work: %1</source>
        <translation>Joining did not work: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/join_dialog.py" line="237"/>
        <source>The folder %1 is not empty. Choose a new or empty folder for the wiki.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder for the wiki.</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="51"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="52"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="53"/>
        <source>Backlinks</source>
        <translation>Backlinks</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="54"/>
        <location filename="../../wikidesk/ui/links_panel.py" line="55"/>
        <source>Outline, links and backlinks</source>
        <translation>Outline, links and backlinks</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="56"/>
        <source>Headings of the page</source>
        <translation>Headings of the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="57"/>
        <source>Links in the page</source>
        <translation>Links in the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="58"/>
        <source>Pages that link here</source>
        <translation>Pages that link here</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="66"/>
        <source>Heading level %1: %2</source>
        <translation>Heading level %1: %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="72"/>
        <source>%1 (missing page: activate to create it)</source>
        <translation>%1 (missing page: activate to create it)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="91"/>
        <source>Looking for pages that link here…</source>
        <translation>Looking for pages that link here…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="100"/>
        <source>The backlinks could not be found.</source>
        <translation>The backlinks could not be found.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/links_panel.py" line="118"/>
        <source>No pages link here.</source>
        <translation>No pages link here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="147"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="213"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="214"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="215"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="216"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="217"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="218"/>
        <location filename="../../wikidesk/ui/main_window.py" line="219"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="333"/>
        <source>Tab now indents text in the editor; Ctrl+Tab leaves it.</source>
        <translation>Tab now indents text in the editor; Ctrl+Tab leaves it.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="334"/>
        <source>Tab now moves to the next control.</source>
        <translation>Tab now moves to the next control.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="337"/>
        <source>Attach File</source>
        <translation>Attach File</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="345"/>
        <source>“%1” was changed by another program while you were editing it.</source>
        <translation>“%1” was changed by another program while you were editing it.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="347"/>
        <source>Autosave is paused. Choose what to keep.</source>
        <translation>Autosave is paused. Choose what to keep.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="348"/>
        <source>Keep my text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="349"/>
        <source>Load theirs (drop my edits)</source>
        <translation>Load theirs (drop my edits)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="358"/>
        <source>wikidesk: a team wiki in plain Markdown files.</source>
        <translation>wikidesk: a team wiki in plain Markdown files.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/main_window.py" line="359"/>
        <source>Works offline; syncs through a shared folder.</source>
        <translation>Works offline; syncs through a shared folder.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="42"/>
        <source>Dismiss the message</source>
        <translation>Dismiss the message</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="43"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="52"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/message_bar.py" line="52"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../../wikidesk/ui/messages.py" line="37"/>
        <source>An action could not be completed.</source>
        <translation>An action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/messages.py" line="48"/>
        <source>Something unexpected went wrong (this is a bug). The details were written to the log file.</source>
        <translation>Something unexpected went wrong (this is a bug). The details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="25"/>
        <source>New Page</source>
        <translation>New Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="25"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="33"/>
        <source>The templates could not be read.</source>
        <translation>The templates could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="43"/>
        <source>The page could not be created.</source>
        <translation>The page could not be created.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="49"/>
        <source>Rename or Move Page</source>
        <translation>Rename or Move Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="49"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="68"/>
        <source>Delete Page</source>
        <translation>Delete Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="69"/>
        <source>Delete “%1”? Its history is kept and it can be restored.</source>
        <translation>Delete “%1”? Its history is kept and it can be restored.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="72"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_actions.py" line="30"/>
        <source>en</source>
        <comment>the language code of this translation (nb or en)</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>PageFields</name>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="27"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="58"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="59"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="67"/>
        <source>Title: %1 → %2</source>
        <translation>Title: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/page_fields.py" line="70"/>
        <source>Tags: %1 → %2</source>
        <translation>Tags: %1 → %2</translation>
    </message>
</context>
<context>
    <name>PageNameDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="22"/>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="26"/>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="30"/>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="36"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="37"/>
        <source>Blank page</source>
        <translation>Blank page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="53"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="54"/>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/page_name.py" line="56"/>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
</context>
<context>
    <name>PageTreeModel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tree_model.py" line="252"/>
        <source>%1, new comments</source>
        <translation>%1, new comments</translation>
    </message>
</context>
<context>
    <name>PageTreePanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="58"/>
        <source>Filter pages</source>
        <translation>Filter pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="59"/>
        <source>Filter the page tree</source>
        <translation>Filter the page tree</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="60"/>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="61"/>
        <source>Pages and spaces</source>
        <translation>Pages and spaces</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="63"/>
        <source>Enter opens a page. F2 renames, the context menu key shows more actions.</source>
        <translation>Enter opens a page. F2 renames, the context menu key shows more actions.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="126"/>
        <source>New Page Here…</source>
        <translation>New Page Here…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="130"/>
        <source>Rename or Move…</source>
        <translation>Rename or Move…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/page_tree.py" line="132"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="109"/>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="110"/>
        <source>Space of the page</source>
        <translation>Space of the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="115"/>
        <source>This wiki has no pages yet. Start with a home page; link from it to new pages with [[Title]]. Each page is a Markdown file in the wiki folder.</source>
        <translation>This wiki has no pages yet. Start with a home page; link from it to new pages with [[Title]]. Each page is a Markdown file in the wiki folder.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="117"/>
        <location filename="../../wikidesk/ui/page_view.py" line="118"/>
        <source>Create the first page</source>
        <translation>Create the first page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="121"/>
        <location filename="../../wikidesk/ui/page_view.py" line="193"/>
        <source>No page open</source>
        <translation>No page open</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="187"/>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="304"/>
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/page_view.py" line="343"/>
        <source>The open page was deleted by a sync.</source>
        <translation>The open page was deleted by a sync.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="89"/>
        <source>&amp;Who knows about:</source>
        <translation>&amp;Who knows about:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="90"/>
        <source>a topic, e.g. GIS or lønn</source>
        <translation>a topic, e.g. GIS or lønn</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="91"/>
        <source>Who knows about</source>
        <translation>Who knows about</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="92"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="93"/>
        <source>&amp;All my wikis</source>
        <translation>&amp;All my wikis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="94"/>
        <source>Find people in all my wikis</source>
        <translation>Find people in all my wikis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="95"/>
        <source>Find people in every wiki you have open, in one ranking</source>
        <translation>Find people in every wiki you have open, in one ranking</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="97"/>
        <source>Find people in every wiki you have open, in one ranking; each person then names their wiki</source>
        <translation>Find people in every wiki you have open, in one ranking; each person then names their wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="98"/>
        <source>People who know about it</source>
        <translation>People who know about it</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="99"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="100"/>
        <source>Send the chosen person an e-mail</source>
        <translation>Send the chosen person an e-mail</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="101"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="102"/>
        <source>Chat with the chosen person</source>
        <translation>Chat with the chosen person</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="126"/>
        <source>Looking…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="125"/>
        <source>Looking… (the first time, the page history is read once)</source>
        <translation>Looking… (the first time, the page history is read once)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/panel.py" line="137"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="138"/>
        <source>Nobody found for “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="152"/>
        <source>%1, %2, in the wiki %4. Why: %3</source>
        <translation>%1, %2, in the wiki %4. Why: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="153"/>
        <source>%1, %2. Why: %3</source>
        <translation>%1, %2. Why: %3</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/panel.py" line="151"/>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="112"/>
        <source>The people directory could not be searched.</source>
        <translation>The people directory could not be searched.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="122"/>
        <source>The person&apos;s page could not be made.</source>
        <translation>The person&apos;s page could not be made.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="156"/>
        <source>Recent work</source>
        <translation>Recent work</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="156"/>
        <source>Nothing written in the wiki yet.</source>
        <translation>Nothing written in the wiki yet.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Works with</source>
        <translation>Works with</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="157"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="164"/>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="170"/>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="178"/>
        <source>wrote</source>
        <translation>wrote</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="178"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="193"/>
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="202"/>
        <source>skill: %1</source>
        <translation>skill: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="204"/>
        <source>wrote %n page(s) about %1</source>
        <translation>
            <numerusform>wrote %n page about %1</numerusform>
            <numerusform>wrote %n pages about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/people/service.py" line="206"/>
        <source>edited %n page(s) about %1</source>
        <translation>
            <numerusform>edited %n page about %1</numerusform>
            <numerusform>edited %n pages about %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/service.py" line="207"/>
        <source>profile mentions %1</source>
        <translation>profile mentions %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="70"/>
        <source>Page preview</source>
        <translation>Page preview</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="72"/>
        <source>Read-only view of the page. Its links are also listed in the Links panel (Ctrl+4).</source>
        <translation>Read-only view of the page. Its links are also listed in the Links panel (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="112"/>
        <source>Open link?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="113"/>
        <source>This link opens another program:
%1

Open it?</source>
        <translation>This link opens another program:
%1

Open it?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="125"/>
        <source>Link to a page that does not exist yet: %1</source>
        <translation>Link to a page that does not exist yet: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="127"/>
        <source>Tag %1: shows the pages with this tag</source>
        <translation>Tag %1: shows the pages with this tag</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="129"/>
        <source>Link to a wiki page</source>
        <translation>Link to a wiki page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/preview.py" line="131"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>ProfileOffer</name>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="45"/>
        <source>Your page could not be made.</source>
        <translation>Your page could not be made.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="51"/>
        <source>Let colleagues find you by what you know: make your page in the people directory.</source>
        <translation>Let colleagues find you by what you know: make your page in the people directory.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="53"/>
        <source>It shows what you write in the wiki; add your skills and how to reach you.</source>
        <translation>It shows what you write in the wiki; add your skills and how to reach you.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/people/profile_offer.py" line="55"/>
        <source>Make my page</source>
        <translation>Make my page</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="21"/>
        <source>Go to Page</source>
        <translation>Go to Page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="24"/>
        <source>Page title to go to</source>
        <translation>Page title to go to</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="25"/>
        <source>Type part of a page title</source>
        <translation>Type part of a page title</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="26"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="30"/>
        <source>Matching pages</source>
        <translation>Matching pages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/switcher.py" line="59"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/switcher.py" line="75"/>
        <source>Person: %1 — %2</source>
        <translation>Person: %1 — %2</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="73"/>
        <source>All recent changes</source>
        <translation>All recent changes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="74"/>
        <source>Pages I watch</source>
        <translation>Pages I watch</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="75"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="76"/>
        <source>Show &amp;Changes</source>
        <translation>Show &amp;Changes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="77"/>
        <source>Show the changes made in this revision</source>
        <translation>Show the changes made in this revision</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="78"/>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="97"/>
        <source>Recent changes</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="78"/>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="122"/>
        <source>Watched pages</source>
        <translation>Watched pages</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="98"/>
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="99"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="99"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="104"/>
        <source> (from a colleague)</source>
        <translation> (from a colleague)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="109"/>
        <source>%1, %2 by %3, %4</source>
        <translation>%1, %2 by %3, %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="126"/>
        <source>%n change(s) since you looked</source>
        <translation>
            <numerusform>%n change since you looked</numerusform>
            <numerusform>%n changes since you looked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="129"/>
        <source>no changes since you looked</source>
        <translation>no changes since you looked</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/recent_panel.py" line="136"/>
        <source>You watch no pages yet (Page → Watch This Page).</source>
        <translation>You watch no pages yet (Page → Watch This Page).</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="135"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="135"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="136"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Not saved: changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="138"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="93"/>
        <source>Search (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="94"/>
        <source>Search the wiki</source>
        <translation>Search the wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="95"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="97"/>
        <source>Words, &quot;phrases&quot;, prefix*, -exclude, tag:, space:, author:, modified:&gt;2026-01-01</source>
        <translation>Words, &quot;phrases&quot;, prefix*, -exclude, tag:, space:, author:, modified:&gt;2026-01-01</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="98"/>
        <source>&amp;All my wikis</source>
        <translation>&amp;All my wikis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="99"/>
        <source>Search all my wikis</source>
        <translation>Search all my wikis</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="100"/>
        <source>Search every wiki you have open, in one ranking</source>
        <translation>Search every wiki you have open, in one ranking</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="102"/>
        <source>Search every wiki you have open, in one ranking; each result then names its wiki</source>
        <translation>Search every wiki you have open, in one ranking; each result then names its wiki</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="103"/>
        <source>Only in space</source>
        <translation>Only in space</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="104"/>
        <source>Only with tag</source>
        <translation>Only with tag</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="105"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="106"/>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="116"/>
        <source>All spaces</source>
        <translation>All spaces</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="117"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="153"/>
        <source>Search is not available.</source>
        <translation>Search is not available.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="168"/>
        <source>The search could not be run.</source>
        <translation>The search could not be run.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/search/panel.py" line="192"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="194"/>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/panel.py" line="197"/>
        <source>(close matches)</source>
        <translation>(close matches)</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="48"/>
        <source>The search index is being opened…</source>
        <translation>The search index is being opened…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="56"/>
        <source>The search index could not be opened.</source>
        <translation>The search index could not be opened.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="81"/>
        <source>The search index was damaged or outdated and is being rebuilt.</source>
        <translation>The search index was damaged or outdated and is being rebuilt.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="86"/>
        <source>Updating the search index</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="102"/>
        <source>Indexing was stopped; it continues where it left off next time.</source>
        <translation>Indexing was stopped; it continues where it left off next time.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/search/service.py" line="105"/>
        <source>The search index could not be updated.</source>
        <translation>The search index could not be updated.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="36"/>
        <source>Wiki folder</source>
        <translation>Wiki folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="38"/>
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Empty: no syncing</source>
        <translation>Empty: no syncing</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Sync interval in seconds</source>
        <translation>Sync interval in seconds</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="50"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="64"/>
        <source>&amp;Wiki folder:</source>
        <translation>&amp;Wiki folder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Choose the wiki folder</source>
        <translation>Choose the wiki folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="65"/>
        <source>S&amp;hared folder:</source>
        <translation>S&amp;hared folder:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Display &amp;name:</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="90"/>
        <source>Choose a Folder</source>
        <translation>Choose a Folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="110"/>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/settings_dialog.py" line="61"/>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="15"/>
        <source>Commands and their shortcuts</source>
        <translation>Commands and their shortcuts</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="16"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/dialogs/shortcuts.py" line="16"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="15"/>
        <source>Created the page</source>
        <translation>Created the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="16"/>
        <source>Deleted the page</source>
        <translation>Deleted the page</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="17"/>
        <source>Edited outside wikidesk</source>
        <translation>Edited outside wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="18"/>
        <source>Added before history was kept</source>
        <translation>Added before history was kept</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="19"/>
        <source>Resolved a conflict</source>
        <translation>Resolved a conflict</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="20"/>
        <source>Merged concurrent edits</source>
        <translation>Merged concurrent edits</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="21"/>
        <source>Moved: another page already had this name</source>
        <translation>Moved: another page already had this name</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="24"/>
        <source>Edited in the shared folder&apos;s readable copy (pages/)</source>
        <translation>Edited in the shared folder&apos;s readable copy (pages/)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="29"/>
        <source>Renamed from “{0}”</source>
        <translation>Renamed from “{0}”</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="30"/>
        <source>Attached {0}</source>
        <translation>Attached {0}</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/history/summaries.py" line="32"/>
        <source>Restored revision {0} of {1}</source>
        <translation>Restored revision {0} of {1}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="98"/>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="99"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="100"/>
        <source>Offline: the shared folder cannot be reached</source>
        <translation>Offline: the shared folder cannot be reached</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="101"/>
        <source>Read-only: the shared folder does not allow writing</source>
        <translation>Read-only: the shared folder does not allow writing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/status_bar.py" line="102"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="103"/>
        <source>Sync stopped: the shared folder needs a newer wikidesk</source>
        <translation>Sync stopped: the shared folder needs a newer wikidesk</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="104"/>
        <source>Sync off (no shared folder)</source>
        <translation>Sync off (no shared folder)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="105"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="115"/>
        <source>Sync status: %1</source>
        <translation>Sync status: %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="117"/>
        <source>Click or press F5 to sync now.</source>
        <translation>Click or press F5 to sync now.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="116"/>
        <source>The shared folder could not be connected.</source>
        <translation>The shared folder could not be connected.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="124"/>
        <location filename="../../wikidesk/ui/sync/service.py" line="253"/>
        <source>Some pages were edited in two places at once.</source>
        <translation>Some pages were edited in two places at once.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="138"/>
        <source>Sync is off: choose the team&apos;s shared folder in Settings.</source>
        <translation>Sync is off: choose the team&apos;s shared folder in Settings.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="151"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="204"/>
        <source>Sync failed. Your changes are kept here.</source>
        <translation>Sync failed. Your changes are kept here.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="227"/>
        <source>The shared folder was set up by a newer version of wikidesk; update wikidesk to sync with it.</source>
        <translation>The shared folder was set up by a newer version of wikidesk; update wikidesk to sync with it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sync/service.py" line="233"/>
        <source>%n change(s) from the shared folder were set aside as invalid; Sync › Check lists them.</source>
        <translation>
            <numerusform>%n change from the shared folder was set aside as invalid; Sync › Check lists it.</numerusform>
            <numerusform>%n changes from the shared folder were set aside as invalid; Sync › Check lists them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="236"/>
        <source>Another copy of this wiki folder synced with the same identity; this copy took a new one.</source>
        <translation>Another copy of this wiki folder synced with the same identity; this copy took a new one.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="245"/>
        <source>The shared folder cannot be reached. You can keep working: your changes are saved here and sync when it is back.</source>
        <translation>The shared folder cannot be reached. You can keep working: your changes are saved here and sync when it is back.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="248"/>
        <source>The shared folder is read-only for you; your changes stay here.</source>
        <translation>The shared folder is read-only for you; your changes stay here.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="251"/>
        <source>Sync stopped.</source>
        <translation>Sync stopped.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="254"/>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sync/service.py" line="256"/>
        <source>Synced again with the shared folder.</source>
        <translation>Synced again with the shared folder.</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="50"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="51"/>
        <source>Pages with the chosen tag</source>
        <translation>Pages with the chosen tag</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="53"/>
        <source>Choose a tag to see its pages.</source>
        <translation>Choose a tag to see its pages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="66"/>
        <source>Tag %1, %n page(s)</source>
        <translation>
            <numerusform>Tag %1, %n page</numerusform>
            <numerusform>Tag %1, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wikidesk/ui/sidebar/tags_panel.py" line="81"/>
        <source>#%1: %n page(s)</source>
        <translation>
            <numerusform>#%1: %n page</numerusform>
            <numerusform>#%1: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionColumn</name>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="96"/>
        <source>(your version)</source>
        <translation>(your version)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="100"/>
        <source>Text of the version by %1</source>
        <translation>Text of the version by %1</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/conflict_panel.py" line="101"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="64"/>
        <location filename="../../wikidesk/ui/history/conflict_dialog.py" line="67"/>
        <source>Show the file as it is</source>
        <translation>Show the file as it is</translation>
    </message>
</context>
<context>
    <name>WikiSession</name>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="104"/>
        <source>Some pages already in the folder could not be taken into the page history. They are taken in the next time the wiki opens.</source>
        <translation>Some pages already in the folder could not be taken into the page history. They are taken in the next time the wiki opens.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="185"/>
        <source>The tags could not be counted.</source>
        <translation>The tags could not be counted.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="195"/>
        <source>The list of pages could not be read.</source>
        <translation>The list of pages could not be read.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="222"/>
        <source>The page could not be opened.</source>
        <translation>The page could not be opened.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="238"/>
        <source>The page could not be created.</source>
        <translation>The page could not be created.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="243"/>
        <source>The page could not be renamed or moved.</source>
        <translation>The page could not be renamed or moved.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/session.py" line="246"/>
        <source>The page could not be deleted.</source>
        <translation>The page could not be deleted.</translation>
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
        <translation>Your wikis; choose one to show it (Ctrl+Shift+W shows the next one).</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="43"/>
        <source>Join…</source>
        <translation>Join…</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="44"/>
        <source>Join a team&apos;s shared folder</source>
        <translation>Join a team&apos;s shared folder</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="45"/>
        <source>Join a team&apos;s shared folder (Ctrl+Shift+J)</source>
        <translation>Join a team&apos;s shared folder (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="46"/>
        <source>Read-only: the shared folder of this wiki is read-only for you, so your changes could not be sent. Ask the folder&apos;s owner for write access.</source>
        <translation>Read-only: the shared folder of this wiki is read-only for you, so your changes could not be sent. Ask the folder&apos;s owner for write access.</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="67"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="68"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="68"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="69"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/wiki_switcher.py" line="69"/>
        <source>Not shared</source>
        <translation>Not shared</translation>
    </message>
</context>
<context>
    <name>WorkIndicator</name>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="41"/>
        <source>Cancel the background work</source>
        <translation>Cancel the background work</translation>
    </message>
    <message>
        <location filename="../../wikidesk/ui/status_bar.py" line="42"/>
        <source>Progress of the background work</source>
        <translation>Progress of the background work</translation>
    </message>
</context>
</TS>
