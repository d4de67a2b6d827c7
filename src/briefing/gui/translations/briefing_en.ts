<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replaced %n.</source>
        <translation>
            <numerusform>Replaced %n.</numerusform>
            <numerusform>Replaced %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported field(s) to review</source>
        <translation>
            <numerusform>%n imported field to review</numerusform>
            <numerusform>%n imported fields to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft from the article: %n imported field(s) to review</source>
        <translation>
            <numerusform>Draft from the article: %n imported field to review</numerusform>
            <numerusform>Draft from the article: %n imported fields to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} with %n problem(s) to fix</source>
        <translation>
            <numerusform>Saved {path} with %n problem to fix</numerusform>
            <numerusform>Saved {path} with %n problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message numerus="yes">
        <source>%n meeting(s) cite source “{source}”. Delete it and its citations?</source>
        <translation>
            <numerusform>%n meeting cites source “{source}”. Delete it and its citations?</numerusform>
            <numerusform>%n meetings cite source “{source}”. Delete it and its citations?</numerusform>
        </translation>
    </message>
</context>
</TS>
