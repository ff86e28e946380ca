<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="38"/>
        <source>&amp;CLMS &amp;&amp; EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="47"/>
        <source>CLMS &amp;&amp; EGMS panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="50"/>
        <source>Show or hide the CLMS &amp; EGMS panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/provider.py" line="17"/>
        <source>CLMS &amp; EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/provider.py" line="20"/>
        <source>Copernicus Land Monitoring Service and European Ground Motion Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="62"/>
        <source>{host} did not answer with JSON (got: {excerpt!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="162"/>
        <source>Request to {host} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="169"/>
        <source>{host} did not answer within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="174"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="176"/>
        <source>Could not reach {host}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="182"/>
        <source>{host} answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="68"/>
        <source>Unexpected error: {error}. Details are in the log (CLMS &amp; EGMS tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="30"/>
        <source>{task}: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="19"/>
        <source>“{url}” is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="32"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>Choose a download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="66"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClmsEgmsDock</name>
    <message>
        <location filename="../ui/dock.ui" line="9"/>
        <source>CLMS &amp; EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="17"/>
        <source>CLMS catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="22"/>
        <source>&lt;b&gt;CLMS catalogue&lt;/b&gt;&lt;br/&gt;Search the Copernicus Land Monitoring Service catalogue, add view services to the map and download layers for an area.&lt;br/&gt;&lt;br/&gt;&lt;i&gt;Not available yet in this version.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31"/>
        <source>EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>&lt;b&gt;European Ground Motion Service&lt;/b&gt;&lt;br/&gt;Find and download EGMS files (L2a, L2b, L3) for an area and import them into a GeoPackage.&lt;br/&gt;&lt;br/&gt;&lt;i&gt;Not available yet in this version.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="45"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="50"/>
        <source>&lt;b&gt;Ground-motion analysis&lt;/b&gt;&lt;br/&gt;Filter points by velocity, style them and plot their displacement time series.&lt;br/&gt;&lt;br/&gt;&lt;i&gt;Not available yet in this version.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="69"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="8"/>
        <source>CLMS &amp; EGMS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="12"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="15"/>
        <source>CLMS API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="19"/>
        <source>Address of the CLMS site whose API is used (the API lives under /api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="23"/>
        <source>EGMS API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="27"/>
        <source>Address of the EGMS archive API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="31"/>
        <source>Network timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="35"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="38"/>
        <source>How long to wait for data from a service before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="46"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="49"/>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="55"/>
        <source>Default GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>Where EGMS data is imported unless you choose otherwise. Empty: egms.gpkg in the download folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
