<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldConnect</source>
        <translation>Over FieldConnect</translation>
    </message>
    <message>
        <source>FieldConnect %1</source>
        <translation>FieldConnect %1</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Met foto&apos;s geverifieerde interventies met de Work Order Connector van Deepomatic.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (actief):</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (gebouwd met):</translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation>Chromium (Qt WebEngine):</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Systeem:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Logmap:</translation>
    </message>
    <message>
        <source>Site profile in use:</source>
        <translation>Gebruikt siteprofiel:</translation>
    </message>
</context>
<context>
    <name>AnalyzeRequest</name>
    <message>
        <source>No task group was given for the photo.</source>
        <translation>Er is geen taakgroep voor de foto opgegeven.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Only an image or a PDF can be analysed.</source>
        <translation>Alleen een afbeelding of een pdf kan worden geanalyseerd.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>De pdf is %1 MB; Deepomatic accepteert maximaal %2 MB.</translation>
    </message>
    <message>
        <source>The image is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>De afbeelding is %1 MB; Deepomatic accepteert maximaal %2 MB.</translation>
    </message>
    <message>
        <source>The image address must be an absolute http or https URL.</source>
        <translation>Het adres van de afbeelding moet een absolute http- of https-URL zijn.</translation>
    </message>
</context>
<context>
    <name>AnalyzeResult</name>
    <message>
        <source>The field &quot;input&quot; is missing or is not an object.</source>
        <translation>Het veld &quot;input&quot; ontbreekt of is geen object.</translation>
    </message>
    <message>
        <source>The field &quot;task_group&quot; is missing or is not an object.</source>
        <translation>Het veld &quot;task_group&quot; ontbreekt of is geen object.</translation>
    </message>
    <message>
        <source>The input belongs to &quot;%1&quot; but the task group is &quot;%2&quot;.</source>
        <translation>De invoer hoort bij &quot;%1&quot;, maar de taakgroep is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Het veld &quot;progress_score&quot; is geen geheel getal van 0 tot 100.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no details given</source>
        <translation>geen details opgegeven</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Kan %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>de server</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>De server</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>De beveiligde verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Onverwacht antwoord van de server: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message>
        <source>The work order may or may not exist in Deepomatic (%1). Check it in Deepomatic before creating it again.</source>
        <translation>Het is onzeker of de werkorder in Deepomatic bestaat (%1). Controleer dit in Deepomatic voordat u hem opnieuw aanmaakt.</translation>
    </message>
</context>
<context>
    <name>ApiTokenLoader</name>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Er is geen API-token opgeslagen voor %1.</translation>
    </message>
    <message>
        <source>No API token: work orders cannot be created or verified.</source>
        <translation>Geen API-token: werkorders kunnen niet worden aangemaakt of geverifieerd.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved: %1</source>
        <translation>Het token wordt voor deze sessie gebruikt, maar kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The flow did not complete within %1 s.</source>
        <translation>De flow is niet binnen %1 s voltooid.</translation>
    </message>
    <message>
        <source>No work order named %1.</source>
        <translation>Geen werkorder met de naam %1.</translation>
    </message>
    <message>
        <source>There is no work order to copy types and technician from.</source>
        <translation>Er is geen werkorder om typen en monteur van over te nemen.</translation>
    </message>
    <message>
        <source>Creation in Deepomatic failed: %1</source>
        <translation>Aanmaken in Deepomatic mislukt: %1</translation>
    </message>
    <message>
        <source>Open in Deepomatic is disabled: %1</source>
        <translation>Openen in Deepomatic is uitgeschakeld: %1</translation>
    </message>
    <message>
        <source>The connector did not open.</source>
        <translation>De connector is niet geopend.</translation>
    </message>
    <message>
        <source>The Deepomatic page did not load.</source>
        <translation>De Deepomatic-pagina is niet geladen.</translation>
    </message>
    <message>
        <source>The Deepomatic page at %1 asks to sign in, and no user was given.</source>
        <translation>De Deepomatic-pagina op %1 vraagt om in te loggen, en er is geen gebruiker opgegeven.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was refused: %2</source>
        <translation>Het inloggen op %1 is geweigerd: %2</translation>
    </message>
    <message>
        <source>The sign-in page has no e-mail field.</source>
        <translation>De inlogpagina heeft geen e-mailveld.</translation>
    </message>
    <message>
        <source>The sign-in page has no password field.</source>
        <translation>De inlogpagina heeft geen wachtwoordveld.</translation>
    </message>
    <message>
        <source>The sign-in page has no Sign in button.</source>
        <translation>De inlogpagina heeft geen knop Inloggen.</translation>
    </message>
    <message>
        <source>The page has no photo button number %1.</source>
        <translation>De pagina heeft geen fotoknop nummer %1.</translation>
    </message>
    <message>
        <source>the photo to be recorded</source>
        <translation>de vast te leggen foto</translation>
    </message>
    <message>
        <source>The callback was rejected: %1</source>
        <translation>De callback is geweigerd: %1</translation>
    </message>
    <message>
        <source>The page has no Finish button.</source>
        <translation>De pagina heeft geen knop Voltooien.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>No QR code or barcode was found: the picture is empty.</source>
        <translation>Geen QR-code of streepjescode gevonden: de afbeelding is leeg.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in the picture. Hold the label flat, well lit and filling the frame.</source>
        <translation>Geen QR-code of streepjescode gevonden in de afbeelding. Houd het label vlak, goed verlicht en beeldvullend.</translation>
    </message>
    <message>
        <source>The image “%1” could not be read: %2</source>
        <translation>De afbeelding “%1” kon niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>BatchCreationDialog</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Aanmaken in Deepomatic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1: in doubt — %2</source>
        <translation>%1: onzeker — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n werkorder bestaat al in Deepomatic en blijft zoals hij is.</numerusform>
            <numerusform>%n werkorders bestaan al in Deepomatic en blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 van %2 aangemaakt</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n mislukt</numerusform>
            <numerusform>, %n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n onzeker</numerusform>
            <numerusform>, %n onzeker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n geannuleerd</numerusform>
            <numerusform>, %n geannuleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n al in Deepomatic)</numerusform>
            <numerusform> (%n al in Deepomatic)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>schatten…</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>nog ongeveer %1 s</translation>
    </message>
    <message>
        <source>%1 per second, %2</source>
        <translation>%1 per seconde, %2</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>Voortgang van het aanmaken</translation>
    </message>
    <message>
        <source>Work orders not created</source>
        <translation>Niet aangemaakte werkorders</translation>
    </message>
</context>
<context>
    <name>CallbackParser</name>
    <message>
        <source>The callback URL is not a valid URL.</source>
        <translation>De callback-URL is geen geldige URL.</translation>
    </message>
    <message>
        <source>No connector launch is waiting for a callback.</source>
        <translation>Er wacht geen connectorstart op een callback.</translation>
    </message>
    <message>
        <source>The callback is not for the work order launch currently open.</source>
        <translation>De callback is niet voor de werkorderstart die nu open is.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once with different values.</source>
        <translation>De parameter &quot;%1&quot; komt meer dan eens voor met verschillende waarden.</translation>
    </message>
    <message>
        <source>work_order_progress appears more than once.</source>
        <translation>work_order_progress komt meer dan eens voor.</translation>
    </message>
    <message>
        <source>The callback carries no work_order_progress.</source>
        <translation>De callback bevat geen work_order_progress.</translation>
    </message>
    <message>
        <source>work_order_progress appears in both the query and the fragment; it must appear exactly once.</source>
        <translation>work_order_progress komt zowel in de query als in het fragment voor; het moet precies één keer voorkomen.</translation>
    </message>
    <message>
        <source>work_order_progress &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>work_order_progress &quot;%1&quot; is geen geheel getal van 0 tot 100.</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>De callback noemt werkorder %1, maar %2 is open.</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Maak een foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back to the Deepomatic page without a photo</source>
        <translation>Terug naar de Deepomatic-pagina zonder foto</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camerabeeld</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Kies een bestand…</translation>
    </message>
    <message>
        <source>Pick a photo already on this device instead</source>
        <translation>Kies in plaats daarvan een foto die al op dit apparaat staat</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Discard this photo and take another</source>
        <translation>Deze foto weggooien en een nieuwe maken</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto maken</translation>
    </message>
    <message>
        <source>Takes the photo shown by the camera</source>
        <translation>Maakt de foto die de camera toont</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Foto gebruiken</translation>
    </message>
    <message>
        <source>Sends this photo to the Deepomatic page</source>
        <translation>Stuurt deze foto naar de Deepomatic-pagina</translation>
    </message>
    <message>
        <source>Starting the camera “%1”…</source>
        <translation>Camera “%1” wordt gestart…</translation>
    </message>
    <message>
        <source>Aim at the equipment, then tap Take photo.</source>
        <translation>Richt op de apparatuur en tik dan op Foto maken.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Foto wordt gemaakt…</translation>
    </message>
    <message>
        <source>Is it sharp and well lit? Pinch to look closer. Use it, or take it again.</source>
        <translation>Is hij scherp en goed belicht? Knijp om in te zoomen. Gebruik hem of maak hem opnieuw.</translation>
    </message>
    <message>
        <source>%1 Choose a photo file instead, or cancel.</source>
        <translation>%1 Kies in plaats daarvan een fotobestand, of annuleer.</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Foto annuleren</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Een fotobestand kiezen</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Foto opnieuw maken</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Deze foto gebruiken</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Een label scannen</translation>
    </message>
    <message>
        <source>Back to the work orders without scanning</source>
        <translation>Terug naar de werkorders zonder te scannen</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Kies een afbeelding…</translation>
    </message>
    <message>
        <source>Read the label from a picture already on this device</source>
        <translation>Het label lezen van een afbeelding die al op dit apparaat staat</translation>
    </message>
    <message>
        <source>Aim at the label on the equipment: it is read as soon as it is in sight.</source>
        <translation>Richt op het label van de apparatuur: het wordt gelezen zodra het in beeld is.</translation>
    </message>
    <message>
        <source>%1 Choose an image instead, or cancel.</source>
        <translation>%1 Kies in plaats daarvan een afbeelding, of annuleer.</translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>De camera werkt niet meer: %1</translation>
    </message>
    <message>
        <source>The camera took no photo: %1</source>
        <translation>De camera heeft geen foto gemaakt: %1</translation>
    </message>
    <message>
        <source>The camera is not ready yet: try again in a moment.</source>
        <translation>De camera is nog niet klaar: probeer het zo meteen opnieuw.</translation>
    </message>
</context>
<context>
    <name>CloseConfirmationDialog</name>
    <message>
        <source>Close intervention</source>
        <translation>Interventie afsluiten</translation>
    </message>
    <message>
        <source>Close the intervention for %1?</source>
        <translation>De interventie voor %1 afsluiten?</translation>
    </message>
    <message>
        <source>Progress %1 %, verified with Deepomatic on %2.</source>
        <translation>Voortgang %1 %, geverifieerd met Deepomatic op %2.</translation>
    </message>
    <message>
        <source>Progress %1 %, not verified with Deepomatic (%2).</source>
        <translation>Voortgang %1 %, niet geverifieerd met Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The closure will be recorded as unverified.</source>
        <translation>De afsluiting wordt als niet geverifieerd vastgelegd.</translation>
    </message>
    <message>
        <source>A closed intervention cannot be reopened here.</source>
        <translation>Een afgesloten interventie kan hier niet worden heropend.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Deze interventie is al afgesloten.</translation>
    </message>
    <message>
        <source>This work order does not exist in Deepomatic yet. Create it before the intervention.</source>
        <translation>Deze werkorder bestaat nog niet in Deepomatic. Maak hem aan vóór de interventie.</translation>
    </message>
    <message>
        <source>Checking the progress with Deepomatic…</source>
        <translation>Voortgang controleren bij Deepomatic…</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified (%2). The closure will be marked unverified and checked later.</source>
        <translation>Voortgang %1 % kon niet worden geverifieerd (%2). De afsluiting wordt als niet geverifieerd gemarkeerd en later gecontroleerd.</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified with Deepomatic: %2. Refresh the progress when the network is back.</source>
        <translation>Voortgang %1 % kon niet worden geverifieerd bij Deepomatic: %2. Vernieuw de voortgang zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Progress %1 % has not been verified yet. Refresh the progress.</source>
        <translation>Voortgang %1 % is nog niet geverifieerd. Vernieuw de voortgang.</translation>
    </message>
    <message>
        <source>No progress yet. Open the work order in Deepomatic and take the expected photos.</source>
        <translation>Nog geen voortgang. Open de werkorder in Deepomatic en maak de verwachte foto&apos;s.</translation>
    </message>
    <message>
        <source>Deepomatic reports %1 %, read by a progress refresh, but this work order was never opened on this device. This site requires opening it in Deepomatic before closing.</source>
        <translation>Deepomatic meldt %1 %, gelezen bij het vernieuwen van de voortgang, maar deze werkorder is nooit op dit apparaat geopend. Deze site vereist dat hij in Deepomatic wordt geopend voordat hij wordt afgesloten.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified by a progress refresh: the photos were taken in Deepomatic without this device. The intervention can be closed.</source>
        <translation>Voortgang %1 %, geverifieerd bij het vernieuwen van de voortgang: de foto&apos;s zijn zonder dit apparaat in Deepomatic gemaakt. De interventie kan worden afgesloten.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified. The intervention can be closed.</source>
        <translation>Voortgang %1 %, geverifieerd. De interventie kan worden afgesloten.</translation>
    </message>
    <message>
        <source>Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the missing photos.</source>
        <translation>Voortgang %1 %. Minstens %2 % is vereist. Open Deepomatic opnieuw om de ontbrekende foto&apos;s te maken.</translation>
    </message>
    <message>
        <source>Supervisor override is not enabled for this site.</source>
        <translation>Overschrijven door een supervisor is niet ingeschakeld voor deze site.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters for the override.</source>
        <translation>Geef een reden van minstens %1 tekens voor het overschrijven.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use a sandbox that is already running (e.g. fieldconnect-sandbox) at &lt;url&gt;, on loopback.</source>
        <translation>Een sandbox gebruiken die al draait (bijv. fieldconnect-sandbox) op &lt;url&gt;, op loopback.</translation>
    </message>
    <message>
        <source>Headless: create every planned work order in Deepomatic through the outbox, print one JSON object per step, and exit when the outbox is drained.</source>
        <translation>Zonder interface: elke geplande werkorder via de outbox in Deepomatic aanmaken, één JSON-object per stap afdrukken en afsluiten wanneer de outbox leeg is.</translation>
    </message>
    <message>
        <source>Headless: check the planning file &lt;file&gt; and import it into the site in use, print one JSON object per problem and a summary, and exit (0: all imported, 2: invalid input, 4: partly imported with --good-rows).</source>
        <translation>Zonder interface: het planningsbestand &lt;file&gt; controleren en in de gebruikte site importeren, één JSON-object per probleem en een samenvatting afdrukken en afsluiten (0: alles geïmporteerd, 2: ongeldige invoer, 4: deels geïmporteerd met --good-rows).</translation>
    </message>
    <message>
        <source>With --import (the default): import nothing if any row has a problem.</source>
        <translation>Met --import (standaard): niets importeren als een rij een probleem heeft.</translation>
    </message>
    <message>
        <source>With --import: import the good rows and report the others.</source>
        <translation>Met --import: de goede rijen importeren en de andere melden.</translation>
    </message>
    <message>
        <source>Headless: write the diagnostics archive for support (logs, versions, settings, every secret removed) to &lt;file&gt;, print one JSON line and exit (0: written, 1: not written).</source>
        <translation>Zonder interface: het diagnosearchief voor support (logs, versies, instellingen, alle geheimen verwijderd) naar &lt;file&gt; schrijven, één JSON-regel afdrukken en afsluiten (0: geschreven, 1: niet geschreven).</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (an emulated Deepomatic site on 127.0.0.1), even if a site is configured.</source>
        <translation>Op de ingebouwde sandbox draaien (een geëmuleerde Deepomatic-site op 127.0.0.1), ook als er een site is geconfigureerd.</translation>
    </message>
    <message>
        <source>Read the deployment configuration from &lt;file&gt;.</source>
        <translation>De implementatieconfiguratie uit &lt;file&gt; lezen.</translation>
    </message>
    <message>
        <source>Keep the database and web data in &lt;dir&gt;.</source>
        <translation>Database en webgegevens bewaren in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Minimum verified progress (0–100) to close.</source>
        <translation>Minimale geverifieerde voortgang (0–100) om af te sluiten.</translation>
    </message>
    <message>
        <source>Ask Deepomatic to return results in the URL fragment.</source>
        <translation>Deepomatic vragen de resultaten in het URL-fragment terug te geven.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Taal van de interface (%1); standaard: die van het systeem.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light, dark or high_contrast (default: the one chosen in Display).</source>
        <translation>Thema voor deze keer: system, light, dark of high_contrast (standaard: het thema gekozen in Weergave).</translation>
    </message>
    <message>
        <source>Text size for this run: normal, large or extra_large (default: the one chosen in Display).</source>
        <translation>Tekstgrootte voor deze keer: normal, large of extra_large (standaard: de grootte gekozen in Weergave).</translation>
    </message>
    <message>
        <source>Run one intervention headless and print one JSON object per step.</source>
        <translation>Eén interventie zonder interface uitvoeren en één JSON-object per stap afdrukken.</translation>
    </message>
    <message>
        <source>With --autopilot: the work order to use (default: a fresh copy of a planned one).</source>
        <translation>Met --autopilot: de te gebruiken werkorder (standaard: een nieuwe kopie van een geplande).</translation>
    </message>
    <message>
        <source>With --autopilot: how many photos to take (all or a number).</source>
        <translation>Met --autopilot: hoeveel foto&apos;s er moeten worden gemaakt (all of een aantal).</translation>
    </message>
    <message>
        <source>Port for the sandbox (default: a free one).</source>
        <translation>Poort voor de sandbox (standaard: een vrije).</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Chromium DevTools laten koppelen aan de Deepomatic-pagina op 127.0.0.1:9222 (alleen voor support).</translation>
    </message>
    <message>
        <source>Draw the Deepomatic page without the graphics card (software rendering).</source>
        <translation>De Deepomatic-pagina tekenen zonder de grafische kaart (softwarerendering).</translation>
    </message>
    <message>
        <source>Use the graphics card again after an automatic switch to software rendering.</source>
        <translation>De grafische kaart weer gebruiken na een automatische overstap naar softwarerendering.</translation>
    </message>
    <message>
        <source>Private browsing (shared tablets): keep no Deepomatic sign-in, cookies or web storage; sign in at every launch.</source>
        <translation>Privé browsen (gedeelde tablets): geen Deepomatic-aanmelding, cookies of webopslag bewaren; bij elke start inloggen.</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Met foto&apos;s geverifieerde interventies met de Work Order Connector van Deepomatic.</translation>
    </message>
    <message>
        <source>A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic sends the technician back: handed to the FieldConnect already running for this user and data directory, which prints one JSON line with its verdict (exit 0: accepted, 3: refused, 4: no answer in time); with none running, FieldConnect starts and handles it.</source>
        <translation>Een fieldconnect://callback/-URL, zoals de systeembrowser die doorgeeft wanneer Deepomatic de monteur terugstuurt: wordt doorgegeven aan de FieldConnect die al draait voor deze gebruiker en gegevensmap, die één JSON-regel met het oordeel afdrukt (afsluitcode 0: geaccepteerd, 3: geweigerd, 4: geen antwoord op tijd); als er geen draait, start FieldConnect en verwerkt hem.</translation>
    </message>
    <message>
        <source>--autopilot and --create-all cannot be used together.</source>
        <translation>--autopilot en --create-all kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>--import cannot be used with --autopilot or --create-all.</source>
        <translation>--import kan niet worden gebruikt met --autopilot of --create-all.</translation>
    </message>
    <message>
        <source>--export-diagnostics cannot be used with --autopilot, --create-all or --import.</source>
        <translation>--export-diagnostics kan niet worden gebruikt met --autopilot, --create-all of --import.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows cannot be used together.</source>
        <translation>--all-or-nothing en --good-rows kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows go with --import.</source>
        <translation>--all-or-nothing en --good-rows horen bij --import.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>--threshold: &quot;%1&quot; is geen geheel getal van 0 tot 100.</translation>
    </message>
    <message>
        <source>--photos: &quot;%1&quot; is not &quot;all&quot; or a number of photos.</source>
        <translation>--photos: &quot;%1&quot; is niet &quot;all&quot; of een aantal foto&apos;s.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: &quot;%1&quot; is niet een van %2.</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not one of %2.</source>
        <translation>--theme: &quot;%1&quot; is niet een van %2.</translation>
    </message>
    <message>
        <source>--text-size: &quot;%1&quot; is not one of %2.</source>
        <translation>--text-size: &quot;%1&quot; is niet een van %2.</translation>
    </message>
    <message>
        <source>--sandbox-port: &quot;%1&quot; is not a port number.</source>
        <translation>--sandbox-port: &quot;%1&quot; is geen poortnummer.</translation>
    </message>
    <message>
        <source>only one fieldconnect://callback/ URL may be given; see --help.</source>
        <translation>er mag maar één fieldconnect://callback/-URL worden opgegeven; zie --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldconnect://callback/ URL; see --help.</source>
        <translation>&quot;%1&quot; is geen fieldconnect://callback/-URL; zie --help.</translation>
    </message>
    <message>
        <source>a callback URL cannot be used with --autopilot, --create-all or --import.</source>
        <translation>een callback-URL kan niet worden gebruikt met --autopilot, --create-all of --import.</translation>
    </message>
    <message>
        <source>--sandbox-url: &quot;%1&quot; is not an http(s) URL on loopback with a port and no path, e.g. http://127.0.0.1:8080.</source>
        <translation>--sandbox-url: &quot;%1&quot; is geen http(s)-URL op loopback met een poort en zonder pad, bijv. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--sandbox-url and --sandbox cannot be used together.</source>
        <translation>--sandbox-url en --sandbox kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config: kan &quot;%1&quot; niet lezen.</translation>
    </message>
    <message>
        <source>--disable-gpu and --enable-gpu cannot be used together.</source>
        <translation>--disable-gpu en --enable-gpu kunnen niet samen worden gebruikt.</translation>
    </message>
    <message>
        <source>Headless: read a supervisor PIN (4 to 12 digits) from standard input, never from the command line where others could see it, and print the pin_hash line for the [kiosk] section of the deployment file.</source>
        <translation>Zonder scherm: leest een supervisorpincode (4 tot 12 cijfers) van standaardinvoer, nooit van de opdrachtregel waar anderen hem kunnen zien, en drukt de pin_hash-regel af voor de sectie [kiosk] van het uitrolbestand.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen with no window frame; it is left only with the supervisor PIN of the deployment file ([kiosk] pin_hash).</source>
        <translation>Kioskmodus: volledig scherm zonder vensterrand; alleen te verlaten met de supervisorpincode uit het uitrolbestand ([kiosk] pin_hash).</translation>
    </message>
    <message>
        <source>--hash-pin cannot be used with another mode or with --kiosk.</source>
        <translation>--hash-pin kan niet samen met een andere modus of met --kiosk worden gebruikt.</translation>
    </message>
    <message>
        <source>--kiosk is for the window: it cannot be used with --autopilot, --create-all, --import or --export-diagnostics.</source>
        <translation>--kiosk is voor het venster: het kan niet samen met --autopilot, --create-all, --import of --export-diagnostics worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK: verbonden met %1 (%n taakgroep).</numerusform>
            <numerusform>OK: verbonden met %1 (%n taakgroepen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid token (%2)</source>
        <translation>%1: ongeldig token (%2)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>geen details opgegeven</translation>
    </message>
    <message>
        <source>404: %1 answers, but not as the Deepomatic API; check the API URL.</source>
        <translation>404: %1 antwoordt, maar niet als de Deepomatic-API; controleer de API-URL.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Kan %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time.</source>
        <translation>Kan %1 niet bereiken: geen antwoord op tijd.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>De API-URL &quot;%1&quot; moet https zijn (gewoon http alleen op loopback).</translation>
    </message>
</context>
<context>
    <name>ConnectorLink</name>
    <message>
        <source>This work order has not been created in Deepomatic yet.</source>
        <translation>Deze werkorder is nog niet in Deepomatic aangemaakt.</translation>
    </message>
    <message>
        <source>The Deepomatic id &quot;%1&quot; is malformed.</source>
        <translation>De Deepomatic-id &quot;%1&quot; is ongeldig.</translation>
    </message>
    <message>
        <source>The site profile has no valid site_id (a UUID is required).</source>
        <translation>Het siteprofiel heeft geen geldige site_id (een UUID is vereist).</translation>
    </message>
    <message>
        <source>The site profile&apos;s org_slug &quot;%1&quot; is not a valid slug.</source>
        <translation>De org_slug &quot;%1&quot; van het siteprofiel is geen geldige slug.</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; is not acceptable (https required).</source>
        <translation>De studio-URL &quot;%1&quot; is niet acceptabel (https vereist).</translation>
    </message>
    <message>
        <source>The callback URI &quot;%1&quot; is not valid.</source>
        <translation>De callback-URI &quot;%1&quot; is niet geldig.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>Part of this page, from %1, was not shown: it is not on this site&apos;s allow-list.</source>
        <translation>Een deel van deze pagina, van %1, is niet getoond: het staat niet op de toegestane lijst van deze site.</translation>
    </message>
    <message>
        <source>FieldConnect did not follow the Deepomatic page to %1: that host is not on this site&apos;s allow-list. If it is your organisation&apos;s sign-in, ask your IT to add %1 to allow_hosts.</source>
        <translation>FieldConnect is de Deepomatic-pagina niet gevolgd naar %1: die host staat niet op de toegestane lijst van deze site. Als het de inlogpagina van uw organisatie is, vraag dan uw IT-afdeling %1 aan allow_hosts toe te voegen.</translation>
    </message>
    <message>
        <source>%1 is outside the Deepomatic site; it was opened in your browser.</source>
        <translation>%1 ligt buiten de Deepomatic-site; het is in uw browser geopend.</translation>
    </message>
    <message>
        <source>FieldConnect did not open %1: it is not part of the Deepomatic site.</source>
        <translation>FieldConnect heeft %1 niet geopend: het hoort niet bij de Deepomatic-site.</translation>
    </message>
    <message>
        <source>FieldConnect does not open new windows; %1 was not opened.</source>
        <translation>FieldConnect opent geen nieuwe vensters; %1 is niet geopend.</translation>
    </message>
</context>
<context>
    <name>ConnectorSession</name>
    <message>
        <source>Internal error: the launch id is malformed.</source>
        <translation>Interne fout: de start-id is ongeldig.</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>De systeembrowser kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The callback came from a pop-up window, not from the connector page.</source>
        <translation>De callback kwam uit een pop-upvenster, niet van de connectorpagina.</translation>
    </message>
    <message>
        <source>The callback did not come from the connector page itself.</source>
        <translation>De callback kwam niet van de connectorpagina zelf.</translation>
    </message>
    <message>
        <source>No connector launch is open.</source>
        <translation>Er is geen connectorstart open.</translation>
    </message>
    <message>
        <source>The callback was started by a page of %1, not by the Deepomatic studio (%2).</source>
        <translation>De callback is gestart door een pagina van %1, niet door de Deepomatic-studio (%2).</translation>
    </message>
    <message>
        <source>The callback was sent by %1, not by the Deepomatic studio (%2).</source>
        <translation>De callback is verzonden door %1, niet door de Deepomatic-studio (%2).</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>een onbekende pagina</translation>
    </message>
    <message>
        <source>This callback was already used: a launch takes one callback only.</source>
        <translation>Deze callback is al gebruikt: een start accepteert maar één callback.</translation>
    </message>
    <message>
        <source>The open launch runs inside FieldConnect: a callback from a browser outside the app is not accepted for it.</source>
        <translation>De open start draait binnen FieldConnect: een callback van een browser buiten de app wordt ervoor niet geaccepteerd.</translation>
    </message>
    <message>
        <source>This page is a preview: a return from Deepomatic changes nothing.</source>
        <translation>Deze pagina is een voorbeeld: een terugkeer vanuit Deepomatic verandert niets.</translation>
    </message>
</context>
<context>
    <name>ConnectorView</name>
    <message>
        <source>Return to FieldConnect</source>
        <translation>Terug naar FieldConnect</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Preview: nothing changes in FieldConnect, but photos taken here count in Deepomatic</source>
        <translation>Voorbeeld: er verandert niets in FieldConnect, maar foto&apos;s die hier worden gemaakt tellen mee in Deepomatic</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Waiting for the browser…

Deepomatic opened in your web browser. Take the photos there; FieldConnect continues when Deepomatic sends you back.</source>
        <translation>Wachten op de browser…

Deepomatic is geopend in uw webbrowser. Maak daar de foto&apos;s; FieldConnect gaat verder wanneer Deepomatic u terugstuurt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS). Check the network connection or the site&apos;s address.</source>
        <translation>Het adres %1 is niet gevonden (DNS). Controleer de netwerkverbinding of het adres van de site.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the site is not answering on that address.</source>
        <translation>%1 heeft de verbinding geweigerd: de site antwoordt niet op dat adres.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the page arrived.</source>
        <translation>De verbinding met %1 is verbroken voordat de pagina aankwam.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>This device is not connected to a network that reaches %1.</source>
        <translation>Dit apparaat is niet verbonden met een netwerk dat %1 bereikt.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS).</source>
        <translation>Er kon geen beveiligde verbinding met %1 worden opgezet (TLS).</translation>
    </message>
    <message>
        <source>The proxy needed to reach %1 is not answering.</source>
        <translation>De proxy die nodig is om %1 te bereiken antwoordt niet.</translation>
    </message>
    <message>
        <source>The page from %1 could not be loaded (%2).</source>
        <translation>De pagina van %1 kon niet worden geladen (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 cannot be trusted (%2). The page was blocked to protect your account; ask your IT to check the certificate.</source>
        <translation>De beveiligde verbinding met %1 is niet te vertrouwen (%2). De pagina is geblokkeerd om uw account te beschermen; vraag uw IT-afdeling het certificaat te controleren.</translation>
    </message>
    <message>
        <source>%1 Retry when the network is back.</source>
        <translation>%1 Probeer het opnieuw zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Downloads are not allowed in the Deepomatic page.</source>
        <translation>Downloads zijn niet toegestaan op de Deepomatic-pagina.</translation>
    </message>
    <message>
        <source>Camera and microphone were refused to %1.</source>
        <translation>Camera en microfoon zijn geweigerd voor %1.</translation>
    </message>
    <message>
        <source>The Deepomatic page stopped working. Reload it to continue; nothing was lost.</source>
        <translation>De Deepomatic-pagina werkt niet meer. Laad hem opnieuw om verder te gaan; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>Back in the Deepomatic page</source>
        <translation>Terug op de Deepomatic-pagina</translation>
    </message>
    <message>
        <source>Reload the Deepomatic page</source>
        <translation>Deepomatic-pagina opnieuw laden</translation>
    </message>
    <message>
        <source>Loading the Deepomatic page</source>
        <translation>Deepomatic-pagina wordt geladen</translation>
    </message>
    <message>
        <source>Retry loading the Deepomatic page</source>
        <translation>Opnieuw proberen de Deepomatic-pagina te laden</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Niet meer op de browser wachten</translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>de server heeft de verbinding zonder antwoord gesloten</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>de verbinding is geweigerd</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>de hostnaam is onbekend</translation>
    </message>
    <message>
        <source>The server answered with work order %1 instead of %2.</source>
        <translation>De server antwoordde met werkorder %1 in plaats van %2.</translation>
    </message>
    <message>
        <source>No work order id was given.</source>
        <translation>Er is geen werkorder-id opgegeven.</translation>
    </message>
    <message>
        <source>No work order name was given.</source>
        <translation>Er is geen werkordernaam opgegeven.</translation>
    </message>
    <message>
        <source>The next page is on another host (%1).</source>
        <translation>De volgende pagina staat op een andere host (%1).</translation>
    </message>
    <message>
        <source>The list has more than %1 pages.</source>
        <translation>De lijst heeft meer dan %1 pagina&apos;s.</translation>
    </message>
    <message>
        <source>The server answered with task group &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>De server antwoordde met taakgroep &quot;%1&quot; in plaats van &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No task group name was given.</source>
        <translation>Er is geen taakgroepnaam opgegeven.</translation>
    </message>
    <message>
        <source>The server analysed the photo for &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>De server heeft de foto geanalyseerd voor &quot;%1&quot; in plaats van &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No work order or task id was given.</source>
        <translation>Er is geen werkorder- of taak-id opgegeven.</translation>
    </message>
    <message>
        <source>No corrected value was given.</source>
        <translation>Er is geen gecorrigeerde waarde opgegeven.</translation>
    </message>
    <message>
        <source>The photo is on %1, which is neither the API&apos;s host nor one of the photo hosts of this site.</source>
        <translation>De foto staat op %1, dat noch de host van de API noch een van de fotohosts van deze site is.</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>de SHA-256-vingerafdruk %1 is niet die welke voor %2 is geconfigureerd</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Het bestand is groter dan %1 MB.</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and this site cannot be searched by name</source>
        <translation>het verzoek is verzonden, maar er kwam geen bruikbaar antwoord terug (%1), en op deze site kan niet op naam worden gezocht</translation>
    </message>
    <message>
        <source>the create was sent but its answer was lost (%1), and it could not be looked up yet: %2</source>
        <translation>het aanmaken is verzonden, maar het antwoord is verloren gegaan (%1), en het kon nog niet worden opgezocht: %2</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and the site refused the look-up by name: %2</source>
        <translation>het verzoek is verzonden, maar er kwam geen bruikbaar antwoord terug (%1), en de site weigerde het zoeken op naam: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>het verzoek is verzonden, maar er kwam geen bruikbaar antwoord terug (%1), en er bestaat %n werkorder met die naam in Deepomatic</numerusform>
            <numerusform>het verzoek is verzonden, maar er kwam geen bruikbaar antwoord terug (%1), en er bestaan %n werkorders met die naam in Deepomatic</numerusform>
        </translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>het verzoek was al verzonden; de werkorder bestaat mogelijk in Deepomatic</translation>
    </message>
</context>
<context>
    <name>DeepomaticName</name>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>De naam heeft %1 tekens; maximaal %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>The name contains &quot;%1&quot; at position %2; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>De naam bevat &quot;%1&quot; op positie %2; alleen letters, cijfers, &quot;_&quot; en &quot;-&quot; zijn toegestaan.</translation>
    </message>
</context>
<context>
    <name>DemoPlanning</name>
    <message>
        <source>Imported from the sandbox&apos;s demo planning.</source>
        <translation>Geïmporteerd uit de demoplanning van de sandbox.</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>%1: %2 is set by your organisation (%3) and cannot be changed from the command line.</source>
        <translation>%1: %2 is ingesteld door uw organisatie (%3) en kan niet via de opdrachtregel worden gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3, profile &quot;%4&quot;) and cannot be changed from the command line.</source>
        <translation>%1: %2 is ingesteld door uw organisatie (%3, profiel &quot;%4&quot;) en kan niet via de opdrachtregel worden gewijzigd.</translation>
    </message>
    <message>
        <source>%1: [%2] %3: &quot;%4&quot; is not true or false</source>
        <translation>%1: [%2] %3: &quot;%4&quot; is niet true of false</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown setting</source>
        <translation>%1: [%2] %3: onbekende instelling</translation>
    </message>
    <message>
        <source>%1: [%2] id: the id of a profile is its section name; remove this line</source>
        <translation>%1: [%2] id: de id van een profiel is de naam van zijn sectie; verwijder deze regel</translation>
    </message>
    <message>
        <source>%1: [%2] the profile id &quot;%3&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;)</source>
        <translation>%1: [%2] de profiel-id &quot;%3&quot; is geen slug (kleine letters, cijfers, &quot;-&quot; of &quot;_&quot;)</translation>
    </message>
    <message>
        <source>%1: [%2] duplicate profile id &quot;%3&quot; (first at %4)</source>
        <translation>%1: [%2] dubbele profiel-id &quot;%3&quot; (eerst bij %4)</translation>
    </message>
    <message>
        <source>%1: [%2] active_profile: &quot;%3&quot; is not a profile of this configuration</source>
        <translation>%1: [%2] active_profile: &quot;%3&quot; is geen profiel van deze configuratie</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation (%3), and so is the PIN that leaves it</source>
        <translation>%1: [%2] pin_hash: genegeerd: de kioskmodus is ingesteld door uw organisatie (%3), net als de pincode om hem te verlaten</translation>
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
        <translation>%1: [%2] komt twee keer voor (eerst op regel %3)</translation>
    </message>
    <message>
        <source>%1: %2: the setting is outside any section</source>
        <translation>%1: %2: de instelling staat buiten elke sectie</translation>
    </message>
    <message>
        <source>%1: [%2] %3: given twice (first at line %4)</source>
        <translation>%1: [%2] %3: twee keer opgegeven (eerst op regel %4)</translation>
    </message>
    <message>
        <source>%1: [%2] %3: ignored: set by your organisation (%4)</source>
        <translation>%1: [%2] %3: genegeerd: ingesteld door uw organisatie (%4)</translation>
    </message>
    <message>
        <source>%1: [%2] is not a known section ([%3], [%4], [site] or [%5&lt;id&gt;])</source>
        <translation>%1: [%2] is geen bekende sectie ([%3], [%4], [site] of [%5&lt;id&gt;])</translation>
    </message>
</context>
<context>
    <name>DeploymentSources</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan het bestand niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: de map %2 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>DisplayPreferences</name>
    <message>
        <source>%1: %2 is not one of %3; using %4.</source>
        <translation>%1: %2 is niet een van %3; %4 wordt gebruikt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; using the system&apos;s language.</source>
        <translation>%1: &quot;%2&quot; is geen taalcode; de taal van het systeem wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Extra groot</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tekst&amp;grootte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The language changes the next time FieldConnect starts.</source>
        <translation>De taal verandert de volgende keer dat FieldConnect start.</translation>
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
        <translation>De callback kon niet worden vastgelegd; zie het FieldConnect-venster.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % for %2; FieldConnect checks it with the API.</source>
        <translation>Deepomatic meldde %1 % voor %2; FieldConnect controleert dit via de API.</translation>
    </message>
</context>
<context>
    <name>FieldConnectApp</name>
    <message>
        <source>running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>draait als root: de sandbox van de webweergave is uitgeschakeld. Start FieldConnect als gewone gebruiker om hem te behouden.</translation>
    </message>
    <message>
        <source>the saved interface language &quot;%1&quot; is not one of %2; using the system&apos;s.</source>
        <translation>de opgeslagen interfacetaal &quot;%1&quot; is niet een van %2; die van het systeem wordt gebruikt.</translation>
    </message>
    <message>
        <source>ignoring a saved site profile: %1</source>
        <translation>een opgeslagen siteprofiel wordt genegeerd: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>kan de gegevensmap &quot;%1&quot; niet aanmaken.</translation>
    </message>
    <message>
        <source>no log file: %1</source>
        <translation>geen logbestand: %1</translation>
    </message>
    <message>
        <source>FIELDCONNECT_SANDBOX_FAULTS: %1</source>
        <translation>FIELDCONNECT_SANDBOX_FAULTS: %1</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>de sandbox kon niet starten: %1</translation>
    </message>
    <message>
        <source>Warning: this computer has no credential store, and your organisation allows API tokens to be kept in a file instead: %1. Only your user account can read it, but anyone with access to your account or a backup of it can.</source>
        <translation>Waarschuwing: deze computer heeft geen opslag voor aanmeldgegevens, en uw organisatie staat toe dat API-tokens in plaats daarvan in een bestand worden bewaard: %1. Alleen uw gebruikersaccount kan het lezen, maar ook iedereen met toegang tot uw account of een back-up ervan.</translation>
    </message>
    <message>
        <source>This computer has no credential store: API tokens are kept in memory for this session only, and asked again at the next start.</source>
        <translation>Deze computer heeft geen opslag voor aanmeldgegevens: API-tokens worden alleen voor deze sessie in het geheugen bewaard en bij de volgende start opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>There is no API token for %1.</source>
        <translation>Er is geen API-token voor %1.</translation>
    </message>
    <message>
        <source>Warning: no credential store on this computer; as your organisation allows, API tokens are stored in a file readable only by you (see Settings).</source>
        <translation>Waarschuwing: geen opslag voor aanmeldgegevens op deze computer; zoals uw organisatie toestaat, worden API-tokens opgeslagen in een bestand dat alleen u kunt lezen (zie Instellingen).</translation>
    </message>
    <message>
        <source>Supervisor PIN (4 to 12 digits): </source>
        <translation>Supervisorpincode (4 tot 12 cijfers): </translation>
    </message>
    <message>
        <source>--hash-pin: %1 on standard input.</source>
        <translation>--hash-pin: %1 op standaardinvoer.</translation>
    </message>
    <message>
        <source>An intervention is open in Deepomatic</source>
        <translation>Er is een interventie open in Deepomatic</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>a file readable only by you (%1)</source>
        <translation>een bestand dat alleen u kunt lezen (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is beschadigd (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Kan %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan %1 niet vervangen.</translation>
    </message>
    <message>
        <source>No credential is stored.</source>
        <translation>Er zijn geen aanmeldgegevens opgeslagen.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnose exporteren</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Tar-archieven (*.tar)</translation>
    </message>
    <message>
        <source>About FieldConnect</source>
        <translation>Over FieldConnect</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Diagnose exporteren…</translation>
    </message>
    <message>
        <source>One archive of the logs, versions and settings for support, with every token, password and cookie removed.</source>
        <translation>Eén archief met de logs, versies en instellingen voor support, zonder tokens, wachtwoorden en cookies.</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnose opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1 (%2 files). Tokens, passwords and cookies were removed: you can send this file to support.</source>
        <translation>De diagnose is opgeslagen in %1 (%2 bestanden). Tokens, wachtwoorden en cookies zijn verwijderd: u kunt dit bestand naar support sturen.</translation>
    </message>
    <message>
        <source>Diagnostics not saved.</source>
        <translation>Diagnose niet opgeslagen.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1</source>
        <translation>De diagnose is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>The log folder could not be opened; it is %1.</source>
        <translation>De logmap kon niet worden geopend; het is %1.</translation>
    </message>
    <message>
        <source>Exporting diagnostics to %1…</source>
        <translation>Diagnose exporteren naar %1…</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a double quote is not closed</source>
        <translation>een dubbel aanhalingsteken is niet gesloten</translation>
    </message>
    <message>
        <source>a section header must be &quot;[name]&quot;</source>
        <translation>een sectiekop moet &quot;[naam]&quot; zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key=value&quot; line</source>
        <translation>&quot;%1&quot; is geen regel &quot;sleutel=waarde&quot;</translation>
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
            <numerusform>De actieve FieldConnect heeft niet binnen %n seconde geantwoord.</numerusform>
            <numerusform>De actieve FieldConnect heeft niet binnen %n seconden geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running FieldConnect closed the connection without an answer.</source>
        <translation>De actieve FieldConnect heeft de verbinding zonder antwoord gesloten.</translation>
    </message>
    <message>
        <source>The running FieldConnect gave an answer that could not be read.</source>
        <translation>De actieve FieldConnect gaf een antwoord dat niet kon worden gelezen.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message from the other FieldConnect process could not be read.</source>
        <translation>Het bericht van het andere FieldConnect-proces kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Only a fieldconnect://callback/ URL can be handed to FieldConnect.</source>
        <translation>Alleen een fieldconnect://callback/-URL kan aan FieldConnect worden doorgegeven.</translation>
    </message>
    <message>
        <source>FieldConnect is still starting; try again.</source>
        <translation>FieldConnect is nog aan het starten; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Another FieldConnect already answers on %1.</source>
        <translation>Een andere FieldConnect antwoordt al op %1.</translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>Deepomatic is niet bereikbaar (geen antwoord binnen %n seconde); het wordt opnieuw gevraagd zodra het netwerk terug is.</numerusform>
            <numerusform>Deepomatic is niet bereikbaar (geen antwoord binnen %n seconden); het wordt opnieuw gevraagd zodra het netwerk terug is.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.</source>
        <translation>Het API-token van %1 is nog niet geladen; Deepomatic wordt gevraagd zodra het geladen is.</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Aangemaakt in Deepomatic.</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>Geen werkorder geselecteerd.</translation>
    </message>
    <message>
        <source>This intervention is closed.</source>
        <translation>Deze interventie is afgesloten.</translation>
    </message>
    <message>
        <source>A work order with the reference %1 already exists.</source>
        <translation>Er bestaat al een werkorder met de referentie %1.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Gepland.</translation>
    </message>
    <message>
        <source>The work order %1 no longer exists.</source>
        <translation>De werkorder %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>Opened in Deepomatic.</source>
        <translation>Geopend in Deepomatic.</translation>
    </message>
    <message>
        <source>The callback belongs to a launch that is no longer current.</source>
        <translation>De callback hoort bij een start die niet meer actueel is.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % progress.</source>
        <translation>Deepomatic meldde %1 % voortgang.</translation>
    </message>
    <message>
        <source>Already created in Deepomatic.</source>
        <translation>Al aangemaakt in Deepomatic.</translation>
    </message>
    <message>
        <source>Closed with unverified progress %1 % (site policy allows it).</source>
        <translation>Afgesloten met niet-geverifieerde voortgang %1 % (het sitebeleid staat dit toe).</translation>
    </message>
    <message>
        <source>Closed with verified progress %1 % (at least %2 % required).</source>
        <translation>Afgesloten met geverifieerde voortgang %1 % (minstens %2 % vereist).</translation>
    </message>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Deze interventie is al afgesloten.</translation>
    </message>
    <message>
        <source>Closed by supervisor override: %1</source>
        <translation>Afgesloten door overschrijving van de supervisor: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Er zijn geen aanmeldgegevens opgeslagen.</translation>
    </message>
    <message>
        <source>The credential store refused access (%1). Unlock it and try again.</source>
        <translation>De opslag voor aanmeldgegevens weigerde de toegang (%1). Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This computer has no credential store (%1).</source>
        <translation>Deze computer heeft geen opslag voor aanmeldgegevens (%1).</translation>
    </message>
    <message>
        <source>The credential store failed: %1</source>
        <translation>De opslag voor aanmeldgegevens is mislukt: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-sleutelhanger</translation>
    </message>
    <message>
        <source>Secret Service or KWallet</source>
        <translation>Secret Service of KWallet</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s. It may be locked.</source>
        <translation>De opslag voor aanmeldgegevens heeft niet binnen %1 s geantwoord. Mogelijk is hij vergrendeld.</translation>
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
        <translation>Werkorders, adressen, monteurs zoeken…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Create in Deepomatic…</source>
        <translation>Aanmaken in Deepomatic…</translation>
    </message>
    <message>
        <source>Create the selected work orders in Deepomatic, or every planned one when none is selected.</source>
        <translation>De geselecteerde werkorders in Deepomatic aanmaken, of alle geplande als er geen is geselecteerd.</translation>
    </message>
    <message>
        <source>Offline. Your work is kept on this device and sent when the network is back.</source>
        <translation>Offline. Uw werk wordt op dit apparaat bewaard en verzonden zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Toepassingsmenu</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Siteprofielen en API-token</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Weergave…</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Thema, tekstgrootte en taal</translation>
    </message>
    <message>
        <source>Checking %1 in Deepomatic…</source>
        <translation>%1 controleren in Deepomatic…</translation>
    </message>
    <message>
        <source>Cancelled: a return from the browser for this launch is now refused.</source>
        <translation>Geannuleerd: een terugkeer vanuit de browser voor deze start wordt nu geweigerd.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 %. Checking with the API…</source>
        <translation>Deepomatic meldde %1 %. Controleren via de API…</translation>
    </message>
    <message>
        <source>A return from Deepomatic was ignored: %1</source>
        <translation>Een terugkeer vanuit Deepomatic is genegeerd: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verificatie mislukt: %1</translation>
    </message>
    <message>
        <source>&amp;Deepomatic</source>
        <translation>&amp;Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic…</source>
        <translation>Afmelden bij Deepomatic…</translation>
    </message>
    <message>
        <source>Signed out of Deepomatic. The next work order you open asks you to sign in.</source>
        <translation>Afgemeld bij Deepomatic. De volgende werkorder die u opent vraagt u in te loggen.</translation>
    </message>
    <message>
        <source>Sign-out incomplete: %1</source>
        <translation>Afmelden onvolledig: %1</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic</source>
        <translation>Afmelden bij Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic on this device for %1?

The next work order you open will ask you to sign in again. The work orders and their progress in FieldConnect are kept.</source>
        <translation>Op dit apparaat afmelden bij Deepomatic voor %1?

De volgende werkorder die u opent vraagt u opnieuw in te loggen. De werkorders en hun voortgang in FieldConnect blijven bewaard.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>Import planning…</source>
        <translation>Planning importeren…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Voortgang vernieuwen</translation>
    </message>
    <message>
        <source>Verify the progress of the selected work orders (of every one created in Deepomatic when at most one is selected) with the API.</source>
        <translation>De voortgang van de geselecteerde werkorders (van alle in Deepomatic aangemaakte als er hoogstens één is geselecteerd) via de API verifiëren.</translation>
    </message>
    <message>
        <source>No work order created in Deepomatic to refresh.</source>
        <translation>Geen in Deepomatic aangemaakte werkorder om te vernieuwen.</translation>
    </message>
    <message>
        <source>Import planning</source>
        <translation>Planning importeren</translation>
    </message>
    <message>
        <source>Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Planningsbestanden (*.csv *.json);;CSV (*.csv);;JSON (*.json);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n werkorder geïmporteerd uit %1.</numerusform>
            <numerusform>%n werkorders geïmporteerd uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n rij overgeslagen; zie de details.</numerusform>
            <numerusform>%n rijen overgeslagen; zie de details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning imported</source>
        <translation>Planning geïmporteerd</translation>
    </message>
    <message>
        <source>Planning not imported</source>
        <translation>Planning niet geïmporteerd</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Work orders of %1</source>
        <translation>Werkorders van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in afwachting</numerusform>
            <numerusform>%n in afwachting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n onzeker</numerusform>
            <numerusform>%n onzeker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting in the outbox to reach Deepomatic or the back office. Open the outbox to see them.</source>
        <translation>Verzoeken die in de outbox wachten om Deepomatic of de backoffice te bereiken. Open de outbox om ze te zien.</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Werkorders laden…</translation>
    </message>
    <message>
        <source>Offline: the sandbox (%1) cannot be reached</source>
        <translation>Offline: de sandbox (%1) is niet bereikbaar</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Offline: %1 is niet bereikbaar</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n werkorder getoond</numerusform>
            <numerusform>%n werkorders getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the sandbox (%1)</source>
        <translation>Verbonden met de sandbox (%1)</translation>
    </message>
    <message>
        <source>Connected to %1 (testing)</source>
        <translation>Verbonden met %1 (test)</translation>
    </message>
    <message>
        <source>Connected to %1 (production)</source>
        <translation>Verbonden met %1 (productie)</translation>
    </message>
    <message>
        <source>Needs review: closed with unverified progress, which Deepomatic later contradicted.</source>
        <translation>Controle nodig: afgesloten met niet-geverifieerde voortgang, die Deepomatic later tegensprak.</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to Deepomatic or the back office.</source>
        <translation>In afwachting: wacht op verzending naar Deepomatic of de backoffice.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Overschrijving door supervisor</translation>
    </message>
    <message>
        <source>Close this intervention although it is blocked. The reason is kept in the audit trail (at least %1 characters):</source>
        <translation>Deze interventie afsluiten, ook al is ze geblokkeerd. De reden wordt in het auditlogboek bewaard (minstens %1 tekens):</translation>
    </message>
    <message>
        <source>Intervention closed by supervisor override.</source>
        <translation>Interventie afgesloten door overschrijving van de supervisor.</translation>
    </message>
    <message>
        <source>Link to the work order in Deepomatic</source>
        <translation>Koppelen aan de werkorder in Deepomatic</translation>
    </message>
    <message>
        <source>Find the work order named %1 in Deepomatic and enter its id (the last part of its address there). FieldConnect checks the name before linking.</source>
        <translation>Zoek de werkorder met de naam %1 in Deepomatic en voer de id in (het laatste deel van het adres daar). FieldConnect controleert de naam voordat er wordt gekoppeld.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Opnieuw aanmaken</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Create it again only if you checked that Deepomatic has no work order named %1: otherwise there will be two.</source>
        <translation>Het eerste aanmaken van %1 heeft Deepomatic mogelijk bereikt. Maak hem alleen opnieuw aan als u hebt gecontroleerd dat Deepomatic geen werkorder met de naam %1 heeft: anders komen er twee.</translation>
    </message>
    <message>
        <source>Sent again to Deepomatic.</source>
        <translation>Opnieuw naar Deepomatic verzonden.</translation>
    </message>
    <message>
        <source>Intervention closed.</source>
        <translation>Interventie afgesloten.</translation>
    </message>
    <message>
        <source>Leave kiosk…</source>
        <translation>Kiosk verlaten…</translation>
    </message>
    <message>
        <source>Kiosk mode left.</source>
        <translation>Kioskmodus verlaten.</translation>
    </message>
    <message>
        <source>Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → Leave kiosk…</source>
        <translation>Kioskmodus: FieldConnect blijft open. Een supervisor kan hem verlaten via ☰ Menu → Kiosk verlaten…</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Werkorders zoeken</translation>
    </message>
    <message>
        <source>Filters the list by name, address, technician or type as you type.</source>
        <translation>Filtert de lijst tijdens het typen op naam, adres, monteur of type.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Shows only the work orders with this status.</source>
        <translation>Toont alleen de werkorders met deze status.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Een label scannen</translation>
    </message>
    <message>
        <source>Open a work order by scanning the QR code or barcode on the equipment</source>
        <translation>Een werkorder openen door de QR-code of streepjescode op de apparatuur te scannen</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Werkorders</translation>
    </message>
    <message>
        <source>Press Enter to open the selected work order in Deepomatic, or to reach its actions.</source>
        <translation>Druk op Enter om de geselecteerde werkorder in Deepomatic te openen, of om bij de acties te komen.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postvak uit: %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Er zijn geen aanmeldgegevens opgeslagen.</translation>
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
        <translation>Kan geen verzoek voor %1 in de wachtrij plaatsen</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Kan geen transactie starten</translation>
    </message>
    <message>
        <source>Cannot queue requests</source>
        <translation>Kan geen verzoeken in de wachtrij plaatsen</translation>
    </message>
    <message>
        <source>Cannot mark request %1 as sent</source>
        <translation>Kan verzoek %1 niet als verzonden markeren</translation>
    </message>
    <message>
        <source>Request %1 cannot go from in flight to %2.</source>
        <translation>Verzoek %1 kan niet van onderweg naar %2 gaan.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of request %1</source>
        <translation>Kan de uitkomst van verzoek %1 niet vastleggen</translation>
    </message>
    <message>
        <source>Request %1 is no longer in flight.</source>
        <translation>Verzoek %1 is niet meer onderweg.</translation>
    </message>
    <message>
        <source>Cannot resume request %1</source>
        <translation>Kan verzoek %1 niet hervatten</translation>
    </message>
    <message>
        <source>Cannot reschedule request %1</source>
        <translation>Kan verzoek %1 niet opnieuw inplannen</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent again now.</source>
        <translation>Verzoek %1 kan nu niet opnieuw worden verzonden.</translation>
    </message>
    <message>
        <source>Request %1 is not in doubt or failed.</source>
        <translation>Verzoek %1 is niet onzeker of mislukt.</translation>
    </message>
    <message>
        <source>Cannot update request %1</source>
        <translation>Kan verzoek %1 niet bijwerken</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>Verzoek %1 is intussen gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot cancel request %1</source>
        <translation>Kan verzoek %1 niet annuleren</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Geannuleerd voordat het werd verzonden.</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Kan de outbox niet lezen</translation>
    </message>
    <message>
        <source>Cannot discard request %1</source>
        <translation>Kan verzoek %1 niet verwijderen</translation>
    </message>
    <message>
        <source>Discarded from the outbox (%1, %2): it will not be sent.</source>
        <translation>Verwijderd uit de outbox (%1, %2): het wordt niet verzonden.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Opnieuw proberen…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>%1, next attempt at %2</source>
        <translation>%1, volgende poging om %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Nothing is waiting: every request reached Deepomatic.</source>
        <translation>Er wacht niets: elk verzoek heeft Deepomatic bereikt.</translation>
    </message>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Nog niet afgehandelde verzoeken: %n.</numerusform>
            <numerusform>Nog niet afgehandelde verzoeken: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>Wacht op u: %n (selecteer er een en kies dan Opnieuw proberen of Verwijderen).</numerusform>
            <numerusform>Wachten op u: %n (selecteer er een en kies dan Opnieuw proberen of Verwijderen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Sending it again can make a second work order with the same name. Send it again?</source>
        <translation>Het eerste aanmaken van %1 heeft Deepomatic mogelijk bereikt. Opnieuw verzenden kan een tweede werkorder met dezelfde naam opleveren. Opnieuw verzenden?</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; for %2 again, as it is?</source>
        <translation>&quot;%1&quot; voor %2 ongewijzigd opnieuw verzenden?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>%1: sent again.</source>
        <translation>%1: opnieuw verzonden.</translation>
    </message>
    <message>
        <source>FieldConnect will stop trying &quot;%1&quot; for %2. The work order stays here and the discard is kept in its history.</source>
        <translation>FieldConnect stopt met proberen van &quot;%1&quot; voor %2. De werkorder blijft hier en het verwijderen wordt in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>If the creation reached Deepomatic, that work order stays there; link it from the work order&apos;s pane.</source>
        <translation>Als het aanmaken Deepomatic heeft bereikt, blijft die werkorder daar; koppel hem vanuit het paneel van de werkorder.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1: discarded.</source>
        <translation>%1: verwijderd.</translation>
    </message>
    <message>
        <source>Requests in the outbox</source>
        <translation>Verzoeken in het postvak uit</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Aanmaken in Deepomatic</translation>
    </message>
    <message>
        <source>Verify the progress</source>
        <translation>De voortgang verifiëren</translation>
    </message>
    <message>
        <source>Send the closure report</source>
        <translation>Het afsluitrapport verzenden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Onzeker</translation>
    </message>
</context>
<context>
    <name>OutboxRules</name>
    <message>
        <source>FieldConnect stopped while creating this work order, and this site cannot be searched by name: it may or may not exist in Deepomatic. Check in Deepomatic, then send it again or leave it.</source>
        <translation>FieldConnect is gestopt tijdens het aanmaken van deze werkorder, en op deze site kan niet op naam worden gezocht: het is onzeker of hij in Deepomatic bestaat. Controleer het in Deepomatic en verzend hem daarna opnieuw of laat hem zo.</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Creation in doubt: it may already exist in Deepomatic. Check there, then link it or create it again from its details.</source>
        <translation>Aanmaken onzeker: hij bestaat mogelijk al in Deepomatic. Controleer het daar en koppel hem daarna of maak hem opnieuw aan vanuit de details.</translation>
    </message>
    <message>
        <source>Queued for creation in Deepomatic.</source>
        <translation>In de wachtrij voor aanmaken in Deepomatic.</translation>
    </message>
    <message>
        <source>%1 has no creation in doubt or failed to send again.</source>
        <translation>%1 heeft geen onzeker of mislukt aanmaken om opnieuw te verzenden.</translation>
    </message>
    <message>
        <source>Sent again: checked that it was not in Deepomatic.</source>
        <translation>Opnieuw verzonden: gecontroleerd dat hij niet in Deepomatic stond.</translation>
    </message>
    <message>
        <source>Sent again after it failed.</source>
        <translation>Opnieuw verzonden nadat het mislukte.</translation>
    </message>
    <message>
        <source>%1 sent again after it failed.</source>
        <translation>%1 opnieuw verzonden nadat het mislukte.</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the outbox.</source>
        <translation>Verzoek %1 staat niet meer in de outbox.</translation>
    </message>
    <message>
        <source>%1 is not a work order.</source>
        <translation>%1 is geen werkorder.</translation>
    </message>
    <message>
        <source>%1 is already linked to the Deepomatic work order %2.</source>
        <translation>%1 is al gekoppeld aan de Deepomatic-werkorder %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Deepomatic work order id: it is a UUID such as 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</source>
        <translation>&quot;%1&quot; is geen Deepomatic-werkorder-id: dat is een UUID zoals 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</translation>
    </message>
    <message>
        <source>%1 is being created in Deepomatic right now: wait for the outcome.</source>
        <translation>%1 wordt op dit moment in Deepomatic aangemaakt: wacht op de uitkomst.</translation>
    </message>
    <message>
        <source>Deepomatic has no work order %1.</source>
        <translation>Deepomatic heeft geen werkorder %1.</translation>
    </message>
    <message>
        <source>Cannot check the work order %1 in Deepomatic: %2</source>
        <translation>Kan de werkorder %1 niet controleren in Deepomatic: %2</translation>
    </message>
    <message>
        <source>The Deepomatic work order %1 is named &quot;%2&quot;, not &quot;%3&quot;: not linked.</source>
        <translation>De Deepomatic-werkorder %1 heet &quot;%2&quot;, niet &quot;%3&quot;: niet gekoppeld.</translation>
    </message>
    <message>
        <source>Linked to the work order found in Deepomatic (%1).</source>
        <translation>Gekoppeld aan de in Deepomatic gevonden werkorder (%1).</translation>
    </message>
    <message>
        <source>%1 is linked to the Deepomatic work order %2.</source>
        <translation>%1 is gekoppeld aan de Deepomatic-werkorder %2.</translation>
    </message>
    <message>
        <source>the create was interrupted and this site cannot be searched by name</source>
        <translation>het aanmaken is onderbroken en op deze site kan niet op naam worden gezocht</translation>
    </message>
    <message>
        <source>the create was interrupted and the site refused the look-up by name: %1</source>
        <translation>het aanmaken is onderbroken en de site weigerde het zoeken op naam: %1</translation>
    </message>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>het aanmaken is onderbroken en er bestaat %n werkorder met die naam in Deepomatic</numerusform>
            <numerusform>het aanmaken is onderbroken en er bestaan %n werkorders met die naam in Deepomatic</numerusform>
        </translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Aangemaakt in Deepomatic.</translation>
    </message>
    <message>
        <source>the work order %1 does not exist in Deepomatic</source>
        <translation>de werkorder %1 bestaat niet in Deepomatic</translation>
    </message>
    <message>
        <source>the API returned work order %1 instead of %2</source>
        <translation>de API gaf werkorder %1 terug in plaats van %2</translation>
    </message>
    <message>
        <source>Closed with unverified progress; Deepomatic now reports %1 %, below the %2 % required. A supervisor must review this intervention.</source>
        <translation>Afgesloten met niet-geverifieerde voortgang; Deepomatic meldt nu %1 %, onder de vereiste %2 %. Een supervisor moet deze interventie controleren.</translation>
    </message>
    <message>
        <source>The unverified closure is confirmed: Deepomatic reports %1 %.</source>
        <translation>De niet-geverifieerde afsluiting is bevestigd: Deepomatic meldt %1 %.</translation>
    </message>
    <message>
        <source>no back-office URL is configured for closure reports</source>
        <translation>er is geen backoffice-URL geconfigureerd voor afsluitrapporten</translation>
    </message>
    <message>
        <source>Closure report sent to the back office.</source>
        <translation>Afsluitrapport naar de backoffice verzonden.</translation>
    </message>
    <message>
        <source>The back office refused the closure report: %1</source>
        <translation>De backoffice weigerde het afsluitrapport: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeValidation</name>
    <message>
        <source>%1 is not an array.</source>
        <translation>%1 is geen array.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is geen object.</translation>
    </message>
    <message>
        <source>%1.schema is missing or is not an object.</source>
        <translation>%1.schema ontbreekt of is geen object.</translation>
    </message>
    <message>
        <source>%1.schema: %2</source>
        <translation>%1.schema: %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 is geen string.</translation>
    </message>
    <message>
        <source>%1.%2 is not true or false.</source>
        <translation>%1.%2 is niet true of false.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is not one of %1.</source>
        <translation>&quot;type&quot; is niet een van %1.</translation>
    </message>
    <message>
        <source>&quot;enum&quot; is not an array.</source>
        <translation>&quot;enum&quot; is geen array.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative integer.</source>
        <translation>&quot;%1&quot; is geen niet-negatief geheel getal.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is longer than %1 characters.</source>
        <translation>&quot;pattern&quot; is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a regular expression (%1).</source>
        <translation>&quot;pattern&quot; is geen reguliere expressie (%1).</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>geen string</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is not understood.</source>
        <translation>het sleutelwoord &quot;%1&quot; wordt niet begrepen.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Foto&apos;s (%1)</translation>
    </message>
    <message>
        <source>Photo not sent</source>
        <translation>Foto niet verzonden</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>The camera gave an empty photo.</source>
        <translation>De camera gaf een lege foto.</translation>
    </message>
    <message>
        <source>“%1” is not a photo FieldConnect can read (%2).</source>
        <translation>“%1” is geen foto die FieldConnect kan lezen (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The folder “%1” for photos cannot be made.</source>
        <translation>De map “%1” voor foto&apos;s kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The photo cannot be written to “%1”: %2</source>
        <translation>De foto kan niet naar “%1” worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Back to the work order</source>
        <translation>Terug naar de werkorder</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Hele foto</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Only the thumbnail can be shown: %1</source>
        <translation>Alleen de miniatuur kan worden getoond: %1</translation>
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
        <translation>een pincode heeft %1 tot %2 cijfers</translation>
    </message>
    <message>
        <source>a PIN has digits only (0 to 9)</source>
        <translation>een pincode heeft alleen cijfers (0 tot 9)</translation>
    </message>
    <message>
        <source>not a PIN hash of the form %1$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (make one with fieldconnect --hash-pin)</source>
        <translation>geen pincode-hash van de vorm %1$&lt;iteraties&gt;$&lt;salt&gt;$&lt;hash&gt; (maak er een met fieldconnect --hash-pin)</translation>
    </message>
    <message>
        <source>the iteration count &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>het aantal iteraties &quot;%1&quot; is geen getal van %2 tot %3</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <translation>de salt is geen base64 van minstens %1 bytes</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <translation>de hash is geen base64 van %1 bytes</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlaten</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisorpincode</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Pincode wissen</translation>
    </message>
    <message>
        <source>⌫ Back</source>
        <translation>⌫ Terug</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No supervisor PIN is set in the deployment file, so kiosk mode cannot be left here. Ask your IT department (see [kiosk] pin_hash).</source>
        <translation>Er is geen supervisorpincode ingesteld in het uitrolbestand, dus de kioskmodus kan hier niet worden verlaten. Vraag het uw IT-afdeling (zie [kiosk] pin_hash).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n poging voordat het toetsenblok wacht.</numerusform>
            <numerusform>Verkeerde pincode. Nog %n pogingen voordat het toetsenblok wacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>U kunt de pincode opnieuw proberen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningFile</name>
    <message>
        <source>Field %1: %2</source>
        <translation>Veld %1: %2</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a value that is not quoted; quote the whole value and double the quote (&quot;&quot;).</source>
        <translation>een aanhalingsteken (&quot;) binnen een waarde zonder aanhalingstekens; zet de hele waarde tussen aanhalingstekens en verdubbel het aanhalingsteken (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote.</source>
        <translation>tekst na het sluitende aanhalingsteken.</translation>
    </message>
    <message>
        <source>Field %1: a quoted value is never closed (the rest of the file was read into it).</source>
        <translation>Veld %1: een waarde tussen aanhalingstekens wordt nooit gesloten (de rest van het bestand is erin gelezen).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>een booleaanse waarde</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text, not %2.</source>
        <translation>&quot;%1&quot; moet een lijst met tekst zijn, niet %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text; it contains %2.</source>
        <translation>&quot;%1&quot; moet een lijst met tekst zijn; hij bevat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>&quot;%1&quot; moet tekst zijn, niet %2.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object, not %1.</source>
        <translation>&quot;metadata&quot; moet een object zijn, niet %1.</translation>
    </message>
    <message>
        <source>&quot;metadata.%1&quot; must be text, a number or a boolean, not %2.</source>
        <translation>&quot;metadata.%1&quot; moet tekst, een getal of een booleaanse waarde zijn, niet %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Onbekend veld &quot;%1&quot;; de velden zijn: %2.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Het verplichte veld &quot;%1&quot; ontbreekt of is leeg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; heeft %2 tekens; maximaal %3 zijn toegestaan.</translation>
    </message>
    <message>
        <source>Invalid name %1 (%2): %3</source>
        <translation>Ongeldige naam %1 (%2): %3</translation>
    </message>
    <message>
        <source>the reference is the name when &quot;name&quot; is empty</source>
        <translation>de referentie is de naam als &quot;name&quot; leeg is</translation>
    </message>
    <message>
        <source>Bad date %1 in &quot;planned_date&quot;: expected an ISO 8601 date yyyy-mm-dd, such as 2026-04-01.</source>
        <translation>Ongeldige datum %1 in &quot;planned_date&quot;: verwacht een ISO 8601-datum jjjj-mm-dd, zoals 2026-04-01.</translation>
    </message>
    <message>
        <source>Bad e-mail address %1 in &quot;technician_email&quot;.</source>
        <translation>Ongeldig e-mailadres %1 in &quot;technician_email&quot;.</translation>
    </message>
    <message>
        <source>Unknown work order type %1; this site&apos;s types are: %2.</source>
        <translation>Onbekend werkordertype %1; de typen van deze site zijn: %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: already used on line %2.</source>
        <translation>Dubbele referentie %1: al gebruikt op regel %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Dubbele referentie %1: er bestaat al een werkorder met deze referentie (die wordt nooit overschreven).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>De kopregel is ongeldig: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>The header has an empty name (%1).</source>
        <translation>De kopregel heeft een lege naam (%1).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (%2).</source>
        <translation>De kolom &quot;%1&quot; komt twee keer voor (%2).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (%2); the columns are: %3, and meta.&lt;key&gt; for metadata.</source>
        <translation>Onbekende kolom &quot;%1&quot; (%2); de kolommen zijn: %3, en meta.&lt;key&gt; voor metadata.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>De verplichte kolom &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>Het bestand heeft meer dan %1 rijen; splits het.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>De rij heeft %1 velden; de kopregel heeft er %2.</translation>
    </message>
    <message>
        <source>The file has a header but no work orders.</source>
        <translation>Het bestand heeft een kopregel maar geen werkorders.</translation>
    </message>
    <message>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>De JSON is ongeldig bij %1: %2.</translation>
    </message>
    <message>
        <source>A JSON planning is an array of work orders, or an object {&quot;work_orders&quot;: [...]}.</source>
        <translation>Een JSON-planning is een array van werkorders, of een object {&quot;work_orders&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; at the top. %2</source>
        <translation>Onbekende sleutel &quot;%1&quot; op het hoogste niveau. %2</translation>
    </message>
    <message>
        <source>The file has no work orders.</source>
        <translation>Het bestand bevat geen werkorders.</translation>
    </message>
    <message>
        <source>The file has more than %1 work orders; split it.</source>
        <translation>Het bestand heeft meer dan %1 werkorders; splits het.</translation>
    </message>
    <message>
        <source>Work order %1 is %2, not an object.</source>
        <translation>Werkorder %1 is %2, geen object.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a planning file may have at most %2.</source>
        <translation>Het bestand heeft %1 bytes; een planningsbestand mag er maximaal %2 hebben.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad bytes on line %1); save it as UTF-8 (CSV UTF-8 in a spreadsheet).</source>
        <translation>Het bestand is geen UTF-8-tekst (eerste foute bytes op regel %1); sla het op als UTF-8 (CSV UTF-8 in een spreadsheet).</translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a planning file may have at most %3.</source>
        <translation>%1 heeft %2 bytes; een planningsbestand mag er maximaal %3 hebben.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as a planning.</source>
        <translation>Er is niets geïmporteerd: het bestand kan niet als planning worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n rij heeft problemen, en het importeren is alles of niets.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n rijen hebben problemen, en het importeren is alles of niets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row is good.</source>
        <translation>Er is niets geïmporteerd: geen enkele rij is goed.</translation>
    </message>
    <message>
        <source>Imported from the planning file %1, line %2.</source>
        <translation>Geïmporteerd uit het planningsbestand %1, regel %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Duplicate reference &quot;%1&quot;: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Dubbele referentie &quot;%1&quot;: er bestaat al een werkorder met deze referentie (die wordt nooit overschreven).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n referentie bestaat al, en het importeren is alles of niets.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n referenties bestaan al, en het importeren is alles of niets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message>
        <source>Import planning: %1</source>
        <translation>Planning importeren: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Dit bestand kan niet worden geïmporteerd:</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n werkorder gelezen, goed.</numerusform>
            <numerusform>%n werkorders gelezen, alle goed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 work order(s) read: %2 good, %3 with problems (listed below with their line).</source>
        <translation>Gelezen werkorders: %1; %2 goed, %3 met problemen (hieronder vermeld met hun regel).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>Alles of niets: alleen importeren als elke rij goed is</translation>
    </message>
    <message>
        <source>Import the good rows, skip the others</source>
        <translation>De goede rijen importeren, de andere overslaan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>Corrigeer het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>No row is good: correct the file and import it again.</source>
        <translation>Geen enkele rij is goed: corrigeer het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>Some rows have problems: with all or nothing, nothing would be imported.</source>
        <translation>Sommige rijen hebben problemen: met alles of niets zou er niets worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>%n werkorder wordt geïmporteerd; de hierboven vermelde rijen worden overgeslagen.</numerusform>
            <numerusform>%n werkorders worden geïmporteerd; de hierboven vermelde rijen worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>%n werkorder wordt geïmporteerd.</numerusform>
            <numerusform>%n werkorders worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the planning file</source>
        <translation>Problemen in het planningsbestand</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>There is no site profile &quot;%1&quot;.</source>
        <translation>Er is geen siteprofiel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile in use is set by your organisation (%1).</source>
        <translation>Het gebruikte profiel is ingesteld door uw organisatie (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be changed here.</source>
        <translation>&quot;%1&quot; komt uit de implementatieconfiguratie of de sandbox en kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; must be lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>De profiel-id &quot;%1&quot; moet uit kleine letters, cijfers, &quot;-&quot; of &quot;_&quot; bestaan.</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een profiel met de id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A user profile is for testing or production, not the sandbox.</source>
        <translation>Een gebruikersprofiel is voor test of productie, niet voor de sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be removed here.</source>
        <translation>&quot;%1&quot; komt uit de implementatieconfiguratie of de sandbox en kan hier niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>ProgressBarDelegate</name>
    <message>
        <source>no progress yet</source>
        <translation>nog geen voortgang</translation>
    </message>
    <message>
        <source>%1 % ✓</source>
        <translation>%1 % ✓</translation>
    </message>
    <message>
        <source>%1 % (unverified)</source>
        <translation>%1 % (niet geverifieerd)</translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Refreshing progress: %1 of %2</source>
        <translation>Voortgang vernieuwen: %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Vernieuwen van de voortgang geannuleerd: %n geverifieerd.</numerusform>
            <numerusform>Vernieuwen van de voortgang geannuleerd: %n geverifieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Voortgang vernieuwd: %n geverifieerd.</numerusform>
            <numerusform>Voortgang vernieuwd: %n geverifieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n kon niet worden geverifieerd.</numerusform>
            <numerusform>%n konden niet worden geverifieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress refresh</source>
        <translation>Voortgang vernieuwen</translation>
    </message>
    <message>
        <source>Cancel the progress refresh</source>
        <translation>Vernieuwen van de voortgang annuleren</translation>
    </message>
</context>
<context>
    <name>RemoteWorkOrder</name>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>Het antwoord heeft geen array &quot;results&quot;.</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>Het antwoord is geen JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Het antwoord is geen JSON-object.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or is not a UUID.</source>
        <translation>Het veld &quot;id&quot; ontbreekt of is geen UUID.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is missing or is not a string.</source>
        <translation>Het veld &quot;name&quot; ontbreekt of is geen string.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Het veld &quot;progress_score&quot; is geen geheel getal van 0 tot 100.</translation>
    </message>
    <message>
        <source>The field &quot;task_groups&quot; is not an array.</source>
        <translation>Het veld &quot;task_groups&quot; is geen array.</translation>
    </message>
    <message>
        <source>The field &quot;inputs&quot; is not an array.</source>
        <translation>Het veld &quot;inputs&quot; is geen array.</translation>
    </message>
    <message>
        <source>results[%1] is not an object.</source>
        <translation>results[%1] is geen object.</translation>
    </message>
    <message>
        <source>results[%1]: %2</source>
        <translation>results[%1]: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is geen object.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 heeft geen naam.</translation>
    </message>
    <message>
        <source>%1.tasks is not an array.</source>
        <translation>%1.tasks is geen array.</translation>
    </message>
    <message>
        <source>%1 Its values are shown without a verdict.</source>
        <translation>%1 De waarden worden zonder oordeel getoond.</translation>
    </message>
    <message>
        <source>%1.state is neither null nor an object.</source>
        <translation>%1.state is noch null noch een object.</translation>
    </message>
    <message>
        <source>%1 has no id.</source>
        <translation>%1 heeft geen id.</translation>
    </message>
    <message>
        <source>%1.task_group_name is missing or is not a string.</source>
        <translation>%1.task_group_name ontbreekt of is geen string.</translation>
    </message>
    <message>
        <source>%1.conformity_messages is not an array.</source>
        <translation>%1.conformity_messages is geen array.</translation>
    </message>
    <message>
        <source>%1.%2 is not a size in pixels.</source>
        <translation>%1.%2 is geen grootte in pixels.</translation>
    </message>
    <message>
        <source>%1.media_type is not a string.</source>
        <translation>%1.media_type is geen string.</translation>
    </message>
    <message>
        <source>%1.image_url is not a URL.</source>
        <translation>%1.image_url is geen URL.</translation>
    </message>
</context>
<context>
    <name>RenderingGuard</name>
    <message>
        <source>FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now uses software rendering, which avoids graphics driver problems. Start with --enable-gpu to try the graphics card again.</source>
        <translation>FieldConnect is onverwacht gestopt tijdens het tonen van een Deepomatic-pagina. De pagina gebruikt nu softwarerendering, wat problemen met het grafische stuurprogramma voorkomt. Start met --enable-gpu om de grafische kaart opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The Deepomatic page uses software rendering (--disable-gpu).</source>
        <translation>De Deepomatic-pagina gebruikt softwarerendering (--disable-gpu).</translation>
    </message>
</context>
<context>
    <name>ScanResolver</name>
    <message>
        <source>The code read holds no text.</source>
        <translation>De gelezen code bevat geen tekst.</translation>
    </message>
    <message>
        <source>The code “%1” matches several work orders (%2): search for the one you want in the list.</source>
        <translation>De code “%1” past bij meerdere werkorders (%2): zoek de gewenste op in de lijst.</translation>
    </message>
    <message>
        <source>No work order matches the code “%1”. Check that it is the label of a work order of this site, or search the list.</source>
        <translation>Geen werkorder past bij de code “%1”. Controleer of het het label van een werkorder van deze site is, of zoek in de lijst.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s deployment file: read-only here.</source>
        <translation>Ingesteld door het implementatiebestand van uw organisatie: hier alleen-lezen.</translation>
    </message>
    <message>
        <source>The built-in sandbox: read-only.</source>
        <translation>De ingebouwde sandbox: alleen-lezen.</translation>
    </message>
    <message>
        <source>Your own profile, kept in your settings (never the token).</source>
        <translation>Uw eigen profiel, bewaard in uw instellingen (nooit het token).</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Siteprofielen en API-token</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profiel toevoegen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dit profiel gebruiken</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Ingesteld door uw organisatie</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>for example: ACME fibre (testing)</source>
        <translation>bijvoorbeeld: ACME glasvezel (test)</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiel-id</translation>
    </message>
    <message>
        <source>for example: acme-testing</source>
        <translation>bijvoorbeeld: acme-testing</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Site id (UUID)</source>
        <translation>Site-id (UUID)</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Organisation slug</source>
        <translation>Organisatieslug</translation>
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
        <translation>afgeleid van de regio en de site-id</translation>
    </message>
    <message>
        <source>Closing an intervention</source>
        <translation>Een interventie afsluiten</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Drempel (%)</translation>
    </message>
    <message>
        <source>Thresholds per work order type</source>
        <translation>Drempels per werkordertype</translation>
    </message>
    <message>
        <source>for example: installation=80, maintenance=60</source>
        <translation>bijvoorbeeld: installation=80, maintenance=60</translation>
    </message>
    <message>
        <source>When Deepomatic cannot be reached</source>
        <translation>Als Deepomatic niet bereikbaar is</translation>
    </message>
    <message>
        <source>Block until the progress is verified</source>
        <translation>Blokkeren tot de voortgang is geverifieerd</translation>
    </message>
    <message>
        <source>Allow an unverified progress (recorded as such)</source>
        <translation>Niet-geverifieerde voortgang toestaan (als zodanig vastgelegd)</translation>
    </message>
    <message>
        <source>May close a work order never opened on this device</source>
        <translation>Mag een werkorder afsluiten die nooit op dit apparaat is geopend</translation>
    </message>
    <message>
        <source>A supervisor may close a blocked intervention, with a reason</source>
        <translation>Een supervisor mag een geblokkeerde interventie afsluiten, met een reden</translation>
    </message>
    <message>
        <source>Connector and callback</source>
        <translation>Connector en callback</translation>
    </message>
    <message>
        <source>Connector opens</source>
        <translation>Connector opent</translation>
    </message>
    <message>
        <source>Inside FieldConnect</source>
        <translation>Binnen FieldConnect</translation>
    </message>
    <message>
        <source>In the system browser</source>
        <translation>In de systeembrowser</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>fieldconnect:// address</source>
        <translation>fieldconnect://-adres</translation>
    </message>
    <message>
        <source>https:// address of the site</source>
        <translation>https://-adres van de site</translation>
    </message>
    <message>
        <source>Callback https prefix</source>
        <translation>https-voorvoegsel van de callback</translation>
    </message>
    <message>
        <source>Pass the progress in the URL fragment</source>
        <translation>De voortgang in het URL-fragment doorgeven</translation>
    </message>
    <message>
        <source>Private browsing: never keep the Deepomatic sign-in</source>
        <translation>Privé browsen: de Deepomatic-aanmelding nooit bewaren</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <source>Sign-in hosts</source>
        <translation>Inloghosts</translation>
    </message>
    <message>
        <source>for example: login.example.com, sso.example.com</source>
        <translation>bijvoorbeeld: login.example.com, sso.example.com</translation>
    </message>
    <message>
        <source>Photo hosts</source>
        <translation>Fotohosts</translation>
    </message>
    <message>
        <source>for example: storage.example.com</source>
        <translation>bijvoorbeeld: storage.example.com</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links naar andere sites</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Opened in the system browser</source>
        <translation>Geopend in de systeembrowser</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Camera en microfoon</translation>
    </message>
    <message>
        <source>Allowed for the sign-in and studio hosts</source>
        <translation>Toegestaan voor de inlog- en studiohosts</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Allow downloads from the page</source>
        <translation>Downloads vanaf de pagina toestaan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gelijktijdige verzoeken</translation>
    </message>
    <message>
        <source>The site can find a work order by name (resolves uncertain creations)</source>
        <translation>De site kan een werkorder op naam vinden (lost onzeker aanmaken op)</translation>
    </message>
    <message>
        <source>Closure report URL</source>
        <translation>URL voor afsluitrapporten</translation>
    </message>
    <message>
        <source>none: no report is sent</source>
        <translation>geen: er wordt geen rapport verzonden</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Vastgepind certificaat</translation>
    </message>
    <message>
        <source>for example: host.example.com followed by its SHA-256 fingerprint</source>
        <translation>bijvoorbeeld: host.example.com gevolgd door de SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profiel opslaan</translation>
    </message>
    <message>
        <source>Deepomatic API token</source>
        <translation>Deepomatic API-token</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Tokens worden bewaard in %1.</translation>
    </message>
    <message>
        <source>Paste a new token to set it; the stored one is never shown</source>
        <translation>Plak een nieuw token om het in te stellen; het opgeslagen token wordt nooit getoond</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Token opslaan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token verwijderen</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in gebruik)</translation>
    </message>
    <message>
        <source>Set by your organisation in %1; it cannot be changed here.</source>
        <translation>Ingesteld door uw organisatie in %1; dit kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Set by your organisation: the profile in use cannot be changed (%1).</source>
        <translation>Ingesteld door uw organisatie: het gebruikte profiel kan niet worden gewijzigd (%1).</translation>
    </message>
    <message>
        <source>A new profile of your own.</source>
        <translation>Een nieuw eigen profiel.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel opgeslagen.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Sla eerst het profiel op.</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Plak eerst het token.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Token saved in %1.</source>
        <translation>Token opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Het token kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1
The token is kept in memory for this session only.</source>
        <translation>%1
Het token wordt alleen voor deze sessie in het geheugen bewaard.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token verwijderd.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Het token kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbinding met %1 testen…</translation>
    </message>
    <message>
        <source>No token is stored for %1: paste one above.</source>
        <translation>Er is geen token opgeslagen voor %1: plak er hierboven een.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;work order type&gt;=&lt;threshold&gt;</source>
        <translation>&quot;%1&quot; is geen &lt;werkordertype&gt;=&lt;drempel&gt;</translation>
    </message>
    <message>
        <source>Longest photo side (pixels)</source>
        <translation>Langste fotozijde (pixels)</translation>
    </message>
    <message>
        <source>Site profiles</source>
        <translation>Siteprofielen</translation>
    </message>
    <message>
        <source>Metadata field on the labels (Scan)</source>
        <translation>Metadataveld op de labels (Scannen)</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>site_id is missing or is not a UUID.</source>
        <translation>site_id ontbreekt of is geen UUID.</translation>
    </message>
    <message>
        <source>org_slug &quot;%1&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;).</source>
        <translation>org_slug &quot;%1&quot; is geen slug (kleine letters, cijfers, &quot;-&quot; of &quot;_&quot;).</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>De studio-URL &quot;%1&quot; moet https zijn (gewoon http alleen op loopback).</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>De API-URL &quot;%1&quot; moet https zijn (gewoon http alleen op loopback).</translation>
    </message>
    <message>
        <source>The threshold %1 is outside 0–100.</source>
        <translation>De drempel %1 ligt buiten 0–100.</translation>
    </message>
    <message>
        <source>%1 requests in flight is outside %2–%3.</source>
        <translation>Het aantal verzoeken onderweg (%1) ligt buiten %2–%3.</translation>
    </message>
    <message>
        <source>The https callback prefix &quot;%1&quot; must be an https URL with a host.</source>
        <translation>Het https-voorvoegsel van de callback &quot;%1&quot; moet een https-URL met een host zijn.</translation>
    </message>
    <message>
        <source>connector_mode &quot;external&quot; needs callback_mode &quot;scheme&quot;: the browser can only give a fieldconnect:// callback back to the app.</source>
        <translation>connector_mode &quot;external&quot; vereist callback_mode &quot;scheme&quot;: de browser kan alleen een fieldconnect://-callback aan de app teruggeven.</translation>
    </message>
    <message>
        <source>The closure report URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>De URL voor afsluitrapporten &quot;%1&quot; moet https zijn (gewoon http alleen op loopback).</translation>
    </message>
    <message>
        <source>The navigation allow-list entry &quot;%1&quot; is not a host name.</source>
        <translation>De vermelding &quot;%1&quot; op de toegestane navigatielijst is geen hostnaam.</translation>
    </message>
    <message>
        <source>A photo side of %1 pixels is outside %2–%3.</source>
        <translation>Een fotozijde van %1 pixels ligt buiten %2–%3.</translation>
    </message>
    <message>
        <source>scan_key &quot;%1&quot; is not a metadata field name (letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, at most 64).</source>
        <translation>scan_key "%1" is geen naam van een metadataveld (letters, cijfers, "_", "-" of ".", hoogstens 64).</translation>
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
        <translation>onbekende instelling</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 or %3</source>
        <translation>&quot;%1&quot; is niet %2 of %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL (plain http only on loopback)</source>
        <translation>&quot;%1&quot; is geen https-URL (gewoon http alleen op loopback)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from %2 to %3</source>
        <translation>&quot;%1&quot; is geen geheel getal van %2 tot %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; is geen UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>&quot;%1&quot; is geen slug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; is niet true of false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; is geen hostnaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>&quot;%1&quot; is geen geheel getal van 0 tot 100 voor een genoemd werkordertype</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>&quot;%1&quot; is geen &quot;&lt;host&gt; &lt;SHA-256-vingerafdruk&gt;&quot;</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1: [%2] %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field name</source>
        <translation>"%1" is geen naam van een metadataveld</translation>
    </message>
</context>
<context>
    <name>TaskCorrection</name>
    <message>
        <source>The field &quot;id&quot; is missing or is not a task id.</source>
        <translation>Het veld &quot;id&quot; ontbreekt of is geen taak-id.</translation>
    </message>
    <message>
        <source>The field &quot;state&quot; is missing or is not an object.</source>
        <translation>Het veld &quot;state&quot; ontbreekt of is geen object.</translation>
    </message>
    <message>
        <source>The field &quot;state.corrected_value&quot; is missing.</source>
        <translation>Het veld &quot;state.corrected_value&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>The field &quot;state.message&quot; is not a string.</source>
        <translation>Het veld &quot;state.message&quot; is geen string.</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Niet geanalyseerd</translation>
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
        <translation>Niet OK</translation>
    </message>
    <message>
        <source>Not OK: %1</source>
        <translation>Niet OK: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Gecorrigeerd: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Deepomatic API token</source>
        <translation>Deepomatic API-token</translation>
    </message>
    <message>
        <source>API token for %1 (%2):</source>
        <translation>API-token voor %1 (%2):</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>opgeslagen in %1</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>alleen deze sessie</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>Geen opslag voor aanmeldgegevens</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

Het API-token wordt bij elke start gevraagd en alleen in het geheugen bewaard.</translation>
    </message>
</context>
<context>
    <name>WebProfiles</name>
    <message>
        <source>The studio address of this site is not valid; its web storage was not cleared.</source>
        <translation>Het studioadres van deze site is niet geldig; de webopslag ervan is niet gewist.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be cleared in time.</source>
        <translation>De Deepomatic-webopslag kon niet op tijd worden gewist.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be opened to clear it.</source>
        <translation>De Deepomatic-webopslag kon niet worden geopend om hem te wissen.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage was not cleared (%1).</source>
        <translation>De Deepomatic-webopslag is niet gewist (%1).</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Select a work order in the list.</source>
        <translation>Selecteer een werkorder in de lijst.</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Aanmaken in Deepomatic</translation>
    </message>
    <message>
        <source>Open in Deepomatic</source>
        <translation>Openen in Deepomatic</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Voortgang vernieuwen</translation>
    </message>
    <message>
        <source>Preview in Deepomatic</source>
        <translation>Voorbeeld in Deepomatic</translation>
    </message>
    <message>
        <source>Look at the Deepomatic page read-only: nothing done there changes this work order.</source>
        <translation>De Deepomatic-pagina alleen-lezen bekijken: niets wat daar gebeurt verandert deze werkorder.</translation>
    </message>
    <message>
        <source>Close intervention</source>
        <translation>Interventie afsluiten</translation>
    </message>
    <message>
        <source>Link to the existing one…</source>
        <translation>Koppelen aan de bestaande…</translation>
    </message>
    <message>
        <source>This work order may already be in Deepomatic: enter its id from there, so that it is not created twice.</source>
        <translation>Deze werkorder staat mogelijk al in Deepomatic: voer de id van daar in, zodat hij niet twee keer wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Create again…</source>
        <translation>Opnieuw aanmaken…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Overschrijving door supervisor…</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Foto&apos;s en resultaten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Deepomatic id</source>
        <translation>Deepomatic-id</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>nog niet aangemaakt</translation>
    </message>
    <message>
        <source>Reported by Deepomatic&apos;s callback on %1, not verified yet.</source>
        <translation>Gemeld door de callback van Deepomatic op %1, nog niet geverifieerd.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1 by a progress refresh; this work order was not opened on this device.</source>
        <translation>Geverifieerd met Deepomatic op %1 bij het vernieuwen van de voortgang; deze werkorder is niet op dit apparaat geopend.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1, after the intervention on this device.</source>
        <translation>Geverifieerd met Deepomatic op %1, na de interventie op dit apparaat.</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>nog geen voortgang</translation>
    </message>
    <message>
        <source>Reopen in Deepomatic</source>
        <translation>Opnieuw openen in Deepomatic</translation>
    </message>
    <message>
        <source>Close intervention (unverified)</source>
        <translation>Interventie afsluiten (niet geverifieerd)</translation>
    </message>
    <message>
        <source>Creation in doubt: it was sent, but no answer came back. Look for it in Deepomatic, then link it, or create it again if it is not there.</source>
        <translation>Aanmaken onzeker: het is verzonden, maar er kwam geen antwoord terug. Zoek hem in Deepomatic en koppel hem daarna, of maak hem opnieuw aan als hij er niet is.</translation>
    </message>
    <message>
        <source>This work order may already exist in Deepomatic: settle its creation before the intervention.</source>
        <translation>Deze werkorder bestaat mogelijk al in Deepomatic: handel het aanmaken af vóór de interventie.</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Aanmaken mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic heeft %n werkorder met deze naam. Koppel de werkorder die bij dit aanmaken is ontstaan:</numerusform>
            <numerusform>Deepomatic heeft %n werkorders met deze naam. Koppel de werkorder die bij dit aanmaken is ontstaan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · progress %2 %</source>
        <translation>Aangemaakt %1 · voortgang %2 %</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>op een onbekende datum</translation>
    </message>
    <message>
        <source>Link to this one</source>
        <translation>Hieraan koppelen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>op een onbekend tijdstip</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic on %2</source>
        <translation>%1 %, geverifieerd met Deepomatic op %2</translation>
    </message>
    <message>
        <source>%1 %, reported by the page on %2, not verified</source>
        <translation>%1 %, gemeld door de pagina op %2, niet geverifieerd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>History of this work order</source>
        <translation>Geschiedenis van deze werkorder</translation>
    </message>
    <message>
        <source>Whether the intervention can be closed, and why</source>
        <translation>Of de interventie kan worden afgesloten, en waarom</translation>
    </message>
</context>
<context>
    <name>WorkOrderEvent</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Waiting to be created in Deepomatic</source>
        <translation>Wacht op aanmaken in Deepomatic</translation>
    </message>
    <message>
        <source>Creation sent again</source>
        <translation>Aanmaken opnieuw verzonden</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>Aangemaakt in Deepomatic</translation>
    </message>
    <message>
        <source>Linked to a work order in Deepomatic</source>
        <translation>Gekoppeld aan een werkorder in Deepomatic</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Aanmaken mislukt</translation>
    </message>
    <message>
        <source>Creation in doubt</source>
        <translation>Aanmaken onzeker</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Verzoek geannuleerd</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Verzoek opnieuw verzonden</translation>
    </message>
    <message>
        <source>Request discarded</source>
        <translation>Verzoek verwijderd</translation>
    </message>
    <message>
        <source>Opened in Deepomatic</source>
        <translation>Geopend in Deepomatic</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Callback ontvangen</translation>
    </message>
    <message>
        <source>Callback rejected</source>
        <translation>Callback geweigerd</translation>
    </message>
    <message>
        <source>Progress verified</source>
        <translation>Voortgang geverifieerd</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verificatie mislukt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>Closure verified</source>
        <translation>Afsluiting geverifieerd</translation>
    </message>
    <message>
        <source>Closure report sent</source>
        <translation>Afsluitrapport verzonden</translation>
    </message>
    <message>
        <source>Closure report refused</source>
        <translation>Afsluitrapport geweigerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Afgesloten door overschrijving van de supervisor</translation>
    </message>
</context>
<context>
    <name>WorkOrderResultsView</name>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Photos and results appear here once the work order exists in Deepomatic.</source>
        <translation>Foto&apos;s en resultaten verschijnen hier zodra de werkorder in Deepomatic bestaat.</translation>
    </message>
    <message>
        <source>Loading the results from Deepomatic…</source>
        <translation>Resultaten laden uit Deepomatic…</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>Kan de resultaten niet laden: %1</translation>
    </message>
    <message>
        <source>Last known results from %1; the site cannot be reached.</source>
        <translation>Laatst bekende resultaten van %1; de site is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Last known results from %1; they could not be refreshed: %2</source>
        <translation>Laatst bekende resultaten van %1; ze konden niet worden vernieuwd: %2</translation>
    </message>
    <message>
        <source>Deepomatic progress: %1 %</source>
        <translation>Deepomatic-voortgang: %1 %</translation>
    </message>
    <message>
        <source>last analysis %1</source>
        <translation>laatste analyse %1</translation>
    </message>
    <message>
        <source>no photo analysed yet</source>
        <translation>nog geen foto geanalyseerd</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>beoordeeld %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Pdf-document</translation>
    </message>
    <message>
        <source>PDF sent on %1</source>
        <translation>Pdf verzonden op %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto van %1</translation>
    </message>
    <message>
        <source>Photo unavailable</source>
        <translation>Foto niet beschikbaar</translation>
    </message>
    <message>
        <source>Opens the photo on the whole screen</source>
        <translation>Opent de foto op het volledige scherm</translation>
    </message>
    <message>
        <source>Refresh photos and results</source>
        <translation>Foto's en resultaten vernieuwen</translation>
    </message>
</context>
<context>
    <name>WorkOrderScanner</name>
    <message>
        <source>Choose an image of the label</source>
        <translation>Kies een afbeelding van het label</translation>
    </message>
    <message>
        <source>No work order found</source>
        <translation>Geen werkorder gevonden</translation>
    </message>
</context>
<context>
    <name>WorkOrderStatus</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Klaar om af te sluiten</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Closed (override)</source>
        <translation>Afgesloten (overschreven)</translation>
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
        <translation>Kan de werkorderdatabase niet openen</translation>
    </message>
    <message>
        <source>Cannot configure the work order database</source>
        <translation>Kan de werkorderdatabase niet configureren</translation>
    </message>
    <message>
        <source>Cannot read the database version</source>
        <translation>Kan de databaseversie niet lezen</translation>
    </message>
    <message>
        <source>The database was written by a newer FieldConnect</source>
        <translation>De database is geschreven door een nieuwere FieldConnect</translation>
    </message>
    <message>
        <source>schema version %1, this version knows up to %2</source>
        <translation>schemaversie %1, deze versie kent tot en met %2</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>Kan geen migratie starten</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Migratie naar versie %1 mislukt</translation>
    </message>
    <message>
        <source>Cannot read work orders</source>
        <translation>Kan de werkorders niet lezen</translation>
    </message>
    <message>
        <source>Cannot save work order %1</source>
        <translation>Kan werkorder %1 niet opslaan</translation>
    </message>
    <message>
        <source>Cannot record an event for %1</source>
        <translation>Kan geen gebeurtenis vastleggen voor %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Kan geen transactie starten</translation>
    </message>
    <message>
        <source>Cannot save work orders</source>
        <translation>Kan de werkorders niet opslaan</translation>
    </message>
    <message>
        <source>Cannot keep the results of %1</source>
        <translation>Kan de resultaten van %1 niet bewaren</translation>
    </message>
    <message>
        <source>Cannot read the results of %1</source>
        <translation>Kan de resultaten van %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot read events</source>
        <translation>Kan de gebeurtenissen niet lezen</translation>
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
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · needs review</source>
        <translation>%1 · controle nodig</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · in afwachting</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic</source>
        <translation>%1 %, geverifieerd met Deepomatic</translation>
    </message>
    <message>
        <source>%1 %, reported by the callback, not verified</source>
        <translation>%1 %, gemeld door de callback, niet geverifieerd</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1</source>
        <translation>Geverifieerd met Deepomatic op %1</translation>
    </message>
    <message>
        <source>The progress has not been verified with Deepomatic.</source>
        <translation>De voortgang is niet geverifieerd met Deepomatic.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Nog geen voortgang</translation>
    </message>
    <message>
        <source>Progress %1 percent, verified</source>
        <translation>Voortgang %1 procent, geverifieerd</translation>
    </message>
    <message>
        <source>Progress %1 percent, not verified</source>
        <translation>Voortgang %1 procent, niet geverifieerd</translation>
    </message>
</context>
</TS>
