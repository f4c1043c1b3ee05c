<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchCreationDialog</name>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n work order already exists in Deepomatic and is left as it is.</numerusform>
            <numerusform>%n work orders already exist in Deepomatic and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n in doubt</numerusform>
            <numerusform>, %n in doubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n already in Deepomatic)</numerusform>
            <numerusform> (%n already in Deepomatic)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK: connected to %1 (%n task group).</numerusform>
            <numerusform>OK: connected to %1 (%n task groups).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>the request was sent but no usable answer came back (%1), and %n work order with that name exists in Deepomatic</numerusform>
            <numerusform>the request was sent but no usable answer came back (%1), and %n work orders with that name exist in Deepomatic</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message numerus="yes">
        <source>The running FieldConnect did not answer within %n second(s).</source>
        <translation>
            <numerusform>The running FieldConnect did not answer within %n second.</numerusform>
            <numerusform>The running FieldConnect did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>Deepomatic cannot be reached (no answer within %n second); it is asked again when the network is back.</numerusform>
            <numerusform>Deepomatic cannot be reached (no answer within %n seconds); it is asked again when the network is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n work order imported from %1.</numerusform>
            <numerusform>%n work orders imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n row skipped; see the details.</numerusform>
            <numerusform>%n rows skipped; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n in doubt</numerusform>
            <numerusform>%n in doubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n work order shown</numerusform>
            <numerusform>%n work orders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Requests not done yet: %n.</numerusform>
            <numerusform>Requests not done yet: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>Waiting for you: %n (select it, then Retry or Discard).</numerusform>
            <numerusform>Waiting for you: %n (select one, then Retry or Discard).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>the create was interrupted and %n work order with that name exists in Deepomatic</numerusform>
            <numerusform>the create was interrupted and %n work orders with that name exist in Deepomatic</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before the keypad waits.</numerusform>
            <numerusform>Wrong PIN. %n more tries before the keypad waits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Wrong PIN too many times. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN too many times. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems, and the import is all or nothing.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems, and the import is all or nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>Nothing was imported: %n reference already exists, and the import is all or nothing.</numerusform>
            <numerusform>Nothing was imported: %n references already exist, and the import is all or nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n work order read, all good.</numerusform>
            <numerusform>%n work orders read, all good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>%n work order will be imported; the rows listed above are skipped.</numerusform>
            <numerusform>%n work orders will be imported; the rows listed above are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>%n work order will be imported.</numerusform>
            <numerusform>%n work orders will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Progress refresh cancelled: %n verified.</numerusform>
            <numerusform>Progress refresh cancelled: %n verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Progress refreshed: %n verified.</numerusform>
            <numerusform>Progress refreshed: %n verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n could not be verified.</numerusform>
            <numerusform>%n could not be verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic has %n work order with this name. Link it if this creation made it:</numerusform>
            <numerusform>Deepomatic has %n work orders with this name. Link the one this creation made:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
