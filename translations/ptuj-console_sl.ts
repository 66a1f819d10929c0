<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI" sourcelanguage="en">
<context>
    <name>ArsoHydroParser</name>
    <message>
        <source>%1 is not ARSO hydrological data: it does not begin with &lt;arsopodatki&gt;</source>
        <translation>%1 ni ARSO-v hidrološki podatek: ne začne se z &lt;arsopodatki&gt;</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3); nothing was imported</source>
        <translation>%1 ni pravilno oblikovan XML (vrstica %2: %3); uvoženo ni bilo nič</translation>
    </message>
    <message>
        <source>%1, station at line %2</source>
        <translation>%1, postaja v vrstici %2</translation>
    </message>
    <message>
        <source>%1: no station code (sifra); left out</source>
        <translation>%1: ni šifre postaje (sifra); izpuščeno</translation>
    </message>
    <message>
        <source>%1: station %2 appears twice; the first one is kept</source>
        <translation>%1: postaja %2 se pojavi dvakrat; obdržana je prva</translation>
    </message>
    <message>
        <source>ARSO station %1</source>
        <translation>Postaja ARSO %1</translation>
    </message>
    <message>
        <source>station %1 (%2) has no usable coordinates; it is listed but not drawn on the map</source>
        <translation>postaja %1 (%2) nima uporabnih koordinat; je na seznamu, na karti pa ni prikazana</translation>
    </message>
    <message>
        <source>station %1: %2 occurs twice when summer time ends; read as summer time (UTC+2)</source>
        <translation>postaja %1: %2 se ob koncu poletnega časa pojavi dvakrat; prebrano kot poletni čas (UTC+2)</translation>
    </message>
    <message>
        <source>station %1: %2 does not exist when summer time begins; read as winter time (UTC+1)</source>
        <translation>postaja %1: %2 ob začetku poletnega časa ne obstaja; prebrano kot zimski čas (UTC+1)</translation>
    </message>
    <message>
        <source>station %1: the time &apos;%2&apos; is not a date and time (YYYY-MM-DD HH:MM); its readings are left out</source>
        <translation>postaja %1: čas »%2« ni datum in ura (LLLL-MM-DD UU:MM); njene meritve so izpuščene</translation>
    </message>
    <message>
        <source>station %1: %2 &apos;%3&apos; is not a number; that threshold is left out</source>
        <translation>postaja %1: %2 »%3« ni število; ta prag je izpuščen</translation>
    </message>
    <message>
        <source>station %1: %2 &apos;%3&apos; has a decimal comma; read as %4</source>
        <translation>postaja %1: %2 »%3« ima decimalno vejico; prebrano kot %4</translation>
    </message>
    <message>
        <source>station %1: %2 &apos;%3&apos; is not a number; that reading is left out</source>
        <translation>postaja %1: %2 »%3« ni število; ta meritev je izpuščena</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
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
    <message numerus="yes">
        <source>%1 · %2 of %n feature(s)</source>
        <translation>
            <numerusform>%1 · %2 od %n predmeta</numerusform>
            <numerusform>%1 · %2 od %n predmetov</numerusform>
            <numerusform>%1 · %2 od %n predmetov</numerusform>
            <numerusform>%1 · %2 od %n predmetov</numerusform>
        </translation>
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
    <name>Basemap</name>
    <message>
        <source>basemap layer %1: %2</source>
        <translation>sloj podlage %1: %2</translation>
    </message>
    <message>
        <source>no layer of the store has a basemap role (%1); give the boundary, districts, water or roads their roles in the catalogue</source>
        <translation>noben sloj v shrambi nima vloge podlage (%1); v katalogu dodelite vloge meji, četrtnim skupnostim, vodam ali cestam</translation>
    </message>
    <message>
        <source>the store has none of the basemap layers (%1)</source>
        <translation>shramba nima nobenega od slojev podlage (%1)</translation>
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
    <name>BoundedHttp</name>
    <message>
        <source>the import ran out of its time before %1 was read; try a shorter date range</source>
        <translation>uvozu je zmanjkalo časa pred branjem %1; poskusite s krajšim časovnim obdobjem</translation>
    </message>
    <message>
        <source>the import ran out of its time while reading %1; try a shorter date range</source>
        <translation>uvozu je zmanjkalo časa med branjem %1; poskusite s krajšim časovnim obdobjem</translation>
    </message>
    <message>
        <source>the endpoint %1 did not answer within %2 s; check the address and the network, or allow more time (--timeout)</source>
        <translation>končna točka %1 ni odgovorila v %2 s; preverite naslov in omrežje ali dovolite več časa (--timeout)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2; it is refused (ask for fewer records per page, or a shorter date range)</source>
        <translation>odgovor %1 je večji od %2, zato je zavrnjen (zahtevajte manj zapisov na stran ali krajše časovno obdobje)</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not http(s); it is not followed</source>
        <translation>%1 preusmerja na naslov, ki ni http(s); preusmeritvi ne sledimo</translation>
    </message>
    <message>
        <source>the endpoint %1 answered HTTP %2 (%3); %4</source>
        <translation>končna točka %1 je odgovorila s HTTP %2 (%3); %4</translation>
    </message>
    <message>
        <source>the server has a problem, try again later or tell its operator</source>
        <translation>strežnik ima težavo; poskusite znova pozneje ali obvestite njegovega upravljavca</translation>
    </message>
    <message>
        <source>check the URL and any API key</source>
        <translation>preverite URL in morebitni ključ API</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2; it is refused</source>
        <translation>odgovor %1 je večji od %2, zato je zavrnjen</translation>
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
    <name>CoordinateTransformer</name>
    <message>
        <source>PROJ cannot transform %1 to %2: %3</source>
        <translation>PROJ ne more pretvoriti %1 v %2: %3</translation>
    </message>
    <message>
        <source>PROJ cannot normalise the axis order of %1 → %2</source>
        <translation>PROJ ne more poenotiti vrstnega reda osi za %1 → %2</translation>
    </message>
</context>
<context>
    <name>CsvLayout</name>
    <message>
        <source>%1 has no header row; the first line must name the columns (e.g. x,y,name)</source>
        <translation>%1 nima vrstice z glavo; prva vrstica mora poimenovati stolpce (npr. x,y,name)</translation>
    </message>
    <message>
        <source>%1 names the column(s) %2 more than once; give every column its own name</source>
        <translation>%1 navaja stolpce %2 večkrat; vsakemu stolpcu dajte svoje ime</translation>
    </message>
    <message>
        <source>%1 has more than one geometry column (%2); keep one, or rename the others</source>
        <translation>%1 ima več kot en stolpec z geometrijo (%2); ohranite enega ali preimenujte ostale</translation>
    </message>
    <message>
        <source>the geometry is read from column %1; the columns %2 are kept as attributes</source>
        <translation>geometrija se prebere iz stolpca %1; stolpci %2 ostanejo atributi</translation>
    </message>
    <message>
        <source>%1 has more than one column that may hold a coordinate: X from %2, Y from %3; keep one column for each axis (rename the others, e.g. lon_wgs84)</source>
        <translation>%1 ima več stolpcev, ki bi lahko vsebovali koordinato: X iz %2, Y iz %3; za vsako os ohranite en stolpec (ostale preimenujte, npr. v lon_wgs84)</translation>
    </message>
    <message>
        <source>%1 has a column for one coordinate only (%2); it needs both, e.g. x and y, or lon and lat</source>
        <translation>%1 ima stolpec le za eno koordinato (%2); potrebni sta obe, npr. x in y ali lon in lat</translation>
    </message>
    <message>
        <source>%1 has %2 columns; a layer in the store holds at most %3 attributes (a GeoPackage limit), so columns would be lost: split the file or leave out columns</source>
        <translation>%1 ima %2 stolpcev; sloj v shrambi ima lahko največ %3 atributov (omejitev formata GeoPackage), zato bi se stolpci izgubili: razdelite datoteko ali izpustite stolpce</translation>
    </message>
    <message>
        <source>%1: the quote that opens a value on line %2 is never closed, so every row after it would be read as one value; close the quote (a quote inside a value is written &quot;&quot;)</source>
        <translation>%1: narekovaj, ki odpre vrednost v vrstici %2, ni nikoli zaprt, zato bi bile vse nadaljnje vrstice prebrane kot ena vrednost; zaprite narekovaj (narekovaj znotraj vrednosti se zapiše kot &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
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
    <name>FeatureListExport</name>
    <message numerus="yes">
        <source>Saved %n feature(s) to %1.</source>
        <translation>
            <numerusform>Shranjen %n predmet v %1.</numerusform>
            <numerusform>Shranjena %n predmeta v %1.</numerusform>
            <numerusform>Shranjeni %n predmeti v %1.</numerusform>
            <numerusform>Shranjenih %n predmetov v %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nič ni shranjeno: %1</translation>
    </message>
    <message>
        <source>cannot write %1 (%2); choose a folder you may write to</source>
        <translation>datoteke %1 ni mogoče zapisati (%2); izberite mapo, v katero smete pisati</translation>
    </message>
    <message>
        <source>Nothing was saved: no file chosen</source>
        <translation>Nič ni shranjeno: datoteka ni izbrana</translation>
    </message>
</context>
<context>
    <name>FeatureQuery</name>
    <message>
        <source>the store has no layer named %1</source>
        <translation>shramba nima sloja z imenom %1</translation>
    </message>
    <message>
        <source>cannot use CRS %1 with layer %2 (%3): %4</source>
        <translation>koordinatnega sistema %1 ni mogoče uporabiti s slojem %2 (%3): %4</translation>
    </message>
    <message>
        <source>layer %1 has no spatial index (%2)</source>
        <translation>sloj %1 nima prostorskega indeksa (%2)</translation>
    </message>
    <message>
        <source>the box cannot be transformed to the layer&apos;s CRS %1</source>
        <translation>pravokotnika ni mogoče pretvoriti v koordinatni sistem sloja %1</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>GdalInputPolicy</name>
    <message>
        <source>%1 is a connection to a service (%2), not a data file; the importer reads local files only</source>
        <translation>%1 je povezava do storitve (%2), ne podatkovna datoteka; uvoz bere samo lokalne datoteke</translation>
    </message>
    <message>
        <source>%1 is a %2 file: it only points at other files or addresses, which the importer does not read unless you name such a file on purpose with --allow-indirect (the store never reads an address)</source>
        <translation>%1 je datoteka %2: le kaže na druge datoteke ali naslove, ki jih uvoz ne bere, razen če takšno datoteko namerno navedete z --allow-indirect (shramba nikoli ne bere naslovov)</translation>
    </message>
    <message>
        <source>%1 names its coordinate reference system by a link (&quot;crs&quot;: {&quot;type&quot;: &quot;link&quot;}); the importer does not follow links inside a data file: give the CRS with --source-crs (or import with --allow-indirect, network access stays off)</source>
        <translation>%1 navaja svoj koordinatni sistem s povezavo (&quot;crs&quot;: {&quot;type&quot;: &quot;link&quot;}); uvoz ne sledi povezavam v podatkovni datoteki: koordinatni sistem navedite z --source-crs (ali uvozite z --allow-indirect, dostop do omrežja ostane izklopljen)</translation>
    </message>
</context>
<context>
    <name>GeometryCheck</name>
    <message>
        <source>no geometry</source>
        <translation>brez geometrije</translation>
    </message>
    <message>
        <source>broken coordinate (NaN or infinite)</source>
        <translation>pokvarjena koordinata (NaN ali neskončna)</translation>
    </message>
    <message>
        <source>coordinate out of range (beyond ±1e9: no coordinate reference system reaches that far; the file is damaged or uses other units)</source>
        <translation>koordinata zunaj obsega (prek ±1e9: tako daleč ne seže noben koordinatni sistem; datoteka je poškodovana ali uporablja druge enote)</translation>
    </message>
    <message>
        <source>a %1 mixing points, lines or areas in a layer of %2 geometries</source>
        <translation>%1, ki meša točke, linije ali območja, v sloju z geometrijami %2</translation>
    </message>
    <message>
        <source>a %1 in a layer of %2 geometries</source>
        <translation>%1 v sloju z geometrijami %2</translation>
    </message>
    <message>
        <source>line with fewer than two distinct points</source>
        <translation>linija z manj kot dvema različnima točkama</translation>
    </message>
    <message>
        <source>invalid polygon that make-valid cannot repair</source>
        <translation>neveljaven poligon, ki ga make-valid ne more popraviti</translation>
    </message>
    <message>
        <source>invalid polygon (self-intersection or bad ring) repaired with make-valid</source>
        <translation>neveljaven poligon (samopresečišče ali napačen obroč), popravljen z make-valid</translation>
    </message>
    <message>
        <source>cannot convert to %1</source>
        <translation>ni mogoče pretvoriti v %1</translation>
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
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Also near</source>
        <translation>Tudi v bližini</translation>
    </message>
    <message>
        <source>no, inside only</source>
        <translation>ne, samo znotraj</translation>
    </message>
    <message>
        <source>within 25 m</source>
        <translation>do 25 m</translation>
    </message>
    <message>
        <source>within 50 m</source>
        <translation>do 50 m</translation>
    </message>
    <message>
        <source>within 100 m</source>
        <translation>do 100 m</translation>
    </message>
    <message>
        <source>within 250 m</source>
        <translation>do 250 m</translation>
    </message>
    <message>
        <source>Also list what lies outside the area but this near to it</source>
        <translation>Navedi tudi, kar leži zunaj območja, a toliko blizu njega</translation>
    </message>
    <message>
        <source>Save list…</source>
        <translation>Shrani seznam …</translation>
    </message>
    <message>
        <source>Save the list as a CSV table or as GeoJSON with the features&apos; shapes</source>
        <translation>Shrani seznam kot tabelo CSV ali kot GeoJSON z oblikami predmetov</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 m outside</source>
        <translation>%1 m zunaj</translation>
    </message>
    <message>
        <source>partly inside</source>
        <translation>deloma znotraj</translation>
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
    <message numerus="yes">
        <source>Imported %n feature(s), repaired %1, rejected %2.</source>
        <translation>
            <numerusform>Uvožen %n predmet, popravljenih %1, zavrnjenih %2.</numerusform>
            <numerusform>Uvožena %n predmeta, popravljenih %1, zavrnjenih %2.</numerusform>
            <numerusform>Uvoženi %n predmeti, popravljenih %1, zavrnjenih %2.</numerusform>
            <numerusform>Uvoženih %n predmetov, popravljenih %1, zavrnjenih %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a URL; give the API root, e.g. https://example.org/open311/v2/</source>
        <translation>»%1« ni URL; navedite koren API-ja, npr. https://example.org/open311/v2/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address; an endpoint is read over http(s) only (a local file is imported by naming it, not as a URL)</source>
        <translation>»%1« ni naslov http ali https; končna točka se bere samo prek http(s) (lokalno datoteko uvozite tako, da jo navedete, ne kot URL)</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; is not a number of seconds between 0 and %2</source>
        <translation>--timeout »%1« ni število sekund med 0 in %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bajtov</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
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
    <name>LayerImport</name>
    <message>
        <source>empty</source>
        <translation>prazen</translation>
    </message>
    <message>
        <source>not a projected or geographic coordinate reference system (a PROJ pipeline, an operation or an engineering frame)</source>
        <translation>ni projiciran ali geografski koordinatni sistem (je cevovod PROJ, operacija ali inženirski sistem)</translation>
    </message>
    <message>
        <source>unknown CRS &apos;%1&apos; given with --source-crs; use a code like EPSG:3794</source>
        <translation>neznan koordinatni sistem »%1«, naveden z --source-crs; uporabite kodo, kot je EPSG:3794</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given with --source-crs is %2; give a coordinate reference system such as EPSG:3794</source>
        <translation>»%1«, naveden z --source-crs: %2; navedite koordinatni sistem, kot je EPSG:3794</translation>
    </message>
    <message>
        <source>the CRS that %1 declares is %2; give the right one with --source-crs (e.g. EPSG:3794)</source>
        <translation>koordinatni sistem, ki ga navaja %1: %2; pravega navedite z --source-crs (npr. EPSG:3794)</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate reference system it uses; give it with --source-crs (EPSG:3794 for D96/TM, EPSG:3912 for D48/GK, EPSG:4326 for GPS longitude/latitude)</source>
        <translation>%1 ne navaja, kateri koordinatni sistem uporablja; navedite ga z --source-crs (EPSG:3794 za D96/TM, EPSG:3912 za D48/GK, EPSG:4326 za zemljepisno dolžino/širino GPS)</translation>
    </message>
    <message>
        <source>PROJ cannot transform D48/GK to D96/TM: %1</source>
        <translation>PROJ ne more pretvoriti D48/GK v D96/TM: %1</translation>
    </message>
    <message>
        <source>EPSG:3912 → EPSG:3794 with PROJ&apos;s best available operation</source>
        <translation>EPSG:3912 → EPSG:3794 z najboljšo razpoložljivo operacijo PROJ</translation>
    </message>
    <message>
        <source>the store already has a layer named %1; choose another name with --layer or replace it with --replace</source>
        <translation>shramba že ima sloj z imenom %1; izberite drugo ime z --layer ali ga zamenjajte z --replace</translation>
    </message>
    <message>
        <source>cannot replace layer %1: %2</source>
        <translation>sloja %1 ni mogoče zamenjati: %2</translation>
    </message>
    <message>
        <source>cannot create layer %1 in the store: %2</source>
        <translation>sloja %1 ni mogoče ustvariti v shrambi: %2</translation>
    </message>
    <message>
        <source>field %1 renamed to %1_src (the store uses that name)</source>
        <translation>polje %1 je preimenovano v %1_src (to ime uporablja shramba)</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>polja %1 ni mogoče ustvariti: %2</translation>
    </message>
    <message>
        <source>text in field %1 of feature %2 is not in the encoding the file declares (%3…); give the right one with --encoding (e.g. CP1250 for older Slovenian data)</source>
        <translation>besedilo v polju %1 objekta %2 ni v kodiranju, ki ga navaja datoteka (%3…); pravo kodiranje navedite z --encoding (npr. CP1250 za starejše slovenske podatke)</translation>
    </message>
    <message>
        <source>broken coordinate (NaN or infinite)</source>
        <translation>pokvarjena koordinata (NaN ali neskončna)</translation>
    </message>
    <message>
        <source>cannot be transformed to %1 (outside the area the CRS is defined for)</source>
        <translation>objekta ni mogoče pretvoriti v %1 (leži zunaj območja, za katero je koordinatni sistem določen)</translation>
    </message>
    <message>
        <source>cannot write feature %1 to the store: %2</source>
        <translation>objekta %1 ni mogoče zapisati v shrambo: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>%1 holds no features</source>
        <translation>%1 ne vsebuje nobenega objekta</translation>
    </message>
    <message>
        <source>none of the %1 features could be imported; the first reason: %2</source>
        <translation>nobenega od %1 objektov ni bilo mogoče uvoziti; prvi razlog: %2</translation>
    </message>
    <message>
        <source>%1 feature(s) lie outside Slovenia: check that the source CRS (%2) is right</source>
        <translation>objektov zunaj Slovenije: %1; preverite, ali je izvorni koordinatni sistem (%2) pravi</translation>
    </message>
    <message>
        <source>%1 feature(s) have no geometry (none given, empty, or NaN coordinates); they are kept with their attributes</source>
        <translation>objektov brez geometrije (ni podana, je prazna ali ima koordinate NaN): %1; ohranjeni so z atributi</translation>
    </message>
    <message>
        <source>cannot finish layer %1: %2</source>
        <translation>sloja %1 ni mogoče dokončati: %2</translation>
    </message>
    <message>
        <source>catalogue field(s) not known and not stored: %1 (known: %2)</source>
        <translation>neznana polja kataloga, ki niso shranjena: %1 (znana: %2)</translation>
    </message>
    <message>
        <source>roles not stored: %1</source>
        <translation>vloge niso shranjene: %1</translation>
    </message>
    <message>
        <source>cannot write the style of %1: %2</source>
        <translation>sloga za %1 ni mogoče zapisati: %2</translation>
    </message>
    <message>
        <source>style not used: %1</source>
        <translation>slog ni uporabljen: %1</translation>
    </message>
</context>
<context>
    <name>LayerRoles</name>
    <message>
        <source>unknown role %1; the roles are: %2</source>
        <translation>neznana vloga %1; vloge so: %2</translation>
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
    <message>
        <source>Layer style</source>
        <translation>Slog sloja</translation>
    </message>
    <message>
        <source>Layer style (symbols and classes)</source>
        <translation>Slog sloja (simboli in razredi)</translation>
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
    <name>LocalReference</name>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 ni mogoče odpreti (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe, socket or folder); it is not read</source>
        <translation>%1 ni navadna datoteka (je naprava, cev, vtičnica ali mapa), zato se ne prebere</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 allowed</source>
        <translation>%1 obsega %2, kar presega dovoljenih %3</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ni mogoče prebrati (%2)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 allowed</source>
        <translation>%1 presega dovoljenih %2</translation>
    </message>
    <message>
        <source>%1 uses the %2: scheme; only http(s) links and files beside the import file are accepted</source>
        <translation>%1 uporablja shemo %2:; sprejete so samo povezave http(s) in datoteke ob uvozni datoteki</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>»%1« ni ime datoteke</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mapa %1 ne obstaja</translation>
    </message>
    <message>
        <source>%1 not found beside the import file</source>
        <translation>%1 ni bilo mogoče najti ob uvozni datoteki</translation>
    </message>
    <message>
        <source>%1 lies outside the import file&apos;s folder %2; only files in that folder (or below it) are read</source>
        <translation>%1 leži zunaj mape uvozne datoteke %2; berejo se samo datoteke v tej mapi (ali pod njo)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 ne obstaja</translation>
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
    <message>
        <source>other values</source>
        <translation>druge vrednosti</translation>
    </message>
</context>
<context>
    <name>MapNotice</name>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
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
    <message>
        <source>The online basemap cannot be reached (%1). The store&apos;s own basemap is shown instead.</source>
        <translation>Spletna podlaga ni dosegljiva (%1). Namesto nje je prikazana podlaga iz shrambe.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Poskusi znova</translation>
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
    <name>NestingDepth</name>
    <message>
        <source>%1 is nested more than %2 levels deep; no real answer is, so it is refused (a damaged or hostile document)</source>
        <translation>%1 je gnezden globlje od %2 ravni; noben pravi odgovor ni tak, zato se zavrne (poškodovan ali zlonameren dokument)</translation>
    </message>
    <message>
        <source>%1 has XML elements nested more than %2 levels deep; no real answer does, so it is refused (a damaged or hostile document)</source>
        <translation>%1 ima elemente XML, gnezdene globlje od %2 ravni; noben pravi odgovor jih nima, zato se zavrne (poškodovan ali zlonameren dokument)</translation>
    </message>
</context>
<context>
    <name>Open311</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); check that it is an Open311 GeoReport v2 %4 answer</source>
        <translation>%1 ni veljaven JSON (%2 pri bajtu %3); preverite, ali je to odgovor %4 Open311 GeoReport v2</translation>
    </message>
    <message>
        <source>%1 is a JSON object, not the list of %2 Open311 GeoReport v2 returns</source>
        <translation>%1 je objekt JSON, ne seznam %2, ki ga vrne Open311 GeoReport v2</translation>
    </message>
    <message>
        <source>%1 answered with an Open311 error: %2</source>
        <translation>%1 vrača napako Open311: %2</translation>
    </message>
    <message>
        <source>%1: an entry of the %2 list is not a JSON object</source>
        <translation>%1: vnos seznama %2 ni objekt JSON</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2, line %3, column %4); check that it is an Open311 GeoReport v2 answer</source>
        <translation>%1 ni veljaven XML (%2, vrstica %3, stolpec %4); preverite, ali je to odgovor Open311 GeoReport v2</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>podpičje (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>vejica (,)</translation>
    </message>
    <message>
        <source>%1 returned an HTML page instead of Open311 data; use the API&apos;s base URL (the one that serves services.json and requests.json), not the web site&apos;s address</source>
        <translation>%1 vrača stran HTML namesto podatkov Open311; uporabite osnovni URL API-ja (tistega, ki streže services.json in requests.json), ne naslova spletne strani</translation>
    </message>
    <message>
        <source>%1: the quote that opens a value on line %2 is never closed, so every row after it would be read as one value; close the quote (a quote inside a value is written &quot;&quot;)</source>
        <translation>%1: narekovaj, ki odpre vrednost v vrstici %2, ni nikoli zaprt, zato bi bile vse nadaljnje vrstice prebrane kot ena vrednost; zaprite narekovaj (narekovaj znotraj vrednosti se zapiše kot &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: the CSV has no service_request_id column (columns: %2); name the columns like Open311 (service_request_id, service_code, description, lat, long, requested_datetime …)</source>
        <translation>%1: CSV nima stolpca service_request_id (stolpci: %2); stolpce poimenujte kot Open311 (service_request_id, service_code, description, lat, long, requested_datetime …)</translation>
    </message>
    <message>
        <source>line %1 has %2 values but the header names %3 columns: a value that contains the %4 separator must be in quotes</source>
        <translation>vrstica %1 ima %2 vrednosti, glava pa navaja %3 stolpcev: vrednost, ki vsebuje ločilo %4, mora biti v narekovajih</translation>
    </message>
</context>
<context>
    <name>Open311Client</name>
    <message>
        <source>the endpoint %1 kept sending pages (more than %2); it may ignore the page parameter</source>
        <translation>končna točka %1 je kar pošiljala strani (več kot %2); morda ne upošteva parametra page</translation>
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
        <source>Subtitle</source>
        <translation>Podnaslov</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Stran</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ležeče</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pokončno</translation>
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
        <source>PNG dpi</source>
        <translation>PNG (dpi)</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Ni predogleda: %1</translation>
    </message>
    <message>
        <source>Drawing the preview …</source>
        <translation>Rišem predogled …</translation>
    </message>
    <message>
        <source>City Municipality of Ptuj</source>
        <translation>Mestna občina Ptuj</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Pregledna karta</translation>
    </message>
    <message>
        <source>A small map of the whole municipality showing where the printed area lies</source>
        <translation>Majhna karta cele občine, ki kaže, kje leži natisnjeno območje</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Na karti</translation>
    </message>
    <message>
        <source>Report markers</source>
        <translation>Oznake prijav</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Izbor</translation>
    </message>
    <message>
        <source>Measured shape</source>
        <translation>Izmerjena oblika</translation>
    </message>
    <message>
        <source>The map&apos;s current area and visible layers, with what is drawn over them, legend, scale bar, north arrow, overview and sources.</source>
        <translation>Trenutno območje karte in vidni sloji z vsem, kar je narisano čeznje, legendo, merilom, puščico proti severu, pregledno karto in viri.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>the print did not finish</source>
        <translation>tiskanje se ni končalo</translation>
    </message>
    <message>
        <source>cannot write the map&apos;s marks for the print to %1: %2</source>
        <translation>oznak karte za tisk ni mogoče zapisati v %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>City Municipality of Ptuj</source>
        <translation>Mestna občina Ptuj</translation>
    </message>
    <message>
        <source>Situation map</source>
        <translation>Situacijska karta</translation>
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
        <source>… and more layers</source>
        <translation>… in drugi sloji</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Natisnjeno %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Viri: %1</translation>
    </message>
    <message>
        <source>Layers marked as illustrative are samples, not official data.</source>
        <translation>Sloji, označeni kot ponazoritveni, so vzorci, ne uradni podatki.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ni mogoče pisati v %1: %2</translation>
    </message>
    <message>
        <source>cannot start a PDF page for %1</source>
        <translation>strani PDF za %1 ni mogoče začeti</translation>
    </message>
    <message>
        <source>the PDF page for %1 could not be finished</source>
        <translation>strani PDF za %1 ni bilo mogoče dokončati</translation>
    </message>
    <message>
        <source>a print is written as .pdf or .png, not &apos;%1&apos;</source>
        <translation>natis se zapiše kot .pdf ali .png, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a %1 × %2 px page does not fit in memory; choose a lower dpi</source>
        <translation>stran %1 × %2 px ne gre v pomnilnik; izberite manjšo ločljivost (dpi)</translation>
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
        <source>Acknowledged.</source>
        <translation>Prejem potrjen.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Dodeljeno.</translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation>Prednost spremenjena.</translation>
    </message>
    <message>
        <source>Due date changed.</source>
        <translation>Rok spremenjen.</translation>
    </message>
    <message>
        <source>Category changed.</source>
        <translation>Kategorija spremenjena.</translation>
    </message>
    <message>
        <source>Closed as a duplicate.</source>
        <translation>Zaprto kot dvojnik.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Rešeno.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Zavrnjeno.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Ponovno odprto.</translation>
    </message>
    <message>
        <source>Public answer saved.</source>
        <translation>Javni odgovor shranjen.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Opomba dodana.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Spremenjeno.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Razveljavi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>Odprta ni nobena prijava.</translation>
    </message>
    <message>
        <source>Report #%1 is already closed (%2); reopen it (O) first.</source>
        <translation>Prijava #%1 je že zaprta (%2); najprej jo ponovno odprite (O).</translation>
    </message>
    <message>
        <source>No likely duplicate lies near this report.</source>
        <translation>V bližini te prijave ni verjetnega dvojnika.</translation>
    </message>
    <message>
        <source>Close as a duplicate?</source>
        <translation>Zapreti kot dvojnik?</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) will be closed as a duplicate of report #%1.</source>
        <translation>
            <numerusform>%n prijava bo zaprta kot dvojnik prijave #%1.</numerusform>
            <numerusform>%n prijavi bosta zaprti kot dvojnika prijave #%1.</numerusform>
            <numerusform>%n prijave bodo zaprte kot dvojniki prijave #%1.</numerusform>
            <numerusform>%n prijav bo zaprtih kot dvojniki prijave #%1.</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Language changed.</source>
        <translation>Jezik spremenjen.</translation>
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
    <message>
        <source>Answer in</source>
        <translation>Odgovor v jeziku</translation>
    </message>
    <message>
        <source>The reports are in different languages; every citizen receives this answer in %1.</source>
        <translation>Prijave so v različnih jezikih; vsak občan prejme ta odgovor v jeziku: %1.</translation>
    </message>
    <message>
        <source>The citizen wrote in %1; the answer goes out in %2.</source>
        <translation>Občan je pisal v jeziku: %1; odgovor bo poslan v jeziku: %2.</translation>
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
    <message>
        <source>created from %1 (%2)</source>
        <translation>ustvarjeno iz %1 (%2)</translation>
    </message>
    <message>
        <source>Citizen&apos;s language</source>
        <translation>Jezik občana</translation>
    </message>
    <message>
        <source>Public answer (%1): %2</source>
        <translation>Javni odgovor (%1): %2</translation>
    </message>
    <message>
        <source>Public answer: %2</source>
        <translation>Javni odgovor: %2</translation>
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
    <name>ReportImporter</name>
    <message>
        <source>cannot transform WGS84 to D96/TM: %1</source>
        <translation>WGS84 ni mogoče pretvoriti v D96/TM: %1</translation>
    </message>
    <message>
        <source>nothing was imported, the store is unchanged: %1</source>
        <translation>nič ni bilo uvoženo, shramba je nespremenjena: %1</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>brez service_request_id</translation>
    </message>
    <message>
        <source>duplicate service_request_id in this batch: this entry is ignored, the last one (entry %1) is kept</source>
        <translation>podvojen service_request_id v tem paketu: ta vnos je prezrt, ohranjen je zadnji (vnos %1)</translation>
    </message>
    <message>
        <source>the photo &apos;%1&apos; names a local file, which a remote source may not: it is not read (the report is kept without the photo)</source>
        <translation>fotografija »%1« navaja lokalno datoteko, česar oddaljeni vir ne sme: ni prebrana (prijava je ohranjena brez fotografije)</translation>
    </message>
    <message>
        <source>photo not read: %1; the report is kept without the photo</source>
        <translation>fotografija ni prebrana: %1; prijava je ohranjena brez fotografije</translation>
    </message>
    <message>
        <source>no location given; the photo&apos;s GPS position is used</source>
        <translation>lokacija ni podana; uporabljen je položaj GPS iz fotografije</translation>
    </message>
    <message>
        <source>no location: neither lat/long nor a photo with a GPS position; ask the reporter where it is</source>
        <translation>brez lokacije: ni niti lat/long niti fotografije s položajem GPS; vprašajte prijavitelja, kje je</translation>
    </message>
    <message>
        <source>broken coordinates (lat &apos;%1&apos;, long &apos;%2&apos;): not numbers in degrees</source>
        <translation>pokvarjene koordinate (lat »%1«, long »%2«): niso števila v stopinjah</translation>
    </message>
    <message>
        <source>coordinates outside Slovenia (lat %1, long %2)%3; accepted: longitude %4–%5° E, latitude %6–%7° N (WGS84)</source>
        <translation>koordinate zunaj Slovenije (lat %1, long %2)%3; sprejeto: zemljepisna dolžina %4–%5° v. g. d., širina %6–%7° s. g. š. (WGS84)</translation>
    </message>
    <message>
        <source>: lat and long look swapped</source>
        <translation>: lat in long sta videti zamenjani</translation>
    </message>
    <message>
        <source>broken coordinates (lat %1, long %2): PROJ cannot transform them</source>
        <translation>pokvarjene koordinate (lat %1, long %2): PROJ jih ne more pretvoriti</translation>
    </message>
    <message>
        <source>unknown service_code &apos;%1&apos;: kept for triage in the %2 domain; map the code in the category table</source>
        <translation>neznan service_code »%1«: prijava je ohranjena za razvrstitev v področju %2; kodo povežite v tabeli kategorij</translation>
    </message>
    <message>
        <source>%1 in %2 without a public answer (status_notes); the citizen has not been told why: write the answer in the report card</source>
        <translation>stanje %1 v viru %2 brez javnega odgovora (status_notes); občan ni izvedel razloga: odgovor napišite na kartici prijave</translation>
    </message>
    <message>
        <source>marked a duplicate of %1, which is not in the store; kept as a report of its own</source>
        <translation>označena kot dvojnik prijave %1, ki je ni v shrambi; ohranjena je kot samostojna prijava</translation>
    </message>
</context>
<context>
    <name>ReportInboxModel</name>
    <message>
        <source>the store has no reports table (%1); open it once for writing to update it</source>
        <translation>shramba nima tabele prijav (%1); enkrat jo odprite za pisanje, da se posodobi</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>it has changed since; nothing was undone</source>
        <translation>prijava se je medtem spremenila; nič ni bilo razveljavljeno</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>ni ničesar za razveljavitev</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ni mogoče prebrati: %2</translation>
    </message>
    <message>
        <source>who makes the change is not known; sign in (or pass --user)</source>
        <translation>ni znano, kdo izvaja spremembo; prijavite se (ali podajte --user)</translation>
    </message>
    <message>
        <source>there is no report %1</source>
        <translation>prijave %1 ni</translation>
    </message>
    <message>
        <source>report %1 (%2): %3</source>
        <translation>prijava %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 needs a public answer for the citizen; write one or pick a reply template</source>
        <translation>%1 zahteva javni odgovor za občana; napišite ga ali izberite predlogo odgovora</translation>
    </message>
    <message>
        <source>say which report it duplicates (mark duplicate)</source>
        <translation>navedite, katere prijave je dvojnik (označi kot dvojnik)</translation>
    </message>
    <message>
        <source>assign a service first</source>
        <translation>najprej dodelite službo</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; use one of: %2</source>
        <translation>neznana služba »%1«; uporabite eno od: %2</translation>
    </message>
    <message>
        <source>the report is %1; reopen it before assigning it</source>
        <translation>prijava je v stanju %1; pred dodelitvijo jo ponovno odprite</translation>
    </message>
    <message>
        <source>priority %1 is out of range; use 1 (urgent) to 4 (low)</source>
        <translation>prednost %1 je zunaj obsega; uporabite 1 (nujno) do 4 (nizka)</translation>
    </message>
    <message>
        <source>unknown or unmapped category &apos;%1&apos;; use one of: %2</source>
        <translation>neznana ali nepovezana kategorija »%1«; uporabite eno od: %2</translation>
    </message>
    <message>
        <source>resolving needs a public answer for the citizen; write one or pick a reply template</source>
        <translation>za rešitev je potreben javni odgovor za občana; napišite ga ali izberite predlogo odgovora</translation>
    </message>
    <message>
        <source>rejecting needs a public answer that tells the citizen why</source>
        <translation>za zavrnitev je potreben javni odgovor, ki občanu pojasni razlog</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>zapis je prazen</translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation>kontakt ni podan</translation>
    </message>
    <message>
        <source>there is no report %1 to mark report %2 a duplicate of</source>
        <translation>prijave %1 ni, zato prijave %2 ni mogoče označiti kot njenega dvojnika</translation>
    </message>
    <message>
        <source>report %1 cannot be a duplicate of itself</source>
        <translation>prijava %1 ne more biti dvojnik same sebe</translation>
    </message>
    <message>
        <source>a reply template needs a name and a Slovenian text</source>
        <translation>predloga odgovora potrebuje ime in slovensko besedilo</translation>
    </message>
    <message>
        <source>“%1” is not a language code; use sl or en</source>
        <translation>»%1« ni oznaka jezika; uporabite sl ali en</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>&apos;%1&apos; is not a status; use one of: %2</source>
        <translation>»%1« ni stanje; uporabite eno od: %2</translation>
    </message>
    <message>
        <source>the report is already %1</source>
        <translation>prijava je že v stanju %1</translation>
    </message>
    <message>
        <source>the report is %1; reopen it (status acknowledged) before setting it to %2</source>
        <translation>prijava je v stanju %1; preden jo nastavite na %2, jo ponovno odprite (stanje acknowledged)</translation>
    </message>
    <message>
        <source>a report cannot go back to new once it has been triaged; use acknowledged</source>
        <translation>razvrščena prijava se ne more vrniti v stanje new; uporabite acknowledged</translation>
    </message>
    <message>
        <source>the work has started; set it back to assigned, or resolve or reject it</source>
        <translation>delo se je že začelo; vrnite jo v stanje assigned ali pa jo rešite ali zavrnite</translation>
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
    <message>
        <source>Slovenian</source>
        <translation>slovenščina</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angleščina</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>madžarščina</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>hrvaščina</translation>
    </message>
    <message>
        <source>German</source>
        <translation>nemščina</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italijanščina</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Sprememba stanja</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Dodelitev</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>Sprememba prednosti</translation>
    </message>
    <message>
        <source>Due date change</source>
        <translation>Sprememba roka</translation>
    </message>
    <message>
        <source>Category change</source>
        <translation>Sprememba kategorije</translation>
    </message>
    <message>
        <source>Public answer</source>
        <translation>Javni odgovor</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ponovno odprto</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interna opomba</translation>
    </message>
    <message>
        <source>Follower added</source>
        <translation>Dodan spremljevalec</translation>
    </message>
    <message>
        <source>Marked as duplicate</source>
        <translation>Označeno kot podvojeno</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Podvojene prijave združene</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Razveljavljeno</translation>
    </message>
    <message>
        <source>Language change</source>
        <translation>Sprememba jezika</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stanje</translation>
    </message>
    <message>
        <source>service</source>
        <translation>služba</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prednost</translation>
    </message>
    <message>
        <source>due</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>category name</source>
        <translation>ime kategorije</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>področje</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>podvaja prijavo</translation>
    </message>
    <message>
        <source>public answer</source>
        <translation>javni odgovor</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>interne opombe</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>address</source>
        <translation>naslov</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>zemljepisna širina</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>zemljepisna dolžina</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>prijavljeno</translation>
    </message>
    <message>
        <source>photo link</source>
        <translation>povezava do fotografije</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>spremljevalci</translation>
    </message>
    <message>
        <source>language</source>
        <translation>jezik</translation>
    </message>
    <message>
        <source>answer language</source>
        <translation>jezik odgovora</translation>
    </message>
</context>
<context>
    <name>ReportWorkflow</name>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>neznano dejanje »%1«</translation>
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
    <name>ReservedNames</name>
    <message>
        <source>the GeoPackage format&apos;s own tables</source>
        <translation>lastnim tabelam formata GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage extensions</source>
        <translation>razširitvam GeoPackage</translation>
    </message>
    <message>
        <source>SQLite&apos;s own tables</source>
        <translation>lastnim tabelam SQLite</translation>
    </message>
    <message>
        <source>the spatial indexes of the layers</source>
        <translation>prostorskim indeksom slojev</translation>
    </message>
    <message>
        <source>the console&apos;s own tables</source>
        <translation>lastnim tabelam konzole</translation>
    </message>
    <message>
        <source>a layer needs a name; give one with --layer</source>
        <translation>sloj potrebuje ime; navedite ga z --layer</translation>
    </message>
    <message>
        <source>the name %1 is reserved: names that begin with %2 belong to %3; choose another name with --layer</source>
        <translation>ime %1 je rezervirano: imena, ki se začnejo z nizom %2, pripadajo %3; izberite drugo ime z --layer</translation>
    </message>
    <message>
        <source>%1 is one of the console&apos;s own tables (it belongs to the %2 module); an import may not create or replace it: choose another name with --layer</source>
        <translation>%1 je ena od lastnih tabel konzole (pripada modulu %2); uvoz je ne sme ustvariti ali zamenjati: izberite drugo ime z --layer</translation>
    </message>
    <message>
        <source>the store already has an %1 named %2 (of table %3); choose another layer name with --layer</source>
        <translation>shramba že ima predmet vrste %1 z imenom %2 (tabele %3); izberite drugo ime sloja z --layer</translation>
    </message>
    <message>
        <source>the store already has a %1 named %2 (of table %3); choose another layer name with --layer</source>
        <translation>shramba že ima predmet vrste %1 z imenom %2 (tabele %3); izberite drugo ime sloja z --layer</translation>
    </message>
    <message>
        <source>the store already has a table named %1 that is not a layer; choose another name with --layer</source>
        <translation>shramba že ima tabelo z imenom %1, ki ni sloj; izberite drugo ime z --layer</translation>
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
    <name>SchemaRegistry</name>
    <message>
        <source>the store was written by a newer version of the console (schema version %1%2, this one knows %3); update the console</source>
        <translation>shrambo je zapisala novejša različica konzole (različica sheme %1%2, ta pozna %3); posodobite konzolo</translation>
    </message>
    <message>
        <source> of the %1 module</source>
        <translation> modula %1</translation>
    </message>
    <message>
        <source>step %1 of the %2 module (%3) failed: %4</source>
        <translation>korak %1 modula %2 (%3) ni uspel: %4</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search places (Ctrl+F)</source>
        <translation>Iskanje krajev (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Za »%1« ni zadetkov</translation>
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
    <name>SensorCsvParser</name>
    <message>
        <source>%1 is not sensor CSV: the first line must name the columns station, datastream, time and value (found: %2)</source>
        <translation>%1 ni CSV s senzorskimi podatki: prva vrstica mora poimenovati stolpce station, datastream, time in value (najdeno: %2)</translation>
    </message>
    <message>
        <source>%1, line %2: no station or datastream (or one longer than 32/64 characters); left out</source>
        <translation>%1, vrstica %2: ni postaje ali podatkovnega toka (ali je daljši od 32/64 znakov); izpuščeno</translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is not an ISO 8601 time; left out</source>
        <translation>%1, vrstica %2: »%3« ni čas po ISO 8601; izpuščeno</translation>
    </message>
    <message>
        <source>%1, line %2: value &apos;%3&apos; is not a number; left out</source>
        <translation>%1, vrstica %2: vrednost »%3« ni število; izpuščeno</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n time(s) without a time zone were read as UTC</source>
        <translation>
            <numerusform>%1: %n čas brez časovnega pasu je bil prebran kot UTC</numerusform>
            <numerusform>%1: %n časa brez časovnega pasu sta bila prebrana kot UTC</numerusform>
            <numerusform>%1: %n časi brez časovnega pasu so bili prebrani kot UTC</numerusform>
            <numerusform>%1: %n časov brez časovnega pasu je bilo prebranih kot UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) without a value were kept as readings without a value</source>
        <translation>
            <numerusform>%1: %n vrstica brez vrednosti je ohranjena kot meritev brez vrednosti</numerusform>
            <numerusform>%1: %n vrstici brez vrednosti sta ohranjeni kot meritvi brez vrednosti</numerusform>
            <numerusform>%1: %n vrstice brez vrednosti so ohranjene kot meritve brez vrednosti</numerusform>
            <numerusform>%1: %n vrstic brez vrednosti je ohranjenih kot meritve brez vrednosti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensorService</name>
    <message>
        <source>%1 is not sensor data this console reads (ARSO hydrological XML, SensorThings JSON, or CSV with station, datastream, time and value); name the format with --format if it is one</source>
        <translation>%1 ni senzorski podatek, ki ga konzola bere (hidrološki XML ARSO, SensorThings JSON ali CSV s stolpci station, datastream, time in value); če je eden od njih, navedite obliko z --format</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of sta, arso, csv</source>
        <translation>--format »%1« ni ena od sta, arso, csv</translation>
    </message>
    <message>
        <source>%1; the readings already stored are unchanged</source>
        <translation>%1; že shranjene meritve so nespremenjene</translation>
    </message>
    <message>
        <source>no one is named as making this import; set PTUJ_USER or give --user</source>
        <translation>ni navedeno, kdo izvaja uvoz; nastavite PTUJ_USER ali podajte --user</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>uvoženo ni bilo nič: %1</translation>
    </message>
    <message>
        <source>no one is named as making this change; set PTUJ_USER or give --user</source>
        <translation>ni navedeno, kdo izvaja spremembo; nastavite PTUJ_USER ali podajte --user</translation>
    </message>
    <message>
        <source>there is no datastream %1; &apos;ptuj-console sensors list&apos; shows their ids</source>
        <translation>podatkovnega toka %1 ni; »ptuj-console sensors list« izpiše njihove oznake</translation>
    </message>
    <message>
        <source>no one is named as acknowledging; set PTUJ_USER or give --user</source>
        <translation>ni navedeno, kdo potrjuje; nastavite PTUJ_USER ali podajte --user</translation>
    </message>
    <message>
        <source>there is no alarm %1; &apos;ptuj-console sensors alarms&apos; lists them</source>
        <translation>alarma %1 ni; »ptuj-console sensors alarms« jih izpiše</translation>
    </message>
    <message>
        <source>alarm %1 was already acknowledged by %2 at %3</source>
        <translation>alarm %1 je že potrdil(a) %2 ob %3</translation>
    </message>
</context>
<context>
    <name>SensorThingsClient</name>
    <message>
        <source>%1 sent a next page that it already sent (@iot.nextLink loops); stopped there</source>
        <translation>%1 je poslal naslednjo stran, ki jo je že poslal (@iot.nextLink se ponavlja); branje se je tam ustavilo</translation>
    </message>
    <message>
        <source>%1 sent more than %2 pages; stopped there</source>
        <translation>%1 je poslal več kot %2 strani; branje se je tam ustavilo</translation>
    </message>
    <message>
        <source>%1 sent a next page at %2, which is not an http(s) address; stopped there</source>
        <translation>%1 je poslal naslednjo stran na %2, ki ni naslov http(s); branje se je tam ustavilo</translation>
    </message>
    <message>
        <source>datastream %1 of %2: its new readings could not be fetched (%3); the next poll asks again</source>
        <translation>podatkovni tok %1 postaje %2: novih meritev ni bilo mogoče prenesti (%3); naslednje branje jih zahteva znova</translation>
    </message>
</context>
<context>
    <name>SensorThingsParser</name>
    <message>
        <source>no phenomenonTime</source>
        <translation>ni phenomenonTime</translation>
    </message>
    <message>
        <source>phenomenonTime %1 ends before it begins</source>
        <translation>phenomenonTime %1 se konča, preden se začne</translation>
    </message>
    <message>
        <source>phenomenonTime &apos;%1&apos; is not an ISO 8601 time or interval</source>
        <translation>phenomenonTime »%1« ni čas ali interval po ISO 8601</translation>
    </message>
    <message>
        <source>phenomenonTime %1 has no time zone; read as UTC</source>
        <translation>phenomenonTime %1 nima časovnega pasu; prebrano kot UTC</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>ni rezultata</translation>
    </message>
    <message>
        <source>%1, Thing %2</source>
        <translation>%1, Thing %2</translation>
    </message>
    <message>
        <source>%1: no usable @iot.id; left out</source>
        <translation>%1: ni uporabnega @iot.id; izpuščeno</translation>
    </message>
    <message>
        <source>%1 (%2) has no Point location; it is listed but not drawn on the map</source>
        <translation>%1 (%2) nima točkovne lokacije; je na seznamu, na karti pa ni prikazan</translation>
    </message>
    <message>
        <source>%1: a Datastream without a usable @iot.id; left out</source>
        <translation>%1: Datastream brez uporabnega @iot.id; izpuščeno</translation>
    </message>
    <message>
        <source>%1, Datastream %2: level &apos;%3&apos; is not a number; left out</source>
        <translation>%1, Datastream %2: raven »%3« ni število; izpuščeno</translation>
    </message>
    <message>
        <source>%1, Datastream %2: an Observation left out: %3</source>
        <translation>%1, Datastream %2: meritev izpuščena: %3</translation>
    </message>
    <message>
        <source>%1, Datastream %2: %3</source>
        <translation>%1, Datastream %2: %3</translation>
    </message>
    <message>
        <source>%1, Observation %2: left out: %3</source>
        <translation>%1, meritev %2: izpuščena: %3</translation>
    </message>
    <message>
        <source>%1, Observation %2: %3</source>
        <translation>%1, meritev %2: %3</translation>
    </message>
</context>
<context>
    <name>SensorWriter</name>
    <message>
        <source>cannot write station %1: %2</source>
        <translation>postaje %1 ni mogoče zapisati: %2</translation>
    </message>
    <message>
        <source>cannot write datastream %1 of station %2: %3</source>
        <translation>podatkovnega toka %1 postaje %2 ni mogoče zapisati: %3</translation>
    </message>
    <message>
        <source>station %1: new datastream %2 created from its readings</source>
        <translation>postaja %1: iz meritev je ustvarjen nov podatkovni tok %2</translation>
    </message>
    <message>
        <source>cannot write the levels of %1: %2</source>
        <translation>ravni za %1 ni mogoče zapisati: %2</translation>
    </message>
    <message>
        <source>station %1 is not in the store and its rows do not say where it is; its readings are left out (import the station first, or add station_name, lon and lat columns)</source>
        <translation>postaje %1 ni v shrambi in njene vrstice ne povedo, kje je; njene meritve so izpuščene (najprej uvozite postajo ali dodajte stolpce station_name, lon in lat)</translation>
    </message>
    <message numerus="yes">
        <source>datastream %1 of station %2 is not in the store; %n reading(s) left out</source>
        <translation>
            <numerusform>podatkovnega toka %1 postaje %2 ni v shrambi; izpuščena je %n meritev</numerusform>
            <numerusform>podatkovnega toka %1 postaje %2 ni v shrambi; izpuščeni sta %n meritvi</numerusform>
            <numerusform>podatkovnega toka %1 postaje %2 ni v shrambi; izpuščene so %n meritve</numerusform>
            <numerusform>podatkovnega toka %1 postaje %2 ni v shrambi; izpuščenih je %n meritev</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write readings: %1</source>
        <translation>meritev ni mogoče zapisati: %1</translation>
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
    <name>Store</name>
    <message>
        <source>the store is locked by another program that is writing to it; close that program (or wait for it) and try again (%1)</source>
        <translation>shrambo je zaklenil drug program, ki vanjo piše; zaprite ta program (ali počakajte nanj) in poskusite znova (%1)</translation>
    </message>
    <message>
        <source>the store is damaged (%1); restore it from a backup or rebuild it</source>
        <translation>shramba je poškodovana (%1); obnovite jo iz varnostne kopije ali jo zgradite znova</translation>
    </message>
    <message>
        <source>the store is read-only (%1)</source>
        <translation>shramba je samo za branje (%1)</translation>
    </message>
    <message>
        <source>the disk holding the store is full (%1); free some space and try again</source>
        <translation>disk s shrambo je poln (%1); sprostite nekaj prostora in poskusite znova</translation>
    </message>
    <message>
        <source>%1 is a directory, not a store file (a .gpkg)</source>
        <translation>%1 je mapa, ne datoteka shrambe (.gpkg)</translation>
    </message>
    <message>
        <source>the store %1 does not exist</source>
        <translation>shramba %1 ne obstaja</translation>
    </message>
    <message>
        <source>the store %1 is read-only (no write permission); make it writable or work on a copy</source>
        <translation>shramba %1 je samo za branje (ni dovoljenja za pisanje); omogočite pisanje ali delajte na kopiji</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>mape za %1 ni mogoče ustvariti</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>shrambe %1 ni mogoče ustvariti: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2 free): SQLite cannot open the store&apos;s journal; free some space and try again</source>
        <translation>disk, na katerem je %1, je poln (prosto: %2): SQLite ne more odpreti dnevnika shrambe; sprostite nekaj prostora in poskusite znova</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage store or it is damaged%2</source>
        <translation>%1 ni shramba GeoPackage ali pa je poškodovana%2</translation>
    </message>
    <message>
        <source>%1: GDAL gives no SQLite handle for the store</source>
        <translation>%1: GDAL ne da ročaja SQLite za shrambo</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2%3, written by a newer version of the console (this one knows version %4%5): open it with a console that knows version %2 or newer</source>
        <translation>shramba %1 ima različico sheme %2%3, ki jo je zapisala novejša različica konzole (ta pozna različico %4%5): odprite jo s konzolo, ki pozna različico %2 ali novejšo</translation>
    </message>
    <message>
        <source> of the %1 module</source>
        <translation> modula %1</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 ni mogoče odpreti za pisanje: %2</translation>
    </message>
    <message>
        <source> and would damage it</source>
        <translation> in bi jo poškodovala</translation>
    </message>
    <message>
        <source>cannot prepare the store %1: %2; the store is unchanged</source>
        <translation>shrambe %1 ni mogoče pripraviti: %2; shramba je nespremenjena</translation>
    </message>
    <message>
        <source>the store %1 is open read-only</source>
        <translation>shramba %1 je odprta samo za branje</translation>
    </message>
    <message>
        <source>%1; the change was undone, the store is as it was</source>
        <translation>%1; sprememba je razveljavljena, shramba je taka, kot je bila</translation>
    </message>
    <message>
        <source>unknown domain &apos;%1&apos;; use one of: %2</source>
        <translation>neznano področje »%1«; uporabite eno od: %2</translation>
    </message>
    <message>
        <source>the store has no layer named %1</source>
        <translation>shramba nima sloja z imenom %1</translation>
    </message>
    <message>
        <source>unknown catalogue field(s) %1; editable fields: %2</source>
        <translation>neznana polja kataloga %1; polja, ki jih lahko urejate: %2</translation>
    </message>
    <message>
        <source>layer %1 has no geometry to style</source>
        <translation>sloj %1 nima geometrije, ki bi ji lahko določili slog</translation>
    </message>
    <message>
        <source>the store %1 was left mid-write by an interrupted import and is read-only here; open it once with write permission so the console can undo the unfinished write</source>
        <translation>shramba %1 je ostala sredi pisanja prekinjenega uvoza in je tu samo za branje; enkrat jo odprite z dovoljenjem za pisanje, da konzola razveljavi nedokončano pisanje</translation>
    </message>
    <message>
        <source>cannot undo the unfinished write an interrupted import left in %1: %2</source>
        <translation>nedokončanega pisanja, ki ga je v %1 pustil prekinjen uvoz, ni mogoče razveljaviti: %2</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>the store has no reports yet; import some first</source>
        <translation>shramba še nima prijav; najprej jih uvozite</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source>the store has no layer named %1</source>
        <translation>shramba nima sloja z imenom %1</translation>
    </message>
    <message>
        <source>layer %1 has no geometry to style</source>
        <translation>sloj %1 nima geometrije, ki bi ji lahko določili slog</translation>
    </message>
    <message>
        <source>layer %1 has no field %2</source>
        <translation>sloj %1 nima polja %2</translation>
    </message>
    <message>
        <source>field %1 holds no numbers to make ranges of</source>
        <translation>polje %1 nima števil, iz katerih bi naredili razpone</translation>
    </message>
    <message>
        <source>field %1 has no values to make classes of</source>
        <translation>polje %1 nima vrednosti, iz katerih bi naredili razrede</translation>
    </message>
    <message>
        <source>The style is not saved: %1</source>
        <translation>Slog ni shranjen: %1</translation>
    </message>
</context>
<context>
    <name>StyleEditorDialog</name>
    <message>
        <source>Categories by value</source>
        <translation>Kategorije po vrednosti</translation>
    </message>
    <message>
        <source>Ranges of a number</source>
        <translation>Razponi števila</translation>
    </message>
    <message>
        <source>One symbol</source>
        <translation>En simbol</translation>
    </message>
    <message>
        <source>Style: %1</source>
        <translation>Slog: %1</translation>
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
        <source>Drawn as</source>
        <translation>Prikaz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Number of ranges</source>
        <translation>Število razponov</translation>
    </message>
    <message>
        <source>Make classes</source>
        <translation>Naredi razrede</translation>
    </message>
    <message>
        <source>Any other value</source>
        <translation>Vse druge vrednosti</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation>Razredi (%1)</translation>
    </message>
    <message>
        <source>Label in the legend</source>
        <translation>Oznaka v legendi</translation>
    </message>
</context>
<context>
    <name>StyleSymbolControls</name>
    <message>
        <source>Colour</source>
        <translation>Barva</translation>
    </message>
    <message>
        <source>Symbol size</source>
        <translation>Velikost simbola</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Debelina črte</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>krog</translation>
    </message>
    <message>
        <source>square</source>
        <translation>kvadrat</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>trikotnik</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>romb</translation>
    </message>
    <message>
        <source>star</source>
        <translation>zvezda</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>šestkotnik</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>križ</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>peterokotnik</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>polno</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>črtkano</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>pikčasto</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>črta-pika</translation>
    </message>
    <message>
        <source>none (outline)</source>
        <translation>brez (samo obroba)</translation>
    </message>
    <message>
        <source>horizontal lines</source>
        <translation>vodoravne črte</translation>
    </message>
    <message>
        <source>vertical lines</source>
        <translation>navpične črte</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>mreža</translation>
    </message>
    <message>
        <source>rising diagonal lines</source>
        <translation>naraščajoče poševne črte</translation>
    </message>
    <message>
        <source>falling diagonal lines</source>
        <translation>padajoče poševne črte</translation>
    </message>
    <message>
        <source>diagonal grid</source>
        <translation>poševna mreža</translation>
    </message>
</context>
<context>
    <name>Symbology</name>
    <message>
        <source>&apos;symbol&apos; must be an object</source>
        <translation>»symbol« mora biti objekt</translation>
    </message>
    <message>
        <source>a classified style needs the &apos;field&apos; it classifies by</source>
        <translation>slog z razredi potrebuje »field«, po katerem razvršča</translation>
    </message>
    <message>
        <source>&apos;classes&apos; must be a list of 1 to %1 classes</source>
        <translation>»classes« mora biti seznam z 1 do %1 razredi</translation>
    </message>
    <message>
        <source>every class must be an object</source>
        <translation>vsak razred mora biti objekt</translation>
    </message>
    <message>
        <source>a graduated class needs &apos;min&apos; ≤ &apos;max&apos;</source>
        <translation>razred razpona potrebuje »min« ≤ »max«</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>the store cannot be opened</source>
        <translation>shrambe ni mogoče odpreti</translation>
    </message>
    <message>
        <source>no basemap layers in the store</source>
        <translation>v shrambi ni slojev podlage</translation>
    </message>
    <message>
        <source>the server answered %1 with something that is not an image (%2)</source>
        <translation>strežnik je odgovoril (%1) z vsebino, ki ni slika (%2)</translation>
    </message>
</context>
<context>
    <name>TileSchema</name>
    <message>
        <source>PROJ does not know EPSG:3857 (is proj-data installed?)</source>
        <translation>PROJ ne pozna EPSG:3857 (ali je proj-data nameščen?)</translation>
    </message>
</context>
<context>
    <name>TileSeeder</name>
    <message>
        <source>the store has no basemap tile table; open it for writing with a console that has the tiles module (it makes the table)</source>
        <translation>shramba nima tabele ploščic podlage; odprite jo za pisanje s konzolo, ki ima modul tiles (ta tabelo ustvari)</translation>
    </message>
    <message>
        <source>zoom levels must be within 0–%1 and the first not above the last (got %2–%3)</source>
        <translation>ravni povečave morajo biti med 0 in %1, prva pa ne sme biti večja od zadnje (podano %2–%3)</translation>
    </message>
    <message>
        <source>the store %1 is open read-only; seeding writes tiles into it</source>
        <translation>shramba %1 je odprta samo za branje; predizris vanjo zapisuje ploščice</translation>
    </message>
    <message>
        <source>zoom %1-%2 over this area is %3 tiles, more than the %4 drawn without asking; narrow --zoom or --bbox, or add --force to draw them all</source>
        <translation>povečava %1-%2 na tem območju pomeni %3 ploščic, več od %4, ki se izrišejo brez vprašanja; zožite --zoom ali --bbox ali dodajte --force, da se izrišejo vse</translation>
    </message>
    <message>
        <source>the basemap layers have no extent to seed</source>
        <translation>sloji podlage nimajo obsega za predizris</translation>
    </message>
    <message>
        <source>cancelled; %1 of %2 tiles are in the store, run again to continue</source>
        <translation>preklicano; v shrambi je %1 od %2 ploščic, za nadaljevanje zaženite znova</translation>
    </message>
</context>
<context>
    <name>TileStore</name>
    <message>
        <source>tile %1/%2/%3 is outside the basemap&apos;s tile matrix</source>
        <translation>ploščica %1/%2/%3 je zunaj mreže ploščic podlage</translation>
    </message>
</context>
<context>
    <name>VectorImporter</name>
    <message>
        <source>unknown domain &apos;%1&apos;; use one of: %2</source>
        <translation>neznano področje »%1«; uporabite eno od: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 ne obstaja</translation>
    </message>
    <message>
        <source>%1 is a directory; give a file (for a Shapefile, its .shp)</source>
        <translation>%1 je mapa; navedite datoteko (za Shapefile njegovo datoteko .shp)</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions)</source>
        <translation>%1 ni mogoče prebrati (dovoljenja)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>datoteka %1 je prazna</translation>
    </message>
    <message>
        <source>the Shapefile %1 has no .%2 file beside it; a Shapefile needs its .shp, .shx and .dbf (and a .prj for the CRS)</source>
        <translation>Shapefile %1 nima ob sebi datoteke .%2; Shapefile potrebuje svoje datoteke .shp, .shx in .dbf (ter .prj za koordinatni sistem)</translation>
    </message>
    <message>
        <source>%1 is not a vector file GDAL can read%2</source>
        <translation>%1 ni vektorska datoteka, ki bi jo GDAL lahko prebral%2</translation>
    </message>
    <message>
        <source>%1 has no layer named %2</source>
        <translation>%1 nima sloja z imenom %2</translation>
    </message>
    <message>
        <source>%1 holds no vector layer</source>
        <translation>%1 ne vsebuje nobenega vektorskega sloja</translation>
    </message>
    <message>
        <source>%1 has %2 layers (%3): choose one with --source-layer, or leave --layer out to import all</source>
        <translation>%1 ima %2 slojev (%3): izberite enega z --source-layer ali izpustite --layer, da uvozite vse</translation>
    </message>
    <message>
        <source>%1 has no coordinates: it needs x and y (or lon and lat, easting and northing) columns, or a WKT column</source>
        <translation>%1 nima koordinat: potrebuje stolpca x in y (ali lon in lat, easting in northing) ali stolpec WKT</translation>
    </message>
</context>
</TS>
