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
        <location filename="../core/network.py" line="74"/>
        <source>{host} did not answer with JSON (got: {excerpt!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="276"/>
        <source>Request to {host} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="288"/>
        <source>{host} did not answer within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="285"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="295"/>
        <source>Could not reach {host}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="282"/>
        <source>{host} answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="86"/>
        <source>Unexpected error: {error}. Details are in the log (CLMS &amp; EGMS tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>{task}: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="24"/>
        <source>“{url}” is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="32"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="138"/>
        <source>Choose a download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
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
        <location filename="../ui/plot_dock.py" line="260"/>
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
        <location filename="../core/egms/formats.py" line="107"/>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="111"/>
        <source>{file} is not an EGMS file: it has no &apos;pid&apos; column or no date columns (yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="115"/>
        <source>{file} is not laid out as an EGMS file: the date columns must come last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="118"/>
        <source>{file} is not laid out as an EGMS file: &apos;pid&apos; must be the first column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="122"/>
        <source>{file} lacks required columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="38"/>
        <source>&lt; {v:g} mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="40"/>
        <source>&gt; {v:g} mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="42"/>
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
        <location filename="../ui/egms_panel.py" line="64"/>
        <source>Choose EGMS files or a folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="76"/>
        <source>Importing EGMS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="106"/>
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
        <location filename="../core/processing/fit_trends.py" line="34"/>
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
        <location filename="../core/processing/fit_trends.py" line="56"/>
        <source>{layer} holds no EGMS time series (an imported layer, or date fields named yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="60"/>
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
        <location filename="../ui/plot_dock.py" line="18"/>
        <source>No trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="18"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="18"/>
        <source>Quadratic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="19"/>
        <source>Linear + seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="26"/>
        <source>EGMS time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="41"/>
        <source>Pick points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="42"/>
        <source>Click EGMS points on the map to plot their displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="44"/>
        <source>Keep previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="45"/>
        <source>Add each picked point to the plot instead of replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="46"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="47"/>
        <source>Selection mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="48"/>
        <source>Plot the mean series of the selected points of the active layer, with their min/max envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="53"/>
        <source>Fit a trend to each plotted series (least squares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="184"/>
        <source>Use as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="55"/>
        <source>Subtract the last picked point&apos;s series from every plotted series (relative motion) until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="58"/>
        <source>Save figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="59"/>
        <source>Save series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="60"/>
        <source>Select an EGMS layer in the Layers panel, then click its points on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="135"/>
        <source>Select an EGMS point layer in the Layers panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="118"/>
        <source>No EGMS point of {layer} within {n} pixels of the click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="139"/>
        <source>Select points of {layer} first (a selection tool, or the filter&apos;s Select).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="143"/>
        <source>{n} points are selected: select at most {max} for a mean series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="168"/>
        <source>mean of {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="179"/>
        <source>Pick the reference point first, then press Use as reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="184"/>
        <source>Clear reference ({pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="215"/>
        <source>min/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="221"/>
        <source>Displacement (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="228"/>
        <source>relative to {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="251"/>
        <source>Save figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="251"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="254"/>
        <source>Figure saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="258"/>
        <source>Pick points first: there is no series to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="260"/>
        <source>Save series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="263"/>
        <source>Series saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="277"/>
        <source>{model} fit: v {v:+.2f} mm/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="279"/>
        <source>, a {a:+.2f} mm/yr²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="281"/>
        <source>, seasonal {s:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="282"/>
        <source>, RMSE {r:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="48"/>
        <source>{label} is not a CLMS service key: it is not JSON. Download the key again from your land.copernicus.eu profile (API tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="51"/>
        <source>{label} is not a CLMS service key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="54"/>
        <source>{label} is not a complete CLMS service key: {fields} missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="57"/>
        <source>{label} is damaged: its private_key is not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="67"/>
        <source>Downloads need the Python packages PyJWT and cryptography, which this QGIS lacks. Install them (e.g. python3-jwt and python3-cryptography) and restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="74"/>
        <source>The CLMS service key is damaged: its private key cannot sign ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="77"/>
        <source>Downloads need the Python package cryptography (for RS256), which this QGIS lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="107"/>
        <source>The CLMS service refused the service key (HTTP {status}): it may be expired or revoked. Create a new key in your land.copernicus.eu profile and import it in the Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="114"/>
        <source>The CLMS service gave no access token{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="153"/>
        <source>QGIS&apos;s authentication database is not available ({reason}), so the service key cannot be kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="161"/>
        <source>QGIS&apos;s authentication database is locked: the master password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="173"/>
        <source>CLMS service key ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="183"/>
        <source>The service key could not be saved in QGIS&apos;s authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="192"/>
        <source>No CLMS service key yet: import your key file (from your land.copernicus.eu profile, API tokens) in the plugin&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="198"/>
        <source>The CLMS service key (authentication configuration {id}) is no longer in QGIS&apos;s authentication database: import your key file again in the plugin&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="201"/>
        <source>The stored CLMS service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="27"/>
        <source>Download EGMS files for an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="30"/>
        <source>Searches the EGMS archive for the files of one product and release that cover an extent and downloads them into a folder (files already there are skipped, interrupted ones resumed), then optionally imports them into a GeoPackage. Needs the CLMS service key imported in the plugin's Settings (CLMS &amp; EGMS panel ▸ Settings…); the EGMS service address is a setting there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="36"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="37"/>
        <source>The files covering this extent are downloaded (searched 5 degrees at a time, as the service asks; at most 20 × 20 degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="40"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="26"/>
        <source>L2a basic (line of sight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="26"/>
        <source>L2b calibrated (line of sight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="27"/>
        <source>L3 vertical (up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="27"/>
        <source>L3 east-west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="44"/>
        <source>L2a: per burst, relative to a local reference point; L2b: per burst, calibrated with GNSS (the main product); L3: 100 km tiles of vertical or east-west motion on a 100 m grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="47"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="48"/>
        <source>The release as the service writes it, e.g. 2020-2024, 2019-2023, 2018-2022 or 2015-2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="50"/>
        <source>Orbit direction (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="31"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="31"/>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="31"/>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="52"/>
        <source>L2 products only: keep the bursts of ascending or descending orbits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="54"/>
        <source>Track (relative orbit, L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="56"/>
        <source>L2 products only: keep the bursts of this Sentinel-1 track (1 to 175); empty for every track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="58"/>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="59"/>
        <source>Where the files are saved; files already there are not downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="61"/>
        <source>Import into GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="63"/>
        <source>Optional: import the downloaded files into this GeoPackage (new or existing) and load the layers, styled by velocity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="66"/>
        <source>Downloaded files, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="67"/>
        <source>Files downloaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="91"/>
        <source>No EGMS files of {product} {release} in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="93"/>
        <source>{n} files found ({mb:.1f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="110"/>
        <source>Download cancelled; what arrived is kept in {folder} to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="113"/>
        <source>No file could be downloaded: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_egms.py" line="115"/>
        <source>{new} files downloaded, {present} already there, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="44"/>
        <source>The search area is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="85"/>
        <source>the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="89"/>
        <source>The EGMS service asks to log in: import your CLMS service key in the plugin&apos;s Settings (or check that it is still valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="91"/>
        <source>The EGMS service refused the request: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="111"/>
        <source>The area is too large to search: {w:.1f}° × {h:.1f}° would take {n} searches (the EGMS service takes at most 5° a side, and the plugin makes at most {max}). Choose a smaller area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="142"/>
        <source>{file} is no longer offered by the EGMS service: search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="63"/>
        <source>EGMS search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="83"/>
        <source>Ascending burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="83"/>
        <source>Descending burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="83"/>
        <source>L3 tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="83"/>
        <source>{file} holds no EGMS download links (lines like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="102"/>
        <source>{file} is {got} bytes on the server where the search announced {expected}: not downloaded. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="36"/>
        <source>The EGMS search behind {file} expired: searching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="42"/>
        <source>The link for {file} has expired (EGMS Explorer links work only while their search is fresh). Export new links from the EGMS Explorer, or import your CLMS service key in the Settings and search here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="120"/>
        <source>{file} could not be downloaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="126"/>
        <source>The download of {file} broke off {n} times ({error}); the {mb:.1f} MB received are kept: download it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="132"/>
        <source>Download of {file} cancelled; what arrived is kept to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="171"/>
        <source>{file} arrived with {got} bytes where the search announced {expected}: it was discarded. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="180"/>
        <source>{file} arrived damaged (not a complete zip) and was discarded. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="292"/>
        <source>The transfer from {host} broke off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>A service key is kept in QGIS&apos;s authentication database (configuration &lt;b&gt;{id}&lt;/b&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>No service key yet. Searching and downloading EGMS files and CLMS data needs one: in your &lt;a href=&quot;https://land.copernicus.eu&quot;&gt;land.copernicus.eu&lt;/a&gt; profile, create an API token and download its key file (JSON), then import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Import CLMS service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Service key (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="90"/>
        <source>Key not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="93"/>
        <source>Key imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="93"/>
        <source>{file} is kept in QGIS&apos;s authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Key not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Key removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>The service key was removed from QGIS&apos;s authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>The service gave an access token for {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>Checking the CLMS service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="173"/>
        <source>Mean series of {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="51"/>
        <source>Current map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="68"/>
        <source>Paste links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="69"/>
        <source>Open egms-archive-links.txt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="103"/>
        <source>The list of releases could not be fetched: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="114"/>
        <source>an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="118"/>
        <source>Fetching the EGMS releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="132"/>
        <source>Choose an area to search: the map view, a rectangle drawn on the map, or a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="142"/>
        <source>Without a key, use “Add Explorer links…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="156"/>
        <source>Searching EGMS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="166"/>
        <source>{n} EGMS files found ({mb:.1f} MB): check the ones to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="169"/>
        <source>No EGMS files of this product and release in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="214"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="228"/>
        <source>Add EGMS Explorer links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="228"/>
        <source>Paste download links copied from the EGMS Explorer, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="235"/>
        <source>Open EGMS Explorer links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="235"/>
        <source>Link lists (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="246"/>
        <source>No EGMS download links found: they look like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="250"/>
        <source>{n} lines are not EGMS download links and were left out (first: {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="266"/>
        <source>Check the files to download (search first, or add Explorer links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="270"/>
        <source>Downloads are already running: wait for them or cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="280"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="285"/>
        <source>Downloading EGMS file {n}/{total}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="301"/>
        <source>downloading {p:.0f}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="313"/>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="313"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="315"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="324"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="335"/>
        <source>{done} of {total} files finished, {p:.0f}% overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="346"/>
        <source>Downloads finished: {new} downloaded, {present} already there, {failed} failed, {cancelled} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="372"/>
        <source>{file} could not be saved in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="29"/>
        <source>Choose the area of the download: a NUTS region or an extent (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="31"/>
        <source>Choose the projection of the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="39"/>
        <source>The download area is not a valid extent in degrees: {box}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="44"/>
        <source>{dataset} is a time series: choose the start and end dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="48"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/requests.py" line="50"/>
        <source>{dataset} can be requested for at most {limit} days at a time ({days} chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="34"/>
        <source>{file} holds an entry outside its folder ({entry}): not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="38"/>
        <source>{file} is not a complete zip file: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="63"/>
        <source>{file} holds no raster or vector data QGIS can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="46"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="76"/>
        <source>The CLMS catalogue answered with something that is not a search result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="103"/>
        <source>Downloading from the CLMS needs your service key: import it in the plugin&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="116"/>
        <source>The CLMS service did not accept your access (HTTP {status}{detail}): check your service key in the plugin&apos;s Settings (Check key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="130"/>
        <source>The CLMS service kept saying the access token expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="144"/>
        <source>The CLMS service created no download request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="173"/>
        <source>The CLMS service refused the request: the area is too large ({message}). Choose a smaller area or a NUTS region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="175"/>
        <source>The CLMS service refused the request: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="39"/>
        <source>The view service did not answer with WMS capabilities ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="67"/>
        <source>The view service of {dataset} lists no layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="83"/>
        <source>{dataset} has no view service: download it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="102"/>
        <source>The view service of {dataset} is a WMTS, which this version cannot add by itself: add {url} with Layer ▸ Add Layer ▸ Add WMS/WMTS Layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="49"/>
        <source>{file} cannot be read as a vector file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="52"/>
        <source>{file} is not a GISCO NUTS file (it has no NUTS_ID field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="65"/>
        <source>{file} holds no NUTS region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="50"/>
        <source>Download CLMS data for an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="53"/>
        <source>Requests a dataset of the Copernicus Land Monitoring Service for an extent or a NUTS region in the chosen format and projection, waits while the CLMS prepares it (this can take minutes to hours; cancelling also cancels the request), downloads and unpacks the result and loads its layers (CORINE Land Cover with its official legend). Needs the CLMS service key imported in the plugin&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="60"/>
        <source>Dataset (title or UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="61"/>
        <source>The dataset&apos;s title as the catalogue shows it (e.g. CORINE Land Cover 2018) or its UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="63"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="64"/>
        <source>The area to download; or give a NUTS region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="66"/>
        <source>NUTS region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="67"/>
        <source>A NUTS 2021 code of any level (e.g. ITC11) or a country code, instead of an extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="69"/>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="70"/>
        <source>Geotiff, GPKG, Shapefile, Geojson, Netcdf…; empty: the dataset's own format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="72"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="73"/>
        <source>The projection of the result: EPSG:3035 (the default), EPSG:4326, EPSG:3857 or EPSG:4258.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="75"/>
        <source>Start date (time series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="75"/>
        <source>End date (time series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="77"/>
        <source>Time-series datasets only: the interval to download (within the dataset&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="80"/>
        <source>The result&apos;s zip and its unpacked files go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="82"/>
        <source>Data files, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="83"/>
        <source>The CLMS request&apos;s task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="84"/>
        <source>Loaded layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="103"/>
        <source>No CLMS dataset is called “{text}”: give its title as the catalogue shows it, or its UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="109"/>
        <source>{dataset} cannot be downloaded by area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="122"/>
        <source>Request {id} made for {dataset}; waiting for the CLMS to prepare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="136"/>
        <source>{n} data files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="145"/>
        <source>Cancelled; the CLMS request {id} was cancelled too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="149"/>
        <source>Request {id}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="154"/>
        <source>The CLMS could not prepare the request {id} ({status}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/download_clms.py" line="157"/>
        <source>The CLMS request {id} is still not ready; it stays in your requests (CLMS panel) to be fetched later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" line="16"/>
        <source>CLMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="28"/>
        <source>The EGMS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="45"/>
        <source>The EGMS service no longer accepts the search behind {file}, even renewed: search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="323"/>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="331"/>
        <source>{service} stayed busy (too many requests): {what} did not go through. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="334"/>
        <source>{service} is busy (too many requests): {what} is tried again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="76"/>
        <source>The download link of {file} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="118"/>
        <source>{service} does not have {file} (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="118"/>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download.py" line="178"/>
        <source>The service did not send {file}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="39"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="39"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="40"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="137"/>
        <source>{shown} of {total} datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="143"/>
        <source>No dataset in the CLMS catalogue matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="149"/>
        <source>Searching the CLMS catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="165"/>
        <source>The dataset, cut to an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="167"/>
        <source>Pre-packaged: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="210"/>
        <source>The view service of {dataset} could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="214"/>
        <source>{layer} added from the view service (nothing downloaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="217"/>
        <source>Opening the view service of {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="224"/>
        <source>GISCO NUTS regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="224"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="235"/>
        <source>{n} NUTS regions from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="249"/>
        <source>“{text}” is not a NUTS region: type a code or a name and pick one of the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="255"/>
        <source>Choose the layer whose selected features give the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="265"/>
        <source>The download area is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="298"/>
        <source>Download of {dataset} requested (task {ids}). The CLMS prepares it; it lands in the project when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="303"/>
        <source>Requesting {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="337"/>
        <source>The CLMS could not prepare {dataset} (task {id}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="349"/>
        <source>Checking the CLMS download requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="371"/>
        <source>{dataset}: {layers} added to the project ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="379"/>
        <source>Downloading {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="405"/>
        <source>Select a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="415"/>
        <source>This request has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="428"/>
        <source>Request {id} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="430"/>
        <source>Cancelling CLMS request {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="446"/>
        <source>in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="446"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="455"/>
        <source>{n} requests being prepared by the CLMS; checked every {s} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="484"/>
        <source>yes, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="484"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="487"/>
        <source>by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="489"/>
        <source>{n} pre-packaged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="491"/>
        <source>time series, at most {n} days a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="491"/>
        <source>time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>INSPIRE themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>View service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="493"/>
        <source>not from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="500"/>
        <source>Product page on land.copernicus.eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Load workshop sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="61"/>
        <source>Build an offline, synthetic Grindavík-like EGMS case, import it and open a guided walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="23"/>
        <source>The link to {file} has expired (the CLMS keeps results for a few days): request the data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="23"/>
        <source>Decompose ascending and descending LOS into vertical and east-west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="26"/>
        <source>From an ascending and a descending EGMS L2 layer (L2a or L2b), the vertical and east-west velocities (mm/year) on a regular grid in EPSG:3035: in each cell the mean line-of-sight velocities of both geometries and the points&apos; LOS unit vectors give two equations in the east and up motion (north-south motion, which Sentinel-1 barely sees, is taken as 0, as for EGMS L3). Cells seen from one geometry only are left empty and counted (ONE_GEOMETRY_CELLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="33"/>
        <source>Ascending L2 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="33"/>
        <source>Descending L2 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="35"/>
        <source>EGMS L2 points with mean_velocity and the LOS unit vector (los_east, los_north, los_up). An imported layer holding both directions can be given for both: each takes the points of its direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="39"/>
        <source>Grid cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="40"/>
        <source>The side of a grid cell, in metres (EGMS L3 uses 100 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="42"/>
        <source>Vertical and east-west velocities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="44"/>
        <source>One square per cell holding points: up_mm_yr, east_mm_yr (empty where one geometry only), n_asc, n_desc, vlos_asc, vlos_desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="47"/>
        <source>Cells with vertical and east-west velocities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="48"/>
        <source>Cells seen from one geometry only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="56"/>
        <source>{layer} lacks {fields}: use EGMS L2 layers (their points carry the LOS unit vector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="72"/>
        <source>{layer} holds no {direction} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="80"/>
        <source>Both layers look at the ground from the same side (their LOS east components have the same sign): give one ascending and one descending layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/decompose_los.py" line="100"/>
        <source>{solved} cells with vertical and east-west velocities; {one} seen from one geometry only, left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="24"/>
        <source>Fit trends to EGMS time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="27"/>
        <source>For each EGMS point, fits d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) to its displacement series over the chosen period (the whole series by default) and adds fit_vel (velocity, mm/year), fit_acc (acceleration, mm/year²), fit_season (seasonal amplitude, mm), fit_rmse (residual RMSE, mm) and fit_n (values used). Points with fewer than 6 values in the period get empty fields. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="35"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text (its selection, if ticked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="37"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="37"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="37"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="37"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="39"/>
        <source>Optional: the {which} day of the period to fit; empty: the series&apos; own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="42"/>
        <source>Points with trend fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/processing/fit_trends.py" line="43"/>
        <source>The input points with fit_vel, fit_acc, fit_season, fit_rmse and fit_n added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="15"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="15"/>
        <source>The three layers are styled by mean velocity: red moves away from the satellite (down), blue towards it (up). &lt;b&gt;egms_l3_u&lt;/b&gt; is vertical motion: the graben through the town subsides (red), the dome 4.5 km north rises (blue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="18"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="18"/>
        <source>In &lt;i&gt;Filter points by velocity&lt;/i&gt; below, choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt;, type &lt;b&gt;-10&lt;/b&gt; in &lt;i&gt;Velocity at most&lt;/i&gt; and &lt;i&gt;Apply&lt;/i&gt;: only the graben stays. &lt;i&gt;Reset&lt;/i&gt; brings every point back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>Set &lt;i&gt;Style range ±&lt;/i&gt; to 30 and &lt;i&gt;Style layer&lt;/i&gt;: the same classes on every layer make them comparable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="23"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="23"/>
        <source>&lt;i&gt;Plot time series…&lt;/i&gt;, then click a red point in the graben: about −35 mm/year. Tick &lt;i&gt;Keep previous&lt;/i&gt; and click a blue point on the dome to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="25"/>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="25"/>
        <source>Click a point south-east of the town (the clay area) and fit &lt;i&gt;linear + seasonal&lt;/i&gt;: an annual swing of about 6 mm on top of a stable trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>Click a stable point far from both and &lt;i&gt;Use as reference&lt;/i&gt;: every series becomes relative to it, as geodesists compare benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="29"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="29"/>
        <source>Save the figure (PNG/SVG) and the series (CSV) from the plot; in the Processing toolbox, &lt;i&gt;CLMS &amp;amp; EGMS ▸ EGMS&lt;/i&gt; exports series, fits trends for every point, and decomposes the ascending and descending bursts (&lt;b&gt;egms_l2b&lt;/b&gt;) into vertical and east-west motion to compare with L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="35"/>
        <source>A synthetic, Grindavík-like case in the real EGMS 2020-2024 format: a subsiding graben, an uplift dome beside it, a seasonal clay area and a noisy, stable background. Nothing comes from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="69"/>
        <source>Building the workshop sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="44"/>
        <source>The service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="19"/>
        <source>Continuous urban fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="20"/>
        <source>Discontinuous urban fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="21"/>
        <source>Industrial or commercial units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="22"/>
        <source>Road and rail networks and associated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="23"/>
        <source>Port areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="24"/>
        <source>Airports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="25"/>
        <source>Mineral extraction sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="26"/>
        <source>Dump sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="27"/>
        <source>Construction sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="28"/>
        <source>Green urban areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="29"/>
        <source>Sport and leisure facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="30"/>
        <source>Non-irrigated arable land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="31"/>
        <source>Permanently irrigated land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="32"/>
        <source>Rice fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="33"/>
        <source>Vineyards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="34"/>
        <source>Fruit trees and berry plantations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="35"/>
        <source>Olive groves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="36"/>
        <source>Pastures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="37"/>
        <source>Annual crops associated with permanent crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="38"/>
        <source>Complex cultivation patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="39"/>
        <source>Land principally occupied by agriculture, with significant areas of natural vegetation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="41"/>
        <source>Agro-forestry areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="42"/>
        <source>Broad-leaved forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="43"/>
        <source>Coniferous forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="44"/>
        <source>Mixed forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="45"/>
        <source>Natural grasslands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="46"/>
        <source>Moors and heathland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="47"/>
        <source>Sclerophyllous vegetation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="48"/>
        <source>Transitional woodland-shrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="49"/>
        <source>Beaches, dunes, sands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="50"/>
        <source>Bare rocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="51"/>
        <source>Sparsely vegetated areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="52"/>
        <source>Burnt areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="53"/>
        <source>Glaciers and perpetual snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="54"/>
        <source>Inland marshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="55"/>
        <source>Peat bogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="56"/>
        <source>Salt marshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="57"/>
        <source>Salines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="58"/>
        <source>Intertidal flats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="59"/>
        <source>Water courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="60"/>
        <source>Water bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="61"/>
        <source>Coastal lagoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="62"/>
        <source>Estuaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="63"/>
        <source>Sea and ocean</source>
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
        <location filename="../ui/dock.ui" line="157"/>
        <source>EGMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="306"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="400"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="242"/>
        <source>Import EGMS files into a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="245"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="249"/>
        <source>EGMS files as downloaded (.zip) or extracted (.csv); several at once are merged per level, component and release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="253"/>
        <source>or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="257"/>
        <source>Every EGMS file in this folder and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="261"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="265"/>
        <source>New or existing GeoPackage; its other layers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="269"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="273"/>
        <source>All points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="274"/>
        <source>Points in the current map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="275"/>
        <source>Points inside the polygons of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="283"/>
        <source>Selected polygons only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="288"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="325"/>
        <source>Plot time series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="326"/>
        <source>Open the time-series plot and pick EGMS points on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="334"/>
        <source>Filter points by velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="336"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="338"/>
        <source>Velocity at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="339"/>
        <source>mm/year; negative: away from the satellite / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="340"/>
        <source>Velocity at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="341"/>
        <source>mm/year, e.g. -2 for points subsiding faster than 2 mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="342"/>
        <source>|Velocity| at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="343"/>
        <source>mm/year, in either direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="344"/>
        <source>Velocity std at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="345"/>
        <source>mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="346"/>
        <source>Coherence at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="347"/>
        <source>0 to 1 (L2 products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="348"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="349"/>
        <source>The selected polygons of this layer (all of them when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="352"/>
        <source>Filter the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="353"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="358"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="359"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="363"/>
        <source>Style range ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source> mm/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="366"/>
        <source>Classes symmetric around 0 up to this velocity; automatic: from the data&apos;s robust spread (98th percentile of |velocity|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="367"/>
        <source>Style layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="174"/>
        <source>Find and download EGMS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="176"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="179"/>
        <source>The area to search: the map view, a rectangle drawn on the map, or a layer&apos;s extent (the arrow button). Empty: the current map view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="182"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="184"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="188"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="188"/>
        <source>Ask the EGMS service for its list of releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="215"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="195"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="196"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="196"/>
        <source>Sentinel-1 relative orbit (track) number, 1 to 175; any: every track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="202"/>
        <source>Add Explorer links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="202"/>
        <source>Without a service key: paste download links copied from the EGMS Explorer, or open its exported egms-archive-links.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="212"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="214"/>
        <source>Track/burst or tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="216"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="219"/>
        <source>Download to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="220"/>
        <source>Folder the files are saved in; files already there are not downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Import into the GeoPackage below when downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="229"/>
        <source>Download checked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="230"/>
        <source>Cancel downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31"/>
        <source>Search the CLMS catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="35"/>
        <source>Words, e.g. corine 2018, imperviousness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="39"/>
        <source>Product family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="41"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="101"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="45"/>
        <source>INSPIRE theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="47"/>
        <source>Year covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="53"/>
        <source>More results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="129"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="64"/>
        <source>Add to map (view service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="64"/>
        <source>Add the dataset&apos;s view service (WMS or ArcGIS REST) to the project, without downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="70"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="73"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="74"/>
        <source>The dataset cut to an area, or one of its pre-packaged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="77"/>
        <source>An extent (map view, drawn, a layer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="78"/>
        <source>A NUTS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="79"/>
        <source>The selected features of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="90"/>
        <source>Code or name, e.g. ITC11 or Torino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="91"/>
        <source>GISCO file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="91"/>
        <source>Regions of every level with their boundaries: a Eurostat GISCO NUTS 2021 file (NUTS_RG_…_2021_….geojson). Without one, countries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="96"/>
        <source>The extent of this layer&apos;s selected features (all of them when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="103"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="105"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="110"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="109"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="113"/>
        <source>Request download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="119"/>
        <source>My download requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="131"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="137"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="138"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="310"/>
        <source>Workshop walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="317"/>
        <source>Close the walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="376"/>
        <source>Select an EGMS layer (imported, or the CSV loaded as delimited text) in the Layers panel, click &lt;b&gt;Plot time series&lt;/b&gt;, then click points on the map; tick &lt;i&gt;Keep previous&lt;/i&gt; to compare several. The plot fits trends, takes a reference point, and plots the mean of selected points.&lt;br/&gt;&lt;br/&gt;In the Processing toolbox (CLMS &amp; EGMS): displacement and velocity over a period, trend fits for every point, the decomposition of ascending and descending bursts, and export for PS Time Series Viewer.</source>
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
        <location filename="../ui/settings_dialog.ui" line="70"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="73"/>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="79"/>
        <source>Default GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="83"/>
        <source>Where EGMS data is imported unless you choose otherwise. Empty: egms.gpkg in the download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="46"/>
        <source>CLMS service key (for downloads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>Import key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>The JSON file of a service key created in your land.copernicus.eu profile (API tokens). It is kept in QGIS&apos;s authentication database, protected by your master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Ask the service for an access token with the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="61"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
