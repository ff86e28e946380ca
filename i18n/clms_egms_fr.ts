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
        <location filename="../ui/messages.py" line="43"/>
        <source>{task}: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="19"/>
        <source>“{url}” is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="32"/>
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
    <message>
        <location filename="../core/processing/import_egms.py" line="35"/>
        <source>Import EGMS files into GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="22"/>
        <source>EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="41"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release) as downloaded (.zip) or extracted (.csv), or whole folders of them, into a GeoPackage: one point layer per level, component and release (EPSG:3035), several bursts or tiles merged, each point&apos;s time series stored compactly beside it instead of hundreds of date columns. Files already in the GeoPackage are left as they are unless Re-import is checked. Other layers of the GeoPackage are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="48"/>
        <source>EGMS files (.zip, .csv) or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="50"/>
        <source>Files as downloaded from EGMS (or their extracted CSV) and folders holding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="52"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="53"/>
        <source>A new or existing GeoPackage; existing layers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="55"/>
        <source>Keep only points inside this extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="56"/>
        <source>Optional: points outside are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="58"/>
        <source>Keep only points inside these polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="60"/>
        <source>Optional: a polygon layer (or its selected features); points outside are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="62"/>
        <source>Re-import files already in the GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="63"/>
        <source>Replace the points of files imported before instead of leaving them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="65"/>
        <source>Imported layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="66"/>
        <source>Names of the imported layers, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="67"/>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="19"/>
        <source>Export EGMS time series to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="25"/>
        <source>Writes the displacement time series of points of an imported EGMS layer to a CSV file with the columns pid, date, displacement_mm (one row per point and date). The points are the given pids, or else every feature of the input (tick &apos;Selected features only&apos; for a selection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="30"/>
        <source>Imported EGMS layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="31"/>
        <source>A layer made by &apos;Import EGMS files into GeoPackage&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="33"/>
        <source>Point ids (pid), separated by commas, spaces or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="35"/>
        <source>Optional: export these points; empty exports the input&apos;s features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="37"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="37"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="38"/>
        <source>Where to write the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="40"/>
        <source>Points written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="41"/>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="50"/>
        <source>{layer} is not a layer made by the EGMS import (no time series stored with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="60"/>
        <source>{n} pids are not in {layer}: {pids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="62"/>
        <source>{points} points, {rows} rows written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/export.py" line="57"/>
        <source>None of the requested points is in {layer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="58"/>
        <source>{points} points imported into {layers} in {gpkg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="62"/>
        <source>{file}: already in {layer}, left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="64"/>
        <source>{file}: {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="66"/>
        <source>, {n} already present under the same pid (kept once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="68"/>
        <source>, {n} outside the clip area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="70"/>
        <source>, {n} rows skipped ({reason}; first: {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="74"/>
        <source>Not EGMS files, ignored: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="85"/>
        <source>These files come from different EGMS releases, whose measurements cannot be mixed: {detail}. Import each release on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="92"/>
        <source>The folder of {gpkg} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="116"/>
        <source>{gpkg} is read-only: choose another GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="98"/>
        <source>{gpkg} exists and is not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="100"/>
        <source>Cannot write in {folder} (read-only): choose another place for the GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="113"/>
        <source>The disk is full: {gpkg} was not changed. Free some space and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="118"/>
        <source>{gpkg} is in use by another program (locked); close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="120"/>
        <source>Could not write {gpkg}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="158"/>
        <source>No EGMS files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="226"/>
        <source>Import cancelled: {gpkg} was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="239"/>
        <source>{file} holds no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="46"/>
        <source>{file} is damaged or incomplete ({error}); download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="57"/>
        <source>{file} holds no CSV file: it is not an EGMS download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="72"/>
        <source>{file} is not named like an EGMS file (e.g. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), so its level and release cannot be told. Keep the name the service gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="109"/>
        <source>The folder {folder} holds no EGMS files (.zip or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="114"/>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="124"/>
        <source>{file} is neither a .zip nor a .csv EGMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="252"/>
        <source>Reading {file} stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="293"/>
        <source>wrong number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="294"/>
        <source>line {line}: {got} instead of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="296"/>
        <source>no pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="296"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="298"/>
        <source>non-numeric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="299"/>
        <source>line {line}: {value!r} in column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="302"/>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="302"/>
        <source>pid {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="327"/>
        <source>{file} is not a text CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="31"/>
        <source>The clip layer has no polygons{selected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="31"/>
        <source> selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="44"/>
        <source>The clip extent and the clip layer do not overlap: nothing would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="110"/>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="114"/>
        <source>{file} is not an EGMS file: it has no &apos;pid&apos; column or no date columns (yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="118"/>
        <source>{file} is not laid out as an EGMS file: the date columns must come last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="121"/>
        <source>{file} is not laid out as an EGMS file: &apos;pid&apos; must be the first column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="125"/>
        <source>{file} lacks required columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="36"/>
        <source>&lt; {v:g} mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="38"/>
        <source>&gt; {v:g} mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="40"/>
        <source>{a:g} to {b:g} mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="28"/>
        <source>EGMS files (*.zip *.csv *.ZIP *.CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="56"/>
        <source>Choose the polygon layer to keep points inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="63"/>
        <source>Choose EGMS files or a folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="75"/>
        <source>Importing EGMS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="105"/>
        <source>Details in the log (CLMS &amp; EGMS tab).</source>
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
        <location filename="../ui/dock.ui" line="107"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="112"/>
        <source>&lt;b&gt;Ground-motion analysis&lt;/b&gt;&lt;br/&gt;Filter points by velocity, style them and plot their displacement time series.&lt;br/&gt;&lt;br/&gt;&lt;i&gt;Not available yet in this version.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="131"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="38"/>
        <source>Import EGMS files into a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="41"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="45"/>
        <source>EGMS files as downloaded (.zip) or extracted (.csv); several at once are merged per level, component and release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="49"/>
        <source>or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="53"/>
        <source>Every EGMS file in this folder and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="57"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="61"/>
        <source>New or existing GeoPackage; its other layers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="65"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="69"/>
        <source>All points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="70"/>
        <source>Points in the current map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="71"/>
        <source>Points inside the polygons of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="79"/>
        <source>Selected polygons only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="84"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="93"/>
        <source>&lt;b&gt;Search and download&lt;/b&gt;&lt;br/&gt;Finding and downloading EGMS files for an area from inside QGIS is &lt;i&gt;not available yet in this version&lt;/i&gt;: download them from the EGMS Explorer and import them above.</source>
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
