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
        <translation>Panneau CLMS &amp;&amp; EGMS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show or hide the CLMS &amp; EGMS panel</source>
        <translation>Afficher ou masquer le panneau CLMS &amp; EGMS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="17"/>
        <source>CLMS &amp; EGMS</source>
        <translation>CLMS &amp; EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="20"/>
        <source>Copernicus Land Monitoring Service and European Ground Motion Service</source>
        <translation>Service de surveillance des terres de Copernicus (CLMS) et service européen des mouvements du sol (EGMS)</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="74"/>
        <source>{host} did not answer with JSON (got: {excerpt!r}).</source>
        <translation>{host} n'a pas répondu en JSON (reçu : {excerpt!r}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="95"/>
        <source>Request to {host} cancelled.</source>
        <translation>Requête vers {host} annulée.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="103"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>Could not reach {host}: {reason}</source>
        <translation>Impossible de joindre {host} : {reason}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="99"/>
        <source>{host} answered HTTP {status}</source>
        <translation>{host} a répondu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="90"/>
        <source>Unexpected error: {error}. Details are in the log (CLMS &amp; EGMS tab).</source>
        <translation>Erreur inattendue : {error}. Les détails sont dans le journal (onglet CLMS &amp; EGMS).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="74"/>
        <source>{task}: cancelled.</source>
        <translation>{task} : annulé.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="25"/>
        <source>“{url}” is not a web address (it must start with http:// or https://).</source>
        <translation>« {url} » n'est pas une adresse web (elle doit commencer par http:// ou https://).</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>Choose a download folder.</source>
        <translation>Choisissez un dossier de téléchargement.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="23"/>
        <source>Import EGMS files into GeoPackage</source>
        <translation>Importer des fichiers EGMS dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="22"/>
        <source>EGMS</source>
        <translation>EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="26"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release) as downloaded (.zip) or extracted (.csv), or whole folders of them, into a GeoPackage: one point layer per level, component and release (EPSG:3035), several bursts or tiles merged, each point&apos;s time series stored compactly beside it instead of hundreds of date columns. Files already in the GeoPackage are left as they are unless Re-import is checked. Other layers of the GeoPackage are not touched.</source>
        <translation>Importe des fichiers EGMS (L2a, L2b, L3 vertical/est ; toute édition) tels que téléchargés (.zip) ou extraits (.csv), ou des dossiers entiers, dans un GeoPackage : une couche de points par niveau, composante et édition (EPSG:3035), plusieurs bursts ou tuiles fusionnés, la série temporelle de chaque point stockée de façon compacte à côté plutôt que dans des centaines de colonnes de dates. Les fichiers déjà présents dans le GeoPackage restent tels quels sauf si « Réimporter » est coché. Les autres couches du GeoPackage ne sont pas modifiées.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="33"/>
        <source>EGMS files (.zip, .csv) or folders</source>
        <translation>Fichiers EGMS (.zip, .csv) ou dossiers</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="33"/>
        <source>Files as downloaded from EGMS (or their extracted CSV) and folders holding them.</source>
        <translation>Fichiers tels que téléchargés depuis l'EGMS (ou leur CSV extrait) et dossiers qui les contiennent.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="52"/>
        <source>A new or existing GeoPackage; existing layers are kept.</source>
        <translation>Un GeoPackage nouveau ou existant ; les couches existantes sont conservées.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="37"/>
        <source>Keep only points inside this extent</source>
        <translation>Ne garder que les points dans cette emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="37"/>
        <source>Optional: points outside are not imported.</source>
        <translation>Facultatif : les points à l'extérieur ne sont pas importés.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="39"/>
        <source>Keep only points inside these polygons</source>
        <translation>Ne garder que les points dans ces polygones</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="39"/>
        <source>Optional: a polygon layer (or its selected features); points outside are not imported.</source>
        <translation>Facultatif : une couche de polygones (ou ses entités sélectionnées) ; les points à l'extérieur ne sont pas importés.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="49"/>
        <source>Re-import files already in the GeoPackage</source>
        <translation>Réimporter les fichiers déjà présents dans le GeoPackage</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="42"/>
        <source>Replace the points of files imported before instead of leaving them as they are.</source>
        <translation>Remplacer les points des fichiers importés auparavant au lieu de les laisser tels quels.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="44"/>
        <source>Imported layers</source>
        <translation>Couches importées</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="45"/>
        <source>Names of the imported layers, comma-separated</source>
        <translation>Noms des couches importées, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="46"/>
        <source>What was imported</source>
        <translation>Ce qui a été importé</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="20"/>
        <source>Export EGMS time series to CSV</source>
        <translation>Exporter des séries temporelles EGMS en CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="23"/>
        <source>Writes the displacement time series of points of an imported EGMS layer to a CSV file with the columns pid, date, displacement_mm (one row per point and date). The points are the given pids, or else every feature of the input (tick &apos;Selected features only&apos; for a selection).</source>
        <translation>Écrit les séries temporelles de déplacement des points d'une couche EGMS importée dans un fichier CSV aux colonnes pid, date, displacement_mm (une ligne par point et par date). Les points sont les pids donnés, sinon toutes les entités de l'entrée (cocher « Entités sélectionnées uniquement » pour une sélection).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="28"/>
        <source>Imported EGMS layer</source>
        <translation>Couche EGMS importée</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="28"/>
        <source>A layer made by &apos;Import EGMS files into GeoPackage&apos;.</source>
        <translation>Une couche créée par « Importer des fichiers EGMS dans un GeoPackage ».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="31"/>
        <source>Point ids (pid), separated by commas, spaces or new lines</source>
        <translation>Identifiants de points (pid), séparés par des virgules, des espaces ou des retours à la ligne</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="31"/>
        <source>Optional: export these points; empty exports the input&apos;s features.</source>
        <translation>Facultatif : exporter ces points ; vide exporte les entités de l'entrée.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="34"/>
        <source>Where to write the series.</source>
        <translation>Où écrire les séries.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="36"/>
        <source>Points written</source>
        <translation>Points écrits</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="37"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="43"/>
        <source>{layer} is not a layer made by the EGMS import (no time series stored with it).</source>
        <translation>{layer} n'est pas une couche issue de l'import EGMS (aucune série temporelle stockée avec elle).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="56"/>
        <source>{n} pids are not in {layer}: {pids}</source>
        <translation>{n} pids ne sont pas dans {layer} : {pids}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_timeseries.py" line="58"/>
        <source>{points} points, {rows} rows written to {path}.</source>
        <translation>{points} points, {rows} lignes écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../core/egms/export.py" line="83"/>
        <source>None of the requested points is in {layer}.</source>
        <translation>Aucun des points demandés n'est dans {layer}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="62"/>
        <source>{points} points imported into {layers} in {gpkg}.</source>
        <translation>{points} points importés dans {layers} de {gpkg}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="67"/>
        <source>{file}: already in {layer}, left as it was.</source>
        <translation>{file} : déjà dans {layer}, laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="69"/>
        <source>{file}: {n} points</source>
        <translation>{file} : {n} points</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="71"/>
        <source>, {n} already present under the same pid (kept once)</source>
        <translation>, {n} déjà présents sous le même pid (gardés une fois)</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="73"/>
        <source>, {n} outside the clip area</source>
        <translation>, {n} hors de la zone de découpage</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="75"/>
        <source>, {n} rows skipped ({reason}; first: {example})</source>
        <translation>, {n} lignes ignorées ({reason} ; première : {example})</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="79"/>
        <source>Not EGMS files, ignored: {files}.</source>
        <translation>Pas des fichiers EGMS, ignorés : {files}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="90"/>
        <source>These files come from different EGMS releases, whose measurements cannot be mixed: {detail}. Import each release on its own.</source>
        <translation>Ces fichiers viennent d'éditions EGMS différentes, dont les mesures ne peuvent pas être mélangées : {detail}. Importez chaque édition séparément.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="102"/>
        <source>The folder of {gpkg} does not exist.</source>
        <translation>Le dossier de {gpkg} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="129"/>
        <source>{gpkg} is read-only: choose another GeoPackage.</source>
        <translation>{gpkg} est en lecture seule : choisissez un autre GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="108"/>
        <source>{gpkg} exists and is not a GeoPackage.</source>
        <translation>{gpkg} existe et n'est pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="110"/>
        <source>Cannot write in {folder} (read-only): choose another place for the GeoPackage.</source>
        <translation>Impossible d'écrire dans {folder} (lecture seule) : choisissez un autre emplacement pour le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="126"/>
        <source>The disk is full: {gpkg} was not changed. Free some space and import again.</source>
        <translation>Le disque est plein : {gpkg} n'a pas été modifié. Libérez de l'espace et importez à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="131"/>
        <source>{gpkg} is in use by another program (locked); close it there and try again.</source>
        <translation>{gpkg} est utilisé par un autre programme (verrouillé) ; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="133"/>
        <source>Could not write {gpkg}: {error}</source>
        <translation>Impossible d'écrire {gpkg} : {error}</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="131"/>
        <source>No EGMS files to import.</source>
        <translation>Aucun fichier EGMS à importer.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="117"/>
        <source>Import cancelled: {gpkg} was left as it was.</source>
        <translation>Import annulé : {gpkg} est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="208"/>
        <source>{file} holds no data rows.</source>
        <translation>{file} ne contient aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="52"/>
        <source>{file} is damaged or incomplete ({error}); download it again.</source>
        <translation>{file} est endommagé ou incomplet ({error}) ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="63"/>
        <source>{file} holds no CSV file: it is not an EGMS download.</source>
        <translation>{file} ne contient aucun fichier CSV : ce n'est pas un téléchargement EGMS.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="83"/>
        <source>{file} is not named like an EGMS file (e.g. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), so its level and release cannot be told. Keep the name the service gave it.</source>
        <translation>{file} n'est pas nommé comme un fichier EGMS (par ex. EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip), son niveau et son édition ne peuvent donc pas être déterminés. Gardez le nom donné par le service.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="120"/>
        <source>The folder {folder} holds no EGMS files (.zip or .csv).</source>
        <translation>Le dossier {folder} ne contient aucun fichier EGMS (.zip ou .csv).</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="125"/>
        <source>{file} does not exist.</source>
        <translation>{file} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="135"/>
        <source>{file} is neither a .zip nor a .csv EGMS file.</source>
        <translation>{file} n'est ni un fichier EGMS .zip ni un .csv.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="223"/>
        <source>Reading {file} stopped unexpectedly.</source>
        <translation>La lecture de {file} s'est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="250"/>
        <source>wrong number of values</source>
        <translation>nombre de valeurs incorrect</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="251"/>
        <source>line {line}: {got} instead of {expected}</source>
        <translation>ligne {line} : {got} au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="253"/>
        <source>no pid</source>
        <translation>pas de pid</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="253"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="255"/>
        <source>non-numeric values</source>
        <translation>valeurs non numériques</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="256"/>
        <source>line {line}: {value!r} in column {column}</source>
        <translation>ligne {line} : {value!r} dans la colonne {column}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="266"/>
        <source>no coordinates</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="266"/>
        <source>pid {pid}</source>
        <translation>pid {pid}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="276"/>
        <source>{file} is not a text CSV file.</source>
        <translation>{file} n'est pas un fichier texte CSV.</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="59"/>
        <source>The clip layer has no polygons{selected}.</source>
        <translation>La couche de découpage n'a aucun polygone{selected}.</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="59"/>
        <source> selected</source>
        <translation> sélectionné</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="72"/>
        <source>The clip extent and the clip layer do not overlap: nothing would be imported.</source>
        <translation>L'emprise et la couche de découpage ne se chevauchent pas : rien ne serait importé.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="105"/>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="109"/>
        <source>{file} is not an EGMS file: it has no &apos;pid&apos; column or no date columns (yyyymmdd).</source>
        <translation>{file} n'est pas un fichier EGMS : il n'a pas de colonne « pid » ou pas de colonnes de dates (yyyymmdd).</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="113"/>
        <source>{file} is not laid out as an EGMS file: the date columns must come last.</source>
        <translation>{file} n'est pas organisé comme un fichier EGMS : les colonnes de dates doivent venir en dernier.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="116"/>
        <source>{file} is not laid out as an EGMS file: &apos;pid&apos; must be the first column.</source>
        <translation>{file} n'est pas organisé comme un fichier EGMS : « pid » doit être la première colonne.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="129"/>
        <source>{file} lacks required columns: {columns}.</source>
        <translation>Il manque à {file} des colonnes requises : {columns}.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="31"/>
        <source>EGMS files (*.zip *.csv *.ZIP *.CSV)</source>
        <translation>Fichiers EGMS (*.zip *.csv *.ZIP *.CSV)</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="98"/>
        <source>Choose the polygon layer to keep points inside.</source>
        <translation>Choisissez la couche de polygones à l'intérieur de laquelle garder les points.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="107"/>
        <source>Choose EGMS files or a folder to import.</source>
        <translation>Choisissez des fichiers EGMS ou un dossier à importer.</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="116"/>
        <source>Importing EGMS files</source>
        <translation>Import des fichiers EGMS</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="154"/>
        <source>Details in the log (CLMS &amp; EGMS tab).</source>
        <translation>Détails dans le journal (onglet CLMS &amp; EGMS).</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="18"/>
        <source>Add displacement and velocity over a period</source>
        <translation>Ajouter le déplacement et la vitesse sur une période</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="21"/>
        <source>For each EGMS point: disp_mm, the displacement (mm) from the acquisition nearest the start date to the one nearest the end date, and vel_mm_yr, the velocity (mm/year) of a linear fit to the series between the two dates. The output holds the input&apos;s points and fields plus these two. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation>Pour chaque point EGMS : disp_mm, le déplacement (mm) de l'acquisition la plus proche de la date de début à celle la plus proche de la date de fin, et vel_mm_yr, la vitesse (mm/an) d'un ajustement linéaire de la série entre les deux dates. La sortie contient les points et les champs de l'entrée plus ces deux-là. Fonctionne sur les couches importées et sur le CSV chargé comme texte délimité.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="56"/>
        <source>EGMS point layer</source>
        <translation>Couche de points EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="56"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text.</source>
        <translation>Une couche EGMS importée, ou un CSV EGMS chargé comme texte délimité.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="64"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="64"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>The period&apos;s {which} (the nearest acquisition is used for the displacement).</source>
        <translation>Le {which} de la période (l'acquisition la plus proche sert au déplacement).</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="31"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="34"/>
        <source>Points with derived fields</source>
        <translation>Points avec champs dérivés</translation>
    </message>
    <message>
        <location filename="../algorithms/derived_fields.py" line="34"/>
        <source>The input points with disp_mm and vel_mm_yr added.</source>
        <translation>Les points d'entrée avec disp_mm et vel_mm_yr en plus.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="78"/>
        <source>{layer} holds no EGMS time series (an imported layer, or date fields named yyyymmdd).</source>
        <translation>{layer} ne contient aucune série temporelle EGMS (une couche importée, ou des champs de dates nommés yyyymmdd).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="96"/>
        <source>The start date must come before the end date.</source>
        <translation>La date de début doit précéder la date de fin.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="28"/>
        <source>Export EGMS points for PS Time Series Viewer</source>
        <translation>Exporter des points EGMS pour PS Time Series Viewer</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="31"/>
        <source>Writes EGMS points (a layer, or its selection) to a Shapefile as the PS Time Series Viewer plugin reads it: short attribute names (pid, vel, v_stdev, acc, season, coh, height) and one field per acquisition date named D + yyyymmdd, in mm. Points of files with other dates get no value on the dates they lack.</source>
        <translation>Écrit des points EGMS (une couche, ou sa sélection) dans un Shapefile tel que l'extension PS Time Series Viewer le lit : noms d'attributs courts (pid, vel, v_stdev, acc, season, coh, height) et un champ par date d'acquisition nommé D + yyyymmdd, en mm. Les points de fichiers aux autres dates n'ont pas de valeur aux dates qui leur manquent.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="37"/>
        <source>An imported EGMS layer (tick &apos;Selected features only&apos; for a selection).</source>
        <translation>Une couche EGMS importée (cocher « Entités sélectionnées uniquement » pour une sélection).</translation>
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
        <translation>Où écrire le Shapefile (avec ses .dbf, .shx, .prj).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="58"/>
        <source>No points to export.</source>
        <translation>Aucun point à exporter.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="74"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_pstsv.py" line="95"/>
        <source>{n} points, {d} dates written to {path}.</source>
        <translation>{n} points, {d} dates écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="18"/>
        <source>Filter EGMS points by velocity</source>
        <translation>Filtrer les points EGMS par vitesse</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="21"/>
        <source>Keeps the EGMS points that pass every threshold given (empty thresholds are ignored), and optionally only those inside polygons. Works on imported layers and on EGMS layers loaded from the CSV, as long as they carry mean_velocity (and mean_velocity_std, temporal_coherence for those thresholds).</source>
        <translation>Garde les points EGMS qui passent chaque seuil donné (les seuils vides sont ignorés), et éventuellement seulement ceux situés dans des polygones. Fonctionne sur les couches importées et sur les couches EGMS chargées depuis le CSV, pourvu qu'elles portent mean_velocity (et mean_velocity_std, temporal_coherence pour ces seuils).</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="27"/>
        <source>Points with a mean_velocity field (mm/year).</source>
        <translation>Points avec un champ mean_velocity (mm/an).</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="34"/>
        <source>Only inside these polygons</source>
        <translation>Seulement dans ces polygones</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="34"/>
        <source>Optional: keep only points inside these polygons (or their selected features).</source>
        <translation>Facultatif : ne garder que les points dans ces polygones (ou leurs entités sélectionnées).</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="37"/>
        <source>Filtered points</source>
        <translation>Points filtrés</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="37"/>
        <source>The points that pass the filter, with all their attributes.</source>
        <translation>Les points qui passent le filtre, avec tous leurs attributs.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="40"/>
        <source>Points kept</source>
        <translation>Points gardés</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="62"/>
        <source>{kept} points kept.</source>
        <translation>{kept} points gardés.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="35"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="71"/>
        <source>Choose the EGMS point layer to filter.</source>
        <translation>Choisissez la couche de points EGMS à filtrer.</translation>
    </message>
    <message>
        <location filename="../core/egms/filtering.py" line="24"/>
        <source>{layer} has no {field} field, needed for that threshold.</source>
        <translation>{layer} n'a pas de champ {field}, nécessaire pour ce seuil.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="95"/>
        <source>{n} points match.</source>
        <translation>{n} points correspondent.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="96"/>
        <source>{n} of {total} points match.</source>
        <translation>{n} points sur {total} correspondent.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="103"/>
        <source>Choose the polygon layer whose selected polygons the points must be in.</source>
        <translation>Choisissez la couche de polygones dont les polygones sélectionnés doivent contenir les points.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="112"/>
        <source>Choose a layer with a mean_velocity field to style.</source>
        <translation>Choisissez une couche avec un champ mean_velocity à symboliser.</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>No trend</source>
        <translation>Pas de tendance</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="10"/>
        <source>Quadratic</source>
        <translation>Quadratique</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="11"/>
        <source>Linear + seasonal</source>
        <translation>Linéaire + saisonnier</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="37"/>
        <source>EGMS time series</source>
        <translation>Séries temporelles EGMS</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="64"/>
        <source>Pick points</source>
        <translation>Choisir des points</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="65"/>
        <source>Click EGMS points on the map to plot their displacement</source>
        <translation>Cliquez sur des points EGMS de la carte pour tracer leur déplacement</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="67"/>
        <source>Keep previous</source>
        <translation>Garder les précédents</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="68"/>
        <source>Add each picked point to the plot instead of replacing it</source>
        <translation>Ajouter chaque point choisi au graphique au lieu de le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="69"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="70"/>
        <source>Selection mean</source>
        <translation>Moyenne de la sélection</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="71"/>
        <source>Plot the mean series of the selected points of the active layer, with their min/max envelope</source>
        <translation>Tracer la série moyenne des points sélectionnés de la couche active, avec leur enveloppe min/max</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="76"/>
        <source>Fit a trend to each plotted series (least squares)</source>
        <translation>Ajuster une tendance à chaque série tracée (moindres carrés)</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="77"/>
        <source>Use as reference</source>
        <translation>Utiliser comme référence</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="78"/>
        <source>Subtract the last picked point&apos;s series from every plotted series (relative motion) until cleared</source>
        <translation>Soustraire la série du dernier point choisi de chaque série tracée (mouvement relatif) jusqu'à annulation</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="86"/>
        <source>Save figure…</source>
        <translation>Enregistrer la figure…</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="87"/>
        <source>Save series…</source>
        <translation>Enregistrer les séries…</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="91"/>
        <source>Select an EGMS layer in the Layers panel, then click its points on the map.</source>
        <translation>Sélectionnez une couche EGMS dans le panneau Couches, puis cliquez sur ses points sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="200"/>
        <source>Select an EGMS point layer in the Layers panel first.</source>
        <translation>Sélectionnez d'abord une couche de points EGMS dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="166"/>
        <source>No EGMS point of {layer} within {n} pixels of the click.</source>
        <translation>Aucun point EGMS de {layer} à moins de {n} pixels du clic.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="38"/>
        <source>Select points of {layer} first (a selection tool, or the filter&apos;s Select).</source>
        <translation>Sélectionnez d'abord des points de {layer} (avec un outil de sélection, ou « Sélectionner » du filtre).</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="79"/>
        <source>{n} points are selected: select at most {max} for a mean series.</source>
        <translation>{n} points sont sélectionnés : sélectionnez-en au plus {max} pour une série moyenne.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="110"/>
        <source>mean of {n} points</source>
        <translation>moyenne de {n} points</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="54"/>
        <source>Pick the reference point first, then press Use as reference.</source>
        <translation>Choisissez d'abord le point de référence, puis appuyez sur « Utiliser comme référence ».</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="278"/>
        <source>min/max</source>
        <translation>min/max</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="295"/>
        <source>Displacement (mm)</source>
        <translation>Déplacement (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="315"/>
        <source>relative to {pid}</source>
        <translation>relatif à {pid}</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>Save figure</source>
        <translation>Enregistrer la figure</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="359"/>
        <source>Figure saved to {path}.</source>
        <translation>Figure enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="370"/>
        <source>Pick points first: there is no series to save.</source>
        <translation>Choisissez d'abord des points : il n'y a aucune série à enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="372"/>
        <source>Save series</source>
        <translation>Enregistrer les séries</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="375"/>
        <source>Series saved to {path}.</source>
        <translation>Séries enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="50"/>
        <source>{label} is not a CLMS service key: it is not JSON. Download the key again from your land.copernicus.eu profile (API tokens).</source>
        <translation>{label} n'est pas une clé de service CLMS : ce n'est pas du JSON. Téléchargez à nouveau la clé depuis votre profil land.copernicus.eu (jetons d'API).</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="53"/>
        <source>{label} is not a CLMS service key.</source>
        <translation>{label} n'est pas une clé de service CLMS.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="56"/>
        <source>{label} is not a complete CLMS service key: {fields} missing.</source>
        <translation>{label} n'est pas une clé de service CLMS complète : il manque {fields}.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="59"/>
        <source>{label} is damaged: its private_key is not a PEM private key.</source>
        <translation>{label} est endommagé : son private_key n'est pas une clé privée PEM.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The CLMS service gave no access token{detail}.</source>
        <translation>Le service CLMS n'a fourni aucun jeton d'accès{detail}.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="175"/>
        <source>QGIS&apos;s authentication database is not available ({reason}), so the service key cannot be kept safely.</source>
        <translation>La base d'authentification de QGIS n'est pas disponible ({reason}), la clé de service ne peut donc pas être conservée en sécurité.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="183"/>
        <source>QGIS&apos;s authentication database is locked: the master password was not given.</source>
        <translation>La base d'authentification de QGIS est verrouillée : le mot de passe principal n'a pas été saisi.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="195"/>
        <source>CLMS service key ({name})</source>
        <translation>Clé de service CLMS ({name})</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="205"/>
        <source>The service key could not be saved in QGIS&apos;s authentication database.</source>
        <translation>La clé de service n'a pas pu être enregistrée dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="214"/>
        <source>No CLMS service key yet: import your key file (from your land.copernicus.eu profile, API tokens) in the plugin&apos;s Settings.</source>
        <translation>Pas encore de clé de service CLMS : importez votre fichier de clé (depuis votre profil land.copernicus.eu, jetons d'API) dans les Paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="220"/>
        <source>The CLMS service key (authentication configuration {id}) is no longer in QGIS&apos;s authentication database: import your key file again in the plugin&apos;s Settings.</source>
        <translation>La clé de service CLMS (configuration d'authentification {id}) n'est plus dans la base d'authentification de QGIS : importez à nouveau votre fichier de clé dans les Paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="223"/>
        <source>The stored CLMS service key</source>
        <translation>La clé de service CLMS enregistrée</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="30"/>
        <source>Download EGMS files for an area</source>
        <translation>Télécharger des fichiers EGMS pour une zone</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="40"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="40"/>
        <source>The files covering this extent are downloaded (searched 5 degrees at a time, as the service asks; at most 20 × 20 degrees).</source>
        <translation>Les fichiers couvrant cette emprise sont téléchargés (recherchés par pas de 5 degrés, comme le service le demande ; au plus 20 × 20 degrés).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="43"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="33"/>
        <source>L2a basic (line of sight)</source>
        <translation>L2a basique (ligne de visée)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="33"/>
        <source>L2b calibrated (line of sight)</source>
        <translation>L2b calibré (ligne de visée)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="34"/>
        <source>L3 vertical (up)</source>
        <translation>L3 vertical (haut)</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="34"/>
        <source>L3 east-west</source>
        <translation>L3 est-ouest</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="43"/>
        <source>L2a: per burst, relative to a local reference point; L2b: per burst, calibrated with GNSS (the main product); L3: 100 km tiles of vertical or east-west motion on a 100 m grid.</source>
        <translation>L2a : par burst, relatif à un point de référence local ; L2b : par burst, calibré par GNSS (le produit principal) ; L3 : tuiles de 100 km du mouvement vertical ou est-ouest sur une grille de 100 m.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="47"/>
        <source>Release</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="47"/>
        <source>The release as the service writes it, e.g. 2020-2024, 2019-2023, 2018-2022 or 2015-2021.</source>
        <translation>L'édition telle que le service l'écrit, par ex. 2020-2024, 2019-2023, 2018-2022 ou 2015-2021.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="49"/>
        <source>Orbit direction (L2)</source>
        <translation>Sens de l'orbite (L2)</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="297"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="40"/>
        <source>Ascending</source>
        <translation>Ascendante</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="40"/>
        <source>Descending</source>
        <translation>Descendante</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="49"/>
        <source>L2 products only: keep the bursts of ascending or descending orbits.</source>
        <translation>Produits L2 seulement : garder les bursts des orbites ascendantes ou descendantes.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="53"/>
        <source>Track (relative orbit, L2)</source>
        <translation>Trace (orbite relative, L2)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="53"/>
        <source>L2 products only: keep the bursts of this Sentinel-1 track (1 to 175); empty for every track.</source>
        <translation>Produits L2 seulement : garder les bursts de cette trace Sentinel-1 (1 à 175) ; vide pour toutes les traces.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="57"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="57"/>
        <source>Where the files are saved; files already there are not downloaded again.</source>
        <translation>Où les fichiers sont enregistrés ; les fichiers déjà présents ne sont pas téléchargés à nouveau.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="59"/>
        <source>Import into GeoPackage</source>
        <translation>Importer dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="59"/>
        <source>Optional: import the downloaded files into this GeoPackage (new or existing) and load the layers, styled by velocity.</source>
        <translation>Facultatif : importer les fichiers téléchargés dans ce GeoPackage (nouveau ou existant) et charger les couches, symbolisées par vitesse.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="71"/>
        <source>Downloaded files, one per line</source>
        <translation>Fichiers téléchargés, un par ligne</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="72"/>
        <source>Files downloaded now</source>
        <translation>Fichiers téléchargés maintenant</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="102"/>
        <source>No EGMS files of {product} {release} in this area.</source>
        <translation>Aucun fichier EGMS {product} {release} dans cette zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="104"/>
        <source>{n} files found ({mb:.1f} MB).</source>
        <translation>{n} fichiers trouvés ({mb:.1f} Mo).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="123"/>
        <source>Download cancelled; what arrived is kept in {folder} to resume.</source>
        <translation>Téléchargement annulé ; ce qui est arrivé est gardé dans {folder} pour reprendre.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="126"/>
        <source>No file could be downloaded: {first}</source>
        <translation>Aucun fichier n'a pu être téléchargé : {first}</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="128"/>
        <source>{new} files downloaded, {present} already there, {failed} failed.</source>
        <translation>{new} fichiers téléchargés, {present} déjà présents, {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="65"/>
        <source>The search area is empty.</source>
        <translation>La zone de recherche est vide.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="107"/>
        <source>the search</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="111"/>
        <source>The EGMS service asks to log in: import your CLMS service key in the plugin&apos;s Settings (or check that it is still valid).</source>
        <translation>Le service EGMS demande une connexion : importez votre clé de service CLMS dans les Paramètres de l'extension (ou vérifiez qu'elle est toujours valide).</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="113"/>
        <source>The EGMS service refused the request: {message}</source>
        <translation>Le service EGMS a refusé la requête : {message}</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="149"/>
        <source>The area is too large to search: {w:.1f}° × {h:.1f}° would take {n} searches (the EGMS service takes at most 5° a side, and the plugin makes at most {max}). Choose a smaller area.</source>
        <translation>La zone est trop grande pour une recherche : {w:.1f}° × {h:.1f}° demanderaient {n} recherches (le service EGMS accepte au plus 5° de côté, et l'extension en fait au plus {max}). Choisissez une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="194"/>
        <source>{file} is no longer offered by the EGMS service: search again.</source>
        <translation>{file} n'est plus proposé par le service EGMS : relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="66"/>
        <source>EGMS search results</source>
        <translation>Résultats de recherche EGMS</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>Ascending burst</source>
        <translation>Burst ascendant</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>Descending burst</source>
        <translation>Burst descendant</translation>
    </message>
    <message>
        <location filename="../core/egms/footprints.py" line="86"/>
        <source>L3 tile</source>
        <translation>Tuile L3</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="85"/>
        <source>{file} holds no EGMS download links (lines like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…).</source>
        <translation>{file} ne contient aucun lien de téléchargement EGMS (des lignes comme https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…).</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="232"/>
        <source>{file} is {got} bytes on the server where the search announced {expected}: not downloaded. Search again.</source>
        <translation>{file} fait {got} octets sur le serveur là où la recherche en annonçait {expected} : non téléchargé. Relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="38"/>
        <source>The EGMS search behind {file} expired: searching again.</source>
        <translation>La recherche EGMS derrière {file} a expiré : nouvelle recherche.</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="44"/>
        <source>The link for {file} has expired (EGMS Explorer links work only while their search is fresh). Export new links from the EGMS Explorer, or import your CLMS service key in the Settings and search here.</source>
        <translation>Le lien de {file} a expiré (les liens de l'EGMS Explorer ne valent que tant que leur recherche est récente). Exportez de nouveaux liens depuis l'EGMS Explorer, ou importez votre clé de service CLMS dans les Paramètres et cherchez ici.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="136"/>
        <source>{file} could not be downloaded: {error}</source>
        <translation>{file} n'a pas pu être téléchargé : {error}</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="142"/>
        <source>The download of {file} broke off {n} times ({error}); the {mb:.1f} MB received are kept: download it again to resume.</source>
        <translation>Le téléchargement de {file} s'est interrompu {n} fois ({error}) ; les {mb:.1f} Mo reçus sont gardés : relancez le téléchargement pour reprendre.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="148"/>
        <source>Download of {file} cancelled; what arrived is kept to resume.</source>
        <translation>Téléchargement de {file} annulé ; ce qui est arrivé est gardé pour reprendre.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="197"/>
        <source>{file} arrived with {got} bytes where the search announced {expected}: it was discarded. Download it again.</source>
        <translation>{file} est arrivé avec {got} octets là où la recherche en annonçait {expected} : il a été écarté. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="206"/>
        <source>{file} arrived damaged (not a complete zip) and was discarded. Download it again.</source>
        <translation>{file} est arrivé endommagé (zip incomplet) et a été écarté. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="109"/>
        <source>The transfer from {host} broke off: {reason}</source>
        <translation>Le transfert depuis {host} s'est interrompu : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>No service key yet. Searching and downloading EGMS files and CLMS data needs one: in your &lt;a href=&quot;https://land.copernicus.eu&quot;&gt;land.copernicus.eu&lt;/a&gt; profile, create an API token and download its key file (JSON), then import it here.</source>
        <translation>Pas encore de clé de service. La recherche et le téléchargement de fichiers EGMS et de données CLMS en demandent une : dans votre profil &lt;a href=&quot;https://land.copernicus.eu&quot;&gt;land.copernicus.eu&lt;/a&gt;, créez un jeton d'API et téléchargez son fichier de clé (JSON), puis importez-le ici.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Import CLMS service key</source>
        <translation>Importer la clé de service CLMS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Service key (*.json);;All files (*)</source>
        <translation>Clé de service (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Key not imported</source>
        <translation>Clé non importée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Key imported</source>
        <translation>Clé importée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>{file} is kept in QGIS&apos;s authentication database.</source>
        <translation>{file} est conservé dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source>Key not removed</source>
        <translation>Clé non supprimée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Key removed</source>
        <translation>Clé supprimée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>The service key was removed from QGIS&apos;s authentication database.</source>
        <translation>La clé de service a été supprimée de la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>Key works</source>
        <translation>La clé fonctionne</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>The service gave an access token for {client}.</source>
        <translation>Le service a fourni un jeton d'accès pour {client}.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Checking the CLMS service key</source>
        <translation>Vérification de la clé de service CLMS</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="121"/>
        <source>Mean series of {n} points</source>
        <translation>Série moyenne de {n} points</translation>
    </message>
    <message>
        <location filename="../ui/__init__.py" line="32"/>
        <source>Current map view</source>
        <translation>Vue actuelle de la carte</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="66"/>
        <source>Paste links…</source>
        <translation>Coller des liens…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="67"/>
        <source>Open egms-archive-links.txt…</source>
        <translation>Ouvrir egms-archive-links.txt…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="97"/>
        <source>The list of releases could not be fetched: {error}</source>
        <translation>La liste des éditions n'a pas pu être récupérée : {error}</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="108"/>
        <source>an empty list</source>
        <translation>une liste vide</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="112"/>
        <source>Fetching the EGMS releases</source>
        <translation>Récupération des éditions EGMS</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="120"/>
        <source>Choose an area to search: the map view, a rectangle drawn on the map, or a layer.</source>
        <translation>Choisissez une zone de recherche : la vue de la carte, un rectangle dessiné sur la carte, ou une couche.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="129"/>
        <source>Without a key, use “Add Explorer links…”.</source>
        <translation>Sans clé, utilisez « Ajouter des liens de l'Explorer… ».</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="144"/>
        <source>Searching EGMS files</source>
        <translation>Recherche de fichiers EGMS</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="156"/>
        <source>{n} EGMS files found ({mb:.1f} MB): check the ones to download.</source>
        <translation>{n} fichiers EGMS trouvés ({mb:.1f} Mo) : cochez ceux à télécharger.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="159"/>
        <source>No EGMS files of this product and release in this area.</source>
        <translation>Aucun fichier EGMS de ce produit et de cette édition dans cette zone.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="208"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="222"/>
        <source>Add EGMS Explorer links</source>
        <translation>Ajouter des liens de l'EGMS Explorer</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="222"/>
        <source>Paste download links copied from the EGMS Explorer, one per line:</source>
        <translation>Collez des liens de téléchargement copiés depuis l'EGMS Explorer, un par ligne :</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="229"/>
        <source>Open EGMS Explorer links</source>
        <translation>Ouvrir des liens de l'EGMS Explorer</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="229"/>
        <source>Link lists (*.txt);;All files (*)</source>
        <translation>Listes de liens (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="240"/>
        <source>No EGMS download links found: they look like https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…</source>
        <translation>Aucun lien de téléchargement EGMS trouvé : ils ressemblent à https://egms.land.copernicus.eu/insar-api/archive/download/EGMS_….zip?id=…</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="244"/>
        <source>{n} lines are not EGMS download links and were left out (first: {line}).</source>
        <translation>{n} lignes ne sont pas des liens de téléchargement EGMS et ont été écartées (première : {line}).</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="260"/>
        <source>Check the files to download (search first, or add Explorer links).</source>
        <translation>Cochez les fichiers à télécharger (cherchez d'abord, ou ajoutez des liens de l'Explorer).</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="264"/>
        <source>Downloads are already running: wait for them or cancel them.</source>
        <translation>Des téléchargements sont déjà en cours : attendez-les ou annulez-les.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="276"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="284"/>
        <source>Downloading EGMS file {n}/{total}: {file}</source>
        <translation>Téléchargement du fichier EGMS {n}/{total} : {file}</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="300"/>
        <source>downloading {p:.0f}%</source>
        <translation>téléchargement {p:.0f} %</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="312"/>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="312"/>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="314"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="323"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="334"/>
        <source>{done} of {total} files finished, {p:.0f}% overall.</source>
        <translation>{done} fichiers sur {total} terminés, {p:.0f} % au total.</translation>
    </message>
    <message>
        <location filename="../ui/egms_search_panel.py" line="345"/>
        <source>Downloads finished: {new} downloaded, {present} already there, {failed} failed, {cancelled} cancelled.</source>
        <translation>Téléchargements terminés : {new} téléchargés, {present} déjà présents, {failed} en échec, {cancelled} annulés.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="89"/>
        <source>Choose the area of the download: a NUTS region or an extent (not both).</source>
        <translation>Choisissez la zone du téléchargement : une région NUTS ou une emprise (pas les deux).</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="91"/>
        <source>Choose the projection of the download.</source>
        <translation>Choisissez la projection du téléchargement.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="104"/>
        <source>The download area is not a valid extent in degrees: {box}.</source>
        <translation>La zone de téléchargement n'est pas une emprise valide en degrés : {box}.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="109"/>
        <source>{dataset} is a time series: choose the start and end dates.</source>
        <translation>{dataset} est une série temporelle : choisissez les dates de début et de fin.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="113"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="115"/>
        <source>{dataset} can be requested for at most {limit} days at a time ({days} chosen).</source>
        <translation>{dataset} peut être demandé pour au plus {limit} jours à la fois ({days} choisis).</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="57"/>
        <source>{file} holds an entry outside its folder ({entry}): not unpacked.</source>
        <translation>{file} contient une entrée hors de son dossier ({entry}) : non décompressé.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="71"/>
        <source>{file} is not a complete zip file: download it again.</source>
        <translation>{file} n'est pas un fichier zip complet : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="105"/>
        <source>{file} holds no raster or vector data QGIS can open.</source>
        <translation>{file} ne contient aucune donnée raster ou vecteur que QGIS puisse ouvrir.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="57"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="87"/>
        <source>The CLMS catalogue answered with something that is not a search result.</source>
        <translation>Le catalogue CLMS a répondu par autre chose qu'un résultat de recherche.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="174"/>
        <source>Downloading from the CLMS needs your service key: import it in the plugin&apos;s Settings.</source>
        <translation>Télécharger depuis le CLMS nécessite votre clé de service : importez-la dans les Paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="195"/>
        <source>The CLMS service did not accept your access (HTTP {status}{detail}): check your service key in the plugin&apos;s Settings (Check key).</source>
        <translation>Le service CLMS n'a pas accepté votre accès (HTTP {status}{detail}) : vérifiez votre clé de service dans les Paramètres de l'extension (« Vérifier la clé »).</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="209"/>
        <source>The CLMS service kept saying the access token expired.</source>
        <translation>Le service CLMS a répété que le jeton d'accès avait expiré.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="230"/>
        <source>The CLMS service created no download request.</source>
        <translation>Le service CLMS n'a créé aucune demande de téléchargement.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="298"/>
        <source>The CLMS service refused the request: the area is too large ({message}). Choose a smaller area or a NUTS region.</source>
        <translation>Le service CLMS a refusé la demande : la zone est trop grande ({message}). Choisissez une zone plus petite ou une région NUTS.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="300"/>
        <source>The CLMS service refused the request: {message}</source>
        <translation>Le service CLMS a refusé la demande : {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="40"/>
        <source>The view service did not answer with WMS capabilities ({error}).</source>
        <translation>Le service de visualisation n'a pas répondu par des capacités WMS ({error}).</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="68"/>
        <source>The view service of {dataset} lists no layer.</source>
        <translation>Le service de visualisation de {dataset} ne liste aucune couche.</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="84"/>
        <source>{dataset} has no view service: download it instead.</source>
        <translation>{dataset} n'a pas de service de visualisation : téléchargez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../core/clms/view.py" line="103"/>
        <source>The view service of {dataset} is a WMTS, which this version cannot add by itself: add {url} with Layer ▸ Add Layer ▸ Add WMS/WMTS Layer.</source>
        <translation>Le service de visualisation de {dataset} est un WMTS, que cette version ne sait pas ajouter elle-même : ajoutez {url} par Couche ▸ Ajouter une couche ▸ Ajouter une couche WMS/WMTS.</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="49"/>
        <source>{file} cannot be read as a vector file.</source>
        <translation>{file} ne peut pas être lu comme fichier vecteur.</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="52"/>
        <source>{file} is not a GISCO NUTS file (it has no NUTS_ID field).</source>
        <translation>{file} n'est pas un fichier NUTS de GISCO (il n'a pas de champ NUTS_ID).</translation>
    </message>
    <message>
        <location filename="../core/clms/nuts.py" line="65"/>
        <source>{file} holds no NUTS region.</source>
        <translation>{file} ne contient aucune région NUTS.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="28"/>
        <source>Download CLMS data for an area</source>
        <translation>Télécharger des données CLMS pour une zone</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="31"/>
        <source>Requests a dataset of the Copernicus Land Monitoring Service for an extent or a NUTS region in the chosen format and projection, waits while the CLMS prepares it (this can take minutes to hours; cancelling also cancels the request), downloads and unpacks the result and loads its layers (CORINE Land Cover with its official legend). Needs the CLMS service key imported in the plugin&apos;s Settings.</source>
        <translation>Demande un jeu de données du service de surveillance des terres de Copernicus pour une emprise ou une région NUTS dans le format et la projection choisis, attend pendant que le CLMS le prépare (cela peut prendre de quelques minutes à quelques heures ; annuler annule aussi la demande), télécharge et décompresse le résultat et charge ses couches (CORINE Land Cover avec sa légende officielle). Nécessite la clé de service CLMS importée dans les Paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="38"/>
        <source>Dataset (title or UID)</source>
        <translation>Jeu de données (titre ou UID)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="38"/>
        <source>The dataset&apos;s title as the catalogue shows it (e.g. CORINE Land Cover 2018) or its UID.</source>
        <translation>Le titre du jeu de données tel que le catalogue l'affiche (par ex. CORINE Land Cover 2018) ou son UID.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="40"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="40"/>
        <source>The area to download; or give a NUTS region instead.</source>
        <translation>La zone à télécharger ; ou donnez plutôt une région NUTS.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="46"/>
        <source>NUTS region code</source>
        <translation>Code de région NUTS</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="46"/>
        <source>A NUTS 2021 code of any level (e.g. ITC11) or a country code, instead of an extent.</source>
        <translation>Un code NUTS 2021 de n'importe quel niveau (par ex. ITC11) ou un code de pays, au lieu d'une emprise.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="48"/>
        <source>Output format</source>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="50"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="53"/>
        <source>Start date (time series)</source>
        <translation>Date de début (séries temporelles)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="53"/>
        <source>End date (time series)</source>
        <translation>Date de fin (séries temporelles)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="54"/>
        <source>Time-series datasets only: the interval to download (within the dataset&apos;s limit).</source>
        <translation>Jeux de données en séries temporelles seulement : l'intervalle à télécharger (dans la limite du jeu de données).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="57"/>
        <source>The result&apos;s zip and its unpacked files go here.</source>
        <translation>Le zip du résultat et ses fichiers décompressés vont ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="59"/>
        <source>Data files, one per line</source>
        <translation>Fichiers de données, un par ligne</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="60"/>
        <source>The CLMS request&apos;s task id</source>
        <translation>L'identifiant de tâche de la demande CLMS</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="61"/>
        <source>Loaded layers</source>
        <translation>Couches chargées</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="82"/>
        <source>No CLMS dataset is called “{text}”: give its title as the catalogue shows it, or its UID.</source>
        <translation>Aucun jeu de données CLMS ne s'appelle « {text} » : donnez son titre tel que le catalogue l'affiche, ou son UID.</translation>
    </message>
    <message>
        <location filename="../core/clms/catalogue.py" line="172"/>
        <source>{dataset} cannot be downloaded by area.</source>
        <translation>{dataset} ne peut pas être téléchargé par zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="104"/>
        <source>Request {id} made for {dataset}; waiting for the CLMS to prepare it.</source>
        <translation>Demande {id} faite pour {dataset} ; en attente de sa préparation par le CLMS.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="115"/>
        <source>{n} data files in {folder}.</source>
        <translation>{n} fichiers de données dans {folder}.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="143"/>
        <source>Cancelled; the CLMS request {id} was cancelled too.</source>
        <translation>Annulé ; la demande CLMS {id} a été annulée aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="146"/>
        <source>Request {id}: {status}</source>
        <translation>Demande {id} : {status}</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="154"/>
        <source>The CLMS request {id} is still not ready; it stays in your requests (CLMS panel) to be fetched later.</source>
        <translation>La demande CLMS {id} n'est toujours pas prête ; elle reste dans vos demandes (panneau CLMS) pour être récupérée plus tard.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="22"/>
        <source>CLMS</source>
        <translation>CLMS</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="30"/>
        <source>The EGMS service</source>
        <translation>Le service EGMS</translation>
    </message>
    <message>
        <location filename="../core/egms/download.py" line="47"/>
        <source>The EGMS service no longer accepts the search behind {file}, even renewed: search again.</source>
        <translation>Le service EGMS n'accepte plus la recherche derrière {file}, même renouvelée : relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="163"/>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="171"/>
        <source>{service} stayed busy (too many requests): {what} did not go through. Try again in a few minutes.</source>
        <translation>{service} est resté occupé (trop de requêtes) : {what} n'a pas abouti. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="174"/>
        <source>{service} is busy (too many requests): {what} is tried again in {seconds} s.</source>
        <translation>{service} est occupé (trop de requêtes) : nouvel essai de {what} dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="91"/>
        <source>The download link of {file} has expired.</source>
        <translation>Le lien de téléchargement de {file} a expiré.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="134"/>
        <source>{service} does not have {file} (HTTP 404).</source>
        <translation>{service} n'a pas {file} (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="134"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="204"/>
        <source>The service did not send {file}: {message}</source>
        <translation>Le service n'a pas envoyé {file} : {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="31"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="31"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="32"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="98"/>
        <source>{shown} of {total} datasets</source>
        <translation>{shown} jeux de données sur {total}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="104"/>
        <source>No dataset in the CLMS catalogue matches this search.</source>
        <translation>Aucun jeu de données du catalogue CLMS ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="110"/>
        <source>Searching the CLMS catalogue</source>
        <translation>Recherche dans le catalogue CLMS</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="210"/>
        <source>The view service of {dataset} could not be opened: {error}</source>
        <translation>Le service de visualisation de {dataset} n'a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="214"/>
        <source>{layer} added from the view service (nothing downloaded).</source>
        <translation>{layer} ajoutée depuis le service de visualisation (rien de téléchargé).</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="217"/>
        <source>Opening the view service of {dataset}</source>
        <translation>Ouverture du service de visualisation de {dataset}</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="51"/>
        <source>GISCO NUTS regions</source>
        <translation>Régions NUTS de GISCO</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="51"/>
        <source>Vector files (*.geojson *.json *.gpkg *.shp);;All files (*)</source>
        <translation>Fichiers vecteur (*.geojson *.json *.gpkg *.shp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="63"/>
        <source>{n} NUTS regions from {file}.</source>
        <translation>{n} régions NUTS tirées de {file}.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="78"/>
        <source>“{text}” is not a NUTS region: type a code or a name and pick one of the suggestions.</source>
        <translation>« {text} » n'est pas une région NUTS : tapez un code ou un nom et choisissez une des suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="84"/>
        <source>Choose the layer whose selected features give the area.</source>
        <translation>Choisissez la couche dont les entités sélectionnées donnent la zone.</translation>
    </message>
    <message>
        <location filename="../ui/clms_area.py" line="91"/>
        <source>The download area is empty.</source>
        <translation>La zone de téléchargement est vide.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="249"/>
        <source>Download of {dataset} requested (task {ids}). The CLMS prepares it; it lands in the project when ready.</source>
        <translation>Téléchargement de {dataset} demandé (tâche {ids}). Le CLMS le prépare ; il arrivera dans le projet une fois prêt.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="263"/>
        <source>Requesting {dataset}</source>
        <translation>Demande de {dataset}</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="92"/>
        <source>Checking the CLMS download requests</source>
        <translation>Vérification des demandes de téléchargement CLMS</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="114"/>
        <source>{dataset}: {layers} added to the project ({folder}).</source>
        <translation>{dataset} : {layers} ajouté(es) au projet ({folder}).</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="126"/>
        <source>Downloading {dataset}</source>
        <translation>Téléchargement de {dataset}</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="146"/>
        <source>Select a request in the list first.</source>
        <translation>Sélectionnez d'abord une demande dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="156"/>
        <source>This request has already finished.</source>
        <translation>Cette demande est déjà terminée.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="173"/>
        <source>Request {id} cancelled.</source>
        <translation>Demande {id} annulée.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="175"/>
        <source>Cancelling CLMS request {id}</source>
        <translation>Annulation de la demande CLMS {id}</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="191"/>
        <source>in the project</source>
        <translation>dans le projet</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="191"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="200"/>
        <source>{n} requests being prepared by the CLMS; checked every {s} s.</source>
        <translation>{n} demandes en préparation au CLMS ; vérifiées toutes les {s} s.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="314"/>
        <source>yes, {kind}</source>
        <translation>oui, {kind}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="314"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="319"/>
        <source>by area</source>
        <translation>par zone</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="321"/>
        <source>{n} pre-packaged files</source>
        <translation>{n} fichiers préparés</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="323"/>
        <source>time series, at most {n} days a request</source>
        <translation>série temporelle, au plus {n} jours par demande</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="323"/>
        <source>time series</source>
        <translation>série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Time</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Projections</source>
        <translation>Projections</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>INSPIRE themes</source>
        <translation>Thèmes INSPIRE</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>View service</source>
        <translation>Service de visualisation</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="325"/>
        <source>not from here</source>
        <translation>pas depuis ici</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="332"/>
        <source>Product page on land.copernicus.eu</source>
        <translation>Page du produit sur land.copernicus.eu</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>Load workshop sample</source>
        <translation>Charger l'exemple d'atelier</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Build an offline, synthetic Grindavík-like EGMS case, import it and open a guided walk-through</source>
        <translation>Construire hors ligne un cas EGMS synthétique inspiré de Grindavík, l'importer et ouvrir un parcours guidé</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="32"/>
        <source>The link to {file} has expired (the CLMS keeps results for a few days): request the data again.</source>
        <translation>Le lien vers {file} a expiré (le CLMS garde les résultats quelques jours) : demandez à nouveau les données.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="23"/>
        <source>Decompose ascending and descending LOS into vertical and east-west</source>
        <translation>Décomposer les visées ascendante et descendante en vertical et est-ouest</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="26"/>
        <source>From an ascending and a descending EGMS L2 layer (L2a or L2b), the vertical and east-west velocities (mm/year) on a regular grid in EPSG:3035: in each cell the mean line-of-sight velocities of both geometries and the points&apos; LOS unit vectors give two equations in the east and up motion (north-south motion, which Sentinel-1 barely sees, is taken as 0, as for EGMS L3). Cells seen from one geometry only are left empty and counted (ONE_GEOMETRY_CELLS).</source>
        <translation>À partir d'une couche EGMS L2 ascendante et d'une descendante (L2a ou L2b), les vitesses verticale et est-ouest (mm/an) sur une grille régulière en EPSG:3035 : dans chaque cellule, les vitesses moyennes en ligne de visée des deux géométries et les vecteurs unitaires de visée des points donnent deux équations en mouvement est et vertical (le mouvement nord-sud, que Sentinel-1 voit à peine, est pris à 0, comme pour EGMS L3). Les cellules vues par une seule géométrie sont laissées vides et comptées (ONE_GEOMETRY_CELLS).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="33"/>
        <source>Ascending L2 layer</source>
        <translation>Couche L2 ascendante</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="33"/>
        <source>Descending L2 layer</source>
        <translation>Couche L2 descendante</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="34"/>
        <source>EGMS L2 points with mean_velocity and the LOS unit vector (los_east, los_north, los_up). An imported layer holding both directions can be given for both: each takes the points of its direction.</source>
        <translation>Points EGMS L2 avec mean_velocity et le vecteur unitaire de visée (los_east, los_north, los_up). Une couche importée contenant les deux sens peut être donnée pour les deux : chacune prend les points de son sens.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="38"/>
        <source>Grid cell size</source>
        <translation>Taille des cellules de la grille</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="38"/>
        <source>The side of a grid cell, in metres (EGMS L3 uses 100 m).</source>
        <translation>Le côté d'une cellule, en mètres (EGMS L3 utilise 100 m).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="40"/>
        <source>Vertical and east-west velocities</source>
        <translation>Vitesses verticale et est-ouest</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="40"/>
        <source>One square per cell holding points: up_mm_yr, east_mm_yr (empty where one geometry only), n_asc, n_desc, vlos_asc, vlos_desc.</source>
        <translation>Un carré par cellule contenant des points : up_mm_yr, east_mm_yr (vides là où il n'y a qu'une géométrie), n_asc, n_desc, vlos_asc, vlos_desc.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="44"/>
        <source>Cells with vertical and east-west velocities</source>
        <translation>Cellules avec vitesses verticale et est-ouest</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="45"/>
        <source>Cells seen from one geometry only</source>
        <translation>Cellules vues par une seule géométrie</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="53"/>
        <source>{layer} lacks {fields}: use EGMS L2 layers (their points carry the LOS unit vector).</source>
        <translation>Il manque {fields} à {layer} : utilisez des couches EGMS L2 (leurs points portent le vecteur unitaire de visée).</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="69"/>
        <source>{layer} holds no {direction} points.</source>
        <translation>{layer} ne contient aucun point {direction}.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="77"/>
        <source>Both layers look at the ground from the same side (their LOS east components have the same sign): give one ascending and one descending layer.</source>
        <translation>Les deux couches regardent le sol du même côté (leurs composantes est de visée ont le même signe) : donnez une couche ascendante et une descendante.</translation>
    </message>
    <message>
        <location filename="../algorithms/decompose_los.py" line="97"/>
        <source>{solved} cells with vertical and east-west velocities; {one} seen from one geometry only, left empty.</source>
        <translation>{solved} cellules avec vitesses verticale et est-ouest ; {one} vues par une seule géométrie, laissées vides.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="23"/>
        <source>Fit trends to EGMS time series</source>
        <translation>Ajuster des tendances aux séries temporelles EGMS</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="35"/>
        <source>An imported EGMS layer, or an EGMS CSV loaded as delimited text (its selection, if ticked).</source>
        <translation>Une couche EGMS importée, ou un CSV EGMS chargé comme texte délimité (sa sélection, si cochée).</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="38"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="39"/>
        <source>Optional: the {which} day of the period to fit; empty: the series&apos; own.</source>
        <translation>Facultatif : le {which} jour de la période à ajuster ; vide : celui de la série.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="47"/>
        <source>Points with trend fields</source>
        <translation>Points avec champs de tendance</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="47"/>
        <source>The input points with fit_vel, fit_acc, fit_season, fit_rmse and fit_n added.</source>
        <translation>Les points d'entrée avec fit_vel, fit_acc, fit_season, fit_rmse et fit_n en plus.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>Look</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="30"/>
        <source>Style</source>
        <translation>Symboliser</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="33"/>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="70"/>
        <source>Seasons</source>
        <translation>Saisons</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="72"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="74"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="74"/>
        <source>Save the figure (PNG/SVG) and the series (CSV) from the plot; in the Processing toolbox, &lt;i&gt;CLMS &amp;amp; EGMS ▸ EGMS&lt;/i&gt; exports series, fits trends for every point, and decomposes the ascending and descending bursts (&lt;b&gt;egms_l2b&lt;/b&gt;) into vertical and east-west motion to compare with L3.</source>
        <translation>Enregistrez la figure (PNG/SVG) et les séries (CSV) depuis le graphique ; dans la boîte à outils de traitements, &lt;i&gt;CLMS &amp;amp; EGMS ▸ EGMS&lt;/i&gt; exporte des séries, ajuste des tendances pour chaque point et décompose les bursts ascendant et descendant (&lt;b&gt;egms_l2b&lt;/b&gt;) en mouvements vertical et est-ouest à comparer avec L3.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="126"/>
        <source>Building the workshop sample</source>
        <translation>Construction de l'exemple d'atelier</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="46"/>
        <source>The service key</source>
        <translation>La clé de service</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="19"/>
        <source>Continuous urban fabric</source>
        <translation>Tissu urbain continu</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="20"/>
        <source>Discontinuous urban fabric</source>
        <translation>Tissu urbain discontinu</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="21"/>
        <source>Industrial or commercial units</source>
        <translation>Zones industrielles ou commerciales et installations publiques</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="22"/>
        <source>Road and rail networks and associated land</source>
        <translation>Réseaux routier et ferroviaire et espaces associés</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="23"/>
        <source>Port areas</source>
        <translation>Zones portuaires</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="24"/>
        <source>Airports</source>
        <translation>Aéroports</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="25"/>
        <source>Mineral extraction sites</source>
        <translation>Extraction de matériaux</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="26"/>
        <source>Dump sites</source>
        <translation>Décharges</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="27"/>
        <source>Construction sites</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="28"/>
        <source>Green urban areas</source>
        <translation>Espaces verts urbains</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="29"/>
        <source>Sport and leisure facilities</source>
        <translation>Équipements sportifs et de loisirs</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="30"/>
        <source>Non-irrigated arable land</source>
        <translation>Terres arables hors périmètres d'irrigation</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="31"/>
        <source>Permanently irrigated land</source>
        <translation>Périmètres irrigués en permanence</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="32"/>
        <source>Rice fields</source>
        <translation>Rizières</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="33"/>
        <source>Vineyards</source>
        <translation>Vignobles</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="34"/>
        <source>Fruit trees and berry plantations</source>
        <translation>Vergers et petits fruits</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="35"/>
        <source>Olive groves</source>
        <translation>Oliveraies</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="36"/>
        <source>Pastures</source>
        <translation>Prairies et autres surfaces toujours en herbe à usage agricole</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="37"/>
        <source>Annual crops associated with permanent crops</source>
        <translation>Cultures annuelles associées à des cultures permanentes</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="38"/>
        <source>Complex cultivation patterns</source>
        <translation>Systèmes culturaux et parcellaires complexes</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="39"/>
        <source>Land principally occupied by agriculture, with significant areas of natural vegetation</source>
        <translation>Surfaces essentiellement agricoles, interrompues par des espaces naturels importants</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="41"/>
        <source>Agro-forestry areas</source>
        <translation>Territoires agroforestiers</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="42"/>
        <source>Broad-leaved forest</source>
        <translation>Forêts de feuillus</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="43"/>
        <source>Coniferous forest</source>
        <translation>Forêts de conifères</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="44"/>
        <source>Mixed forest</source>
        <translation>Forêts mélangées</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="45"/>
        <source>Natural grasslands</source>
        <translation>Pelouses et pâturages naturels</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="46"/>
        <source>Moors and heathland</source>
        <translation>Landes et broussailles</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="47"/>
        <source>Sclerophyllous vegetation</source>
        <translation>Végétation sclérophylle</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="48"/>
        <source>Transitional woodland-shrub</source>
        <translation>Forêt et végétation arbustive en mutation</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="49"/>
        <source>Beaches, dunes, sands</source>
        <translation>Plages, dunes et sable</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="50"/>
        <source>Bare rocks</source>
        <translation>Roches nues</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="51"/>
        <source>Sparsely vegetated areas</source>
        <translation>Végétation clairsemée</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="52"/>
        <source>Burnt areas</source>
        <translation>Zones incendiées</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="53"/>
        <source>Glaciers and perpetual snow</source>
        <translation>Glaciers et neiges éternelles</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="54"/>
        <source>Inland marshes</source>
        <translation>Marais intérieurs</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="55"/>
        <source>Peat bogs</source>
        <translation>Tourbières</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="56"/>
        <source>Salt marshes</source>
        <translation>Marais maritimes</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="57"/>
        <source>Salines</source>
        <translation>Marais salants</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="58"/>
        <source>Intertidal flats</source>
        <translation>Zones intertidales</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="59"/>
        <source>Water courses</source>
        <translation>Cours et voies d'eau</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="60"/>
        <source>Water bodies</source>
        <translation>Plans d'eau</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="61"/>
        <source>Coastal lagoons</source>
        <translation>Lagunes littorales</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="62"/>
        <source>Estuaries</source>
        <translation>Estuaires</translation>
    </message>
    <message>
        <location filename="../core/clms/clc.py" line="63"/>
        <source>Sea and ocean</source>
        <translation>Mers et océans</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="84"/>
        <source>Import EGMS files into PostGIS</source>
        <translation>Importer des fichiers EGMS dans PostGIS</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="87"/>
        <source>Imports EGMS files (L2a, L2b, L3 up/east; any release), as downloaded or extracted, or folders of them, into a schema of a PostGIS database: the same layers and compact time series as the GeoPackage import, loaded in bulk (COPY), one transaction per file, indexed on geometry, velocity and pid. For many bursts and tiles, and for sharing them with colleagues. The connection is one of QGIS&apos;s saved PostgreSQL connections, with its credentials.</source>
        <translation>Importe des fichiers EGMS (L2a, L2b, L3 vertical/est ; toute version), tels que téléchargés ou extraits, ou des dossiers de fichiers, dans un schéma d’une base PostGIS : les mêmes couches et séries temporelles compactes que l’import GeoPackage, chargées en masse (COPY), une transaction par fichier, indexées sur la géométrie, la vitesse et le pid. Pour de nombreux bursts et tuiles, et pour les partager avec des collègues. La connexion est l’une des connexions PostgreSQL enregistrées dans QGIS, avec ses identifiants.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="98"/>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="98"/>
        <source>A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); the database needs the PostGIS extension.</source>
        <translation>Une connexion PostgreSQL enregistrée (Gestionnaire des sources de données ▸ PostgreSQL) ; la base doit avoir l’extension PostGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="102"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="102"/>
        <source>The schema to write into; created if it does not exist.</source>
        <translation>Le schéma où écrire ; créé s’il n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="71"/>
        <source>There is no saved PostgreSQL connection called “{name}”: add it in the Data Source Manager (PostgreSQL) or pick another one.</source>
        <translation>Aucune connexion PostgreSQL enregistrée ne s’appelle « {name} » : ajoutez-la dans le Gestionnaire des sources de données (PostgreSQL) ou choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="190"/>
        <source>Import cancelled: {file} was not imported; files imported before it stay in {target}.</source>
        <translation>Import annulé : {file} n’a pas été importé ; les fichiers importés avant lui restent dans {target}.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="205"/>
        <source>{target}: the database refused the user name or password ({error}). Check the connection&apos;s credentials in the Data Source Manager.</source>
        <translation>{target} : la base a refusé le nom d’utilisateur ou le mot de passe ({error}). Vérifiez les identifiants de la connexion dans le Gestionnaire des sources de données.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="208"/>
        <source>Cannot connect to {target}: {error}</source>
        <translation>Connexion impossible à {target} : {error}</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="210"/>
        <source>{target}: permission denied ({error}). The database user needs the right to create tables in schema {schema}.</source>
        <translation>{target} : permission refusée ({error}). L’utilisateur de la base doit avoir le droit de créer des tables dans le schéma {schema}.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="214"/>
        <source>{target}: the database server is out of disk or memory; the file being imported was rolled back.</source>
        <translation>{target} : le serveur de base de données manque d’espace disque ou de mémoire ; le fichier en cours d’import a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="256"/>
        <source>{target}: PostGIS is not enabled in this database. Ask its administrator to run CREATE EXTENSION postgis;</source>
        <translation>{target} : PostGIS n’est pas activé dans cette base. Demandez à son administrateur d’exécuter CREATE EXTENSION postgis;</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="219"/>
        <source>{target}: {error}</source>
        <translation>{target} : {error}</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="41"/>
        <source>A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); its user name and password, or its authentication configuration, are used</source>
        <translation>Une connexion PostgreSQL enregistrée (Gestionnaire des sources de données ▸ PostgreSQL) ; son nom d’utilisateur et son mot de passe, ou sa configuration d’authentification, sont utilisés</translation>
    </message>
    <message>
        <location filename="../ui/egms_panel.py" line="68"/>
        <source>No PostgreSQL connection is saved in QGIS: add one in the Data Source Manager (PostgreSQL), then choose it here.</source>
        <translation>Aucune connexion PostgreSQL n’est enregistrée dans QGIS : ajoutez-en une dans le Gestionnaire des sources de données (PostgreSQL), puis choisissez-la ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="33"/>
        <source>Searches the EGMS archive for the files of one product and release that cover an extent and downloads them into a folder (files already there are skipped, interrupted ones resumed), then optionally imports them into a GeoPackage or a PostGIS database. Needs the CLMS service key imported in the plugin's Settings (CLMS &amp; EGMS panel ▸ Settings…); the EGMS service address is a setting there too.</source>
        <translation>Cherche dans l’archive EGMS les fichiers d’un produit et d’une version qui couvrent une emprise et les télécharge dans un dossier (les fichiers déjà présents sont ignorés, les téléchargements interrompus repris), puis les importe si demandé dans un GeoPackage ou une base PostGIS. Nécessite la clé de service CLMS importée dans les paramètres de l’extension (panneau CLMS &amp; EGMS ▸ Paramètres…) ; l’adresse du service EGMS s’y règle aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="64"/>
        <source>Or import into PostGIS (connection)</source>
        <translation>Ou importer dans PostGIS (connexion)</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="64"/>
        <source>Optional, instead of a GeoPackage: import into this saved PostgreSQL connection&apos;s database (see Import EGMS files into PostGIS).</source>
        <translation>Facultatif, au lieu d’un GeoPackage : importer dans la base de cette connexion PostgreSQL enregistrée (voir Importer des fichiers EGMS dans PostGIS).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="68"/>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <location filename="../algorithms/download_egms.py" line="68"/>
        <source>The schema to import into; created if it does not exist.</source>
        <translation>Le schéma où importer ; créé s’il n’existe pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_egms.py" line="94"/>
        <source>Re-import files already in the database</source>
        <translation>Réimporter les fichiers déjà présents dans la base</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="39"/>
        <source>The server gave “{name}” as a file name, which is not a plain file name: refused, nothing was written.</source>
        <translation>Le serveur a donné « {name} » comme nom de fichier, ce qui n’est pas un simple nom de fichier : refusé, rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../core/paths.py" line="45"/>
        <source>{path} leads outside {folder} (a link): refused, nothing was written.</source>
        <translation>{path} mène hors de {folder} (un lien) : refusé, rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="43"/>
        <source>The CLMS gave the request id “{id}”, which cannot name a file: not downloaded.</source>
        <translation>Le CLMS a donné l’identifiant de demande « {id} », qui ne peut pas nommer un fichier : non téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/clms/results.py" line="100"/>
        <source>{file} could not be unpacked: {reason}</source>
        <translation>{file} n’a pas pu être décompressé : {reason}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="220"/>
        <source>the download request</source>
        <translation>la demande de téléchargement</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="238"/>
        <source>the list of your requests</source>
        <translation>la liste de vos demandes</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="248"/>
        <source>the status of request {id}</source>
        <translation>l’état de la demande {id}</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="282"/>
        <source>The CLMS service answered {what} with something unexpected (expected {expected}, got: {excerpt}). Try again later.</source>
        <translation>Le service CLMS a répondu à {what} par quelque chose d’inattendu (attendu : {expected}, reçu : {excerpt}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="180"/>
        <source>Imported before it and kept in {target}: {files}.</source>
        <translation>Importés avant et conservés dans {target} : {files}.</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="210"/>
        <source>None of the {n} rows of {file} could be imported ({reasons}): the file was not imported.</source>
        <translation>Aucune des {n} lignes de {file} n’a pu être importée ({reasons}) : le fichier n’a pas été importé.</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="121"/>
        <source>The EGMS service answered the list of releases with something other than a list (got: {excerpt}).</source>
        <translation>Le service EGMS a répondu à la liste des versions par autre chose qu’une liste (reçu : {excerpt}).</translation>
    </message>
    <message>
        <location filename="../core/egms/api.py" line="178"/>
        <source>The EGMS service answered the search with something other than a list of files (expected an object with “hits” and “id”, got: {excerpt}). Try again later.</source>
        <translation>Le service EGMS a répondu à la recherche par autre chose qu’une liste de fichiers (attendu : un objet avec « hits » et « id », reçu : {excerpt}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="240"/>
        <source>{file} has a line longer than {n} characters (line {line}): it is not an EGMS CSV file. Nothing of it was imported.</source>
        <translation>{file} a une ligne de plus de {n} caractères (ligne {line}) : ce n’est pas un fichier CSV EGMS. Rien n’en a été importé.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="243"/>
        <source>{file} ends in the middle of a row (line {line}): it is cut short (an incomplete download or copy). Nothing of it was imported: download or copy it again.</source>
        <translation>{file} s’arrête au milieu d’une ligne (ligne {line}) : il est tronqué (téléchargement ou copie incomplets). Rien n’en a été importé : téléchargez-le ou copiez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="259"/>
        <source>coordinates outside Europe (EPSG:3035)</source>
        <translation>coordonnées hors d’Europe (EPSG:3035)</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="260"/>
        <source>pid {pid}: easting {x:g}, northing {y:g}</source>
        <translation>pid {pid} : abscisse {x:g}, ordonnée {y:g}</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="262"/>
        <source>values out of range</source>
        <translation>valeurs hors limites</translation>
    </message>
    <message>
        <location filename="../core/egms/reader.py" line="263"/>
        <source>pid {pid}: {value} in column {column}</source>
        <translation>pid {pid} : {value} dans la colonne {column}</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/connection.py" line="59"/>
        <source>{gpkg} holds the unfinished write of an import that was stopped; it is repaired when it is opened once where it can be written.</source>
        <translation>{gpkg} contient l’écriture inachevée d’une importation interrompue ; il est réparé dès qu’il est ouvert une fois là où il peut être écrit.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="228"/>
        <source>Another import is creating {gpkg} right now: wait until it has finished, then import again (the files are added to it).</source>
        <translation>Une autre importation est en train de créer {gpkg} : attendez qu’elle soit terminée, puis importez à nouveau (les fichiers y seront ajoutés).</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/store.py" line="263"/>
        <source>{gpkg} was created by another import while this one ran: this import was not kept, so nothing of either is lost. Import again to add these files to it.</source>
        <translation>{gpkg} a été créé par une autre importation pendant celle-ci : cette importation n’a pas été conservée, ainsi rien n’est perdu. Importez à nouveau pour y ajouter ces fichiers.</translation>
    </message>
    <message>
        <location filename="../core/egms/formats.py" line="125"/>
        <source>{file} is not an EGMS file: its date column “{column}” is not a date (yyyymmdd) after the one before it.</source>
        <translation>{file} n’est pas un fichier EGMS : sa colonne de date « {column} » n’est pas une date (aaaammjj) postérieure à la précédente.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="133"/>
        <source>{host} did not answer within {seconds:g} s (QGIS's network timeout, in Settings ▸ Options ▸ Network).</source>
        <translation>{host} n’a pas répondu dans les {seconds:g} s (le délai réseau de QGIS, dans Préférences ▸ Options ▸ Réseau).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="136"/>
        <source>{host} did not answer within {seconds:g} s.</source>
        <translation>{host} n’a pas répondu dans les {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="162"/>
        <source>{host} answered HTTP {status} without saying where to.</source>
        <translation>{host} a répondu HTTP {status} sans dire vers où.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="170"/>
        <source>{host} redirected to {target}, which is not followed (not a safe web address for this request).</source>
        <translation>{host} a redirigé vers {target}, qui n’est pas suivi (adresse web non sûre pour cette requête).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="178"/>
        <source>{host} redirected more than {n} times: stopped.</source>
        <translation>{host} a redirigé plus de {n} fois : arrêté.</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="183"/>
        <source>The server sent more than the {size} bytes announced for {file}: stopped; what arrived was discarded.</source>
        <translation>Le serveur a envoyé plus que les {size} octets annoncés pour {file} : arrêté ; ce qui est arrivé a été supprimé.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="115"/>
        <source>The CLMS service refused the access request: {reason}. Check that this computer&apos;s clock and time zone are right, then try again.</source>
        <translation>Le service CLMS a refusé la demande d’accès : {reason}. Vérifiez l’heure et le fuseau horaire de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="118"/>
        <source>The CLMS service refused the service key (HTTP {status}{reason}): it may be expired or revoked. Create a new key in your land.copernicus.eu profile and import it in the Settings.</source>
        <translation>Le service CLMS a refusé la clé de service (HTTP {status}{reason}) : elle a peut-être expiré ou été révoquée. Créez une nouvelle clé dans votre profil land.copernicus.eu et importez-la dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="122"/>
        <source>The CLMS queued the request for {dataset} without a task id yet (as for datasets from the Copernicus Data Space Ecosystem); looking for it in your requests.</source>
        <translation>Le CLMS a mis en file la demande pour {dataset} sans identifiant pour l’instant (comme pour les jeux de données du Copernicus Data Space Ecosystem) ; elle est recherchée dans vos demandes.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="131"/>
        <source>The CLMS accepted the request for {dataset} but has not listed it yet: it will appear in your requests (CLMS panel ▸ Refresh).</source>
        <translation>Le CLMS a accepté la demande pour {dataset} mais ne l’a pas encore listée : elle apparaîtra dans vos demandes (panneau CLMS ▸ Actualiser).</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="252"/>
        <source>Download of {dataset} requested. The CLMS queues it (it gives the task id later, as for datasets from the Copernicus Data Space Ecosystem); it lands in the project when ready.</source>
        <translation>Téléchargement de {dataset} demandé. Le CLMS le met en file (l’identifiant suit plus tard, comme pour les jeux de données du Copernicus Data Space Ecosystem) ; il arrive dans le projet dès qu’il est prêt.</translation>
    </message>
    <message>
        <location filename="../ui/clms_requests.py" line="159"/>
        <source>The CLMS has not given this request a task id yet: it can be cancelled once it has one (Refresh).</source>
        <translation>Le CLMS n’a pas encore donné d’identifiant à cette demande : elle pourra être annulée dès qu’elle en aura un (Actualiser).</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="65"/>
        <source>{dataset} (stored as {stored}) can be downloaded as {allowed}, not as {chosen}.</source>
        <translation>{dataset} (stocké en {stored}) peut être téléchargé en {allowed}, pas en {chosen}.</translation>
    </message>
    <message>
        <location filename="../core/clms/api.py" line="258"/>
        <source>The CLMS does not know the request {id} (any more) under your account: remove it from the list.</source>
        <translation>Le CLMS ne connaît pas (plus) la demande {id} sous votre compte : retirez-la de la liste.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>CLMS service key</source>
        <translation>Clé de service CLMS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is kept in QGIS&apos;s authentication database.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; est conservée dans la base d’authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="355"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="288"/>
        <source>Reading the CLMS catalogue&apos;s filters</source>
        <translation>Lecture des filtres du catalogue CLMS</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="77"/>
        <source>Clear reference</source>
        <translation>Retirer la référence</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="78"/>
        <source>Every series is shown relative to {pid}; press to show them as they are</source>
        <translation>Toutes les séries sont affichées par rapport à {pid} ; cliquer pour les afficher telles quelles</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="125"/>
        <source>No connection to the CLMS service, which gives the access token of your service key (downloads and EGMS searches need it): {reason} Check the internet connection or QGIS&apos;s proxy settings (Settings &gt; Options &gt; Network).</source>
        <translation>Pas de connexion au service CLMS, qui fournit le jeton d'accès de votre clé de service (les téléchargements et les recherches EGMS en ont besoin) : {reason} Vérifiez la connexion Internet ou les paramètres de proxy de QGIS (Préférences &gt; Options &gt; Réseau).</translation>
    </message>
    <message>
        <location filename="../core/egms/importer.py" line="58"/>
        <source>Nothing new to import: the {n} files are already in {layers} in {gpkg}; the layers are shown as they are.</source>
        <translation>Rien de nouveau à importer : les {n} fichiers sont déjà dans {layers} de {gpkg} ; les couches sont affichées telles quelles.</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="55"/>
        <source>Dome</source>
        <translation>Dôme</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="56"/>
        <source>Clay area</source>
        <translation>Zone argileuse</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="56"/>
        <source>Stable reference</source>
        <translation>Référence stable</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="21"/>
        <source>The three layers are styled by mean velocity: red moves away from the satellite (down), blue towards it (up). The &lt;b&gt;workshop places&lt;/b&gt; layer names the town, the dome, the clay area and a stable reference. &lt;b&gt;egms_l3_u&lt;/b&gt; is vertical motion: the graben through Grindavík subsides (red), the dome 4.5 km north rises (blue). Untick &lt;b&gt;egms_l2b_2020_2024&lt;/b&gt; and &lt;b&gt;egms_l3_e_2020_2024&lt;/b&gt; in the Layers panel to see it alone.</source>
        <translation>Les trois couches sont symbolisées par vitesse moyenne : le rouge s'éloigne du satellite (vers le bas), le bleu s'en rapproche (vers le haut). La couche &lt;b&gt;lieux de l'atelier&lt;/b&gt; nomme la ville, le dôme, la zone argileuse et une référence stable. &lt;b&gt;egms_l3_u&lt;/b&gt; est le mouvement vertical : le graben qui traverse Grindavík s'affaisse (rouge), le dôme à 4,5 km au nord se soulève (bleu). Décochez &lt;b&gt;egms_l2b_2020_2024&lt;/b&gt; et &lt;b&gt;egms_l3_e_2020_2024&lt;/b&gt; dans le panneau Couches pour le voir seul.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="27"/>
        <source>In &lt;i&gt;Filter points by velocity&lt;/i&gt; below, choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt;, type &lt;b&gt;-10&lt;/b&gt; in &lt;i&gt;Velocity at most&lt;/i&gt; and &lt;i&gt;Apply&lt;/i&gt;: of that layer, only the graben&apos;s points stay (the count says how many). &lt;i&gt;Reset&lt;/i&gt; brings every point back.</source>
        <translation>Dans &lt;i&gt;Filtrer les points par vitesse&lt;/i&gt; ci-dessous, choisissez &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt;, tapez &lt;b&gt;-10&lt;/b&gt; dans &lt;i&gt;Vitesse au plus&lt;/i&gt; et &lt;i&gt;Appliquer&lt;/i&gt; : de cette couche, seuls les points du graben restent (le compte dit combien). &lt;i&gt;Réinitialiser&lt;/i&gt; ramène tous les points.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="30"/>
        <source>Set &lt;i&gt;Style range ±&lt;/i&gt; to 30 and press &lt;i&gt;Style layer&lt;/i&gt;; then choose each of the other two layers in &lt;i&gt;Layer&lt;/i&gt; and press it again: the same classes on every layer make them comparable.</source>
        <translation>Réglez &lt;i&gt;Plage de style ±&lt;/i&gt; sur 30 et cliquez &lt;i&gt;Symboliser la couche&lt;/i&gt; ; choisissez ensuite chacune des deux autres couches dans &lt;i&gt;Couche&lt;/i&gt; et cliquez de nouveau : les mêmes classes sur chaque couche les rendent comparables.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="72"/>
        <source>Click a point at &lt;i&gt;Stable reference&lt;/i&gt; and press &lt;i&gt;Use as reference&lt;/i&gt;: every series becomes relative to it, as geodesists compare benchmarks.</source>
        <translation>Cliquez sur un point à &lt;i&gt;Référence stable&lt;/i&gt; puis &lt;i&gt;Utiliser comme référence&lt;/i&gt; : chaque série devient relative à lui, comme les géodésiens comparent des repères.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="145"/>
        <source>workshop places</source>
        <translation>lieux de l'atelier</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="166"/>
        <source>{function}: {error}</source>
        <translation>{function} : {error}</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="227"/>
        <source>{function}: the end date must come after the start date.</source>
        <translation>{function} : la date de fin doit suivre la date de début.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Syntax</source>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>On an EGMS layer (imported by the plugin, or the CSV as delimited text, or a Shapefile with D+date fields). NULL on another layer or for a point without values. Dates as &apos;YYYY-MM-DD&apos; or dates.</source>
        <translation>Sur une couche EGMS (importée par l'extension, le CSV en texte délimité, ou un Shapefile à champs D+date). NULL sur une autre couche ou pour un point sans valeurs. Dates en 'AAAA-MM-JJ' ou valeurs de date.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="263"/>
        <source>a date (&apos;YYYY-MM-DD&apos;, or a date value)</source>
        <translation>une date ('AAAA-MM-JJ', ou une valeur de date)</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="265"/>
        <source>Cumulative displacement (mm) of the point at the acquisition nearest the date, relative to the first acquisition of its series.</source>
        <translation>Déplacement cumulé (mm) du point à l'acquisition la plus proche de la date, par rapport à la première acquisition de sa série.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="269"/>
        <source>Displacement (mm) from the acquisition nearest the start date to the one nearest the end date.</source>
        <translation>Déplacement (mm) de l'acquisition la plus proche de la date de début à celle la plus proche de la date de fin.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="273"/>
        <source>Velocity (mm/year) of a least-squares line through the point&apos;s values between the two dates; NULL with fewer than two values in the period.</source>
        <translation>Vitesse (mm/an) d'une droite des moindres carrés passant par les valeurs du point entre les deux dates ; NULL avec moins de deux valeurs dans la période.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="277"/>
        <source>The step of an event (mm): mean displacement over the days after the date minus the mean over the days before it (an acquisition on the date itself counts in neither).</source>
        <translation>Le saut d'un événement (mm) : déplacement moyen sur les jours après la date moins la moyenne sur les jours avant (une acquisition à la date même ne compte d'aucun côté).</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="277"/>
        <source>the window on each side, in days (60 if left out)</source>
        <translation>la fenêtre de chaque côté, en jours (60 si omise)</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="296"/>
        <source>How many acquisitions of the point&apos;s series have a value.</source>
        <translation>Nombre d'acquisitions de la série du point qui ont une valeur.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="84"/>
        <source>Plot time series</source>
        <translation>Tracer la série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="85"/>
        <source>Add to time-series plot</source>
        <translation>Ajouter au graphique des séries</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="86"/>
        <source>Use as reference point</source>
        <translation>Utiliser comme point de référence</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="87"/>
        <source>Export time series (CSV)…</source>
        <translation>Exporter les séries temporelles (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="159"/>
        <source>Export time series</source>
        <translation>Exporter les séries temporelles</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="171"/>
        <source>None of these points has a displacement series.</source>
        <translation>Aucun de ces points n'a de série de déplacement.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="178"/>
        <source>{points} series ({rows} values) saved to {path}.</source>
        <translation>{points} séries ({rows} valeurs) enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="181"/>
        <source>Export {n} time series</source>
        <translation>Exporter {n} séries temporelles</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="185"/>
        <source>{layer} has no displacement series for point {pid}.</source>
        <translation>{layer} n'a pas de série de déplacement pour le point {pid}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="26"/>
        <source>For each EGMS point, fits d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) to its displacement series over the chosen period (the whole series by default) and adds fit_vel (velocity, mm/year), fit_acc (acceleration, mm/year²), fit_season (seasonal amplitude, mm), fit_rmse (residual RMSE, mm) and fit_n (values used). With an event date (an earthquake, a dike intrusion), a step at that date is fitted too and written as fit_step_mm (mm), so that it can be mapped. Points with fewer than 6 values in the period get empty fields. Works on imported layers and on the CSV loaded as delimited text.</source>
        <translation>Pour chaque point EGMS, ajuste d = d0 + v·t + ½·a·t² + s·sin(2πt) + c·cos(2πt) à sa série de déplacement sur la période choisie (toute la série par défaut) et ajoute fit_vel (vitesse, mm/an), fit_acc (accélération, mm/an²), fit_season (amplitude saisonnière, mm), fit_rmse (RMSE des résidus, mm) et fit_n (valeurs utilisées). Avec une date d'événement (un séisme, une intrusion de dyke), un saut à cette date est aussi ajusté et écrit dans fit_step_mm (mm), pour être cartographié. Les points avec moins de 6 valeurs dans la période ont des champs vides. Fonctionne sur les couches importées et sur le CSV chargé en texte délimité.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="43"/>
        <source>Event date</source>
        <translation>Date de l'événement</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="43"/>
        <source>Optional: the day of a sudden event; its step is fitted with the trend and written as fit_step_mm (the acquisitions after that day against those up to it).</source>
        <translation>Facultatif : le jour d'un événement soudain ; son saut est ajusté avec la tendance et écrit dans fit_step_mm (les acquisitions après ce jour contre celles jusqu'à lui).</translation>
    </message>
    <message>
        <location filename="../ui/animation.py" line="36"/>
        <source>{layer} is not an EGMS layer: it holds no displacement series.</source>
        <translation>{layer} n'est pas une couche EGMS : elle ne contient aucune série de déplacement.</translation>
    </message>
    <message>
        <location filename="../ui/animation.py" line="55"/>
        <source>{layer} holds no points with a displacement series.</source>
        <translation>{layer} ne contient aucun point avec une série de déplacement.</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="98"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../algorithms/fit_trends.py" line="98"/>
        <source>mm/year</source>
        <translation>mm/an</translation>
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
        <translation>{a:g} à {b:g} {unit}</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="77"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="80"/>
        <source>A synthetic, Grindavík-like case in the real EGMS 2020-2024 format: a subsiding graben that drops suddenly on 10 November 2023, an uplift dome beside it, a seasonal clay area and a noisy, stable background. Nothing comes from the network.</source>
        <translation>Un cas synthétique semblable à Grindavík au format réel EGMS 2020-2024 : un graben qui s'affaisse et chute d'un coup le 10 novembre 2023, un dôme de soulèvement à côté, une zone argileuse saisonnière et un fond stable et bruité. Rien ne vient du réseau.</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="124"/>
        <source>Choose an EGMS layer to animate.</source>
        <translation>Choisissez une couche EGMS à animer.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="78"/>
        <source>Fit a sudden step at the event&apos;s date with the trend (an earthquake, a dike intrusion): its size is shown in the legend</source>
        <translation>Ajuster un saut soudain à la date de l'événement avec la tendance (un séisme, une intrusion de dyke) : sa taille figure dans la légende</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="83"/>
        <source>The event&apos;s day: the acquisitions after it against those up to it</source>
        <translation>Le jour de l'événement : les acquisitions après lui contre celles jusqu'à lui</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="291"/>
        <source>event {date}</source>
        <translation>événement {date}</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="43"/>
        <source>Profile of EGMS points along a line</source>
        <translation>Profil de points EGMS le long d'une ligne</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="62"/>
        <source>Corridor width</source>
        <translation>Largeur du couloir</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="62"/>
        <source>The whole width of the corridor around the line (half of it on each side).</source>
        <translation>La largeur totale du couloir autour de la ligne (la moitié de chaque côté).</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="65"/>
        <source>Optional, with the other date: disp_mm between the acquisitions nearest the two dates.</source>
        <translation>Facultatif, avec l'autre date : disp_mm entre les acquisitions les plus proches des deux dates.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="84"/>
        <source>Profile points</source>
        <translation>Points du profil</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="94"/>
        <source>Give both dates, the start before the end, or neither.</source>
        <translation>Donnez les deux dates, le début avant la fin, ou aucune.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="112"/>
        <source>The line layer has no line.</source>
        <translation>La couche de lignes ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="177"/>
        <source>The profile line needs two distinct vertices.</source>
        <translation>La ligne de profil doit avoir deux sommets distincts.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="41"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="42"/>
        <source>Draw a line on the map (clicks; a right click ends it): the active layer&apos;s points within the corridor, plotted against the distance along the line</source>
        <translation>Tracer une ligne sur la carte (clics ; un clic droit la termine) : les points de la couche active dans le couloir, tracés en fonction de la distance le long de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="50"/>
        <source>The corridor&apos;s whole width around the profile line</source>
        <translation>La largeur totale du couloir autour de la ligne de profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="90"/>
        <source>mean velocity</source>
        <translation>vitesse moyenne</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="281"/>
        <source>Distance along the line (m)</source>
        <translation>Distance le long de la ligne (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="153"/>
        <source>Velocity (mm/year)</source>
        <translation>Vitesse (mm/an)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="121"/>
        <source>Profile of {layer}: {n} points</source>
        <translation>Profil de {layer} : {n} points</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="90"/>
        <source>step on {date} (mm)</source>
        <translation>saut le {date} (mm)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="124"/>
        <source>Step (mm)</source>
        <translation>Saut (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="363"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="366"/>
        <source>Profile saved to {path}.</source>
        <translation>Profil enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="43"/>
        <source>Animate</source>
        <translation>Animer</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="43"/>
        <source>Choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; in &lt;i&gt;Layer&lt;/i&gt; below and press &lt;i&gt;Animate displacement&lt;/i&gt;: press play in QGIS&apos;s &lt;i&gt;Temporal Controller&lt;/i&gt; panel and watch five years of slow sinking, then the sudden drop of November 2023; its save button exports the frames.</source>
        <translation>Choisissez &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; dans &lt;i&gt;Couche&lt;/i&gt; ci-dessous et cliquez &lt;i&gt;Animer le déplacement&lt;/i&gt; : appuyez sur lecture dans le panneau &lt;i&gt;Contrôleur temporel&lt;/i&gt; de QGIS et regardez cinq ans d'affaissement lent, puis la chute soudaine de novembre 2023 ; son bouton d'enregistrement exporte les images.</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="48"/>
        <source>The layer</source>
        <translation>La couche</translation>
    </message>
    <message>
        <location filename="../core/download.py" line="226"/>
        <source>{file} could not be saved in {folder}: {reason}. The downloads after it were not started.</source>
        <translation>{file} n’a pas pu être enregistré dans {folder} : {reason}. Les téléchargements suivants n’ont pas été lancés.</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="48"/>
        <source>The CLMS could not prepare {dataset} (request {id}, {status}): {message}</source>
        <translation>Le CLMS n'a pas pu préparer {dataset} (demande {id}, {status}) : {message}</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="58"/>
        <source>The CLMS gave no download link for request {id}.</source>
        <translation>Le CLMS n'a donné aucun lien de téléchargement pour la demande {id}.</translation>
    </message>
    <message>
        <location filename="../core/clms/items.py" line="74"/>
        <source>The CLMS delivers {dataset} in {allowed}, not in {crs}: choose one of them.</source>
        <translation>Le CLMS livre {dataset} en {allowed}, pas en {crs} : choisissez l'une d'elles.</translation>
    </message>
    <message>
        <location filename="../core/clms/catalogue.py" line="183"/>
        <source>{dataset} has no collection “{choice}”: choose one of {choices} (or its number, from 0).</source>
        <translation>{dataset} n'a pas de collection « {choice} » : choisissez l'une de {choices} (ou son numéro, à partir de 0).</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="42"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="42"/>
        <source>Which of the dataset&apos;s collections to cut (CORINE Land Cover 2018 has its vector GDB and its raster; imperviousness 20 m and 100 m): its number from 0, or its name, resolution or label as the CLMS panel lists them; empty: the first.</source>
        <translation>La collection du jeu de données à découper (CORINE Land Cover 2018 a sa GDB vecteur et son raster ; l'imperméabilisation 20 m et 100 m) : son numéro à partir de 0, ou son nom, sa résolution ou son libellé tels que le panneau CLMS les liste ; vide : la première.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="48"/>
        <source>Geotiff, GPKG, Shapefile, Geojson, Netcdf…; empty: the collection's own format.</source>
        <translation>Geotiff, GPKG, Shapefile, Geojson, Netcdf… ; vide : le format propre à la collection.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="50"/>
        <source>The projection of the result: {crs}, or another the CLMS offers for the dataset (some datasets also come in UTM zones); the first is the default.</source>
        <translation>La projection du résultat : {crs}, ou une autre que le CLMS propose pour le jeu de données (certains existent aussi en zones UTM) ; la première par défaut.</translation>
    </message>
    <message>
        <location filename="../algorithms/download_clms.py" line="88"/>
        <source>Collection: {collection}</source>
        <translation>Collection : {collection}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="191"/>
        <source>Reading the projections of {dataset}</source>
        <translation>Lecture des projections de {dataset}</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="317"/>
        <source>by area, {n} collections</source>
        <translation>par zone, {n} collections</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="47"/>
        <source>{function}: {value} is not a date; write it as &apos;YYYY-MM-DD&apos; or use to_date().</source>
        <translation>{function} : {value} n'est pas une date ; écrivez-la 'AAAA-MM-JJ' ou utilisez to_date().</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="67"/>
        <source>{function}: the window must be a number of days from 1 to {most} (got {value}).</source>
        <translation>{function} : la fenêtre doit être un nombre de jours de 1 à {most} (reçu : {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="142"/>
        <source>Feature ({id}) of “{layer}” has an invalid geometry ({why}): fix it (Vector geometry ▸ Fix geometries), or let Processing skip or ignore invalid features (Settings ▸ Options ▸ Processing ▸ Invalid features filtering).</source>
        <translation>L'entité ({id}) de « {layer} » a une géométrie invalide ({why}) : réparez-la (Géométrie vectorielle ▸ Réparer les géométries), ou laissez les traitements ignorer ou écarter les entités invalides (Préférences ▸ Options ▸ Traitements ▸ Filtrage des entités invalides).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="153"/>
        <source>not valid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="34"/>
        <source>{file}: {member} is encrypted: not read.</source>
        <translation>{file} : {member} est chiffré : non lu.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="35"/>
        <source>{file}: {member} is compressed in a way EGMS and CLMS files never are (method {n}): not read.</source>
        <translation>{file} : {member} est compressé d'une façon que les fichiers EGMS et CLMS n'emploient jamais (méthode {n}) : non lu.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="37"/>
        <source>{file}: {member} claims to unpack to {size} from {packed} bytes, more than any real file does: refused as a zip bomb.</source>
        <translation>{file} : {member} prétend se décompresser en {size} à partir de {packed} octets, plus qu'aucun vrai fichier : refusé comme bombe zip.</translation>
    </message>
    <message>
        <location filename="../core/zips.py" line="39"/>
        <source>{file} would unpack to {size}, more than {most} (the most the plugin unpacks, or the free space on the disk): not unpacked.</source>
        <translation>{file} se décompresserait en {size}, plus que {most} (le maximum que l'extension décompresse, ou l'espace libre sur le disque) : non décompressé.</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="121"/>
        <source>{host} answered in an encoding the plugin does not read ({encoding}).</source>
        <translation>{host} a répondu dans un encodage que l'extension ne lit pas ({encoding}).</translation>
    </message>
    <message>
        <location filename="../core/http_answers.py" line="136"/>
        <source>{host} answered with more than {mb} MB: not read.</source>
        <translation>{host} a répondu avec plus de {mb} Mo : non lu.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="122"/>
        <source>{host} sent almost nothing for {seconds:g} s: stopped.</source>
        <translation>{host} n'a presque rien envoyé pendant {seconds:g} s : arrêté.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="127"/>
        <source>{host} did not finish answering within {seconds:g} s: stopped.</source>
        <translation>{host} n'a pas fini de répondre en {seconds:g} s : arrêté.</translation>
    </message>
    <message>
        <location filename="../core/clms/job.py" line="92"/>
        <source>{n} more data files of {dataset} were not added to the project (at most {most} are): they are in {folder}.</source>
        <translation>{n} autres fichiers de données de {dataset} n'ont pas été ajoutés au projet (au plus {most} le sont) : ils sont dans {folder}.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/postgis/store.py" line="57"/>
        <source>“{schema}” is one of PostgreSQL's own schemas: import into a schema of yours (public, or one you create).</source>
        <translation>« {schema} » est l'un des schémas propres à PostgreSQL : importez dans un schéma à vous (public, ou un que vous créez).</translation>
    </message>
    <message>
        <location filename="../core/egms/filtering.py" line="19"/>
        <source>The threshold {name} is {value}, not a number: give a number or leave it empty.</source>
        <translation>Le seuil {name} vaut {value}, ce n'est pas un nombre : donnez un nombre ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/geopackage/connection.py" line="29"/>
        <source>{gpkg} is being written by an import: try again when it finishes.</source>
        <translation>{gpkg} est en cours d'écriture par un import : réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="31"/>
        <source>The store is damaged: {what}. Import the files again into a new GeoPackage or schema.</source>
        <translation>Le stockage est endommagé : {what}. Importez à nouveau les fichiers dans un nouveau GeoPackage ou schéma.</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="43"/>
        <source>the dates of a source are not dates ({text})</source>
        <translation>les dates d'une source ne sont pas des dates ({text})</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="50"/>
        <source>a series of {size} bytes cannot hold {n} dates</source>
        <translation>une série de {size} octets ne peut pas contenir {n} dates</translation>
    </message>
    <message>
        <location filename="../core/egms/stores/shared.py" line="81"/>
        <source>a series names source {id}, which is not listed</source>
        <translation>une série nomme la source {id}, qui n'est pas répertoriée</translation>
    </message>
    <message>
        <location filename="../algorithms/filter_velocity.py" line="64"/>
        <source>No point passed inside the area: check that it covers the points (and the thresholds).</source>
        <translation>Aucun point dans la zone n'a passé le filtre : vérifiez qu'elle couvre les points (et les seuils).</translation>
    </message>
    <message>
        <location filename="../core/egms/clip.py" line="27"/>
        <source>The area cannot be expressed in {crs}: draw it within Europe.</source>
        <translation>La zone ne peut pas s'exprimer en {crs} : dessinez-la en Europe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="68"/>
        <source>{layer} is not a {kind} layer: choose one for “{parameter}”.</source>
        <translation>{layer} n'est pas une couche de {kind} : choisissez-en une pour « {parameter} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>point</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>line</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="114"/>
        <source>polygon</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="37"/>
        <source>vertical (L3 up)</source>
        <translation>vertical (L3 up)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="39"/>
        <source>east-west (L3 east)</source>
        <translation>est-ouest (L3 east)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="42"/>
        <source>ascending</source>
        <translation>ascendant</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="42"/>
        <source>descending</source>
        <translation>descendant</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="44"/>
        <source>track {track}, {direction}</source>
        <translation>trace {track}, {direction}</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="50"/>
        <source>Line-of-sight displacement (mm)</source>
        <translation>Déplacement en ligne de visée (mm)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="50"/>
        <source>Vertical displacement (mm)</source>
        <translation>Déplacement vertical (mm)</translation>
    </message>
    <message>
        <location filename="../core/egms/geometry.py" line="51"/>
        <source>East-west displacement (mm)</source>
        <translation>Déplacement est-ouest (mm)</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="116"/>
        <source>The selection mixes {n} viewing geometries: one mean for each, never one of them all.</source>
        <translation>La sélection mêle {n} géométries de visée : une moyenne pour chacune, jamais une de toutes.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="302"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="311"/>
        <source>several viewing geometries</source>
        <translation>plusieurs géométries de visée</translation>
    </message>
    <message>
        <location filename="../ui/plot_reference.py" line="24"/>
        <source>{pid} is seen from {geometry}, the reference {ref} from {other}: line-of-sight values of different geometries cannot be subtracted. Pick a reference of the same track and direction (or component).</source>
        <translation>{pid} est vu depuis {geometry}, la référence {ref} depuis {other} : des valeurs en ligne de visée de géométries différentes ne se soustraient pas. Choisissez une référence de même trace et direction (ou composante).</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="22"/>
        <source>{model} fit: v {v} mm/yr</source>
        <translation>Ajustement ({model}) : v {v} mm/an</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="24"/>
        <source>, a {a} mm/yr²</source>
        <translation>, a {a} mm/an²</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="26"/>
        <source>, seasonal {s} mm</source>
        <translation>, saisonnier {s} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="28"/>
        <source>, step {s} mm on {date}</source>
        <translation>, saut {s} mm le {date}</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="29"/>
        <source>, RMSE {r} mm</source>
        <translation>, RMSE {r} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="41"/>
        <source>v {v}{std} mm/yr</source>
        <translation>v {v}{std} mm/an</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>a {value} mm/yr²</source>
        <translation>a {value} mm/an²</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>seasonal {value} mm</source>
        <translation>saisonnier {value} mm</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>coherence {value}</source>
        <translation>cohérence {value}</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="55"/>
        <source>height {value} m</source>
        <translation>hauteur {value} m</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="224"/>
        <source>{n} points of {layer} in the {w} m wide corridor; click one in the plot for its series.</source>
        <translation>{n} points de {layer} dans le couloir de {w} m de large ; cliquez-en un dans le graphique pour sa série.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="88"/>
        <source>Plot the selected points&apos; time series</source>
        <translation>Tracer les séries temporelles des points sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="90"/>
        <source>Add the selected points to the time-series plot</source>
        <translation>Ajouter les points sélectionnés au graphique des séries temporelles</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="92"/>
        <source>Export the selected points' time series (CSV)…</source>
        <translation>Exporter les séries temporelles des points sélectionnés (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/plot_text.py" line="46"/>
        <source>v {v}{std} mm/yr relative</source>
        <translation>v {v}{std} mm/an en relatif</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="286"/>
        <source>{pid}: the reference (0 by definition)</source>
        <translation>{pid} : la référence (0 par définition)</translation>
    </message>
    <message>
        <location filename="../ui/filter_panel.py" line="136"/>
        <source>Press play in the Temporal Controller panel. {layer}: displacement from {first} to {last} (±{limit:g} mm), one frame every {step} days.</source>
        <translation>Lancez la lecture dans le Contrôleur temporel. {layer} : déplacement du {first} au {last} (±{limit:g} mm), une image tous les {step} jours.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="250"/>
        <source>Into a new field: give it the type &lt;i&gt;{type}&lt;/i&gt; in the field calculator (it proposes a whole number, which would drop the decimals).</source>
        <translation>Dans un nouveau champ : choisissez le type &lt;i&gt;{type}&lt;/i&gt; dans la calculatrice de champ (elle propose un nombre entier, qui perdrait les décimales).</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="37"/>
        <source>On 10 November 2023 a dike intrusion dropped the graben suddenly: the axis point&apos;s series steps down by about 250 mm. Tick &lt;i&gt;Event&lt;/i&gt; (2023-11-10) in the plot: the step is fitted with the trend and its size shown. To map it: Processing &lt;i&gt;Fit trends to EGMS time series&lt;/i&gt; on &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; with &lt;i&gt;Event date&lt;/i&gt; 2023-11-10 writes &lt;b&gt;fit_step_mm&lt;/b&gt;; or the field calculator with &lt;b&gt;egms_step(&apos;2023-11-10&apos;, 30)&lt;/b&gt; into a new field of type &lt;i&gt;{type}&lt;/i&gt;.</source>
        <translation>Le 10 novembre 2023, une intrusion de dyke a fait chuter le graben d'un coup : la série du point de l'axe descend d'environ 250 mm. Cochez &lt;i&gt;Événement&lt;/i&gt; (2023-11-10) dans le graphique : le saut est ajusté avec la tendance et sa taille affichée. Pour le cartographier : l'algorithme de traitement &lt;i&gt;Ajuster des tendances aux séries temporelles EGMS&lt;/i&gt; sur &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; avec &lt;i&gt;Date de l'événement&lt;/i&gt; 2023-11-10 écrit &lt;b&gt;fit_step_mm&lt;/b&gt; ; ou la calculatrice de champ avec &lt;b&gt;egms_step('2023-11-10', 30)&lt;/b&gt; dans un nouveau champ de type &lt;i&gt;{type}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="162"/>
        <source>Cut to the area below, in the format and projection chosen.</source>
        <translation>Découpé à la zone ci-dessous, dans le format et la projection choisis.</translation>
    </message>
    <message>
        <location filename="../ui/clms_panel.py" line="164"/>
        <source>Pre-packaged file {name}, downloaded whole.</source>
        <translation>Fichier préparé {name}, téléchargé entier.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="33"/>
        <source>Press &lt;i&gt;Plot time series…&lt;/i&gt; below, zoom in on the graben near Grindavík until single points show, then click a dark red point on its axis: about −35 mm/year (its flanks subside less). Tick &lt;i&gt;Keep previous&lt;/i&gt; and click a blue point at &lt;i&gt;Dome&lt;/i&gt; to compare.</source>
        <translation>Cliquez sur &lt;i&gt;Tracer des séries temporelles…&lt;/i&gt; ci-dessous, zoomez sur le graben près de Grindavík jusqu'à voir les points un à un, puis cliquez sur un point rouge foncé sur son axe : environ −35 mm/an (ses flancs s'affaissent moins). Cochez &lt;i&gt;Garder les précédents&lt;/i&gt; et cliquez sur un point bleu à &lt;i&gt;Dôme&lt;/i&gt; pour comparer.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="70"/>
        <source>Click a point at &lt;i&gt;Clay area&lt;/i&gt; and fit &lt;i&gt;Linear + seasonal&lt;/i&gt;: an annual swing of about 6 mm on top of a stable trend.</source>
        <translation>Cliquez sur un point à &lt;i&gt;Zone argileuse&lt;/i&gt; et ajustez &lt;i&gt;Linéaire + saisonnier&lt;/i&gt; : une oscillation annuelle d'environ 6 mm sur une tendance stable.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="82"/>
        <source>The CLMS service key is damaged: its private key cannot sign ({error}). Download the key again from your land.copernicus.eu profile (API tokens).</source>
        <translation>La clé de service CLMS est endommagée : sa clé privée ne peut pas signer ({error}). Téléchargez à nouveau la clé depuis votre profil land.copernicus.eu (jetons d'API).</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="21"/>
        <source>The time-series plot</source>
        <translation>Le graphique des séries temporelles</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="21"/>
        <source>PostGIS</source>
        <translation>PostGIS</translation>
    </message>
    <message>
        <location filename="../core/optional.py" line="32"/>
        <source>{what} needs the Python package {module}{detail}, which this QGIS lacks. Install it for QGIS&apos;s Python (Debian/Ubuntu: {package}; Windows: {package} in the OSGeo4W installer) and restart QGIS.</source>
        <translation>{what} a besoin du paquet Python {module}{detail}, absent de ce QGIS. Installez-le pour le Python de QGIS (Debian/Ubuntu : {package} ; Windows : {package} dans l'installateur OSGeo4W) et redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="88"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/plot_dock.py" line="89"/>
        <source>Open the user guide at the plot (shipped with the plugin: it opens without internet)</source>
        <translation>Ouvrir le guide de l'utilisateur au graphique (livré avec l'extension : il s'ouvre sans internet)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>CLMS &amp;&amp; EGMS user guide</source>
        <translation>Guide de l'utilisateur CLMS &amp;&amp; EGMS</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="55"/>
        <source>Velocity at least</source>
        <translation>Vitesse au moins</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="55"/>
        <source>Keep points moving at least this fast towards the satellite (or up); negative values are away from it (or down).</source>
        <translation>Garder les points qui se rapprochent du satellite (ou montent) au moins à cette vitesse ; les valeurs négatives s'en éloignent (ou descendent).</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="58"/>
        <source>Velocity at most</source>
        <translation>Vitesse au plus</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="58"/>
        <source>Keep points whose mean velocity is at most this, e.g. -2 for points subsiding faster than 2 mm/year.</source>
        <translation>Garder les points dont la vitesse moyenne est au plus celle-ci, p. ex. -2 pour les points qui s'affaissent de plus de 2 mm/an.</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="61"/>
        <source>|Velocity| at least</source>
        <translation>|Vitesse| au moins</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="61"/>
        <source>Keep points moving at least this fast in either direction.</source>
        <translation>Garder les points qui bougent au moins à cette vitesse, dans un sens ou dans l'autre.</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="63"/>
        <source>Velocity std at most</source>
        <translation>Écart-type de la vitesse au plus</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="63"/>
        <source>Keep points whose velocity is known at least this well (its standard deviation).</source>
        <translation>Garder les points dont la vitesse est connue au moins avec cette précision (son écart-type).</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>Coherence at least</source>
        <translation>Cohérence au moins</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>0 to 1</source>
        <translation>0 à 1</translation>
    </message>
    <message>
        <location filename="../core/egms/thresholds.py" line="65"/>
        <source>Keep points at least this coherent over time (temporal coherence: L2 products only).</source>
        <translation>Garder les points au moins aussi cohérents dans le temps (cohérence temporelle : produits L2 seulement).</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="195"/>
        <source>{function}: {value} is not an extent; give @map_extent.</source>
        <translation>{function} : {value} n’est pas une emprise ; indiquez @map_extent.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="288"/>
        <source>The cumulative displacement (mm) at the acquisition nearest the date of the points inside the extent only, indexed by feature id: computed once per map drawn from the points in view, so that a frame of an animation stays fast on a layer of millions of points. Animate displacement styles layers with it.</source>
        <translation>Le déplacement cumulé (mm) à l’acquisition la plus proche de la date, pour les seuls points dans l’emprise, indexé par identifiant d’entité : calculé une fois par carte dessinée à partir des points visibles, pour qu’une image d’animation reste rapide sur une couche de millions de points. « Animer le déplacement » style les couches avec.</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="288"/>
        <source>the map&apos;s extent: @map_extent</source>
        <translation>l’emprise de la carte : @map_extent</translation>
    </message>
    <message>
        <location filename="../expressions/functions.py" line="282"/>
        <source>Every point&apos;s cumulative displacement (mm) at the acquisition nearest the date, in an array at the index of its feature id: computed once for the whole layer when QGIS prepares the expression (once per map drawn), so that symbology over many points stays fast.</source>
        <translation>Le déplacement cumulé (mm) de chaque point à l’acquisition la plus proche de la date, dans un tableau à l’indice de son identifiant d’entité : calculé une fois pour toute la couche quand QGIS prépare l’expression (une fois par carte dessinée), pour que la symbologie de nombreux points reste rapide.</translation>
    </message>
    <message>
        <location filename="../core/egms/style.py" line="113"/>
        <source>cells of {side:g} m: median velocity</source>
        <translation>cellules de {side:g} m : vitesse médiane</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="55"/>
        <source>No cell of {layer} under the click.</source>
        <translation>Aucune cellule de {layer} sous le clic.</translation>
    </message>
    <message>
        <location filename="../ui/plot_mean.py" line="63"/>
        <source>Add {layer} of {gpkg} to the project to plot the points of its cells.</source>
        <translation>Ajoutez {layer} de {gpkg} au projet pour tracer les points de ses cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="46"/>
        <source>The EGMS points within a corridor along each line of the line layer (its selection, if ticked), sections A, B, … in the layer's order, each point with distance_m (along its line from the first vertex), offset_m (from the line, left positive), its mean velocity and, with two dates, disp_mm, the displacement between the acquisitions nearest them (across an event: its step). BINS: per bin of distance, the number of points and the median and 25th/75th percentiles of each quantity, for each viewing geometry apart (two tracks are never pooled). With a fault layer, FAULT_OFFSETS: where each fault crosses a section, the offset between its two sides (far minus near) and its standard uncertainty, from each side's median or a robust line on each side.</source>
        <translation>Les points EGMS dans un couloir le long de chaque ligne de la couche de lignes (sa sélection, si cochée), coupes A, B, … dans l'ordre de la couche, chaque point avec distance_m (le long de sa ligne depuis le premier sommet), offset_m (écart à la ligne, gauche positive), sa vitesse moyenne et, avec deux dates, disp_mm, le déplacement entre les acquisitions les plus proches de ces dates (à travers un événement : son saut). BINS : par classe de distance, le nombre de points, la médiane et les 25e/75e centiles de chaque grandeur, pour chaque géométrie de visée à part (deux traces ne sont jamais mélangées). Avec une couche de failles, FAULT_OFFSETS : là où une faille croise une coupe, le rejet entre ses deux côtés (loin moins près) et son incertitude type, à partir de la médiane de chaque côté ou d'une droite robuste de chaque côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="59"/>
        <source>Profile lines</source>
        <translation>Lignes de profil</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="59"/>
        <source>Each line of this layer is a section: A, B, … in the layer's order.</source>
        <translation>Chaque ligne de cette couche est une coupe : A, B, … dans l'ordre de la couche.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="68"/>
        <source>Bin width (0: from the points&apos; density)</source>
        <translation>Largeur des classes (0 : selon la densité des points)</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="71"/>
        <source>Faults</source>
        <translation>Failles</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="71"/>
        <source>Optional: fault traces; where one crosses a section, the offset across it is measured.</source>
        <translation>Facultatif : tracés de failles ; là où l'une croise une coupe, le rejet à travers elle est mesuré.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="74"/>
        <source>Fault name field</source>
        <translation>Champ du nom de faille</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="74"/>
        <source>Names the faults in FAULT_OFFSETS; without it, each fault&apos;s feature id.</source>
        <translation>Nomme les failles dans FAULT_OFFSETS ; sans lui, l'identifiant de chaque faille.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="77"/>
        <source>Window on each side of a fault (0: five bins)</source>
        <translation>Fenêtre de chaque côté d'une faille (0 : cinq classes)</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="77"/>
        <source>The points within this distance along the section on each side of a crossing measure it.</source>
        <translation>Les points à cette distance le long de la coupe de chaque côté d'un croisement le mesurent.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>Offset from</source>
        <translation>Rejet à partir de</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>each side&apos;s median</source>
        <translation>la médiane de chaque côté</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>a robust line on each side, at the fault</source>
        <translation>une droite robuste de chaque côté, à la faille</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="80"/>
        <source>The medians where the ground is level on each side; the lines where it tilts.</source>
        <translation>Les médianes là où le sol est plat de chaque côté ; les droites là où il s'incline.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="84"/>
        <source>The points in the corridor with section, distance_m, offset_m, velocity and disp_mm.</source>
        <translation>Les points du couloir avec section, distance_m, offset_m, velocity et disp_mm.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="87"/>
        <source>Profile bins</source>
        <translation>Classes du profil</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="87"/>
        <source>A table: section, geometry, quantity, unit, distance_m (the bin&apos;s centre), n, median, q25, q75.</source>
        <translation>Une table : section, geometry, quantity, unit, distance_m (le centre de la classe), n, median, q25, q75.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="90"/>
        <source>Fault offsets</source>
        <translation>Rejets des failles</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="90"/>
        <source>A table: per crossing and geometry, section, fault, distance_m, quantity, unit, offset, uncertainty, n_before, n_after, method.</source>
        <translation>Une table : par croisement et géométrie, section, fault, distance_m, quantity, unit, offset, uncertainty, n_before, n_after, method.</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="95"/>
        <source>Points in the corridors</source>
        <translation>Points dans les couloirs</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="161"/>
        <source>Section {s}: {n} points within {w:g} m of the line ({length:.0f} m long), bins of {b:g} m, {c} fault crossings.</source>
        <translation>Coupe {s} : {n} points à moins de {w:g} m de la ligne ({length:.0f} m de long), classes de {b:g} m, {c} croisements de failles.</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="71"/>
        <source>Δ {v} ± {u} mm/yr</source>
        <translation>Δ {v} ± {u} mm/an</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="290"/>
        <source>too few points on a side</source>
        <translation>trop peu de points d'un côté</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="291"/>
        <source>{fault} at {d} m: {value}</source>
        <translation>{fault} à {d} m : {value}</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="34"/>
        <source>(density)</source>
        <translation>(densité)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="96"/>
        <source>(median, 25–75 %)</source>
        <translation>(médiane, 25–75 %)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="62"/>
        <source>Section {a}–{a}′</source>
        <translation>Coupe {a}–{a}′</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="200"/>
        <source>Δ: too few points</source>
        <translation>Δ : trop peu de points</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="202"/>
        <source>{fault} at {d} m</source>
        <translation>{fault} à {d} m</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="82"/>
        <source>The section plotted: each line drawn is the next, A–A′, B–B′, … on the map, kept with the project until Clear</source>
        <translation>La coupe tracée : chaque ligne dessinée est la suivante, A–A′, B–B′, … sur la carte, gardées avec le projet jusqu'à « Effacer »</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="76"/>
        <source>Through time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="78"/>
        <source>The section&apos;s median displacement every six months and just before and after the event (when Event is ticked), one line a date: how a trough deepened</source>
        <translation>Le déplacement médian de la coupe tous les six mois et juste avant et après l'événement (si Événement est coché), une ligne par date : comment un creux s'est approfondi</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="269"/>
        <source> (before the event)</source>
        <translation> (avant l'événement)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="271"/>
        <source> (after the event)</source>
        <translation> (après l'événement)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="276"/>
        <source>unknown geometry</source>
        <translation>géométrie inconnue</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="285"/>
        <source>Median displacement through time: {layer}, {n} points</source>
        <translation>Déplacement médian dans le temps : {layer}, {n} points</translation>
    </message>
    <message>
        <location filename="../algorithms/profile.py" line="68"/>
        <source>The bins&apos; width along the section; 0 for about 20 points a bin, 20 to 200 bins.</source>
        <translation>La largeur des classes le long de la coupe ; 0 pour environ 20 points par classe, de 20 à 200 classes.</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="64"/>
        <source>A raster layer of elevations (a DEM; the CLMS offers one): the ground beneath the section, drawn on a second axis</source>
        <translation>Une couche raster d'altitudes (un MNT ; le CLMS en propose un) : le sol sous la coupe, tracé sur un second axe</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="66"/>
        <source>Terrain</source>
        <translation>Relief</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="183"/>
        <source>terrain (m)</source>
        <translation>relief (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="188"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="148"/>
        <source>{a}–{a}′: {n} points</source>
        <translation>{a}–{a}′ : {n} points</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="150"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="156"/>
        <source>Sections of {layer}</source>
        <translation>Coupes de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="147"/>
        <source>all side by side</source>
        <translation>toutes côte à côte</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="45"/>
        <source>north-western graben fault</source>
        <translation>faille nord-ouest du graben</translation>
    </message>
    <message>
        <location filename="../core/egms/scenario.py" line="45"/>
        <source>south-eastern graben fault</source>
        <translation>faille sud-est du graben</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="53"/>
        <source>Choose &lt;b&gt;workshop faults&lt;/b&gt; in &lt;i&gt;Faults&lt;/i&gt; and tick &lt;i&gt;Event&lt;/i&gt;: each of the graben's bounding faults is marked where it crosses the section, with the offset of the event's step across it. The floor dropped 40 mm more than its shoulders, but near the faults the step also bends steeply: set &lt;i&gt;Offset from&lt;/i&gt; to &lt;i&gt;lines at the fault&lt;/i&gt; within &lt;b&gt;300 m&lt;/b&gt;, and each offset reads about 40 mm, ± its uncertainty (the medians of wide sides measure the bend as well). Press &lt;i&gt;Through time&lt;/i&gt;: the median displacement every six months and just before and after the event, the trough deepening, then its sudden drop. Draw a second line further along the graben: section B–B′; &lt;i&gt;all side by side&lt;/i&gt; in the section list compares the two.</source>
        <translation>Choisissez &lt;b&gt;failles de l'atelier&lt;/b&gt; dans &lt;i&gt;Failles&lt;/i&gt; et cochez &lt;i&gt;Événement&lt;/i&gt; : chacune des deux failles bordières du graben est marquée là où elle croise la coupe, avec le rejet du saut de l'événement à travers elle. Le fond s'est abaissé de 40 mm de plus que ses épaules, mais près des failles le saut se courbe aussi fortement : réglez &lt;i&gt;Rejet à partir de&lt;/i&gt; sur &lt;i&gt;droites à la faille&lt;/i&gt; dans &lt;b&gt;300 m&lt;/b&gt;, et chaque rejet vaut environ 40 mm, ± son incertitude (les médianes de côtés larges mesurent aussi la courbure). Appuyez sur &lt;i&gt;Dans le temps&lt;/i&gt; : le déplacement médian tous les six mois et juste avant et après l'événement, le creux qui s'approfondit, puis sa chute soudaine. Tracez une deuxième ligne plus loin le long du graben : coupe B–B′ ; &lt;i&gt;toutes côte à côte&lt;/i&gt; dans la liste des coupes compare les deux.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="153"/>
        <source>workshop faults</source>
        <translation>failles de l'atelier</translation>
    </message>
    <message>
        <location filename="../ui/profile_plot.py" line="71"/>
        <source>step Δ {v} ± {u} mm</source>
        <translation>saut Δ {v} ± {u} mm</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="68"/>
        <source>A line layer of fault traces: each crossing is marked on the profile, with the offset across it of the velocity, and of the event's step when Event is ticked (±: its standard uncertainty)</source>
        <translation>Une couche de lignes de failles : chaque croisement est marqué sur le profil, avec le rejet de la vitesse à travers lui et, quand Événement est coché, celui du saut de l'événement (± : son incertitude type)</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="117"/>
        <source>medians</source>
        <translation>médianes</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="118"/>
        <source>lines at the fault</source>
        <translation>droites à la faille</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="120"/>
        <source>A fault&apos;s offset from the median of each side (where the ground is level on each side), or from a robust line fitted on each side and taken at the fault (where it tilts)</source>
        <translation>Le rejet d'une faille à partir de la médiane de chaque côté (là où le sol est plat de chaque côté), ou d'une droite robuste ajustée de chaque côté et prise à la faille (là où il s'incline)</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="127"/>
        <source>five bins</source>
        <translation>cinq classes</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="128"/>
        <source>The points within this distance along the section on each side of a fault measure its offset: narrow where the ground bends near the fault</source>
        <translation>Les points à cette distance le long de la coupe de chaque côté d'une faille mesurent son rejet : étroite là où le sol se courbe près de la faille</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="133"/>
        <source>within</source>
        <translation>dans</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="47"/>
        <source>In the plot, set the corridor beside &lt;i&gt;Profile&lt;/i&gt; to &lt;b&gt;400 m&lt;/b&gt;, press &lt;i&gt;Profile&lt;/i&gt;, click on the map on one side of the graben, then across it through Grindavík on the other side, and right-click: section A–A′ is labelled on the map, and its velocity against distance, with its median and 25–75 % envelope, shows the trough, deepest on the axis. Click a profile point in the plot for its series.</source>
        <translation>Dans le graphique, réglez le couloir à côté de &lt;i&gt;Profil&lt;/i&gt; à &lt;b&gt;400 m&lt;/b&gt;, appuyez sur &lt;i&gt;Profil&lt;/i&gt;, cliquez sur la carte d'un côté du graben, puis à travers Grindavík de l'autre côté, et faites un clic droit : la coupe A–A′ est étiquetée sur la carte, et sa vitesse en fonction de la distance, avec sa médiane et son enveloppe 25–75 %, montre le creux, le plus profond sur l'axe. Cliquez sur un point du profil dans le graphique pour sa série.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="59"/>
        <source>Active deformation areas</source>
        <translation>Zones de déformation active</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="25"/>
        <source>The active deformation areas (ADA) of EGMS points, as ADAfinder and ADAtools find them (Barra et al. 2017; Tomás et al. 2019; Navarro et al. 2020): the points moving faster than a stability threshold, clustered by distance, each cluster of enough points, surrounded mostly by points moving with it, an area. One viewing geometry at a time (two tracks, or L3 up and east, are never pooled), subsidence and uplift apart. By default the threshold is twice the robust standard deviation of the geometry's velocities and the radius twice the points' typical spacing. Each area: its outline hugging its points, the number of points, the mean, median and largest velocity, the mean |acceleration|, its area, and a quality index from 1 (best) to 4 (the spatial consistency of its velocities and the share of its points with noisy series, rmse_ts).</source>
        <translation>Les zones de déformation active (ADA) de points EGMS, telles qu'ADAfinder et ADAtools les trouvent (Barra et al. 2017 ; Tomás et al. 2019 ; Navarro et al. 2020) : les points plus rapides qu'un seuil de stabilité, regroupés par distance ; chaque groupe d'assez de points, entourés surtout de points qui bougent avec eux, est une zone. Une géométrie de visée à la fois (deux traces, ou L3 vertical et est, ne sont jamais mélangées), affaissement et soulèvement séparés. Par défaut le seuil vaut deux fois l'écart type robuste des vitesses de la géométrie et le rayon deux fois l'espacement typique des points. Pour chaque zone : son contour serré autour de ses points, le nombre de points, la vitesse moyenne, médiane et la plus forte, la moyenne de |accélération|, sa surface et un indice de qualité de 1 (le meilleur) à 4 (la cohérence spatiale de ses vitesses et la part de ses points aux séries bruitées, rmse_ts).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="37"/>
        <source>Points with a mean_velocity field (mm/year): an imported EGMS layer (L2a, L2b, L3) or its CSV.</source>
        <translation>Des points avec un champ mean_velocity (mm/an) : une couche EGMS importée (L2a, L2b, L3) ou son CSV.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="41"/>
        <source>Stability threshold (mm/year; empty: from the data)</source>
        <translation>Seuil de stabilité (mm/an ; vide : tiré des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="41"/>
        <source>Points at least this fast (either way) are moving. Empty: twice the robust standard deviation of each geometry&apos;s velocities.</source>
        <translation>Les points au moins aussi rapides (dans un sens ou l'autre) bougent. Vide : deux fois l'écart type robuste des vitesses de chaque géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="45"/>
        <source>Clustering radius (0: from the data)</source>
        <translation>Rayon de regroupement (0 : tiré des données)</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="45"/>
        <source>Moving points this close join one area. 0: twice the points&apos; typical spacing.</source>
        <translation>Les points en mouvement aussi proches forment une zone. 0 : deux fois l'espacement typique des points.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="48"/>
        <source>Fewest points in an area</source>
        <translation>Nombre minimal de points d'une zone</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="48"/>
        <source>Clusters of fewer moving points are no area.</source>
        <translation>Les groupes de moins de points en mouvement ne sont pas des zones.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="65"/>
        <source>Points of the areas</source>
        <translation>Points des zones</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="65"/>
        <source>Optional: the areas&apos; points, with all their attributes and ada_id.</source>
        <translation>Facultatif : les points des zones, avec tous leurs attributs et ada_id.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="69"/>
        <source>Areas found</source>
        <translation>Zones trouvées</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="53"/>
        <source>{layer} has no mean_velocity field: choose an EGMS point layer.</source>
        <translation>{layer} n'a pas de champ mean_velocity : choisissez une couche de points EGMS.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="83"/>
        <source>Clustering {n} points</source>
        <translation>Regroupement de {n} points</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="199"/>
        <source>{geometry}: threshold {t:.2f} mm/year (robust sigma {s:.2f}), radius {r:.0f} m (spacing {d:.0f} m), {m} moving points.</source>
        <translation>{geometry} : seuil {t:.2f} mm/an (sigma robuste {s:.2f}), rayon {r:.0f} m (espacement {d:.0f} m), {m} points en mouvement.</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="200"/>
        <source>all points</source>
        <translation>tous les points</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="108"/>
        <source>down / away</source>
        <translation>vers le bas / en éloignement</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_features.py" line="108"/>
        <source>up / towards</source>
        <translation>vers le haut / en rapprochement</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="97"/>
        <source>{n} active deformation areas.</source>
        <translation>{n} zones de déformation active.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="109"/>
        <source>Plot this area&apos;s mean series</source>
        <translation>Tracer la série moyenne de cette zone</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="129"/>
        <source>The points of {layer} are no longer in the project.</source>
        <translation>Les points de {layer} ne sont plus dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="54"/>
        <source>Choose an EGMS point layer in Layer first.</source>
        <translation>Choisissez d'abord une couche de points EGMS dans Couche.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="82"/>
        <source>Finding active deformation areas in {layer}</source>
        <translation>Recherche des zones de déformation active de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="95"/>
        <source>{path} could not be read back.</source>
        <translation>{path} n'a pas pu être relu.</translation>
    </message>
    <message>
        <location filename="../ui/ada_panel.py" line="100"/>
        <source>{n} active deformation areas in {layer}.</source>
        <translation>{n} zones de déformation active dans {layer}.</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="116"/>
        <source>land cover: {name} ({share:.0%})</source>
        <translation>occupation du sol : {name} ({share:.0%})</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="118"/>
        <source>imperviousness {v:.0f} %</source>
        <translation>imperméabilisation {v:.0f} %</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="120"/>
        <source>mean slope {v:.1f}°</source>
        <translation>pente moyenne {v:.1f}°</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="121"/>
        <source>moving down or away</source>
        <translation>mouvement vers le bas ou en éloignement</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="121"/>
        <source>moving up or towards</source>
        <translation>mouvement vers le haut ou en rapprochement</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="123"/>
        <source>mining, quarrying or a dump settling</source>
        <translation>mine, carrière ou tassement de décharge</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="125"/>
        <source>slope instability (landslide or creep)</source>
        <translation>instabilité de versant (glissement ou fluage)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="129"/>
        <source>urban subsidence (loading, compaction, groundwater)</source>
        <translation>affaissement urbain (charge, compaction, nappe)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="131"/>
        <source>compaction of soft soils (peat, wetland)</source>
        <translation>compaction de sols mous (tourbe, zone humide)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="133"/>
        <source>fluid extraction or compaction under farmland (groundwater)</source>
        <translation>extraction de fluides ou compaction sous des terres agricoles (nappe)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="135"/>
        <source>uplift (swelling clays, fluid injection, volcanic or tectonic)</source>
        <translation>soulèvement (argiles gonflantes, injection de fluides, volcanique ou tectonique)</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="137"/>
        <source>no land data: add a CLC raster, imperviousness or a DEM to the project</source>
        <translation>pas de données sur le sol : ajoutez au projet un raster CLC, l'imperméabilisation ou un MNT</translation>
    </message>
    <message>
        <location filename="../core/egms/ada_context.py" line="138"/>
        <source>not explained by the land: look at the geology</source>
        <translation>non expliqué par le sol : regardez la géologie</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="52"/>
        <source>The land beneath from: {names}.</source>
        <translation>Le sol dessous tiré de : {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>CORINE Land Cover raster</source>
        <translation>Raster CORINE Land Cover</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the dominant land cover class of each area and its share (clc_code, clc_class, clc_share).</source>
        <translation>Facultatif : la classe d'occupation du sol dominante de chaque zone et sa part (clc_code, clc_class, clc_share).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Imperviousness raster</source>
        <translation>Raster d'imperméabilisation</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the mean sealed share of each area (imperv_mean, %).</source>
        <translation>Facultatif : la part imperméabilisée moyenne de chaque zone (imperv_mean, %).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Elevation model</source>
        <translation>Modèle d'élévation</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="51"/>
        <source>Optional: the mean slope of each area (slope_mean, degrees).</source>
        <translation>Facultatif : la pente moyenne de chaque zone (slope_mean, degrés).</translation>
    </message>
    <message>
        <location filename="../algorithms/active_deformation_areas.py" line="59"/>
        <source>A polygon per area with ada_id, geometry, motion, n_points, mean/median/max velocity, mean_abs_acceleration, area_m2, quality (1 best to 4), quality_score, consistency, noisy_share, the threshold and radius used, and the land beneath (clc_code, clc_class, clc_share, imperv_mean, slope_mean) with a first suggested interpretation and its reasons.</source>
        <translation>Un polygone par zone avec ada_id, geometry, motion, n_points, vitesse moyenne/médiane/maximale, mean_abs_acceleration, area_m2, quality (1 le meilleur à 4), quality_score, consistency, noisy_share, le seuil et le rayon utilisés, et le sol dessous (clc_code, clc_class, clc_share, imperv_mean, slope_mean) avec une première interprétation suggérée et ses raisons.</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="62"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="62"/>
        <source>Choose &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; in &lt;i&gt;Layer&lt;/i&gt; below and press &lt;i&gt;Find active deformation areas&lt;/i&gt;: the graben and the dome come out as two areas (&lt;b&gt;ada_egms_l3_u_2020_2024&lt;/b&gt;), labelled with their median velocity and quality index. In its attribute table, right-click the graben&apos;s row and choose &lt;i&gt;Plot this area&apos;s mean series&lt;/i&gt;: its points are selected and their mean plotted with its envelope. With a CORINE Land Cover raster or an elevation model from the CLMS catalogue in the project, each area gets its land and a suggested interpretation: a lead to check (this graben is tectonic, whatever covers it).</source>
        <translation>Choisissez &lt;b&gt;egms_l3_u_2020_2024&lt;/b&gt; dans &lt;i&gt;Couche&lt;/i&gt; ci-dessous et appuyez sur &lt;i&gt;Trouver les zones de déformation active&lt;/i&gt; : le graben et le dôme forment deux zones (&lt;b&gt;ada_egms_l3_u_2020_2024&lt;/b&gt;), étiquetées avec leur vitesse médiane et leur indice de qualité. Dans sa table attributaire, faites un clic droit sur la ligne du graben et choisissez &lt;i&gt;Tracer la série moyenne de cette zone&lt;/i&gt; : ses points sont sélectionnés et leur moyenne tracée avec son enveloppe. Avec un raster CORINE Land Cover ou un modèle d'élévation du catalogue CLMS dans le projet, chaque zone reçoit son sol et une interprétation suggérée : une piste à vérifier (ce graben est tectonique, quoi qu'il le recouvre).</translation>
    </message>
    <message>
        <location filename="../ui/profile_panel.py" line="230"/>
        <source>{a}–{a}′: {n} points.</source>
        <translation>{a}–{a}′ : {n} points.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="135"/>
        <source>No point of {layer} lies in this area now (its layer changed since it was found?).</source>
        <translation>Aucun point de {layer} ne se trouve maintenant dans cette zone (sa couche a-t-elle changé depuis ?).</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="98"/>
        <source>CORINE Land Cover</source>
        <translation>CORINE Land Cover</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="99"/>
        <source>Imperviousness Density</source>
        <translation>Degré d'imperméabilisation</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="100"/>
        <source>elevation model</source>
        <translation>modèle d'élévation</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="107"/>
        <source>Requested from the CLMS for the areas&apos; extent: {titles}. They land in the project when ready (CLMS tab, Requests) and the areas are described again.</source>
        <translation>Demandé au CLMS pour l'étendue des zones : {titles}. Les données arrivent dans le projet dès qu'elles sont prêtes (onglet CLMS, Demandes) et les zones sont alors décrites à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="111"/>
        <source>{name} was not requested: {reason}</source>
        <translation>{name} n'a pas été demandé : {reason}</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="113"/>
        <source>The CLMS catalogue offers no elevation model to download by area: add one to the project (the Copernicus DEM, for instance) for the slope.</source>
        <translation>Le catalogue CLMS ne propose aucun modèle d'élévation à télécharger par zone : ajoutez-en un au projet (le Copernicus DEM, par exemple) pour la pente.</translation>
    </message>
    <message>
        <location filename="../core/clms/land.py" line="117"/>
        <source>The CLMS catalogue offers no {name} raster to download by area.</source>
        <translation>Le catalogue CLMS ne propose aucun raster {name} à télécharger par zone.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="50"/>
        <source>No land rasters in the project: add a CORINE Land Cover raster, an imperviousness raster or an elevation model, or request them from the CLMS with Request land data for the areas.</source>
        <translation>Aucun raster du sol dans le projet : ajoutez un raster CORINE Land Cover, un raster d'imperméabilisation ou un modèle d'élévation, ou demandez-les au CLMS avec « Données du sol pour les zones ».</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="89"/>
        <source>Find the active deformation areas first: their extent is what is requested.</source>
        <translation>Trouvez d'abord les zones de déformation actives : c'est leur étendue qui est demandée.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="94"/>
        <source>The project has its land rasters already: the areas are described with them.</source>
        <translation>Le projet a déjà ses rasters du sol : les zones sont décrites avec eux.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="118"/>
        <source>Requesting the land beneath {layer}</source>
        <translation>Demande du sol sous {layer}</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="161"/>
        <source>The land of the areas could not be written into {layer}.</source>
        <translation>Le sol des zones n'a pas pu être écrit dans {layer}.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="166"/>
        <source>{n} areas of {layer} described with the land beneath them.</source>
        <translation>{n} zones de {layer} décrites avec le sol qui les porte.</translation>
    </message>
    <message>
        <location filename="../ui/ada_land.py" line="169"/>
        <source>Describing the land beneath {layer}</source>
        <translation>Description du sol sous {layer}</translation>
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
        <translation>Catalogue CLMS</translation>
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
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="246"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="250"/>
        <source>EGMS files as downloaded (.zip) or extracted (.csv); several at once are merged per level, component and release.</source>
        <translation>Fichiers EGMS tels que téléchargés (.zip) ou extraits (.csv) ; plusieurs à la fois sont fusionnés par niveau, composante et édition.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="254"/>
        <source>or a folder</source>
        <translation>ou un dossier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="258"/>
        <source>Every EGMS file in this folder and its subfolders.</source>
        <translation>Tous les fichiers EGMS de ce dossier et de ses sous-dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="272"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="276"/>
        <source>New or existing GeoPackage; its other layers are kept.</source>
        <translation>GeoPackage nouveau ou existant ; ses autres couches sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="302"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="306"/>
        <source>All points</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="307"/>
        <source>Points in the current map view</source>
        <translation>Points de la vue actuelle de la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="308"/>
        <source>Points inside the polygons of a layer</source>
        <translation>Points dans les polygones d'une couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="316"/>
        <source>Selected polygons only</source>
        <translation>Sélection seulement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="321"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="368"/>
        <source>Plot time series…</source>
        <translation>Tracer des séries temporelles…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="369"/>
        <source>Open the time-series plot and pick EGMS points on the map</source>
        <translation>Ouvrir le graphique des séries temporelles et choisir des points EGMS sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="377"/>
        <source>Filter points by velocity</source>
        <translation>Filtrer les points par vitesse</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="380"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="392"/>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="393"/>
        <source>The selected polygons of this layer (all of them when none is selected)</source>
        <translation>Les polygones sélectionnés de cette couche (tous si aucun n'est sélectionné)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="396"/>
        <source>Filter the layer</source>
        <translation>Filtrer la couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="397"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="402"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="403"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="407"/>
        <source>Style range ±</source>
        <translation>Plage de style ±</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source> mm/year</source>
        <translation> mm/an</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="410"/>
        <source>Classes symmetric around 0 up to this velocity; automatic: from the data&apos;s robust spread (98th percentile of |velocity|)</source>
        <translation>Classes symétriques autour de 0 jusqu'à cette vitesse ; automatique : d'après la dispersion robuste des données (98e centile de |vitesse|)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="411"/>
        <source>Style layer</source>
        <translation>Symboliser la couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="172"/>
        <source>Find and download EGMS files</source>
        <translation>Rechercher et télécharger</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="175"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="178"/>
        <source>The area to search: the map view, a rectangle drawn on the map, or a layer&apos;s extent (the arrow button). Empty: the current map view.</source>
        <translation>La zone à chercher : la vue de la carte, un rectangle dessiné sur la carte, ou l'emprise d'une couche (le bouton à flèche). Vide : la vue actuelle de la carte.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="181"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="183"/>
        <source>Release</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="187"/>
        <source>Ask the EGMS service for its list of releases</source>
        <translation>Demander au service EGMS sa liste d'éditions</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="214"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="194"/>
        <source>Track</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="195"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="195"/>
        <source>Sentinel-1 relative orbit (track) number, 1 to 175; any: every track</source>
        <translation>Numéro d'orbite relative (trace) Sentinel-1, 1 à 175 ; toutes : chaque trace</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="200"/>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Add Explorer links…</source>
        <translation>Ajouter des liens de l'Explorer…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="201"/>
        <source>Without a service key: paste download links copied from the EGMS Explorer, or open its exported egms-archive-links.txt</source>
        <translation>Sans clé de service : collez des liens de téléchargement copiés depuis l'EGMS Explorer, ou ouvrez son egms-archive-links.txt exporté</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="211"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="212"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="215"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="218"/>
        <source>Download to</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="219"/>
        <source>Folder the files are saved in; files already there are not downloaded again.</source>
        <translation>Dossier où les fichiers sont enregistrés ; les fichiers déjà présents ne sont pas téléchargés à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="229"/>
        <source>Download checked files</source>
        <translation>Télécharger les fichiers cochés</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="230"/>
        <source>Cancel downloads</source>
        <translation>Annuler les téléchargements</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="31"/>
        <source>Search the CLMS catalogue</source>
        <translation>Chercher dans le catalogue CLMS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="36"/>
        <source>Words, e.g. corine 2018, imperviousness</source>
        <translation>Mots, par ex. corine 2018, imperviousness</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="40"/>
        <source>Product family</source>
        <translation>Famille de produits</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="42"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="103"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="46"/>
        <source>INSPIRE theme</source>
        <translation>Thème INSPIRE</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="48"/>
        <source>Year covered</source>
        <translation>Année couverte</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="54"/>
        <source>More results</source>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="127"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="65"/>
        <source>Add to map (view service)</source>
        <translation>Ajouter le service de visualisation</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="65"/>
        <source>Add the dataset&apos;s view service (WMS or ArcGIS REST) to the project, without downloading</source>
        <translation>Ajouter le service de visualisation du jeu de données (WMS ou ArcGIS REST) au projet, sans téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="71"/>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="75"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="76"/>
        <source>One of the dataset&apos;s collections cut to an area (name, resolution, format), or one of its pre-packaged files</source>
        <translation>Une des collections du jeu de données découpée sur une zone (nom, résolution, format), ou un de ses fichiers préparés</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="92"/>
        <source>Code or name, e.g. ITC11 or Torino</source>
        <translation>Code ou nom, par ex. ITC11 ou Torino</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="93"/>
        <source>GISCO file…</source>
        <translation>Fichier GISCO…</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="93"/>
        <source>Regions of every level with their boundaries: a Eurostat GISCO NUTS 2021 file (NUTS_RG_…_2021_….geojson). Without one, countries only.</source>
        <translation>Régions de tous niveaux avec leurs limites : un fichier NUTS 2021 de GISCO (Eurostat) (NUTS_RG_…_2021_….geojson). Sans lui, les pays seulement.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="98"/>
        <source>The extent of this layer&apos;s selected features (all of them when none is selected)</source>
        <translation>L'emprise des entités sélectionnées de cette couche (toutes si aucune n'est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="105"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="110"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="111"/>
        <source>Request download</source>
        <translation>Demander le téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="117"/>
        <source>My download requests</source>
        <translation>Mes demandes de téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="129"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="135"/>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="136"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="353"/>
        <source>Workshop walk-through</source>
        <translation>Parcours de l'atelier</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="360"/>
        <source>Close the walk-through</source>
        <translation>Fermer le parcours</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="423"/>
        <source>Select an EGMS layer (imported, or the CSV loaded as delimited text) in the Layers panel, click &lt;b&gt;Plot time series&lt;/b&gt;, then click points on the map; tick &lt;i&gt;Keep previous&lt;/i&gt; to compare several. The plot fits trends, takes a reference point, and plots the mean of selected points.&lt;br/&gt;&lt;br/&gt;In the Processing toolbox (CLMS &amp; EGMS): displacement and velocity over a period, trend fits for every point, the decomposition of ascending and descending bursts, and export for PS Time Series Viewer.</source>
        <translation>Sélectionnez une couche EGMS (importée, ou le CSV chargé comme texte délimité) dans le panneau Couches, cliquez sur &lt;b&gt;Tracer des séries temporelles&lt;/b&gt;, puis sur des points de la carte ; cochez &lt;i&gt;Garder les précédents&lt;/i&gt; pour en comparer plusieurs. Le graphique ajuste des tendances, prend un point de référence et trace la moyenne des points sélectionnés.&lt;br/&gt;&lt;br/&gt;Dans la boîte à outils de traitements (CLMS &amp; EGMS) : déplacement et vitesse sur une période, ajustement de tendances pour chaque point, décomposition des bursts ascendant et descendant, et export pour PS Time Series Viewer.</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="222"/>
        <source>Import when downloaded</source>
        <translation>Importer une fois téléchargés</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="107"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="108"/>
        <source>Time series only: the first day to download</source>
        <translation>Séries temporelles seulement : le premier jour à télécharger</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="109"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="110"/>
        <source>Time series only: the last day to download</source>
        <translation>Séries temporelles seulement : le dernier jour à télécharger</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="223"/>
        <source>Import the downloaded files into the GeoPackage or PostGIS database of the import below, and add the layers to the project</source>
        <translation>Importer les fichiers téléchargés dans le GeoPackage ou la base PostGIS de l’import ci-dessous, et ajouter les couches au projet</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="242"/>
        <source>Import EGMS files</source>
        <translation>Importer des fichiers EGMS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="262"/>
        <source>Store in</source>
        <translation>Stocker dans</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="266"/>
        <source>A GeoPackage file on this computer, or a PostGIS database shared with others (for many bursts and tiles)</source>
        <translation>Un fichier GeoPackage sur cet ordinateur, ou une base PostGIS partagée avec d’autres (pour de nombreux bursts et tuiles)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="267"/>
        <source>GeoPackage file</source>
        <translation>Fichier GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="268"/>
        <source>PostGIS database</source>
        <translation>Base PostGIS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="280"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="290"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="294"/>
        <source>The schema to write into; created if it does not exist (the database user needs the right to)</source>
        <translation>Le schéma où écrire ; créé s’il n’existe pas (l’utilisateur de la base doit en avoir le droit)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="414"/>
        <source>Animate displacement</source>
        <translation>Animer le déplacement</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="414"/>
        <source>Style the layer by its displacement at the map&apos;s date and set QGIS&apos;s temporal controller to its acquisitions: play the five years, export the frames</source>
        <translation>Symboliser la couche par son déplacement à la date de la carte et régler le contrôleur temporel de QGIS sur ses acquisitions : lire les cinq ans, exporter les images</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="78"/>
        <source>Extent: the map view, a rectangle drawn on the map or a layer&apos;s extent (the arrow button below); NUTS region: a country or region by its NUTS code; selected features: the polygons selected in a layer</source>
        <translation>Emprise : la vue de la carte, un rectangle dessiné sur la carte ou l'emprise d'une couche (le bouton à flèche dessous) ; région NUTS : un pays ou une région par son code NUTS ; entités sélectionnées : les polygones sélectionnés dans une couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="79"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="80"/>
        <source>NUTS region</source>
        <translation>Région NUTS</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="81"/>
        <source>Selected features</source>
        <translation>Entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>Track or tile</source>
        <translation>Trace ou tuile</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="213"/>
        <source>L2a and L2b: the track and the burst; L3: the 100 km tile</source>
        <translation>L2a et L2b : la trace et le burst ; L3 : la tuile de 100 km</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="456"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="457"/>
        <source>Open the user guide (shipped with the plugin: it opens without internet)</source>
        <translation>Ouvrir le guide de l'utilisateur (livré avec l'extension : il s'ouvre sans internet)</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="415"/>
        <source>Find active deformation areas</source>
        <translation>Trouver les zones de déformation active</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="415"/>
        <source>The areas of the layer that move faster than the stability threshold (from its data), outlined, described and labelled, each viewing geometry apart; Processing&apos;s Active deformation areas sets the threshold, the radius and the fewest points</source>
        <translation>Les zones de la couche qui bougent plus vite que le seuil de stabilité (tiré de ses données), délimitées, décrites et étiquetées, chaque géométrie de visée à part ; « Zones de déformation active » dans Processing règle le seuil, le rayon et le nombre minimal de points</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="416"/>
        <source>Request land data for the areas</source>
        <translation>Données du sol pour les zones</translation>
    </message>
    <message>
        <location filename="../ui/dock.ui" line="416"/>
        <source>CORINE Land Cover and imperviousness for the extent of the areas found from the Layer, requested from the CLMS (a service key in Settings) where the project has none; when they are in the project, each area gets its land cover, sealing and a suggested interpretation</source>
        <translation>CORINE Land Cover et imperméabilisation pour l'étendue des zones trouvées à partir de la couche, demandées au CLMS (une clé de service dans les Paramètres) là où le projet n'en a pas ; une fois dans le projet, chaque zone reçoit son occupation du sol, son imperméabilisation et une interprétation suggérée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.ui" line="8"/>
        <source>CLMS &amp; EGMS settings</source>
        <translation>Paramètres CLMS &amp; EGMS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="12"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="15"/>
        <source>CLMS API base URL</source>
        <translation>URL de base de l'API CLMS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="19"/>
        <source>Address of the CLMS site whose API is used (the API lives under /api).</source>
        <translation>Adresse du site CLMS dont l'API est utilisée (l'API se trouve sous /api).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="23"/>
        <source>EGMS API base URL</source>
        <translation>URL de base de l'API EGMS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="27"/>
        <source>Address of the EGMS archive API.</source>
        <translation>Adresse de l'API d'archive EGMS.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="31"/>
        <source>Network timeout</source>
        <translation>Délai réseau</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="35"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="38"/>
        <source>How long to wait for data from a service before giving up.</source>
        <translation>Combien de temps attendre des données d'un service avant d'abandonner.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="70"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="73"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="79"/>
        <source>Default GeoPackage</source>
        <translation>GeoPackage par défaut</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="83"/>
        <source>Where EGMS data is imported unless you choose otherwise. Empty: egms.gpkg in the download folder.</source>
        <translation>Où les données EGMS sont importées sauf choix contraire. Vide : egms.gpkg dans le dossier de téléchargement.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="46"/>
        <source>CLMS service key (for downloads)</source>
        <translation>Clé de service CLMS (pour les téléchargements)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>Import key file…</source>
        <translation>Importer un fichier de clé…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="59"/>
        <source>The JSON file of a service key created in your land.copernicus.eu profile (API tokens). It is kept in QGIS&apos;s authentication database, protected by your master password.</source>
        <translation>Le fichier JSON d'une clé de service créée dans votre profil land.copernicus.eu (jetons d'API). Il est conservé dans la base d'authentification de QGIS, protégé par votre mot de passe principal.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Check key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="60"/>
        <source>Ask the service for an access token with the stored key</source>
        <translation>Demander au service un jeton d'accès avec la clé enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.ui" line="61"/>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
</context>
</TS>
