<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttributeTablePanel</name>
    <message numerus="yes">
        <source>%1 · %2 of %n feature(s)</source>
        <translation>
            <numerusform>%1 · %2 of %n feature</numerusform>
            <numerusform>%1 · %2 of %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainDelegate</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureListExport</name>
    <message numerus="yes">
        <source>Saved %n feature(s) to %1.</source>
        <translation>
            <numerusform>Saved %n feature to %1.</numerusform>
            <numerusform>Saved %n features to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>%n feature here</numerusform>
            <numerusform>%n features here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) inside %1</source>
        <translation>
            <numerusform>%n feature inside %1</numerusform>
            <numerusform>%n features inside %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>Imported %n feature(s), repaired %1, rejected %2.</source>
        <translation>
            <numerusform>Imported %n feature, repaired %1, rejected %2.</numerusform>
            <numerusform>Imported %n features, repaired %1, rejected %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) will be closed as a duplicate of report #%1.</source>
        <translation>
            <numerusform>%n report will be closed as a duplicate of report #%1.</numerusform>
            <numerusform>%n reports will be closed as a duplicate of report #%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportAnswerDialog</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n feature selected</numerusform>
            <numerusform>%n features selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensorCsvParser</name>
    <message numerus="yes">
        <source>%1: %n time(s) without a time zone were read as UTC</source>
        <translation>
            <numerusform>%1: %n time without a time zone was read as UTC</numerusform>
            <numerusform>%1: %n times without a time zone were read as UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) without a value were kept as readings without a value</source>
        <translation>
            <numerusform>%1: %n row without a value was kept as a reading without a value</numerusform>
            <numerusform>%1: %n rows without a value were kept as readings without a value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensorWriter</name>
    <message numerus="yes">
        <source>datastream %1 of station %2 is not in the store; %n reading(s) left out</source>
        <translation>
            <numerusform>datastream %1 of station %2 is not in the store; %n reading left out</numerusform>
            <numerusform>datastream %1 of station %2 is not in the store; %n readings left out</numerusform>
        </translation>
    </message>
</context>
</TS>
