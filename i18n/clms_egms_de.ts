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
        <location filename="../core/processing/base.py" line="16"/>
        <source>EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="38"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release) as downloaded (.zip) or extracted (.csv), or whole folders of them, into a GeoPackage: one point layer per level, component and release (EPSG:3035), several bursts or tiles merged, each point&apos;s time series stored compactly beside it instead of hundreds of date columns. Files already in the GeoPackage are left as they are unless Re-import is checked. Other layers of the GeoPackage are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="45"/>
        <source>EGMS files (.zip, .csv) or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="47"/>
        <source>Files as downloaded from EGMS (or their extracted CSV) and folders holding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="49"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="50"/>
        <source>A new or existing GeoPackage; existing layers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="52"/>
        <source>Keep only points inside this extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="53"/>
        <source>Optional: points outside are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="55"/>
        <source>Keep only points inside these polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="57"/>
        <source>Optional: a polygon layer (or its selected features); points outside are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="59"/>
        <source>Re-import files already in the GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="60"/>
        <source>Replace the points of files imported before instead of leaving them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="62"/>
        <source>Imported layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="63"/>
        <source>Names of the imported layers, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/import_egms.py" line="64"/>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="19"/>
        <source>Export EGMS time series to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="22"/>
        <source>Writes the displacement time series of points of an imported EGMS layer to a CSV file with the columns pid, date, displacement_mm (one row per point and date). The points are the given pids, or else every feature of the input (tick &apos;Selected features only&apos; for a selection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="27"/>
        <source>Imported EGMS layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="28"/>
        <source>A layer made by &apos;Import EGMS files into GeoPackage&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="30"/>
        <source>Point ids (pid), separated by commas, spaces or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="32"/>
        <source>Optional: export these points; empty exports the input&apos;s features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="34"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="235"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="35"/>
        <source>Where to write the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="37"/>
        <source>Points written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="38"/>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="44"/>
        <source>{layer} is not a layer made by the EGMS import (no time series stored with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="54"/>
        <source>{n} pids are not in {layer}: {pids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_timeseries.py" line="56"/>
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
        <location filename="../core/egms/reader.py" line="47"/>
        <source>{file} is damaged or incomplete ({error}); download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="58"/>
        <source>{file} holds no CSV file: it is not an EGMS download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="73"/>
        <source>{file} is not named like an EGMS file (e.g. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), so its level and release cannot be told. Keep the name the service gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="110"/>
        <source>The folder {folder} holds no EGMS files (.zip or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="115"/>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="125"/>
        <source>{file} is neither a .zip nor a .csv EGMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="253"/>
        <source>Reading {file} stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="294"/>
        <source>wrong number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="295"/>
        <source>line {line}: {got} instead of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="297"/>
        <source>no pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="297"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="299"/>
        <source>non-numeric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="300"/>
        <source>line {line}: {value!r} in column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="303"/>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="303"/>
        <source>pid {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="328"/>
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
        <location filename="../core/egms/formats.py" line="111"/>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="115"/>
        <source>{file} is not an EGMS file: it has no &apos;pid&apos; column or no date columns (yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="119"/>
        <source>{file} is not laid out as an EGMS file: the date columns must come last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="122"/>
        <source>{file} is not laid out as an EGMS file: &apos;pid&apos; must be the first column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="126"/>
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
    <message>
        <location filename="../core/processing/derived_fields.py" line="20"/>
        <source>Add displacement and velocity over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="23"/>
        <source>For each EGMS point: disp_mm, the displacement (mm) from the acquisition nearest the start date to the one nearest the end date, and vel_mm_yr, the velocity (mm/year) of a linear fit to the series between the two dates. The output holds the input&apos;s points and fields plus these two. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="40"/>
        <source>EGMS point layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="30"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="32"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="32"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="34"/>
        <source>The period&apos;s {which} (the nearest acquisition is used for the displacement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="34"/>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="34"/>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="37"/>
        <source>Points with derived fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="39"/>
        <source>The input points with disp_mm and vel_mm_yr added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="46"/>
        <source>{layer} holds no EGMS time series (an imported layer, or date fields named yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/derived_fields.py" line="51"/>
        <source>The start date must come before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="29"/>
        <source>Export EGMS points for PS Time Series Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="32"/>
        <source>Writes EGMS points (a layer, or its selection) to a Shapefile as the PS Time Series Viewer plugin reads it: short attribute names (pid, vel, v_stdev, acc, season, coh, height) and one field per acquisition date named D + yyyymmdd, in mm. Points of files with other dates get no value on the dates they lack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="39"/>
        <source>An imported EGMS layer (tick &apos;Selected features only&apos; for a selection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="41"/>
        <source>Shapefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="41"/>
        <source>ESRI Shapefile (*.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="42"/>
        <source>Where to write the Shapefile (with its .dbf, .shx, .prj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="50"/>
        <source>{layer} holds no EGMS time series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="63"/>
        <source>No points to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="79"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/export_pstsv.py" line="100"/>
        <source>{n} points, {d} dates written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="31"/>
        <source>Filter EGMS points by velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="34"/>
        <source>Keeps the EGMS points that pass every threshold given (empty thresholds are ignored), and optionally only those inside polygons. Works on imported layers and on EGMS layers loaded from the CSV, as long as they carry mean_velocity (and mean_velocity_std, temporal_coherence for those thresholds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="41"/>
        <source>Points with a mean_velocity field (mm/year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="47"/>
        <source>Only inside these polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="49"/>
        <source>Optional: keep only points inside these polygons (or their selected features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="51"/>
        <source>Filtered points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="52"/>
        <source>The points that pass the filter, with all their attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="54"/>
        <source>Points kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="65"/>
        <source>The layer has no {field} field, needed for that threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/filter_velocity.py" line="93"/>
        <source>{kept} points kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="27"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="46"/>
        <source>Choose the EGMS point layer to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="52"/>
        <source>{layer} has no {field} field, needed for that threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="77"/>
        <source>{n} points match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="78"/>
        <source>{n} of {total} points match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="85"/>
        <source>Choose the polygon layer whose selected polygons the points must be in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="99"/>
        <source>Choose a layer with a mean_velocity field to style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="17"/>
        <source>No trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="17"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="17"/>
        <source>Quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="18"/>
        <source>Linear + seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="25"/>
        <source>EGMS time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="38"/>
        <source>Pick points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="39"/>
        <source>Click EGMS points on the map to plot their displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="41"/>
        <source>Keep previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="42"/>
        <source>Add each picked point to the plot instead of replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="43"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="44"/>
        <source>Selection mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="45"/>
        <source>Plot the mean series of the selected points of the active layer, with their min/max envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="50"/>
        <source>Fit a trend to each plotted series (least squares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="159"/>
        <source>Use as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="52"/>
        <source>Subtract the last picked point&apos;s series from every plotted series (relative motion) until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="55"/>
        <source>Save figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="56"/>
        <source>Save series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="57"/>
        <source>Select an EGMS layer in the Layers panel, then click its points on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="132"/>
        <source>Select an EGMS point layer in the Layers panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="115"/>
        <source>No EGMS point of {layer} within {n} pixels of the click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="136"/>
        <source>Select points of {layer} first (a selection tool, or the filter&apos;s Select).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="140"/>
        <source>{n} points are selected: select at most {max} for a mean series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="146"/>
        <source>mean of {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="154"/>
        <source>Pick the reference point first, then press Use as reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="159"/>
        <source>Clear reference ({pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="190"/>
        <source>min/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="196"/>
        <source>Displacement (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="203"/>
        <source>relative to {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="226"/>
        <source>Save figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="226"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="229"/>
        <source>Figure saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="233"/>
        <source>Pick points first: there is no series to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="235"/>
        <source>Save series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="238"/>
        <source>Series saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="252"/>
        <source>{model} fit: v {v:+.2f} mm/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="254"/>
        <source>, a {a:+.2f} mm/yr²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="256"/>
        <source>, seasonal {s:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="257"/>
        <source>, RMSE {r:.1f} mm</source>
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
        <location filename="../ui/dock.ui" line="186"/>
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
    <message>
        <location filename="../ui/dock.ui" line="111"/>
        <source>Plot time series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="112"/>
        <source>Open the time-series plot and pick EGMS points on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="120"/>
        <source>Filter points by velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="122"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="124"/>
        <source>Velocity at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="125"/>
        <source>mm/year; negative: away from the satellite / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="126"/>
        <source>Velocity at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="127"/>
        <source>mm/year, e.g. -2 for points subsiding faster than 2 mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="128"/>
        <source>|Velocity| at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="129"/>
        <source>mm/year, in either direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="130"/>
        <source>Velocity std at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="131"/>
        <source>mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="132"/>
        <source>Coherence at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="133"/>
        <source>0 to 1 (L2 products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="134"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="135"/>
        <source>The selected polygons of this layer (all of them when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="138"/>
        <source>Filter the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="139"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="144"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="145"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="149"/>
        <source>Style range ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="152"/>
        <source> mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="152"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="152"/>
        <source>Classes symmetric around 0 up to this velocity; automatic: from the data&apos;s robust spread (98th percentile of |velocity|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="153"/>
        <source>Style layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="162"/>
        <source>Select an EGMS layer (imported, or the CSV loaded as delimited text) in the Layers panel, click &lt;b&gt;Plot time series&lt;/b&gt;, then click points on the map; tick &lt;i&gt;Keep previous&lt;/i&gt; to compare several. The plot fits trends, takes a reference point, and plots the mean of selected points.&lt;br/&gt;&lt;br/&gt;In the Processing toolbox (CLMS &amp; EGMS): displacement and velocity over a period, and export for PS Time Series Viewer.</source>
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
