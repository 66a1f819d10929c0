<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI" sourcelanguage="en">
<context>
    <name>AttributeTablePanel</name>
    <message>
        <source>%1 · %2 of %3 features</source>
        <translation>%1 · %2 od %3 objektov</translation>
    </message>
    <message>
        <source>Filter rows …</source>
        <translation>Filtriraj vrstice …</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>Zapri tabelo</translation>
    </message>
    <message>
        <source>Selected only (%1)</source>
        <translation>Samo izbrani (%1)</translation>
    </message>
</context>
<context>
    <name>AttributionLabel</name>
    <message>
        <source>other layers: illustrative samples</source>
        <translation>drugi sloji: ponazoritveni vzorci</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Podlaga: %1</translation>
    </message>
</context>
<context>
    <name>BasemapButton</name>
    <message>
        <source>Basemap</source>
        <translation>Podlaga</translation>
    </message>
    <message>
        <source>Ptuj basemap (offline, from the store)</source>
        <translation>Podlaga Ptuja (brez povezave, iz shrambe)</translation>
    </message>
    <message>
        <source>Online map (cached in the store)</source>
        <translation>Spletna karta (predpomnjena v shrambi)</translation>
    </message>
    <message>
        <source>Online map (not set up)</source>
        <translation>Spletna karta (ni nastavljena)</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translation>Brez podlage</translation>
    </message>
    <message>
        <source>Online source…</source>
        <translation>Spletni vir …</translation>
    </message>
</context>
<context>
    <name>BasemapSettings</name>
    <message>
        <source>Enter the address of the tile source.</source>
        <translation>Vnesite naslov vira ploščic.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Naslov se mora začeti s http:// ali https://.</translation>
    </message>
    <message>
        <source>The address must contain {z}, {x} and {y} where the tile numbers go.</source>
        <translation>Naslov mora vsebovati {z}, {x} in {y} na mestih številk ploščic.</translation>
    </message>
</context>
<context>
    <name>BasemapSourceDialog</name>
    <message>
        <source>Online basemap source</source>
        <translation>Spletni vir podlage</translation>
    </message>
    <message>
        <source>Tile address (XYZ), e.g. https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>Naslov ploščic (XYZ), npr. https://tiles.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>Attribution shown on the map</source>
        <translation>Navedba vira na karti</translation>
    </message>
    <message>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>npr. © sodelavci OpenStreetMap</translation>
    </message>
    <message>
        <source>Cache in the store (MB)</source>
        <translation>Predpomnilnik v shrambi (MB)</translation>
    </message>
    <message>
        <source>Tiles that were seen are kept in the store and shown without a network; the least recently used go first when the cache is full.</source>
        <translation>Ogledane ploščice ostanejo v shrambi in so vidne tudi brez omrežja; ko je predpomnilnik poln, se najprej odstranijo najdlje neuporabljene.</translation>
    </message>
</context>
<context>
    <name>BookmarksButton</name>
    <message>
        <source>Bookmarks (Ctrl+1 … Ctrl+9, save with Ctrl+B)</source>
        <translation>Zaznamki (Ctrl+1 … Ctrl+9, shrani s Ctrl+B)</translation>
    </message>
    <message>
        <source>Save this view…</source>
        <translation>Shrani ta pogled …</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Shrani ta pogled</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Name, e.g. Zbirno mesto Breg</source>
        <translation>Ime, npr. Zbirno mesto Breg</translation>
    </message>
</context>
<context>
    <name>CatalogueCapability</name>
    <message>
        <source>Domains</source>
        <translation>Področja</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Vrstni red</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>CatalogueDelegate</name>
    <message>
        <source>%1 · %2 features · %3</source>
        <translation>%1 · %2 objektov · %3</translation>
    </message>
    <message>
        <source>Illustrative sample, not an official dataset</source>
        <translation>Ponazoritveni vzorec, ni uradni podatkovni niz</translation>
    </message>
    <message>
        <source>Edit catalogue entry</source>
        <translation>Uredi vnos v katalogu</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vloga: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueEditDialog</name>
    <message>
        <source>Catalogue: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Področje</translation>
    </message>
    <message>
        <source>Title (sl)</source>
        <translation>Naslov (sl)</translation>
    </message>
    <message>
        <source>Title (en)</source>
        <translation>Naslov (en)</translation>
    </message>
    <message>
        <source>Meaning (sl)</source>
        <translation>Pomen (sl)</translation>
    </message>
    <message>
        <source>Meaning (en)</source>
        <translation>Pomen (en)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Lastnik</translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation>Interval posodabljanja</translation>
    </message>
    <message>
        <source>Period of use</source>
        <translation>Obdobje uporabe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uporabniki</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>ločeno z vejicami</translation>
    </message>
    <message>
        <source>Linked layers</source>
        <translation>Povezani sloji</translation>
    </message>
    <message>
        <source>comma-separated layer names</source>
        <translation>imena slojev, ločena z vejicami</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Navedba virov</translation>
    </message>
    <message>
        <source>shown on the map and prints, e.g. © GURS, CC BY 4.0</source>
        <translation>prikazano na karti in izpisih, npr. © GURS, CC BY 4.0</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vloge</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Filter by name, domain, owner …</source>
        <translation>Filtriraj po imenu, področju, lastniku …</translation>
    </message>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>Shrambe ni mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 od %2 slojev</translation>
    </message>
    <message>
        <source>%1 layers in the store</source>
        <translation>Slojev v shrambi: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleToolBar</name>
    <message>
        <source>Ptuj Operations Console</source>
        <translation>Operativna konzola MO Ptuj</translation>
    </message>
    <message>
        <source>City Municipality of Ptuj · digital transformation strategy 2023–2030</source>
        <translation>Mestna občina Ptuj · strategija digitalne preobrazbe 2023–2030</translation>
    </message>
</context>
<context>
    <name>DomainDelegate</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n sloj</numerusform>
            <numerusform>%n sloja</numerusform>
            <numerusform>%n sloji</numerusform>
            <numerusform>%n slojev</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainPanel</name>
    <message>
        <source>Strategy domains</source>
        <translation>Področja strategije</translation>
    </message>
    <message>
        <source>%1 domains in %2 pillars</source>
        <translation>%1 področij v %2 stebrih</translation>
    </message>
    <message>
        <source>Filter layers …</source>
        <translation>Filtriraj sloje …</translation>
    </message>
</context>
<context>
    <name>DrawingOrderPanel</name>
    <message>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <source>Points over lines over areas, as in the catalogue</source>
        <translation>Točke nad linijami nad območji, po vrsti iz kataloga</translation>
    </message>
    <message>
        <source>Draw higher</source>
        <translation>Riši višje</translation>
    </message>
    <message>
        <source>Draw lower</source>
        <translation>Riši nižje</translation>
    </message>
    <message>
        <source>Drawn on top first. Drag a row by its handle or use Alt+↑/↓.</source>
        <translation>Zgornji sloj je narisan na vrhu. Vrstico povlecite za ročaj ali uporabite Alt+↑/↓.</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>%n objekt na tem mestu</numerusform>
            <numerusform>%n objekta na tem mestu</numerusform>
            <numerusform>%n objekti na tem mestu</numerusform>
            <numerusform>%n objektov na tem mestu</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zapri (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) inside %1</source>
        <translation>
            <numerusform>%n objekt znotraj: %1</numerusform>
            <numerusform>%n objekta znotraj: %1</numerusform>
            <numerusform>%n objekti znotraj: %1</numerusform>
            <numerusform>%n objektov znotraj: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What lies inside?</source>
        <translation>Kaj leži znotraj?</translation>
    </message>
</context>
<context>
    <name>ImportCapability</name>
    <message>
        <source>Import data…</source>
        <translation>Uvozi podatke …</translation>
    </message>
    <message>
        <source>Import a Shapefile, GeoPackage, GeoJSON, KML, GML, CSV … (Ctrl+I)</source>
        <translation>Uvozi Shapefile, GeoPackage, GeoJSON, KML, GML, CSV … (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Uvoz podatkov</translation>
    </message>
    <message>
        <source>Choose a vector file</source>
        <translation>Izberite vektorsko datoteko</translation>
    </message>
    <message>
        <source>Vector data (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.fgb)</source>
        <translation>Vektorski podatki (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Vse datoteke (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Shapefile, GeoPackage, GeoJSON, KML/KMZ, GML, CSV, FlatGeobuf …</source>
        <translation>Shapefile, GeoPackage, GeoJSON, KML/KMZ, GML, CSV, FlatGeobuf …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Prebrskaj …</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Področje</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>Ime sloja</translation>
    </message>
    <message>
        <source>from the file (letters, digits, _)</source>
        <translation>iz datoteke (črke, števke, _)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>shown in the catalogue, e.g. Poplavna območja 2024</source>
        <translation>prikazan v katalogu, npr. Poplavna območja 2024</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Izvorni koordinatni sistem</translation>
    </message>
    <message>
        <source>from the file; e.g. EPSG:3912 for D48/GK</source>
        <translation>iz datoteke; npr. EPSG:3912 za D48/GK</translation>
    </message>
    <message>
        <source>D48/GK is converted to D96/TM</source>
        <translation>D48/GK se pretvori v D96/TM</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>kot navaja datoteka</translation>
    </message>
    <message>
        <source>Replace a layer of the same name</source>
        <translation>Zamenjaj istoimenski sloj</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvozi</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Prekliči uvoz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Importing … %1 features read</source>
        <translation>Uvažam … prebranih objektov: %1</translation>
    </message>
    <message>
        <source>Imported %1 features, repaired %2, rejected %3.</source>
        <translation>Uvoženih objektov: %1, popravljenih: %2, zavrnjenih: %3.</translation>
    </message>
    <message>
        <source>Cancelled. The store is unchanged.</source>
        <translation>Preklicano. Shramba je nespremenjena.</translation>
    </message>
    <message>
        <source>Import failed: %1. The store is unchanged.</source>
        <translation>Uvoz ni uspel: %1. Shramba je nespremenjena.</translation>
    </message>
    <message>
        <source>Choose a file and its domain, then Import (Ctrl+Enter).</source>
        <translation>Izberite datoteko in njeno področje, nato Uvozi (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Rejected features</source>
        <translation>Zavrnjeni objekti</translation>
    </message>
    <message>
        <source>%1, feature %2: %3</source>
        <translation>%1, objekt %2: %3</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovenščina</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angleščina</translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <source>Show on the map</source>
        <translation>Prikaži na zemljevidu</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Približaj na sloj</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Atributna tabela</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>Prekrivnost %1 %</translation>
    </message>
</context>
<context>
    <name>LoadingBanner</name>
    <message>
        <source>Loading layers… %1 %</source>
        <translation>Nalagam sloje … %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ptuj Operations Console</source>
        <translation>Operativna konzola MO Ptuj</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Povečaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomanjšaj</translation>
    </message>
    <message>
        <source>Measure distance and area (M)</source>
        <translation>Merjenje razdalje in površine (M)</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Celotna občina</translation>
    </message>
</context>
<context>
    <name>MapFinder</name>
    <message>
        <source>no layers to look in</source>
        <translation>ni slojev, v katerih bi iskali</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <source>Loading the layers was cancelled.</source>
        <translation>Nalaganje slojev je bilo preklicano.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>the measured area</source>
        <translation>izmerjenega območja</translation>
    </message>
    <message>
        <source>the selected rectangle</source>
        <translation>izbranega pravokotnika</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>izbora</translation>
    </message>
</context>
<context>
    <name>MeasureOverlay</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Measuring: click points on the map</source>
        <translation>Merjenje: klikajte točke na zemljevidu</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Dolžina: %1</translation>
    </message>
    <message>
        <source>Area: %1 · perimeter %2</source>
        <translation>Površina: %1 · obseg %2</translation>
    </message>
    <message>
        <source>Backspace removes the last point, Esc ends</source>
        <translation>Vračalka odstrani zadnjo točko, Esc konča</translation>
    </message>
    <message>
        <source>List what lies inside</source>
        <translation>Naštej, kaj leži znotraj</translation>
    </message>
</context>
<context>
    <name>PrintCapability</name>
    <message>
        <source>Print…</source>
        <translation>Natisni …</translation>
    </message>
    <message>
        <source>Print the map as it is now (Ctrl+P)</source>
        <translation>Natisni zemljevid, kot je zdaj (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Situation map</source>
        <translation>Situacijska karta</translation>
    </message>
    <message>
        <source>Print a situation map</source>
        <translation>Tisk situacijske karte</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Natisni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Slika PNG (*.png)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>e.g. Poplava Drave – stanje ob 14.00</source>
        <translation>npr. Poplava Drave – stanje ob 14.00</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>…/situacija.pdf or .png</source>
        <translation>…/situacija.pdf ali .png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Prebrskaj …</translation>
    </message>
    <message>
        <source>Printing …</source>
        <translation>Tiskam …</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Zapisano v %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Tisk ni uspel: %1</translation>
    </message>
    <message>
        <source>The map&apos;s current area and visible layers, with legend, scale bar, north arrow and sources.</source>
        <translation>Trenutno območje zemljevida in vidni sloji, z legendo, merilom, puščico severa in viri.</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <source>Situation map</source>
        <translation>Situacijska karta</translation>
    </message>
    <message>
        <source>Mestna občina Ptuj · %1</source>
        <translation>Mestna občina Ptuj · %1</translation>
    </message>
    <message>
        <source>N</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Illustrative samples, not official datasets: %1</source>
        <translation>Ponazoritveni vzorci, ne uradni podatkovni nizi: %1</translation>
    </message>
    <message>
        <source>Basemap drawn from: %1</source>
        <translation>Podlaga izrisana iz: %1</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Podlaga: %1</translation>
    </message>
</context>
<context>
    <name>PrintWindow</name>
    <message>
        <source>Situation map</source>
        <translation>Situacijska karta</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Acknowledge (A)</source>
        <translation>Potrdi prejem (A)</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>čez %n dan</numerusform>
            <numerusform>čez %n dneva</numerusform>
            <numerusform>čez %n dni</numerusform>
            <numerusform>čez %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve… (R)</source>
        <translation>Reši … (R)</translation>
    </message>
    <message>
        <source>Reject… (X)</source>
        <translation>Zavrni … (X)</translation>
    </message>
    <message>
        <source>Reopen (O)</source>
        <translation>Ponovno odpri (O)</translation>
    </message>
    <message>
        <source>Assign (S)</source>
        <translation>Dodeli (S)</translation>
    </message>
    <message>
        <source>Priority (1–4)</source>
        <translation>Prednost (1–4)</translation>
    </message>
    <message>
        <source>Due (D)</source>
        <translation>Rok (D)</translation>
    </message>
</context>
<context>
    <name>ReportAnswerDialog</name>
    <message>
        <source>Resolve with a public answer</source>
        <translation>Reši z javnim odgovorom</translation>
    </message>
    <message>
        <source>Reject with a public answer</source>
        <translation>Zavrni z javnim odgovorom</translation>
    </message>
    <message>
        <source>Public answer</source>
        <translation>Javni odgovor</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n prijava</numerusform>
            <numerusform>%n prijavi</numerusform>
            <numerusform>%n prijave</numerusform>
            <numerusform>%n prijav</numerusform>
        </translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Brez predloge</translation>
    </message>
    <message>
        <source>What the citizen will read</source>
        <translation>Kar bo prebral občan</translation>
    </message>
    <message>
        <source>The answer is published with the report (Open311 status notes). Ctrl+Enter sends.</source>
        <translation>Odgovor je objavljen s prijavo (Open311 status_notes). Ctrl+Enter pošlje.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Ime predloge</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Shrani kot predlogo</translation>
    </message>
</context>
<context>
    <name>ReportDelegate</name>
    <message>
        <source>overdue</source>
        <translation>zamuja</translation>
    </message>
</context>
<context>
    <name>ReportDetailCard</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Ni spremenjeno: %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zapri (Esc)</translation>
    </message>
    <message>
        <source>priority %1 (%2)</source>
        <translation>prednost %1 (%2)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ni dodeljeno</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>rok %1</translation>
    </message>
    <message>
        <source>Unknown category “%1”: kept, choose the right one.</source>
        <translation>Neznana kategorija »%1«: prijava je ohranjena, izberite pravo kategorijo.</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>prijavljeno %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>prijavil %1</translation>
    </message>
    <message>
        <source>Public answer: %1</source>
        <translation>Javni odgovor: %1</translation>
    </message>
    <message>
        <source>Possible duplicates within %1 m</source>
        <translation>Morebitni dvojniki v %1 m</translation>
    </message>
    <message>
        <source>Open this report</source>
        <translation>Odpri to prijavo</translation>
    </message>
    <message>
        <source>Duplicate of it</source>
        <translation>Dvojnik te prijave</translation>
    </message>
    <message>
        <source>Nearest assets</source>
        <translation>Najbližja infrastruktura</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Zgodovina</translation>
    </message>
    <message>
        <source>Reading the history, duplicates and nearby infrastructure …</source>
        <translation>Berem zgodovino, morebitne dvojnike in bližnjo infrastrukturo …</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>All open</source>
        <translation>Vse odprte</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Vsi statusi</translation>
    </message>
    <message>
        <source>Priority, then oldest</source>
        <translation>Po prednosti, nato najstarejše</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najprej najnovejše</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Najprej najstarejše</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Vsa področja</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Vse službe</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Vse kategorije</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Kadarkoli</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Zadnjih 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Zadnjih 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Zadnjih 90 dni</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Zadnje leto</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Samo zamujene</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Celo območje</translation>
    </message>
    <message>
        <source>In drawn area</source>
        <translation>V narisanem območju</translation>
    </message>
    <message>
        <source>Only reports inside the area measured on the map (M, then click its corners)</source>
        <translation>Samo prijave znotraj območja, izmerjenega na zemljevidu (M, nato kliknite oglišča)</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potrjen prejem</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Dodeljena</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>V delu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rešena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zavrnjena</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dvojnik</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>nujno</translation>
    </message>
    <message>
        <source>High</source>
        <translation>visoka</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>običajna</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>nizka</translation>
    </message>
    <message>
        <source>today</source>
        <translation>danes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCapability</name>
    <message>
        <source>Reports</source>
        <translation>Prijave</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Citizen reports</source>
        <translation>Prijave občanov</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue · %3 resolved · median time to resolve %4 days</source>
        <translation>%1 odprtih · %2 zamuja · %3 rešenih · mediana do rešitve %4 dni</translation>
    </message>
    <message>
        <source>Search description, address, number …</source>
        <translation>Iskanje po opisu, naslovu, številki …</translation>
    </message>
    <message>
        <source>%1 of %2 reports</source>
        <translation>%1 od %2 prijav</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n označena</numerusform>
            <numerusform>%n označeni</numerusform>
            <numerusform>%n označene</numerusform>
            <numerusform>%n označenih</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Odznači</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Nalagam …</translation>
    </message>
    <message>
        <source>No reports match the filters.</source>
        <translation>Nobena prijava ne ustreza filtrom.</translation>
    </message>
    <message>
        <source>Open reports by domain and service</source>
        <translation>Odprte prijave po področjih in službah</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ni dodeljeno</translation>
    </message>
    <message>
        <source>Map: by status</source>
        <translation>Karta: po stanju</translation>
    </message>
    <message>
        <source>Map: by age</source>
        <translation>Karta: po starosti</translation>
    </message>
</context>
<context>
    <name>ScaleBarIndicator</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search places (Ctrl+F)</source>
        <translation>Iskanje krajev (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n izbran objekt</numerusform>
            <numerusform>%n izbrana objekta</numerusform>
            <numerusform>%n izbrani objekti</numerusform>
            <numerusform>%n izbranih objektov</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <translation>Seznam</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Približaj</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Počisti (Esc)</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <source>WGS84 %1° N, %2° E</source>
        <translation>WGS84 %1° s. g. š., %2° v. g. d.</translation>
    </message>
    <message>
        <source>WGS84 —</source>
        <translation>WGS84 —</translation>
    </message>
    <message>
        <source>D96/TM e %1 m, n %2 m</source>
        <translation>D96/TM e %1 m, n %2 m</translation>
    </message>
    <message>
        <source>D96/TM —</source>
        <translation>D96/TM —</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Povečava %1</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>the store has no reports yet; import some first</source>
        <translation>shramba še nima prijav; najprej jih uvozite</translation>
    </message>
</context>
</TS>
