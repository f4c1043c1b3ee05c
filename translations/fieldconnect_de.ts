<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldConnect</source>
        <translation>Über FieldConnect</translation>
    </message>
    <message>
        <source>FieldConnect %1</source>
        <translation>FieldConnect %1</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Fotogeprüfte Einsätze mit dem Work Order Connector von Deepomatic.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (laufend):</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (gebaut mit):</translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation>Chromium (Qt WebEngine):</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Site profile in use:</source>
        <translation>Verwendetes Standortprofil:</translation>
    </message>
</context>
<context>
    <name>AnalyzeRequest</name>
    <message>
        <source>No task group was given for the photo.</source>
        <translation>Für das Foto wurde keine Aufgabengruppe angegeben.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Only an image or a PDF can be analysed.</source>
        <translation>Nur ein Bild oder ein PDF kann analysiert werden.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>Das PDF hat %1 MB; Deepomatic akzeptiert höchstens %2 MB.</translation>
    </message>
    <message>
        <source>The image is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>Das Bild hat %1 MB; Deepomatic akzeptiert höchstens %2 MB.</translation>
    </message>
    <message>
        <source>The image address must be an absolute http or https URL.</source>
        <translation>Die Bildadresse muss eine absolute http- oder https-URL sein.</translation>
    </message>
</context>
<context>
    <name>AnalyzeResult</name>
    <message>
        <source>The field &quot;input&quot; is missing or is not an object.</source>
        <translation>Das Feld „input“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;task_group&quot; is missing or is not an object.</source>
        <translation>Das Feld „task_group“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>The input belongs to &quot;%1&quot; but the task group is &quot;%2&quot;.</source>
        <translation>Die Eingabe gehört zu „%1“, die Aufgabengruppe ist aber „%2“.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Das Feld „progress_score“ ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Unerwartete Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>The work order may or may not exist in Deepomatic (%1). Check it in Deepomatic before creating it again.</source>
        <translation>Der Arbeitsauftrag existiert in Deepomatic möglicherweise schon (%1). Prüfen Sie das in Deepomatic, bevor Sie ihn erneut anlegen.</translation>
    </message>
</context>
<context>
    <name>ApiTokenLoader</name>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Für %1 ist kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>No API token: work orders cannot be created or verified.</source>
        <translation>Kein API-Token: Arbeitsaufträge können weder angelegt noch geprüft werden.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved: %1</source>
        <translation>Das Token wird für diese Sitzung verwendet, konnte aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The flow did not complete within %1 s.</source>
        <translation>Der Ablauf wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>No work order named %1.</source>
        <translation>Kein Arbeitsauftrag namens %1.</translation>
    </message>
    <message>
        <source>There is no work order to copy types and technician from.</source>
        <translation>Es gibt keinen Arbeitsauftrag, von dem Typen und Techniker übernommen werden könnten.</translation>
    </message>
    <message>
        <source>Creation in Deepomatic failed: %1</source>
        <translation>Anlegen in Deepomatic fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open in Deepomatic is disabled: %1</source>
        <translation>„In Deepomatic öffnen“ ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>The connector did not open.</source>
        <translation>Der Connector wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The Deepomatic page did not load.</source>
        <translation>Die Deepomatic-Seite wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The Deepomatic page at %1 asks to sign in, and no user was given.</source>
        <translation>Die Deepomatic-Seite unter %1 verlangt eine Anmeldung, und es wurde kein Benutzer angegeben.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was refused: %2</source>
        <translation>Die Anmeldung bei %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The sign-in page has no e-mail field.</source>
        <translation>Die Anmeldeseite hat kein E-Mail-Feld.</translation>
    </message>
    <message>
        <source>The sign-in page has no password field.</source>
        <translation>Die Anmeldeseite hat kein Passwortfeld.</translation>
    </message>
    <message>
        <source>The sign-in page has no Sign in button.</source>
        <translation>Die Anmeldeseite hat keinen Knopf „Anmelden“.</translation>
    </message>
    <message>
        <source>The page has no photo button number %1.</source>
        <translation>Die Seite hat keinen Foto-Knopf Nummer %1.</translation>
    </message>
    <message>
        <source>the photo to be recorded</source>
        <translation>das aufzunehmende Foto</translation>
    </message>
    <message>
        <source>The callback was rejected: %1</source>
        <translation>Die Rückmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The page has no Finish button.</source>
        <translation>Die Seite hat keinen Knopf „Fertig“.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>No QR code or barcode was found: the picture is empty.</source>
        <translation>Kein QR-Code oder Barcode gefunden: Das Bild ist leer.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in the picture. Hold the label flat, well lit and filling the frame.</source>
        <translation>Im Bild wurde kein QR-Code oder Barcode gefunden. Halten Sie das Etikett flach, gut beleuchtet und bildfüllend.</translation>
    </message>
    <message>
        <source>The image “%1” could not be read: %2</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchCreationDialog</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>In Deepomatic anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: in doubt — %2</source>
        <translation>%1: ungewiss — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag existiert bereits in Deepomatic und bleibt unverändert.</numerusform>
            <numerusform>%n Arbeitsaufträge existieren bereits in Deepomatic und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 von %2 angelegt</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n ungewiss</numerusform>
            <numerusform>, %n ungewiss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n bereits in Deepomatic)</numerusform>
            <numerusform> (%n bereits in Deepomatic)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1 per second, %2</source>
        <translation>%1 pro Sekunde, %2</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>Work orders not created</source>
        <translation>Nicht erstellte Arbeitsaufträge</translation>
    </message>
</context>
<context>
    <name>CallbackParser</name>
    <message>
        <source>The callback URL is not a valid URL.</source>
        <translation>Die Callback-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>No connector launch is waiting for a callback.</source>
        <translation>Kein Connector-Start wartet auf eine Rückmeldung.</translation>
    </message>
    <message>
        <source>The callback is not for the work order launch currently open.</source>
        <translation>Die Rückmeldung gehört nicht zum gerade geöffneten Start des Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once with different values.</source>
        <translation>Der Parameter „%1“ kommt mehrmals mit unterschiedlichen Werten vor.</translation>
    </message>
    <message>
        <source>work_order_progress appears more than once.</source>
        <translation>work_order_progress kommt mehrmals vor.</translation>
    </message>
    <message>
        <source>The callback carries no work_order_progress.</source>
        <translation>Die Rückmeldung enthält kein work_order_progress.</translation>
    </message>
    <message>
        <source>work_order_progress appears in both the query and the fragment; it must appear exactly once.</source>
        <translation>work_order_progress steht sowohl in der Abfrage als auch im Fragment; es darf nur genau einmal vorkommen.</translation>
    </message>
    <message>
        <source>work_order_progress &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>work_order_progress „%1“ ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>Die Rückmeldung nennt den Arbeitsauftrag %1, geöffnet ist aber %2.</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Ein Foto aufnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to the Deepomatic page without a photo</source>
        <translation>Ohne Foto zur Deepomatic-Seite zurück</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Pick a photo already on this device instead</source>
        <translation>Stattdessen ein Foto wählen, das schon auf diesem Gerät ist</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Discard this photo and take another</source>
        <translation>Dieses Foto verwerfen und ein neues aufnehmen</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Takes the photo shown by the camera</source>
        <translation>Nimmt das Bild der Kamera als Foto auf</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Foto verwenden</translation>
    </message>
    <message>
        <source>Sends this photo to the Deepomatic page</source>
        <translation>Sendet dieses Foto an die Deepomatic-Seite</translation>
    </message>
    <message>
        <source>Starting the camera “%1”…</source>
        <translation>Kamera „%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>Aim at the equipment, then tap Take photo.</source>
        <translation>Auf die Anlage richten, dann Foto aufnehmen antippen.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Foto wird aufgenommen…</translation>
    </message>
    <message>
        <source>Is it sharp and well lit? Pinch to look closer. Use it, or take it again.</source>
        <translation>Ist es scharf und gut beleuchtet? Mit zwei Fingern vergrößern. Verwenden oder neu aufnehmen.</translation>
    </message>
    <message>
        <source>%1 Choose a photo file instead, or cancel.</source>
        <translation>%1 Wählen Sie stattdessen eine Fotodatei, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Foto abbrechen</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Fotodatei auswählen</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Foto neu aufnehmen</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dieses Foto verwenden</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Etikett scannen</translation>
    </message>
    <message>
        <source>Back to the work orders without scanning</source>
        <translation>Zurück zu den Arbeitsaufträgen ohne Scannen</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <source>Read the label from a picture already on this device</source>
        <translation>Das Etikett aus einem Bild lesen, das bereits auf diesem Gerät ist</translation>
    </message>
    <message>
        <source>Aim at the label on the equipment: it is read as soon as it is in sight.</source>
        <translation>Richten Sie die Kamera auf das Etikett am Gerät: Es wird gelesen, sobald es zu sehen ist.</translation>
    </message>
    <message>
        <source>%1 Choose an image instead, or cancel.</source>
        <translation>%1 Wählen Sie stattdessen ein Bild aus oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>Die Kamera funktioniert nicht mehr: %1</translation>
    </message>
    <message>
        <source>The camera took no photo: %1</source>
        <translation>Die Kamera hat kein Foto aufgenommen: %1</translation>
    </message>
    <message>
        <source>The camera is not ready yet: try again in a moment.</source>
        <translation>Die Kamera ist noch nicht bereit: versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>CloseConfirmationDialog</name>
    <message>
        <source>Close intervention</source>
        <translation>Einsatz abschließen</translation>
    </message>
    <message>
        <source>Close the intervention for %1?</source>
        <translation>Den Einsatz für %1 abschließen?</translation>
    </message>
    <message>
        <source>Progress %1 %, verified with Deepomatic on %2.</source>
        <translation>Fortschritt %1 %, mit Deepomatic geprüft am %2.</translation>
    </message>
    <message>
        <source>Progress %1 %, not verified with Deepomatic (%2).</source>
        <translation>Fortschritt %1 %, nicht mit Deepomatic geprüft (%2).</translation>
    </message>
    <message>
        <source>The closure will be recorded as unverified.</source>
        <translation>Der Abschluss wird als ungeprüft erfasst.</translation>
    </message>
    <message>
        <source>A closed intervention cannot be reopened here.</source>
        <translation>Ein abgeschlossener Einsatz kann hier nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Dieser Einsatz ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>This work order does not exist in Deepomatic yet. Create it before the intervention.</source>
        <translation>Dieser Arbeitsauftrag existiert noch nicht in Deepomatic. Legen Sie ihn vor dem Einsatz an.</translation>
    </message>
    <message>
        <source>Checking the progress with Deepomatic…</source>
        <translation>Fortschritt wird bei Deepomatic geprüft…</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified (%2). The closure will be marked unverified and checked later.</source>
        <translation>Fortschritt %1 % konnte nicht geprüft werden (%2). Der Abschluss wird als ungeprüft markiert und später geprüft.</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified with Deepomatic: %2. Refresh the progress when the network is back.</source>
        <translation>Fortschritt %1 % konnte nicht mit Deepomatic geprüft werden: %2. Aktualisieren Sie den Fortschritt, sobald das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>Progress %1 % has not been verified yet. Refresh the progress.</source>
        <translation>Fortschritt %1 % wurde noch nicht geprüft. Aktualisieren Sie den Fortschritt.</translation>
    </message>
    <message>
        <source>No progress yet. Open the work order in Deepomatic and take the expected photos.</source>
        <translation>Noch kein Fortschritt. Öffnen Sie den Arbeitsauftrag in Deepomatic und machen Sie die erwarteten Fotos.</translation>
    </message>
    <message>
        <source>Deepomatic reports %1 %, read by a progress refresh, but this work order was never opened on this device. This site requires opening it in Deepomatic before closing.</source>
        <translation>Deepomatic meldet %1 %, gelesen bei einer Fortschrittsaktualisierung, aber dieser Arbeitsauftrag wurde auf diesem Gerät nie geöffnet. Dieser Standort verlangt, ihn vor dem Abschluss in Deepomatic zu öffnen.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified by a progress refresh: the photos were taken in Deepomatic without this device. The intervention can be closed.</source>
        <translation>Fortschritt %1 %, geprüft durch eine Fortschrittsaktualisierung: Die Fotos wurden ohne dieses Gerät in Deepomatic gemacht. Der Einsatz kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified. The intervention can be closed.</source>
        <translation>Fortschritt %1 %, geprüft. Der Einsatz kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the missing photos.</source>
        <translation>Fortschritt %1 %. Mindestens %2 % sind erforderlich. Öffnen Sie Deepomatic erneut, um die fehlenden Fotos zu machen.</translation>
    </message>
    <message>
        <source>Supervisor override is not enabled for this site.</source>
        <translation>Die Freigabe durch Vorgesetzte ist für diesen Standort nicht aktiviert.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters for the override.</source>
        <translation>Geben Sie für die Freigabe eine Begründung mit mindestens %1 Zeichen an.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use a sandbox that is already running (e.g. fieldconnect-sandbox) at &lt;url&gt;, on loopback.</source>
        <translation>Eine bereits laufende Sandbox (z. B. fieldconnect-sandbox) unter &lt;url&gt; auf Loopback verwenden.</translation>
    </message>
    <message>
        <source>Headless: create every planned work order in Deepomatic through the outbox, print one JSON object per step, and exit when the outbox is drained.</source>
        <translation>Ohne Oberfläche: jeden geplanten Arbeitsauftrag über den Postausgang in Deepomatic anlegen, pro Schritt ein JSON-Objekt ausgeben und beenden, sobald der Postausgang leer ist.</translation>
    </message>
    <message>
        <source>Headless: check the planning file &lt;file&gt; and import it into the site in use, print one JSON object per problem and a summary, and exit (0: all imported, 2: invalid input, 4: partly imported with --good-rows).</source>
        <translation>Ohne Oberfläche: die Planungsdatei &lt;file&gt; prüfen und in den verwendeten Standort importieren, pro Problem ein JSON-Objekt und eine Zusammenfassung ausgeben und beenden (0: alles importiert, 2: ungültige Eingabe, 4: mit --good-rows teilweise importiert).</translation>
    </message>
    <message>
        <source>With --import (the default): import nothing if any row has a problem.</source>
        <translation>Mit --import (Standard): nichts importieren, wenn eine Zeile ein Problem hat.</translation>
    </message>
    <message>
        <source>With --import: import the good rows and report the others.</source>
        <translation>Mit --import: die fehlerfreien Zeilen importieren und die anderen melden.</translation>
    </message>
    <message>
        <source>Headless: write the diagnostics archive for support (logs, versions, settings, every secret removed) to &lt;file&gt;, print one JSON line and exit (0: written, 1: not written).</source>
        <translation>Ohne Oberfläche: das Diagnosearchiv für den Support (Protokolle, Versionen, Einstellungen, alle Geheimnisse entfernt) nach &lt;file&gt; schreiben, eine JSON-Zeile ausgeben und beenden (0: geschrieben, 1: nicht geschrieben).</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (an emulated Deepomatic site on 127.0.0.1), even if a site is configured.</source>
        <translation>Mit der eingebauten Sandbox arbeiten (eine nachgebildete Deepomatic-Site auf 127.0.0.1), auch wenn ein Standort konfiguriert ist.</translation>
    </message>
    <message>
        <source>Read the deployment configuration from &lt;file&gt;.</source>
        <translation>Die Bereitstellungskonfiguration aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Keep the database and web data in &lt;dir&gt;.</source>
        <translation>Datenbank und Webdaten in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Minimum verified progress (0–100) to close.</source>
        <translation>Mindestens geprüfter Fortschritt (0–100) zum Abschließen.</translation>
    </message>
    <message>
        <source>Ask Deepomatic to return results in the URL fragment.</source>
        <translation>Deepomatic bitten, die Ergebnisse im URL-Fragment zurückzugeben.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (%1); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light, dark or high_contrast (default: the one chosen in Display).</source>
        <translation>Design für diesen Lauf: system, light, dark oder high_contrast (Standard: das unter „Anzeige“ gewählte).</translation>
    </message>
    <message>
        <source>Text size for this run: normal, large or extra_large (default: the one chosen in Display).</source>
        <translation>Textgröße für diesen Lauf: normal, large oder extra_large (Standard: die unter „Anzeige“ gewählte).</translation>
    </message>
    <message>
        <source>Run one intervention headless and print one JSON object per step.</source>
        <translation>Einen Einsatz ohne Oberfläche durchführen und pro Schritt ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>With --autopilot: the work order to use (default: a fresh copy of a planned one).</source>
        <translation>Mit --autopilot: der zu verwendende Arbeitsauftrag (Standard: eine neue Kopie eines geplanten).</translation>
    </message>
    <message>
        <source>With --autopilot: how many photos to take (all or a number).</source>
        <translation>Mit --autopilot: wie viele Fotos gemacht werden (all oder eine Zahl).</translation>
    </message>
    <message>
        <source>Port for the sandbox (default: a free one).</source>
        <translation>Port für die Sandbox (Standard: ein freier).</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Chromium DevTools die Verbindung zur Deepomatic-Seite auf 127.0.0.1:9222 erlauben (nur für den Support).</translation>
    </message>
    <message>
        <source>Draw the Deepomatic page without the graphics card (software rendering).</source>
        <translation>Die Deepomatic-Seite ohne Grafikkarte darstellen (Software-Rendering).</translation>
    </message>
    <message>
        <source>Use the graphics card again after an automatic switch to software rendering.</source>
        <translation>Die Grafikkarte nach einem automatischen Wechsel zum Software-Rendering wieder verwenden.</translation>
    </message>
    <message>
        <source>Private browsing (shared tablets): keep no Deepomatic sign-in, cookies or web storage; sign in at every launch.</source>
        <translation>Privates Surfen (gemeinsam genutzte Tablets): keine Deepomatic-Anmeldung, keine Cookies und keinen Webspeicher behalten; bei jedem Start anmelden.</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Fotogeprüfte Einsätze mit dem Work Order Connector von Deepomatic.</translation>
    </message>
    <message>
        <source>A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic sends the technician back: handed to the FieldConnect already running for this user and data directory, which prints one JSON line with its verdict (exit 0: accepted, 3: refused, 4: no answer in time); with none running, FieldConnect starts and handles it.</source>
        <translation>Eine fieldconnect://callback/-URL, wie der Systembrowser sie übergibt, wenn Deepomatic den Techniker zurückschickt: Sie wird an das bereits laufende FieldConnect dieses Benutzers und Datenverzeichnisses übergeben, das eine JSON-Zeile mit seinem Ergebnis ausgibt (Exit 0: angenommen, 3: abgelehnt, 4: keine Antwort in der Zeit); läuft keines, startet FieldConnect und verarbeitet sie selbst.</translation>
    </message>
    <message>
        <source>--autopilot and --create-all cannot be used together.</source>
        <translation>--autopilot und --create-all können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--import cannot be used with --autopilot or --create-all.</source>
        <translation>--import kann nicht mit --autopilot oder --create-all verwendet werden.</translation>
    </message>
    <message>
        <source>--export-diagnostics cannot be used with --autopilot, --create-all or --import.</source>
        <translation>--export-diagnostics kann nicht mit --autopilot, --create-all oder --import verwendet werden.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows cannot be used together.</source>
        <translation>--all-or-nothing und --good-rows können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows go with --import.</source>
        <translation>--all-or-nothing und --good-rows gehören zu --import.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>--threshold: „%1“ ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>--photos: &quot;%1&quot; is not &quot;all&quot; or a number of photos.</source>
        <translation>--photos: „%1“ ist weder „all“ noch eine Anzahl Fotos.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: „%1“ ist nicht eine von %2.</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not one of %2.</source>
        <translation>--theme: „%1“ ist nicht eines von %2.</translation>
    </message>
    <message>
        <source>--text-size: &quot;%1&quot; is not one of %2.</source>
        <translation>--text-size: „%1“ ist nicht eines von %2.</translation>
    </message>
    <message>
        <source>--sandbox-port: &quot;%1&quot; is not a port number.</source>
        <translation>--sandbox-port: „%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>only one fieldconnect://callback/ URL may be given; see --help.</source>
        <translation>es darf nur eine fieldconnect://callback/-URL angegeben werden; siehe --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldconnect://callback/ URL; see --help.</source>
        <translation>„%1“ ist keine fieldconnect://callback/-URL; siehe --help.</translation>
    </message>
    <message>
        <source>a callback URL cannot be used with --autopilot, --create-all or --import.</source>
        <translation>eine Callback-URL kann nicht mit --autopilot, --create-all oder --import verwendet werden.</translation>
    </message>
    <message>
        <source>--sandbox-url: &quot;%1&quot; is not an http(s) URL on loopback with a port and no path, e.g. http://127.0.0.1:8080.</source>
        <translation>--sandbox-url: „%1“ ist keine http(s)-URL auf Loopback mit Port und ohne Pfad, z. B. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--sandbox-url and --sandbox cannot be used together.</source>
        <translation>--sandbox-url und --sandbox können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config: „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--disable-gpu and --enable-gpu cannot be used together.</source>
        <translation>--disable-gpu und --enable-gpu können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Headless: read a supervisor PIN (4 to 12 digits) from standard input, never from the command line where others could see it, and print the pin_hash line for the [kiosk] section of the deployment file.</source>
        <translation>Ohne Anzeige: liest eine Supervisor-PIN (4 bis 12 Ziffern) von der Standardeingabe, nie von der Befehlszeile, wo andere sie sehen könnten, und gibt die pin_hash-Zeile für den Abschnitt [kiosk] der Bereitstellungsdatei aus.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen with no window frame; it is left only with the supervisor PIN of the deployment file ([kiosk] pin_hash).</source>
        <translation>Kioskmodus: Vollbild ohne Fensterrahmen; er wird nur mit der Supervisor-PIN der Bereitstellungsdatei verlassen ([kiosk] pin_hash).</translation>
    </message>
    <message>
        <source>--hash-pin cannot be used with another mode or with --kiosk.</source>
        <translation>--hash-pin kann nicht mit einem anderen Modus oder mit --kiosk verwendet werden.</translation>
    </message>
    <message>
        <source>--kiosk is for the window: it cannot be used with --autopilot, --create-all, --import or --export-diagnostics.</source>
        <translation>--kiosk ist für das Fenster: es kann nicht mit --autopilot, --create-all, --import oder --export-diagnostics verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK: verbunden mit %1 (%n Aufgabengruppe).</numerusform>
            <numerusform>OK: verbunden mit %1 (%n Aufgabengruppen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid token (%2)</source>
        <translation>%1: ungültiges Token (%2)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>404: %1 answers, but not as the Deepomatic API; check the API URL.</source>
        <translation>404: %1 antwortet, aber nicht als Deepomatic-API; prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time.</source>
        <translation>%1 ist nicht erreichbar: keine Antwort in der Zeit.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>Die API-URL „%1“ muss https sein (einfaches http nur auf Loopback).</translation>
    </message>
</context>
<context>
    <name>ConnectorLink</name>
    <message>
        <source>This work order has not been created in Deepomatic yet.</source>
        <translation>Dieser Arbeitsauftrag wurde noch nicht in Deepomatic angelegt.</translation>
    </message>
    <message>
        <source>The Deepomatic id &quot;%1&quot; is malformed.</source>
        <translation>Die Deepomatic-ID „%1“ ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The site profile has no valid site_id (a UUID is required).</source>
        <translation>Das Standortprofil hat keine gültige site_id (eine UUID ist erforderlich).</translation>
    </message>
    <message>
        <source>The site profile&apos;s org_slug &quot;%1&quot; is not a valid slug.</source>
        <translation>Der org_slug „%1“ des Standortprofils ist kein gültiger Slug.</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; is not acceptable (https required).</source>
        <translation>Die Studio-URL „%1“ ist nicht zulässig (https erforderlich).</translation>
    </message>
    <message>
        <source>The callback URI &quot;%1&quot; is not valid.</source>
        <translation>Die Callback-URI „%1“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>Part of this page, from %1, was not shown: it is not on this site&apos;s allow-list.</source>
        <translation>Ein Teil dieser Seite von %1 wurde nicht angezeigt: Er steht nicht auf der Zulassungsliste dieses Standorts.</translation>
    </message>
    <message>
        <source>FieldConnect did not follow the Deepomatic page to %1: that host is not on this site&apos;s allow-list. If it is your organisation&apos;s sign-in, ask your IT to add %1 to allow_hosts.</source>
        <translation>FieldConnect ist der Deepomatic-Seite nicht nach %1 gefolgt: Dieser Host steht nicht auf der Zulassungsliste dieses Standorts. Ist es die Anmeldung Ihrer Organisation, bitten Sie Ihre IT, %1 zu allow_hosts hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is outside the Deepomatic site; it was opened in your browser.</source>
        <translation>%1 liegt außerhalb der Deepomatic-Site; es wurde in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>FieldConnect did not open %1: it is not part of the Deepomatic site.</source>
        <translation>FieldConnect hat %1 nicht geöffnet: Es gehört nicht zur Deepomatic-Site.</translation>
    </message>
    <message>
        <source>FieldConnect does not open new windows; %1 was not opened.</source>
        <translation>FieldConnect öffnet keine neuen Fenster; %1 wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ConnectorSession</name>
    <message>
        <source>Internal error: the launch id is malformed.</source>
        <translation>Interner Fehler: Die Start-ID ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The callback came from a pop-up window, not from the connector page.</source>
        <translation>Die Rückmeldung kam aus einem Pop-up-Fenster, nicht von der Connector-Seite.</translation>
    </message>
    <message>
        <source>The callback did not come from the connector page itself.</source>
        <translation>Die Rückmeldung kam nicht von der Connector-Seite selbst.</translation>
    </message>
    <message>
        <source>No connector launch is open.</source>
        <translation>Kein Connector-Start ist geöffnet.</translation>
    </message>
    <message>
        <source>The callback was started by a page of %1, not by the Deepomatic studio (%2).</source>
        <translation>Die Rückmeldung wurde von einer Seite von %1 ausgelöst, nicht vom Deepomatic-Studio (%2).</translation>
    </message>
    <message>
        <source>The callback was sent by %1, not by the Deepomatic studio (%2).</source>
        <translation>Die Rückmeldung wurde von %1 gesendet, nicht vom Deepomatic-Studio (%2).</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>eine unbekannte Seite</translation>
    </message>
    <message>
        <source>This callback was already used: a launch takes one callback only.</source>
        <translation>Diese Rückmeldung wurde bereits verwendet: Ein Start nimmt nur eine Rückmeldung an.</translation>
    </message>
    <message>
        <source>The open launch runs inside FieldConnect: a callback from a browser outside the app is not accepted for it.</source>
        <translation>Der offene Start läuft in FieldConnect: Eine Rückmeldung aus einem Browser außerhalb der App wird dafür nicht angenommen.</translation>
    </message>
    <message>
        <source>This page is a preview: a return from Deepomatic changes nothing.</source>
        <translation>Diese Seite ist eine Vorschau: Eine Rückkehr aus Deepomatic ändert nichts.</translation>
    </message>
</context>
<context>
    <name>ConnectorView</name>
    <message>
        <source>Return to FieldConnect</source>
        <translation>Zurück zu FieldConnect</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Preview: nothing changes in FieldConnect, but photos taken here count in Deepomatic</source>
        <translation>Vorschau: In FieldConnect ändert sich nichts, aber hier gemachte Fotos zählen in Deepomatic</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Waiting for the browser…

Deepomatic opened in your web browser. Take the photos there; FieldConnect continues when Deepomatic sends you back.</source>
        <translation>Warten auf den Browser…

Deepomatic wurde in Ihrem Webbrowser geöffnet. Machen Sie die Fotos dort; FieldConnect macht weiter, wenn Deepomatic Sie zurückschickt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS). Check the network connection or the site&apos;s address.</source>
        <translation>Die Adresse %1 wurde nicht gefunden (DNS). Prüfen Sie die Netzwerkverbindung oder die Adresse des Standorts.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the site is not answering on that address.</source>
        <translation>%1 hat die Verbindung abgelehnt: Die Site antwortet unter dieser Adresse nicht.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the page arrived.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen, bevor die Seite ankam.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This device is not connected to a network that reaches %1.</source>
        <translation>Dieses Gerät ist mit keinem Netz verbunden, das %1 erreicht.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS).</source>
        <translation>Es konnte keine sichere Verbindung zu %1 aufgebaut werden (TLS).</translation>
    </message>
    <message>
        <source>The proxy needed to reach %1 is not answering.</source>
        <translation>Der Proxy, der für %1 nötig ist, antwortet nicht.</translation>
    </message>
    <message>
        <source>The page from %1 could not be loaded (%2).</source>
        <translation>Die Seite von %1 konnte nicht geladen werden (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 cannot be trusted (%2). The page was blocked to protect your account; ask your IT to check the certificate.</source>
        <translation>Der sicheren Verbindung zu %1 kann nicht vertraut werden (%2). Die Seite wurde zum Schutz Ihres Kontos blockiert; bitten Sie Ihre IT, das Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>%1 Retry when the network is back.</source>
        <translation>%1 Versuchen Sie es erneut, wenn das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>Downloads are not allowed in the Deepomatic page.</source>
        <translation>Downloads sind auf der Deepomatic-Seite nicht erlaubt.</translation>
    </message>
    <message>
        <source>Camera and microphone were refused to %1.</source>
        <translation>Kamera und Mikrofon wurden %1 verweigert.</translation>
    </message>
    <message>
        <source>The Deepomatic page stopped working. Reload it to continue; nothing was lost.</source>
        <translation>Die Deepomatic-Seite funktioniert nicht mehr. Laden Sie sie neu, um weiterzumachen; nichts ist verloren.</translation>
    </message>
    <message>
        <source>Back in the Deepomatic page</source>
        <translation>Zurück in der Deepomatic-Seite</translation>
    </message>
    <message>
        <source>Reload the Deepomatic page</source>
        <translation>Deepomatic-Seite neu laden</translation>
    </message>
    <message>
        <source>Loading the Deepomatic page</source>
        <translation>Deepomatic-Seite wird geladen</translation>
    </message>
    <message>
        <source>Retry loading the Deepomatic page</source>
        <translation>Laden der Deepomatic-Seite erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Nicht mehr auf den Browser warten</translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>der Hostname ist unbekannt</translation>
    </message>
    <message>
        <source>The server answered with work order %1 instead of %2.</source>
        <translation>Der Server antwortete mit dem Arbeitsauftrag %1 statt %2.</translation>
    </message>
    <message>
        <source>No work order id was given.</source>
        <translation>Es wurde keine Arbeitsauftrags-ID angegeben.</translation>
    </message>
    <message>
        <source>No work order name was given.</source>
        <translation>Es wurde kein Arbeitsauftragsname angegeben.</translation>
    </message>
    <message>
        <source>The next page is on another host (%1).</source>
        <translation>Die nächste Seite liegt auf einem anderen Host (%1).</translation>
    </message>
    <message>
        <source>The list has more than %1 pages.</source>
        <translation>Die Liste hat mehr als %1 Seiten.</translation>
    </message>
    <message>
        <source>The server answered with task group &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Der Server antwortete mit der Aufgabengruppe „%1“ statt „%2“.</translation>
    </message>
    <message>
        <source>No task group name was given.</source>
        <translation>Es wurde kein Aufgabengruppenname angegeben.</translation>
    </message>
    <message>
        <source>The server analysed the photo for &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Der Server hat das Foto für „%1“ statt „%2“ analysiert.</translation>
    </message>
    <message>
        <source>No work order or task id was given.</source>
        <translation>Es wurde keine Arbeitsauftrags- oder Aufgaben-ID angegeben.</translation>
    </message>
    <message>
        <source>No corrected value was given.</source>
        <translation>Es wurde kein korrigierter Wert angegeben.</translation>
    </message>
    <message>
        <source>The photo is on %1, which is neither the API&apos;s host nor one of the photo hosts of this site.</source>
        <translation>Das Foto liegt auf %1, das weder der Host der API noch einer der Foto-Hosts dieses Standorts ist.</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>sein SHA-256-Fingerabdruck %1 ist nicht der für %2 konfigurierte</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and this site cannot be searched by name</source>
        <translation>die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück (%1), und dieser Standort kann nicht nach Namen durchsucht werden</translation>
    </message>
    <message>
        <source>the create was sent but its answer was lost (%1), and it could not be looked up yet: %2</source>
        <translation>das Anlegen wurde gesendet, aber die Antwort ging verloren (%1), und es konnte noch nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and the site refused the look-up by name: %2</source>
        <translation>die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück (%1), und der Standort hat die Suche nach Namen abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück (%1), und in Deepomatic existiert %n Arbeitsauftrag mit diesem Namen</numerusform>
            <numerusform>die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück (%1), und in Deepomatic existieren %n Arbeitsaufträge mit diesem Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>die Anfrage war gesendet; der Arbeitsauftrag existiert möglicherweise in Deepomatic</translation>
    </message>
</context>
<context>
    <name>DeepomaticName</name>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The name contains &quot;%1&quot; at position %2; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>Der Name enthält „%1“ an Position %2; nur Buchstaben, Ziffern, „_“ und „-“ sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>DemoPlanning</name>
    <message>
        <source>Imported from the sandbox&apos;s demo planning.</source>
        <translation>Aus der Demo-Planung der Sandbox importiert.</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>%1: %2 is set by your organisation (%3) and cannot be changed from the command line.</source>
        <translation>%1: %2 wird von Ihrer Organisation festgelegt (%3) und kann nicht über die Befehlszeile geändert werden.</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3, profile &quot;%4&quot;) and cannot be changed from the command line.</source>
        <translation>%1: %2 wird von Ihrer Organisation festgelegt (%3, Profil „%4“) und kann nicht über die Befehlszeile geändert werden.</translation>
    </message>
    <message>
        <source>%1: [%2] %3: &quot;%4&quot; is not true or false</source>
        <translation>%1: [%2] %3: „%4“ ist weder true noch false</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown setting</source>
        <translation>%1: [%2] %3: unbekannte Einstellung</translation>
    </message>
    <message>
        <source>%1: [%2] id: the id of a profile is its section name; remove this line</source>
        <translation>%1: [%2] id: Die ID eines Profils ist sein Abschnittsname; entfernen Sie diese Zeile</translation>
    </message>
    <message>
        <source>%1: [%2] the profile id &quot;%3&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;)</source>
        <translation>%1: [%2] die Profil-ID „%3“ ist kein Slug (Kleinbuchstaben, Ziffern, „-“ oder „_“)</translation>
    </message>
    <message>
        <source>%1: [%2] duplicate profile id &quot;%3&quot; (first at %4)</source>
        <translation>%1: [%2] doppelte Profil-ID „%3“ (zuerst bei %4)</translation>
    </message>
    <message>
        <source>%1: [%2] active_profile: &quot;%3&quot; is not a profile of this configuration</source>
        <translation>%1: [%2] active_profile: „%3“ ist kein Profil dieser Konfiguration</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation (%3), and so is the PIN that leaves it</source>
        <translation>%1: [%2] pin_hash: ignoriert: Der Kioskmodus wird von Ihrer Organisation festgelegt (%3), ebenso die PIN, mit der er verlassen wird</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: %3</source>
        <translation>%1: [%2] pin_hash: %3</translation>
    </message>
</context>
<context>
    <name>DeploymentLayers</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: [%2] appears twice (first at line %3)</source>
        <translation>%1: [%2] kommt zweimal vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%1: %2: the setting is outside any section</source>
        <translation>%1: %2: die Einstellung steht außerhalb jedes Abschnitts</translation>
    </message>
    <message>
        <source>%1: [%2] %3: given twice (first at line %4)</source>
        <translation>%1: [%2] %3: zweimal angegeben (zuerst in Zeile %4)</translation>
    </message>
    <message>
        <source>%1: [%2] %3: ignored: set by your organisation (%4)</source>
        <translation>%1: [%2] %3: ignoriert: von Ihrer Organisation festgelegt (%4)</translation>
    </message>
    <message>
        <source>%1: [%2] is not a known section ([%3], [%4], [site] or [%5&lt;id&gt;])</source>
        <translation>%1: [%2] ist kein bekannter Abschnitt ([%3], [%4], [site] oder [%5&lt;id&gt;])</translation>
    </message>
</context>
<context>
    <name>DeploymentSources</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayPreferences</name>
    <message>
        <source>%1: %2 is not one of %3; using %4.</source>
        <translation>%1: %2 ist nicht eines von %3; %4 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; using the system&apos;s language.</source>
        <translation>%1: „%2“ ist kein Sprachcode; die Systemsprache wird verwendet.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time FieldConnect starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von FieldConnect.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>TESTING — %1</source>
        <translation>TEST — %1</translation>
    </message>
    <message>
        <source>SANDBOX — %1</source>
        <translation>SANDBOX — %1</translation>
    </message>
</context>
<context>
    <name>ExternalCallbackReceiver</name>
    <message>
        <source>The callback could not be recorded; see the FieldConnect window.</source>
        <translation>Die Rückmeldung konnte nicht erfasst werden; siehe das FieldConnect-Fenster.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % for %2; FieldConnect checks it with the API.</source>
        <translation>Deepomatic meldete %1 % für %2; FieldConnect prüft das mit der API.</translation>
    </message>
</context>
<context>
    <name>FieldConnectApp</name>
    <message>
        <source>running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>läuft als root: Die Sandbox der Webansicht ist deaktiviert. Starten Sie FieldConnect als normaler Benutzer, um sie zu behalten.</translation>
    </message>
    <message>
        <source>the saved interface language &quot;%1&quot; is not one of %2; using the system&apos;s.</source>
        <translation>die gespeicherte Oberflächensprache „%1“ ist nicht eine von %2; die Systemsprache wird verwendet.</translation>
    </message>
    <message>
        <source>ignoring a saved site profile: %1</source>
        <translation>ein gespeichertes Standortprofil wird ignoriert: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>das Datenverzeichnis „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>no log file: %1</source>
        <translation>keine Protokolldatei: %1</translation>
    </message>
    <message>
        <source>FIELDCONNECT_SANDBOX_FAULTS: %1</source>
        <translation>FIELDCONNECT_SANDBOX_FAULTS: %1</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Warning: this computer has no credential store, and your organisation allows API tokens to be kept in a file instead: %1. Only your user account can read it, but anyone with access to your account or a backup of it can.</source>
        <translation>Warnung: Dieser Computer hat keinen Anmeldedatenspeicher, und Ihre Organisation erlaubt, API-Tokens stattdessen in einer Datei aufzubewahren: %1. Nur Ihr Benutzerkonto kann sie lesen, aber jeder mit Zugriff auf Ihr Konto oder eine Sicherung davon ebenfalls.</translation>
    </message>
    <message>
        <source>This computer has no credential store: API tokens are kept in memory for this session only, and asked again at the next start.</source>
        <translation>Dieser Computer hat keinen Anmeldedatenspeicher: API-Tokens werden nur für diese Sitzung im Speicher gehalten und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>There is no API token for %1.</source>
        <translation>Für %1 gibt es kein API-Token.</translation>
    </message>
    <message>
        <source>Warning: no credential store on this computer; as your organisation allows, API tokens are stored in a file readable only by you (see Settings).</source>
        <translation>Warnung: kein Anmeldedatenspeicher auf diesem Computer; wie von Ihrer Organisation erlaubt, werden API-Tokens in einer nur für Sie lesbaren Datei gespeichert (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Supervisor PIN (4 to 12 digits): </source>
        <translation>Supervisor-PIN (4 bis 12 Ziffern): </translation>
    </message>
    <message>
        <source>--hash-pin: %1 on standard input.</source>
        <translation>--hash-pin: %1 auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>An intervention is open in Deepomatic</source>
        <translation>Ein Einsatz ist in Deepomatic geöffnet</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>a file readable only by you (%1)</source>
        <translation>eine nur für Sie lesbare Datei (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>No credential is stored.</source>
        <translation>Es sind keine Anmeldedaten gespeichert.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Tar-Archive (*.tar)</translation>
    </message>
    <message>
        <source>About FieldConnect</source>
        <translation>Über FieldConnect</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Diagnose exportieren…</translation>
    </message>
    <message>
        <source>One archive of the logs, versions and settings for support, with every token, password and cookie removed.</source>
        <translation>Ein Archiv der Protokolle, Versionen und Einstellungen für den Support, ohne Tokens, Passwörter und Cookies.</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnose gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1 (%2 files). Tokens, passwords and cookies were removed: you can send this file to support.</source>
        <translation>Die Diagnose wurde unter %1 gespeichert (%2 Dateien). Tokens, Passwörter und Cookies wurden entfernt: Sie können diese Datei an den Support senden.</translation>
    </message>
    <message>
        <source>Diagnostics not saved.</source>
        <translation>Diagnose nicht gespeichert.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1</source>
        <translation>Die Diagnose wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The log folder could not be opened; it is %1.</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden; er ist %1.</translation>
    </message>
    <message>
        <source>Exporting diagnostics to %1…</source>
        <translation>Diagnose wird nach %1 exportiert…</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a section header must be &quot;[name]&quot;</source>
        <translation>eine Abschnittsüberschrift muss „[name]“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key=value&quot; line</source>
        <translation>„%1“ ist keine Zeile „key=value“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message numerus="yes">
        <source>The running FieldConnect did not answer within %n second(s).</source>
        <translation>
            <numerusform>Das laufende FieldConnect hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Das laufende FieldConnect hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running FieldConnect closed the connection without an answer.</source>
        <translation>Das laufende FieldConnect hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The running FieldConnect gave an answer that could not be read.</source>
        <translation>Das laufende FieldConnect gab eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message from the other FieldConnect process could not be read.</source>
        <translation>Die Nachricht des anderen FieldConnect-Prozesses konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only a fieldconnect://callback/ URL can be handed to FieldConnect.</source>
        <translation>Nur eine fieldconnect://callback/-URL kann an FieldConnect übergeben werden.</translation>
    </message>
    <message>
        <source>FieldConnect is still starting; try again.</source>
        <translation>FieldConnect startet noch; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Another FieldConnect already answers on %1.</source>
        <translation>Ein anderes FieldConnect antwortet bereits auf %1.</translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>Deepomatic ist nicht erreichbar (keine Antwort innerhalb von %n Sekunde); es wird erneut gefragt, wenn das Netz wieder da ist.</numerusform>
            <numerusform>Deepomatic ist nicht erreichbar (keine Antwort innerhalb von %n Sekunden); es wird erneut gefragt, wenn das Netz wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.</source>
        <translation>Das API-Token von %1 ist noch nicht geladen; Deepomatic wird gefragt, sobald es da ist.</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>In Deepomatic angelegt.</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>Kein Arbeitsauftrag ausgewählt.</translation>
    </message>
    <message>
        <source>This intervention is closed.</source>
        <translation>Dieser Einsatz ist abgeschlossen.</translation>
    </message>
    <message>
        <source>A work order with the reference %1 already exists.</source>
        <translation>Ein Arbeitsauftrag mit der Referenz %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Geplant.</translation>
    </message>
    <message>
        <source>The work order %1 no longer exists.</source>
        <translation>Der Arbeitsauftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Opened in Deepomatic.</source>
        <translation>In Deepomatic geöffnet.</translation>
    </message>
    <message>
        <source>The callback belongs to a launch that is no longer current.</source>
        <translation>Die Rückmeldung gehört zu einem Start, der nicht mehr aktuell ist.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % progress.</source>
        <translation>Deepomatic meldete %1 % Fortschritt.</translation>
    </message>
    <message>
        <source>Already created in Deepomatic.</source>
        <translation>Bereits in Deepomatic angelegt.</translation>
    </message>
    <message>
        <source>Closed with unverified progress %1 % (site policy allows it).</source>
        <translation>Abgeschlossen mit ungeprüftem Fortschritt %1 % (vom Standort erlaubt).</translation>
    </message>
    <message>
        <source>Closed with verified progress %1 % (at least %2 % required).</source>
        <translation>Abgeschlossen mit geprüftem Fortschritt %1 % (mindestens %2 % erforderlich).</translation>
    </message>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Dieser Einsatz ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Closed by supervisor override: %1</source>
        <translation>Abgeschlossen durch Freigabe von Vorgesetzten: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Es sind keine Anmeldedaten gespeichert.</translation>
    </message>
    <message>
        <source>The credential store refused access (%1). Unlock it and try again.</source>
        <translation>Der Anmeldedatenspeicher hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer has no credential store (%1).</source>
        <translation>Dieser Computer hat keinen Anmeldedatenspeicher (%1).</translation>
    </message>
    <message>
        <source>The credential store failed: %1</source>
        <translation>Der Anmeldedatenspeicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret Service or KWallet</source>
        <translation>Secret Service oder KWallet</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s. It may be locked.</source>
        <translation>Der Anmeldedatenspeicher hat nicht innerhalb von %1 s geantwortet. Er ist möglicherweise gesperrt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldConnect</source>
        <translation>FieldConnect</translation>
    </message>
    <message>
        <source>Search work orders, addresses, technicians…</source>
        <translation>Arbeitsaufträge, Adressen, Techniker suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Create in Deepomatic…</source>
        <translation>In Deepomatic anlegen…</translation>
    </message>
    <message>
        <source>Create the selected work orders in Deepomatic, or every planned one when none is selected.</source>
        <translation>Die ausgewählten Arbeitsaufträge in Deepomatic anlegen, oder alle geplanten, wenn keiner ausgewählt ist.</translation>
    </message>
    <message>
        <source>Offline. Your work is kept on this device and sent when the network is back.</source>
        <translation>Offline. Ihre Arbeit bleibt auf diesem Gerät und wird gesendet, sobald das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menü</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Anwendungsmenü</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Standortprofile und API-Token</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Anzeige…</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Design, Textgröße und Sprache</translation>
    </message>
    <message>
        <source>Checking %1 in Deepomatic…</source>
        <translation>%1 wird in Deepomatic geprüft…</translation>
    </message>
    <message>
        <source>Cancelled: a return from the browser for this launch is now refused.</source>
        <translation>Abgebrochen: Eine Rückkehr aus dem Browser für diesen Start wird jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 %. Checking with the API…</source>
        <translation>Deepomatic meldete %1 %. Prüfung mit der API…</translation>
    </message>
    <message>
        <source>A return from Deepomatic was ignored: %1</source>
        <translation>Eine Rückkehr aus Deepomatic wurde ignoriert: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Deepomatic</source>
        <translation>&amp;Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic…</source>
        <translation>Von Deepomatic abmelden…</translation>
    </message>
    <message>
        <source>Signed out of Deepomatic. The next work order you open asks you to sign in.</source>
        <translation>Von Deepomatic abgemeldet. Der nächste Arbeitsauftrag, den Sie öffnen, fragt nach einer Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-out incomplete: %1</source>
        <translation>Abmeldung unvollständig: %1</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic</source>
        <translation>Von Deepomatic abmelden</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic on this device for %1?

The next work order you open will ask you to sign in again. The work orders and their progress in FieldConnect are kept.</source>
        <translation>Auf diesem Gerät für %1 von Deepomatic abmelden?

Der nächste Arbeitsauftrag, den Sie öffnen, verlangt eine neue Anmeldung. Die Arbeitsaufträge und ihr Fortschritt in FieldConnect bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <source>Import planning…</source>
        <translation>Planung importieren…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt aktualisieren</translation>
    </message>
    <message>
        <source>Verify the progress of the selected work orders (of every one created in Deepomatic when at most one is selected) with the API.</source>
        <translation>Den Fortschritt der ausgewählten Arbeitsaufträge (aller in Deepomatic angelegten, wenn höchstens einer ausgewählt ist) mit der API prüfen.</translation>
    </message>
    <message>
        <source>No work order created in Deepomatic to refresh.</source>
        <translation>Kein in Deepomatic angelegter Arbeitsauftrag zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Import planning</source>
        <translation>Planung importieren</translation>
    </message>
    <message>
        <source>Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Planungsdateien (*.csv *.json);;CSV (*.csv);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag aus %1 importiert.</numerusform>
            <numerusform>%n Arbeitsaufträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n Zeile übersprungen; siehe die Details.</numerusform>
            <numerusform>%n Zeilen übersprungen; siehe die Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning imported</source>
        <translation>Planung importiert</translation>
    </message>
    <message>
        <source>Planning not imported</source>
        <translation>Planung nicht importiert</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Work orders of %1</source>
        <translation>Arbeitsaufträge von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n ungewiss</numerusform>
            <numerusform>%n ungewiss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting in the outbox to reach Deepomatic or the back office. Open the outbox to see them.</source>
        <translation>Anfragen, die im Postausgang darauf warten, Deepomatic oder das Backoffice zu erreichen. Öffnen Sie den Postausgang, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Arbeitsaufträge werden geladen…</translation>
    </message>
    <message>
        <source>Offline: the sandbox (%1) cannot be reached</source>
        <translation>Offline: Die Sandbox (%1) ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Offline: %1 ist nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n Arbeitsauftrag angezeigt</numerusform>
            <numerusform>%n Arbeitsaufträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the sandbox (%1)</source>
        <translation>Mit der Sandbox verbunden (%1)</translation>
    </message>
    <message>
        <source>Connected to %1 (testing)</source>
        <translation>Mit %1 verbunden (Test)</translation>
    </message>
    <message>
        <source>Connected to %1 (production)</source>
        <translation>Mit %1 verbunden (Produktion)</translation>
    </message>
    <message>
        <source>Needs review: closed with unverified progress, which Deepomatic later contradicted.</source>
        <translation>Zu prüfen: mit ungeprüftem Fortschritt abgeschlossen, dem Deepomatic später widersprochen hat.</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to Deepomatic or the back office.</source>
        <translation>Ausstehend: wartet auf das Senden an Deepomatic oder das Backoffice.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Freigabe durch Vorgesetzte</translation>
    </message>
    <message>
        <source>Close this intervention although it is blocked. The reason is kept in the audit trail (at least %1 characters):</source>
        <translation>Diesen Einsatz abschließen, obwohl er blockiert ist. Die Begründung wird im Prüfprotokoll aufbewahrt (mindestens %1 Zeichen):</translation>
    </message>
    <message>
        <source>Intervention closed by supervisor override.</source>
        <translation>Einsatz durch Freigabe von Vorgesetzten abgeschlossen.</translation>
    </message>
    <message>
        <source>Link to the work order in Deepomatic</source>
        <translation>Mit dem Arbeitsauftrag in Deepomatic verknüpfen</translation>
    </message>
    <message>
        <source>Find the work order named %1 in Deepomatic and enter its id (the last part of its address there). FieldConnect checks the name before linking.</source>
        <translation>Suchen Sie den Arbeitsauftrag namens %1 in Deepomatic und geben Sie seine ID ein (der letzte Teil seiner Adresse dort). FieldConnect prüft den Namen vor dem Verknüpfen.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Erneut anlegen</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Create it again only if you checked that Deepomatic has no work order named %1: otherwise there will be two.</source>
        <translation>Das erste Anlegen von %1 hat Deepomatic möglicherweise erreicht. Legen Sie ihn nur erneut an, wenn Sie geprüft haben, dass Deepomatic keinen Arbeitsauftrag namens %1 hat: sonst gibt es zwei.</translation>
    </message>
    <message>
        <source>Sent again to Deepomatic.</source>
        <translation>Erneut an Deepomatic gesendet.</translation>
    </message>
    <message>
        <source>Intervention closed.</source>
        <translation>Einsatz abgeschlossen.</translation>
    </message>
    <message>
        <source>Leave kiosk…</source>
        <translation>Kiosk verlassen…</translation>
    </message>
    <message>
        <source>Kiosk mode left.</source>
        <translation>Kioskmodus verlassen.</translation>
    </message>
    <message>
        <source>Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → Leave kiosk…</source>
        <translation>Kioskmodus: FieldConnect bleibt geöffnet. Ein Supervisor kann ihn über ☰ Menü → Kiosk verlassen… beenden</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Arbeitsaufträge suchen</translation>
    </message>
    <message>
        <source>Filters the list by name, address, technician or type as you type.</source>
        <translation>Filtert die Liste beim Tippen nach Name, Adresse, Techniker oder Typ.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Shows only the work orders with this status.</source>
        <translation>Zeigt nur die Arbeitsaufträge mit diesem Status.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Etikett scannen</translation>
    </message>
    <message>
        <source>Open a work order by scanning the QR code or barcode on the equipment</source>
        <translation>Einen Arbeitsauftrag öffnen, indem Sie den QR-Code oder Barcode am Gerät scannen</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Press Enter to open the selected work order in Deepomatic, or to reach its actions.</source>
        <translation>Drücken Sie die Eingabetaste, um den ausgewählten Arbeitsauftrag in Deepomatic zu öffnen oder seine Aktionen zu erreichen.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Es sind keine Anmeldedaten gespeichert.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot queue a request for %1</source>
        <translation>Für %1 kann keine Anfrage eingereiht werden</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot queue requests</source>
        <translation>Anfragen können nicht eingereiht werden</translation>
    </message>
    <message>
        <source>Cannot mark request %1 as sent</source>
        <translation>Anfrage %1 kann nicht als gesendet markiert werden</translation>
    </message>
    <message>
        <source>Request %1 cannot go from in flight to %2.</source>
        <translation>Anfrage %1 kann nicht von „unterwegs“ zu %2 wechseln.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of request %1</source>
        <translation>Das Ergebnis der Anfrage %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Request %1 is no longer in flight.</source>
        <translation>Anfrage %1 ist nicht mehr unterwegs.</translation>
    </message>
    <message>
        <source>Cannot resume request %1</source>
        <translation>Anfrage %1 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Cannot reschedule request %1</source>
        <translation>Anfrage %1 kann nicht neu eingeplant werden</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent again now.</source>
        <translation>Anfrage %1 kann jetzt nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Request %1 is not in doubt or failed.</source>
        <translation>Anfrage %1 ist weder ungewiss noch fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot update request %1</source>
        <translation>Anfrage %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>Anfrage %1 hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>Cannot cancel request %1</source>
        <translation>Anfrage %1 kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Der Postausgang kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot discard request %1</source>
        <translation>Anfrage %1 kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Discarded from the outbox (%1, %2): it will not be sent.</source>
        <translation>Aus dem Postausgang verworfen (%1, %2): Sie wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Wiederholen…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>%1, next attempt at %2</source>
        <translation>%1, nächster Versuch um %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Nothing is waiting: every request reached Deepomatic.</source>
        <translation>Nichts wartet: Jede Anfrage hat Deepomatic erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Noch nicht erledigte Anfragen: %n.</numerusform>
            <numerusform>Noch nicht erledigte Anfragen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>Wartet auf Sie: %n (eine auswählen, dann Wiederholen oder Verwerfen).</numerusform>
            <numerusform>Warten auf Sie: %n (eine auswählen, dann Wiederholen oder Verwerfen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Sending it again can make a second work order with the same name. Send it again?</source>
        <translation>Das erste Anlegen von %1 hat Deepomatic möglicherweise erreicht. Erneutes Senden kann einen zweiten Arbeitsauftrag mit demselben Namen erzeugen. Erneut senden?</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; for %2 again, as it is?</source>
        <translation>„%1“ für %2 unverändert erneut senden?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: sent again.</source>
        <translation>%1: erneut gesendet.</translation>
    </message>
    <message>
        <source>FieldConnect will stop trying &quot;%1&quot; for %2. The work order stays here and the discard is kept in its history.</source>
        <translation>FieldConnect versucht „%1“ für %2 nicht mehr. Der Arbeitsauftrag bleibt hier, und das Verwerfen wird in seinem Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>If the creation reached Deepomatic, that work order stays there; link it from the work order&apos;s pane.</source>
        <translation>Hat das Anlegen Deepomatic erreicht, bleibt dieser Arbeitsauftrag dort; verknüpfen Sie ihn im Bereich des Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1: discarded.</source>
        <translation>%1: verworfen.</translation>
    </message>
    <message>
        <source>Requests in the outbox</source>
        <translation>Anfragen im Postausgang</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>In Deepomatic anlegen</translation>
    </message>
    <message>
        <source>Verify the progress</source>
        <translation>Fortschritt prüfen</translation>
    </message>
    <message>
        <source>Send the closure report</source>
        <translation>Abschlussbericht senden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Ungewiss</translation>
    </message>
</context>
<context>
    <name>OutboxRules</name>
    <message>
        <source>FieldConnect stopped while creating this work order, and this site cannot be searched by name: it may or may not exist in Deepomatic. Check in Deepomatic, then send it again or leave it.</source>
        <translation>FieldConnect wurde beim Anlegen dieses Arbeitsauftrags beendet, und dieser Standort kann nicht nach Namen durchsucht werden: Er existiert in Deepomatic möglicherweise. Prüfen Sie das in Deepomatic und senden Sie ihn dann erneut oder lassen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Creation in doubt: it may already exist in Deepomatic. Check there, then link it or create it again from its details.</source>
        <translation>Anlegen ungewiss: Er existiert möglicherweise schon in Deepomatic. Prüfen Sie das dort und verknüpfen Sie ihn dann oder legen Sie ihn über seine Details erneut an.</translation>
    </message>
    <message>
        <source>Queued for creation in Deepomatic.</source>
        <translation>Zum Anlegen in Deepomatic eingereiht.</translation>
    </message>
    <message>
        <source>%1 has no creation in doubt or failed to send again.</source>
        <translation>%1 hat kein ungewisses oder fehlgeschlagenes Anlegen, das erneut gesendet werden könnte.</translation>
    </message>
    <message>
        <source>Sent again: checked that it was not in Deepomatic.</source>
        <translation>Erneut gesendet: Es wurde geprüft, dass er nicht in Deepomatic war.</translation>
    </message>
    <message>
        <source>Sent again after it failed.</source>
        <translation>Nach einem Fehlschlag erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 sent again after it failed.</source>
        <translation>%1 nach einem Fehlschlag erneut gesendet.</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the outbox.</source>
        <translation>Anfrage %1 ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>%1 is not a work order.</source>
        <translation>%1 ist kein Arbeitsauftrag.</translation>
    </message>
    <message>
        <source>%1 is already linked to the Deepomatic work order %2.</source>
        <translation>%1 ist bereits mit dem Deepomatic-Arbeitsauftrag %2 verknüpft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Deepomatic work order id: it is a UUID such as 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</source>
        <translation>„%1“ ist keine Deepomatic-Arbeitsauftrags-ID: Das ist eine UUID wie 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</translation>
    </message>
    <message>
        <source>%1 is being created in Deepomatic right now: wait for the outcome.</source>
        <translation>%1 wird gerade in Deepomatic angelegt: Warten Sie das Ergebnis ab.</translation>
    </message>
    <message>
        <source>Deepomatic has no work order %1.</source>
        <translation>Deepomatic hat keinen Arbeitsauftrag %1.</translation>
    </message>
    <message>
        <source>Cannot check the work order %1 in Deepomatic: %2</source>
        <translation>Der Arbeitsauftrag %1 kann in Deepomatic nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The Deepomatic work order %1 is named &quot;%2&quot;, not &quot;%3&quot;: not linked.</source>
        <translation>Der Deepomatic-Arbeitsauftrag %1 heißt „%2“, nicht „%3“: nicht verknüpft.</translation>
    </message>
    <message>
        <source>Linked to the work order found in Deepomatic (%1).</source>
        <translation>Mit dem in Deepomatic gefundenen Arbeitsauftrag verknüpft (%1).</translation>
    </message>
    <message>
        <source>%1 is linked to the Deepomatic work order %2.</source>
        <translation>%1 ist mit dem Deepomatic-Arbeitsauftrag %2 verknüpft.</translation>
    </message>
    <message>
        <source>the create was interrupted and this site cannot be searched by name</source>
        <translation>das Anlegen wurde unterbrochen, und dieser Standort kann nicht nach Namen durchsucht werden</translation>
    </message>
    <message>
        <source>the create was interrupted and the site refused the look-up by name: %1</source>
        <translation>das Anlegen wurde unterbrochen, und der Standort hat die Suche nach Namen abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>das Anlegen wurde unterbrochen, und in Deepomatic existiert %n Arbeitsauftrag mit diesem Namen</numerusform>
            <numerusform>das Anlegen wurde unterbrochen, und in Deepomatic existieren %n Arbeitsaufträge mit diesem Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>In Deepomatic angelegt.</translation>
    </message>
    <message>
        <source>the work order %1 does not exist in Deepomatic</source>
        <translation>der Arbeitsauftrag %1 existiert nicht in Deepomatic</translation>
    </message>
    <message>
        <source>the API returned work order %1 instead of %2</source>
        <translation>die API lieferte den Arbeitsauftrag %1 statt %2</translation>
    </message>
    <message>
        <source>Closed with unverified progress; Deepomatic now reports %1 %, below the %2 % required. A supervisor must review this intervention.</source>
        <translation>Mit ungeprüftem Fortschritt abgeschlossen; Deepomatic meldet jetzt %1 %, unter den erforderlichen %2 %. Vorgesetzte müssen diesen Einsatz prüfen.</translation>
    </message>
    <message>
        <source>The unverified closure is confirmed: Deepomatic reports %1 %.</source>
        <translation>Der ungeprüfte Abschluss ist bestätigt: Deepomatic meldet %1 %.</translation>
    </message>
    <message>
        <source>no back-office URL is configured for closure reports</source>
        <translation>für Abschlussberichte ist keine Backoffice-URL konfiguriert</translation>
    </message>
    <message>
        <source>Closure report sent to the back office.</source>
        <translation>Abschlussbericht an das Backoffice gesendet.</translation>
    </message>
    <message>
        <source>The back office refused the closure report: %1</source>
        <translation>Das Backoffice hat den Abschlussbericht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeValidation</name>
    <message>
        <source>%1 is not an array.</source>
        <translation>%1 ist kein Array.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1.schema is missing or is not an object.</source>
        <translation>%1.schema fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1.schema: %2</source>
        <translation>%1.schema: %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1.%2 is not true or false.</source>
        <translation>%1.%2 ist weder true noch false.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is not one of %1.</source>
        <translation>„type“ ist nicht eines von %1.</translation>
    </message>
    <message>
        <source>&quot;enum&quot; is not an array.</source>
        <translation>„enum“ ist kein Array.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative integer.</source>
        <translation>„%1“ ist keine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is longer than %1 characters.</source>
        <translation>„pattern“ ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a regular expression (%1).</source>
        <translation>„pattern“ ist kein regulärer Ausdruck (%1).</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is not understood.</source>
        <translation>das Schlüsselwort „%1“ wird nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Photo not sent</source>
        <translation>Foto nicht gesendet</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>The camera gave an empty photo.</source>
        <translation>Die Kamera hat ein leeres Foto geliefert.</translation>
    </message>
    <message>
        <source>“%1” is not a photo FieldConnect can read (%2).</source>
        <translation>„%1“ ist kein Foto, das FieldConnect lesen kann (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder “%1” for photos cannot be made.</source>
        <translation>Der Ordner „%1“ für Fotos kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The photo cannot be written to “%1”: %2</source>
        <translation>Das Foto kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to the work order</source>
        <translation>Zurück zum Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Ganzes Foto</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Only the thumbnail can be shown: %1</source>
        <translation>Nur das Vorschaubild kann angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>a PIN has %1 to %2 digits</source>
        <translation>eine PIN hat %1 bis %2 Ziffern</translation>
    </message>
    <message>
        <source>a PIN has digits only (0 to 9)</source>
        <translation>eine PIN hat nur Ziffern (0 bis 9)</translation>
    </message>
    <message>
        <source>not a PIN hash of the form %1$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (make one with fieldconnect --hash-pin)</source>
        <translation>kein PIN-Hash der Form %1$&lt;Iterationen&gt;$&lt;Salt&gt;$&lt;Hash&gt; (erstellen Sie einen mit fieldconnect --hash-pin)</translation>
    </message>
    <message>
        <source>the iteration count &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>die Iterationszahl „%1“ ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <translation>das Salt ist kein Base64 von mindestens %1 Bytes</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <translation>der Hash ist kein Base64 von %1 Bytes</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor-PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>⌫ Back</source>
        <translation>⌫ Zurück</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No supervisor PIN is set in the deployment file, so kiosk mode cannot be left here. Ask your IT department (see [kiosk] pin_hash).</source>
        <translation>In der Bereitstellungsdatei ist keine Supervisor-PIN festgelegt, daher kann der Kioskmodus hier nicht verlassen werden. Wenden Sie sich an Ihre IT-Abteilung (siehe [kiosk] pin_hash).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, bevor die Tastatur wartet.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor die Tastatur wartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Sie können die PIN erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu oft eine falsche PIN. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu oft eine falsche PIN. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningFile</name>
    <message>
        <source>Field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a value that is not quoted; quote the whole value and double the quote (&quot;&quot;).</source>
        <translation>ein Anführungszeichen (&quot;) in einem Wert ohne Anführungszeichen; setzen Sie den ganzen Wert in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote.</source>
        <translation>Text nach dem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Field %1: a quoted value is never closed (the rest of the file was read into it).</source>
        <translation>Feld %1: Ein Wert in Anführungszeichen wird nie geschlossen (der Rest der Datei wurde hineingelesen).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text, not %2.</source>
        <translation>„%1“ muss eine Liste von Texten sein, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text; it contains %2.</source>
        <translation>„%1“ muss eine Liste von Texten sein; sie enthält %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>„%1“ muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object, not %1.</source>
        <translation>„metadata“ muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;metadata.%1&quot; must be text, a number or a boolean, not %2.</source>
        <translation>„metadata.%1“ muss Text, eine Zahl oder ein Wahrheitswert sein, nicht %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Unbekanntes Feld „%1“; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Das Pflichtfeld „%1“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>„%1“ hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Invalid name %1 (%2): %3</source>
        <translation>Ungültiger Name %1 (%2): %3</translation>
    </message>
    <message>
        <source>the reference is the name when &quot;name&quot; is empty</source>
        <translation>die Referenz ist der Name, wenn „name“ leer ist</translation>
    </message>
    <message>
        <source>Bad date %1 in &quot;planned_date&quot;: expected an ISO 8601 date yyyy-mm-dd, such as 2026-04-01.</source>
        <translation>Ungültiges Datum %1 in „planned_date“: erwartet wird ein ISO-8601-Datum jjjj-mm-tt, z. B. 2026-04-01.</translation>
    </message>
    <message>
        <source>Bad e-mail address %1 in &quot;technician_email&quot;.</source>
        <translation>Ungültige E-Mail-Adresse %1 in „technician_email“.</translation>
    </message>
    <message>
        <source>Unknown work order type %1; this site&apos;s types are: %2.</source>
        <translation>Unbekannter Arbeitsauftragstyp %1; die Typen dieses Standorts sind: %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: already used on line %2.</source>
        <translation>Doppelte Referenz %1: bereits in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Doppelte Referenz %1: Ein Arbeitsauftrag mit dieser Referenz existiert bereits (er wird nie überschrieben).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>Die Kopfzeile ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The header has an empty name (%1).</source>
        <translation>Die Kopfzeile hat einen leeren Namen (%1).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (%2).</source>
        <translation>Die Spalte „%1“ kommt zweimal vor (%2).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (%2); the columns are: %3, and meta.&lt;key&gt; for metadata.</source>
        <translation>Unbekannte Spalte „%1“ (%2); die Spalten sind: %3, sowie meta.&lt;key&gt; für Metadaten.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>Die Pflichtspalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The file has a header but no work orders.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Arbeitsaufträge.</translation>
    </message>
    <message>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>Das JSON ist fehlerhaft bei %1: %2.</translation>
    </message>
    <message>
        <source>A JSON planning is an array of work orders, or an object {&quot;work_orders&quot;: [...]}.</source>
        <translation>Eine JSON-Planung ist ein Array von Arbeitsaufträgen oder ein Objekt {&quot;work_orders&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; at the top. %2</source>
        <translation>Unbekannter Schlüssel „%1“ auf oberster Ebene. %2</translation>
    </message>
    <message>
        <source>The file has no work orders.</source>
        <translation>Die Datei hat keine Arbeitsaufträge.</translation>
    </message>
    <message>
        <source>The file has more than %1 work orders; split it.</source>
        <translation>Die Datei hat mehr als %1 Arbeitsaufträge; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>Work order %1 is %2, not an object.</source>
        <translation>Arbeitsauftrag %1 ist %2, kein Objekt.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a planning file may have at most %2.</source>
        <translation>Die Datei hat %1 Bytes; eine Planungsdatei darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad bytes on line %1); save it as UTF-8 (CSV UTF-8 in a spreadsheet).</source>
        <translation>Die Datei ist kein UTF-8-Text (erste ungültige Bytes in Zeile %1); speichern Sie sie als UTF-8 (in einer Tabellenkalkulation „CSV UTF-8“).</translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a planning file may have at most %3.</source>
        <translation>%1 hat %2 Bytes; eine Planungsdatei darf höchstens %3 haben.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as a planning.</source>
        <translation>Nichts wurde importiert: Die Datei kann nicht als Planung gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile hat Probleme, und der Import erfolgt ganz oder gar nicht.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen haben Probleme, und der Import erfolgt ganz oder gar nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row is good.</source>
        <translation>Nichts wurde importiert: Keine Zeile ist fehlerfrei.</translation>
    </message>
    <message>
        <source>Imported from the planning file %1, line %2.</source>
        <translation>Importiert aus der Planungsdatei %1, Zeile %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Duplicate reference &quot;%1&quot;: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Doppelte Referenz „%1“: Ein Arbeitsauftrag mit dieser Referenz existiert bereits (er wird nie überschrieben).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Referenz existiert bereits, und der Import erfolgt ganz oder gar nicht.</numerusform>
            <numerusform>Nichts wurde importiert: %n Referenzen existieren bereits, und der Import erfolgt ganz oder gar nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message>
        <source>Import planning: %1</source>
        <translation>Planung importieren: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Diese Datei kann nicht importiert werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag gelesen, fehlerfrei.</numerusform>
            <numerusform>%n Arbeitsaufträge gelesen, alle fehlerfrei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 work order(s) read: %2 good, %3 with problems (listed below with their line).</source>
        <translation>%1 Arbeitsauftrag/-aufträge gelesen: %2 fehlerfrei, %3 mit Problemen (unten mit ihrer Zeile aufgeführt).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>Ganz oder gar nicht: nur importieren, wenn jede Zeile fehlerfrei ist</translation>
    </message>
    <message>
        <source>Import the good rows, skip the others</source>
        <translation>Die fehlerfreien Zeilen importieren, die anderen überspringen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>No row is good: correct the file and import it again.</source>
        <translation>Keine Zeile ist fehlerfrei: Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Some rows have problems: with all or nothing, nothing would be imported.</source>
        <translation>Einige Zeilen haben Probleme: Bei „ganz oder gar nicht“ würde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag wird importiert; die oben aufgeführten Zeilen werden übersprungen.</numerusform>
            <numerusform>%n Arbeitsaufträge werden importiert; die oben aufgeführten Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag wird importiert.</numerusform>
            <numerusform>%n Arbeitsaufträge werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the planning file</source>
        <translation>Probleme in der Planungsdatei</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>There is no site profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Standortprofil „%1“.</translation>
    </message>
    <message>
        <source>The profile in use is set by your organisation (%1).</source>
        <translation>Das verwendete Profil wird von Ihrer Organisation festgelegt (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be changed here.</source>
        <translation>„%1“ stammt aus der Bereitstellungskonfiguration oder der Sandbox und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; must be lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Die Profil-ID „%1“ darf nur Kleinbuchstaben, Ziffern, „-“ oder „_“ enthalten.</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Ein Profil mit der ID „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A user profile is for testing or production, not the sandbox.</source>
        <translation>Ein Benutzerprofil ist für Test oder Produktion, nicht für die Sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be removed here.</source>
        <translation>„%1“ stammt aus der Bereitstellungskonfiguration oder der Sandbox und kann hier nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ProgressBarDelegate</name>
    <message>
        <source>no progress yet</source>
        <translation>noch kein Fortschritt</translation>
    </message>
    <message>
        <source>%1 % ✓</source>
        <translation>%1 % ✓</translation>
    </message>
    <message>
        <source>%1 % (unverified)</source>
        <translation>%1 % (ungeprüft)</translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Refreshing progress: %1 of %2</source>
        <translation>Fortschritt wird aktualisiert: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Fortschrittsaktualisierung abgebrochen: %n geprüft.</numerusform>
            <numerusform>Fortschrittsaktualisierung abgebrochen: %n geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Fortschritt aktualisiert: %n geprüft.</numerusform>
            <numerusform>Fortschritt aktualisiert: %n geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden.</numerusform>
            <numerusform>%n konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress refresh</source>
        <translation>Fortschrittsaktualisierung</translation>
    </message>
    <message>
        <source>Cancel the progress refresh</source>
        <translation>Fortschrittsaktualisierung abbrechen</translation>
    </message>
</context>
<context>
    <name>RemoteWorkOrder</name>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>Die Antwort hat kein Array „results“.</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or is not a UUID.</source>
        <translation>Das Feld „id“ fehlt oder ist keine UUID.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is missing or is not a string.</source>
        <translation>Das Feld „name“ fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Das Feld „progress_score“ ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>The field &quot;task_groups&quot; is not an array.</source>
        <translation>Das Feld „task_groups“ ist kein Array.</translation>
    </message>
    <message>
        <source>The field &quot;inputs&quot; is not an array.</source>
        <translation>Das Feld „inputs“ ist kein Array.</translation>
    </message>
    <message>
        <source>results[%1] is not an object.</source>
        <translation>results[%1] ist kein Objekt.</translation>
    </message>
    <message>
        <source>results[%1]: %2</source>
        <translation>results[%1]: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1.tasks is not an array.</source>
        <translation>%1.tasks ist kein Array.</translation>
    </message>
    <message>
        <source>%1 Its values are shown without a verdict.</source>
        <translation>%1 Seine Werte werden ohne Bewertung angezeigt.</translation>
    </message>
    <message>
        <source>%1.state is neither null nor an object.</source>
        <translation>%1.state ist weder null noch ein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no id.</source>
        <translation>%1 hat keine ID.</translation>
    </message>
    <message>
        <source>%1.task_group_name is missing or is not a string.</source>
        <translation>%1.task_group_name fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1.conformity_messages is not an array.</source>
        <translation>%1.conformity_messages ist kein Array.</translation>
    </message>
    <message>
        <source>%1.%2 is not a size in pixels.</source>
        <translation>%1.%2 ist keine Größe in Pixeln.</translation>
    </message>
    <message>
        <source>%1.media_type is not a string.</source>
        <translation>%1.media_type ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1.image_url is not a URL.</source>
        <translation>%1.image_url ist keine URL.</translation>
    </message>
</context>
<context>
    <name>RenderingGuard</name>
    <message>
        <source>FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now uses software rendering, which avoids graphics driver problems. Start with --enable-gpu to try the graphics card again.</source>
        <translation>FieldConnect wurde beim Anzeigen einer Deepomatic-Seite unerwartet beendet. Die Seite verwendet jetzt Software-Rendering, das Probleme mit Grafiktreibern vermeidet. Starten Sie mit --enable-gpu, um die Grafikkarte erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The Deepomatic page uses software rendering (--disable-gpu).</source>
        <translation>Die Deepomatic-Seite verwendet Software-Rendering (--disable-gpu).</translation>
    </message>
</context>
<context>
    <name>ScanResolver</name>
    <message>
        <source>The code read holds no text.</source>
        <translation>Der gelesene Code enthält keinen Text.</translation>
    </message>
    <message>
        <source>The code “%1” matches several work orders (%2): search for the one you want in the list.</source>
        <translation>Der Code „%1“ passt zu mehreren Arbeitsaufträgen (%2): Suchen Sie den gewünschten in der Liste.</translation>
    </message>
    <message>
        <source>No work order matches the code “%1”. Check that it is the label of a work order of this site, or search the list.</source>
        <translation>Kein Arbeitsauftrag passt zum Code „%1“. Prüfen Sie, ob es das Etikett eines Arbeitsauftrags dieses Standorts ist, oder durchsuchen Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s deployment file: read-only here.</source>
        <translation>Von der Bereitstellungsdatei Ihrer Organisation festgelegt: hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>The built-in sandbox: read-only.</source>
        <translation>Die eingebaute Sandbox: schreibgeschützt.</translation>
    </message>
    <message>
        <source>Your own profile, kept in your settings (never the token).</source>
        <translation>Ihr eigenes Profil, in Ihren Einstellungen gespeichert (nie das Token).</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Standortprofile und API-Token</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>for example: ACME fibre (testing)</source>
        <translation>zum Beispiel: ACME Glasfaser (Test)</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>for example: acme-testing</source>
        <translation>zum Beispiel: acme-testing</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Site id (UUID)</source>
        <translation>Standort-ID (UUID)</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Organisation slug</source>
        <translation>Organisations-Slug</translation>
    </message>
    <message>
        <source>Studio URL</source>
        <translation>Studio-URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>derived from the region and site id</source>
        <translation>aus Region und Standort-ID abgeleitet</translation>
    </message>
    <message>
        <source>Closing an intervention</source>
        <translation>Abschließen eines Einsatzes</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Schwellenwert (%)</translation>
    </message>
    <message>
        <source>Thresholds per work order type</source>
        <translation>Schwellenwerte je Arbeitsauftragstyp</translation>
    </message>
    <message>
        <source>for example: installation=80, maintenance=60</source>
        <translation>zum Beispiel: installation=80, maintenance=60</translation>
    </message>
    <message>
        <source>When Deepomatic cannot be reached</source>
        <translation>Wenn Deepomatic nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Block until the progress is verified</source>
        <translation>Blockieren, bis der Fortschritt geprüft ist</translation>
    </message>
    <message>
        <source>Allow an unverified progress (recorded as such)</source>
        <translation>Ungeprüften Fortschritt erlauben (als solcher erfasst)</translation>
    </message>
    <message>
        <source>May close a work order never opened on this device</source>
        <translation>Darf einen auf diesem Gerät nie geöffneten Arbeitsauftrag abschließen</translation>
    </message>
    <message>
        <source>A supervisor may close a blocked intervention, with a reason</source>
        <translation>Vorgesetzte dürfen einen blockierten Einsatz mit Begründung abschließen</translation>
    </message>
    <message>
        <source>Connector and callback</source>
        <translation>Connector und Rückmeldung</translation>
    </message>
    <message>
        <source>Connector opens</source>
        <translation>Connector öffnet sich</translation>
    </message>
    <message>
        <source>Inside FieldConnect</source>
        <translation>In FieldConnect</translation>
    </message>
    <message>
        <source>In the system browser</source>
        <translation>Im Systembrowser</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>fieldconnect:// address</source>
        <translation>fieldconnect://-Adresse</translation>
    </message>
    <message>
        <source>https:// address of the site</source>
        <translation>https://-Adresse des Standorts</translation>
    </message>
    <message>
        <source>Callback https prefix</source>
        <translation>https-Präfix der Rückmeldung</translation>
    </message>
    <message>
        <source>Pass the progress in the URL fragment</source>
        <translation>Fortschritt im URL-Fragment übergeben</translation>
    </message>
    <message>
        <source>Private browsing: never keep the Deepomatic sign-in</source>
        <translation>Privates Surfen: die Deepomatic-Anmeldung nie behalten</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Sign-in hosts</source>
        <translation>Anmelde-Hosts</translation>
    </message>
    <message>
        <source>for example: login.example.com, sso.example.com</source>
        <translation>zum Beispiel: login.example.com, sso.example.com</translation>
    </message>
    <message>
        <source>Photo hosts</source>
        <translation>Foto-Hosts</translation>
    </message>
    <message>
        <source>for example: storage.example.com</source>
        <translation>zum Beispiel: storage.example.com</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links zu anderen Sites</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Opened in the system browser</source>
        <translation>Im Systembrowser geöffnet</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <source>Allowed for the sign-in and studio hosts</source>
        <translation>Für die Anmelde- und Studio-Hosts erlaubt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Allow downloads from the page</source>
        <translation>Downloads von der Seite erlauben</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>The site can find a work order by name (resolves uncertain creations)</source>
        <translation>Der Standort kann einen Arbeitsauftrag nach Namen finden (klärt ungewisse Anlagen)</translation>
    </message>
    <message>
        <source>Closure report URL</source>
        <translation>URL für Abschlussberichte</translation>
    </message>
    <message>
        <source>none: no report is sent</source>
        <translation>keine: Es wird kein Bericht gesendet</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Angeheftetes Zertifikat</translation>
    </message>
    <message>
        <source>for example: host.example.com followed by its SHA-256 fingerprint</source>
        <translation>zum Beispiel: host.example.com gefolgt von seinem SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Deepomatic API token</source>
        <translation>Deepomatic-API-Token</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Tokens werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Paste a new token to set it; the stored one is never shown</source>
        <translation>Fügen Sie ein neues Token ein, um es festzulegen; das gespeicherte wird nie angezeigt</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>Set by your organisation in %1; it cannot be changed here.</source>
        <translation>Von Ihrer Organisation in %1 festgelegt; kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Set by your organisation: the profile in use cannot be changed (%1).</source>
        <translation>Von Ihrer Organisation festgelegt: Das verwendete Profil kann nicht geändert werden (%1).</translation>
    </message>
    <message>
        <source>A new profile of your own.</source>
        <translation>Ein neues eigenes Profil.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Fügen Sie zuerst das Token ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Token saved in %1.</source>
        <translation>Token in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1
The token is kept in memory for this session only.</source>
        <translation>%1
Das Token wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token entfernt.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>No token is stored for %1: paste one above.</source>
        <translation>Für %1 ist kein Token gespeichert: Fügen Sie oben eines ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;work order type&gt;=&lt;threshold&gt;</source>
        <translation>„%1“ ist nicht &lt;Arbeitsauftragstyp&gt;=&lt;Schwellenwert&gt;</translation>
    </message>
    <message>
        <source>Longest photo side (pixels)</source>
        <translation>Längste Fotoseite (Pixel)</translation>
    </message>
    <message>
        <source>Site profiles</source>
        <translation>Standortprofile</translation>
    </message>
    <message>
        <source>Metadata field on the labels (Scan)</source>
        <translation>Metadatenfeld auf den Etiketten (Scannen)</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>site_id is missing or is not a UUID.</source>
        <translation>site_id fehlt oder ist keine UUID.</translation>
    </message>
    <message>
        <source>org_slug &quot;%1&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;).</source>
        <translation>org_slug „%1“ ist kein Slug (Kleinbuchstaben, Ziffern, „-“ oder „_“).</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>Die Studio-URL „%1“ muss https sein (einfaches http nur auf Loopback).</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>Die API-URL „%1“ muss https sein (einfaches http nur auf Loopback).</translation>
    </message>
    <message>
        <source>The threshold %1 is outside 0–100.</source>
        <translation>Der Schwellenwert %1 liegt außerhalb von 0–100.</translation>
    </message>
    <message>
        <source>%1 requests in flight is outside %2–%3.</source>
        <translation>%1 gleichzeitige Anfragen liegt außerhalb von %2–%3.</translation>
    </message>
    <message>
        <source>The https callback prefix &quot;%1&quot; must be an https URL with a host.</source>
        <translation>Das https-Präfix der Rückmeldung „%1“ muss eine https-URL mit Host sein.</translation>
    </message>
    <message>
        <source>connector_mode &quot;external&quot; needs callback_mode &quot;scheme&quot;: the browser can only give a fieldconnect:// callback back to the app.</source>
        <translation>connector_mode „external“ erfordert callback_mode „scheme“: Der Browser kann der App nur eine fieldconnect://-Rückmeldung zurückgeben.</translation>
    </message>
    <message>
        <source>The closure report URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>Die URL für Abschlussberichte „%1“ muss https sein (einfaches http nur auf Loopback).</translation>
    </message>
    <message>
        <source>The navigation allow-list entry &quot;%1&quot; is not a host name.</source>
        <translation>Der Eintrag „%1“ der Navigations-Zulassungsliste ist kein Hostname.</translation>
    </message>
    <message>
        <source>A photo side of %1 pixels is outside %2–%3.</source>
        <translation>Eine Fotoseite von %1 Pixeln liegt außerhalb von %2–%3.</translation>
    </message>
    <message>
        <source>scan_key &quot;%1&quot; is not a metadata field name (letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, at most 64).</source>
        <translation>scan_key „%1“ ist kein Metadatenfeldname (Buchstaben, Ziffern, „_“, „-“ oder „.“, höchstens 64).</translation>
    </message>
</context>
<context>
    <name>SiteProfileConfig</name>
    <message>
        <source>%1: [%2] %3: %4</source>
        <translation>%1: [%2] %3: %4</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 or %3</source>
        <translation>„%1“ ist weder %2 noch %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL (plain http only on loopback)</source>
        <translation>„%1“ ist keine https-URL (einfaches http nur auf Loopback)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>„%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>„%1“ ist kein Slug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 100 für einen benannten Arbeitsauftragstyp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>„%1“ ist nicht „&lt;Host&gt; &lt;SHA-256-Fingerabdruck&gt;“</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1: [%2] %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field name</source>
        <translation>„%1“ ist kein Metadatenfeldname</translation>
    </message>
</context>
<context>
    <name>TaskCorrection</name>
    <message>
        <source>The field &quot;id&quot; is missing or is not a task id.</source>
        <translation>Das Feld „id“ fehlt oder ist keine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>The field &quot;state&quot; is missing or is not an object.</source>
        <translation>Das Feld „state“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;state.corrected_value&quot; is missing.</source>
        <translation>Das Feld „state.corrected_value“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;state.message&quot; is not a string.</source>
        <translation>Das Feld „state.message“ ist keine Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Nicht analysiert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Not OK</source>
        <translation>Nicht OK</translation>
    </message>
    <message>
        <source>Not OK: %1</source>
        <translation>Nicht OK: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Deepomatic API token</source>
        <translation>Deepomatic-API-Token</translation>
    </message>
    <message>
        <source>API token for %1 (%2):</source>
        <translation>API-Token für %1 (%2):</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>Kein Anmeldedatenspeicher</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

Das API-Token wird bei jedem Start abgefragt und nur im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>WebProfiles</name>
    <message>
        <source>The studio address of this site is not valid; its web storage was not cleared.</source>
        <translation>Die Studio-Adresse dieses Standorts ist ungültig; sein Webspeicher wurde nicht geleert.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be cleared in time.</source>
        <translation>Der Deepomatic-Webspeicher konnte nicht rechtzeitig geleert werden.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be opened to clear it.</source>
        <translation>Der Deepomatic-Webspeicher konnte zum Leeren nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage was not cleared (%1).</source>
        <translation>Der Deepomatic-Webspeicher wurde nicht geleert (%1).</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Select a work order in the list.</source>
        <translation>Wählen Sie einen Arbeitsauftrag in der Liste aus.</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>In Deepomatic anlegen</translation>
    </message>
    <message>
        <source>Open in Deepomatic</source>
        <translation>In Deepomatic öffnen</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt aktualisieren</translation>
    </message>
    <message>
        <source>Preview in Deepomatic</source>
        <translation>Vorschau in Deepomatic</translation>
    </message>
    <message>
        <source>Look at the Deepomatic page read-only: nothing done there changes this work order.</source>
        <translation>Die Deepomatic-Seite schreibgeschützt ansehen: Nichts, was dort geschieht, ändert diesen Arbeitsauftrag.</translation>
    </message>
    <message>
        <source>Close intervention</source>
        <translation>Einsatz abschließen</translation>
    </message>
    <message>
        <source>Link to the existing one…</source>
        <translation>Mit dem vorhandenen verknüpfen…</translation>
    </message>
    <message>
        <source>This work order may already be in Deepomatic: enter its id from there, so that it is not created twice.</source>
        <translation>Dieser Arbeitsauftrag ist möglicherweise schon in Deepomatic: Geben Sie seine ID von dort ein, damit er nicht doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>Create again…</source>
        <translation>Erneut anlegen…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Freigabe durch Vorgesetzte…</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Fotos und Ergebnisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Deepomatic id</source>
        <translation>Deepomatic-ID</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>Reported by Deepomatic&apos;s callback on %1, not verified yet.</source>
        <translation>Von der Deepomatic-Rückmeldung am %1 gemeldet, noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1 by a progress refresh; this work order was not opened on this device.</source>
        <translation>Am %1 durch eine Fortschrittsaktualisierung mit Deepomatic geprüft; dieser Arbeitsauftrag wurde auf diesem Gerät nicht geöffnet.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1, after the intervention on this device.</source>
        <translation>Am %1 mit Deepomatic geprüft, nach dem Einsatz auf diesem Gerät.</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>noch kein Fortschritt</translation>
    </message>
    <message>
        <source>Reopen in Deepomatic</source>
        <translation>Erneut in Deepomatic öffnen</translation>
    </message>
    <message>
        <source>Close intervention (unverified)</source>
        <translation>Einsatz abschließen (ungeprüft)</translation>
    </message>
    <message>
        <source>Creation in doubt: it was sent, but no answer came back. Look for it in Deepomatic, then link it, or create it again if it is not there.</source>
        <translation>Anlegen ungewiss: Es wurde gesendet, aber keine Antwort kam zurück. Suchen Sie ihn in Deepomatic und verknüpfen Sie ihn dann, oder legen Sie ihn erneut an, wenn er nicht da ist.</translation>
    </message>
    <message>
        <source>This work order may already exist in Deepomatic: settle its creation before the intervention.</source>
        <translation>Dieser Arbeitsauftrag existiert möglicherweise schon in Deepomatic: Klären Sie sein Anlegen vor dem Einsatz.</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Anlegen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic hat %n Arbeitsauftrag mit diesem Namen. Verknüpfen Sie den, der bei diesem Anlegen entstand:</numerusform>
            <numerusform>Deepomatic hat %n Arbeitsaufträge mit diesem Namen. Verknüpfen Sie den, der bei diesem Anlegen entstand:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · progress %2 %</source>
        <translation>Angelegt %1 · Fortschritt %2 %</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>an einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Link to this one</source>
        <translation>Mit diesem verknüpfen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic on %2</source>
        <translation>%1 %, bei Deepomatic geprüft am %2</translation>
    </message>
    <message>
        <source>%1 %, reported by the page on %2, not verified</source>
        <translation>%1 %, von der Seite gemeldet am %2, nicht geprüft</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>History of this work order</source>
        <translation>Verlauf dieses Arbeitsauftrags</translation>
    </message>
    <message>
        <source>Whether the intervention can be closed, and why</source>
        <translation>Ob der Einsatz abgeschlossen werden kann, und warum</translation>
    </message>
</context>
<context>
    <name>WorkOrderEvent</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Waiting to be created in Deepomatic</source>
        <translation>Wartet auf das Anlegen in Deepomatic</translation>
    </message>
    <message>
        <source>Creation sent again</source>
        <translation>Anlegen erneut gesendet</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>In Deepomatic angelegt</translation>
    </message>
    <message>
        <source>Linked to a work order in Deepomatic</source>
        <translation>Mit einem Arbeitsauftrag in Deepomatic verknüpft</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Anlegen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creation in doubt</source>
        <translation>Anlegen ungewiss</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Anfrage erneut gesendet</translation>
    </message>
    <message>
        <source>Request discarded</source>
        <translation>Anfrage verworfen</translation>
    </message>
    <message>
        <source>Opened in Deepomatic</source>
        <translation>In Deepomatic geöffnet</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Rückmeldung empfangen</translation>
    </message>
    <message>
        <source>Callback rejected</source>
        <translation>Rückmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Progress verified</source>
        <translation>Fortschritt geprüft</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Closure verified</source>
        <translation>Abschluss geprüft</translation>
    </message>
    <message>
        <source>Closure report sent</source>
        <translation>Abschlussbericht gesendet</translation>
    </message>
    <message>
        <source>Closure report refused</source>
        <translation>Abschlussbericht abgelehnt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Durch Freigabe von Vorgesetzten abgeschlossen</translation>
    </message>
</context>
<context>
    <name>WorkOrderResultsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Photos and results appear here once the work order exists in Deepomatic.</source>
        <translation>Fotos und Ergebnisse erscheinen hier, sobald der Arbeitsauftrag in Deepomatic existiert.</translation>
    </message>
    <message>
        <source>Loading the results from Deepomatic…</source>
        <translation>Ergebnisse werden aus Deepomatic geladen…</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>Die Ergebnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Last known results from %1; the site cannot be reached.</source>
        <translation>Zuletzt bekannte Ergebnisse vom %1; der Standort ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Last known results from %1; they could not be refreshed: %2</source>
        <translation>Zuletzt bekannte Ergebnisse vom %1; sie konnten nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Deepomatic progress: %1 %</source>
        <translation>Deepomatic-Fortschritt: %1 %</translation>
    </message>
    <message>
        <source>last analysis %1</source>
        <translation>letzte Analyse %1</translation>
    </message>
    <message>
        <source>no photo analysed yet</source>
        <translation>noch kein Foto analysiert</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PDF sent on %1</source>
        <translation>PDF gesendet am %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Photo unavailable</source>
        <translation>Foto nicht verfügbar</translation>
    </message>
    <message>
        <source>Opens the photo on the whole screen</source>
        <translation>Öffnet das Foto im Vollbild</translation>
    </message>
    <message>
        <source>Refresh photos and results</source>
        <translation>Fotos und Ergebnisse aktualisieren</translation>
    </message>
</context>
<context>
    <name>WorkOrderScanner</name>
    <message>
        <source>Choose an image of the label</source>
        <translation>Bild des Etiketts auswählen</translation>
    </message>
    <message>
        <source>No work order found</source>
        <translation>Kein Arbeitsauftrag gefunden</translation>
    </message>
</context>
<context>
    <name>WorkOrderStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Bereit zum Abschluss</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Closed (override)</source>
        <translation>Abgeschlossen (Freigabe)</translation>
    </message>
</context>
<context>
    <name>WorkOrderStore</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot open the work order database</source>
        <translation>Die Arbeitsauftragsdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot configure the work order database</source>
        <translation>Die Arbeitsauftragsdatenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the database version</source>
        <translation>Die Datenbankversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database was written by a newer FieldConnect</source>
        <translation>Die Datenbank wurde von einem neueren FieldConnect geschrieben</translation>
    </message>
    <message>
        <source>schema version %1, this version knows up to %2</source>
        <translation>Schemaversion %1, diese Version kennt bis %2</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>Eine Migration kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Migration auf Version %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read work orders</source>
        <translation>Arbeitsaufträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save work order %1</source>
        <translation>Arbeitsauftrag %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot record an event for %1</source>
        <translation>Für %1 kann kein Ereignis erfasst werden</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot save work orders</source>
        <translation>Arbeitsaufträge können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot keep the results of %1</source>
        <translation>Die Ergebnisse von %1 können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot read the results of %1</source>
        <translation>Die Ergebnisse von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read events</source>
        <translation>Ereignisse können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · needs review</source>
        <translation>%1 · zu prüfen</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · ausstehend</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic</source>
        <translation>%1 %, mit Deepomatic geprüft</translation>
    </message>
    <message>
        <source>%1 %, reported by the callback, not verified</source>
        <translation>%1 %, von der Rückmeldung gemeldet, nicht geprüft</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1</source>
        <translation>Mit Deepomatic geprüft am %1</translation>
    </message>
    <message>
        <source>The progress has not been verified with Deepomatic.</source>
        <translation>Der Fortschritt wurde nicht mit Deepomatic geprüft.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Noch kein Fortschritt</translation>
    </message>
    <message>
        <source>Progress %1 percent, verified</source>
        <translation>Fortschritt %1 Prozent, geprüft</translation>
    </message>
    <message>
        <source>Progress %1 percent, not verified</source>
        <translation>Fortschritt %1 Prozent, nicht geprüft</translation>
    </message>
</context>
</TS>
