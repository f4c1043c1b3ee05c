<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldConnect</source>
        <translation>Informazioni su FieldConnect</translation>
    </message>
    <message>
        <source>FieldConnect %1</source>
        <translation>FieldConnect %1</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Interventi verificati tramite foto con il Work Order Connector di Deepomatic.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (in esecuzione):</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (compilato con):</translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation>Chromium (Qt WebEngine):</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dati:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Cartella dei log:</translation>
    </message>
    <message>
        <source>Site profile in use:</source>
        <translation>Profilo del sito in uso:</translation>
    </message>
</context>
<context>
    <name>AnalyzeRequest</name>
    <message>
        <source>No task group was given for the photo.</source>
        <translation>Non è stato indicato alcun gruppo di attività per la foto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>Only an image or a PDF can be analysed.</source>
        <translation>È possibile analizzare solo un&apos;immagine o un PDF.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>Il PDF è di %1 MB; Deepomatic accetta al massimo %2 MB.</translation>
    </message>
    <message>
        <source>The image is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>L&apos;immagine è di %1 MB; Deepomatic accetta al massimo %2 MB.</translation>
    </message>
    <message>
        <source>The image address must be an absolute http or https URL.</source>
        <translation>L&apos;indirizzo dell&apos;immagine deve essere un URL http o https assoluto.</translation>
    </message>
</context>
<context>
    <name>AnalyzeResult</name>
    <message>
        <source>The field &quot;input&quot; is missing or is not an object.</source>
        <translation>Il campo &quot;input&quot; manca o non è un oggetto.</translation>
    </message>
    <message>
        <source>The field &quot;task_group&quot; is missing or is not an object.</source>
        <translation>Il campo &quot;task_group&quot; manca o non è un oggetto.</translation>
    </message>
    <message>
        <source>The input belongs to &quot;%1&quot; but the task group is &quot;%2&quot;.</source>
        <translation>L&apos;input appartiene a &quot;%1&quot; ma il gruppo di attività è &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Il campo &quot;progress_score&quot; non è un intero da 0 a 100.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no details given</source>
        <translation>nessun dettaglio fornito</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>il server</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Il server</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connessione sicura a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Risposta inattesa dal server: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>The work order may or may not exist in Deepomatic (%1). Check it in Deepomatic before creating it again.</source>
        <translation>Non è certo che l&apos;ordine di lavoro esista in Deepomatic (%1). Verificalo in Deepomatic prima di crearlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>ApiTokenLoader</name>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Nessun token API memorizzato per %1.</translation>
    </message>
    <message>
        <source>No API token: work orders cannot be created or verified.</source>
        <translation>Nessun token API: non è possibile creare né verificare ordini di lavoro.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved: %1</source>
        <translation>Il token viene usato per questa sessione ma non è stato possibile salvarlo: %1</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The flow did not complete within %1 s.</source>
        <translation>Il flusso non si è concluso entro %1 s.</translation>
    </message>
    <message>
        <source>No work order named %1.</source>
        <translation>Nessun ordine di lavoro chiamato %1.</translation>
    </message>
    <message>
        <source>There is no work order to copy types and technician from.</source>
        <translation>Non c&apos;è alcun ordine di lavoro da cui copiare tipi e tecnico.</translation>
    </message>
    <message>
        <source>Creation in Deepomatic failed: %1</source>
        <translation>Creazione in Deepomatic non riuscita: %1</translation>
    </message>
    <message>
        <source>Open in Deepomatic is disabled: %1</source>
        <translation>Apri in Deepomatic è disattivato: %1</translation>
    </message>
    <message>
        <source>The connector did not open.</source>
        <translation>Il connettore non si è aperto.</translation>
    </message>
    <message>
        <source>The Deepomatic page did not load.</source>
        <translation>La pagina di Deepomatic non si è caricata.</translation>
    </message>
    <message>
        <source>The Deepomatic page at %1 asks to sign in, and no user was given.</source>
        <translation>La pagina di Deepomatic su %1 chiede di accedere, ma non è stato indicato alcun utente.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was refused: %2</source>
        <translation>L&apos;accesso su %1 è stato rifiutato: %2</translation>
    </message>
    <message>
        <source>The sign-in page has no e-mail field.</source>
        <translation>La pagina di accesso non ha un campo e-mail.</translation>
    </message>
    <message>
        <source>The sign-in page has no password field.</source>
        <translation>La pagina di accesso non ha un campo password.</translation>
    </message>
    <message>
        <source>The sign-in page has no Sign in button.</source>
        <translation>La pagina di accesso non ha un pulsante Accedi.</translation>
    </message>
    <message>
        <source>The page has no photo button number %1.</source>
        <translation>La pagina non ha il pulsante foto numero %1.</translation>
    </message>
    <message>
        <source>the photo to be recorded</source>
        <translation>la foto da registrare</translation>
    </message>
    <message>
        <source>The callback was rejected: %1</source>
        <translation>Il callback è stato rifiutato: %1</translation>
    </message>
    <message>
        <source>The page has no Finish button.</source>
        <translation>La pagina non ha un pulsante Fine.</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>No QR code or barcode was found: the picture is empty.</source>
        <translation>Nessun codice QR o codice a barre trovato: l'immagine è vuota.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in the picture. Hold the label flat, well lit and filling the frame.</source>
        <translation>Nessun codice QR o codice a barre trovato nell'immagine. Tieni l'etichetta piatta, ben illuminata e che riempia l'inquadratura.</translation>
    </message>
    <message>
        <source>The image “%1” could not be read: %2</source>
        <translation>Impossibile leggere l'immagine “%1”: %2</translation>
    </message>
</context>
<context>
    <name>BatchCreationDialog</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crea in Deepomatic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1: in doubt — %2</source>
        <translation>%1: incerto — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n ordine di lavoro esiste già in Deepomatic e viene lasciato com&apos;è.</numerusform>
            <numerusform>%n ordini di lavoro esistono già in Deepomatic e vengono lasciati come sono.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 di %2 creati</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n non riuscito</numerusform>
            <numerusform>, %n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n incerto</numerusform>
            <numerusform>, %n incerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annullato</numerusform>
            <numerusform>, %n annullati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n già in Deepomatic)</numerusform>
            <numerusform> (%n già in Deepomatic)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>stima in corso…</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>circa %1 s rimanenti</translation>
    </message>
    <message>
        <source>%1 per second, %2</source>
        <translation>%1 al secondo, %2</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>Avanzamento della creazione</translation>
    </message>
    <message>
        <source>Work orders not created</source>
        <translation>Ordini di lavoro non creati</translation>
    </message>
</context>
<context>
    <name>CallbackParser</name>
    <message>
        <source>The callback URL is not a valid URL.</source>
        <translation>L&apos;URL di callback non è un URL valido.</translation>
    </message>
    <message>
        <source>No connector launch is waiting for a callback.</source>
        <translation>Nessun avvio del connettore è in attesa di un callback.</translation>
    </message>
    <message>
        <source>The callback is not for the work order launch currently open.</source>
        <translation>Il callback non riguarda l&apos;avvio dell&apos;ordine di lavoro attualmente aperto.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once with different values.</source>
        <translation>Il parametro &quot;%1&quot; compare più volte con valori diversi.</translation>
    </message>
    <message>
        <source>work_order_progress appears more than once.</source>
        <translation>work_order_progress compare più di una volta.</translation>
    </message>
    <message>
        <source>The callback carries no work_order_progress.</source>
        <translation>Il callback non contiene work_order_progress.</translation>
    </message>
    <message>
        <source>work_order_progress appears in both the query and the fragment; it must appear exactly once.</source>
        <translation>work_order_progress compare sia nella query sia nel frammento; deve comparire una sola volta.</translation>
    </message>
    <message>
        <source>work_order_progress &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>work_order_progress &quot;%1&quot; non è un intero da 0 a 100.</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>Il callback indica l&apos;ordine di lavoro %1, ma è aperto %2.</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Scatta una foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Back to the Deepomatic page without a photo</source>
        <translation>Torna alla pagina Deepomatic senza foto</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Immagine della fotocamera</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <source>Pick a photo already on this device instead</source>
        <translation>Scegli invece una foto già presente su questo dispositivo</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Rifai</translation>
    </message>
    <message>
        <source>Discard this photo and take another</source>
        <translation>Scarta questa foto e scattane un&apos;altra</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Scatta foto</translation>
    </message>
    <message>
        <source>Takes the photo shown by the camera</source>
        <translation>Scatta la foto mostrata dalla fotocamera</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Usa la foto</translation>
    </message>
    <message>
        <source>Sends this photo to the Deepomatic page</source>
        <translation>Invia questa foto alla pagina Deepomatic</translation>
    </message>
    <message>
        <source>Starting the camera “%1”…</source>
        <translation>Avvio della fotocamera “%1”…</translation>
    </message>
    <message>
        <source>Aim at the equipment, then tap Take photo.</source>
        <translation>Inquadra l&apos;apparecchiatura, poi tocca Scatta foto.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Scatto della foto…</translation>
    </message>
    <message>
        <source>Is it sharp and well lit? Pinch to look closer. Use it, or take it again.</source>
        <translation>È nitida e ben illuminata? Avvicina le dita per ingrandire. Usala o scattala di nuovo.</translation>
    </message>
    <message>
        <source>%1 Choose a photo file instead, or cancel.</source>
        <translation>%1 Scegli invece un file di foto, o annulla.</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Annulla la foto</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Scegli un file di foto</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Rifai la foto</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usa questa foto</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Scansiona un'etichetta</translation>
    </message>
    <message>
        <source>Back to the work orders without scanning</source>
        <translation>Torna agli ordini di lavoro senza scansionare</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Scegli un'immagine…</translation>
    </message>
    <message>
        <source>Read the label from a picture already on this device</source>
        <translation>Leggi l'etichetta da un'immagine già presente su questo dispositivo</translation>
    </message>
    <message>
        <source>Aim at the label on the equipment: it is read as soon as it is in sight.</source>
        <translation>Inquadra l'etichetta sull'apparecchiatura: viene letta appena è visibile.</translation>
    </message>
    <message>
        <source>%1 Choose an image instead, or cancel.</source>
        <translation>%1 Scegli invece un'immagine, o annulla.</translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>La fotocamera ha smesso di funzionare: %1</translation>
    </message>
    <message>
        <source>The camera took no photo: %1</source>
        <translation>La fotocamera non ha scattato alcuna foto: %1</translation>
    </message>
    <message>
        <source>The camera is not ready yet: try again in a moment.</source>
        <translation>La fotocamera non è ancora pronta: riprova tra un momento.</translation>
    </message>
</context>
<context>
    <name>CloseConfirmationDialog</name>
    <message>
        <source>Close intervention</source>
        <translation>Chiudi intervento</translation>
    </message>
    <message>
        <source>Close the intervention for %1?</source>
        <translation>Chiudere l&apos;intervento per %1?</translation>
    </message>
    <message>
        <source>Progress %1 %, verified with Deepomatic on %2.</source>
        <translation>Avanzamento %1 %, verificato con Deepomatic il %2.</translation>
    </message>
    <message>
        <source>Progress %1 %, not verified with Deepomatic (%2).</source>
        <translation>Avanzamento %1 %, non verificato con Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The closure will be recorded as unverified.</source>
        <translation>La chiusura verrà registrata come non verificata.</translation>
    </message>
    <message>
        <source>A closed intervention cannot be reopened here.</source>
        <translation>Un intervento chiuso non può essere riaperto qui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Questo intervento è già chiuso.</translation>
    </message>
    <message>
        <source>This work order does not exist in Deepomatic yet. Create it before the intervention.</source>
        <translation>Questo ordine di lavoro non esiste ancora in Deepomatic. Crealo prima dell&apos;intervento.</translation>
    </message>
    <message>
        <source>Checking the progress with Deepomatic…</source>
        <translation>Verifica dell&apos;avanzamento con Deepomatic…</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified (%2). The closure will be marked unverified and checked later.</source>
        <translation>Non è stato possibile verificare l&apos;avanzamento %1 % (%2). La chiusura verrà contrassegnata come non verificata e controllata in seguito.</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified with Deepomatic: %2. Refresh the progress when the network is back.</source>
        <translation>Non è stato possibile verificare l&apos;avanzamento %1 % con Deepomatic: %2. Aggiorna l&apos;avanzamento quando la rete è di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Progress %1 % has not been verified yet. Refresh the progress.</source>
        <translation>L&apos;avanzamento %1 % non è stato ancora verificato. Aggiorna l&apos;avanzamento.</translation>
    </message>
    <message>
        <source>No progress yet. Open the work order in Deepomatic and take the expected photos.</source>
        <translation>Ancora nessun avanzamento. Apri l&apos;ordine di lavoro in Deepomatic e scatta le foto previste.</translation>
    </message>
    <message>
        <source>Deepomatic reports %1 %, read by a progress refresh, but this work order was never opened on this device. This site requires opening it in Deepomatic before closing.</source>
        <translation>Deepomatic riporta %1 %, letto da un aggiornamento dell&apos;avanzamento, ma questo ordine di lavoro non è mai stato aperto su questo dispositivo. Questo sito richiede di aprirlo in Deepomatic prima della chiusura.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified by a progress refresh: the photos were taken in Deepomatic without this device. The intervention can be closed.</source>
        <translation>Avanzamento %1 %, verificato da un aggiornamento dell&apos;avanzamento: le foto sono state scattate in Deepomatic senza questo dispositivo. L&apos;intervento può essere chiuso.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified. The intervention can be closed.</source>
        <translation>Avanzamento %1 %, verificato. L&apos;intervento può essere chiuso.</translation>
    </message>
    <message>
        <source>Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the missing photos.</source>
        <translation>Avanzamento %1 %. È richiesto almeno il %2 %. Riapri Deepomatic per scattare le foto mancanti.</translation>
    </message>
    <message>
        <source>Supervisor override is not enabled for this site.</source>
        <translation>La deroga del supervisore non è abilitata per questo sito.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters for the override.</source>
        <translation>Indica un motivo di almeno %1 caratteri per la deroga.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use a sandbox that is already running (e.g. fieldconnect-sandbox) at &lt;url&gt;, on loopback.</source>
        <translation>Usa una sandbox già in esecuzione (ad es. fieldconnect-sandbox) su &lt;url&gt;, in loopback.</translation>
    </message>
    <message>
        <source>Headless: create every planned work order in Deepomatic through the outbox, print one JSON object per step, and exit when the outbox is drained.</source>
        <translation>Senza interfaccia: crea ogni ordine di lavoro pianificato in Deepomatic tramite la coda di invio, stampa un oggetto JSON per passaggio ed esce quando la coda è vuota.</translation>
    </message>
    <message>
        <source>Headless: check the planning file &lt;file&gt; and import it into the site in use, print one JSON object per problem and a summary, and exit (0: all imported, 2: invalid input, 4: partly imported with --good-rows).</source>
        <translation>Senza interfaccia: controlla il file di pianificazione &lt;file&gt; e lo importa nel sito in uso, stampa un oggetto JSON per problema e un riepilogo, ed esce (0: tutto importato, 2: input non valido, 4: importato in parte con --good-rows).</translation>
    </message>
    <message>
        <source>With --import (the default): import nothing if any row has a problem.</source>
        <translation>Con --import (predefinito): non importa nulla se una riga ha un problema.</translation>
    </message>
    <message>
        <source>With --import: import the good rows and report the others.</source>
        <translation>Con --import: importa le righe valide e segnala le altre.</translation>
    </message>
    <message>
        <source>Headless: write the diagnostics archive for support (logs, versions, settings, every secret removed) to &lt;file&gt;, print one JSON line and exit (0: written, 1: not written).</source>
        <translation>Senza interfaccia: scrive in &lt;file&gt; l&apos;archivio diagnostico per l&apos;assistenza (log, versioni, impostazioni, senza alcun segreto), stampa una riga JSON ed esce (0: scritto, 1: non scritto).</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (an emulated Deepomatic site on 127.0.0.1), even if a site is configured.</source>
        <translation>Esegui sulla sandbox integrata (un sito Deepomatic emulato su 127.0.0.1), anche se è configurato un sito.</translation>
    </message>
    <message>
        <source>Read the deployment configuration from &lt;file&gt;.</source>
        <translation>Leggi la configurazione di distribuzione da &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Keep the database and web data in &lt;dir&gt;.</source>
        <translation>Conserva il database e i dati web in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Minimum verified progress (0–100) to close.</source>
        <translation>Avanzamento verificato minimo (0–100) per chiudere.</translation>
    </message>
    <message>
        <source>Ask Deepomatic to return results in the URL fragment.</source>
        <translation>Chiedi a Deepomatic di restituire i risultati nel frammento dell&apos;URL.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Lingua dell&apos;interfaccia (%1); predefinita: quella del sistema.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light, dark or high_contrast (default: the one chosen in Display).</source>
        <translation>Tema per questa esecuzione: system, light, dark o high_contrast (predefinito: quello scelto in Visualizzazione).</translation>
    </message>
    <message>
        <source>Text size for this run: normal, large or extra_large (default: the one chosen in Display).</source>
        <translation>Dimensione del testo per questa esecuzione: normal, large o extra_large (predefinita: quella scelta in Visualizzazione).</translation>
    </message>
    <message>
        <source>Run one intervention headless and print one JSON object per step.</source>
        <translation>Esegui un intervento senza interfaccia e stampa un oggetto JSON per passaggio.</translation>
    </message>
    <message>
        <source>With --autopilot: the work order to use (default: a fresh copy of a planned one).</source>
        <translation>Con --autopilot: l&apos;ordine di lavoro da usare (predefinito: una nuova copia di uno pianificato).</translation>
    </message>
    <message>
        <source>With --autopilot: how many photos to take (all or a number).</source>
        <translation>Con --autopilot: quante foto scattare (all o un numero).</translation>
    </message>
    <message>
        <source>Port for the sandbox (default: a free one).</source>
        <translation>Porta per la sandbox (predefinita: una libera).</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Consenti a Chromium DevTools di collegarsi alla pagina di Deepomatic su 127.0.0.1:9222 (solo per l&apos;assistenza).</translation>
    </message>
    <message>
        <source>Draw the Deepomatic page without the graphics card (software rendering).</source>
        <translation>Disegna la pagina di Deepomatic senza la scheda grafica (rendering software).</translation>
    </message>
    <message>
        <source>Use the graphics card again after an automatic switch to software rendering.</source>
        <translation>Usa di nuovo la scheda grafica dopo un passaggio automatico al rendering software.</translation>
    </message>
    <message>
        <source>Private browsing (shared tablets): keep no Deepomatic sign-in, cookies or web storage; sign in at every launch.</source>
        <translation>Navigazione privata (tablet condivisi): non conservare accesso a Deepomatic, cookie né archiviazione web; accedi a ogni avvio.</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Interventi verificati tramite foto con il Work Order Connector di Deepomatic.</translation>
    </message>
    <message>
        <source>A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic sends the technician back: handed to the FieldConnect already running for this user and data directory, which prints one JSON line with its verdict (exit 0: accepted, 3: refused, 4: no answer in time); with none running, FieldConnect starts and handles it.</source>
        <translation>Un URL fieldconnect://callback/, come lo passa il browser di sistema quando Deepomatic rimanda indietro il tecnico: viene consegnato al FieldConnect già in esecuzione per questo utente e questa cartella dati, che stampa una riga JSON con il suo esito (uscita 0: accettato, 3: rifiutato, 4: nessuna risposta in tempo); se nessuno è in esecuzione, FieldConnect si avvia e lo gestisce.</translation>
    </message>
    <message>
        <source>--autopilot and --create-all cannot be used together.</source>
        <translation>--autopilot e --create-all non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>--import cannot be used with --autopilot or --create-all.</source>
        <translation>--import non può essere usato con --autopilot o --create-all.</translation>
    </message>
    <message>
        <source>--export-diagnostics cannot be used with --autopilot, --create-all or --import.</source>
        <translation>--export-diagnostics non può essere usato con --autopilot, --create-all o --import.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows cannot be used together.</source>
        <translation>--all-or-nothing e --good-rows non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows go with --import.</source>
        <translation>--all-or-nothing e --good-rows vanno usati con --import.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>--threshold: &quot;%1&quot; non è un intero da 0 a 100.</translation>
    </message>
    <message>
        <source>--photos: &quot;%1&quot; is not &quot;all&quot; or a number of photos.</source>
        <translation>--photos: &quot;%1&quot; non è &quot;all&quot; né un numero di foto.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: &quot;%1&quot; non è tra %2.</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not one of %2.</source>
        <translation>--theme: &quot;%1&quot; non è tra %2.</translation>
    </message>
    <message>
        <source>--text-size: &quot;%1&quot; is not one of %2.</source>
        <translation>--text-size: &quot;%1&quot; non è tra %2.</translation>
    </message>
    <message>
        <source>--sandbox-port: &quot;%1&quot; is not a port number.</source>
        <translation>--sandbox-port: &quot;%1&quot; non è un numero di porta.</translation>
    </message>
    <message>
        <source>only one fieldconnect://callback/ URL may be given; see --help.</source>
        <translation>è possibile indicare un solo URL fieldconnect://callback/; vedi --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldconnect://callback/ URL; see --help.</source>
        <translation>&quot;%1&quot; non è un URL fieldconnect://callback/; vedi --help.</translation>
    </message>
    <message>
        <source>a callback URL cannot be used with --autopilot, --create-all or --import.</source>
        <translation>un URL di callback non può essere usato con --autopilot, --create-all o --import.</translation>
    </message>
    <message>
        <source>--sandbox-url: &quot;%1&quot; is not an http(s) URL on loopback with a port and no path, e.g. http://127.0.0.1:8080.</source>
        <translation>--sandbox-url: &quot;%1&quot; non è un URL http(s) in loopback con una porta e senza percorso, ad es. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--sandbox-url and --sandbox cannot be used together.</source>
        <translation>--sandbox-url e --sandbox non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config: impossibile leggere &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--disable-gpu and --enable-gpu cannot be used together.</source>
        <translation>--disable-gpu e --enable-gpu non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>Headless: read a supervisor PIN (4 to 12 digits) from standard input, never from the command line where others could see it, and print the pin_hash line for the [kiosk] section of the deployment file.</source>
        <translation>Senza schermo: legge un PIN del supervisore (da 4 a 12 cifre) dallo standard input, mai dalla riga di comando dove altri potrebbero vederlo, e stampa la riga pin_hash per la sezione [kiosk] del file di distribuzione.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen with no window frame; it is left only with the supervisor PIN of the deployment file ([kiosk] pin_hash).</source>
        <translation>Modalità chiosco: schermo intero senza cornice della finestra; si esce solo con il PIN del supervisore del file di distribuzione ([kiosk] pin_hash).</translation>
    </message>
    <message>
        <source>--hash-pin cannot be used with another mode or with --kiosk.</source>
        <translation>--hash-pin non può essere usato con un&apos;altra modalità o con --kiosk.</translation>
    </message>
    <message>
        <source>--kiosk is for the window: it cannot be used with --autopilot, --create-all, --import or --export-diagnostics.</source>
        <translation>--kiosk è per la finestra: non può essere usato con --autopilot, --create-all, --import o --export-diagnostics.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK: connesso a %1 (%n gruppo di attività).</numerusform>
            <numerusform>OK: connesso a %1 (%n gruppi di attività).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid token (%2)</source>
        <translation>%1: token non valido (%2)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>nessun dettaglio fornito</translation>
    </message>
    <message>
        <source>404: %1 answers, but not as the Deepomatic API; check the API URL.</source>
        <translation>404: %1 risponde, ma non come l&apos;API di Deepomatic; controlla l&apos;URL dell&apos;API.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time.</source>
        <translation>Impossibile raggiungere %1: nessuna risposta in tempo.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL dell&apos;API &quot;%1&quot; deve essere https (http semplice solo in loopback).</translation>
    </message>
</context>
<context>
    <name>ConnectorLink</name>
    <message>
        <source>This work order has not been created in Deepomatic yet.</source>
        <translation>Questo ordine di lavoro non è stato ancora creato in Deepomatic.</translation>
    </message>
    <message>
        <source>The Deepomatic id &quot;%1&quot; is malformed.</source>
        <translation>L&apos;id Deepomatic &quot;%1&quot; non è valido.</translation>
    </message>
    <message>
        <source>The site profile has no valid site_id (a UUID is required).</source>
        <translation>Il profilo del sito non ha un site_id valido (è richiesto un UUID).</translation>
    </message>
    <message>
        <source>The site profile&apos;s org_slug &quot;%1&quot; is not a valid slug.</source>
        <translation>L&apos;org_slug &quot;%1&quot; del profilo del sito non è uno slug valido.</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; is not acceptable (https required).</source>
        <translation>L&apos;URL dello studio &quot;%1&quot; non è accettabile (è richiesto https).</translation>
    </message>
    <message>
        <source>The callback URI &quot;%1&quot; is not valid.</source>
        <translation>L&apos;URI di callback &quot;%1&quot; non è valido.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>Part of this page, from %1, was not shown: it is not on this site&apos;s allow-list.</source>
        <translation>Una parte di questa pagina, da %1, non è stata mostrata: non è nell&apos;elenco consentiti di questo sito.</translation>
    </message>
    <message>
        <source>FieldConnect did not follow the Deepomatic page to %1: that host is not on this site&apos;s allow-list. If it is your organisation&apos;s sign-in, ask your IT to add %1 to allow_hosts.</source>
        <translation>FieldConnect non ha seguito la pagina di Deepomatic verso %1: quell&apos;host non è nell&apos;elenco consentiti di questo sito. Se è la pagina di accesso della tua organizzazione, chiedi al reparto IT di aggiungere %1 ad allow_hosts.</translation>
    </message>
    <message>
        <source>%1 is outside the Deepomatic site; it was opened in your browser.</source>
        <translation>%1 è fuori dal sito Deepomatic; è stato aperto nel browser.</translation>
    </message>
    <message>
        <source>FieldConnect did not open %1: it is not part of the Deepomatic site.</source>
        <translation>FieldConnect non ha aperto %1: non fa parte del sito Deepomatic.</translation>
    </message>
    <message>
        <source>FieldConnect does not open new windows; %1 was not opened.</source>
        <translation>FieldConnect non apre nuove finestre; %1 non è stato aperto.</translation>
    </message>
</context>
<context>
    <name>ConnectorSession</name>
    <message>
        <source>Internal error: the launch id is malformed.</source>
        <translation>Errore interno: l&apos;id di avvio non è valido.</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Impossibile aprire il browser di sistema.</translation>
    </message>
    <message>
        <source>The callback came from a pop-up window, not from the connector page.</source>
        <translation>Il callback proviene da una finestra pop-up, non dalla pagina del connettore.</translation>
    </message>
    <message>
        <source>The callback did not come from the connector page itself.</source>
        <translation>Il callback non proviene dalla pagina del connettore.</translation>
    </message>
    <message>
        <source>No connector launch is open.</source>
        <translation>Nessun avvio del connettore è aperto.</translation>
    </message>
    <message>
        <source>The callback was started by a page of %1, not by the Deepomatic studio (%2).</source>
        <translation>Il callback è stato avviato da una pagina di %1, non dallo studio Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The callback was sent by %1, not by the Deepomatic studio (%2).</source>
        <translation>Il callback è stato inviato da %1, non dallo studio Deepomatic (%2).</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>una pagina sconosciuta</translation>
    </message>
    <message>
        <source>This callback was already used: a launch takes one callback only.</source>
        <translation>Questo callback è già stato usato: un avvio accetta un solo callback.</translation>
    </message>
    <message>
        <source>The open launch runs inside FieldConnect: a callback from a browser outside the app is not accepted for it.</source>
        <translation>L&apos;avvio aperto è in esecuzione dentro FieldConnect: un callback da un browser esterno all&apos;app non viene accettato.</translation>
    </message>
    <message>
        <source>This page is a preview: a return from Deepomatic changes nothing.</source>
        <translation>Questa pagina è un&apos;anteprima: un ritorno da Deepomatic non cambia nulla.</translation>
    </message>
</context>
<context>
    <name>ConnectorView</name>
    <message>
        <source>Return to FieldConnect</source>
        <translation>Torna a FieldConnect</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Preview: nothing changes in FieldConnect, but photos taken here count in Deepomatic</source>
        <translation>Anteprima: in FieldConnect non cambia nulla, ma le foto scattate qui contano in Deepomatic</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Waiting for the browser…

Deepomatic opened in your web browser. Take the photos there; FieldConnect continues when Deepomatic sends you back.</source>
        <translation>In attesa del browser…

Deepomatic si è aperto nel browser web. Scatta le foto lì; FieldConnect riprende quando Deepomatic ti rimanda indietro.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS). Check the network connection or the site&apos;s address.</source>
        <translation>Impossibile trovare l&apos;indirizzo %1 (DNS). Controlla la connessione di rete o l&apos;indirizzo del sito.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the site is not answering on that address.</source>
        <translation>%1 ha rifiutato la connessione: il sito non risponde a quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the page arrived.</source>
        <translation>La connessione a %1 si è interrotta prima dell&apos;arrivo della pagina.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>This device is not connected to a network that reaches %1.</source>
        <translation>Questo dispositivo non è connesso a una rete che raggiunge %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS).</source>
        <translation>Impossibile stabilire una connessione sicura a %1 (TLS).</translation>
    </message>
    <message>
        <source>The proxy needed to reach %1 is not answering.</source>
        <translation>Il proxy necessario per raggiungere %1 non risponde.</translation>
    </message>
    <message>
        <source>The page from %1 could not be loaded (%2).</source>
        <translation>Impossibile caricare la pagina da %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 cannot be trusted (%2). The page was blocked to protect your account; ask your IT to check the certificate.</source>
        <translation>La connessione sicura a %1 non è affidabile (%2). La pagina è stata bloccata per proteggere il tuo account; chiedi al reparto IT di controllare il certificato.</translation>
    </message>
    <message>
        <source>%1 Retry when the network is back.</source>
        <translation>%1 Riprova quando la rete è di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Downloads are not allowed in the Deepomatic page.</source>
        <translation>I download non sono consentiti nella pagina di Deepomatic.</translation>
    </message>
    <message>
        <source>Camera and microphone were refused to %1.</source>
        <translation>Fotocamera e microfono sono stati negati a %1.</translation>
    </message>
    <message>
        <source>The Deepomatic page stopped working. Reload it to continue; nothing was lost.</source>
        <translation>La pagina di Deepomatic ha smesso di funzionare. Ricaricala per continuare; non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Back in the Deepomatic page</source>
        <translation>Di nuovo nella pagina Deepomatic</translation>
    </message>
    <message>
        <source>Reload the Deepomatic page</source>
        <translation>Ricarica la pagina Deepomatic</translation>
    </message>
    <message>
        <source>Loading the Deepomatic page</source>
        <translation>Caricamento della pagina Deepomatic</translation>
    </message>
    <message>
        <source>Retry loading the Deepomatic page</source>
        <translation>Riprova a caricare la pagina Deepomatic</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Non aspettare più il browser</translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>il server ha chiuso la connessione senza rispondere</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>il nome host è sconosciuto</translation>
    </message>
    <message>
        <source>The server answered with work order %1 instead of %2.</source>
        <translation>Il server ha risposto con l&apos;ordine di lavoro %1 invece di %2.</translation>
    </message>
    <message>
        <source>No work order id was given.</source>
        <translation>Non è stato indicato alcun id di ordine di lavoro.</translation>
    </message>
    <message>
        <source>No work order name was given.</source>
        <translation>Non è stato indicato alcun nome di ordine di lavoro.</translation>
    </message>
    <message>
        <source>The next page is on another host (%1).</source>
        <translation>La pagina successiva è su un altro host (%1).</translation>
    </message>
    <message>
        <source>The list has more than %1 pages.</source>
        <translation>L&apos;elenco ha più di %1 pagine.</translation>
    </message>
    <message>
        <source>The server answered with task group &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Il server ha risposto con il gruppo di attività &quot;%1&quot; invece di &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No task group name was given.</source>
        <translation>Non è stato indicato alcun nome di gruppo di attività.</translation>
    </message>
    <message>
        <source>The server analysed the photo for &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Il server ha analizzato la foto per &quot;%1&quot; invece di &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No work order or task id was given.</source>
        <translation>Non è stato indicato alcun id di ordine di lavoro o di attività.</translation>
    </message>
    <message>
        <source>No corrected value was given.</source>
        <translation>Non è stato indicato alcun valore corretto.</translation>
    </message>
    <message>
        <source>The photo is on %1, which is neither the API&apos;s host nor one of the photo hosts of this site.</source>
        <translation>La foto si trova su %1, che non è né l&apos;host dell&apos;API né uno degli host delle foto di questo sito.</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>la sua impronta SHA-256 %1 non è quella configurata per %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Il file supera %1 MB.</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and this site cannot be searched by name</source>
        <translation>la richiesta è stata inviata ma non è tornata alcuna risposta utilizzabile (%1), e in questo sito non è possibile cercare per nome</translation>
    </message>
    <message>
        <source>the create was sent but its answer was lost (%1), and it could not be looked up yet: %2</source>
        <translation>la creazione è stata inviata ma la risposta è andata persa (%1), e non è stato ancora possibile verificarla: %2</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and the site refused the look-up by name: %2</source>
        <translation>la richiesta è stata inviata ma non è tornata alcuna risposta utilizzabile (%1), e il sito ha rifiutato la ricerca per nome: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la richiesta è stata inviata ma non è tornata alcuna risposta utilizzabile (%1), e in Deepomatic esiste %n ordine di lavoro con quel nome</numerusform>
            <numerusform>la richiesta è stata inviata ma non è tornata alcuna risposta utilizzabile (%1), e in Deepomatic esistono %n ordini di lavoro con quel nome</numerusform>
        </translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>la richiesta era stata inviata; l&apos;ordine di lavoro potrebbe esistere in Deepomatic</translation>
    </message>
</context>
<context>
    <name>DeepomaticName</name>
    <message>
        <source>The name is empty.</source>
        <translation>Il nome è vuoto.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Il nome ha %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
    <message>
        <source>The name contains &quot;%1&quot; at position %2; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>Il nome contiene &quot;%1&quot; in posizione %2; sono consentiti solo lettere, cifre, &quot;_&quot; e &quot;-&quot;.</translation>
    </message>
</context>
<context>
    <name>DemoPlanning</name>
    <message>
        <source>Imported from the sandbox&apos;s demo planning.</source>
        <translation>Importato dalla pianificazione dimostrativa della sandbox.</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>%1: %2 is set by your organisation (%3) and cannot be changed from the command line.</source>
        <translation>%1: %2 è impostato dalla tua organizzazione (%3) e non può essere modificato dalla riga di comando.</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3, profile &quot;%4&quot;) and cannot be changed from the command line.</source>
        <translation>%1: %2 è impostato dalla tua organizzazione (%3, profilo &quot;%4&quot;) e non può essere modificato dalla riga di comando.</translation>
    </message>
    <message>
        <source>%1: [%2] %3: &quot;%4&quot; is not true or false</source>
        <translation>%1: [%2] %3: &quot;%4&quot; non è true o false</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown setting</source>
        <translation>%1: [%2] %3: impostazione sconosciuta</translation>
    </message>
    <message>
        <source>%1: [%2] id: the id of a profile is its section name; remove this line</source>
        <translation>%1: [%2] id: l&apos;id di un profilo è il nome della sua sezione; rimuovi questa riga</translation>
    </message>
    <message>
        <source>%1: [%2] the profile id &quot;%3&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;)</source>
        <translation>%1: [%2] l&apos;id di profilo &quot;%3&quot; non è uno slug (lettere minuscole, cifre, &quot;-&quot; o &quot;_&quot;)</translation>
    </message>
    <message>
        <source>%1: [%2] duplicate profile id &quot;%3&quot; (first at %4)</source>
        <translation>%1: [%2] id di profilo &quot;%3&quot; duplicato (la prima volta in %4)</translation>
    </message>
    <message>
        <source>%1: [%2] active_profile: &quot;%3&quot; is not a profile of this configuration</source>
        <translation>%1: [%2] active_profile: &quot;%3&quot; non è un profilo di questa configurazione</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation (%3), and so is the PIN that leaves it</source>
        <translation>%1: [%2] pin_hash: ignorato: la modalità chiosco è impostata dalla tua organizzazione (%3), così come il PIN per uscirne</translation>
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
        <translation>%1: [%2] compare due volte (la prima alla riga %3)</translation>
    </message>
    <message>
        <source>%1: %2: the setting is outside any section</source>
        <translation>%1: %2: l&apos;impostazione è al di fuori di qualsiasi sezione</translation>
    </message>
    <message>
        <source>%1: [%2] %3: given twice (first at line %4)</source>
        <translation>%1: [%2] %3: indicato due volte (la prima alla riga %4)</translation>
    </message>
    <message>
        <source>%1: [%2] %3: ignored: set by your organisation (%4)</source>
        <translation>%1: [%2] %3: ignorato: impostato dalla tua organizzazione (%4)</translation>
    </message>
    <message>
        <source>%1: [%2] is not a known section ([%3], [%4], [site] or [%5&lt;id&gt;])</source>
        <translation>%1: [%2] non è una sezione nota ([%3], [%4], [site] o [%5&lt;id&gt;])</translation>
    </message>
</context>
<context>
    <name>DeploymentSources</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: impossibile leggere il file: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>DisplayPreferences</name>
    <message>
        <source>%1: %2 is not one of %3; using %4.</source>
        <translation>%1: %2 non è tra %3; si usa %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; using the system&apos;s language.</source>
        <translation>%1: &quot;%2&quot; non è un codice di lingua; si usa la lingua del sistema.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Visualizzazione</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Molto grande</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The language changes the next time FieldConnect starts.</source>
        <translation>La lingua cambia al prossimo avvio di FieldConnect.</translation>
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
        <translation>Impossibile registrare il callback; vedi la finestra di FieldConnect.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % for %2; FieldConnect checks it with the API.</source>
        <translation>Deepomatic ha riportato %1 % per %2; FieldConnect lo verifica con l&apos;API.</translation>
    </message>
</context>
<context>
    <name>FieldConnectApp</name>
    <message>
        <source>running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>esecuzione come root: la sandbox della vista web è disattivata. Esegui FieldConnect come utente normale per mantenerla.</translation>
    </message>
    <message>
        <source>the saved interface language &quot;%1&quot; is not one of %2; using the system&apos;s.</source>
        <translation>la lingua dell&apos;interfaccia salvata &quot;%1&quot; non è tra %2; si usa quella del sistema.</translation>
    </message>
    <message>
        <source>ignoring a saved site profile: %1</source>
        <translation>profilo del sito salvato ignorato: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>impossibile creare la cartella dati &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no log file: %1</source>
        <translation>nessun file di log: %1</translation>
    </message>
    <message>
        <source>FIELDCONNECT_SANDBOX_FAULTS: %1</source>
        <translation>FIELDCONNECT_SANDBOX_FAULTS: %1</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>impossibile avviare la sandbox: %1</translation>
    </message>
    <message>
        <source>Warning: this computer has no credential store, and your organisation allows API tokens to be kept in a file instead: %1. Only your user account can read it, but anyone with access to your account or a backup of it can.</source>
        <translation>Attenzione: questo computer non ha un archivio delle credenziali e la tua organizzazione consente di conservare i token API in un file: %1. Solo il tuo account utente può leggerlo, ma può farlo anche chiunque abbia accesso al tuo account o a un suo backup.</translation>
    </message>
    <message>
        <source>This computer has no credential store: API tokens are kept in memory for this session only, and asked again at the next start.</source>
        <translation>Questo computer non ha un archivio delle credenziali: i token API sono conservati in memoria solo per questa sessione e verranno richiesti di nuovo al prossimo avvio.</translation>
    </message>
    <message>
        <source>There is no API token for %1.</source>
        <translation>Non c&apos;è alcun token API per %1.</translation>
    </message>
    <message>
        <source>Warning: no credential store on this computer; as your organisation allows, API tokens are stored in a file readable only by you (see Settings).</source>
        <translation>Attenzione: nessun archivio delle credenziali su questo computer; come consentito dalla tua organizzazione, i token API sono memorizzati in un file leggibile solo da te (vedi Impostazioni).</translation>
    </message>
    <message>
        <source>Supervisor PIN (4 to 12 digits): </source>
        <translation>PIN del supervisore (da 4 a 12 cifre): </translation>
    </message>
    <message>
        <source>--hash-pin: %1 on standard input.</source>
        <translation>--hash-pin: %1 sullo standard input.</translation>
    </message>
    <message>
        <source>An intervention is open in Deepomatic</source>
        <translation>Un intervento è aperto in Deepomatic</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>a file readable only by you (%1)</source>
        <translation>un file leggibile solo da te (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 è danneggiato (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossibile creare %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossibile sostituire %1.</translation>
    </message>
    <message>
        <source>No credential is stored.</source>
        <translation>Nessuna credenziale memorizzata.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Esporta diagnostica</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Archivi tar (*.tar)</translation>
    </message>
    <message>
        <source>About FieldConnect</source>
        <translation>Informazioni su FieldConnect</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri cartella dei log</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Esporta diagnostica…</translation>
    </message>
    <message>
        <source>One archive of the logs, versions and settings for support, with every token, password and cookie removed.</source>
        <translation>Un unico archivio di log, versioni e impostazioni per l&apos;assistenza, senza token, password né cookie.</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnostica salvata in %1.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1 (%2 files). Tokens, passwords and cookies were removed: you can send this file to support.</source>
        <translation>La diagnostica è stata salvata in %1 (%2 file). Token, password e cookie sono stati rimossi: puoi inviare questo file all&apos;assistenza.</translation>
    </message>
    <message>
        <source>Diagnostics not saved.</source>
        <translation>Diagnostica non salvata.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1</source>
        <translation>La diagnostica non è stata salvata: %1</translation>
    </message>
    <message>
        <source>The log folder could not be opened; it is %1.</source>
        <translation>Impossibile aprire la cartella dei log; si trova in %1.</translation>
    </message>
    <message>
        <source>Exporting diagnostics to %1…</source>
        <translation>Esportazione della diagnostica in %1…</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a double quote is not closed</source>
        <translation>una virgoletta doppia non è chiusa</translation>
    </message>
    <message>
        <source>a section header must be &quot;[name]&quot;</source>
        <translation>l&apos;intestazione di una sezione deve essere &quot;[nome]&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key=value&quot; line</source>
        <translation>&quot;%1&quot; non è una riga &quot;chiave=valore&quot;</translation>
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
            <numerusform>Il FieldConnect in esecuzione non ha risposto entro %n secondo.</numerusform>
            <numerusform>Il FieldConnect in esecuzione non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running FieldConnect closed the connection without an answer.</source>
        <translation>Il FieldConnect in esecuzione ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>The running FieldConnect gave an answer that could not be read.</source>
        <translation>Il FieldConnect in esecuzione ha dato una risposta illeggibile.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message from the other FieldConnect process could not be read.</source>
        <translation>Impossibile leggere il messaggio dell&apos;altro processo FieldConnect.</translation>
    </message>
    <message>
        <source>Only a fieldconnect://callback/ URL can be handed to FieldConnect.</source>
        <translation>A FieldConnect si può passare solo un URL fieldconnect://callback/.</translation>
    </message>
    <message>
        <source>FieldConnect is still starting; try again.</source>
        <translation>FieldConnect è ancora in fase di avvio; riprova.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Another FieldConnect already answers on %1.</source>
        <translation>Un altro FieldConnect risponde già su %1.</translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>Deepomatic non è raggiungibile (nessuna risposta entro %n secondo); verrà interrogato di nuovo quando la rete sarà disponibile.</numerusform>
            <numerusform>Deepomatic non è raggiungibile (nessuna risposta entro %n secondi); verrà interrogato di nuovo quando la rete sarà disponibile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.</source>
        <translation>Il token API di %1 non è ancora caricato; Deepomatic verrà interrogato appena lo sarà.</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Creato in Deepomatic.</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>Nessun ordine di lavoro selezionato.</translation>
    </message>
    <message>
        <source>This intervention is closed.</source>
        <translation>Questo intervento è chiuso.</translation>
    </message>
    <message>
        <source>A work order with the reference %1 already exists.</source>
        <translation>Esiste già un ordine di lavoro con il riferimento %1.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Pianificato.</translation>
    </message>
    <message>
        <source>The work order %1 no longer exists.</source>
        <translation>L&apos;ordine di lavoro %1 non esiste più.</translation>
    </message>
    <message>
        <source>Opened in Deepomatic.</source>
        <translation>Aperto in Deepomatic.</translation>
    </message>
    <message>
        <source>The callback belongs to a launch that is no longer current.</source>
        <translation>Il callback appartiene a un avvio che non è più attuale.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % progress.</source>
        <translation>Deepomatic ha riportato un avanzamento del %1 %.</translation>
    </message>
    <message>
        <source>Already created in Deepomatic.</source>
        <translation>Già creato in Deepomatic.</translation>
    </message>
    <message>
        <source>Closed with unverified progress %1 % (site policy allows it).</source>
        <translation>Chiuso con avanzamento non verificato %1 % (consentito dalla policy del sito).</translation>
    </message>
    <message>
        <source>Closed with verified progress %1 % (at least %2 % required).</source>
        <translation>Chiuso con avanzamento verificato %1 % (richiesto almeno %2 %).</translation>
    </message>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Questo intervento è già chiuso.</translation>
    </message>
    <message>
        <source>Closed by supervisor override: %1</source>
        <translation>Chiuso con deroga del supervisore: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Nessuna credenziale memorizzata.</translation>
    </message>
    <message>
        <source>The credential store refused access (%1). Unlock it and try again.</source>
        <translation>L&apos;archivio delle credenziali ha negato l&apos;accesso (%1). Sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>This computer has no credential store (%1).</source>
        <translation>Questo computer non ha un archivio delle credenziali (%1).</translation>
    </message>
    <message>
        <source>The credential store failed: %1</source>
        <translation>Errore dell&apos;archivio delle credenziali: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestione credenziali di Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Portachiavi di macOS</translation>
    </message>
    <message>
        <source>Secret Service or KWallet</source>
        <translation>Secret Service o KWallet</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s. It may be locked.</source>
        <translation>L&apos;archivio delle credenziali non ha risposto entro %1 s. Potrebbe essere bloccato.</translation>
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
        <translation>Cerca ordini di lavoro, indirizzi, tecnici…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Create in Deepomatic…</source>
        <translation>Crea in Deepomatic…</translation>
    </message>
    <message>
        <source>Create the selected work orders in Deepomatic, or every planned one when none is selected.</source>
        <translation>Crea in Deepomatic gli ordini di lavoro selezionati, oppure tutti quelli pianificati se non ne è selezionato nessuno.</translation>
    </message>
    <message>
        <source>Offline. Your work is kept on this device and sent when the network is back.</source>
        <translation>Offline. Il tuo lavoro viene conservato su questo dispositivo e inviato quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Menu dell&apos;applicazione</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Profili del sito e token API</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Visualizzazione…</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Tema, dimensione del testo e lingua</translation>
    </message>
    <message>
        <source>Checking %1 in Deepomatic…</source>
        <translation>Verifica di %1 in Deepomatic…</translation>
    </message>
    <message>
        <source>Cancelled: a return from the browser for this launch is now refused.</source>
        <translation>Annullato: un ritorno dal browser per questo avvio ora viene rifiutato.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 %. Checking with the API…</source>
        <translation>Deepomatic ha riportato %1 %. Verifica con l&apos;API…</translation>
    </message>
    <message>
        <source>A return from Deepomatic was ignored: %1</source>
        <translation>Un ritorno da Deepomatic è stato ignorato: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verifica non riuscita: %1</translation>
    </message>
    <message>
        <source>&amp;Deepomatic</source>
        <translation>&amp;Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic…</source>
        <translation>Esci da Deepomatic…</translation>
    </message>
    <message>
        <source>Signed out of Deepomatic. The next work order you open asks you to sign in.</source>
        <translation>Disconnesso da Deepomatic. Il prossimo ordine di lavoro che apri ti chiederà di accedere.</translation>
    </message>
    <message>
        <source>Sign-out incomplete: %1</source>
        <translation>Disconnessione incompleta: %1</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic</source>
        <translation>Esci da Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic on this device for %1?

The next work order you open will ask you to sign in again. The work orders and their progress in FieldConnect are kept.</source>
        <translation>Uscire da Deepomatic su questo dispositivo per %1?

Il prossimo ordine di lavoro che apri ti chiederà di accedere di nuovo. Gli ordini di lavoro e il loro avanzamento in FieldConnect vengono conservati.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Pianificazione</translation>
    </message>
    <message>
        <source>Import planning…</source>
        <translation>Importa pianificazione…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Aggiorna avanzamento</translation>
    </message>
    <message>
        <source>Verify the progress of the selected work orders (of every one created in Deepomatic when at most one is selected) with the API.</source>
        <translation>Verifica con l&apos;API l&apos;avanzamento degli ordini di lavoro selezionati (di tutti quelli creati in Deepomatic se ne è selezionato al massimo uno).</translation>
    </message>
    <message>
        <source>No work order created in Deepomatic to refresh.</source>
        <translation>Nessun ordine di lavoro creato in Deepomatic da aggiornare.</translation>
    </message>
    <message>
        <source>Import planning</source>
        <translation>Importa pianificazione</translation>
    </message>
    <message>
        <source>Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>File di pianificazione (*.csv *.json);;CSV (*.csv);;JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n ordine di lavoro importato da %1.</numerusform>
            <numerusform>%n ordini di lavoro importati da %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n riga saltata; vedi i dettagli.</numerusform>
            <numerusform>%n righe saltate; vedi i dettagli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning imported</source>
        <translation>Pianificazione importata</translation>
    </message>
    <message>
        <source>Planning not imported</source>
        <translation>Pianificazione non importata</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importato: %1</translation>
    </message>
    <message>
        <source>Work orders of %1</source>
        <translation>Ordini di lavoro di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n incerto</numerusform>
            <numerusform>%n incerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting in the outbox to reach Deepomatic or the back office. Open the outbox to see them.</source>
        <translation>Richieste in attesa nella coda di invio per raggiungere Deepomatic o il back office. Apri la coda di invio per vederle.</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Caricamento degli ordini di lavoro…</translation>
    </message>
    <message>
        <source>Offline: the sandbox (%1) cannot be reached</source>
        <translation>Offline: la sandbox (%1) non è raggiungibile</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Offline: %1 non è raggiungibile</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n ordine di lavoro visualizzato</numerusform>
            <numerusform>%n ordini di lavoro visualizzati</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the sandbox (%1)</source>
        <translation>Connesso alla sandbox (%1)</translation>
    </message>
    <message>
        <source>Connected to %1 (testing)</source>
        <translation>Connesso a %1 (test)</translation>
    </message>
    <message>
        <source>Connected to %1 (production)</source>
        <translation>Connesso a %1 (produzione)</translation>
    </message>
    <message>
        <source>Needs review: closed with unverified progress, which Deepomatic later contradicted.</source>
        <translation>Da rivedere: chiuso con avanzamento non verificato, poi smentito da Deepomatic.</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to Deepomatic or the back office.</source>
        <translation>In attesa: da inviare a Deepomatic o al back office.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Deroga del supervisore</translation>
    </message>
    <message>
        <source>Close this intervention although it is blocked. The reason is kept in the audit trail (at least %1 characters):</source>
        <translation>Chiudi questo intervento anche se è bloccato. Il motivo viene conservato nel registro di controllo (almeno %1 caratteri):</translation>
    </message>
    <message>
        <source>Intervention closed by supervisor override.</source>
        <translation>Intervento chiuso con deroga del supervisore.</translation>
    </message>
    <message>
        <source>Link to the work order in Deepomatic</source>
        <translation>Collega all&apos;ordine di lavoro in Deepomatic</translation>
    </message>
    <message>
        <source>Find the work order named %1 in Deepomatic and enter its id (the last part of its address there). FieldConnect checks the name before linking.</source>
        <translation>Trova in Deepomatic l&apos;ordine di lavoro chiamato %1 e inserisci il suo id (l&apos;ultima parte del suo indirizzo). FieldConnect verifica il nome prima di collegarlo.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Crea di nuovo</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Create it again only if you checked that Deepomatic has no work order named %1: otherwise there will be two.</source>
        <translation>La prima creazione di %1 potrebbe aver raggiunto Deepomatic. Crealo di nuovo solo se hai verificato che in Deepomatic non esiste un ordine di lavoro chiamato %1: altrimenti ce ne saranno due.</translation>
    </message>
    <message>
        <source>Sent again to Deepomatic.</source>
        <translation>Inviato di nuovo a Deepomatic.</translation>
    </message>
    <message>
        <source>Intervention closed.</source>
        <translation>Intervento chiuso.</translation>
    </message>
    <message>
        <source>Leave kiosk…</source>
        <translation>Esci dal chiosco…</translation>
    </message>
    <message>
        <source>Kiosk mode left.</source>
        <translation>Modalità chiosco terminata.</translation>
    </message>
    <message>
        <source>Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → Leave kiosk…</source>
        <translation>Modalità chiosco: FieldConnect resta aperto. Un supervisore può uscirne con ☰ Menu → Esci dal chiosco…</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Cerca ordini di lavoro</translation>
    </message>
    <message>
        <source>Filters the list by name, address, technician or type as you type.</source>
        <translation>Filtra l'elenco per nome, indirizzo, tecnico o tipo mentre scrivi.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro di stato</translation>
    </message>
    <message>
        <source>Shows only the work orders with this status.</source>
        <translation>Mostra solo gli ordini di lavoro con questo stato.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scansiona</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Scansiona un'etichetta</translation>
    </message>
    <message>
        <source>Open a work order by scanning the QR code or barcode on the equipment</source>
        <translation>Apri un ordine di lavoro scansionando il codice QR o il codice a barre sull'apparecchiatura</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordini di lavoro</translation>
    </message>
    <message>
        <source>Press Enter to open the selected work order in Deepomatic, or to reach its actions.</source>
        <translation>Premi Invio per aprire in Deepomatic l'ordine di lavoro selezionato, o per raggiungere le sue azioni.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Posta in uscita: %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Nessuna credenziale memorizzata.</translation>
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
        <translation>Impossibile accodare una richiesta per %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossibile avviare una transazione</translation>
    </message>
    <message>
        <source>Cannot queue requests</source>
        <translation>Impossibile accodare le richieste</translation>
    </message>
    <message>
        <source>Cannot mark request %1 as sent</source>
        <translation>Impossibile contrassegnare la richiesta %1 come inviata</translation>
    </message>
    <message>
        <source>Request %1 cannot go from in flight to %2.</source>
        <translation>La richiesta %1 non può passare da in corso a %2.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of request %1</source>
        <translation>Impossibile registrare l&apos;esito della richiesta %1</translation>
    </message>
    <message>
        <source>Request %1 is no longer in flight.</source>
        <translation>La richiesta %1 non è più in corso.</translation>
    </message>
    <message>
        <source>Cannot resume request %1</source>
        <translation>Impossibile riprendere la richiesta %1</translation>
    </message>
    <message>
        <source>Cannot reschedule request %1</source>
        <translation>Impossibile ripianificare la richiesta %1</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent again now.</source>
        <translation>La richiesta %1 non può essere inviata di nuovo ora.</translation>
    </message>
    <message>
        <source>Request %1 is not in doubt or failed.</source>
        <translation>La richiesta %1 non è incerta né non riuscita.</translation>
    </message>
    <message>
        <source>Cannot update request %1</source>
        <translation>Impossibile aggiornare la richiesta %1</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>La richiesta %1 è cambiata nel frattempo.</translation>
    </message>
    <message>
        <source>Cannot cancel request %1</source>
        <translation>Impossibile annullare la richiesta %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annullata prima dell&apos;invio.</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Impossibile leggere la coda di invio</translation>
    </message>
    <message>
        <source>Cannot discard request %1</source>
        <translation>Impossibile scartare la richiesta %1</translation>
    </message>
    <message>
        <source>Discarded from the outbox (%1, %2): it will not be sent.</source>
        <translation>Scartata dalla coda di invio (%1, %2): non verrà inviata.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Coda di invio</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordine di lavoro</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Riprova…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Scarta…</translation>
    </message>
    <message>
        <source>%1, next attempt at %2</source>
        <translation>%1, prossimo tentativo alle %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Nothing is waiting: every request reached Deepomatic.</source>
        <translation>Nulla in attesa: ogni richiesta ha raggiunto Deepomatic.</translation>
    </message>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Richieste non ancora completate: %n.</numerusform>
            <numerusform>Richieste non ancora completate: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>In attesa di una tua decisione: %n (selezionane una, poi Riprova o Scarta).</numerusform>
            <numerusform>In attesa di una tua decisione: %n (selezionane una, poi Riprova o Scarta).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Sending it again can make a second work order with the same name. Send it again?</source>
        <translation>La prima creazione di %1 potrebbe aver raggiunto Deepomatic. Inviarla di nuovo può creare un secondo ordine di lavoro con lo stesso nome. Inviarla di nuovo?</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; for %2 again, as it is?</source>
        <translation>Inviare di nuovo &quot;%1&quot; per %2, così com&apos;è?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>%1: sent again.</source>
        <translation>%1: inviato di nuovo.</translation>
    </message>
    <message>
        <source>FieldConnect will stop trying &quot;%1&quot; for %2. The work order stays here and the discard is kept in its history.</source>
        <translation>FieldConnect smetterà di tentare &quot;%1&quot; per %2. L&apos;ordine di lavoro resta qui e lo scarto viene conservato nella sua cronologia.</translation>
    </message>
    <message>
        <source>If the creation reached Deepomatic, that work order stays there; link it from the work order&apos;s pane.</source>
        <translation>Se la creazione ha raggiunto Deepomatic, quell&apos;ordine di lavoro resta lì; collegalo dal pannello dell&apos;ordine di lavoro.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>%1: discarded.</source>
        <translation>%1: scartato.</translation>
    </message>
    <message>
        <source>Requests in the outbox</source>
        <translation>Richieste nella posta in uscita</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crea in Deepomatic</translation>
    </message>
    <message>
        <source>Verify the progress</source>
        <translation>Verifica l&apos;avanzamento</translation>
    </message>
    <message>
        <source>Send the closure report</source>
        <translation>Invia il rapporto di chiusura</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Incerto</translation>
    </message>
</context>
<context>
    <name>OutboxRules</name>
    <message>
        <source>FieldConnect stopped while creating this work order, and this site cannot be searched by name: it may or may not exist in Deepomatic. Check in Deepomatic, then send it again or leave it.</source>
        <translation>FieldConnect si è interrotto durante la creazione di questo ordine di lavoro e in questo sito non è possibile cercare per nome: non è certo che esista in Deepomatic. Verifica in Deepomatic, poi invialo di nuovo o lascialo com&apos;è.</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Creation in doubt: it may already exist in Deepomatic. Check there, then link it or create it again from its details.</source>
        <translation>Creazione incerta: potrebbe già esistere in Deepomatic. Verifica lì, poi collegalo o crealo di nuovo dai suoi dettagli.</translation>
    </message>
    <message>
        <source>Queued for creation in Deepomatic.</source>
        <translation>In coda per la creazione in Deepomatic.</translation>
    </message>
    <message>
        <source>%1 has no creation in doubt or failed to send again.</source>
        <translation>%1 non ha una creazione incerta o non riuscita da inviare di nuovo.</translation>
    </message>
    <message>
        <source>Sent again: checked that it was not in Deepomatic.</source>
        <translation>Inviato di nuovo: verificato che non era in Deepomatic.</translation>
    </message>
    <message>
        <source>Sent again after it failed.</source>
        <translation>Inviato di nuovo dopo un errore.</translation>
    </message>
    <message>
        <source>%1 sent again after it failed.</source>
        <translation>%1 inviato di nuovo dopo un errore.</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the outbox.</source>
        <translation>La richiesta %1 non è più nella coda di invio.</translation>
    </message>
    <message>
        <source>%1 is not a work order.</source>
        <translation>%1 non è un ordine di lavoro.</translation>
    </message>
    <message>
        <source>%1 is already linked to the Deepomatic work order %2.</source>
        <translation>%1 è già collegato all&apos;ordine di lavoro Deepomatic %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Deepomatic work order id: it is a UUID such as 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</source>
        <translation>&quot;%1&quot; non è un id di ordine di lavoro Deepomatic: è un UUID come 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</translation>
    </message>
    <message>
        <source>%1 is being created in Deepomatic right now: wait for the outcome.</source>
        <translation>%1 è in fase di creazione in Deepomatic proprio ora: attendi l&apos;esito.</translation>
    </message>
    <message>
        <source>Deepomatic has no work order %1.</source>
        <translation>In Deepomatic non esiste l&apos;ordine di lavoro %1.</translation>
    </message>
    <message>
        <source>Cannot check the work order %1 in Deepomatic: %2</source>
        <translation>Impossibile verificare l&apos;ordine di lavoro %1 in Deepomatic: %2</translation>
    </message>
    <message>
        <source>The Deepomatic work order %1 is named &quot;%2&quot;, not &quot;%3&quot;: not linked.</source>
        <translation>L&apos;ordine di lavoro Deepomatic %1 si chiama &quot;%2&quot;, non &quot;%3&quot;: non collegato.</translation>
    </message>
    <message>
        <source>Linked to the work order found in Deepomatic (%1).</source>
        <translation>Collegato all&apos;ordine di lavoro trovato in Deepomatic (%1).</translation>
    </message>
    <message>
        <source>%1 is linked to the Deepomatic work order %2.</source>
        <translation>%1 è collegato all&apos;ordine di lavoro Deepomatic %2.</translation>
    </message>
    <message>
        <source>the create was interrupted and this site cannot be searched by name</source>
        <translation>la creazione è stata interrotta e in questo sito non è possibile cercare per nome</translation>
    </message>
    <message>
        <source>the create was interrupted and the site refused the look-up by name: %1</source>
        <translation>la creazione è stata interrotta e il sito ha rifiutato la ricerca per nome: %1</translation>
    </message>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la creazione è stata interrotta e in Deepomatic esiste %n ordine di lavoro con quel nome</numerusform>
            <numerusform>la creazione è stata interrotta e in Deepomatic esistono %n ordini di lavoro con quel nome</numerusform>
        </translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Creato in Deepomatic.</translation>
    </message>
    <message>
        <source>the work order %1 does not exist in Deepomatic</source>
        <translation>l&apos;ordine di lavoro %1 non esiste in Deepomatic</translation>
    </message>
    <message>
        <source>the API returned work order %1 instead of %2</source>
        <translation>l&apos;API ha restituito l&apos;ordine di lavoro %1 invece di %2</translation>
    </message>
    <message>
        <source>Closed with unverified progress; Deepomatic now reports %1 %, below the %2 % required. A supervisor must review this intervention.</source>
        <translation>Chiuso con avanzamento non verificato; ora Deepomatic riporta %1 %, sotto il %2 % richiesto. Un supervisore deve rivedere questo intervento.</translation>
    </message>
    <message>
        <source>The unverified closure is confirmed: Deepomatic reports %1 %.</source>
        <translation>La chiusura non verificata è confermata: Deepomatic riporta %1 %.</translation>
    </message>
    <message>
        <source>no back-office URL is configured for closure reports</source>
        <translation>nessun URL del back office è configurato per i rapporti di chiusura</translation>
    </message>
    <message>
        <source>Closure report sent to the back office.</source>
        <translation>Rapporto di chiusura inviato al back office.</translation>
    </message>
    <message>
        <source>The back office refused the closure report: %1</source>
        <translation>Il back office ha rifiutato il rapporto di chiusura: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeValidation</name>
    <message>
        <source>%1 is not an array.</source>
        <translation>%1 non è un array.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 non è un oggetto.</translation>
    </message>
    <message>
        <source>%1.schema is missing or is not an object.</source>
        <translation>%1.schema manca o non è un oggetto.</translation>
    </message>
    <message>
        <source>%1.schema: %2</source>
        <translation>%1.schema: %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 non è una stringa.</translation>
    </message>
    <message>
        <source>%1.%2 is not true or false.</source>
        <translation>%1.%2 non è true o false.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is not one of %1.</source>
        <translation>&quot;type&quot; non è tra %1.</translation>
    </message>
    <message>
        <source>&quot;enum&quot; is not an array.</source>
        <translation>&quot;enum&quot; non è un array.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; non è un numero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative integer.</source>
        <translation>&quot;%1&quot; non è un intero non negativo.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is longer than %1 characters.</source>
        <translation>&quot;pattern&quot; supera %1 caratteri.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a regular expression (%1).</source>
        <translation>&quot;pattern&quot; non è un&apos;espressione regolare (%1).</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>non è una stringa</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is not understood.</source>
        <translation>la parola chiave &quot;%1&quot; non è riconosciuta.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Foto (%1)</translation>
    </message>
    <message>
        <source>Photo not sent</source>
        <translation>Foto non inviata</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>The camera gave an empty photo.</source>
        <translation>La fotocamera ha restituito una foto vuota.</translation>
    </message>
    <message>
        <source>“%1” is not a photo FieldConnect can read (%2).</source>
        <translation>“%1” non è una foto che FieldConnect sa leggere (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Impossibile leggere “%1”: %2</translation>
    </message>
    <message>
        <source>The folder “%1” for photos cannot be made.</source>
        <translation>Impossibile creare la cartella “%1” per le foto.</translation>
    </message>
    <message>
        <source>The photo cannot be written to “%1”: %2</source>
        <translation>Impossibile scrivere la foto in “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Back to the work order</source>
        <translation>Torna all&apos;ordine di lavoro</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Foto intera</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Only the thumbnail can be shown: %1</source>
        <translation>È possibile mostrare solo la miniatura: %1</translation>
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
        <translation>un PIN ha da %1 a %2 cifre</translation>
    </message>
    <message>
        <source>a PIN has digits only (0 to 9)</source>
        <translation>un PIN ha solo cifre (da 0 a 9)</translation>
    </message>
    <message>
        <source>not a PIN hash of the form %1$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (make one with fieldconnect --hash-pin)</source>
        <translation>non è un hash di PIN della forma %1$&lt;iterazioni&gt;$&lt;sale&gt;$&lt;hash&gt; (creane uno con fieldconnect --hash-pin)</translation>
    </message>
    <message>
        <source>the iteration count &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>il numero di iterazioni &quot;%1&quot; non è un numero da %2 a %3</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <translation>il sale non è base64 di almeno %1 byte</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <translation>l&apos;hash non è base64 di %1 byte</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Esci dalla modalità chiosco</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN del supervisore</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Cancella il PIN</translation>
    </message>
    <message>
        <source>⌫ Back</source>
        <translation>⌫ Indietro</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Elimina l&apos;ultima cifra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No supervisor PIN is set in the deployment file, so kiosk mode cannot be left here. Ask your IT department (see [kiosk] pin_hash).</source>
        <translation>Nel file di distribuzione non è impostato alcun PIN del supervisore, quindi qui non si può uscire dalla modalità chiosco. Rivolgiti al tuo reparto IT (vedi [kiosk] pin_hash).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>PIN errato. Ancora %n tentativo prima che il tastierino attenda.</numerusform>
            <numerusform>PIN errato. Ancora %n tentativi prima che il tastierino attenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Puoi riprovare il PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprova tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningFile</name>
    <message>
        <source>Field %1: %2</source>
        <translation>Campo %1: %2</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a value that is not quoted; quote the whole value and double the quote (&quot;&quot;).</source>
        <translation>una virgoletta (&quot;) dentro un valore non racchiuso tra virgolette; racchiudi tutto il valore tra virgolette e raddoppia la virgoletta (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote.</source>
        <translation>testo dopo la virgoletta di chiusura.</translation>
    </message>
    <message>
        <source>Field %1: a quoted value is never closed (the rest of the file was read into it).</source>
        <translation>Campo %1: un valore tra virgolette non viene mai chiuso (il resto del file è stato letto al suo interno).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text, not %2.</source>
        <translation>&quot;%1&quot; deve essere un elenco di testi, non %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text; it contains %2.</source>
        <translation>&quot;%1&quot; deve essere un elenco di testi; contiene %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>&quot;%1&quot; deve essere testo, non %2.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object, not %1.</source>
        <translation>&quot;metadata&quot; deve essere un oggetto, non %1.</translation>
    </message>
    <message>
        <source>&quot;metadata.%1&quot; must be text, a number or a boolean, not %2.</source>
        <translation>&quot;metadata.%1&quot; deve essere testo, un numero o un booleano, non %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Campo sconosciuto &quot;%1&quot;; i campi sono: %2.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Il campo obbligatorio &quot;%1&quot; manca o è vuoto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; ha %2 caratteri; ne sono consentiti al massimo %3.</translation>
    </message>
    <message>
        <source>Invalid name %1 (%2): %3</source>
        <translation>Nome non valido %1 (%2): %3</translation>
    </message>
    <message>
        <source>the reference is the name when &quot;name&quot; is empty</source>
        <translation>il riferimento è il nome quando &quot;name&quot; è vuoto</translation>
    </message>
    <message>
        <source>Bad date %1 in &quot;planned_date&quot;: expected an ISO 8601 date yyyy-mm-dd, such as 2026-04-01.</source>
        <translation>Data non valida %1 in &quot;planned_date&quot;: è attesa una data ISO 8601 aaaa-mm-gg, come 2026-04-01.</translation>
    </message>
    <message>
        <source>Bad e-mail address %1 in &quot;technician_email&quot;.</source>
        <translation>Indirizzo e-mail non valido %1 in &quot;technician_email&quot;.</translation>
    </message>
    <message>
        <source>Unknown work order type %1; this site&apos;s types are: %2.</source>
        <translation>Tipo di ordine di lavoro sconosciuto %1; i tipi di questo sito sono: %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: already used on line %2.</source>
        <translation>Riferimento duplicato %1: già usato alla riga %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Riferimento duplicato %1: esiste già un ordine di lavoro con questo riferimento (non viene mai sovrascritto).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La riga di intestazione non è valida: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <source>The header has an empty name (%1).</source>
        <translation>L&apos;intestazione ha un nome vuoto (%1).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (%2).</source>
        <translation>La colonna &quot;%1&quot; compare due volte (%2).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (%2); the columns are: %3, and meta.&lt;key&gt; for metadata.</source>
        <translation>Colonna sconosciuta &quot;%1&quot; (%2); le colonne sono: %3, e meta.&lt;key&gt; per i metadati.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>Manca la colonna obbligatoria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>Il file ha più di %1 righe; dividilo.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La riga ha %1 campi; l&apos;intestazione ne ha %2.</translation>
    </message>
    <message>
        <source>The file has a header but no work orders.</source>
        <translation>Il file ha un&apos;intestazione ma nessun ordine di lavoro.</translation>
    </message>
    <message>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>Il JSON non è valido in %1: %2.</translation>
    </message>
    <message>
        <source>A JSON planning is an array of work orders, or an object {&quot;work_orders&quot;: [...]}.</source>
        <translation>Una pianificazione JSON è un array di ordini di lavoro, oppure un oggetto {&quot;work_orders&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; at the top. %2</source>
        <translation>Chiave sconosciuta &quot;%1&quot; al livello principale. %2</translation>
    </message>
    <message>
        <source>The file has no work orders.</source>
        <translation>Il file non contiene ordini di lavoro.</translation>
    </message>
    <message>
        <source>The file has more than %1 work orders; split it.</source>
        <translation>Il file ha più di %1 ordini di lavoro; dividilo.</translation>
    </message>
    <message>
        <source>Work order %1 is %2, not an object.</source>
        <translation>L&apos;ordine di lavoro %1 è %2, non un oggetto.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a planning file may have at most %2.</source>
        <translation>Il file ha %1 byte; un file di pianificazione può averne al massimo %2.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad bytes on line %1); save it as UTF-8 (CSV UTF-8 in a spreadsheet).</source>
        <translation>Il file non è testo UTF-8 (primi byte errati alla riga %1); salvalo come UTF-8 (CSV UTF-8 in un foglio di calcolo).</translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a planning file may have at most %3.</source>
        <translation>%1 ha %2 byte; un file di pianificazione può averne al massimo %3.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as a planning.</source>
        <translation>Non è stato importato nulla: il file non può essere letto come pianificazione.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n riga ha problemi e l&apos;importazione è tutto o niente.</numerusform>
            <numerusform>Non è stato importato nulla: %n righe hanno problemi e l&apos;importazione è tutto o niente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row is good.</source>
        <translation>Non è stato importato nulla: nessuna riga è valida.</translation>
    </message>
    <message>
        <source>Imported from the planning file %1, line %2.</source>
        <translation>Importato dal file di pianificazione %1, riga %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
    <message>
        <source>Duplicate reference &quot;%1&quot;: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Riferimento duplicato &quot;%1&quot;: esiste già un ordine di lavoro con questo riferimento (non viene mai sovrascritto).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n riferimento esiste già e l&apos;importazione è tutto o niente.</numerusform>
            <numerusform>Non è stato importato nulla: %n riferimenti esistono già e l&apos;importazione è tutto o niente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message>
        <source>Import planning: %1</source>
        <translation>Importa pianificazione: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Questo file non può essere importato:</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n ordine di lavoro letto, valido.</numerusform>
            <numerusform>%n ordini di lavoro letti, tutti validi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 work order(s) read: %2 good, %3 with problems (listed below with their line).</source>
        <translation>Ordini di lavoro letti: %1; %2 validi, %3 con problemi (elencati sotto con la relativa riga).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>Tutto o niente: importa solo se ogni riga è valida</translation>
    </message>
    <message>
        <source>Import the good rows, skip the others</source>
        <translation>Importa le righe valide, salta le altre</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>Correggi il file e importalo di nuovo.</translation>
    </message>
    <message>
        <source>No row is good: correct the file and import it again.</source>
        <translation>Nessuna riga è valida: correggi il file e importalo di nuovo.</translation>
    </message>
    <message>
        <source>Some rows have problems: with all or nothing, nothing would be imported.</source>
        <translation>Alcune righe hanno problemi: con tutto o niente, non verrebbe importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>Verrà importato %n ordine di lavoro; le righe elencate sopra vengono saltate.</numerusform>
            <numerusform>Verranno importati %n ordini di lavoro; le righe elencate sopra vengono saltate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>Verrà importato %n ordine di lavoro.</numerusform>
            <numerusform>Verranno importati %n ordini di lavoro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the planning file</source>
        <translation>Problemi nel file di pianificazione</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>There is no site profile &quot;%1&quot;.</source>
        <translation>Non esiste il profilo del sito &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile in use is set by your organisation (%1).</source>
        <translation>Il profilo in uso è impostato dalla tua organizzazione (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be changed here.</source>
        <translation>&quot;%1&quot; proviene dalla configurazione di distribuzione o dalla sandbox e non può essere modificato qui.</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; must be lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>L&apos;id di profilo &quot;%1&quot; deve contenere lettere minuscole, cifre, &quot;-&quot; o &quot;_&quot;.</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Esiste già un profilo con l&apos;id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A user profile is for testing or production, not the sandbox.</source>
        <translation>Un profilo utente è per il test o la produzione, non per la sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be removed here.</source>
        <translation>&quot;%1&quot; proviene dalla configurazione di distribuzione o dalla sandbox e non può essere rimosso qui.</translation>
    </message>
</context>
<context>
    <name>ProgressBarDelegate</name>
    <message>
        <source>no progress yet</source>
        <translation>ancora nessun avanzamento</translation>
    </message>
    <message>
        <source>%1 % ✓</source>
        <translation>%1 % ✓</translation>
    </message>
    <message>
        <source>%1 % (unverified)</source>
        <translation>%1 % (non verificato)</translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Refreshing progress: %1 of %2</source>
        <translation>Aggiornamento dell&apos;avanzamento: %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Aggiornamento dell&apos;avanzamento annullato: %n verificato.</numerusform>
            <numerusform>Aggiornamento dell&apos;avanzamento annullato: %n verificati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Avanzamento aggiornato: %n verificato.</numerusform>
            <numerusform>Avanzamento aggiornato: %n verificati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n non ha potuto essere verificato.</numerusform>
            <numerusform>%n non hanno potuto essere verificati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress refresh</source>
        <translation>Aggiornamento dell'avanzamento</translation>
    </message>
    <message>
        <source>Cancel the progress refresh</source>
        <translation>Annulla l'aggiornamento dell'avanzamento</translation>
    </message>
</context>
<context>
    <name>RemoteWorkOrder</name>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>La risposta non ha l&apos;array &quot;results&quot;.</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La risposta non è JSON (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La risposta non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or is not a UUID.</source>
        <translation>Il campo &quot;id&quot; manca o non è un UUID.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is missing or is not a string.</source>
        <translation>Il campo &quot;name&quot; manca o non è una stringa.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Il campo &quot;progress_score&quot; non è un intero da 0 a 100.</translation>
    </message>
    <message>
        <source>The field &quot;task_groups&quot; is not an array.</source>
        <translation>Il campo &quot;task_groups&quot; non è un array.</translation>
    </message>
    <message>
        <source>The field &quot;inputs&quot; is not an array.</source>
        <translation>Il campo &quot;inputs&quot; non è un array.</translation>
    </message>
    <message>
        <source>results[%1] is not an object.</source>
        <translation>results[%1] non è un oggetto.</translation>
    </message>
    <message>
        <source>results[%1]: %2</source>
        <translation>results[%1]: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 non è un oggetto.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 non ha un nome.</translation>
    </message>
    <message>
        <source>%1.tasks is not an array.</source>
        <translation>%1.tasks non è un array.</translation>
    </message>
    <message>
        <source>%1 Its values are shown without a verdict.</source>
        <translation>%1 I suoi valori sono mostrati senza esito.</translation>
    </message>
    <message>
        <source>%1.state is neither null nor an object.</source>
        <translation>%1.state non è né null né un oggetto.</translation>
    </message>
    <message>
        <source>%1 has no id.</source>
        <translation>%1 non ha un id.</translation>
    </message>
    <message>
        <source>%1.task_group_name is missing or is not a string.</source>
        <translation>%1.task_group_name manca o non è una stringa.</translation>
    </message>
    <message>
        <source>%1.conformity_messages is not an array.</source>
        <translation>%1.conformity_messages non è un array.</translation>
    </message>
    <message>
        <source>%1.%2 is not a size in pixels.</source>
        <translation>%1.%2 non è una dimensione in pixel.</translation>
    </message>
    <message>
        <source>%1.media_type is not a string.</source>
        <translation>%1.media_type non è una stringa.</translation>
    </message>
    <message>
        <source>%1.image_url is not a URL.</source>
        <translation>%1.image_url non è un URL.</translation>
    </message>
</context>
<context>
    <name>RenderingGuard</name>
    <message>
        <source>FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now uses software rendering, which avoids graphics driver problems. Start with --enable-gpu to try the graphics card again.</source>
        <translation>FieldConnect si è chiuso in modo imprevisto mentre mostrava una pagina di Deepomatic. Ora la pagina usa il rendering software, che evita i problemi del driver grafico. Avvia con --enable-gpu per riprovare la scheda grafica.</translation>
    </message>
    <message>
        <source>The Deepomatic page uses software rendering (--disable-gpu).</source>
        <translation>La pagina di Deepomatic usa il rendering software (--disable-gpu).</translation>
    </message>
</context>
<context>
    <name>ScanResolver</name>
    <message>
        <source>The code read holds no text.</source>
        <translation>Il codice letto non contiene testo.</translation>
    </message>
    <message>
        <source>The code “%1” matches several work orders (%2): search for the one you want in the list.</source>
        <translation>Il codice “%1” corrisponde a più ordini di lavoro (%2): cerca quello che vuoi nell'elenco.</translation>
    </message>
    <message>
        <source>No work order matches the code “%1”. Check that it is the label of a work order of this site, or search the list.</source>
        <translation>Nessun ordine di lavoro corrisponde al codice “%1”. Verifica che sia l'etichetta di un ordine di lavoro di questo sito, o cerca nell'elenco.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s deployment file: read-only here.</source>
        <translation>Impostato dal file di distribuzione della tua organizzazione: qui è di sola lettura.</translation>
    </message>
    <message>
        <source>The built-in sandbox: read-only.</source>
        <translation>La sandbox integrata: sola lettura.</translation>
    </message>
    <message>
        <source>Your own profile, kept in your settings (never the token).</source>
        <translation>Il tuo profilo personale, conservato nelle tue impostazioni (mai il token).</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Profili del sito e token API</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Aggiungi profilo</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Rimuovi profilo</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Usa questo profilo</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Impostato dalla tua organizzazione</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>for example: ACME fibre (testing)</source>
        <translation>ad esempio: ACME fibra (test)</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Id del profilo</translation>
    </message>
    <message>
        <source>for example: acme-testing</source>
        <translation>ad esempio: acme-testing</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produzione</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>US</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Site id (UUID)</source>
        <translation>Id del sito (UUID)</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>ad esempio: %1</translation>
    </message>
    <message>
        <source>Organisation slug</source>
        <translation>Slug dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Studio URL</source>
        <translation>URL dello studio</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL dell&apos;API</translation>
    </message>
    <message>
        <source>derived from the region and site id</source>
        <translation>derivato dalla regione e dall&apos;id del sito</translation>
    </message>
    <message>
        <source>Closing an intervention</source>
        <translation>Chiusura di un intervento</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Soglia (%)</translation>
    </message>
    <message>
        <source>Thresholds per work order type</source>
        <translation>Soglie per tipo di ordine di lavoro</translation>
    </message>
    <message>
        <source>for example: installation=80, maintenance=60</source>
        <translation>ad esempio: installation=80, maintenance=60</translation>
    </message>
    <message>
        <source>When Deepomatic cannot be reached</source>
        <translation>Quando Deepomatic non è raggiungibile</translation>
    </message>
    <message>
        <source>Block until the progress is verified</source>
        <translation>Blocca finché l&apos;avanzamento non è verificato</translation>
    </message>
    <message>
        <source>Allow an unverified progress (recorded as such)</source>
        <translation>Consenti un avanzamento non verificato (registrato come tale)</translation>
    </message>
    <message>
        <source>May close a work order never opened on this device</source>
        <translation>Può chiudere un ordine di lavoro mai aperto su questo dispositivo</translation>
    </message>
    <message>
        <source>A supervisor may close a blocked intervention, with a reason</source>
        <translation>Un supervisore può chiudere un intervento bloccato, indicando un motivo</translation>
    </message>
    <message>
        <source>Connector and callback</source>
        <translation>Connettore e callback</translation>
    </message>
    <message>
        <source>Connector opens</source>
        <translation>Il connettore si apre</translation>
    </message>
    <message>
        <source>Inside FieldConnect</source>
        <translation>Dentro FieldConnect</translation>
    </message>
    <message>
        <source>In the system browser</source>
        <translation>Nel browser di sistema</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>fieldconnect:// address</source>
        <translation>Indirizzo fieldconnect://</translation>
    </message>
    <message>
        <source>https:// address of the site</source>
        <translation>Indirizzo https:// del sito</translation>
    </message>
    <message>
        <source>Callback https prefix</source>
        <translation>Prefisso https del callback</translation>
    </message>
    <message>
        <source>Pass the progress in the URL fragment</source>
        <translation>Passa l&apos;avanzamento nel frammento dell&apos;URL</translation>
    </message>
    <message>
        <source>Private browsing: never keep the Deepomatic sign-in</source>
        <translation>Navigazione privata: non conservare mai l&apos;accesso a Deepomatic</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <source>Sign-in hosts</source>
        <translation>Host di accesso</translation>
    </message>
    <message>
        <source>for example: login.example.com, sso.example.com</source>
        <translation>ad esempio: login.example.com, sso.example.com</translation>
    </message>
    <message>
        <source>Photo hosts</source>
        <translation>Host delle foto</translation>
    </message>
    <message>
        <source>for example: storage.example.com</source>
        <translation>ad esempio: storage.example.com</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Link ad altri siti</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Opened in the system browser</source>
        <translation>Aperti nel browser di sistema</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Fotocamera e microfono</translation>
    </message>
    <message>
        <source>Allowed for the sign-in and studio hosts</source>
        <translation>Consentiti per gli host di accesso e dello studio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Allow downloads from the page</source>
        <translation>Consenti i download dalla pagina</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Richieste simultanee</translation>
    </message>
    <message>
        <source>The site can find a work order by name (resolves uncertain creations)</source>
        <translation>Il sito può trovare un ordine di lavoro per nome (risolve le creazioni incerte)</translation>
    </message>
    <message>
        <source>Closure report URL</source>
        <translation>URL del rapporto di chiusura</translation>
    </message>
    <message>
        <source>none: no report is sent</source>
        <translation>nessuno: non viene inviato alcun rapporto</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificato fissato</translation>
    </message>
    <message>
        <source>for example: host.example.com followed by its SHA-256 fingerprint</source>
        <translation>ad esempio: host.example.com seguito dalla sua impronta SHA-256</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salva profilo</translation>
    </message>
    <message>
        <source>Deepomatic API token</source>
        <translation>Token API di Deepomatic</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>I token sono conservati in %1.</translation>
    </message>
    <message>
        <source>Paste a new token to set it; the stored one is never shown</source>
        <translation>Incolla un nuovo token per impostarlo; quello memorizzato non viene mai mostrato</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Salva token</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Rimuovi token</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in uso)</translation>
    </message>
    <message>
        <source>Set by your organisation in %1; it cannot be changed here.</source>
        <translation>Impostato dalla tua organizzazione in %1; non può essere modificato qui.</translation>
    </message>
    <message>
        <source>Set by your organisation: the profile in use cannot be changed (%1).</source>
        <translation>Impostato dalla tua organizzazione: il profilo in uso non può essere cambiato (%1).</translation>
    </message>
    <message>
        <source>A new profile of your own.</source>
        <translation>Un nuovo profilo personale.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>modulo</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilo salvato.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Salva prima il profilo.</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Incolla prima il token.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Token saved in %1.</source>
        <translation>Token salvato in %1.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Impossibile salvare il token: %1</translation>
    </message>
    <message>
        <source>%1
The token is kept in memory for this session only.</source>
        <translation>%1
Il token viene conservato in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token rimosso.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Impossibile rimuovere il token: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Prova della connessione a %1…</translation>
    </message>
    <message>
        <source>No token is stored for %1: paste one above.</source>
        <translation>Nessun token memorizzato per %1: incollane uno qui sopra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;work order type&gt;=&lt;threshold&gt;</source>
        <translation>&quot;%1&quot; non è &lt;tipo di ordine di lavoro&gt;=&lt;soglia&gt;</translation>
    </message>
    <message>
        <source>Longest photo side (pixels)</source>
        <translation>Lato più lungo della foto (pixel)</translation>
    </message>
    <message>
        <source>Site profiles</source>
        <translation>Profili del sito</translation>
    </message>
    <message>
        <source>Metadata field on the labels (Scan)</source>
        <translation>Campo di metadati sulle etichette (Scansiona)</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>site_id is missing or is not a UUID.</source>
        <translation>site_id manca o non è un UUID.</translation>
    </message>
    <message>
        <source>org_slug &quot;%1&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;).</source>
        <translation>org_slug &quot;%1&quot; non è uno slug (lettere minuscole, cifre, &quot;-&quot; o &quot;_&quot;).</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL dello studio &quot;%1&quot; deve essere https (http semplice solo in loopback).</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL dell&apos;API &quot;%1&quot; deve essere https (http semplice solo in loopback).</translation>
    </message>
    <message>
        <source>The threshold %1 is outside 0–100.</source>
        <translation>La soglia %1 è fuori dall&apos;intervallo 0–100.</translation>
    </message>
    <message>
        <source>%1 requests in flight is outside %2–%3.</source>
        <translation>Il numero di richieste in corso (%1) è fuori dall&apos;intervallo %2–%3.</translation>
    </message>
    <message>
        <source>The https callback prefix &quot;%1&quot; must be an https URL with a host.</source>
        <translation>Il prefisso https del callback &quot;%1&quot; deve essere un URL https con un host.</translation>
    </message>
    <message>
        <source>connector_mode &quot;external&quot; needs callback_mode &quot;scheme&quot;: the browser can only give a fieldconnect:// callback back to the app.</source>
        <translation>connector_mode &quot;external&quot; richiede callback_mode &quot;scheme&quot;: il browser può restituire all&apos;app solo un callback fieldconnect://.</translation>
    </message>
    <message>
        <source>The closure report URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL del rapporto di chiusura &quot;%1&quot; deve essere https (http semplice solo in loopback).</translation>
    </message>
    <message>
        <source>The navigation allow-list entry &quot;%1&quot; is not a host name.</source>
        <translation>La voce &quot;%1&quot; dell&apos;elenco di navigazione consentita non è un nome host.</translation>
    </message>
    <message>
        <source>A photo side of %1 pixels is outside %2–%3.</source>
        <translation>Un lato della foto di %1 pixel è fuori da %2–%3.</translation>
    </message>
    <message>
        <source>scan_key &quot;%1&quot; is not a metadata field name (letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, at most 64).</source>
        <translation>scan_key "%1" non è un nome di campo di metadati (lettere, cifre, "_", "-" o ".", al massimo 64).</translation>
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
        <translation>impostazione sconosciuta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 or %3</source>
        <translation>&quot;%1&quot; non è %2 o %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL (plain http only on loopback)</source>
        <translation>&quot;%1&quot; non è un URL https (http semplice solo in loopback)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from %2 to %3</source>
        <translation>&quot;%1&quot; non è un intero da %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; non è un UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>&quot;%1&quot; non è uno slug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; non è true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; non è un nome host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>&quot;%1&quot; non è un intero da 0 a 100 per un tipo di ordine di lavoro indicato</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>&quot;%1&quot; non è &quot;&lt;host&gt; &lt;impronta SHA-256&gt;&quot;</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1: [%2] %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field name</source>
        <translation>"%1" non è un nome di campo di metadati</translation>
    </message>
</context>
<context>
    <name>TaskCorrection</name>
    <message>
        <source>The field &quot;id&quot; is missing or is not a task id.</source>
        <translation>Il campo &quot;id&quot; manca o non è un id di attività.</translation>
    </message>
    <message>
        <source>The field &quot;state&quot; is missing or is not an object.</source>
        <translation>Il campo &quot;state&quot; manca o non è un oggetto.</translation>
    </message>
    <message>
        <source>The field &quot;state.corrected_value&quot; is missing.</source>
        <translation>Manca il campo &quot;state.corrected_value&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;state.message&quot; is not a string.</source>
        <translation>Il campo &quot;state.message&quot; non è una stringa.</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Non analizzato</translation>
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
        <translation>Non OK</translation>
    </message>
    <message>
        <source>Not OK: %1</source>
        <translation>Non OK: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corretto: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Deepomatic API token</source>
        <translation>Token API di Deepomatic</translation>
    </message>
    <message>
        <source>API token for %1 (%2):</source>
        <translation>Token API per %1 (%2):</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>salvato in %1</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo per questa sessione</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>Nessun archivio delle credenziali</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

Il token API verrà richiesto a ogni avvio e conservato solo in memoria.</translation>
    </message>
</context>
<context>
    <name>WebProfiles</name>
    <message>
        <source>The studio address of this site is not valid; its web storage was not cleared.</source>
        <translation>L&apos;indirizzo dello studio di questo sito non è valido; la sua archiviazione web non è stata cancellata.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be cleared in time.</source>
        <translation>Impossibile cancellare in tempo l&apos;archiviazione web di Deepomatic.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be opened to clear it.</source>
        <translation>Impossibile aprire l&apos;archiviazione web di Deepomatic per cancellarla.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage was not cleared (%1).</source>
        <translation>L&apos;archiviazione web di Deepomatic non è stata cancellata (%1).</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Select a work order in the list.</source>
        <translation>Seleziona un ordine di lavoro nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crea in Deepomatic</translation>
    </message>
    <message>
        <source>Open in Deepomatic</source>
        <translation>Apri in Deepomatic</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Aggiorna avanzamento</translation>
    </message>
    <message>
        <source>Preview in Deepomatic</source>
        <translation>Anteprima in Deepomatic</translation>
    </message>
    <message>
        <source>Look at the Deepomatic page read-only: nothing done there changes this work order.</source>
        <translation>Consulta la pagina di Deepomatic in sola lettura: nulla di ciò che fai lì modifica questo ordine di lavoro.</translation>
    </message>
    <message>
        <source>Close intervention</source>
        <translation>Chiudi intervento</translation>
    </message>
    <message>
        <source>Link to the existing one…</source>
        <translation>Collega a quello esistente…</translation>
    </message>
    <message>
        <source>This work order may already be in Deepomatic: enter its id from there, so that it is not created twice.</source>
        <translation>Questo ordine di lavoro potrebbe essere già in Deepomatic: inserisci il suo id preso da lì, così non viene creato due volte.</translation>
    </message>
    <message>
        <source>Create again…</source>
        <translation>Crea di nuovo…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Deroga del supervisore…</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Foto e risultati</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipi</translation>
    </message>
    <message>
        <source>Deepomatic id</source>
        <translation>Id Deepomatic</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>non ancora creato</translation>
    </message>
    <message>
        <source>Reported by Deepomatic&apos;s callback on %1, not verified yet.</source>
        <translation>Riportato dal callback di Deepomatic il %1, non ancora verificato.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1 by a progress refresh; this work order was not opened on this device.</source>
        <translation>Verificato con Deepomatic il %1 da un aggiornamento dell&apos;avanzamento; questo ordine di lavoro non è stato aperto su questo dispositivo.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1, after the intervention on this device.</source>
        <translation>Verificato con Deepomatic il %1, dopo l&apos;intervento su questo dispositivo.</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>ancora nessun avanzamento</translation>
    </message>
    <message>
        <source>Reopen in Deepomatic</source>
        <translation>Riapri in Deepomatic</translation>
    </message>
    <message>
        <source>Close intervention (unverified)</source>
        <translation>Chiudi intervento (non verificato)</translation>
    </message>
    <message>
        <source>Creation in doubt: it was sent, but no answer came back. Look for it in Deepomatic, then link it, or create it again if it is not there.</source>
        <translation>Creazione incerta: è stata inviata, ma non è arrivata alcuna risposta. Cercalo in Deepomatic, poi collegalo, oppure crealo di nuovo se non c&apos;è.</translation>
    </message>
    <message>
        <source>This work order may already exist in Deepomatic: settle its creation before the intervention.</source>
        <translation>Questo ordine di lavoro potrebbe già esistere in Deepomatic: risolvi la sua creazione prima dell&apos;intervento.</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Creazione non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic ha %n ordine di lavoro con questo nome. Collega quello creato con questa richiesta:</numerusform>
            <numerusform>Deepomatic ha %n ordini di lavoro con questo nome. Collega quello creato con questa richiesta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · progress %2 %</source>
        <translation>Creato %1 · avanzamento %2 %</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>in una data sconosciuta</translation>
    </message>
    <message>
        <source>Link to this one</source>
        <translation>Collega a questo</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>in un momento sconosciuto</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic on %2</source>
        <translation>%1 %, verificato con Deepomatic il %2</translation>
    </message>
    <message>
        <source>%1 %, reported by the page on %2, not verified</source>
        <translation>%1 %, riportato dalla pagina il %2, non verificato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>History of this work order</source>
        <translation>Cronologia di questo ordine di lavoro</translation>
    </message>
    <message>
        <source>Whether the intervention can be closed, and why</source>
        <translation>Se l'intervento può essere chiuso, e perché</translation>
    </message>
</context>
<context>
    <name>WorkOrderEvent</name>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Waiting to be created in Deepomatic</source>
        <translation>In attesa di creazione in Deepomatic</translation>
    </message>
    <message>
        <source>Creation sent again</source>
        <translation>Creazione inviata di nuovo</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>Creato in Deepomatic</translation>
    </message>
    <message>
        <source>Linked to a work order in Deepomatic</source>
        <translation>Collegato a un ordine di lavoro in Deepomatic</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Creazione non riuscita</translation>
    </message>
    <message>
        <source>Creation in doubt</source>
        <translation>Creazione incerta</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Richiesta annullata</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Richiesta inviata di nuovo</translation>
    </message>
    <message>
        <source>Request discarded</source>
        <translation>Richiesta scartata</translation>
    </message>
    <message>
        <source>Opened in Deepomatic</source>
        <translation>Aperto in Deepomatic</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Callback ricevuto</translation>
    </message>
    <message>
        <source>Callback rejected</source>
        <translation>Callback rifiutato</translation>
    </message>
    <message>
        <source>Progress verified</source>
        <translation>Avanzamento verificato</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verifica non riuscita</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Closure verified</source>
        <translation>Chiusura verificata</translation>
    </message>
    <message>
        <source>Closure report sent</source>
        <translation>Rapporto di chiusura inviato</translation>
    </message>
    <message>
        <source>Closure report refused</source>
        <translation>Rapporto di chiusura rifiutato</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Chiuso con deroga del supervisore</translation>
    </message>
</context>
<context>
    <name>WorkOrderResultsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Photos and results appear here once the work order exists in Deepomatic.</source>
        <translation>Foto e risultati compaiono qui quando l&apos;ordine di lavoro esiste in Deepomatic.</translation>
    </message>
    <message>
        <source>Loading the results from Deepomatic…</source>
        <translation>Caricamento dei risultati da Deepomatic…</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>Impossibile caricare i risultati: %1</translation>
    </message>
    <message>
        <source>Last known results from %1; the site cannot be reached.</source>
        <translation>Ultimi risultati noti del %1; il sito non è raggiungibile.</translation>
    </message>
    <message>
        <source>Last known results from %1; they could not be refreshed: %2</source>
        <translation>Ultimi risultati noti del %1; non è stato possibile aggiornarli: %2</translation>
    </message>
    <message>
        <source>Deepomatic progress: %1 %</source>
        <translation>Avanzamento Deepomatic: %1 %</translation>
    </message>
    <message>
        <source>last analysis %1</source>
        <translation>ultima analisi %1</translation>
    </message>
    <message>
        <source>no photo analysed yet</source>
        <translation>ancora nessuna foto analizzata</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revisionato %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PDF sent on %1</source>
        <translation>PDF inviato il %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto di %1</translation>
    </message>
    <message>
        <source>Photo unavailable</source>
        <translation>Foto non disponibile</translation>
    </message>
    <message>
        <source>Opens the photo on the whole screen</source>
        <translation>Apre la foto a schermo intero</translation>
    </message>
    <message>
        <source>Refresh photos and results</source>
        <translation>Aggiorna foto e risultati</translation>
    </message>
</context>
<context>
    <name>WorkOrderScanner</name>
    <message>
        <source>Choose an image of the label</source>
        <translation>Scegli un'immagine dell'etichetta</translation>
    </message>
    <message>
        <source>No work order found</source>
        <translation>Nessun ordine di lavoro trovato</translation>
    </message>
</context>
<context>
    <name>WorkOrderStatus</name>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Pronto per la chiusura</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Closed (override)</source>
        <translation>Chiuso (deroga)</translation>
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
        <translation>Impossibile aprire il database degli ordini di lavoro</translation>
    </message>
    <message>
        <source>Cannot configure the work order database</source>
        <translation>Impossibile configurare il database degli ordini di lavoro</translation>
    </message>
    <message>
        <source>Cannot read the database version</source>
        <translation>Impossibile leggere la versione del database</translation>
    </message>
    <message>
        <source>The database was written by a newer FieldConnect</source>
        <translation>Il database è stato scritto da una versione più recente di FieldConnect</translation>
    </message>
    <message>
        <source>schema version %1, this version knows up to %2</source>
        <translation>versione dello schema %1, questa versione conosce fino alla %2</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>Impossibile avviare una migrazione</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Migrazione alla versione %1 non riuscita</translation>
    </message>
    <message>
        <source>Cannot read work orders</source>
        <translation>Impossibile leggere gli ordini di lavoro</translation>
    </message>
    <message>
        <source>Cannot save work order %1</source>
        <translation>Impossibile salvare l&apos;ordine di lavoro %1</translation>
    </message>
    <message>
        <source>Cannot record an event for %1</source>
        <translation>Impossibile registrare un evento per %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossibile avviare una transazione</translation>
    </message>
    <message>
        <source>Cannot save work orders</source>
        <translation>Impossibile salvare gli ordini di lavoro</translation>
    </message>
    <message>
        <source>Cannot keep the results of %1</source>
        <translation>Impossibile conservare i risultati di %1</translation>
    </message>
    <message>
        <source>Cannot read the results of %1</source>
        <translation>Impossibile leggere i risultati di %1</translation>
    </message>
    <message>
        <source>Cannot read events</source>
        <translation>Impossibile leggere gli eventi</translation>
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
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · needs review</source>
        <translation>%1 · da rivedere</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · in attesa</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic</source>
        <translation>%1 %, verificato con Deepomatic</translation>
    </message>
    <message>
        <source>%1 %, reported by the callback, not verified</source>
        <translation>%1 %, riportato dal callback, non verificato</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1</source>
        <translation>Verificato con Deepomatic il %1</translation>
    </message>
    <message>
        <source>The progress has not been verified with Deepomatic.</source>
        <translation>L&apos;avanzamento non è stato verificato con Deepomatic.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordine di lavoro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Ancora nessun avanzamento</translation>
    </message>
    <message>
        <source>Progress %1 percent, verified</source>
        <translation>Avanzamento %1 percento, verificato</translation>
    </message>
    <message>
        <source>Progress %1 percent, not verified</source>
        <translation>Avanzamento %1 percento, non verificato</translation>
    </message>
</context>
</TS>
