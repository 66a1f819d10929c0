<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI" sourcelanguage="en">
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
    <name>DomainPanel</name>
    <message>
        <source>Strategy domains</source>
        <translation>Področja strategije</translation>
    </message>
    <message>
        <source>%1 domains in %2 pillars</source>
        <translation>%1 področij v %2 stebrih</translation>
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
    <name>Main</name>
    <message>
        <source>Ptuj Operations Console</source>
        <translation>Operativna konzola MO Ptuj</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Povečaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomanjšaj</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Celotna občina</translation>
    </message>
    <message>
        <source>Boundary, districts, settlements: © GURS, CC BY 4.0 · defibrillators: © OpenStreetMap contributors, ODbL</source>
        <translation>Meja, četrti, naselja: © GURS, CC BY 4.0 · defibrilatorji: © sodelavci OpenStreetMap, ODbL</translation>
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
</TS>
