<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="45"/>
        <source>&amp;CLMS &amp;&amp; EGMS</source>
        <translation>&amp;CLMS &amp;&amp; EGMS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>CLMS &amp;&amp; EGMS panel</source>
        <translation>CLMS &amp;&amp; EGMS-Bedienfeld</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show or hide the CLMS &amp; EGMS panel</source>
        <translation>Das CLMS &amp; EGMS-Bedienfeld ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="17"/>
        <source>CLMS &amp; EGMS</source>
        <translation>CLMS &amp; EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="20"/>
        <source>Copernicus Land Monitoring Service and European Ground Motion Service</source>
        <translation>Copernicus-Landüberwachungsdienst (CLMS) und Europäischer Bodenbewegungsdienst (EGMS)</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="74"/>
        <source>{host} did not answer with JSON (got: {excerpt!r}).</source>
        <translation>{host} hat nicht mit JSON geantwortet (erhalten: {excerpt!r}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="95"/>
        <source>Request to {host} cancelled.</source>
        <translation>Anfrage an {host} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="103"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>Could not reach {host}: {reason}</source>
        <translation>{host} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="99"/>
        <source>{host} answered HTTP {status}</source>
        <translation>{host} antwortete mit HTTP {status}</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="90"/>
        <source>Unexpected error: {error}. Details are in the log (CLMS &amp; EGMS tab).</source>
        <translation>Unerwarteter Fehler: {error}. Einzelheiten stehen im Protokoll (Reiter CLMS &amp; EGMS).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="74"/>
        <source>{task}: cancelled.</source>
        <translation>{task}: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="25"/>
        <source>“{url}” is not a web address (it must start with http:// or https://).</source>
        <translation>„{url}“ ist keine Webadresse (sie muss mit http:// oder https:// beginnen).</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Choose a download folder.</source>
        <translation>Wählen Sie einen Download-Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="23"/>
        <source>Import EGMS files into GeoPackage</source>
        <translation>EGMS-Dateien in ein GeoPackage importieren</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="22"/>
        <source>EGMS</source>
        <translation>EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="26"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release) as downloaded (.zip) or extracted (.csv), or whole folders of them, into a GeoPackage: one point layer per level, component and release (EPSG:3035), several bursts or tiles merged, each point&apos;s time series stored compactly beside it instead of hundreds of date columns. Files already in the GeoPackage are left as they are unless Re-import is checked. Other layers of the GeoPackage are not touched.</source>
        <translation>Importiert EGMS-Dateien (L2a, L2b, L3 vertikal/Ost; jede Ausgabe) wie heruntergeladen (.zip) oder entpackt (.csv), auch ganze Ordner davon, in ein GeoPackage: ein Punktlayer je Stufe, Komponente und Ausgabe (EPSG:3035), mehrere Bursts oder Kacheln zusammengeführt, die Zeitreihe jedes Punktes kompakt daneben gespeichert statt Hunderter Datumsspalten. Dateien, die schon im GeoPackage sind, bleiben unverändert, außer „Erneut importieren“ ist angehakt. Andere Layer des GeoPackages bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="33"/>
        <source>EGMS files (.zip, .csv) or folders</source>
        <translation>EGMS-Dateien (.zip, .csv) oder Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="33"/>
        <source>Files as downloaded from EGMS (or their extracted CSV) and folders holding them.</source>
        <translation>Dateien, wie sie vom EGMS heruntergeladen wurden (oder ihre entpackte CSV), und Ordner, die sie enthalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>A new or existing GeoPackage; existing layers are kept.</source>
        <translation>Ein neues oder vorhandenes GeoPackage; vorhandene Layer bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="37"/>
        <source>Keep only points inside this extent</source>
        <translation>Nur Punkte innerhalb dieser Ausdehnung behalten</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="37"/>
        <source>Optional: points outside are not imported.</source>
        <translation>Optional: Punkte außerhalb werden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="39"/>
        <source>Keep only points inside these polygons</source>
        <translation>Nur Punkte innerhalb dieser Polygone behalten</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="39"/>
        <source>Optional: a polygon layer (or its selected features); points outside are not imported.</source>
        <translation>Optional: ein Polygonlayer (oder seine ausgewählten Objekte); Punkte außerhalb werden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="49"/>
        <source>Re-import files already in the GeoPackage</source>
        <translation>Dateien, die schon im GeoPackage sind, erneut importieren</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="42"/>
        <source>Replace the points of files imported before instead of leaving them as they are.</source>
        <translation>Die Punkte früher importierter Dateien ersetzen, statt sie unverändert zu lassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="44"/>
        <source>Imported layers</source>
        <translation>Importierte Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="45"/>
        <source>Names of the imported layers, comma-separated</source>
        <translation>Namen der importierten Layer, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="46"/>
        <source>What was imported</source>
        <translation>Was importiert wurde</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="20"/>
        <source>Export EGMS time series to CSV</source>
        <translation>EGMS-Zeitreihen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="23"/>
        <source>Writes the displacement time series of points of an imported EGMS layer to a CSV file with the columns pid, date, displacement_mm (one row per point and date). The points are the given pids, or else every feature of the input (tick &apos;Selected features only&apos; for a selection).</source>
        <translation>Schreibt die Verschiebungszeitreihen von Punkten eines importierten EGMS-Layers in eine CSV-Datei mit den Spalten pid, date, displacement_mm (eine Zeile je Punkt und Datum). Die Punkte sind die angegebenen pids oder sonst alle Objekte der Eingabe (für eine Auswahl „Nur gewählte Objekte“ anhaken).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="28"/>
        <source>Imported EGMS layer</source>
        <translation>Importierter EGMS-Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="28"/>
        <source>A layer made by &apos;Import EGMS files into GeoPackage&apos;.</source>
        <translation>Ein Layer, der mit „EGMS-Dateien in ein GeoPackage importieren“ erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="31"/>
        <source>Point ids (pid), separated by commas, spaces or new lines</source>
        <translation>Punktkennungen (pid), getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="31"/>
        <source>Optional: export these points; empty exports the input&apos;s features.</source>
        <translation>Optional: diese Punkte exportieren; leer exportiert die Objekte der Eingabe.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>Where to write the series.</source>
        <translation>Wohin die Zeitreihen geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="36"/>
        <source>Points written</source>
        <translation>Geschriebene Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="37"/>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="43"/>
        <source>{layer} is not a layer made by the EGMS import (no time series stored with it).</source>
        <translation>{layer} ist kein Layer aus dem EGMS-Import (keine Zeitreihen dazu gespeichert).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="56"/>
        <source>{n} pids are not in {layer}: {pids}</source>
        <translation>{n} pids sind nicht in {layer}: {pids}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="58"/>
        <source>{points} points, {rows} rows written to {path}.</source>
        <translation>{points} Punkte, {rows} Zeilen nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/egms/export.py" line="83"/>
        <source>None of the requested points is in {layer}.</source>
        <translation>Keiner der angefragten Punkte ist in {layer}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="62"/>
        <source>{points} points imported into {layers} in {gpkg}.</source>
        <translation>{points} Punkte nach {layers} in {gpkg} importiert.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="67"/>
        <source>{file}: already in {layer}, left as it was.</source>
        <translation>{file}: schon in {layer}, unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="69"/>
        <source>{file}: {n} points</source>
        <translation>{file}: {n} Punkte</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="71"/>
        <source>, {n} already present under the same pid (kept once)</source>
        <translation>, {n} schon unter derselben pid vorhanden (einmal behalten)</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="73"/>
        <source>, {n} outside the clip area</source>
        <translation>, {n} außerhalb des Zuschnittgebiets</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="75"/>
        <source>, {n} rows skipped ({reason}; first: {example})</source>
        <translation>, {n} Zeilen übersprungen ({reason}; erste: {example})</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="79"/>
        <source>Not EGMS files, ignored: {files}.</source>
        <translation>Keine EGMS-Dateien, ignoriert: {files}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="90"/>
        <source>These files come from different EGMS releases, whose measurements cannot be mixed: {detail}. Import each release on its own.</source>
        <translation>Diese Dateien stammen aus verschiedenen EGMS-Ausgaben, deren Messungen sich nicht mischen lassen: {detail}. Importieren Sie jede Ausgabe für sich.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="102"/>
        <source>The folder of {gpkg} does not exist.</source>
        <translation>Der Ordner von {gpkg} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="129"/>
        <source>{gpkg} is read-only: choose another GeoPackage.</source>
        <translation>{gpkg} ist schreibgeschützt: Wählen Sie ein anderes GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="108"/>
        <source>{gpkg} exists and is not a GeoPackage.</source>
        <translation>{gpkg} existiert und ist kein GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="110"/>
        <source>Cannot write in {folder} (read-only): choose another place for the GeoPackage.</source>
        <translation>In {folder} kann nicht geschrieben werden (schreibgeschützt): Wählen Sie einen anderen Ort für das GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="126"/>
        <source>The disk is full: {gpkg} was not changed. Free some space and import again.</source>
        <translation>Der Datenträger ist voll: {gpkg} wurde nicht verändert. Geben Sie Platz frei und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="131"/>
        <source>{gpkg} is in use by another program (locked); close it there and try again.</source>
        <translation>{gpkg} wird von einem anderen Programm verwendet (gesperrt); schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="133"/>
        <source>Could not write {gpkg}: {error}</source>
        <translation>{gpkg} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="131"/>
        <source>No EGMS files to import.</source>
        <translation>Keine EGMS-Dateien zum Importieren.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="117"/>
        <source>Import cancelled: {gpkg} was left as it was.</source>
        <translation>Import abgebrochen: {gpkg} blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="208"/>
        <source>{file} holds no data rows.</source>
        <translation>{file} enthält keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="52"/>
        <source>{file} is damaged or incomplete ({error}); download it again.</source>
        <translation>{file} ist beschädigt oder unvollständig ({error}); laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="63"/>
        <source>{file} holds no CSV file: it is not an EGMS download.</source>
        <translation>{file} enthält keine CSV-Datei: Es ist kein EGMS-Download.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="83"/>
        <source>{file} is not named like an EGMS file (e.g. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), so its level and release cannot be told. Keep the name the service gave it.</source>
        <translation>{file} ist nicht wie eine EGMS-Datei benannt (z. B. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), daher lassen sich Stufe und Ausgabe nicht erkennen. Behalten Sie den Namen, den der Dienst vergeben hat.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="120"/>
        <source>The folder {folder} holds no EGMS files (.zip or .csv).</source>
        <translation>Der Ordner {folder} enthält keine EGMS-Dateien (.zip oder .csv).</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="125"/>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="135"/>
        <source>{file} is neither a .zip nor a .csv EGMS file.</source>
        <translation>{file} ist weder eine .zip- noch eine .csv-EGMS-Datei.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="223"/>
        <source>Reading {file} stopped unexpectedly.</source>
        <translation>Das Lesen von {file} brach unerwartet ab.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="250"/>
        <source>wrong number of values</source>
        <translation>falsche Anzahl von Werten</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="251"/>
        <source>line {line}: {got} instead of {expected}</source>
        <translation>Zeile {line}: {got} statt {expected}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="253"/>
        <source>no pid</source>
        <translation>keine pid</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="253"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="255"/>
        <source>non-numeric values</source>
        <translation>nicht numerische Werte</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="256"/>
        <source>line {line}: {value!r} in column {column}</source>
        <translation>Zeile {line}: {value!r} in Spalte {column}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="266"/>
        <source>no coordinates</source>
        <translation>keine Koordinaten</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="266"/>
        <source>pid {pid}</source>
        <translation>pid {pid}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="276"/>
        <source>{file} is not a text CSV file.</source>
        <translation>{file} ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="59"/>
        <source>The clip layer has no polygons{selected}.</source>
        <translation>Der Zuschnittlayer hat keine{selected} Polygone.</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="59"/>
        <source> selected</source>
        <translation> ausgewählten</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="72"/>
        <source>The clip extent and the clip layer do not overlap: nothing would be imported.</source>
        <translation>Die Zuschnittausdehnung und der Zuschnittlayer überschneiden sich nicht: Es würde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="105"/>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="109"/>
        <source>{file} is not an EGMS file: it has no &apos;pid&apos; column or no date columns (yyyymmdd).</source>
        <translation>{file} ist keine EGMS-Datei: Sie hat keine Spalte „pid“ oder keine Datumsspalten (yyyymmdd).</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="113"/>
        <source>{file} is not laid out as an EGMS file: the date columns must come last.</source>
        <translation>{file} ist nicht wie eine EGMS-Datei aufgebaut: Die Datumsspalten müssen am Ende stehen.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="116"/>
        <source>{file} is not laid out as an EGMS file: &apos;pid&apos; must be the first column.</source>
        <translation>{file} ist nicht wie eine EGMS-Datei aufgebaut: „pid“ muss die erste Spalte sein.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="129"/>
        <source>{file} lacks required columns: {columns}.</source>
        <translation>{file} fehlen notwendige Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="31"/>
        <source>EGMS files (*.zip *.csv *.ZIP *.CSV)</source>
        <translation>EGMS-Dateien (*.zip *.csv *.ZIP *.CSV)</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="98"/>
        <source>Choose the polygon layer to keep points inside.</source>
        <translation>Wählen Sie den Polygonlayer, innerhalb dessen Punkte behalten werden.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="107"/>
        <source>Choose EGMS files or a folder to import.</source>
        <translation>Wählen Sie EGMS-Dateien oder einen Ordner zum Importieren.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="116"/>
        <source>Importing EGMS files</source>
        <translation>EGMS-Dateien werden importiert</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="154"/>
        <source>Details in the log (CLMS &amp; EGMS tab).</source>
        <translation>Einzelheiten im Protokoll (Reiter CLMS &amp; EGMS).</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="18"/>
        <source>Add displacement and velocity over a period</source>
        <translation>Verschiebung und Geschwindigkeit über einen Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="21"/>
        <source>For each EGMS point: disp_mm, the displacement (mm) from the acquisition nearest the start date to the one nearest the end date, and vel_mm_yr, the velocity (mm/year) of a linear fit to the series between the two dates. The output holds the input&apos;s points and fields plus these two. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation>Für jeden EGMS-Punkt: disp_mm, die Verschiebung (mm) von der Aufnahme, die dem Startdatum am nächsten liegt, bis zu der, die dem Enddatum am nächsten liegt, und vel_mm_yr, die Geschwindigkeit (mm/Jahr) einer linearen Anpassung an die Zeitreihe zwischen beiden Daten. Die Ausgabe enthält die Punkte und Felder der Eingabe und diese beiden. Funktioniert mit importierten Layern und mit der als Textdatei mit Trennzeichen geladenen CSV.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="56"/>
        <source>EGMS point layer</source>
        <translation>EGMS-Punktlayer</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="56"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text.</source>
        <translation>Ein importierter EGMS-Layer oder eine als Textdatei mit Trennzeichen geladene EGMS-CSV.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="64"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="64"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>The period&apos;s {which} (the nearest acquisition is used for the displacement).</source>
        <translation>Der {which} des Zeitraums (für die Verschiebung wird die nächstgelegene Aufnahme verwendet).</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>first day</source>
        <translation>erste Tag</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>last day</source>
        <translation>letzte Tag</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="34"/>
        <source>Points with derived fields</source>
        <translation>Punkte mit abgeleiteten Feldern</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="34"/>
        <source>The input points with disp_mm and vel_mm_yr added.</source>
        <translation>Die Eingabepunkte mit zusätzlichen Feldern disp_mm und vel_mm_yr.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="78"/>
        <source>{layer} holds no EGMS time series (an imported layer, or date fields named yyyymmdd).</source>
        <translation>{layer} enthält keine EGMS-Zeitreihen (ein importierter Layer oder Datumsfelder namens yyyymmdd).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="96"/>
        <source>The start date must come before the end date.</source>
        <translation>Das Startdatum muss vor dem Enddatum liegen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="28"/>
        <source>Export EGMS points for PS Time Series Viewer</source>
        <translation>EGMS-Punkte für den PS Time Series Viewer exportieren</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="31"/>
        <source>Writes EGMS points (a layer, or its selection) to a Shapefile as the PS Time Series Viewer plugin reads it: short attribute names (pid, vel, v_stdev, acc, season, coh, height) and one field per acquisition date named D + yyyymmdd, in mm. Points of files with other dates get no value on the dates they lack.</source>
        <translation>Schreibt EGMS-Punkte (einen Layer oder seine Auswahl) in ein Shapefile, wie das Plugin PS Time Series Viewer es liest: kurze Attributnamen (pid, vel, v_stdev, acc, season, coh, height) und ein Feld je Aufnahmedatum namens D + yyyymmdd, in mm. Punkte aus Dateien mit anderen Daten erhalten an den fehlenden Daten keinen Wert.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="37"/>
        <source>An imported EGMS layer (tick &apos;Selected features only&apos; for a selection).</source>
        <translation>Ein importierter EGMS-Layer (für eine Auswahl „Nur gewählte Objekte“ anhaken).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="40"/>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="40"/>
        <source>ESRI Shapefile (*.shp)</source>
        <translation>ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="40"/>
        <source>Where to write the Shapefile (with its .dbf, .shx, .prj).</source>
        <translation>Wohin das Shapefile geschrieben wird (mit .dbf, .shx, .prj).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="58"/>
        <source>No points to export.</source>
        <translation>Keine Punkte zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="74"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="95"/>
        <source>{n} points, {d} dates written to {path}.</source>
        <translation>{n} Punkte, {d} Daten nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="18"/>
        <source>Filter EGMS points by velocity</source>
        <translation>EGMS-Punkte nach Geschwindigkeit filtern</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="21"/>
        <source>Keeps the EGMS points that pass every threshold given (empty thresholds are ignored), and optionally only those inside polygons. Works on imported layers and on EGMS layers loaded from the CSV, as long as they carry mean_velocity (and mean_velocity_std, temporal_coherence for those thresholds).</source>
        <translation>Behält die EGMS-Punkte, die jeden angegebenen Schwellenwert erfüllen (leere Schwellenwerte werden ignoriert), wahlweise nur die innerhalb von Polygonen. Funktioniert mit importierten Layern und mit aus der CSV geladenen EGMS-Layern, sofern sie mean_velocity enthalten (und mean_velocity_std, temporal_coherence für diese Schwellenwerte).</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="27"/>
        <source>Points with a mean_velocity field (mm/year).</source>
        <translation>Punkte mit einem Feld mean_velocity (mm/Jahr).</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="34"/>
        <source>Only inside these polygons</source>
        <translation>Nur innerhalb dieser Polygone</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="34"/>
        <source>Optional: keep only points inside these polygons (or their selected features).</source>
        <translation>Optional: nur Punkte innerhalb dieser Polygone (oder ihrer ausgewählten Objekte) behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="37"/>
        <source>Filtered points</source>
        <translation>Gefilterte Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="37"/>
        <source>The points that pass the filter, with all their attributes.</source>
        <translation>Die Punkte, die den Filter passieren, mit allen Attributen.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="40"/>
        <source>Points kept</source>
        <translation>Behaltene Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="62"/>
        <source>{kept} points kept.</source>
        <translation>{kept} Punkte behalten.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="35"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="71"/>
        <source>Choose the EGMS point layer to filter.</source>
        <translation>Wählen Sie den zu filternden EGMS-Punktlayer.</translation>
    </message>
    <message>
        <location filename="../core/egms/filtering.py" line="24"/>
        <source>{layer} has no {field} field, needed for that threshold.</source>
        <translation>{layer} hat kein Feld {field}, das für diesen Schwellenwert nötig ist.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="95"/>
        <source>{n} points match.</source>
        <translation>{n} Punkte passen.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="96"/>
        <source>{n} of {total} points match.</source>
        <translation>{n} von {total} Punkten passen.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="103"/>
        <source>Choose the polygon layer whose selected polygons the points must be in.</source>
        <translation>Wählen Sie den Polygonlayer, in dessen ausgewählten Polygonen die Punkte liegen müssen.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="112"/>
        <source>Choose a layer with a mean_velocity field to style.</source>
        <translation>Wählen Sie einen Layer mit einem Feld mean_velocity zum Gestalten.</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>No trend</source>
        <translation>Kein Trend</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>Quadratic</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="11"/>
        <source>Linear + seasonal</source>
        <translation>Linear + saisonal</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="37"/>
        <source>EGMS time series</source>
        <translation>EGMS-Zeitreihen</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="64"/>
        <source>Pick points</source>
        <translation>Punkte wählen</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="65"/>
        <source>Click EGMS points on the map to plot their displacement</source>
        <translation>EGMS-Punkte auf der Karte anklicken, um ihre Verschiebung darzustellen</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="67"/>
        <source>Keep previous</source>
        <translation>Vorherige behalten</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="68"/>
        <source>Add each picked point to the plot instead of replacing it</source>
        <translation>Jeden gewählten Punkt zum Diagramm hinzufügen, statt ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="69"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="70"/>
        <source>Selection mean</source>
        <translation>Mittel der Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="71"/>
        <source>Plot the mean series of the selected points of the active layer, with their min/max envelope</source>
        <translation>Die mittlere Zeitreihe der ausgewählten Punkte des aktiven Layers mit ihrer Min/Max-Hüllkurve darstellen</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="76"/>
        <source>Fit a trend to each plotted series (least squares)</source>
        <translation>An jede dargestellte Zeitreihe einen Trend anpassen (kleinste Quadrate)</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="77"/>
        <source>Use as reference</source>
        <translation>Als Referenz verwenden</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="78"/>
        <source>Subtract the last picked point&apos;s series from every plotted series (relative motion) until cleared</source>
        <translation>Die Zeitreihe des zuletzt gewählten Punktes von jeder dargestellten Zeitreihe abziehen (relative Bewegung), bis sie zurückgesetzt wird</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="86"/>
        <source>Save figure…</source>
        <translation>Abbildung speichern…</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="87"/>
        <source>Save series…</source>
        <translation>Zeitreihen speichern…</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="91"/>
        <source>Select an EGMS layer in the Layers panel, then click its points on the map.</source>
        <translation>Wählen Sie einen EGMS-Layer im Layerbedienfeld und klicken Sie dann seine Punkte auf der Karte an.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="200"/>
        <source>Select an EGMS point layer in the Layers panel first.</source>
        <translation>Wählen Sie zuerst einen EGMS-Punktlayer im Layerbedienfeld.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="166"/>
        <source>No EGMS point of {layer} within {n} pixels of the click.</source>
        <translation>Kein EGMS-Punkt von {layer} innerhalb von {n} Pixeln um den Klick.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="38"/>
        <source>Select points of {layer} first (a selection tool, or the filter&apos;s Select).</source>
        <translation>Wählen Sie zuerst Punkte von {layer} aus (mit einem Auswahlwerkzeug oder „Auswählen“ im Filter).</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="79"/>
        <source>{n} points are selected: select at most {max} for a mean series.</source>
        <translation>{n} Punkte sind ausgewählt: Wählen Sie höchstens {max} für eine mittlere Zeitreihe.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="110"/>
        <source>mean of {n} points</source>
        <translation>Mittel von {n} Punkten</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="54"/>
        <source>Pick the reference point first, then press Use as reference.</source>
        <translation>Wählen Sie zuerst den Referenzpunkt und drücken Sie dann „Als Referenz verwenden“.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="278"/>
        <source>min/max</source>
        <translation>Min/Max</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="295"/>
        <source>Displacement (mm)</source>
        <translation>Verschiebung (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="315"/>
        <source>relative to {pid}</source>
        <translation>relativ zu {pid}</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>Save figure</source>
        <translation>Abbildung speichern</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="359"/>
        <source>Figure saved to {path}.</source>
        <translation>Abbildung unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="370"/>
        <source>Pick points first: there is no series to save.</source>
        <translation>Wählen Sie zuerst Punkte: Es gibt keine Zeitreihen zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="372"/>
        <source>Save series</source>
        <translation>Zeitreihen speichern</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="375"/>
        <source>Series saved to {path}.</source>
        <translation>Zeitreihen unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="50"/>
        <source>{label} is not a CLMS service key: it is not JSON. Download the key again from your land.copernicus.eu profile (API tokens).</source>
        <translation>{label} ist kein CLMS-Dienstschlüssel: Es ist kein JSON. Laden Sie den Schlüssel erneut aus Ihrem Profil auf land.copernicus.eu herunter (API-Tokens).</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="53"/>
        <source>{label} is not a CLMS service key.</source>
        <translation>{label} ist kein CLMS-Dienstschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="56"/>
        <source>{label} is not a complete CLMS service key: {fields} missing.</source>
        <translation>{label} ist kein vollständiger CLMS-Dienstschlüssel: {fields} fehlt.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="59"/>
        <source>{label} is damaged: its private_key is not a PEM private key.</source>
        <translation>{label} ist beschädigt: Sein private_key ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The CLMS service gave no access token{detail}.</source>
        <translation>Der CLMS-Dienst hat kein Zugriffstoken ausgegeben{detail}.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="175"/>
        <source>QGIS&apos;s authentication database is not available ({reason}), so the service key cannot be kept safely.</source>
        <translation>Die Authentifizierungsdatenbank von QGIS ist nicht verfügbar ({reason}), daher kann der Dienstschlüssel nicht sicher aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="183"/>
        <source>QGIS&apos;s authentication database is locked: the master password was not given.</source>
        <translation>Die Authentifizierungsdatenbank von QGIS ist gesperrt: Das Master-Passwort wurde nicht eingegeben.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="195"/>
        <source>CLMS service key ({name})</source>
        <translation>CLMS-Dienstschlüssel ({name})</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="205"/>
        <source>The service key could not be saved in QGIS&apos;s authentication database.</source>
        <translation>Der Dienstschlüssel konnte nicht in der Authentifizierungsdatenbank von QGIS gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="214"/>
        <source>No CLMS service key yet: import your key file (from your land.copernicus.eu profile, API tokens) in the plugin&apos;s Settings.</source>
        <translation>Noch kein CLMS-Dienstschlüssel: Importieren Sie Ihre Schlüsseldatei (aus Ihrem Profil auf land.copernicus.eu, API-Tokens) in den Einstellungen des Plugins.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="220"/>
        <source>The CLMS service key (authentication configuration {id}) is no longer in QGIS&apos;s authentication database: import your key file again in the plugin&apos;s Settings.</source>
        <translation>Der CLMS-Dienstschlüssel (Authentifizierungskonfiguration {id}) ist nicht mehr in der Authentifizierungsdatenbank von QGIS: Importieren Sie Ihre Schlüsseldatei erneut in den Einstellungen des Plugins.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="223"/>
        <source>The stored CLMS service key</source>
        <translation>Der gespeicherte CLMS-Dienstschlüssel</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="30"/>
        <source>Download EGMS files for an area</source>
        <translation>EGMS-Dateien für ein Gebiet herunterladen</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="40"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="40"/>
        <source>The files covering this extent are downloaded (searched 5 degrees at a time, as the service asks; at most 20 × 20 degrees).</source>
        <translation>Die Dateien, die diese Ausdehnung abdecken, werden heruntergeladen (gesucht wird in Schritten von 5 Grad, wie der Dienst es verlangt; höchstens 20 × 20 Grad).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="43"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="33"/>
        <source>L2a basic (line of sight)</source>
        <translation>L2a Basic (LOS)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="33"/>
        <source>L2b calibrated (line of sight)</source>
        <translation>L2b kalibriert (LOS)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="34"/>
        <source>L3 vertical (up)</source>
        <translation>L3 vertikal (Up)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="34"/>
        <source>L3 east-west</source>
        <translation>L3 Ost-West</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="43"/>
        <source>L2a: per burst, relative to a local reference point; L2b: per burst, calibrated with GNSS (the main product); L3: 100 km tiles of vertical or east-west motion on a 100 m grid.</source>
        <translation>L2a: je Burst, relativ zu einem lokalen Referenzpunkt; L2b: je Burst, mit GNSS kalibriert (das Hauptprodukt); L3: 100-km-Kacheln der Vertikal- oder Ost-West-Bewegung auf einem 100-m-Raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="47"/>
        <source>Release</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="47"/>
        <source>The release as the service writes it, e.g. 2020-2024, 2019-2023, 2018-2022 or 2015-2021.</source>
        <translation>Die Ausgabe, wie der Dienst sie schreibt, z. B. 2020-2024, 2019-2023, 2018-2022 oder 2015-2021.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="49"/>
        <source>Orbit direction (L2)</source>
        <translation>Orbitrichtung (L2)</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="297"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="40"/>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="40"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="49"/>
        <source>L2 products only: keep the bursts of ascending or descending orbits.</source>
        <translation>Nur L2-Produkte: die Bursts aufsteigender oder absteigender Orbits behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="53"/>
        <source>Track (relative orbit, L2)</source>
        <translation>Spur (relativer Orbit, L2)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="53"/>
        <source>L2 products only: keep the bursts of this Sentinel-1 track (1 to 175); empty for every track.</source>
        <translation>Nur L2-Produkte: die Bursts dieser Sentinel-1-Spur behalten (1 bis 175); leer für alle Spuren.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="57"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="57"/>
        <source>Where the files are saved; files already there are not downloaded again.</source>
        <translation>Wo die Dateien gespeichert werden; schon vorhandene Dateien werden nicht erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="59"/>
        <source>Import into GeoPackage</source>
        <translation>In GeoPackage importieren</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="59"/>
        <source>Optional: import the downloaded files into this GeoPackage (new or existing) and load the layers, styled by velocity.</source>
        <translation>Optional: die heruntergeladenen Dateien in dieses GeoPackage (neu oder vorhanden) importieren und die Layer nach Geschwindigkeit gestaltet laden.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="71"/>
        <source>Downloaded files, one per line</source>
        <translation>Heruntergeladene Dateien, eine je Zeile</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="72"/>
        <source>Files downloaded now</source>
        <translation>Jetzt heruntergeladene Dateien</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="102"/>
        <source>No EGMS files of {product} {release} in this area.</source>
        <translation>Keine EGMS-Dateien von {product} {release} in diesem Gebiet.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="104"/>
        <source>{n} files found ({mb:.1f} MB).</source>
        <translation>{n} Dateien gefunden ({mb:.1f} MB).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="123"/>
        <source>Download cancelled; what arrived is kept in {folder} to resume.</source>
        <translation>Download abgebrochen; was angekommen ist, bleibt in {folder}, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="126"/>
        <source>No file could be downloaded: {first}</source>
        <translation>Keine Datei konnte heruntergeladen werden: {first}</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="128"/>
        <source>{new} files downloaded, {present} already there, {failed} failed.</source>
        <translation>{new} Dateien heruntergeladen, {present} schon vorhanden, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="65"/>
        <source>The search area is empty.</source>
        <translation>Das Suchgebiet ist leer.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="107"/>
        <source>the search</source>
        <translation>die Suche</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="111"/>
        <source>The EGMS service asks to log in: import your CLMS service key in the plugin&apos;s Settings (or check that it is still valid).</source>
        <translation>Der EGMS-Dienst verlangt eine Anmeldung: Importieren Sie Ihren CLMS-Dienstschlüssel in den Einstellungen des Plugins (oder prüfen Sie, ob er noch gültig ist).</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="113"/>
        <source>The EGMS service refused the request: {message}</source>
        <translation>Der EGMS-Dienst hat die Anfrage abgelehnt: {message}</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="149"/>
        <source>The area is too large to search: {w:.1f}° × {h:.1f}° would take {n} searches (the EGMS service takes at most 5° a side, and the plugin makes at most {max}). Choose a smaller area.</source>
        <translation>Das Gebiet ist zu groß für eine Suche: {w:.1f}° × {h:.1f}° bräuchten {n} Suchen (der EGMS-Dienst nimmt höchstens 5° je Seite, und das Plugin macht höchstens {max}). Wählen Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="194"/>
        <source>{file} is no longer offered by the EGMS service: search again.</source>
        <translation>{file} wird vom EGMS-Dienst nicht mehr angeboten: Suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="66"/>
        <source>EGMS search results</source>
        <translation>EGMS-Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>Ascending burst</source>
        <translation>Aufsteigender Burst</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>Descending burst</source>
        <translation>Absteigender Burst</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>L3 tile</source>
        <translation>L3-Kachel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="85"/>
        <source>{file} holds no EGMS download links (lines like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…).</source>
        <translation>{file} enthält keine EGMS-Downloadlinks (Zeilen wie https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…).</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="232"/>
        <source>{file} is {got} bytes on the server where the search announced {expected}: not downloaded. Search again.</source>
        <translation>{file} hat auf dem Server {got} Bytes, wo die Suche {expected} angekündigt hat: nicht heruntergeladen. Suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="38"/>
        <source>The EGMS search behind {file} expired: searching again.</source>
        <translation>Die EGMS-Suche hinter {file} ist abgelaufen: Es wird erneut gesucht.</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="44"/>
        <source>The link for {file} has expired (EGMS Explorer links work only while their search is fresh). Export new links from the EGMS Explorer, or import your CLMS service key in the Settings and search here.</source>
        <translation>Der Link für {file} ist abgelaufen (Links aus dem EGMS Explorer gelten nur, solange ihre Suche frisch ist). Exportieren Sie neue Links aus dem EGMS Explorer, oder importieren Sie Ihren CLMS-Dienstschlüssel in den Einstellungen und suchen Sie hier.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="136"/>
        <source>{file} could not be downloaded: {error}</source>
        <translation>{file} konnte nicht heruntergeladen werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="142"/>
        <source>The download of {file} broke off {n} times ({error}); the {mb:.1f} MB received are kept: download it again to resume.</source>
        <translation>Der Download von {file} brach {n}-mal ab ({error}); die empfangenen {mb:.1f} MB bleiben erhalten: Laden Sie die Datei erneut herunter, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="148"/>
        <source>Download of {file} cancelled; what arrived is kept to resume.</source>
        <translation>Download von {file} abgebrochen; was angekommen ist, bleibt erhalten, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="197"/>
        <source>{file} arrived with {got} bytes where the search announced {expected}: it was discarded. Download it again.</source>
        <translation>{file} kam mit {got} Bytes an, wo die Suche {expected} angekündigt hat: Die Datei wurde verworfen. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="206"/>
        <source>{file} arrived damaged (not a complete zip) and was discarded. Download it again.</source>
        <translation>{file} kam beschädigt an (kein vollständiges Zip) und wurde verworfen. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="109"/>
        <source>The transfer from {host} broke off: {reason}</source>
        <translation>Die Übertragung von {host} brach ab: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>No service key yet. Searching and downloading EGMS files and CLMS data needs one: in your &lt;a href=&quot;https://land.copernicus.eu&quot;&gt;land.copernicus.eu&lt;/a&gt; profile, create an API token and download its key file (JSON), then import it here.</source>
        <translation>Noch kein Dienstschlüssel. Das Suchen und Herunterladen von EGMS-Dateien und CLMS-Daten braucht einen: Erstellen Sie in Ihrem Profil auf &lt;a href=&quot;https://land.copernicus.eu&quot;&gt;land.copernicus.eu&lt;/a&gt; ein API-Token, laden Sie seine Schlüsseldatei (JSON) herunter und importieren Sie sie hier.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Import CLMS service key</source>
        <translation>CLMS-Dienstschlüssel importieren</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Service key (*.json);;All files (*)</source>
        <translation>Dienstschlüssel (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Key not imported</source>
        <translation>Schlüssel nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Key imported</source>
        <translation>Schlüssel importiert</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>{file} is kept in QGIS&apos;s authentication database.</source>
        <translation>{file} ist in der Authentifizierungsdatenbank von QGIS hinterlegt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source>Key not removed</source>
        <translation>Schlüssel nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Key removed</source>
        <translation>Schlüssel entfernt</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>The service key was removed from QGIS&apos;s authentication database.</source>
        <translation>Der Dienstschlüssel wurde aus der Authentifizierungsdatenbank von QGIS entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>Key works</source>
        <translation>Schlüssel funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>The service gave an access token for {client}.</source>
        <translation>Der Dienst hat ein Zugriffstoken für {client} ausgegeben.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Checking the CLMS service key</source>
        <translation>CLMS-Dienstschlüssel wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="121"/>
        <source>Mean series of {n} points</source>
        <translation>Mittlere Zeitreihe von {n} Punkten</translation>
    </message>
    <message>
        <location filename="../ui/__init__.py" line="32"/>
        <source>Current map view</source>
        <translation>Aktueller Kartenausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="66"/>
        <source>Paste links…</source>
        <translation>Links einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="67"/>
        <source>Open egms-archive-links.txt…</source>
        <translation>egms-archive-links.txt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="97"/>
        <source>The list of releases could not be fetched: {error}</source>
        <translation>Die Liste der Ausgaben konnte nicht abgerufen werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="108"/>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="112"/>
        <source>Fetching the EGMS releases</source>
        <translation>EGMS-Ausgaben werden abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="120"/>
        <source>Choose an area to search: the map view, a rectangle drawn on the map, or a layer.</source>
        <translation>Wählen Sie ein Suchgebiet: den Kartenausschnitt, ein auf der Karte gezeichnetes Rechteck oder einen Layer.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="129"/>
        <source>Without a key, use “Add Explorer links…”.</source>
        <translation>Ohne Schlüssel verwenden Sie „Explorer-Links hinzufügen…“.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="144"/>
        <source>Searching EGMS files</source>
        <translation>EGMS-Dateien werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="156"/>
        <source>{n} EGMS files found ({mb:.1f} MB): check the ones to download.</source>
        <translation>{n} EGMS-Dateien gefunden ({mb:.1f} MB): Haken Sie die herunterzuladenden an.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="159"/>
        <source>No EGMS files of this product and release in this area.</source>
        <translation>Keine EGMS-Dateien dieses Produkts und dieser Ausgabe in diesem Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="208"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="222"/>
        <source>Add EGMS Explorer links</source>
        <translation>Links aus dem EGMS Explorer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="222"/>
        <source>Paste download links copied from the EGMS Explorer, one per line:</source>
        <translation>Fügen Sie aus dem EGMS Explorer kopierte Downloadlinks ein, einen je Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="229"/>
        <source>Open EGMS Explorer links</source>
        <translation>Links aus dem EGMS Explorer öffnen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="229"/>
        <source>Link lists (*.txt);;All files (*)</source>
        <translation>Linklisten (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="240"/>
        <source>No EGMS download links found: they look like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…</source>
        <translation>Keine EGMS-Downloadlinks gefunden: Sie sehen so aus: https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="244"/>
        <source>{n} lines are not EGMS download links and were left out (first: {line}).</source>
        <translation>{n} Zeilen sind keine EGMS-Downloadlinks und wurden ausgelassen (erste: {line}).</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="260"/>
        <source>Check the files to download (search first, or add Explorer links).</source>
        <translation>Haken Sie die herunterzuladenden Dateien an (zuerst suchen oder Explorer-Links hinzufügen).</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="264"/>
        <source>Downloads are already running: wait for them or cancel them.</source>
        <translation>Es laufen bereits Downloads: Warten Sie darauf oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="276"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="284"/>
        <source>Downloading EGMS file {n}/{total}: {file}</source>
        <translation>EGMS-Datei {n}/{total} wird heruntergeladen: {file}</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="300"/>
        <source>downloading {p:.0f}%</source>
        <translation>wird geladen {p:.0f} %</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="312"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="312"/>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="314"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="323"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="334"/>
        <source>{done} of {total} files finished, {p:.0f}% overall.</source>
        <translation>{done} von {total} Dateien fertig, insgesamt {p:.0f} %.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="345"/>
        <source>Downloads finished: {new} downloaded, {present} already there, {failed} failed, {cancelled} cancelled.</source>
        <translation>Downloads beendet: {new} heruntergeladen, {present} schon vorhanden, {failed} fehlgeschlagen, {cancelled} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="89"/>
        <source>Choose the area of the download: a NUTS region or an extent (not both).</source>
        <translation>Wählen Sie das Gebiet des Downloads: eine NUTS-Region oder eine Ausdehnung (nicht beides).</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="91"/>
        <source>Choose the projection of the download.</source>
        <translation>Wählen Sie die Projektion des Downloads.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="104"/>
        <source>The download area is not a valid extent in degrees: {box}.</source>
        <translation>Das Downloadgebiet ist keine gültige Ausdehnung in Grad: {box}.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="109"/>
        <source>{dataset} is a time series: choose the start and end dates.</source>
        <translation>{dataset} ist eine Zeitreihe: Wählen Sie Start- und Enddatum.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="113"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="115"/>
        <source>{dataset} can be requested for at most {limit} days at a time ({days} chosen).</source>
        <translation>{dataset} kann höchstens für {limit} Tage auf einmal angefordert werden ({days} gewählt).</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="57"/>
        <source>{file} holds an entry outside its folder ({entry}): not unpacked.</source>
        <translation>{file} enthält einen Eintrag außerhalb seines Ordners ({entry}): nicht entpackt.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="71"/>
        <source>{file} is not a complete zip file: download it again.</source>
        <translation>{file} ist keine vollständige Zip-Datei: Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="105"/>
        <source>{file} holds no raster or vector data QGIS can open.</source>
        <translation>{file} enthält keine Raster- oder Vektordaten, die QGIS öffnen kann.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="57"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="87"/>
        <source>The CLMS catalogue answered with something that is not a search result.</source>
        <translation>Der CLMS-Katalog hat mit etwas geantwortet, das kein Suchergebnis ist.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="174"/>
        <source>Downloading from the CLMS needs your service key: import it in the plugin&apos;s Settings.</source>
        <translation>Herunterladen vom CLMS braucht Ihren Dienstschlüssel: Importieren Sie ihn in den Einstellungen des Plugins.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="195"/>
        <source>The CLMS service did not accept your access (HTTP {status}{detail}): check your service key in the plugin&apos;s Settings (Check key).</source>
        <translation>Der CLMS-Dienst hat Ihren Zugriff nicht akzeptiert (HTTP {status}{detail}): Prüfen Sie Ihren Dienstschlüssel in den Einstellungen des Plugins („Schlüssel prüfen“).</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="209"/>
        <source>The CLMS service kept saying the access token expired.</source>
        <translation>Der CLMS-Dienst meldete wiederholt, dass das Zugriffstoken abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="230"/>
        <source>The CLMS service created no download request.</source>
        <translation>Der CLMS-Dienst hat keine Downloadanfrage angelegt.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="298"/>
        <source>The CLMS service refused the request: the area is too large ({message}). Choose a smaller area or a NUTS region.</source>
        <translation>Der CLMS-Dienst hat die Anfrage abgelehnt: Das Gebiet ist zu groß ({message}). Wählen Sie ein kleineres Gebiet oder eine NUTS-Region.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="300"/>
        <source>The CLMS service refused the request: {message}</source>
        <translation>Der CLMS-Dienst hat die Anfrage abgelehnt: {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="40"/>
        <source>The view service did not answer with WMS capabilities ({error}).</source>
        <translation>Der Darstellungsdienst hat nicht mit WMS-Capabilities geantwortet ({error}).</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="68"/>
        <source>The view service of {dataset} lists no layer.</source>
        <translation>Der Darstellungsdienst von {dataset} führt keinen Layer auf.</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="84"/>
        <source>{dataset} has no view service: download it instead.</source>
        <translation>{dataset} hat keinen Darstellungsdienst: Laden Sie den Datensatz stattdessen herunter.</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="103"/>
        <source>The view service of {dataset} is a WMTS, which this version cannot add by itself: add {url} with Layer ▸ Add Layer ▸ Add WMS/WMTS Layer.</source>
        <translation>Der Darstellungsdienst von {dataset} ist ein WMTS, den diese Version nicht selbst hinzufügen kann: Fügen Sie {url} über Layer ▸ Layer hinzufügen ▸ WMS/WMTS-Layer hinzufügen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="49"/>
        <source>{file} cannot be read as a vector file.</source>
        <translation>{file} kann nicht als Vektordatei gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="52"/>
        <source>{file} is not a GISCO NUTS file (it has no NUTS_ID field).</source>
        <translation>{file} ist keine GISCO-NUTS-Datei (sie hat kein Feld NUTS_ID).</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="65"/>
        <source>{file} holds no NUTS region.</source>
        <translation>{file} enthält keine NUTS-Region.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="28"/>
        <source>Download CLMS data for an area</source>
        <translation>CLMS-Daten für ein Gebiet herunterladen</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="31"/>
        <source>Requests a dataset of the Copernicus Land Monitoring Service for an extent or a NUTS region in the chosen format and projection, waits while the CLMS prepares it (this can take minutes to hours; cancelling also cancels the request), downloads and unpacks the result and loads its layers (CORINE Land Cover with its official legend). Needs the CLMS service key imported in the plugin&apos;s Settings.</source>
        <translation>Fordert einen Datensatz des Copernicus-Landüberwachungsdienstes für eine Ausdehnung oder eine NUTS-Region im gewählten Format und in der gewählten Projektion an, wartet, während der CLMS ihn vorbereitet (das kann Minuten bis Stunden dauern; Abbrechen bricht auch die Anfrage ab), lädt das Ergebnis herunter, entpackt es und lädt seine Layer (CORINE Land Cover mit der offiziellen Legende). Braucht den in den Einstellungen des Plugins importierten CLMS-Dienstschlüssel.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="38"/>
        <source>Dataset (title or UID)</source>
        <translation>Datensatz (Titel oder UID)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="38"/>
        <source>The dataset&apos;s title as the catalogue shows it (e.g. CORINE Land Cover 2018) or its UID.</source>
        <translation>Der Titel des Datensatzes, wie der Katalog ihn zeigt (z. B. CORINE Land Cover 2018), oder seine UID.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="40"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="40"/>
        <source>The area to download; or give a NUTS region instead.</source>
        <translation>Das herunterzuladende Gebiet; oder geben Sie stattdessen eine NUTS-Region an.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="46"/>
        <source>NUTS region code</source>
        <translation>NUTS-Regionscode</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="46"/>
        <source>A NUTS 2021 code of any level (e.g. ITC11) or a country code, instead of an extent.</source>
        <translation>Ein NUTS-2021-Code beliebiger Ebene (z. B. ITC11) oder ein Ländercode, statt einer Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="48"/>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="50"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="53"/>
        <source>Start date (time series)</source>
        <translation>Startdatum (Zeitreihen)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="53"/>
        <source>End date (time series)</source>
        <translation>Enddatum (Zeitreihen)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="54"/>
        <source>Time-series datasets only: the interval to download (within the dataset&apos;s limit).</source>
        <translation>Nur Zeitreihen-Datensätze: der herunterzuladende Zeitraum (innerhalb der Grenze des Datensatzes).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="57"/>
        <source>The result&apos;s zip and its unpacked files go here.</source>
        <translation>Das Zip des Ergebnisses und seine entpackten Dateien kommen hierher.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="59"/>
        <source>Data files, one per line</source>
        <translation>Datendateien, eine je Zeile</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="60"/>
        <source>The CLMS request&apos;s task id</source>
        <translation>Die Aufgabenkennung der CLMS-Anfrage</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="61"/>
        <source>Loaded layers</source>
        <translation>Geladene Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="82"/>
        <source>No CLMS dataset is called “{text}”: give its title as the catalogue shows it, or its UID.</source>
        <translation>Kein CLMS-Datensatz heißt „{text}“: Geben Sie seinen Titel an, wie der Katalog ihn zeigt, oder seine UID.</translation>
    </message>
    <message>
        <location filename="../core/clms/catalogue.py" line="172"/>
        <source>{dataset} cannot be downloaded by area.</source>
        <translation>{dataset} kann nicht nach Gebiet heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="104"/>
        <source>Request {id} made for {dataset}; waiting for the CLMS to prepare it.</source>
        <translation>Anfrage {id} für {dataset} gestellt; es wird gewartet, bis der CLMS sie vorbereitet hat.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="115"/>
        <source>{n} data files in {folder}.</source>
        <translation>{n} Datendateien in {folder}.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="143"/>
        <source>Cancelled; the CLMS request {id} was cancelled too.</source>
        <translation>Abgebrochen; die CLMS-Anfrage {id} wurde ebenfalls abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="146"/>
        <source>Request {id}: {status}</source>
        <translation>Anfrage {id}: {status}</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="154"/>
        <source>The CLMS request {id} is still not ready; it stays in your requests (CLMS panel) to be fetched later.</source>
        <translation>Die CLMS-Anfrage {id} ist noch nicht fertig; sie bleibt in Ihren Anfragen (CLMS-Bedienfeld), um später abgeholt zu werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="22"/>
        <source>CLMS</source>
        <translation>CLMS</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="30"/>
        <source>The EGMS service</source>
        <translation>Der EGMS-Dienst</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="47"/>
        <source>The EGMS service no longer accepts the search behind {file}, even renewed: search again.</source>
        <translation>Der EGMS-Dienst akzeptiert die Suche hinter {file} nicht mehr, auch erneuert nicht: Suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="163"/>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="171"/>
        <source>{service} stayed busy (too many requests): {what} did not go through. Try again in a few minutes.</source>
        <translation>{service} blieb ausgelastet (zu viele Anfragen): {what} kam nicht durch. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="174"/>
        <source>{service} is busy (too many requests): {what} is tried again in {seconds} s.</source>
        <translation>{service} ist ausgelastet (zu viele Anfragen): {what} wird in {seconds} s erneut versucht.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="91"/>
        <source>The download link of {file} has expired.</source>
        <translation>Der Downloadlink von {file} ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="134"/>
        <source>{service} does not have {file} (HTTP 404).</source>
        <translation>{service} hat {file} nicht (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="134"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="204"/>
        <source>The service did not send {file}: {message}</source>
        <translation>Der Dienst hat {file} nicht gesendet: {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="31"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="31"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="32"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="98"/>
        <source>{shown} of {total} datasets</source>
        <translation>{shown} von {total} Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="104"/>
        <source>No dataset in the CLMS catalogue matches this search.</source>
        <translation>Kein Datensatz im CLMS-Katalog passt zu dieser Suche.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="110"/>
        <source>Searching the CLMS catalogue</source>
        <translation>CLMS-Katalog wird durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="210"/>
        <source>The view service of {dataset} could not be opened: {error}</source>
        <translation>Der Darstellungsdienst von {dataset} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="214"/>
        <source>{layer} added from the view service (nothing downloaded).</source>
        <translation>{layer} aus dem Darstellungsdienst hinzugefügt (nichts heruntergeladen).</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="217"/>
        <source>Opening the view service of {dataset}</source>
        <translation>Darstellungsdienst von {dataset} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="51"/>
        <source>GISCO NUTS regions</source>
        <translation>GISCO-NUTS-Regionen</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="51"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp);;All files (*)</source>
        <translation>Vektordateien (*.geojson *.json *.gpkg *.shp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="63"/>
        <source>{n} NUTS regions from {file}.</source>
        <translation>{n} NUTS-Regionen aus {file}.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="78"/>
        <source>“{text}” is not a NUTS region: type a code or a name and pick one of the suggestions.</source>
        <translation>„{text}“ ist keine NUTS-Region: Geben Sie einen Code oder einen Namen ein und wählen Sie einen der Vorschläge.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="84"/>
        <source>Choose the layer whose selected features give the area.</source>
        <translation>Wählen Sie den Layer, dessen ausgewählte Objekte das Gebiet bilden.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="91"/>
        <source>The download area is empty.</source>
        <translation>Das Downloadgebiet ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="249"/>
        <source>Download of {dataset} requested (task {ids}). The CLMS prepares it; it lands in the project when ready.</source>
        <translation>Download von {dataset} angefordert (Aufgabe {ids}). Der CLMS bereitet ihn vor; er landet im Projekt, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="263"/>
        <source>Requesting {dataset}</source>
        <translation>{dataset} wird angefordert</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="92"/>
        <source>Checking the CLMS download requests</source>
        <translation>CLMS-Downloadanfragen werden geprüft</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="114"/>
        <source>{dataset}: {layers} added to the project ({folder}).</source>
        <translation>{dataset}: {layers} zum Projekt hinzugefügt ({folder}).</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="126"/>
        <source>Downloading {dataset}</source>
        <translation>{dataset} wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="146"/>
        <source>Select a request in the list first.</source>
        <translation>Wählen Sie zuerst eine Anfrage in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="156"/>
        <source>This request has already finished.</source>
        <translation>Diese Anfrage ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="173"/>
        <source>Request {id} cancelled.</source>
        <translation>Anfrage {id} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="175"/>
        <source>Cancelling CLMS request {id}</source>
        <translation>CLMS-Anfrage {id} wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="191"/>
        <source>in the project</source>
        <translation>im Projekt</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="191"/>
        <source>downloading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="200"/>
        <source>{n} requests being prepared by the CLMS; checked every {s} s.</source>
        <translation>{n} Anfragen werden vom CLMS vorbereitet; Prüfung alle {s} s.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="314"/>
        <source>yes, {kind}</source>
        <translation>ja, {kind}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="314"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="319"/>
        <source>by area</source>
        <translation>nach Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="321"/>
        <source>{n} pre-packaged files</source>
        <translation>{n} vorgefertigte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="323"/>
        <source>time series, at most {n} days a request</source>
        <translation>Zeitreihe, höchstens {n} Tage je Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="323"/>
        <source>time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Projections</source>
        <translation>Projektionen</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>INSPIRE themes</source>
        <translation>INSPIRE-Themen</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>View service</source>
        <translation>Darstellungsdienst</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>not from here</source>
        <translation>nicht von hier</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="332"/>
        <source>Product page on land.copernicus.eu</source>
        <translation>Produktseite auf land.copernicus.eu</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>Load workshop sample</source>
        <translation>Workshop-Beispiel laden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Build an offline, synthetic Grindavík-like EGMS case, import it and open a guided walk-through</source>
        <translation>Einen synthetischen EGMS-Fall nach dem Vorbild Grindavíks offline erzeugen, importieren und einen geführten Rundgang öffnen</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="32"/>
        <source>The link to {file} has expired (the CLMS keeps results for a few days): request the data again.</source>
        <translation>Der Link zu {file} ist abgelaufen (der CLMS hält Ergebnisse einige Tage bereit): Fordern Sie die Daten erneut an.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="23"/>
        <source>Decompose ascending and descending LOS into vertical and east-west</source>
        <translation>Aufsteigende und absteigende Blickrichtung in vertikal und Ost-West zerlegen</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="26"/>
        <source>From an ascending and a descending EGMS L2 layer (L2a or L2b), the vertical and east-west velocities (mm/year) on a regular grid in EPSG:3035: in each cell the mean line-of-sight velocities of both geometries and the points&apos; LOS unit vectors give two equations in the east and up motion (north-south motion, which Sentinel-1 barely sees, is taken as 0, as for EGMS L3). Cells seen from one geometry only are left empty and counted (ONE_GEOMETRY_CELLS).</source>
        <translation>Aus einem aufsteigenden und einem absteigenden EGMS-L2-Layer (L2a oder L2b) die vertikalen und Ost-West-Geschwindigkeiten (mm/Jahr) auf einem regelmäßigen Raster in EPSG:3035: In jeder Zelle ergeben die mittleren Geschwindigkeiten in Blickrichtung beider Geometrien und die LOS-Einheitsvektoren der Punkte zwei Gleichungen für die Ost- und die Vertikalbewegung (die Nord-Süd-Bewegung, die Sentinel-1 kaum sieht, wird wie bei EGMS L3 als 0 angenommen). Zellen, die nur aus einer Geometrie gesehen werden, bleiben leer und werden gezählt (ONE_GEOMETRY_CELLS).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="33"/>
        <source>Ascending L2 layer</source>
        <translation>Aufsteigender L2-Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="33"/>
        <source>Descending L2 layer</source>
        <translation>Absteigender L2-Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="34"/>
        <source>EGMS L2 points with mean_velocity and the LOS unit vector (los_east, los_north, los_up). An imported layer holding both directions can be given for both: each takes the points of its direction.</source>
        <translation>EGMS-L2-Punkte mit mean_velocity und dem LOS-Einheitsvektor (los_east, los_north, los_up). Ein importierter Layer mit beiden Richtungen kann für beide angegeben werden: Jeder nimmt die Punkte seiner Richtung.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="38"/>
        <source>Grid cell size</source>
        <translation>Rasterzellengröße</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="38"/>
        <source>The side of a grid cell, in metres (EGMS L3 uses 100 m).</source>
        <translation>Die Seitenlänge einer Rasterzelle in Metern (EGMS L3 verwendet 100 m).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="40"/>
        <source>Vertical and east-west velocities</source>
        <translation>Vertikale und Ost-West-Geschwindigkeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="40"/>
        <source>One square per cell holding points: up_mm_yr, east_mm_yr (empty where one geometry only), n_asc, n_desc, vlos_asc, vlos_desc.</source>
        <translation>Ein Quadrat je Zelle mit Punkten: up_mm_yr, east_mm_yr (leer, wo nur eine Geometrie vorliegt), n_asc, n_desc, vlos_asc, vlos_desc.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="44"/>
        <source>Cells with vertical and east-west velocities</source>
        <translation>Zellen mit vertikalen und Ost-West-Geschwindigkeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="45"/>
        <source>Cells seen from one geometry only</source>
        <translation>Nur aus einer Geometrie gesehene Zellen</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="53"/>
        <source>{layer} lacks {fields}: use EGMS L2 layers (their points carry the LOS unit vector).</source>
        <translation>{layer} fehlt {fields}: Verwenden Sie EGMS-L2-Layer (ihre Punkte tragen den LOS-Einheitsvektor).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="69"/>
        <source>{layer} holds no {direction} points.</source>
        <translation>{layer} enthält keine Punkte der Richtung {direction}.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="77"/>
        <source>Both layers look at the ground from the same side (their LOS east components have the same sign): give one ascending and one descending layer.</source>
        <translation>Beide Layer blicken von derselben Seite auf den Boden (ihre LOS-Ostkomponenten haben dasselbe Vorzeichen): Geben Sie einen aufsteigenden und einen absteigenden Layer an.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="97"/>
        <source>{solved} cells with vertical and east-west velocities; {one} seen from one geometry only, left empty.</source>
        <translation>{solved} Zellen mit vertikalen und Ost-West-Geschwindigkeiten; {one} nur aus einer Geometrie gesehen, leer gelassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="23"/>
        <source>Fit trends to EGMS time series</source>
        <translation>Trends an EGMS-Zeitreihen anpassen</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="35"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text (its selection, if ticked).</source>
        <translation>Ein importierter EGMS-Layer oder eine als Textdatei mit Trennzeichen geladene EGMS-CSV (ihre Auswahl, falls angehakt).</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="39"/>
        <source>Optional: the {which} day of the period to fit; empty: the series&apos; own.</source>
        <translation>Optional: der {which} Tag des anzupassenden Zeitraums; leer: der der Zeitreihe.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="47"/>
        <source>Points with trend fields</source>
        <translation>Punkte mit Trendfeldern</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="47"/>
        <source>The input points with fit_vel, fit_acc, fit_season, fit_rmse and fit_n added.</source>
        <translation>Die Eingabepunkte mit zusätzlichen Feldern fit_vel, fit_acc, fit_season, fit_rmse und fit_n.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>Look</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="30"/>
        <source>Style</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="33"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="70"/>
        <source>Seasons</source>
        <translation>Jahreszeiten</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="72"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="74"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="74"/>
        <source>Save the figure (PNG/SVG) and the series (CSV) from the plot; in the Processing toolbox, &lt;i&gt;CLMS &amp;amp; EGMS ▸ EGMS&lt;/i&gt; exports series, fits trends for every point, and decomposes the ascending and descending bursts (&lt;b&gt;egms_l2b&lt;/b&gt;) into vertical and east-west motion to compare with L3.</source>
        <translation>Speichern Sie aus dem Diagramm die Abbildung (PNG/SVG) und die Zeitreihen (CSV); in den Verarbeitungswerkzeugen exportiert &lt;i&gt;CLMS &amp;amp; EGMS ▸ EGMS&lt;/i&gt; Zeitreihen, passt Trends für jeden Punkt an und zerlegt die aufsteigenden und absteigenden Bursts (&lt;b&gt;egms_l2b&lt;/b&gt;) in Vertikal- und Ost-West-Bewegung zum Vergleich mit L3.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="126"/>
        <source>Building the workshop sample</source>
        <translation>Workshop-Beispiel wird erzeugt</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="46"/>
        <source>The service key</source>
        <translation>Der Dienstschlüssel</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="19"/>
        <source>Continuous urban fabric</source>
        <translation>Durchgängig städtische Prägung</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="20"/>
        <source>Discontinuous urban fabric</source>
        <translation>Nicht durchgängig städtische Prägung</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="21"/>
        <source>Industrial or commercial units</source>
        <translation>Industrie- und Gewerbeflächen, öffentliche Einrichtungen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="22"/>
        <source>Road and rail networks and associated land</source>
        <translation>Straßen-, Eisenbahnnetze und funktionell zugeordnete Flächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="23"/>
        <source>Port areas</source>
        <translation>Hafengebiete</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="24"/>
        <source>Airports</source>
        <translation>Flughäfen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="25"/>
        <source>Mineral extraction sites</source>
        <translation>Abbauflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="26"/>
        <source>Dump sites</source>
        <translation>Deponien und Abraumhalden</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="27"/>
        <source>Construction sites</source>
        <translation>Baustellen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="28"/>
        <source>Green urban areas</source>
        <translation>Städtische Grünflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="29"/>
        <source>Sport and leisure facilities</source>
        <translation>Sport- und Freizeitanlagen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="30"/>
        <source>Non-irrigated arable land</source>
        <translation>Nicht bewässertes Ackerland</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="31"/>
        <source>Permanently irrigated land</source>
        <translation>Regelmäßig bewässertes Ackerland</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="32"/>
        <source>Rice fields</source>
        <translation>Reisfelder</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="33"/>
        <source>Vineyards</source>
        <translation>Weinbauflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="34"/>
        <source>Fruit trees and berry plantations</source>
        <translation>Obst- und Beerenobstbestände</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="35"/>
        <source>Olive groves</source>
        <translation>Olivenhaine</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="36"/>
        <source>Pastures</source>
        <translation>Wiesen und Weiden</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="37"/>
        <source>Annual crops associated with permanent crops</source>
        <translation>Einjährige Kulturen in Verbindung mit Dauerkulturen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="38"/>
        <source>Complex cultivation patterns</source>
        <translation>Komplexe Parzellenstrukturen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="39"/>
        <source>Land principally occupied by agriculture, with significant areas of natural vegetation</source>
        <translation>Landwirtschaftlich genutztes Land mit Flächen natürlicher Bodenbedeckung von signifikanter Größe</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="41"/>
        <source>Agro-forestry areas</source>
        <translation>Land- und forstwirtschaftliche Flächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="42"/>
        <source>Broad-leaved forest</source>
        <translation>Laubwälder</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="43"/>
        <source>Coniferous forest</source>
        <translation>Nadelwälder</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="44"/>
        <source>Mixed forest</source>
        <translation>Mischwälder</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="45"/>
        <source>Natural grasslands</source>
        <translation>Natürliches Grünland</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="46"/>
        <source>Moors and heathland</source>
        <translation>Heiden und Moorheiden</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="47"/>
        <source>Sclerophyllous vegetation</source>
        <translation>Hartlaubbewuchs</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="48"/>
        <source>Transitional woodland-shrub</source>
        <translation>Wald-Strauch-Übergangsstadien</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="49"/>
        <source>Beaches, dunes, sands</source>
        <translation>Strände, Dünen und Sandflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="50"/>
        <source>Bare rocks</source>
        <translation>Felsflächen ohne Vegetation</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="51"/>
        <source>Sparsely vegetated areas</source>
        <translation>Flächen mit spärlicher Vegetation</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="52"/>
        <source>Burnt areas</source>
        <translation>Brandflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="53"/>
        <source>Glaciers and perpetual snow</source>
        <translation>Gletscher und Dauerschneegebiete</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="54"/>
        <source>Inland marshes</source>
        <translation>Sümpfe</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="55"/>
        <source>Peat bogs</source>
        <translation>Torfmoore</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="56"/>
        <source>Salt marshes</source>
        <translation>Salzwiesen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="57"/>
        <source>Salines</source>
        <translation>Salinen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="58"/>
        <source>Intertidal flats</source>
        <translation>In der Gezeitenzone liegende Flächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="59"/>
        <source>Water courses</source>
        <translation>Gewässerläufe</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="60"/>
        <source>Water bodies</source>
        <translation>Wasserflächen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="61"/>
        <source>Coastal lagoons</source>
        <translation>Lagunen</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="62"/>
        <source>Estuaries</source>
        <translation>Mündungsgebiete</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="63"/>
        <source>Sea and ocean</source>
        <translation>Meere und Ozeane</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="84"/>
        <source>Import EGMS files into PostGIS</source>
        <translation>EGMS-Dateien in PostGIS importieren</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="87"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release), as downloaded or extracted, or folders of them, into a schema of a PostGIS database: the same layers and compact time series as the GeoPackage import, loaded in bulk (COPY), one transaction per file, indexed on geometry, velocity and pid. For many bursts and tiles, and for sharing them with colleagues. The connection is one of QGIS&apos;s saved PostgreSQL connections, with its credentials.</source>
        <translation>Importiert EGMS-Dateien (L2a, L2b, L3 vertikal/Ost; jede Version), heruntergeladen oder entpackt, oder Ordner davon, in ein Schema einer PostGIS-Datenbank: dieselben Layer und kompakten Zeitreihen wie der GeoPackage-Import, als Massenladen (COPY), eine Transaktion pro Datei, indiziert nach Geometrie, Geschwindigkeit und pid. Für viele Bursts und Kacheln und um sie mit Kolleginnen und Kollegen zu teilen. Die Verbindung ist eine der in QGIS gespeicherten PostgreSQL-Verbindungen, mit ihren Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="98"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="98"/>
        <source>A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); the database needs the PostGIS extension.</source>
        <translation>Eine gespeicherte PostgreSQL-Verbindung (Datenquellenverwaltung ▸ PostgreSQL); die Datenbank braucht die Erweiterung PostGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="102"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="102"/>
        <source>The schema to write into; created if it does not exist.</source>
        <translation>Das Schema, in das geschrieben wird; wird angelegt, falls es fehlt.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="71"/>
        <source>There is no saved PostgreSQL connection called “{name}”: add it in the Data Source Manager (PostgreSQL) or pick another one.</source>
        <translation>Es gibt keine gespeicherte PostgreSQL-Verbindung namens „{name}“: Legen Sie sie in der Datenquellenverwaltung (PostgreSQL) an oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="190"/>
        <source>Import cancelled: {file} was not imported; files imported before it stay in {target}.</source>
        <translation>Import abgebrochen: {file} wurde nicht importiert; die davor importierten Dateien bleiben in {target}.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="205"/>
        <source>{target}: the database refused the user name or password ({error}). Check the connection&apos;s credentials in the Data Source Manager.</source>
        <translation>{target}: Die Datenbank hat Benutzername oder Passwort abgelehnt ({error}). Prüfen Sie die Zugangsdaten der Verbindung in der Datenquellenverwaltung.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="208"/>
        <source>Cannot connect to {target}: {error}</source>
        <translation>Keine Verbindung zu {target}: {error}</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="210"/>
        <source>{target}: permission denied ({error}). The database user needs the right to create tables in schema {schema}.</source>
        <translation>{target}: Zugriff verweigert ({error}). Der Datenbankbenutzer braucht das Recht, Tabellen im Schema {schema} anzulegen.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="214"/>
        <source>{target}: the database server is out of disk or memory; the file being imported was rolled back.</source>
        <translation>{target}: Dem Datenbankserver fehlt Speicherplatz oder Arbeitsspeicher; die gerade importierte Datei wurde zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="256"/>
        <source>{target}: PostGIS is not enabled in this database. Ask its administrator to run CREATE EXTENSION postgis;</source>
        <translation>{target}: PostGIS ist in dieser Datenbank nicht aktiviert. Bitten Sie die Administration, CREATE EXTENSION postgis; auszuführen.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="219"/>
        <source>{target}: {error}</source>
        <translation>{target}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="41"/>
        <source>A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); its user name and password, or its authentication configuration, are used</source>
        <translation>Eine gespeicherte PostgreSQL-Verbindung (Datenquellenverwaltung ▸ PostgreSQL); ihr Benutzername und Passwort oder ihre Authentifizierungskonfiguration werden verwendet</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="68"/>
        <source>No PostgreSQL connection is saved in QGIS: add one in the Data Source Manager (PostgreSQL), then choose it here.</source>
        <translation>In QGIS ist keine PostgreSQL-Verbindung gespeichert: Legen Sie eine in der Datenquellenverwaltung (PostgreSQL) an und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="33"/>
        <source>Searches the EGMS archive for the files of one product and release that cover an extent and downloads them into a folder (files already there are skipped, interrupted ones resumed), then optionally imports them into a GeoPackage or a PostGIS database. Needs the CLMS service key imported in the plugin's Settings (CLMS &amp; EGMS panel ▸ Settings…); the EGMS service address is a setting there too.</source>
        <translation>Sucht im EGMS-Archiv die Dateien eines Produkts und einer Version, die eine Ausdehnung abdecken, und lädt sie in einen Ordner herunter (vorhandene Dateien werden übersprungen, unterbrochene fortgesetzt); importiert sie danach wahlweise in ein GeoPackage oder eine PostGIS-Datenbank. Benötigt den CLMS-Dienstschlüssel, importiert in den Einstellungen des Plugins (CLMS &amp; EGMS-Bedienfeld ▸ Einstellungen…); auch die Adresse des EGMS-Dienstes ist dort eine Einstellung.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="64"/>
        <source>Or import into PostGIS (connection)</source>
        <translation>Oder in PostGIS importieren (Verbindung)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="64"/>
        <source>Optional, instead of a GeoPackage: import into this saved PostgreSQL connection&apos;s database (see Import EGMS files into PostGIS).</source>
        <translation>Optional, statt eines GeoPackage: in die Datenbank dieser gespeicherten PostgreSQL-Verbindung importieren (siehe EGMS-Dateien in PostGIS importieren).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="68"/>
        <source>PostGIS schema</source>
        <translation>PostGIS-Schema</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="68"/>
        <source>The schema to import into; created if it does not exist.</source>
        <translation>Das Schema, in das importiert wird; wird angelegt, falls es fehlt.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="94"/>
        <source>Re-import files already in the database</source>
        <translation>Dateien, die schon in der Datenbank sind, erneut importieren</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="39"/>
        <source>The server gave “{name}” as a file name, which is not a plain file name: refused, nothing was written.</source>
        <translation>Der Server nannte „{name}“ als Dateinamen; das ist kein einfacher Dateiname: abgelehnt, nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="45"/>
        <source>{path} leads outside {folder} (a link): refused, nothing was written.</source>
        <translation>{path} führt aus {folder} hinaus (eine Verknüpfung): abgelehnt, nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="43"/>
        <source>The CLMS gave the request id “{id}”, which cannot name a file: not downloaded.</source>
        <translation>Der CLMS nannte die Auftragskennung „{id}“, die keinen Dateinamen ergeben kann: nicht heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="100"/>
        <source>{file} could not be unpacked: {reason}</source>
        <translation>{file} konnte nicht entpackt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="220"/>
        <source>the download request</source>
        <translation>den Download-Auftrag</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="238"/>
        <source>the list of your requests</source>
        <translation>die Liste Ihrer Aufträge</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="248"/>
        <source>the status of request {id}</source>
        <translation>den Stand des Auftrags {id}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="282"/>
        <source>The CLMS service answered {what} with something unexpected (expected {expected}, got: {excerpt}). Try again later.</source>
        <translation>Der CLMS-Dienst beantwortete {what} mit etwas Unerwartetem (erwartet: {expected}, erhalten: {excerpt}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="180"/>
        <source>Imported before it and kept in {target}: {files}.</source>
        <translation>Davor importiert und in {target} behalten: {files}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="210"/>
        <source>None of the {n} rows of {file} could be imported ({reasons}): the file was not imported.</source>
        <translation>Keine der {n} Zeilen von {file} ließ sich importieren ({reasons}): Die Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="121"/>
        <source>The EGMS service answered the list of releases with something other than a list (got: {excerpt}).</source>
        <translation>Der EGMS-Dienst beantwortete die Liste der Versionen mit etwas anderem als einer Liste (erhalten: {excerpt}).</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="178"/>
        <source>The EGMS service answered the search with something other than a list of files (expected an object with “hits” and “id”, got: {excerpt}). Try again later.</source>
        <translation>Der EGMS-Dienst beantwortete die Suche mit etwas anderem als einer Dateiliste (erwartet: ein Objekt mit „hits“ und „id“, erhalten: {excerpt}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="240"/>
        <source>{file} has a line longer than {n} characters (line {line}): it is not an EGMS CSV file. Nothing of it was imported.</source>
        <translation>{file} hat eine Zeile mit mehr als {n} Zeichen (Zeile {line}): Das ist keine EGMS-CSV-Datei. Nichts davon wurde importiert.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="243"/>
        <source>{file} ends in the middle of a row (line {line}): it is cut short (an incomplete download or copy). Nothing of it was imported: download or copy it again.</source>
        <translation>{file} endet mitten in einer Zeile (Zeile {line}): Die Datei ist abgeschnitten (ein unvollständiger Download oder eine unvollständige Kopie). Nichts davon wurde importiert: Laden oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="259"/>
        <source>coordinates outside Europe (EPSG:3035)</source>
        <translation>Koordinaten außerhalb Europas (EPSG:3035)</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="260"/>
        <source>pid {pid}: easting {x:g}, northing {y:g}</source>
        <translation>pid {pid}: Rechtswert {x:g}, Hochwert {y:g}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="262"/>
        <source>values out of range</source>
        <translation>Werte außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="263"/>
        <source>pid {pid}: {value} in column {column}</source>
        <translation>pid {pid}: {value} in Spalte {column}</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/connection.py" line="59"/>
        <source>{gpkg} holds the unfinished write of an import that was stopped; it is repaired when it is opened once where it can be written.</source>
        <translation>{gpkg} enthält den unvollendeten Schreibvorgang eines abgebrochenen Imports; die Datei wird repariert, sobald sie einmal dort geöffnet wird, wo sie beschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="228"/>
        <source>Another import is creating {gpkg} right now: wait until it has finished, then import again (the files are added to it).</source>
        <translation>Ein anderer Import legt {gpkg} gerade an: Warten Sie, bis er fertig ist, und importieren Sie dann erneut (die Dateien werden hinzugefügt).</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="263"/>
        <source>{gpkg} was created by another import while this one ran: this import was not kept, so nothing of either is lost. Import again to add these files to it.</source>
        <translation>{gpkg} wurde während dieses Imports von einem anderen Import angelegt: Dieser Import wurde nicht übernommen, damit von keinem etwas verloren geht. Importieren Sie erneut, um diese Dateien hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="125"/>
        <source>{file} is not an EGMS file: its date column “{column}” is not a date (yyyymmdd) after the one before it.</source>
        <translation>{file} ist keine EGMS-Datei: Ihre Datumsspalte „{column}“ ist kein Datum (jjjjmmtt) nach dem vorherigen.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="133"/>
        <source>{host} did not answer within {seconds:g} s (QGIS's network timeout, in Settings ▸ Options ▸ Network).</source>
        <translation>{host} hat nicht innerhalb von {seconds:g} s geantwortet (die Netzwerk-Zeitüberschreitung von QGIS, unter Einstellungen ▸ Optionen ▸ Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="136"/>
        <source>{host} did not answer within {seconds:g} s.</source>
        <translation>{host} hat nicht innerhalb von {seconds:g} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="162"/>
        <source>{host} answered HTTP {status} without saying where to.</source>
        <translation>{host} antwortete mit HTTP {status}, ohne zu sagen, wohin.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="170"/>
        <source>{host} redirected to {target}, which is not followed (not a safe web address for this request).</source>
        <translation>{host} leitete nach {target} weiter; dem wird nicht gefolgt (keine sichere Webadresse für diese Anfrage).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="178"/>
        <source>{host} redirected more than {n} times: stopped.</source>
        <translation>{host} leitete mehr als {n}-mal weiter: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="183"/>
        <source>The server sent more than the {size} bytes announced for {file}: stopped; what arrived was discarded.</source>
        <translation>Der Server schickte mehr als die für {file} angekündigten {size} Bytes: abgebrochen; das Empfangene wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="115"/>
        <source>The CLMS service refused the access request: {reason}. Check that this computer&apos;s clock and time zone are right, then try again.</source>
        <translation>Der CLMS-Dienst hat die Zugriffsanfrage abgelehnt: {reason}. Prüfen Sie, ob Uhrzeit und Zeitzone dieses Computers stimmen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="118"/>
        <source>The CLMS service refused the service key (HTTP {status}{reason}): it may be expired or revoked. Create a new key in your land.copernicus.eu profile and import it in the Settings.</source>
        <translation>Der CLMS-Dienst hat den Dienstschlüssel abgelehnt (HTTP {status}{reason}): Er ist vielleicht abgelaufen oder widerrufen. Erstellen Sie in Ihrem Profil auf land.copernicus.eu einen neuen Schlüssel und importieren Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="122"/>
        <source>The CLMS queued the request for {dataset} without a task id yet (as for datasets from the Copernicus Data Space Ecosystem); looking for it in your requests.</source>
        <translation>Der CLMS hat den Auftrag für {dataset} noch ohne Auftragskennung eingereiht (wie bei Datensätzen aus dem Copernicus Data Space Ecosystem); er wird in Ihren Aufträgen gesucht.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="131"/>
        <source>The CLMS accepted the request for {dataset} but has not listed it yet: it will appear in your requests (CLMS panel ▸ Refresh).</source>
        <translation>Der CLMS hat den Auftrag für {dataset} angenommen, aber noch nicht aufgeführt: Er erscheint in Ihren Aufträgen (CLMS-Bedienfeld ▸ Aktualisieren).</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="252"/>
        <source>Download of {dataset} requested. The CLMS queues it (it gives the task id later, as for datasets from the Copernicus Data Space Ecosystem); it lands in the project when ready.</source>
        <translation>Download von {dataset} angefordert. Der CLMS reiht ihn ein (die Auftragskennung folgt später, wie bei Datensätzen aus dem Copernicus Data Space Ecosystem); er landet im Projekt, sobald er fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="159"/>
        <source>The CLMS has not given this request a task id yet: it can be cancelled once it has one (Refresh).</source>
        <translation>Der CLMS hat diesem Auftrag noch keine Auftragskennung gegeben: Er kann abgebrochen werden, sobald er eine hat (Aktualisieren).</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="65"/>
        <source>{dataset} (stored as {stored}) can be downloaded as {allowed}, not as {chosen}.</source>
        <translation>{dataset} (gespeichert als {stored}) kann als {allowed} heruntergeladen werden, nicht als {chosen}.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="258"/>
        <source>The CLMS does not know the request {id} (any more) under your account: remove it from the list.</source>
        <translation>Der CLMS kennt den Auftrag {id} unter Ihrem Konto (nicht mehr): Entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>CLMS service key</source>
        <translation>CLMS-Dienstschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is kept in QGIS&apos;s authentication database.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist in der Authentifizierungsdatenbank von QGIS gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="288"/>
        <source>Reading the CLMS catalogue&apos;s filters</source>
        <translation>Filter des CLMS-Katalogs werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="77"/>
        <source>Clear reference</source>
        <translation>Referenz aufheben</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="78"/>
        <source>Every series is shown relative to {pid}; press to show them as they are</source>
        <translation>Alle Reihen werden relativ zu {pid} gezeigt; drücken, um sie unverändert zu zeigen</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="125"/>
        <source>No connection to the CLMS service, which gives the access token of your service key (downloads and EGMS searches need it): {reason} Check the internet connection or QGIS&apos;s proxy settings (Settings &gt; Options &gt; Network).</source>
        <translation>Keine Verbindung zum CLMS-Dienst, der das Zugriffstoken Ihres Dienstschlüssels ausgibt (Downloads und EGMS-Suchen brauchen es): {reason} Prüfen Sie die Internetverbindung oder die Proxy-Einstellungen von QGIS (Einstellungen &gt; Optionen &gt; Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="58"/>
        <source>Nothing new to import: the {n} files are already in {layers} in {gpkg}; the layers are shown as they are.</source>
        <translation>Nichts Neues zu importieren: Die {n} Dateien sind bereits in {layers} in {gpkg}; die Layer werden so gezeigt, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="55"/>
        <source>Dome</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="56"/>
        <source>Clay area</source>
        <translation>Tongebiet</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="56"/>
        <source>Stable reference</source>
        <translation>Stabile Referenz</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>The three layers are styled by mean velocity: red moves away from the satellite (down), blue towards it (up). The &lt;b&gt;workshop places&lt;/b&gt; layer names the town, the dome, the clay area and a stable reference. &lt;b&gt;egms_l3_u&lt;/b&gt; is vertical motion: the graben through Grindavík subsides (red), the dome 4.5 km north rises (blue). Untick &lt;b&gt;egms_l2b_2020_2024&lt;/b&gt; and &lt;b&gt;egms_l3_e_2020_2024&lt;/b&gt; in the Layers panel to see it alone.</source>
        <translation>Die drei Layer sind nach mittlerer Geschwindigkeit gestaltet: Rot bewegt sich vom Satelliten weg (nach unten), Blau auf ihn zu (nach oben). Der Layer &lt;b&gt;Workshop-Orte&lt;/b&gt; benennt den Ort, den Dom, das Tongebiet und eine stabile Referenz. &lt;b&gt;egms_l3_u&lt;/b&gt; ist die Vertikalbewegung: Der Graben durch Grindavík sinkt ab (rot), der Dom 4,5 km nördlich hebt sich (blau). Entfernen Sie im Layer-Bedienfeld die Haken bei &lt;b&gt;egms_l2b_2020_2024&lt;/b&gt; und &lt;b&gt;egms_l3_e_2020_2024&lt;/b&gt;, um ihn allein zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>In &lt;i&gt;Filter points by velocity&lt;/i&gt; below, choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt;, type &lt;b&gt;-10&lt;/b&gt; in &lt;i&gt;Velocity at most&lt;/i&gt; and &lt;i&gt;Apply&lt;/i&gt;: of that layer, only the graben&apos;s points stay (the count says how many). &lt;i&gt;Reset&lt;/i&gt; brings every point back.</source>
        <translation>Wählen Sie unten unter &lt;i&gt;Punkte nach Geschwindigkeit filtern&lt;/i&gt; den Layer &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt;, geben Sie &lt;b&gt;-10&lt;/b&gt; bei &lt;i&gt;Geschwindigkeit höchstens&lt;/i&gt; ein und klicken Sie &lt;i&gt;Anwenden&lt;/i&gt;: Von diesem Layer bleiben nur die Punkte des Grabens (die Zählung sagt, wie viele). &lt;i&gt;Zurücksetzen&lt;/i&gt; holt alle Punkte zurück.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="30"/>
        <source>Set &lt;i&gt;Style range ±&lt;/i&gt; to 30 and press &lt;i&gt;Style layer&lt;/i&gt;; then choose each of the other two layers in &lt;i&gt;Layer&lt;/i&gt; and press it again: the same classes on every layer make them comparable.</source>
        <translation>Setzen Sie &lt;i&gt;Stilbereich ±&lt;/i&gt; auf 30 und klicken Sie &lt;i&gt;Layer gestalten&lt;/i&gt;; wählen Sie dann nacheinander die beiden anderen Layer unter &lt;i&gt;Layer&lt;/i&gt; und klicken Sie erneut: Dieselben Klassen auf jedem Layer machen sie vergleichbar.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="72"/>
        <source>Click a point at &lt;i&gt;Stable reference&lt;/i&gt; and press &lt;i&gt;Use as reference&lt;/i&gt;: every series becomes relative to it, as geodesists compare benchmarks.</source>
        <translation>Klicken Sie einen Punkt bei &lt;i&gt;Stabile Referenz&lt;/i&gt; und dann &lt;i&gt;Als Referenz verwenden&lt;/i&gt;: Jede Zeitreihe wird relativ zu ihm, so wie Geodäten Festpunkte vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="145"/>
        <source>workshop places</source>
        <translation>Workshop-Orte</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="166"/>
        <source>{function}: {error}</source>
        <translation>{function}: {error}</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="227"/>
        <source>{function}: the end date must come after the start date.</source>
        <translation>{function}: Das Enddatum muss nach dem Anfangsdatum liegen.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>On an EGMS layer (imported by the plugin, or the CSV as delimited text, or a Shapefile with D+date fields). NULL on another layer or for a point without values. Dates as &apos;YYYY-MM-DD&apos; or dates.</source>
        <translation>Auf einem EGMS-Layer (vom Plugin importiert, die CSV als Textdatei oder ein Shapefile mit D+Datum-Feldern). NULL auf anderen Layern und für Punkte ohne Werte. Datumsangaben als 'JJJJ-MM-TT' oder als Datum.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="263"/>
        <source>a date (&apos;YYYY-MM-DD&apos;, or a date value)</source>
        <translation>ein Datum ('JJJJ-MM-TT' oder ein Datumswert)</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="265"/>
        <source>Cumulative displacement (mm) of the point at the acquisition nearest the date, relative to the first acquisition of its series.</source>
        <translation>Kumulierte Verschiebung (mm) des Punkts bei der Aufnahme, die dem Datum am nächsten liegt, bezogen auf die erste Aufnahme seiner Zeitreihe.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="269"/>
        <source>Displacement (mm) from the acquisition nearest the start date to the one nearest the end date.</source>
        <translation>Verschiebung (mm) von der Aufnahme, die dem Anfangsdatum am nächsten liegt, bis zu der, die dem Enddatum am nächsten liegt.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="273"/>
        <source>Velocity (mm/year) of a least-squares line through the point&apos;s values between the two dates; NULL with fewer than two values in the period.</source>
        <translation>Geschwindigkeit (mm/Jahr) einer Ausgleichsgeraden durch die Werte des Punkts zwischen den beiden Daten; NULL bei weniger als zwei Werten im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="277"/>
        <source>The step of an event (mm): mean displacement over the days after the date minus the mean over the days before it (an acquisition on the date itself counts in neither).</source>
        <translation>Der Sprung eines Ereignisses (mm): mittlere Verschiebung in den Tagen nach dem Datum minus dem Mittel in den Tagen davor (eine Aufnahme am Datum selbst zählt zu keiner Seite).</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="277"/>
        <source>the window on each side, in days (60 if left out)</source>
        <translation>das Fenster auf jeder Seite in Tagen (60, wenn weggelassen)</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="296"/>
        <source>How many acquisitions of the point&apos;s series have a value.</source>
        <translation>Wie viele Aufnahmen der Zeitreihe des Punkts einen Wert haben.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="84"/>
        <source>Plot time series</source>
        <translation>Zeitreihe darstellen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="85"/>
        <source>Add to time-series plot</source>
        <translation>Zum Zeitreihendiagramm hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="86"/>
        <source>Use as reference point</source>
        <translation>Als Referenzpunkt verwenden</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="87"/>
        <source>Export time series (CSV)…</source>
        <translation>Zeitreihen exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="159"/>
        <source>Export time series</source>
        <translation>Zeitreihen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="171"/>
        <source>None of these points has a displacement series.</source>
        <translation>Keiner dieser Punkte hat eine Verschiebungszeitreihe.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="178"/>
        <source>{points} series ({rows} values) saved to {path}.</source>
        <translation>{points} Zeitreihen ({rows} Werte) in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="181"/>
        <source>Export {n} time series</source>
        <translation>{n} Zeitreihen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="185"/>
        <source>{layer} has no displacement series for point {pid}.</source>
        <translation>{layer} hat keine Verschiebungszeitreihe für Punkt {pid}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="26"/>
        <source>For each EGMS point, fits d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) to its displacement series over the chosen period (the whole series by default) and adds fit_vel (velocity, mm/year), fit_acc (acceleration, mm/year²), fit_season (seasonal amplitude, mm), fit_rmse (residual RMSE, mm) and fit_n (values used). With an event date (an earthquake, a dike intrusion), a step at that date is fitted too and written as fit_step_mm (mm), so that it can be mapped. Points with fewer than 6 values in the period get empty fields. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation>Passt für jeden EGMS-Punkt d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) an seine Verschiebungszeitreihe im gewählten Zeitraum an (standardmäßig die ganze Zeitreihe) und fügt fit_vel (Geschwindigkeit, mm/Jahr), fit_acc (Beschleunigung, mm/Jahr²), fit_season (saisonale Amplitude, mm), fit_rmse (Residuen-RMSE, mm) und fit_n (verwendete Werte) hinzu. Mit einem Ereignisdatum (ein Erdbeben, eine Gangintrusion) wird auch ein Sprung an diesem Datum angepasst und als fit_step_mm (mm) geschrieben, damit er kartiert werden kann. Punkte mit weniger als 6 Werten im Zeitraum erhalten leere Felder. Funktioniert mit importierten Layern und mit der als Textdatei geladenen CSV.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="43"/>
        <source>Event date</source>
        <translation>Ereignisdatum</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="43"/>
        <source>Optional: the day of a sudden event; its step is fitted with the trend and written as fit_step_mm (the acquisitions after that day against those up to it).</source>
        <translation>Optional: der Tag eines plötzlichen Ereignisses; sein Sprung wird mit dem Trend angepasst und als fit_step_mm geschrieben (die Aufnahmen nach diesem Tag gegen die bis dahin).</translation>
    </message>
    <message>
        <location filename="../ui/animation.py" line="36"/>
        <source>{layer} is not an EGMS layer: it holds no displacement series.</source>
        <translation>{layer} ist kein EGMS-Layer: er enthält keine Verschiebungszeitreihen.</translation>
    </message>
    <message>
        <location filename="../ui/animation.py" line="55"/>
        <source>{layer} holds no points with a displacement series.</source>
        <translation>{layer} enthält keine Punkte mit Verschiebungszeitreihe.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="98"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="98"/>
        <source>mm/year</source>
        <translation>mm/Jahr</translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="58"/>
        <source>&lt; {v:g} {unit}</source>
        <translation>&lt; {v:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="60"/>
        <source>&gt; {v:g} {unit}</source>
        <translation>&gt; {v:g} {unit}</translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="62"/>
        <source>{a:g} to {b:g} {unit}</source>
        <translation>{a:g} bis {b:g} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="77"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="80"/>
        <source>A synthetic, Grindavík-like case in the real EGMS 2020-2024 format: a subsiding graben that drops suddenly on 10 November 2023, an uplift dome beside it, a seasonal clay area and a noisy, stable background. Nothing comes from the network.</source>
        <translation>Ein synthetischer, Grindavík-ähnlicher Fall im echten EGMS-Format 2020-2024: ein sinkender Graben, der am 10. November 2023 plötzlich absackt, eine Hebungskuppel daneben, ein saisonaler Tonbereich und ein verrauschter, stabiler Hintergrund. Nichts kommt aus dem Netz.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="124"/>
        <source>Choose an EGMS layer to animate.</source>
        <translation>Wählen Sie einen EGMS-Layer zum Animieren.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="78"/>
        <source>Fit a sudden step at the event&apos;s date with the trend (an earthquake, a dike intrusion): its size is shown in the legend</source>
        <translation>Einen plötzlichen Sprung am Ereignisdatum mit dem Trend anpassen (ein Erdbeben, eine Gangintrusion): seine Größe steht in der Legende</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="83"/>
        <source>The event&apos;s day: the acquisitions after it against those up to it</source>
        <translation>Der Tag des Ereignisses: die Aufnahmen danach gegen die bis dahin</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="291"/>
        <source>event {date}</source>
        <translation>Ereignis {date}</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="43"/>
        <source>Profile of EGMS points along a line</source>
        <translation>Profil von EGMS-Punkten entlang einer Linie</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="62"/>
        <source>Corridor width</source>
        <translation>Korridorbreite</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="62"/>
        <source>The whole width of the corridor around the line (half of it on each side).</source>
        <translation>Die ganze Breite des Korridors um die Linie (die Hälfte auf jeder Seite).</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="65"/>
        <source>Optional, with the other date: disp_mm between the acquisitions nearest the two dates.</source>
        <translation>Optional, mit dem anderen Datum: disp_mm zwischen den Aufnahmen, die den beiden Daten am nächsten liegen.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="84"/>
        <source>Profile points</source>
        <translation>Profilpunkte</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="94"/>
        <source>Give both dates, the start before the end, or neither.</source>
        <translation>Geben Sie beide Daten an, den Anfang vor dem Ende, oder keines.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="112"/>
        <source>The line layer has no line.</source>
        <translation>Der Linienlayer enthält keine Linie.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="177"/>
        <source>The profile line needs two distinct vertices.</source>
        <translation>Die Profillinie braucht zwei verschiedene Stützpunkte.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="41"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="42"/>
        <source>Draw a line on the map (clicks; a right click ends it): the active layer&apos;s points within the corridor, plotted against the distance along the line</source>
        <translation>Eine Linie auf der Karte zeichnen (Klicks; ein Rechtsklick beendet sie): die Punkte des aktiven Layers im Korridor, gegen die Entfernung entlang der Linie dargestellt</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="50"/>
        <source>The corridor&apos;s whole width around the profile line</source>
        <translation>Die ganze Breite des Korridors um die Profillinie</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="90"/>
        <source>mean velocity</source>
        <translation>mittlere Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="281"/>
        <source>Distance along the line (m)</source>
        <translation>Entfernung entlang der Linie (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="153"/>
        <source>Velocity (mm/year)</source>
        <translation>Geschwindigkeit (mm/Jahr)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="121"/>
        <source>Profile of {layer}: {n} points</source>
        <translation>Profil von {layer}: {n} Punkte</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="90"/>
        <source>step on {date} (mm)</source>
        <translation>Sprung am {date} (mm)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="124"/>
        <source>Step (mm)</source>
        <translation>Sprung (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="363"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="366"/>
        <source>Profile saved to {path}.</source>
        <translation>Profil in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="43"/>
        <source>Animate</source>
        <translation>Animieren</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="43"/>
        <source>Choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; in &lt;i&gt;Layer&lt;/i&gt; below and press &lt;i&gt;Animate displacement&lt;/i&gt;: press play in QGIS&apos;s &lt;i&gt;Temporal Controller&lt;/i&gt; panel and watch five years of slow sinking, then the sudden drop of November 2023; its save button exports the frames.</source>
        <translation>Wählen Sie unten &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; unter &lt;i&gt;Layer&lt;/i&gt; und drücken Sie &lt;i&gt;Verschiebung animieren&lt;/i&gt;: drücken Sie Abspielen im Bedienfeld &lt;i&gt;Zeitsteuerung&lt;/i&gt; von QGIS und sehen Sie fünf Jahre langsamen Absinkens, dann den plötzlichen Absturz vom November 2023; seine Speichern-Schaltfläche exportiert die Bilder.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="48"/>
        <source>The layer</source>
        <translation>Der Layer</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="226"/>
        <source>{file} could not be saved in {folder}: {reason}. The downloads after it were not started.</source>
        <translation>{file} konnte nicht in {folder} gespeichert werden: {reason}. Die folgenden Downloads wurden nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="48"/>
        <source>The CLMS could not prepare {dataset} (request {id}, {status}): {message}</source>
        <translation>Das CLMS konnte {dataset} nicht bereitstellen (Anfrage {id}, {status}): {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="58"/>
        <source>The CLMS gave no download link for request {id}.</source>
        <translation>Das CLMS hat für die Anfrage {id} keinen Download-Link geliefert.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="74"/>
        <source>The CLMS delivers {dataset} in {allowed}, not in {crs}: choose one of them.</source>
        <translation>Das CLMS liefert {dataset} in {allowed}, nicht in {crs}: wählen Sie eine davon.</translation>
    </message>
    <message>
        <location filename="../core/clms/catalogue.py" line="183"/>
        <source>{dataset} has no collection “{choice}”: choose one of {choices} (or its number, from 0).</source>
        <translation>{dataset} hat keine Sammlung „{choice}“: wählen Sie eine von {choices} (oder ihre Nummer, ab 0).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="42"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="42"/>
        <source>Which of the dataset&apos;s collections to cut (CORINE Land Cover 2018 has its vector GDB and its raster; imperviousness 20 m and 100 m): its number from 0, or its name, resolution or label as the CLMS panel lists them; empty: the first.</source>
        <translation>Welche Sammlung des Datensatzes zugeschnitten wird (CORINE Land Cover 2018 hat seine Vektor-GDB und sein Raster, die Versiegelung 20 m und 100 m): ihre Nummer ab 0 oder ihr Name, ihre Auflösung oder ihre Bezeichnung, wie das CLMS-Bedienfeld sie auflistet; leer: die erste.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="48"/>
        <source>Geotiff, GPKG, Shapefile, Geojson, Netcdf…; empty: the collection's own format.</source>
        <translation>Geotiff, GPKG, Shapefile, Geojson, Netcdf…; leer: das eigene Format der Sammlung.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="50"/>
        <source>The projection of the result: {crs}, or another the CLMS offers for the dataset (some datasets also come in UTM zones); the first is the default.</source>
        <translation>Die Projektion des Ergebnisses: {crs} oder eine andere, die das CLMS für den Datensatz anbietet (manche Datensätze gibt es auch in UTM-Zonen); die erste ist voreingestellt.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="88"/>
        <source>Collection: {collection}</source>
        <translation>Sammlung: {collection}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="191"/>
        <source>Reading the projections of {dataset}</source>
        <translation>Projektionen von {dataset} werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="317"/>
        <source>by area, {n} collections</source>
        <translation>nach Gebiet, {n} Sammlungen</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="47"/>
        <source>{function}: {value} is not a date; write it as &apos;YYYY-MM-DD&apos; or use to_date().</source>
        <translation>{function}: {value} ist kein Datum; schreiben Sie es als 'JJJJ-MM-TT' oder verwenden Sie to_date().</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="67"/>
        <source>{function}: the window must be a number of days from 1 to {most} (got {value}).</source>
        <translation>{function}: das Fenster muss eine Zahl von Tagen zwischen 1 und {most} sein (erhalten: {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="142"/>
        <source>Feature ({id}) of “{layer}” has an invalid geometry ({why}): fix it (Vector geometry ▸ Fix geometries), or let Processing skip or ignore invalid features (Settings ▸ Options ▸ Processing ▸ Invalid features filtering).</source>
        <translation>Objekt ({id}) von „{layer}“ hat eine ungültige Geometrie ({why}): reparieren Sie sie (Vektorgeometrie ▸ Geometrien reparieren) oder lassen Sie die Verarbeitung ungültige Objekte überspringen oder ignorieren (Einstellungen ▸ Optionen ▸ Verarbeitung ▸ Filterung ungültiger Objekte).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="153"/>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="34"/>
        <source>{file}: {member} is encrypted: not read.</source>
        <translation>{file}: {member} ist verschlüsselt: nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="35"/>
        <source>{file}: {member} is compressed in a way EGMS and CLMS files never are (method {n}): not read.</source>
        <translation>{file}: {member} ist auf eine Weise komprimiert, wie es EGMS- und CLMS-Dateien nie sind (Methode {n}): nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="37"/>
        <source>{file}: {member} claims to unpack to {size} from {packed} bytes, more than any real file does: refused as a zip bomb.</source>
        <translation>{file}: {member} gibt an, aus {packed} Bytes auf {size} zu entpacken, mehr als jede echte Datei: als Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="39"/>
        <source>{file} would unpack to {size}, more than {most} (the most the plugin unpacks, or the free space on the disk): not unpacked.</source>
        <translation>{file} würde auf {size} entpacken, mehr als {most} (das Höchste, was das Plugin entpackt, oder der freie Platz auf dem Datenträger): nicht entpackt.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="121"/>
        <source>{host} answered in an encoding the plugin does not read ({encoding}).</source>
        <translation>{host} antwortete in einer Kodierung, die das Plugin nicht liest ({encoding}).</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="136"/>
        <source>{host} answered with more than {mb} MB: not read.</source>
        <translation>{host} antwortete mit mehr als {mb} MB: nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="122"/>
        <source>{host} sent almost nothing for {seconds:g} s: stopped.</source>
        <translation>{host} hat {seconds:g} s lang fast nichts gesendet: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="127"/>
        <source>{host} did not finish answering within {seconds:g} s: stopped.</source>
        <translation>{host} hat die Antwort nicht innerhalb von {seconds:g} s beendet: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="92"/>
        <source>{n} more data files of {dataset} were not added to the project (at most {most} are): they are in {folder}.</source>
        <translation>{n} weitere Datendateien von {dataset} wurden nicht zum Projekt hinzugefügt (höchstens {most} werden es): sie liegen in {folder}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="57"/>
        <source>“{schema}” is one of PostgreSQL's own schemas: import into a schema of yours (public, or one you create).</source>
        <translation>„{schema}“ ist eines der eigenen Schemas von PostgreSQL: importieren Sie in ein eigenes Schema (public oder eines, das Sie anlegen).</translation>
    </message>
    <message>
        <location filename="../core/egms/filtering.py" line="19"/>
        <source>The threshold {name} is {value}, not a number: give a number or leave it empty.</source>
        <translation>Der Schwellenwert {name} ist {value}, keine Zahl: geben Sie eine Zahl an oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/connection.py" line="29"/>
        <source>{gpkg} is being written by an import: try again when it finishes.</source>
        <translation>{gpkg} wird gerade von einem Import geschrieben: versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="31"/>
        <source>The store is damaged: {what}. Import the files again into a new GeoPackage or schema.</source>
        <translation>Der Speicher ist beschädigt: {what}. Importieren Sie die Dateien erneut in ein neues GeoPackage oder Schema.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="43"/>
        <source>the dates of a source are not dates ({text})</source>
        <translation>die Daten einer Quelle sind keine Daten ({text})</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="50"/>
        <source>a series of {size} bytes cannot hold {n} dates</source>
        <translation>eine Zeitreihe von {size} Bytes kann keine {n} Daten enthalten</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="81"/>
        <source>a series names source {id}, which is not listed</source>
        <translation>eine Zeitreihe nennt die Quelle {id}, die nicht verzeichnet ist</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="64"/>
        <source>No point passed inside the area: check that it covers the points (and the thresholds).</source>
        <translation>Kein Punkt im Gebiet hat den Filter passiert: prüfen Sie, ob es die Punkte abdeckt (und die Schwellenwerte).</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="27"/>
        <source>The area cannot be expressed in {crs}: draw it within Europe.</source>
        <translation>Das Gebiet lässt sich nicht in {crs} ausdrücken: zeichnen Sie es innerhalb Europas.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="68"/>
        <source>{layer} is not a {kind} layer: choose one for “{parameter}”.</source>
        <translation>{layer} ist kein {kind}layer: wählen Sie einen für „{parameter}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>line</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="37"/>
        <source>vertical (L3 up)</source>
        <translation>vertikal (L3 Up)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="39"/>
        <source>east-west (L3 east)</source>
        <translation>Ost-West (L3 East)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="42"/>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="42"/>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="44"/>
        <source>track {track}, {direction}</source>
        <translation>Spur {track}, {direction}</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="50"/>
        <source>Line-of-sight displacement (mm)</source>
        <translation>Verschiebung in Sichtlinie (mm)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="50"/>
        <source>Vertical displacement (mm)</source>
        <translation>Vertikale Verschiebung (mm)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="51"/>
        <source>East-west displacement (mm)</source>
        <translation>Ost-West-Verschiebung (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="116"/>
        <source>The selection mixes {n} viewing geometries: one mean for each, never one of them all.</source>
        <translation>Die Auswahl mischt {n} Aufnahmegeometrien: ein Mittel für jede, nie eines über alle.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="302"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="311"/>
        <source>several viewing geometries</source>
        <translation>mehrere Aufnahmegeometrien</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="24"/>
        <source>{pid} is seen from {geometry}, the reference {ref} from {other}: line-of-sight values of different geometries cannot be subtracted. Pick a reference of the same track and direction (or component).</source>
        <translation>{pid} wird aus {geometry} gesehen, die Referenz {ref} aus {other}: Werte in Sichtlinie verschiedener Geometrien lassen sich nicht voneinander abziehen. Wählen Sie eine Referenz derselben Spur und Richtung (oder Komponente).</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="22"/>
        <source>{model} fit: v {v} mm/yr</source>
        <translation>Anpassung ({model}): v {v} mm/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="24"/>
        <source>, a {a} mm/yr²</source>
        <translation>, a {a} mm/Jahr²</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="26"/>
        <source>, seasonal {s} mm</source>
        <translation>, saisonal {s} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="28"/>
        <source>, step {s} mm on {date}</source>
        <translation>, Sprung {s} mm am {date}</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="29"/>
        <source>, RMSE {r} mm</source>
        <translation>, RMSE {r} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="41"/>
        <source>v {v}{std} mm/yr</source>
        <translation>v {v}{std} mm/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>a {value} mm/yr²</source>
        <translation>a {value} mm/Jahr²</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>seasonal {value} mm</source>
        <translation>saisonal {value} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>coherence {value}</source>
        <translation>Kohärenz {value}</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>height {value} m</source>
        <translation>Höhe {value} m</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="224"/>
        <source>{n} points of {layer} in the {w} m wide corridor; click one in the plot for its series.</source>
        <translation>{n} Punkte von {layer} im {w} m breiten Korridor; klicken Sie einen im Diagramm für seine Zeitreihe an.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="88"/>
        <source>Plot the selected points&apos; time series</source>
        <translation>Zeitreihen der ausgewählten Punkte darstellen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="90"/>
        <source>Add the selected points to the time-series plot</source>
        <translation>Ausgewählte Punkte zum Zeitreihen-Diagramm hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="92"/>
        <source>Export the selected points' time series (CSV)…</source>
        <translation>Zeitreihen der ausgewählten Punkte exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="46"/>
        <source>v {v}{std} mm/yr relative</source>
        <translation>v {v}{std} mm/Jahr relativ</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="286"/>
        <source>{pid}: the reference (0 by definition)</source>
        <translation>{pid}: der Referenzpunkt (definitionsgemäß 0)</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="136"/>
        <source>Press play in the Temporal Controller panel. {layer}: displacement from {first} to {last} (±{limit:g} mm), one frame every {step} days.</source>
        <translation>Drücken Sie Abspielen im Bedienfeld Zeitsteuerung. {layer}: Verschiebung von {first} bis {last} (±{limit:g} mm), ein Bild alle {step} Tage.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Into a new field: give it the type &lt;i&gt;{type}&lt;/i&gt; in the field calculator (it proposes a whole number, which would drop the decimals).</source>
        <translation>In ein neues Feld: wählen Sie im Feldrechner den Typ &lt;i&gt;{type}&lt;/i&gt; (er schlägt eine Ganzzahl vor, die die Nachkommastellen abschneiden würde).</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="37"/>
        <source>On 10 November 2023 a dike intrusion dropped the graben suddenly: the axis point&apos;s series steps down by about 250 mm. Tick &lt;i&gt;Event&lt;/i&gt; (2023-11-10) in the plot: the step is fitted with the trend and its size shown. To map it: Processing &lt;i&gt;Fit trends to EGMS time series&lt;/i&gt; on &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; with &lt;i&gt;Event date&lt;/i&gt; 2023-11-10 writes &lt;b&gt;fit_step_mm&lt;/b&gt;; or the field calculator with &lt;b&gt;egms_step(&apos;2023-11-10&apos;, 30)&lt;/b&gt; into a new field of type &lt;i&gt;{type}&lt;/i&gt;.</source>
        <translation>Am 10. November 2023 ließ eine Gangintrusion den Graben plötzlich absinken: die Zeitreihe des Achsenpunkts springt um etwa 250 mm nach unten. Haken Sie im Diagramm &lt;i&gt;Ereignis&lt;/i&gt; (2023-11-10) an: der Sprung wird mit dem Trend angepasst und seine Größe angezeigt. Zum Kartieren: der Verarbeitungsalgorithmus &lt;i&gt;Trends an EGMS-Zeitreihen anpassen&lt;/i&gt; auf &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; mit &lt;i&gt;Ereignisdatum&lt;/i&gt; 2023-11-10 schreibt &lt;b&gt;fit_step_mm&lt;/b&gt;; oder der Feldrechner mit &lt;b&gt;egms_step('2023-11-10', 30)&lt;/b&gt; in ein neues Feld vom Typ &lt;i&gt;{type}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="162"/>
        <source>Cut to the area below, in the format and projection chosen.</source>
        <translation>Auf das Gebiet unten zugeschnitten, im gewählten Format und in der gewählten Projektion.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="164"/>
        <source>Pre-packaged file {name}, downloaded whole.</source>
        <translation>Vorgefertigte Datei {name}, ganz heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="33"/>
        <source>Press &lt;i&gt;Plot time series…&lt;/i&gt; below, zoom in on the graben near Grindavík until single points show, then click a dark red point on its axis: about −35 mm/year (its flanks subside less). Tick &lt;i&gt;Keep previous&lt;/i&gt; and click a blue point at &lt;i&gt;Dome&lt;/i&gt; to compare.</source>
        <translation>Klicken Sie unten auf &lt;i&gt;Zeitreihen darstellen…&lt;/i&gt;, zoomen Sie beim Ort Grindavík auf den Graben, bis einzelne Punkte zu sehen sind, und klicken Sie einen dunkelroten Punkt auf seiner Achse: etwa −35 mm/Jahr (seine Flanken sinken weniger). Haken Sie &lt;i&gt;Vorherige behalten&lt;/i&gt; an und klicken Sie zum Vergleich einen blauen Punkt bei &lt;i&gt;Dom&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="70"/>
        <source>Click a point at &lt;i&gt;Clay area&lt;/i&gt; and fit &lt;i&gt;Linear + seasonal&lt;/i&gt;: an annual swing of about 6 mm on top of a stable trend.</source>
        <translation>Klicken Sie einen Punkt bei &lt;i&gt;Tongebiet&lt;/i&gt; und passen Sie &lt;i&gt;Linear + saisonal&lt;/i&gt; an: ein jährliches Schwanken von etwa 6 mm über einem stabilen Trend.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="82"/>
        <source>The CLMS service key is damaged: its private key cannot sign ({error}). Download the key again from your land.copernicus.eu profile (API tokens).</source>
        <translation>Der CLMS-Dienstschlüssel ist beschädigt: Sein privater Schlüssel kann nicht signieren ({error}). Laden Sie den Schlüssel erneut aus Ihrem land.copernicus.eu-Profil herunter (API-Token).</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="21"/>
        <source>The time-series plot</source>
        <translation>Das Zeitreihen-Diagramm</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="21"/>
        <source>PostGIS</source>
        <translation>PostGIS</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="32"/>
        <source>{what} needs the Python package {module}{detail}, which this QGIS lacks. Install it for QGIS&apos;s Python (Debian/Ubuntu: {package}; Windows: {package} in the OSGeo4W installer) and restart QGIS.</source>
        <translation>{what} braucht das Python-Paket {module}{detail}, das in diesem QGIS fehlt. Installieren Sie es für das Python von QGIS (Debian/Ubuntu: {package}; Windows: {package} im OSGeo4W-Installer) und starten Sie QGIS neu.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="88"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="89"/>
        <source>Open the user guide at the plot (shipped with the plugin: it opens without internet)</source>
        <translation>Das Benutzerhandbuch beim Diagramm öffnen (mit dem Plugin geliefert: es öffnet sich ohne Internet)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>CLMS &amp;&amp; EGMS user guide</source>
        <translation>CLMS &amp;&amp; EGMS Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="55"/>
        <source>Velocity at least</source>
        <translation>Geschwindigkeit mindestens</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="55"/>
        <source>Keep points moving at least this fast towards the satellite (or up); negative values are away from it (or down).</source>
        <translation>Punkte behalten, die sich mindestens so schnell auf den Satelliten zu (oder nach oben) bewegen; negative Werte heißen vom Satelliten weg (oder nach unten).</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="58"/>
        <source>Velocity at most</source>
        <translation>Geschwindigkeit höchstens</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="58"/>
        <source>Keep points whose mean velocity is at most this, e.g. -2 for points subsiding faster than 2 mm/year.</source>
        <translation>Punkte behalten, deren mittlere Geschwindigkeit höchstens so groß ist, z. B. -2 für Punkte, die schneller als 2 mm/Jahr absinken.</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="61"/>
        <source>|Velocity| at least</source>
        <translation>|Geschwindigkeit| mindestens</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="61"/>
        <source>Keep points moving at least this fast in either direction.</source>
        <translation>Punkte behalten, die sich in einer der beiden Richtungen mindestens so schnell bewegen.</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="63"/>
        <source>Velocity std at most</source>
        <translation>Geschwindigkeits-Std. höchstens</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="63"/>
        <source>Keep points whose velocity is known at least this well (its standard deviation).</source>
        <translation>Punkte behalten, deren Geschwindigkeit mindestens so genau bekannt ist (ihre Standardabweichung).</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>Coherence at least</source>
        <translation>Kohärenz mindestens</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>0 to 1</source>
        <translation>0 bis 1</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>Keep points at least this coherent over time (temporal coherence: L2 products only).</source>
        <translation>Punkte behalten, die über die Zeit mindestens so kohärent sind (zeitliche Kohärenz: nur L2-Produkte).</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="195"/>
        <source>{function}: {value} is not an extent; give @map_extent.</source>
        <translation>{function}: {value} ist keine Ausdehnung; geben Sie @map_extent an.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="288"/>
        <source>The cumulative displacement (mm) at the acquisition nearest the date of the points inside the extent only, indexed by feature id: computed once per map drawn from the points in view, so that a frame of an animation stays fast on a layer of millions of points. Animate displacement styles layers with it.</source>
        <translation>Die kumulative Verschiebung (mm) bei der dem Datum nächsten Aufnahme, nur für die Punkte innerhalb der Ausdehnung, indiziert nach Objekt-ID: einmal je gezeichneter Karte aus den sichtbaren Punkten berechnet, damit ein Einzelbild einer Animation auch bei einem Layer mit Millionen Punkten schnell bleibt. „Verschiebung animieren“ stilisiert Layer damit.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="288"/>
        <source>the map&apos;s extent: @map_extent</source>
        <translation>die Ausdehnung der Karte: @map_extent</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="282"/>
        <source>Every point&apos;s cumulative displacement (mm) at the acquisition nearest the date, in an array at the index of its feature id: computed once for the whole layer when QGIS prepares the expression (once per map drawn), so that symbology over many points stays fast.</source>
        <translation>Die kumulierte Verschiebung (mm) jedes Punkts bei der Aufnahme, die dem Datum am nächsten liegt, in einem Array an der Stelle seiner Objekt-ID: einmal für den ganzen Layer berechnet, wenn QGIS den Ausdruck vorbereitet (einmal je gezeichneter Karte), damit die Symbolisierung vieler Punkte schnell bleibt.</translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="113"/>
        <source>cells of {side:g} m: median velocity</source>
        <translation>Zellen von {side:g} m: Median der Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="55"/>
        <source>No cell of {layer} under the click.</source>
        <translation>Keine Zelle von {layer} unter dem Klick.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="63"/>
        <source>Add {layer} of {gpkg} to the project to plot the points of its cells.</source>
        <translation>Fügen Sie {layer} aus {gpkg} dem Projekt hinzu, um die Punkte seiner Zellen darzustellen.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="46"/>
        <source>The EGMS points within a corridor along each line of the line layer (its selection, if ticked), sections A, B, … in the layer's order, each point with distance_m (along its line from the first vertex), offset_m (from the line, left positive), its mean velocity and, with two dates, disp_mm, the displacement between the acquisitions nearest them (across an event: its step). BINS: per bin of distance, the number of points and the median and 25th/75th percentiles of each quantity, for each viewing geometry apart (two tracks are never pooled). With a fault layer, FAULT_OFFSETS: where each fault crosses a section, the offset between its two sides (far minus near) and its standard uncertainty, from each side's median or a robust line on each side.</source>
        <translation>Die EGMS-Punkte in einem Korridor entlang jeder Linie des Linienlayers (seiner Auswahl, falls angehakt), Schnitte A, B, … in der Reihenfolge des Layers, jeder Punkt mit distance_m (entlang seiner Linie ab dem ersten Stützpunkt), offset_m (Abstand von der Linie, links positiv), seiner mittleren Geschwindigkeit und, mit zwei Daten, disp_mm, der Verschiebung zwischen den diesen Daten nächsten Aufnahmen (über ein Ereignis hinweg: sein Sprung). BINS: je Abschnitt der Distanz die Anzahl der Punkte sowie Median und 25./75. Perzentil jeder Größe, für jede Aufnahmegeometrie getrennt (zwei Spuren werden nie zusammengelegt). Mit einem Störungslayer FAULT_OFFSETS: wo eine Störung einen Schnitt kreuzt, der Versatz zwischen ihren beiden Seiten (fern minus nah) und seine Standardunsicherheit, aus dem Median jeder Seite oder einer robusten Geraden auf jeder Seite.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="59"/>
        <source>Profile lines</source>
        <translation>Profillinien</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="59"/>
        <source>Each line of this layer is a section: A, B, … in the layer's order.</source>
        <translation>Jede Linie dieses Layers ist ein Schnitt: A, B, … in der Reihenfolge des Layers.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="68"/>
        <source>Bin width (0: from the points&apos; density)</source>
        <translation>Abschnittsbreite (0: aus der Punktdichte)</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="71"/>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="71"/>
        <source>Optional: fault traces; where one crosses a section, the offset across it is measured.</source>
        <translation>Optional: Störungslinien; wo eine einen Schnitt kreuzt, wird der Versatz über sie gemessen.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="74"/>
        <source>Fault name field</source>
        <translation>Feld mit dem Störungsnamen</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="74"/>
        <source>Names the faults in FAULT_OFFSETS; without it, each fault&apos;s feature id.</source>
        <translation>Benennt die Störungen in FAULT_OFFSETS; ohne es die Objekt-ID jeder Störung.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="77"/>
        <source>Window on each side of a fault (0: five bins)</source>
        <translation>Fenster auf jeder Seite einer Störung (0: fünf Abschnitte)</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="77"/>
        <source>The points within this distance along the section on each side of a crossing measure it.</source>
        <translation>Die Punkte innerhalb dieser Distanz entlang des Schnitts auf jeder Seite einer Kreuzung messen sie.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>Offset from</source>
        <translation>Versatz aus</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>each side&apos;s median</source>
        <translation>dem Median jeder Seite</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>a robust line on each side, at the fault</source>
        <translation>einer robusten Geraden auf jeder Seite, an der Störung</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>The medians where the ground is level on each side; the lines where it tilts.</source>
        <translation>Die Mediane, wo der Boden auf jeder Seite eben ist; die Geraden, wo er sich neigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="84"/>
        <source>The points in the corridor with section, distance_m, offset_m, velocity and disp_mm.</source>
        <translation>Die Punkte im Korridor mit section, distance_m, offset_m, velocity und disp_mm.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="87"/>
        <source>Profile bins</source>
        <translation>Profilabschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="87"/>
        <source>A table: section, geometry, quantity, unit, distance_m (the bin&apos;s centre), n, median, q25, q75.</source>
        <translation>Eine Tabelle: section, geometry, quantity, unit, distance_m (die Mitte des Abschnitts), n, median, q25, q75.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="90"/>
        <source>Fault offsets</source>
        <translation>Störungsversätze</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="90"/>
        <source>A table: per crossing and geometry, section, fault, distance_m, quantity, unit, offset, uncertainty, n_before, n_after, method.</source>
        <translation>Eine Tabelle: je Kreuzung und Geometrie section, fault, distance_m, quantity, unit, offset, uncertainty, n_before, n_after, method.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="95"/>
        <source>Points in the corridors</source>
        <translation>Punkte in den Korridoren</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="161"/>
        <source>Section {s}: {n} points within {w:g} m of the line ({length:.0f} m long), bins of {b:g} m, {c} fault crossings.</source>
        <translation>Schnitt {s}: {n} Punkte innerhalb von {w:g} m um die Linie ({length:.0f} m lang), Abschnitte von {b:g} m, {c} Störungskreuzungen.</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="71"/>
        <source>Δ {v} ± {u} mm/yr</source>
        <translation>Δ {v} ± {u} mm/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="290"/>
        <source>too few points on a side</source>
        <translation>zu wenige Punkte auf einer Seite</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="291"/>
        <source>{fault} at {d} m: {value}</source>
        <translation>{fault} bei {d} m: {value}</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="34"/>
        <source>(density)</source>
        <translation>(Dichte)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="96"/>
        <source>(median, 25–75 %)</source>
        <translation>(Median, 25–75 %)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="62"/>
        <source>Section {a}–{a}′</source>
        <translation>Schnitt {a}–{a}′</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="200"/>
        <source>Δ: too few points</source>
        <translation>Δ: zu wenige Punkte</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="202"/>
        <source>{fault} at {d} m</source>
        <translation>{fault} bei {d} m</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="82"/>
        <source>The section plotted: each line drawn is the next, A–A′, B–B′, … on the map, kept with the project until Clear</source>
        <translation>Der dargestellte Schnitt: jede gezeichnete Linie ist der nächste, A–A′, B–B′, … auf der Karte, mit dem Projekt gespeichert bis „Leeren“</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="76"/>
        <source>Through time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="78"/>
        <source>The section&apos;s median displacement every six months and just before and after the event (when Event is ticked), one line a date: how a trough deepened</source>
        <translation>Die Median-Verschiebung des Schnitts alle sechs Monate und kurz vor und nach dem Ereignis (wenn Ereignis angehakt ist), eine Linie je Datum: wie sich eine Senke vertiefte</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="269"/>
        <source> (before the event)</source>
        <translation> (vor dem Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="271"/>
        <source> (after the event)</source>
        <translation> (nach dem Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="276"/>
        <source>unknown geometry</source>
        <translation>unbekannte Geometrie</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="285"/>
        <source>Median displacement through time: {layer}, {n} points</source>
        <translation>Median-Verschiebung im Zeitverlauf: {layer}, {n} Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="68"/>
        <source>The bins&apos; width along the section; 0 for about 20 points a bin, 20 to 200 bins.</source>
        <translation>Die Breite der Abschnitte entlang des Schnitts; 0 für etwa 20 Punkte je Abschnitt, 20 bis 200 Abschnitte.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="64"/>
        <source>A raster layer of elevations (a DEM; the CLMS offers one): the ground beneath the section, drawn on a second axis</source>
        <translation>Ein Rasterlayer mit Höhen (ein DGM; der CLMS bietet eines an): der Boden unter dem Schnitt, auf einer zweiten Achse gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="66"/>
        <source>Terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="183"/>
        <source>terrain (m)</source>
        <translation>Gelände (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="188"/>
        <source>Elevation (m)</source>
        <translation>Höhe (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="148"/>
        <source>{a}–{a}′: {n} points</source>
        <translation>{a}–{a}′: {n} Punkte</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="150"/>
        <source>Distance (m)</source>
        <translation>Entfernung (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="156"/>
        <source>Sections of {layer}</source>
        <translation>Schnitte von {layer}</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="147"/>
        <source>all side by side</source>
        <translation>alle nebeneinander</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="45"/>
        <source>north-western graben fault</source>
        <translation>nordwestliche Grabenstörung</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="45"/>
        <source>south-eastern graben fault</source>
        <translation>südöstliche Grabenstörung</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="53"/>
        <source>Choose &lt;b&gt;workshop faults&lt;/b&gt; in &lt;i&gt;Faults&lt;/i&gt; and tick &lt;i&gt;Event&lt;/i&gt;: each of the graben's bounding faults is marked where it crosses the section, with the offset of the event's step across it. The floor dropped 40 mm more than its shoulders, but near the faults the step also bends steeply: set &lt;i&gt;Offset from&lt;/i&gt; to &lt;i&gt;lines at the fault&lt;/i&gt; within &lt;b&gt;300 m&lt;/b&gt;, and each offset reads about 40 mm, ± its uncertainty (the medians of wide sides measure the bend as well). Press &lt;i&gt;Through time&lt;/i&gt;: the median displacement every six months and just before and after the event, the trough deepening, then its sudden drop. Draw a second line further along the graben: section B–B′; &lt;i&gt;all side by side&lt;/i&gt; in the section list compares the two.</source>
        <translation>Wählen Sie &lt;b&gt;Workshop-Störungen&lt;/b&gt; unter &lt;i&gt;Störungen&lt;/i&gt; und haken Sie &lt;i&gt;Ereignis&lt;/i&gt; an: jede der beiden Randstörungen des Grabens ist markiert, wo sie den Schnitt kreuzt, mit dem Versatz des Sprungs des Ereignisses über sie hinweg. Der Grabenboden sank 40 mm tiefer als seine Schultern, doch nahe den Störungen biegt sich der Sprung auch stark: stellen Sie &lt;i&gt;Versatz aus&lt;/i&gt; auf &lt;i&gt;Geraden an der Störung&lt;/i&gt; innerhalb &lt;b&gt;300 m&lt;/b&gt;, und jeder Versatz beträgt etwa 40 mm, ± seine Unsicherheit (die Mediane breiter Seiten messen die Biegung mit). Drücken Sie &lt;i&gt;Im Zeitverlauf&lt;/i&gt;: die Median-Verschiebung alle sechs Monate und kurz vor und nach dem Ereignis, die Senke vertieft sich, dann ihr plötzlicher Absturz. Zeichnen Sie eine zweite Linie weiter entlang des Grabens: Schnitt B–B′; &lt;i&gt;alle nebeneinander&lt;/i&gt; in der Schnittliste vergleicht die beiden.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="153"/>
        <source>workshop faults</source>
        <translation>Workshop-Störungen</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="71"/>
        <source>step Δ {v} ± {u} mm</source>
        <translation>Sprung Δ {v} ± {u} mm</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="68"/>
        <source>A line layer of fault traces: each crossing is marked on the profile, with the offset across it of the velocity, and of the event's step when Event is ticked (±: its standard uncertainty)</source>
        <translation>Ein Linienlayer mit Störungslinien: jede Kreuzung wird im Profil markiert, mit dem Versatz der Geschwindigkeit über sie hinweg und, wenn Ereignis angehakt ist, dem des Sprungs des Ereignisses (±: seine Standardunsicherheit)</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="117"/>
        <source>medians</source>
        <translation>Medianen</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="118"/>
        <source>lines at the fault</source>
        <translation>Geraden an der Störung</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="120"/>
        <source>A fault&apos;s offset from the median of each side (where the ground is level on each side), or from a robust line fitted on each side and taken at the fault (where it tilts)</source>
        <translation>Der Versatz an einer Störung aus dem Median jeder Seite (wo der Boden auf jeder Seite eben ist) oder aus einer robusten Geraden, auf jeder Seite angepasst und an der Störung genommen (wo er sich neigt)</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="127"/>
        <source>five bins</source>
        <translation>fünf Abschnitten</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="128"/>
        <source>The points within this distance along the section on each side of a fault measure its offset: narrow where the ground bends near the fault</source>
        <translation>Die Punkte innerhalb dieser Distanz entlang des Schnitts auf jeder Seite einer Störung messen ihren Versatz: schmal, wo sich der Boden nahe der Störung biegt</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="133"/>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="47"/>
        <source>In the plot, set the corridor beside &lt;i&gt;Profile&lt;/i&gt; to &lt;b&gt;400 m&lt;/b&gt;, press &lt;i&gt;Profile&lt;/i&gt;, click on the map on one side of the graben, then across it through Grindavík on the other side, and right-click: section A–A′ is labelled on the map, and its velocity against distance, with its median and 25–75 % envelope, shows the trough, deepest on the axis. Click a profile point in the plot for its series.</source>
        <translation>Stellen Sie in der Grafik den Korridor neben &lt;i&gt;Profil&lt;/i&gt; auf &lt;b&gt;400 m&lt;/b&gt;, drücken Sie &lt;i&gt;Profil&lt;/i&gt;, klicken Sie auf der Karte auf eine Seite des Grabens, dann quer durch Grindavík auf die andere Seite, und klicken Sie rechts: Schnitt A–A′ ist auf der Karte beschriftet, und seine Geschwindigkeit über der Distanz, mit Median und 25–75-%-Band, zeigt die Senke, am tiefsten auf der Achse. Klicken Sie einen Profilpunkt in der Grafik an, um seine Zeitreihe zu sehen.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="59"/>
        <source>Active deformation areas</source>
        <translation>Aktive Deformationsgebiete</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="25"/>
        <source>The active deformation areas (ADA) of EGMS points, as ADAfinder and ADAtools find them (Barra et al. 2017; Tomás et al. 2019; Navarro et al. 2020): the points moving faster than a stability threshold, clustered by distance, each cluster of enough points, surrounded mostly by points moving with it, an area. One viewing geometry at a time (two tracks, or L3 up and east, are never pooled), subsidence and uplift apart. By default the threshold is twice the robust standard deviation of the geometry's velocities and the radius twice the points' typical spacing. Each area: its outline hugging its points, the number of points, the mean, median and largest velocity, the mean |acceleration|, its area, and a quality index from 1 (best) to 4 (the spatial consistency of its velocities and the share of its points with noisy series, rmse_ts).</source>
        <translation>Die aktiven Deformationsgebiete (ADA) von EGMS-Punkten, wie ADAfinder und ADAtools sie finden (Barra et al. 2017; Tomás et al. 2019; Navarro et al. 2020): die Punkte, die sich schneller als eine Stabilitätsschwelle bewegen, nach Abstand gruppiert; jede Gruppe aus genügend Punkten, die überwiegend von mitbewegten Punkten umgeben sind, ist ein Gebiet. Eine Aufnahmegeometrie nach der anderen (zwei Spuren oder L3 vertikal und Ost werden nie zusammengelegt), Senkung und Hebung getrennt. Standardmäßig ist die Schwelle die doppelte robuste Standardabweichung der Geschwindigkeiten der Geometrie und der Radius der doppelte typische Punktabstand. Je Gebiet: sein Umriss eng um seine Punkte, die Zahl der Punkte, mittlere, Median- und größte Geschwindigkeit, der Mittelwert von |Beschleunigung|, seine Fläche und ein Qualitätsindex von 1 (am besten) bis 4 (die räumliche Stimmigkeit seiner Geschwindigkeiten und der Anteil seiner Punkte mit verrauschten Zeitreihen, rmse_ts).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="37"/>
        <source>Points with a mean_velocity field (mm/year): an imported EGMS layer (L2a, L2b, L3) or its CSV.</source>
        <translation>Punkte mit einem Feld mean_velocity (mm/Jahr): ein importierter EGMS-Layer (L2a, L2b, L3) oder seine CSV.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="41"/>
        <source>Stability threshold (mm/year; empty: from the data)</source>
        <translation>Stabilitätsschwelle (mm/Jahr; leer: aus den Daten)</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="41"/>
        <source>Points at least this fast (either way) are moving. Empty: twice the robust standard deviation of each geometry&apos;s velocities.</source>
        <translation>Punkte, die mindestens so schnell sind (in beide Richtungen), bewegen sich. Leer: die doppelte robuste Standardabweichung der Geschwindigkeiten jeder Geometrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="45"/>
        <source>Clustering radius (0: from the data)</source>
        <translation>Gruppierungsradius (0: aus den Daten)</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="45"/>
        <source>Moving points this close join one area. 0: twice the points&apos; typical spacing.</source>
        <translation>Bewegte Punkte, die so nahe beieinander liegen, bilden ein Gebiet. 0: der doppelte typische Punktabstand.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="48"/>
        <source>Fewest points in an area</source>
        <translation>Mindestzahl der Punkte eines Gebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="48"/>
        <source>Clusters of fewer moving points are no area.</source>
        <translation>Gruppen aus weniger bewegten Punkten sind kein Gebiet.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="65"/>
        <source>Points of the areas</source>
        <translation>Punkte der Gebiete</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="65"/>
        <source>Optional: the areas&apos; points, with all their attributes and ada_id.</source>
        <translation>Optional: die Punkte der Gebiete mit allen ihren Attributen und ada_id.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="69"/>
        <source>Areas found</source>
        <translation>Gefundene Gebiete</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="53"/>
        <source>{layer} has no mean_velocity field: choose an EGMS point layer.</source>
        <translation>{layer} hat kein Feld mean_velocity: wählen Sie einen EGMS-Punktlayer.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="83"/>
        <source>Clustering {n} points</source>
        <translation>{n} Punkte werden gruppiert</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="199"/>
        <source>{geometry}: threshold {t:.2f} mm/year (robust sigma {s:.2f}), radius {r:.0f} m (spacing {d:.0f} m), {m} moving points.</source>
        <translation>{geometry}: Schwelle {t:.2f} mm/Jahr (robustes Sigma {s:.2f}), Radius {r:.0f} m (Abstand {d:.0f} m), {m} bewegte Punkte.</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="200"/>
        <source>all points</source>
        <translation>alle Punkte</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="108"/>
        <source>down / away</source>
        <translation>ab / weg</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="108"/>
        <source>up / towards</source>
        <translation>auf / hin</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="97"/>
        <source>{n} active deformation areas.</source>
        <translation>{n} aktive Deformationsgebiete.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="109"/>
        <source>Plot this area&apos;s mean series</source>
        <translation>Mittlere Zeitreihe dieses Gebiets darstellen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="129"/>
        <source>The points of {layer} are no longer in the project.</source>
        <translation>Die Punkte von {layer} sind nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="54"/>
        <source>Choose an EGMS point layer in Layer first.</source>
        <translation>Wählen Sie zuerst unter Layer einen EGMS-Punktlayer.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="82"/>
        <source>Finding active deformation areas in {layer}</source>
        <translation>Aktive Deformationsgebiete in {layer} suchen</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="95"/>
        <source>{path} could not be read back.</source>
        <translation>{path} konnte nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="100"/>
        <source>{n} active deformation areas in {layer}.</source>
        <translation>{n} aktive Deformationsgebiete in {layer}.</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="116"/>
        <source>land cover: {name} ({share:.0%})</source>
        <translation>Bodenbedeckung: {name} ({share:.0%})</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="118"/>
        <source>imperviousness {v:.0f} %</source>
        <translation>Versiegelung {v:.0f} %</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="120"/>
        <source>mean slope {v:.1f}°</source>
        <translation>mittlere Hangneigung {v:.1f}°</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="121"/>
        <source>moving down or away</source>
        <translation>Bewegung nach unten oder weg</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="121"/>
        <source>moving up or towards</source>
        <translation>Bewegung nach oben oder hin</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="123"/>
        <source>mining, quarrying or a dump settling</source>
        <translation>Bergbau, Steinbruch oder sich setzende Halde</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="125"/>
        <source>slope instability (landslide or creep)</source>
        <translation>Hanginstabilität (Rutschung oder Kriechen)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="129"/>
        <source>urban subsidence (loading, compaction, groundwater)</source>
        <translation>städtische Senkung (Auflast, Verdichtung, Grundwasser)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="131"/>
        <source>compaction of soft soils (peat, wetland)</source>
        <translation>Verdichtung weicher Böden (Torf, Feuchtgebiet)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="133"/>
        <source>fluid extraction or compaction under farmland (groundwater)</source>
        <translation>Fluidentnahme oder Verdichtung unter Ackerland (Grundwasser)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="135"/>
        <source>uplift (swelling clays, fluid injection, volcanic or tectonic)</source>
        <translation>Hebung (quellende Tone, Fluidinjektion, vulkanisch oder tektonisch)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="137"/>
        <source>no land data: add a CLC raster, imperviousness or a DEM to the project</source>
        <translation>keine Landdaten: fügen Sie dem Projekt ein CLC-Raster, Versiegelung oder ein DGM hinzu</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="138"/>
        <source>not explained by the land: look at the geology</source>
        <translation>durch das Land nicht erklärt: sehen Sie sich die Geologie an</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="52"/>
        <source>The land beneath from: {names}.</source>
        <translation>Das Land darunter aus: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>CORINE Land Cover raster</source>
        <translation>CORINE-Land-Cover-Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the dominant land cover class of each area and its share (clc_code, clc_class, clc_share).</source>
        <translation>Optional: die vorherrschende Bodenbedeckungsklasse jedes Gebiets und ihr Anteil (clc_code, clc_class, clc_share).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Imperviousness raster</source>
        <translation>Versiegelungsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the mean sealed share of each area (imperv_mean, %).</source>
        <translation>Optional: der mittlere versiegelte Anteil jedes Gebiets (imperv_mean, %).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Elevation model</source>
        <translation>Höhenmodell</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the mean slope of each area (slope_mean, degrees).</source>
        <translation>Optional: die mittlere Hangneigung jedes Gebiets (slope_mean, Grad).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="59"/>
        <source>A polygon per area with ada_id, geometry, motion, n_points, mean/median/max velocity, mean_abs_acceleration, area_m2, quality (1 best to 4), quality_score, consistency, noisy_share, the threshold and radius used, and the land beneath (clc_code, clc_class, clc_share, imperv_mean, slope_mean) with a first suggested interpretation and its reasons.</source>
        <translation>Ein Polygon je Gebiet mit ada_id, geometry, motion, n_points, mittlerer/Median-/größter Geschwindigkeit, mean_abs_acceleration, area_m2, quality (1 am besten bis 4), quality_score, consistency, noisy_share, der verwendeten Schwelle und dem Radius sowie dem Land darunter (clc_code, clc_class, clc_share, imperv_mean, slope_mean) mit einer ersten vorgeschlagenen Deutung und ihren Gründen.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="62"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="62"/>
        <source>Choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; in &lt;i&gt;Layer&lt;/i&gt; below and press &lt;i&gt;Find active deformation areas&lt;/i&gt;: the graben and the dome come out as two areas (&lt;b&gt;ada_egms_l3_u_2020_2024&lt;/b&gt;), labelled with their median velocity and quality index. In its attribute table, right-click the graben&apos;s row and choose &lt;i&gt;Plot this area&apos;s mean series&lt;/i&gt;: its points are selected and their mean plotted with its envelope. With a CORINE Land Cover raster or an elevation model from the CLMS catalogue in the project, each area gets its land and a suggested interpretation: a lead to check (this graben is tectonic, whatever covers it).</source>
        <translation>Wählen Sie unten unter &lt;i&gt;Layer&lt;/i&gt; &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; und drücken Sie &lt;i&gt;Aktive Deformationsgebiete finden&lt;/i&gt;: der Graben und der Dom ergeben zwei Gebiete (&lt;b&gt;ada_egms_l3_u_2020_2024&lt;/b&gt;), beschriftet mit ihrer Median-Geschwindigkeit und ihrem Qualitätsindex. Klicken Sie in seiner Attributtabelle mit rechts auf die Zeile des Grabens und wählen Sie &lt;i&gt;Mittlere Zeitreihe dieses Gebiets darstellen&lt;/i&gt;: seine Punkte werden ausgewählt und ihr Mittel mit seinem Band dargestellt. Mit einem CORINE-Land-Cover-Raster oder einem Höhenmodell aus dem CLMS-Katalog im Projekt erhält jedes Gebiet sein Land und eine vorgeschlagene Deutung: ein Hinweis zum Prüfen (dieser Graben ist tektonisch, was ihn auch bedeckt).</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="230"/>
        <source>{a}–{a}′: {n} points.</source>
        <translation>{a}–{a}′: {n} Punkte.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="135"/>
        <source>No point of {layer} lies in this area now (its layer changed since it was found?).</source>
        <translation>Kein Punkt von {layer} liegt jetzt in diesem Gebiet (hat sich sein Layer geändert, seit es gefunden wurde?).</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="98"/>
        <source>CORINE Land Cover</source>
        <translation>CORINE Land Cover</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="99"/>
        <source>Imperviousness Density</source>
        <translation>Versiegelungsgrad</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="100"/>
        <source>elevation model</source>
        <translation>Höhenmodell</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="107"/>
        <source>Requested from the CLMS for the areas&apos; extent: {titles}. They land in the project when ready (CLMS tab, Requests) and the areas are described again.</source>
        <translation>Beim CLMS für die Ausdehnung der Gebiete angefordert: {titles}. Sie kommen ins Projekt, sobald sie bereit sind (Reiter CLMS, Anfragen), und die Gebiete werden erneut beschrieben.</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="111"/>
        <source>{name} was not requested: {reason}</source>
        <translation>{name} wurde nicht angefordert: {reason}</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="113"/>
        <source>The CLMS catalogue offers no elevation model to download by area: add one to the project (the Copernicus DEM, for instance) for the slope.</source>
        <translation>Der CLMS-Katalog bietet kein Höhenmodell zum Download nach Gebiet: Fügen Sie für die Hangneigung eines zum Projekt hinzu (etwa das Copernicus DEM).</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="117"/>
        <source>The CLMS catalogue offers no {name} raster to download by area.</source>
        <translation>Der CLMS-Katalog bietet kein Raster {name} zum Download nach Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="50"/>
        <source>No land rasters in the project: add a CORINE Land Cover raster, an imperviousness raster or an elevation model, or request them from the CLMS with Request land data for the areas.</source>
        <translation>Keine Landraster im Projekt: Fügen Sie ein CORINE-Land-Cover-Raster, ein Versiegelungsraster oder ein Höhenmodell hinzu oder fordern Sie sie mit „Landdaten für die Gebiete anfordern“ beim CLMS an.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="89"/>
        <source>Find the active deformation areas first: their extent is what is requested.</source>
        <translation>Finden Sie zuerst die aktiven Deformationsgebiete: Angefordert wird ihre Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="94"/>
        <source>The project has its land rasters already: the areas are described with them.</source>
        <translation>Das Projekt hat seine Landraster schon: Die Gebiete werden damit beschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="118"/>
        <source>Requesting the land beneath {layer}</source>
        <translation>Land unter {layer} wird angefordert</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="161"/>
        <source>The land of the areas could not be written into {layer}.</source>
        <translation>Das Land der Gebiete konnte nicht in {layer} geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="166"/>
        <source>{n} areas of {layer} described with the land beneath them.</source>
        <translation>{n} Gebiete von {layer} mit dem Land darunter beschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="169"/>
        <source>Describing the land beneath {layer}</source>
        <translation>Land unter {layer} wird beschrieben</translation>
    </message>
</context>
<context>
    <name>ClmsEgmsDock</name>
    <message>
        <location filename="../ui/dock.ui" line="9"/>
        <source>CLMS &amp; EGMS</source>
        <translation>CLMS &amp; EGMS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="17"/>
        <source>CLMS catalogue</source>
        <translation>CLMS-Katalog</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="155"/>
        <source>EGMS</source>
        <translation>EGMS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="339"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="451"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="246"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="250"/>
        <source>EGMS files as downloaded (.zip) or extracted (.csv); several at once are merged per level, component and release.</source>
        <translation>EGMS-Dateien wie heruntergeladen (.zip) oder entpackt (.csv); mehrere auf einmal werden je Stufe, Komponente und Ausgabe zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="254"/>
        <source>or a folder</source>
        <translation>oder ein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="258"/>
        <source>Every EGMS file in this folder and its subfolders.</source>
        <translation>Alle EGMS-Dateien in diesem Ordner und seinen Unterordnern.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="272"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="276"/>
        <source>New or existing GeoPackage; its other layers are kept.</source>
        <translation>Neues oder vorhandenes GeoPackage; seine anderen Layer bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="302"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="306"/>
        <source>All points</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="307"/>
        <source>Points in the current map view</source>
        <translation>Punkte im aktuellen Kartenausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="308"/>
        <source>Points inside the polygons of a layer</source>
        <translation>Punkte innerhalb der Polygone eines Layers</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="316"/>
        <source>Selected polygons only</source>
        <translation>Nur ausgewählte Polygone</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="321"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="368"/>
        <source>Plot time series…</source>
        <translation>Zeitreihen darstellen…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="369"/>
        <source>Open the time-series plot and pick EGMS points on the map</source>
        <translation>Das Zeitreihendiagramm öffnen und EGMS-Punkte auf der Karte wählen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="377"/>
        <source>Filter points by velocity</source>
        <translation>Punkte nach Geschwindigkeit filtern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="380"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="392"/>
        <source>Inside</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="393"/>
        <source>The selected polygons of this layer (all of them when none is selected)</source>
        <translation>Die ausgewählten Polygone dieses Layers (alle, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="396"/>
        <source>Filter the layer</source>
        <translation>Layer filtern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="397"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="402"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="403"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="407"/>
        <source>Style range ±</source>
        <translation>Stilbereich ±</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source> mm/year</source>
        <translation> mm/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source>Classes symmetric around 0 up to this velocity; automatic: from the data&apos;s robust spread (98th percentile of |velocity|)</source>
        <translation>Klassen symmetrisch um 0 bis zu dieser Geschwindigkeit; automatisch: aus der robusten Streuung der Daten (98. Perzentil von |Geschwindigkeit|)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="411"/>
        <source>Style layer</source>
        <translation>Layer gestalten</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="172"/>
        <source>Find and download EGMS files</source>
        <translation>Suchen und herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="175"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="178"/>
        <source>The area to search: the map view, a rectangle drawn on the map, or a layer&apos;s extent (the arrow button). Empty: the current map view.</source>
        <translation>Das Suchgebiet: der Kartenausschnitt, ein auf der Karte gezeichnetes Rechteck oder die Ausdehnung eines Layers (Pfeilschaltfläche). Leer: der aktuelle Kartenausschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="181"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="183"/>
        <source>Release</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Ask the EGMS service for its list of releases</source>
        <translation>Den EGMS-Dienst nach seiner Liste der Ausgaben fragen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="214"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="194"/>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="195"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="195"/>
        <source>Sentinel-1 relative orbit (track) number, 1 to 175; any: every track</source>
        <translation>Nummer des relativen Sentinel-1-Orbits (Spur), 1 bis 175; beliebig: alle Spuren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="200"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Add Explorer links…</source>
        <translation>Explorer-Links hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Without a service key: paste download links copied from the EGMS Explorer, or open its exported egms-archive-links.txt</source>
        <translation>Ohne Dienstschlüssel: aus dem EGMS Explorer kopierte Downloadlinks einfügen oder die dort exportierte egms-archive-links.txt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="211"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="212"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="215"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="218"/>
        <source>Download to</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="219"/>
        <source>Folder the files are saved in; files already there are not downloaded again.</source>
        <translation>Ordner, in dem die Dateien gespeichert werden; schon vorhandene Dateien werden nicht erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="229"/>
        <source>Download checked files</source>
        <translation>Angehakte Dateien herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="230"/>
        <source>Cancel downloads</source>
        <translation>Downloads abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31"/>
        <source>Search the CLMS catalogue</source>
        <translation>Den CLMS-Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>Words, e.g. corine 2018, imperviousness</source>
        <translation>Wörter, z. B. corine 2018, imperviousness</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="40"/>
        <source>Product family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="42"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="103"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="46"/>
        <source>INSPIRE theme</source>
        <translation>INSPIRE-Thema</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="48"/>
        <source>Year covered</source>
        <translation>Abgedecktes Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="54"/>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="127"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="65"/>
        <source>Add to map (view service)</source>
        <translation>Darstellungsdienst zur Karte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="65"/>
        <source>Add the dataset&apos;s view service (WMS or ArcGIS REST) to the project, without downloading</source>
        <translation>Den Darstellungsdienst des Datensatzes (WMS oder ArcGIS REST) zum Projekt hinzufügen, ohne herunterzuladen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="71"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="75"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="76"/>
        <source>One of the dataset&apos;s collections cut to an area (name, resolution, format), or one of its pre-packaged files</source>
        <translation>Eine der Sammlungen des Datensatzes auf ein Gebiet zugeschnitten (Name, Auflösung, Format) oder eine seiner vorgefertigten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="92"/>
        <source>Code or name, e.g. ITC11 or Torino</source>
        <translation>Code oder Name, z. B. ITC11 oder Torino</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="93"/>
        <source>GISCO file…</source>
        <translation>GISCO-Datei…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="93"/>
        <source>Regions of every level with their boundaries: a Eurostat GISCO NUTS 2021 file (NUTS_RG_…_2021_….geojson). Without one, countries only.</source>
        <translation>Regionen aller Ebenen mit ihren Grenzen: eine Eurostat-GISCO-NUTS-2021-Datei (NUTS_RG_…_2021_….geojson). Ohne sie nur Länder.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="98"/>
        <source>The extent of this layer&apos;s selected features (all of them when none is selected)</source>
        <translation>Die Ausdehnung der ausgewählten Objekte dieses Layers (aller, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="105"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="110"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="111"/>
        <source>Request download</source>
        <translation>Download anfordern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="117"/>
        <source>My download requests</source>
        <translation>Meine Downloadanfragen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="129"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="135"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="136"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="353"/>
        <source>Workshop walk-through</source>
        <translation>Workshop-Rundgang</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="360"/>
        <source>Close the walk-through</source>
        <translation>Rundgang schließen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="423"/>
        <source>Select an EGMS layer (imported, or the CSV loaded as delimited text) in the Layers panel, click &lt;b&gt;Plot time series&lt;/b&gt;, then click points on the map; tick &lt;i&gt;Keep previous&lt;/i&gt; to compare several. The plot fits trends, takes a reference point, and plots the mean of selected points.&lt;br/&gt;&lt;br/&gt;In the Processing toolbox (CLMS &amp; EGMS): displacement and velocity over a period, trend fits for every point, the decomposition of ascending and descending bursts, and export for PS Time Series Viewer.</source>
        <translation>Wählen Sie im Layerbedienfeld einen EGMS-Layer (importiert oder die als Textdatei mit Trennzeichen geladene CSV), klicken Sie &lt;b&gt;Zeitreihen darstellen&lt;/b&gt; und dann Punkte auf der Karte; haken Sie &lt;i&gt;Vorherige behalten&lt;/i&gt; an, um mehrere zu vergleichen. Das Diagramm passt Trends an, nimmt einen Referenzpunkt und stellt das Mittel ausgewählter Punkte dar.&lt;br/&gt;&lt;br/&gt;In den Verarbeitungswerkzeugen (CLMS &amp; EGMS): Verschiebung und Geschwindigkeit über einen Zeitraum, Trendanpassung für jeden Punkt, die Zerlegung aufsteigender und absteigender Bursts und Export für den PS Time Series Viewer.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="222"/>
        <source>Import when downloaded</source>
        <translation>Nach Download importieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="107"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="108"/>
        <source>Time series only: the first day to download</source>
        <translation>Nur Zeitreihen: der erste herunterzuladende Tag</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="109"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="110"/>
        <source>Time series only: the last day to download</source>
        <translation>Nur Zeitreihen: der letzte herunterzuladende Tag</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Import the downloaded files into the GeoPackage or PostGIS database of the import below, and add the layers to the project</source>
        <translation>Die heruntergeladenen Dateien in das GeoPackage oder die PostGIS-Datenbank des Imports unten importieren und die Layer zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="242"/>
        <source>Import EGMS files</source>
        <translation>EGMS-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="262"/>
        <source>Store in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="266"/>
        <source>A GeoPackage file on this computer, or a PostGIS database shared with others (for many bursts and tiles)</source>
        <translation>Eine GeoPackage-Datei auf diesem Rechner oder eine mit anderen geteilte PostGIS-Datenbank (für viele Bursts und Kacheln)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="267"/>
        <source>GeoPackage file</source>
        <translation>GeoPackage-Datei</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="268"/>
        <source>PostGIS database</source>
        <translation>PostGIS-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="280"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="290"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="294"/>
        <source>The schema to write into; created if it does not exist (the database user needs the right to)</source>
        <translation>Das Schema, in das geschrieben wird; wird angelegt, falls es fehlt (der Datenbankbenutzer braucht das Recht dazu)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="414"/>
        <source>Animate displacement</source>
        <translation>Verschiebung animieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="414"/>
        <source>Style the layer by its displacement at the map&apos;s date and set QGIS&apos;s temporal controller to its acquisitions: play the five years, export the frames</source>
        <translation>Den Layer nach seiner Verschiebung zum Datum der Karte darstellen und die Zeitsteuerung von QGIS auf seine Aufnahmen einstellen: die fünf Jahre abspielen, die Bilder exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="78"/>
        <source>Extent: the map view, a rectangle drawn on the map or a layer&apos;s extent (the arrow button below); NUTS region: a country or region by its NUTS code; selected features: the polygons selected in a layer</source>
        <translation>Ausdehnung: der Kartenausschnitt, ein auf der Karte gezeichnetes Rechteck oder die Ausdehnung eines Layers (die Pfeilschaltfläche darunter); NUTS-Region: ein Land oder eine Region nach ihrem NUTS-Code; ausgewählte Objekte: die in einem Layer ausgewählten Polygone</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="79"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="80"/>
        <source>NUTS region</source>
        <translation>NUTS-Region</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="81"/>
        <source>Selected features</source>
        <translation>Ausgewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>Track or tile</source>
        <translation>Spur oder Kachel</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>L2a and L2b: the track and the burst; L3: the 100 km tile</source>
        <translation>L2a und L2b: die Spur und der Burst; L3: die 100-km-Kachel</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="456"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="457"/>
        <source>Open the user guide (shipped with the plugin: it opens without internet)</source>
        <translation>Das Benutzerhandbuch öffnen (mit dem Plugin geliefert: es öffnet sich ohne Internet)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="415"/>
        <source>Find active deformation areas</source>
        <translation>Aktive Deformationsgebiete finden</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="415"/>
        <source>The areas of the layer that move faster than the stability threshold (from its data), outlined, described and labelled, each viewing geometry apart; Processing&apos;s Active deformation areas sets the threshold, the radius and the fewest points</source>
        <translation>Die Gebiete des Layers, die sich schneller als die Stabilitätsschwelle (aus seinen Daten) bewegen, umrissen, beschrieben und beschriftet, jede Aufnahmegeometrie getrennt; „Aktive Deformationsgebiete“ in Processing legt Schwelle, Radius und Mindestzahl der Punkte fest</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="416"/>
        <source>Request land data for the areas</source>
        <translation>Landdaten für die Gebiete anfordern</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="416"/>
        <source>CORINE Land Cover and imperviousness for the extent of the areas found from the Layer, requested from the CLMS (a service key in Settings) where the project has none; when they are in the project, each area gets its land cover, sealing and a suggested interpretation</source>
        <translation>CORINE Land Cover und Versiegelung für die Ausdehnung der aus dem Layer gefundenen Gebiete, beim CLMS angefordert (ein Dienstschlüssel in den Einstellungen), wo das Projekt keine hat; sind sie im Projekt, erhält jedes Gebiet seine Bodenbedeckung, Versiegelung und eine vorgeschlagene Deutung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="8"/>
        <source>CLMS &amp; EGMS settings</source>
        <translation>CLMS &amp; EGMS-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="12"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="15"/>
        <source>CLMS API base URL</source>
        <translation>Basis-URL der CLMS-API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="19"/>
        <source>Address of the CLMS site whose API is used (the API lives under /api).</source>
        <translation>Adresse der CLMS-Website, deren API verwendet wird (die API liegt unter /api).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="23"/>
        <source>EGMS API base URL</source>
        <translation>Basis-URL der EGMS-API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="27"/>
        <source>Address of the EGMS archive API.</source>
        <translation>Adresse der EGMS-Archiv-API.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="31"/>
        <source>Network timeout</source>
        <translation>Netzwerk-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="35"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="38"/>
        <source>How long to wait for data from a service before giving up.</source>
        <translation>Wie lange auf Daten eines Dienstes gewartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="70"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="73"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="79"/>
        <source>Default GeoPackage</source>
        <translation>Standard-GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="83"/>
        <source>Where EGMS data is imported unless you choose otherwise. Empty: egms.gpkg in the download folder.</source>
        <translation>Wohin EGMS-Daten importiert werden, sofern Sie nichts anderes wählen. Leer: egms.gpkg im Download-Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="46"/>
        <source>CLMS service key (for downloads)</source>
        <translation>CLMS-Dienstschlüssel (für Downloads)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>Import key file…</source>
        <translation>Schlüsseldatei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>The JSON file of a service key created in your land.copernicus.eu profile (API tokens). It is kept in QGIS&apos;s authentication database, protected by your master password.</source>
        <translation>Die JSON-Datei eines in Ihrem Profil auf land.copernicus.eu erstellten Dienstschlüssels (API-Tokens). Sie wird in der Authentifizierungsdatenbank von QGIS aufbewahrt, geschützt durch Ihr Master-Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Check key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Ask the service for an access token with the stored key</source>
        <translation>Den Dienst mit dem gespeicherten Schlüssel nach einem Zugriffstoken fragen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="61"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
</context>
</TS>
