<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldConnect</source>
        <translation>À propos de FieldConnect</translation>
    </message>
    <message>
        <source>FieldConnect %1</source>
        <translation>FieldConnect %1</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Interventions vérifiées par photo avec le Work Order Connector de Deepomatic.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilation&#xa0;:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (en cours d&apos;exécution)&#xa0;:</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (de compilation)&#xa0;:</translation>
    </message>
    <message>
        <source>Chromium (Qt WebEngine):</source>
        <translation>Chromium (Qt WebEngine)&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux&#xa0;:</translation>
    </message>
    <message>
        <source>Site profile in use:</source>
        <translation>Profil de site utilisé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AnalyzeRequest</name>
    <message>
        <source>No task group was given for the photo.</source>
        <translation>Aucun groupe de tâches n&apos;a été fourni pour la photo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Only an image or a PDF can be analysed.</source>
        <translation>Seules les images et les PDF peuvent être analysés.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>Le PDF fait %1&#xa0;Mo&#xa0;; Deepomatic accepte au maximum %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The image is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>L&apos;image fait %1&#xa0;Mo&#xa0;; Deepomatic accepte au maximum %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The image address must be an absolute http or https URL.</source>
        <translation>L&apos;adresse de l&apos;image doit être une URL http ou https absolue.</translation>
    </message>
</context>
<context>
    <name>AnalyzeResult</name>
    <message>
        <source>The field &quot;input&quot; is missing or is not an object.</source>
        <translation>Le champ «&#xa0;input&#xa0;» est absent ou n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;task_group&quot; is missing or is not an object.</source>
        <translation>Le champ «&#xa0;task_group&#xa0;» est absent ou n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The input belongs to &quot;%1&quot; but the task group is &quot;%2&quot;.</source>
        <translation>L&apos;entrée appartient à «&#xa0;%1&#xa0;», mais le groupe de tâches est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Le champ «&#xa0;progress_score&#xa0;» n&apos;est pas un entier de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Réponse inattendue du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The work order may or may not exist in Deepomatic (%1). Check it in Deepomatic before creating it again.</source>
        <translation>Impossible de savoir si l&apos;ordre de travail existe dans Deepomatic (%1). Vérifiez-le dans Deepomatic avant de le créer à nouveau.</translation>
    </message>
</context>
<context>
    <name>ApiTokenLoader</name>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>No API token: work orders cannot be created or verified.</source>
        <translation>Pas de jeton d&apos;API&#xa0;: les ordres de travail ne peuvent être ni créés ni vérifiés.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved: %1</source>
        <translation>Le jeton est utilisé pour cette session mais n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The flow did not complete within %1 s.</source>
        <translation>Le déroulement ne s&apos;est pas terminé dans le délai de %1&#xa0;s.</translation>
    </message>
    <message>
        <source>No work order named %1.</source>
        <translation>Aucun ordre de travail nommé %1.</translation>
    </message>
    <message>
        <source>There is no work order to copy types and technician from.</source>
        <translation>Aucun ordre de travail dont copier les types et le technicien.</translation>
    </message>
    <message>
        <source>Creation in Deepomatic failed: %1</source>
        <translation>La création dans Deepomatic a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open in Deepomatic is disabled: %1</source>
        <translation>«&#xa0;Ouvrir dans Deepomatic&#xa0;» est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connector did not open.</source>
        <translation>Le connecteur ne s&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The Deepomatic page did not load.</source>
        <translation>La page Deepomatic ne s&apos;est pas chargée.</translation>
    </message>
    <message>
        <source>the photo to be recorded</source>
        <translation>l&apos;enregistrement de la photo</translation>
    </message>
    <message>
        <source>The callback was rejected: %1</source>
        <translation>Le retour de Deepomatic a été rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The page has no photo button number %1.</source>
        <translation>La page ne comporte pas de bouton photo numéro %1.</translation>
    </message>
    <message>
        <source>The page has no Finish button.</source>
        <translation>La page ne comporte pas de bouton «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <source>The Deepomatic page at %1 asks to sign in, and no user was given.</source>
        <translation>La page Deepomatic à l&apos;adresse %1 demande de se connecter, et aucun utilisateur n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was refused: %2</source>
        <translation>La connexion à %1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in page has no e-mail field.</source>
        <translation>La page de connexion ne comporte pas de champ d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>The sign-in page has no password field.</source>
        <translation>La page de connexion ne comporte pas de champ de mot de passe.</translation>
    </message>
    <message>
        <source>The sign-in page has no Sign in button.</source>
        <translation>La page de connexion ne comporte pas de bouton «&#xa0;Se connecter&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>No QR code or barcode was found: the picture is empty.</source>
        <translation>Aucun QR code ni code-barres trouvé : l’image est vide.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in the picture. Hold the label flat, well lit and filling the frame.</source>
        <translation>Aucun QR code ni code-barres trouvé dans l’image. Tenez l’étiquette à plat, bien éclairée et remplissant le cadre.</translation>
    </message>
    <message>
        <source>The image “%1” could not be read: %2</source>
        <translation>L’image « %1 » n’a pas pu être lue : %2</translation>
    </message>
</context>
<context>
    <name>BatchCreationDialog</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Créer dans Deepomatic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: in doubt — %2</source>
        <translation>%1&#xa0;: création incertaine — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n ordre de travail existe déjà dans Deepomatic et reste inchangé.</numerusform>
            <numerusform>%n ordres de travail existent déjà dans Deepomatic et restent inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 sur %2 créés</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n incertain</numerusform>
            <numerusform>, %n incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annulé</numerusform>
            <numerusform>, %n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n déjà dans Deepomatic)</numerusform>
            <numerusform> (%n déjà dans Deepomatic)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1&#xa0;s restantes</translation>
    </message>
    <message>
        <source>%1 per second, %2</source>
        <translation>%1 par seconde, %2</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>Progression de la création</translation>
    </message>
    <message>
        <source>Work orders not created</source>
        <translation>Ordres de travail non créés</translation>
    </message>
</context>
<context>
    <name>CallbackParser</name>
    <message>
        <source>The callback URL is not a valid URL.</source>
        <translation>L&apos;URL de retour n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>No connector launch is waiting for a callback.</source>
        <translation>Aucun lancement du connecteur n&apos;attend de retour.</translation>
    </message>
    <message>
        <source>The callback is not for the work order launch currently open.</source>
        <translation>Le retour ne correspond pas au lancement d&apos;ordre de travail actuellement ouvert.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once with different values.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» apparaît plusieurs fois avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>work_order_progress appears more than once.</source>
        <translation>work_order_progress apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>The callback carries no work_order_progress.</source>
        <translation>Le retour ne contient pas de work_order_progress.</translation>
    </message>
    <message>
        <source>work_order_progress &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>work_order_progress «&#xa0;%1&#xa0;» n&apos;est pas un entier de 0 à 100.</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>Le retour concerne l&apos;ordre de travail %1, mais %2 est ouvert.</translation>
    </message>
    <message>
        <source>work_order_progress appears in both the query and the fragment; it must appear exactly once.</source>
        <translation>work_order_progress figure à la fois dans la requête et dans le fragment ; il doit apparaître une seule fois.</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the Deepomatic page without a photo</source>
        <translation>Revenir à la page Deepomatic sans photo</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Pick a photo already on this device instead</source>
        <translation>Prendre plutôt une photo déjà sur cet appareil</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Discard this photo and take another</source>
        <translation>Jeter cette photo et en prendre une autre</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>Takes the photo shown by the camera</source>
        <translation>Prend la photo que montre la caméra</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Utiliser la photo</translation>
    </message>
    <message>
        <source>Sends this photo to the Deepomatic page</source>
        <translation>Envoie cette photo à la page Deepomatic</translation>
    </message>
    <message>
        <source>Starting the camera “%1”…</source>
        <translation>Démarrage de la caméra «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Aim at the equipment, then tap Take photo.</source>
        <translation>Visez l’équipement, puis touchez Prendre la photo.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Prise de la photo…</translation>
    </message>
    <message>
        <source>Is it sharp and well lit? Pinch to look closer. Use it, or take it again.</source>
        <translation>Est-elle nette et bien éclairée&#xa0;? Pincez pour regarder de plus près. Utilisez-la, ou reprenez-la.</translation>
    </message>
    <message>
        <source>%1 Choose a photo file instead, or cancel.</source>
        <translation>%1 Choisissez plutôt un fichier photo, ou annulez.</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Annuler la photo</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Choisir un fichier photo</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Scanner une étiquette</translation>
    </message>
    <message>
        <source>Back to the work orders without scanning</source>
        <translation>Retour aux ordres de travail sans scanner</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Read the label from a picture already on this device</source>
        <translation>Lire l’étiquette sur une image déjà présente sur cet appareil</translation>
    </message>
    <message>
        <source>Aim at the label on the equipment: it is read as soon as it is in sight.</source>
        <translation>Visez l’étiquette de l’équipement : elle est lue dès qu’elle est visible.</translation>
    </message>
    <message>
        <source>%1 Choose an image instead, or cancel.</source>
        <translation>%1 Choisissez plutôt une image, ou annulez.</translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>La caméra a cessé de fonctionner&#xa0;: %1</translation>
    </message>
    <message>
        <source>The camera took no photo: %1</source>
        <translation>La caméra n’a pris aucune photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>The camera is not ready yet: try again in a moment.</source>
        <translation>La caméra n’est pas encore prête&#xa0;: réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>CloseConfirmationDialog</name>
    <message>
        <source>Close intervention</source>
        <translation>Clôturer l&apos;intervention</translation>
    </message>
    <message>
        <source>Close the intervention for %1?</source>
        <translation>Clôturer l&apos;intervention pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Progress %1 %, verified with Deepomatic on %2.</source>
        <translation>Avancement %1&#xa0;%, vérifié auprès de Deepomatic le %2.</translation>
    </message>
    <message>
        <source>Progress %1 %, not verified with Deepomatic (%2).</source>
        <translation>Avancement %1&#xa0;%, non vérifié auprès de Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The closure will be recorded as unverified.</source>
        <translation>La clôture sera enregistrée comme non vérifiée.</translation>
    </message>
    <message>
        <source>A closed intervention cannot be reopened here.</source>
        <translation>Une intervention clôturée ne peut pas être rouverte ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Cette intervention est déjà clôturée.</translation>
    </message>
    <message>
        <source>This work order does not exist in Deepomatic yet. Create it before the intervention.</source>
        <translation>Cet ordre de travail n&apos;existe pas encore dans Deepomatic. Créez-le avant l&apos;intervention.</translation>
    </message>
    <message>
        <source>Checking the progress with Deepomatic…</source>
        <translation>Vérification de l&apos;avancement auprès de Deepomatic…</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified (%2). The closure will be marked unverified and checked later.</source>
        <translation>L&apos;avancement de %1&#xa0;% n&apos;a pas pu être vérifié (%2). La clôture sera marquée comme non vérifiée et contrôlée plus tard.</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified with Deepomatic: %2. Refresh the progress when the network is back.</source>
        <translation>L&apos;avancement de %1&#xa0;% n&apos;a pas pu être vérifié auprès de Deepomatic&#xa0;: %2. Actualisez l&apos;avancement quand le réseau sera rétabli.</translation>
    </message>
    <message>
        <source>Progress %1 % has not been verified yet. Refresh the progress.</source>
        <translation>L&apos;avancement de %1&#xa0;% n&apos;a pas encore été vérifié. Actualisez l&apos;avancement.</translation>
    </message>
    <message>
        <source>No progress yet. Open the work order in Deepomatic and take the expected photos.</source>
        <translation>Aucun avancement pour l&apos;instant. Ouvrez l&apos;ordre de travail dans Deepomatic et prenez les photos attendues.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified. The intervention can be closed.</source>
        <translation>Avancement %1&#xa0;%, vérifié. L&apos;intervention peut être clôturée.</translation>
    </message>
    <message>
        <source>Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the missing photos.</source>
        <translation>Avancement %1&#xa0;%. Au moins %2&#xa0;% sont requis. Rouvrez Deepomatic pour prendre les photos manquantes.</translation>
    </message>
    <message>
        <source>Supervisor override is not enabled for this site.</source>
        <translation>La dérogation superviseur n&apos;est pas activée pour ce site.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters for the override.</source>
        <translation>Indiquez un motif d&apos;au moins %1 caractères pour la dérogation.</translation>
    </message>
    <message>
        <source>Deepomatic reports %1 %, read by a progress refresh, but this work order was never opened on this device. This site requires opening it in Deepomatic before closing.</source>
        <translation>Deepomatic indique %1&#xa0;%, lu par une actualisation de l&apos;avancement, mais cette intervention n&apos;a jamais été ouverte sur cet appareil. Ce site exige de l&apos;ouvrir dans Deepomatic avant de la clôturer.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified by a progress refresh: the photos were taken in Deepomatic without this device. The intervention can be closed.</source>
        <translation>Avancement de %1&#xa0;%, vérifié par une actualisation de l&apos;avancement&#xa0;: les photos ont été prises dans Deepomatic sans cet appareil. L&apos;intervention peut être clôturée.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use a sandbox that is already running (e.g. fieldconnect-sandbox) at &lt;url&gt;, on loopback.</source>
        <translation>Utiliser un bac à sable déjà lancé (par ex. fieldconnect-sandbox) à l&apos;adresse &lt;url&gt;, en boucle locale.</translation>
    </message>
    <message>
        <source>Headless: create every planned work order in Deepomatic through the outbox, print one JSON object per step, and exit when the outbox is drained.</source>
        <translation>Sans interface&#xa0;: créer dans Deepomatic tous les ordres de travail planifiés via la file d&apos;envoi, afficher un objet JSON par étape, et quitter une fois la file d&apos;envoi vidée.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (an emulated Deepomatic site on 127.0.0.1), even if a site is configured.</source>
        <translation>Utiliser le bac à sable intégré (un site Deepomatic émulé sur 127.0.0.1), même si un site est configuré.</translation>
    </message>
    <message>
        <source>Read the deployment configuration from &lt;file&gt;.</source>
        <translation>Lire la configuration de déploiement depuis &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Keep the database and web data in &lt;dir&gt;.</source>
        <translation>Conserver la base de données et les données web dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Minimum verified progress (0–100) to close.</source>
        <translation>Avancement vérifié minimal (0–100) pour clôturer.</translation>
    </message>
    <message>
        <source>Ask Deepomatic to return results in the URL fragment.</source>
        <translation>Demander à Deepomatic de renvoyer les résultats dans le fragment de l&apos;URL.</translation>
    </message>
    <message>
        <source>Run one intervention headless and print one JSON object per step.</source>
        <translation>Exécuter une intervention sans interface et afficher un objet JSON par étape.</translation>
    </message>
    <message>
        <source>With --autopilot: the work order to use (default: a fresh copy of a planned one).</source>
        <translation>Avec --autopilot&#xa0;: l&apos;ordre de travail à utiliser (par défaut&#xa0;: une nouvelle copie d&apos;un ordre planifié).</translation>
    </message>
    <message>
        <source>With --autopilot: how many photos to take (all or a number).</source>
        <translation>Avec --autopilot&#xa0;: nombre de photos à prendre (all ou un nombre).</translation>
    </message>
    <message>
        <source>Port for the sandbox (default: a free one).</source>
        <translation>Port du bac à sable (par défaut&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Permettre aux DevTools de Chromium de s&apos;attacher à la page Deepomatic sur 127.0.0.1:9222 (support uniquement).</translation>
    </message>
    <message>
        <source>Draw the Deepomatic page without the graphics card (software rendering).</source>
        <translation>Afficher la page Deepomatic sans la carte graphique (rendu logiciel).</translation>
    </message>
    <message>
        <source>Use the graphics card again after an automatic switch to software rendering.</source>
        <translation>Réutiliser la carte graphique après un passage automatique au rendu logiciel.</translation>
    </message>
    <message>
        <source>Private browsing (shared tablets): keep no Deepomatic sign-in, cookies or web storage; sign in at every launch.</source>
        <translation>Navigation privée (tablettes partagées)&#xa0;: ne conserver ni connexion Deepomatic, ni cookies, ni stockage web&#xa0;; se connecter à chaque lancement.</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Interventions vérifiées par photo avec le Work Order Connector de Deepomatic.</translation>
    </message>
    <message>
        <source>--autopilot and --create-all cannot be used together.</source>
        <translation>--autopilot et --create-all ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>--threshold&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un entier de 0 à 100.</translation>
    </message>
    <message>
        <source>--photos: &quot;%1&quot; is not &quot;all&quot; or a number of photos.</source>
        <translation>--photos&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni «&#xa0;all&#xa0;» ni un nombre de photos.</translation>
    </message>
    <message>
        <source>--sandbox-port: &quot;%1&quot; is not a port number.</source>
        <translation>--sandbox-port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>--sandbox-url: &quot;%1&quot; is not an http(s) URL on loopback with a port and no path, e.g. http://127.0.0.1:8080.</source>
        <translation>--sandbox-url&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s) en boucle locale avec un port et sans chemin, par ex. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--sandbox-url and --sandbox cannot be used together.</source>
        <translation>--sandbox-url et --sandbox ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config&#xa0;: impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--disable-gpu and --enable-gpu cannot be used together.</source>
        <translation>--disable-gpu et --enable-gpu ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Headless: check the planning file &lt;file&gt; and import it into the site in use, print one JSON object per problem and a summary, and exit (0: all imported, 2: invalid input, 4: partly imported with --good-rows).</source>
        <translation>Sans interface&#xa0;: vérifier le fichier de planification &lt;file&gt; et l&apos;importer pour le site utilisé, afficher un objet JSON par problème et un résumé, puis quitter (0&#xa0;: tout importé, 2&#xa0;: entrée invalide, 4&#xa0;: importé en partie avec --good-rows).</translation>
    </message>
    <message>
        <source>With --import (the default): import nothing if any row has a problem.</source>
        <translation>Avec --import (par défaut)&#xa0;: ne rien importer si une ligne a un problème.</translation>
    </message>
    <message>
        <source>With --import: import the good rows and report the others.</source>
        <translation>Avec --import&#xa0;: importer les lignes correctes et signaler les autres.</translation>
    </message>
    <message>
        <source>--import cannot be used with --autopilot or --create-all.</source>
        <translation>--import ne peut pas être utilisé avec --autopilot ou --create-all.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows cannot be used together.</source>
        <translation>--all-or-nothing et --good-rows ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows go with --import.</source>
        <translation>--all-or-nothing et --good-rows s&apos;utilisent avec --import.</translation>
    </message>
    <message>
        <source>A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic sends the technician back: handed to the FieldConnect already running for this user and data directory, which prints one JSON line with its verdict (exit 0: accepted, 3: refused, 4: no answer in time); with none running, FieldConnect starts and handles it.</source>
        <translation>Une URL fieldconnect://callback/, telle que le navigateur du système la transmet quand Deepomatic renvoie le technicien&#xa0;: elle est remise au FieldConnect déjà lancé pour cet utilisateur et ce répertoire de données, qui affiche son verdict sur une ligne JSON (code de sortie 0&#xa0;: acceptée, 3&#xa0;: refusée, 4&#xa0;: pas de réponse à temps)&#xa0;; si aucun n&apos;est lancé, FieldConnect démarre et la traite lui-même.</translation>
    </message>
    <message>
        <source>only one fieldconnect://callback/ URL may be given; see --help.</source>
        <translation>une seule URL fieldconnect://callback/ peut être donnée&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldconnect://callback/ URL; see --help.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL fieldconnect://callback/&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>a callback URL cannot be used with --autopilot, --create-all or --import.</source>
        <translation>une URL de retour ne peut pas être utilisée avec --autopilot, --create-all ou --import.</translation>
    </message>
    <message>
        <source>Headless: write the diagnostics archive for support (logs, versions, settings, every secret removed) to &lt;file&gt;, print one JSON line and exit (0: written, 1: not written).</source>
        <translation>Sans interface&#xa0;: écrire l&apos;archive de diagnostic pour le support (journaux, versions, réglages, tous les secrets retirés) dans &lt;file&gt;, afficher une ligne JSON et quitter (0&#xa0;: écrite, 1&#xa0;: non écrite).</translation>
    </message>
    <message>
        <source>--export-diagnostics cannot be used with --autopilot, --create-all or --import.</source>
        <translation>--export-diagnostics ne peut pas être utilisé avec --autopilot, --create-all ou --import.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light, dark or high_contrast (default: the one chosen in Display).</source>
        <translation>Thème pour cette exécution&#xa0;: system, light, dark ou high_contrast (par défaut&#xa0;: celui choisi dans Affichage).</translation>
    </message>
    <message>
        <source>Text size for this run: normal, large or extra_large (default: the one chosen in Display).</source>
        <translation>Taille du texte pour cette exécution&#xa0;: normal, large ou extra_large (par défaut&#xa0;: celle choisie dans Affichage).</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not one of %2.</source>
        <translation>--theme&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’un de ces thèmes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--text-size: &quot;%1&quot; is not one of %2.</source>
        <translation>--text-size&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’une de ces tailles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Langue de l&apos;interface (%1)&#xa0;; par défaut&#xa0;: celle du système.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’une de ces langues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Headless: read a supervisor PIN (4 to 12 digits) from standard input, never from the command line where others could see it, and print the pin_hash line for the [kiosk] section of the deployment file.</source>
        <translation>Sans affichage&#xa0;: lit un code superviseur (4 à 12 chiffres) sur l’entrée standard, jamais sur la ligne de commande où d’autres pourraient le voir, et affiche la ligne pin_hash de la section [kiosk] du fichier de déploiement.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen with no window frame; it is left only with the supervisor PIN of the deployment file ([kiosk] pin_hash).</source>
        <translation>Mode kiosque&#xa0;: plein écran sans cadre de fenêtre&#xa0;; on n’en sort qu’avec le code superviseur du fichier de déploiement ([kiosk] pin_hash).</translation>
    </message>
    <message>
        <source>--hash-pin cannot be used with another mode or with --kiosk.</source>
        <translation>--hash-pin ne peut pas être utilisé avec un autre mode ni avec --kiosk.</translation>
    </message>
    <message>
        <source>--kiosk is for the window: it cannot be used with --autopilot, --create-all, --import or --export-diagnostics.</source>
        <translation>--kiosk est pour la fenêtre&#xa0;: il ne peut pas être utilisé avec --autopilot, --create-all, --import ou --export-diagnostics.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK&#xa0;: connecté à %1 (%n groupe de tâches).</numerusform>
            <numerusform>OK&#xa0;: connecté à %1 (%n groupes de tâches).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid token (%2)</source>
        <translation>%1&#xa0;: jeton non valide (%2)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>404: %1 answers, but not as the Deepomatic API; check the API URL.</source>
        <translation>404&#xa0;: %1 répond, mais pas comme l&apos;API Deepomatic&#xa0;; vérifiez l&apos;URL de l&apos;API.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time.</source>
        <translation>Impossible de joindre %1&#xa0;: pas de réponse à temps.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL de l&apos;API «&#xa0;%1&#xa0;» doit être en https (http simple uniquement en boucle locale).</translation>
    </message>
</context>
<context>
    <name>ConnectorLink</name>
    <message>
        <source>This work order has not been created in Deepomatic yet.</source>
        <translation>Cet ordre de travail n&apos;a pas encore été créé dans Deepomatic.</translation>
    </message>
    <message>
        <source>The Deepomatic id &quot;%1&quot; is malformed.</source>
        <translation>L&apos;identifiant Deepomatic «&#xa0;%1&#xa0;» est mal formé.</translation>
    </message>
    <message>
        <source>The site profile has no valid site_id (a UUID is required).</source>
        <translation>Le profil de site n&apos;a pas de site_id valide (un UUID est requis).</translation>
    </message>
    <message>
        <source>The site profile&apos;s org_slug &quot;%1&quot; is not a valid slug.</source>
        <translation>L&apos;org_slug «&#xa0;%1&#xa0;» du profil de site n&apos;est pas un slug valide.</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; is not acceptable (https required).</source>
        <translation>L&apos;URL du studio «&#xa0;%1&#xa0;» n&apos;est pas acceptable (https requis).</translation>
    </message>
    <message>
        <source>The callback URI &quot;%1&quot; is not valid.</source>
        <translation>L&apos;URI de retour «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>%1 is outside the Deepomatic site; it was opened in your browser.</source>
        <translation>%1 est en dehors du site Deepomatic&#xa0;; il a été ouvert dans votre navigateur.</translation>
    </message>
    <message>
        <source>FieldConnect did not open %1: it is not part of the Deepomatic site.</source>
        <translation>FieldConnect n&apos;a pas ouvert %1&#xa0;: il ne fait pas partie du site Deepomatic.</translation>
    </message>
    <message>
        <source>FieldConnect does not open new windows; %1 was not opened.</source>
        <translation>FieldConnect n&apos;ouvre pas de nouvelles fenêtres&#xa0;; %1 n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>FieldConnect did not follow the Deepomatic page to %1: that host is not on this site&apos;s allow-list. If it is your organisation&apos;s sign-in, ask your IT to add %1 to allow_hosts.</source>
        <translation>FieldConnect n&apos;a pas suivi la page Deepomatic vers %1&#xa0;: cet hôte ne figure pas dans la liste des sites autorisés pour ce site. S&apos;il s&apos;agit de la page de connexion de votre organisation, demandez à votre service informatique d&apos;ajouter %1 à allow_hosts.</translation>
    </message>
    <message>
        <source>Part of this page, from %1, was not shown: it is not on this site&apos;s allow-list.</source>
        <translation>Une partie de cette page, venant de %1, n’a pas été affichée&#xa0;: ce site ne figure pas dans la liste autorisée de ce profil.</translation>
    </message>
</context>
<context>
    <name>ConnectorSession</name>
    <message>
        <source>Internal error: the launch id is malformed.</source>
        <translation>Erreur interne&#xa0;: l&apos;identifiant de lancement est mal formé.</translation>
    </message>
    <message>
        <source>The callback did not come from the connector page itself.</source>
        <translation>Le retour ne provient pas de la page du connecteur elle-même.</translation>
    </message>
    <message>
        <source>No connector launch is open.</source>
        <translation>Aucun lancement du connecteur n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The callback came from a pop-up window, not from the connector page.</source>
        <translation>Le retour provient d&apos;une fenêtre surgissante, pas de la page du connecteur.</translation>
    </message>
    <message>
        <source>This page is a preview: a return from Deepomatic changes nothing.</source>
        <translation>Cette page est un aperçu&#xa0;: un retour de Deepomatic ne change rien.</translation>
    </message>
    <message>
        <source>The callback was started by a page of %1, not by the Deepomatic studio (%2).</source>
        <translation>Le retour a été lancé par une page de %1, pas par le studio Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The callback was sent by %1, not by the Deepomatic studio (%2).</source>
        <translation>Le retour a été envoyé par %1, pas par le studio Deepomatic (%2).</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>une page inconnue</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Le navigateur du système n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>This callback was already used: a launch takes one callback only.</source>
        <translation>Ce retour a déjà été utilisé&#xa0;: un lancement n&apos;accepte qu&apos;un seul retour.</translation>
    </message>
    <message>
        <source>The open launch runs inside FieldConnect: a callback from a browser outside the app is not accepted for it.</source>
        <translation>Le lancement ouvert se déroule dans FieldConnect&#xa0;: un retour venant d&apos;un navigateur extérieur à l&apos;application n&apos;est pas accepté pour lui.</translation>
    </message>
</context>
<context>
    <name>ConnectorView</name>
    <message>
        <source>Return to FieldConnect</source>
        <translation>Retour à FieldConnect</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The Deepomatic page stopped working. Reload it to continue; nothing was lost.</source>
        <translation>La page Deepomatic ne répond plus. Rechargez-la pour continuer&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Downloads are not allowed in the Deepomatic page.</source>
        <translation>Les téléchargements ne sont pas autorisés dans la page Deepomatic.</translation>
    </message>
    <message>
        <source>Camera and microphone were refused to %1.</source>
        <translation>La caméra et le micro ont été refusés à %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 cannot be trusted (%2). The page was blocked to protect your account; ask your IT to check the certificate.</source>
        <translation>La connexion sécurisée à %1 n&apos;est pas digne de confiance (%2). La page a été bloquée pour protéger votre compte&#xa0;; demandez à votre service informatique de vérifier le certificat.</translation>
    </message>
    <message>
        <source>Preview: nothing changes in FieldConnect, but photos taken here count in Deepomatic</source>
        <translation>Aperçu&#xa0;: rien ne change dans FieldConnect, mais les photos prises ici comptent dans Deepomatic</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS). Check the network connection or the site&apos;s address.</source>
        <translation>L&apos;adresse %1 est introuvable (DNS). Vérifiez la connexion réseau ou l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the site is not answering on that address.</source>
        <translation>%1 a refusé la connexion&#xa0;: le site ne répond pas à cette adresse.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the page arrived.</source>
        <translation>La connexion à %1 a été coupée avant l&apos;arrivée de la page.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>This device is not connected to a network that reaches %1.</source>
        <translation>Cet appareil n&apos;est connecté à aucun réseau qui permette d&apos;atteindre %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 (TLS).</translation>
    </message>
    <message>
        <source>The proxy needed to reach %1 is not answering.</source>
        <translation>Le proxy nécessaire pour atteindre %1 ne répond pas.</translation>
    </message>
    <message>
        <source>The page from %1 could not be loaded (%2).</source>
        <translation>La page de %1 n&apos;a pas pu être chargée (%2).</translation>
    </message>
    <message>
        <source>%1 Retry when the network is back.</source>
        <translation>%1 Réessayez quand le réseau sera revenu.</translation>
    </message>
    <message>
        <source>Waiting for the browser…

Deepomatic opened in your web browser. Take the photos there; FieldConnect continues when Deepomatic sends you back.</source>
        <translation>En attente du navigateur…

Deepomatic s&apos;est ouvert dans votre navigateur web. Prenez-y les photos&#xa0;; FieldConnect reprend quand Deepomatic vous renvoie ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back in the Deepomatic page</source>
        <translation>Retour dans la page Deepomatic</translation>
    </message>
    <message>
        <source>Reload the Deepomatic page</source>
        <translation>Recharger la page Deepomatic</translation>
    </message>
    <message>
        <source>Loading the Deepomatic page</source>
        <translation>Chargement de la page Deepomatic</translation>
    </message>
    <message>
        <source>Retry loading the Deepomatic page</source>
        <translation>Réessayer de charger la page Deepomatic</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Ne plus attendre le navigateur</translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>le nom d&apos;hôte est inconnu</translation>
    </message>
    <message>
        <source>The server answered with work order %1 instead of %2.</source>
        <translation>Le serveur a renvoyé l&apos;ordre de travail %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>No work order id was given.</source>
        <translation>Aucun identifiant d&apos;ordre de travail n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The next page is on another host (%1).</source>
        <translation>La page suivante se trouve sur un autre hôte (%1).</translation>
    </message>
    <message>
        <source>The list has more than %1 pages.</source>
        <translation>La liste comporte plus de %1 pages.</translation>
    </message>
    <message>
        <source>No work order name was given.</source>
        <translation>Aucun nom d&apos;ordre de travail n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The server answered with task group &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Le serveur a renvoyé le groupe de tâches «&#xa0;%1&#xa0;» au lieu de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No task group name was given.</source>
        <translation>Aucun nom de groupe de tâches n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The server analysed the photo for &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Le serveur a analysé la photo pour «&#xa0;%1&#xa0;» au lieu de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No work order or task id was given.</source>
        <translation>Aucun identifiant d&apos;ordre de travail ou de tâche n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>No corrected value was given.</source>
        <translation>Aucune valeur corrigée n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and this site cannot be searched by name</source>
        <translation>la requête a été envoyée mais aucune réponse exploitable n&apos;a été reçue (%1), et ce site ne permet pas la recherche par nom</translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>la requête avait été envoyée&#xa0;; l&apos;ordre de travail existe peut-être dans Deepomatic</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>son empreinte SHA-256 %1 n&apos;est pas celle configurée pour %2</translation>
    </message>
    <message>
        <source>The photo is on %1, which is neither the API&apos;s host nor one of the photo hosts of this site.</source>
        <translation>La photo est sur %1, qui n&apos;est ni l&apos;hôte de l&apos;API ni l&apos;un des hôtes de photos de ce site.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>the create was sent but its answer was lost (%1), and it could not be looked up yet: %2</source>
        <translation>la création a été envoyée mais sa réponse s’est perdue (%1), et elle n’a pas encore pu être recherchée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and the site refused the look-up by name: %2</source>
        <translation>la requête a été envoyée mais aucune réponse exploitable n’est revenue (%1), et le site a refusé la recherche par nom&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la requête a été envoyée mais aucune réponse exploitable n’est revenue (%1), et %n ordre de travail porte ce nom dans Deepomatic</numerusform>
            <numerusform>la requête a été envoyée mais aucune réponse exploitable n’est revenue (%1), et %n ordres de travail portent ce nom dans Deepomatic</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepomaticName</name>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom comporte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The name contains &quot;%1&quot; at position %2; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>Le nom contient «&#xa0;%1&#xa0;» à la position %2&#xa0;; seuls les lettres, les chiffres, «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» sont autorisés.</translation>
    </message>
</context>
<context>
    <name>DemoPlanning</name>
    <message>
        <source>Imported from the sandbox&apos;s demo planning.</source>
        <translation>Importé depuis le planning de démonstration du bac à sable.</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>%1: [%2] %3: &quot;%4&quot; is not true or false</source>
        <translation>%1&#xa0;: [%2] %3&#xa0;: «&#xa0;%4&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown setting</source>
        <translation>%1&#xa0;: [%2] %3&#xa0;: paramètre inconnu</translation>
    </message>
    <message>
        <source>%1: [%2] id: the id of a profile is its section name; remove this line</source>
        <translation>%1&#xa0;: [%2] id&#xa0;: l&apos;identifiant d&apos;un profil est le nom de sa section&#xa0;; supprimez cette ligne</translation>
    </message>
    <message>
        <source>%1: [%2] the profile id &quot;%3&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;)</source>
        <translation>%1&#xa0;: [%2] l&apos;identifiant de profil «&#xa0;%3&#xa0;» n&apos;est pas un slug (lettres minuscules, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3) and cannot be changed from the command line.</source>
        <translation>%1&#xa0;: %2 est fixé par votre organisation (%3) et ne peut pas être modifié en ligne de commande.</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3, profile &quot;%4&quot;) and cannot be changed from the command line.</source>
        <translation>%1&#xa0;: %2 est fixé par votre organisation (%3, profil «&#xa0;%4&#xa0;») et ne peut pas être modifié en ligne de commande.</translation>
    </message>
    <message>
        <source>%1: [%2] duplicate profile id &quot;%3&quot; (first at %4)</source>
        <translation>%1&#xa0;: [%2] identifiant de profil «&#xa0;%3&#xa0;» en double (première occurrence&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1: [%2] active_profile: &quot;%3&quot; is not a profile of this configuration</source>
        <translation>%1&#xa0;: [%2] active_profile&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un profil de cette configuration</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation (%3), and so is the PIN that leaves it</source>
        <translation>%1&#xa0;: [%2] pin_hash&#xa0;: ignoré&#xa0;: le mode kiosque est fixé par votre organisation (%3), tout comme le code qui permet d’en sortir</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: %3</source>
        <translation>%1&#xa0;: [%2] pin_hash&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DeploymentLayers</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: [%2] appears twice (first at line %3)</source>
        <translation>%1&#xa0;: [%2] apparaît deux fois (première occurrence à la ligne %3)</translation>
    </message>
    <message>
        <source>%1: %2: the setting is outside any section</source>
        <translation>%1&#xa0;: %2&#xa0;: le paramètre est en dehors de toute section</translation>
    </message>
    <message>
        <source>%1: [%2] %3: given twice (first at line %4)</source>
        <translation>%1&#xa0;: [%2] %3&#xa0;: indiqué deux fois (première occurrence à la ligne %4)</translation>
    </message>
    <message>
        <source>%1: [%2] %3: ignored: set by your organisation (%4)</source>
        <translation>%1&#xa0;: [%2] %3&#xa0;: ignoré&#xa0;: fixé par votre organisation (%4)</translation>
    </message>
    <message>
        <source>%1: [%2] is not a known section ([%3], [%4], [site] or [%5&lt;id&gt;])</source>
        <translation>%1&#xa0;: [%2] n’est pas une section connue ([%3], [%4], [site] ou [%5&lt;id&gt;])</translation>
    </message>
</context>
<context>
    <name>DeploymentSources</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DisplayPreferences</name>
    <message>
        <source>%1: %2 is not one of %3; using %4.</source>
        <translation>%1&#xa0;: %2 n’est pas l’une des valeurs %3&#xa0;; %4 est utilisé.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; using the system&apos;s language.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un code de langue&#xa0;; la langue du système est utilisée.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
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
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes the next time FieldConnect starts.</source>
        <translation>La langue change au prochain démarrage de FieldConnect.</translation>
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
        <translation>BAC À SABLE — %1</translation>
    </message>
</context>
<context>
    <name>ExternalCallbackReceiver</name>
    <message>
        <source>The callback could not be recorded; see the FieldConnect window.</source>
        <translation>Le retour n&apos;a pas pu être enregistré&#xa0;; voir la fenêtre de FieldConnect.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % for %2; FieldConnect checks it with the API.</source>
        <translation>Deepomatic a indiqué %1&#xa0;% pour %2&#xa0;; FieldConnect le vérifie auprès de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>FieldConnectApp</name>
    <message>
        <source>running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>exécution en tant que root&#xa0;: le bac à sable de la vue web est désactivé. Lancez FieldConnect avec un utilisateur normal pour le conserver.</translation>
    </message>
    <message>
        <source>ignoring a saved site profile: %1</source>
        <translation>profil de site enregistré ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>impossible de créer le répertoire de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>FIELDCONNECT_SANDBOX_FAULTS: %1</source>
        <translation>FIELDCONNECT_SANDBOX_FAULTS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: this computer has no credential store, and your organisation allows API tokens to be kept in a file instead: %1. Only your user account can read it, but anyone with access to your account or a backup of it can.</source>
        <translation>Avertissement&#xa0;: cet ordinateur n&apos;a pas de coffre d&apos;identifiants, et votre organisation autorise à la place la conservation des jetons d&apos;API dans un fichier&#xa0;: %1. Seul votre compte utilisateur peut le lire, mais toute personne ayant accès à votre compte ou à une sauvegarde de celui-ci le peut aussi.</translation>
    </message>
    <message>
        <source>This computer has no credential store: API tokens are kept in memory for this session only, and asked again at the next start.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre d&apos;identifiants&#xa0;: les jetons d&apos;API sont conservés en mémoire pour cette session uniquement, et redemandés au prochain démarrage.</translation>
    </message>
    <message>
        <source>Warning: no credential store on this computer; as your organisation allows, API tokens are stored in a file readable only by you (see Settings).</source>
        <translation>Avertissement&#xa0;: pas de coffre d&apos;identifiants sur cet ordinateur&#xa0;; comme votre organisation l&apos;autorise, les jetons d&apos;API sont enregistrés dans un fichier lisible par vous seul (voir Paramètres).</translation>
    </message>
    <message>
        <source>no log file: %1</source>
        <translation>pas de fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no API token for %1.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;API pour %1.</translation>
    </message>
    <message>
        <source>the saved interface language &quot;%1&quot; is not one of %2; using the system&apos;s.</source>
        <translation>la langue d’interface enregistrée «&#xa0;%1&#xa0;» n’est pas l’une de celles-ci&#xa0;: %2&#xa0;; celle du système est utilisée.</translation>
    </message>
    <message>
        <source>Supervisor PIN (4 to 12 digits): </source>
        <translation>Code superviseur (4 à 12 chiffres)&#xa0;: </translation>
    </message>
    <message>
        <source>--hash-pin: %1 on standard input.</source>
        <translation>--hash-pin&#xa0;: %1 sur l’entrée standard.</translation>
    </message>
    <message>
        <source>An intervention is open in Deepomatic</source>
        <translation>Une intervention est ouverte dans Deepomatic</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>a file readable only by you (%1)</source>
        <translation>un fichier lisible par vous seul (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>No credential is stored.</source>
        <translation>Aucun identifiant n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Exporter les diagnostics</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Archives tar (*.tar)</translation>
    </message>
    <message>
        <source>About FieldConnect</source>
        <translation>À propos de FieldConnect</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Exporter les diagnostics…</translation>
    </message>
    <message>
        <source>One archive of the logs, versions and settings for support, with every token, password and cookie removed.</source>
        <translation>Une archive des journaux, versions et réglages pour le support, dont tous les jetons, mots de passe et cookies sont retirés.</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnostics enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1 (%2 files). Tokens, passwords and cookies were removed: you can send this file to support.</source>
        <translation>Les diagnostics ont été enregistrés dans %1 (%2&#xa0;fichiers). Les jetons, mots de passe et cookies ont été retirés&#xa0;: vous pouvez envoyer ce fichier au support.</translation>
    </message>
    <message>
        <source>Diagnostics not saved.</source>
        <translation>Diagnostics non enregistrés.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1</source>
        <translation>Les diagnostics n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The log folder could not be opened; it is %1.</source>
        <translation>Le dossier des journaux n&apos;a pas pu être ouvert&#xa0;; il se trouve ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exporting diagnostics to %1…</source>
        <translation>Export des diagnostics vers %1…</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a double quote is not closed</source>
        <translation>un guillemet double n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>a section header must be &quot;[name]&quot;</source>
        <translation>un en-tête de section doit être de la forme «&#xa0;[nom]&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key=value&quot; line</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne «&#xa0;clé=valeur&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message numerus="yes">
        <source>The running FieldConnect did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le FieldConnect en cours n&apos;a pas répondu dans le délai de %n seconde.</numerusform>
            <numerusform>Le FieldConnect en cours n&apos;a pas répondu dans le délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running FieldConnect closed the connection without an answer.</source>
        <translation>Le FieldConnect en cours a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The running FieldConnect gave an answer that could not be read.</source>
        <translation>Le FieldConnect en cours a donné une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message from the other FieldConnect process could not be read.</source>
        <translation>Le message de l&apos;autre processus FieldConnect n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Only a fieldconnect://callback/ URL can be handed to FieldConnect.</source>
        <translation>Seule une URL fieldconnect://callback/ peut être remise à FieldConnect.</translation>
    </message>
    <message>
        <source>FieldConnect is still starting; try again.</source>
        <translation>FieldConnect est encore en train de démarrer&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Another FieldConnect already answers on %1.</source>
        <translation>Un autre FieldConnect répond déjà sur %1.</translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message>
        <source>No work order selected.</source>
        <translation>Aucun ordre de travail sélectionné.</translation>
    </message>
    <message>
        <source>This intervention is closed.</source>
        <translation>Cette intervention est clôturée.</translation>
    </message>
    <message>
        <source>A work order with the reference %1 already exists.</source>
        <translation>Un ordre de travail avec la référence %1 existe déjà.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Planifié.</translation>
    </message>
    <message>
        <source>The work order %1 no longer exists.</source>
        <translation>L&apos;ordre de travail %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Opened in Deepomatic.</source>
        <translation>Ouvert dans Deepomatic.</translation>
    </message>
    <message>
        <source>The callback belongs to a launch that is no longer current.</source>
        <translation>Le retour appartient à un lancement qui n&apos;est plus en cours.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % progress.</source>
        <translation>Deepomatic a signalé un avancement de %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Already created in Deepomatic.</source>
        <translation>Déjà créé dans Deepomatic.</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Créé dans Deepomatic.</translation>
    </message>
    <message>
        <source>Closed with unverified progress %1 % (site policy allows it).</source>
        <translation>Clôturé avec un avancement non vérifié de %1&#xa0;% (autorisé par la politique du site).</translation>
    </message>
    <message>
        <source>Closed with verified progress %1 % (at least %2 % required).</source>
        <translation>Clôturé avec un avancement vérifié de %1&#xa0;% (au moins %2&#xa0;% requis).</translation>
    </message>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Cette intervention est déjà clôturée.</translation>
    </message>
    <message>
        <source>Closed by supervisor override: %1</source>
        <translation>Clôturé par dérogation superviseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.</source>
        <translation>Le jeton d&apos;API de %1 n&apos;est pas encore chargé&#xa0;; Deepomatic sera interrogé dès qu&apos;il le sera.</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>Deepomatic est injoignable (pas de réponse en %n seconde)&#xa0;; il sera de nouveau interrogé au retour du réseau.</numerusform>
            <numerusform>Deepomatic est injoignable (pas de réponse en %n secondes)&#xa0;; il sera de nouveau interrogé au retour du réseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Aucun identifiant n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The credential store refused access (%1). Unlock it and try again.</source>
        <translation>Le coffre d&apos;identifiants a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>This computer has no credential store (%1).</source>
        <translation>Cet ordinateur n&apos;a pas de coffre d&apos;identifiants (%1).</translation>
    </message>
    <message>
        <source>The credential store failed: %1</source>
        <translation>Le coffre d&apos;identifiants a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Secret Service or KWallet</source>
        <translation>Secret Service ou KWallet</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s. It may be locked.</source>
        <translation>Le coffre d&apos;identifiants n&apos;a pas répondu en %1&#xa0;s. Il est peut-être verrouillé.</translation>
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
        <translation>Rechercher des ordres de travail, adresses, techniciens…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 %. Checking with the API…</source>
        <translation>Deepomatic a signalé %1&#xa0;%. Vérification auprès de l&apos;API…</translation>
    </message>
    <message>
        <source>A return from Deepomatic was ignored: %1</source>
        <translation>Un retour de Deepomatic a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Chargement des ordres de travail…</translation>
    </message>
    <message>
        <source>Connected to the sandbox (%1)</source>
        <translation>Connecté au bac à sable (%1)</translation>
    </message>
    <message>
        <source>Connected to %1 (testing)</source>
        <translation>Connecté à %1 (test)</translation>
    </message>
    <message>
        <source>Connected to %1 (production)</source>
        <translation>Connecté à %1 (production)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n ordre de travail affiché</numerusform>
            <numerusform>%n ordres de travail affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervention closed.</source>
        <translation>Intervention clôturée.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Dérogation superviseur</translation>
    </message>
    <message>
        <source>Close this intervention although it is blocked. The reason is kept in the audit trail (at least %1 characters):</source>
        <translation>Clôturer cette intervention bien qu&apos;elle soit bloquée. Le motif est conservé dans l&apos;historique (au moins %1 caractères)&#xa0;:</translation>
    </message>
    <message>
        <source>Intervention closed by supervisor override.</source>
        <translation>Intervention clôturée par dérogation superviseur.</translation>
    </message>
    <message>
        <source>Create in Deepomatic…</source>
        <translation>Créer dans Deepomatic…</translation>
    </message>
    <message>
        <source>Create the selected work orders in Deepomatic, or every planned one when none is selected.</source>
        <translation>Créer dans Deepomatic les ordres de travail sélectionnés, ou tous les ordres planifiés si aucun n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Offline. Your work is kept on this device and sent when the network is back.</source>
        <translation>Hors ligne. Votre travail est conservé sur cet appareil et sera envoyé quand le réseau sera rétabli.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Profils de site et jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Deepomatic</source>
        <translation>&amp;Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic…</source>
        <translation>Se déconnecter de Deepomatic…</translation>
    </message>
    <message>
        <source>Signed out of Deepomatic. The next work order you open asks you to sign in.</source>
        <translation>Déconnecté de Deepomatic. Le prochain ordre de travail que vous ouvrirez vous demandera de vous connecter.</translation>
    </message>
    <message>
        <source>Sign-out incomplete: %1</source>
        <translation>Déconnexion incomplète&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic</source>
        <translation>Se déconnecter de Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic on this device for %1?

The next work order you open will ask you to sign in again. The work orders and their progress in FieldConnect are kept.</source>
        <translation>Se déconnecter de Deepomatic sur cet appareil pour %1&#xa0;?

Le prochain ordre de travail que vous ouvrirez vous demandera de vous reconnecter. Les ordres de travail et leur avancement dans FieldConnect sont conservés.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>Import planning…</source>
        <translation>Importer un planning…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Actualiser l&apos;avancement</translation>
    </message>
    <message>
        <source>Verify the progress of the selected work orders (of every one created in Deepomatic when at most one is selected) with the API.</source>
        <translation>Vérifier auprès de l&apos;API l&apos;avancement des ordres de travail sélectionnés (de tous ceux créés dans Deepomatic si un seul au plus est sélectionné).</translation>
    </message>
    <message>
        <source>No work order created in Deepomatic to refresh.</source>
        <translation>Aucun ordre de travail créé dans Deepomatic à actualiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n incertaine</numerusform>
            <numerusform>%n incertaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review: closed with unverified progress, which Deepomatic later contradicted.</source>
        <translation>À revoir&#xa0;: clôturé avec un avancement non vérifié, que Deepomatic a ensuite contredit.</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to Deepomatic or the back office.</source>
        <translation>En attente&#xa0;: pas encore envoyé à Deepomatic ou au back-office.</translation>
    </message>
    <message>
        <source>Link to the work order in Deepomatic</source>
        <translation>Lier à l’ordre de travail dans Deepomatic</translation>
    </message>
    <message>
        <source>Find the work order named %1 in Deepomatic and enter its id (the last part of its address there). FieldConnect checks the name before linking.</source>
        <translation>Trouvez l’ordre de travail nommé %1 dans Deepomatic et saisissez son identifiant (la dernière partie de son adresse). FieldConnect vérifie le nom avant de lier.</translation>
    </message>
    <message>
        <source>Checking %1 in Deepomatic…</source>
        <translation>Vérification de %1 dans Deepomatic…</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Créer à nouveau</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Create it again only if you checked that Deepomatic has no work order named %1: otherwise there will be two.</source>
        <translation>La première création de %1 est peut-être arrivée chez Deepomatic. Ne le créez à nouveau qu’après avoir vérifié que Deepomatic n’a aucun ordre de travail nommé %1&#xa0;: sinon il y en aura deux.</translation>
    </message>
    <message>
        <source>Sent again to Deepomatic.</source>
        <translation>Renvoyé à Deepomatic.</translation>
    </message>
    <message>
        <source>Import planning</source>
        <translation>Importer un planning</translation>
    </message>
    <message>
        <source>Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Fichiers de planification (*.csv *.json);;CSV (*.csv);;JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n ordre de travail importé depuis %1.</numerusform>
            <numerusform>%n ordres de travail importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;; voir les détails.</numerusform>
            <numerusform>%n lignes ignorées&#xa0;; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning imported</source>
        <translation>Planning importé</translation>
    </message>
    <message>
        <source>Planning not imported</source>
        <translation>Planning non importé</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Work orders of %1</source>
        <translation>Interventions de %1</translation>
    </message>
    <message>
        <source>Offline: the sandbox (%1) cannot be reached</source>
        <translation>Hors ligne&#xa0;: le bac à sable (%1) est injoignable</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Hors ligne&#xa0;: %1 est injoignable</translation>
    </message>
    <message>
        <source>Requests waiting in the outbox to reach Deepomatic or the back office. Open the outbox to see them.</source>
        <translation>Requêtes en attente dans la boîte d’envoi pour Deepomatic ou le back-office. Ouvrez la boîte d’envoi pour les voir.</translation>
    </message>
    <message>
        <source>Cancelled: a return from the browser for this launch is now refused.</source>
        <translation>Annulé&#xa0;: un retour du navigateur pour ce lancement est désormais refusé.</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Menu de l&apos;application</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Affichage…</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Thème, taille du texte et langue</translation>
    </message>
    <message>
        <source>Leave kiosk…</source>
        <translation>Quitter le kiosque…</translation>
    </message>
    <message>
        <source>Kiosk mode left.</source>
        <translation>Mode kiosque quitté.</translation>
    </message>
    <message>
        <source>Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → Leave kiosk…</source>
        <translation>Mode kiosque&#xa0;: FieldConnect reste ouvert. Un superviseur peut en sortir par ☰ Menu → Quitter le kiosque…</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Rechercher des ordres de travail</translation>
    </message>
    <message>
        <source>Filters the list by name, address, technician or type as you type.</source>
        <translation>Filtre la liste par nom, adresse, technicien ou type pendant la saisie.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Shows only the work orders with this status.</source>
        <translation>N’affiche que les ordres de travail ayant ce statut.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Scanner une étiquette</translation>
    </message>
    <message>
        <source>Open a work order by scanning the QR code or barcode on the equipment</source>
        <translation>Ouvrir un ordre de travail en scannant le QR code ou le code-barres de l’équipement</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <source>Press Enter to open the selected work order in Deepomatic, or to reach its actions.</source>
        <translation>Appuyez sur Entrée pour ouvrir l’ordre de travail sélectionné dans Deepomatic, ou pour atteindre ses actions.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Boîte d’envoi : %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Aucun identifiant n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot queue a request for %1</source>
        <translation>Impossible d&apos;ajouter une requête pour %1 à la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot queue requests</source>
        <translation>Impossible d&apos;ajouter des requêtes à la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot mark request %1 as sent</source>
        <translation>Impossible de marquer la requête %1 comme envoyée</translation>
    </message>
    <message>
        <source>Request %1 cannot go from in flight to %2.</source>
        <translation>La requête %1 ne peut pas passer de l&apos;état «&#xa0;en cours d&apos;envoi&#xa0;» à %2.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of request %1</source>
        <translation>Impossible d&apos;enregistrer le résultat de la requête %1</translation>
    </message>
    <message>
        <source>Request %1 is no longer in flight.</source>
        <translation>La requête %1 n&apos;est plus en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot resume request %1</source>
        <translation>Impossible de reprendre la requête %1</translation>
    </message>
    <message>
        <source>Cannot reschedule request %1</source>
        <translation>Impossible de replanifier la requête %1</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent again now.</source>
        <translation>La requête %1 ne peut pas être renvoyée maintenant.</translation>
    </message>
    <message>
        <source>Cannot cancel request %1</source>
        <translation>Impossible d&apos;annuler la requête %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulée avant son envoi.</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Impossible de lire la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Request %1 is not in doubt or failed.</source>
        <translation>La requête %1 n’est ni incertaine ni en échec.</translation>
    </message>
    <message>
        <source>Cannot update request %1</source>
        <translation>Impossible de mettre à jour la requête %1</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>La requête %1 a changé entre-temps.</translation>
    </message>
    <message>
        <source>Cannot discard request %1</source>
        <translation>Impossible d’abandonner la requête %1</translation>
    </message>
    <message>
        <source>Discarded from the outbox (%1, %2): it will not be sent.</source>
        <translation>Abandonnée dans la boîte d’envoi (%1, %2)&#xa0;: elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Réessayer…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>%1, next attempt at %2</source>
        <translation>%1, prochaine tentative à %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nothing is waiting: every request reached Deepomatic.</source>
        <translation>Rien n’attend&#xa0;: toutes les requêtes sont parvenues à Deepomatic.</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Sending it again can make a second work order with the same name. Send it again?</source>
        <translation>La première création de %1 est peut-être parvenue à Deepomatic. La renvoyer peut créer un second ordre de travail du même nom. La renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; for %2 again, as it is?</source>
        <translation>Renvoyer «&#xa0;%1&#xa0;» pour %2, tel quel&#xa0;?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1: sent again.</source>
        <translation>%1&#xa0;: renvoyé.</translation>
    </message>
    <message>
        <source>FieldConnect will stop trying &quot;%1&quot; for %2. The work order stays here and the discard is kept in its history.</source>
        <translation>FieldConnect cessera d’essayer «&#xa0;%1&#xa0;» pour %2. L’ordre de travail reste ici et l’abandon est conservé dans son historique.</translation>
    </message>
    <message>
        <source>If the creation reached Deepomatic, that work order stays there; link it from the work order&apos;s pane.</source>
        <translation>Si la création est parvenue à Deepomatic, cet ordre de travail y reste&#xa0;; liez-le depuis le volet de l’ordre de travail.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>%1: discarded.</source>
        <translation>%1&#xa0;: abandonné.</translation>
    </message>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Requêtes pas encore terminées&#xa0;: %n.</numerusform>
            <numerusform>Requêtes pas encore terminées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>En attente de vous&#xa0;: %n (sélectionnez-la, puis Réessayer ou Abandonner).</numerusform>
            <numerusform>En attente de vous&#xa0;: %n (sélectionnez-en une, puis Réessayer ou Abandonner).</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in the outbox</source>
        <translation>Requêtes dans la boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Incertaine</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Créer dans Deepomatic</translation>
    </message>
    <message>
        <source>Verify the progress</source>
        <translation>Vérifier l’avancement</translation>
    </message>
    <message>
        <source>Send the closure report</source>
        <translation>Envoyer le rapport de clôture</translation>
    </message>
</context>
<context>
    <name>OutboxRules</name>
    <message>
        <source>FieldConnect stopped while creating this work order, and this site cannot be searched by name: it may or may not exist in Deepomatic. Check in Deepomatic, then send it again or leave it.</source>
        <translation>FieldConnect s&apos;est arrêté pendant la création de cet ordre de travail, et ce site ne permet pas la recherche par nom&#xa0;: impossible de savoir s&apos;il existe dans Deepomatic. Vérifiez dans Deepomatic, puis renvoyez-le ou laissez-le tel quel.</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Queued for creation in Deepomatic.</source>
        <translation>Ajouté à la file d&apos;envoi pour création dans Deepomatic.</translation>
    </message>
    <message>
        <source>the create was interrupted and this site cannot be searched by name</source>
        <translation>la création a été interrompue et ce site ne permet pas la recherche par nom</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Créé dans Deepomatic.</translation>
    </message>
    <message>
        <source>the work order %1 does not exist in Deepomatic</source>
        <translation>l&apos;ordre de travail %1 n&apos;existe pas dans Deepomatic</translation>
    </message>
    <message>
        <source>the API returned work order %1 instead of %2</source>
        <translation>l&apos;API a renvoyé l&apos;ordre de travail %1 au lieu de %2</translation>
    </message>
    <message>
        <source>Closed with unverified progress; Deepomatic now reports %1 %, below the %2 % required. A supervisor must review this intervention.</source>
        <translation>Clôturé avec un avancement non vérifié&#xa0;; Deepomatic signale désormais %1&#xa0;%, en dessous des %2&#xa0;% requis. Un superviseur doit examiner cette intervention.</translation>
    </message>
    <message>
        <source>The unverified closure is confirmed: Deepomatic reports %1 %.</source>
        <translation>La clôture non vérifiée est confirmée&#xa0;: Deepomatic signale %1&#xa0;%.</translation>
    </message>
    <message>
        <source>no back-office URL is configured for closure reports</source>
        <translation>aucune URL de back-office n&apos;est configurée pour les rapports de clôture</translation>
    </message>
    <message>
        <source>Closure report sent to the back office.</source>
        <translation>Rapport de clôture envoyé au back-office.</translation>
    </message>
    <message>
        <source>The back office refused the closure report: %1</source>
        <translation>Le back-office a refusé le rapport de clôture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creation in doubt: it may already exist in Deepomatic. Check there, then link it or create it again from its details.</source>
        <translation>Création incertaine&#xa0;: il existe peut-être déjà dans Deepomatic. Vérifiez-le là-bas, puis liez-le ou créez-le à nouveau depuis ses détails.</translation>
    </message>
    <message>
        <source>%1 has no creation in doubt or failed to send again.</source>
        <translation>%1 n’a aucune création incertaine ou en échec à renvoyer.</translation>
    </message>
    <message>
        <source>Sent again: checked that it was not in Deepomatic.</source>
        <translation>Renvoyé&#xa0;: vérifié qu’il n’était pas dans Deepomatic.</translation>
    </message>
    <message>
        <source>Sent again after it failed.</source>
        <translation>Renvoyé après un échec.</translation>
    </message>
    <message>
        <source>%1 is not a work order.</source>
        <translation>%1 n’est pas un ordre de travail.</translation>
    </message>
    <message>
        <source>%1 is already linked to the Deepomatic work order %2.</source>
        <translation>%1 est déjà lié à l’ordre de travail Deepomatic %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Deepomatic work order id: it is a UUID such as 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’ordre de travail Deepomatic&#xa0;: c’est un UUID tel que 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</translation>
    </message>
    <message>
        <source>%1 is being created in Deepomatic right now: wait for the outcome.</source>
        <translation>%1 est en cours de création dans Deepomatic&#xa0;: attendez le résultat.</translation>
    </message>
    <message>
        <source>Deepomatic has no work order %1.</source>
        <translation>Deepomatic n’a aucun ordre de travail %1.</translation>
    </message>
    <message>
        <source>Cannot check the work order %1 in Deepomatic: %2</source>
        <translation>Impossible de vérifier l’ordre de travail %1 dans Deepomatic&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Deepomatic work order %1 is named &quot;%2&quot;, not &quot;%3&quot;: not linked.</source>
        <translation>L’ordre de travail Deepomatic %1 s’appelle «&#xa0;%2&#xa0;», pas «&#xa0;%3&#xa0;»&#xa0;: non lié.</translation>
    </message>
    <message>
        <source>Linked to the work order found in Deepomatic (%1).</source>
        <translation>Lié à l’ordre de travail trouvé dans Deepomatic (%1).</translation>
    </message>
    <message>
        <source>%1 is linked to the Deepomatic work order %2.</source>
        <translation>%1 est lié à l’ordre de travail Deepomatic %2.</translation>
    </message>
    <message>
        <source>the create was interrupted and the site refused the look-up by name: %1</source>
        <translation>la création a été interrompue et le site a refusé la recherche par nom&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la création a été interrompue et %n ordre de travail porte ce nom dans Deepomatic</numerusform>
            <numerusform>la création a été interrompue et %n ordres de travail portent ce nom dans Deepomatic</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent again after it failed.</source>
        <translation>%1 renvoyé après un échec.</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the outbox.</source>
        <translation>La requête %1 n’est plus dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>OutcomeValidation</name>
    <message>
        <source>%1 is not an array.</source>
        <translation>%1 n’est pas un tableau.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1.schema is missing or is not an object.</source>
        <translation>%1.schema est absent ou n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1.schema: %2</source>
        <translation>%1.schema&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>%1.%2 is not true or false.</source>
        <translation>%1.%2 n’est ni true ni false.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is not one of %1.</source>
        <translation>«&#xa0;type&#xa0;» n’est pas l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>&quot;enum&quot; is not an array.</source>
        <translation>«&#xa0;enum&#xa0;» n’est pas un tableau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative integer.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un entier positif ou nul.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is longer than %1 characters.</source>
        <translation>«&#xa0;pattern&#xa0;» dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a regular expression (%1).</source>
        <translation>«&#xa0;pattern&#xa0;» n’est pas une expression régulière (%1).</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is not understood.</source>
        <translation>le mot-clé «&#xa0;%1&#xa0;» n’est pas compris.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Photo not sent</source>
        <translation>Photo non envoyée</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>The camera gave an empty photo.</source>
        <translation>La caméra a donné une photo vide.</translation>
    </message>
    <message>
        <source>“%1” is not a photo FieldConnect can read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une photo que FieldConnect sait lire (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder “%1” for photos cannot be made.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» des photos ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The photo cannot be written to “%1”: %2</source>
        <translation>La photo ne peut pas être écrite dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back to the work order</source>
        <translation>Retour à l&apos;ordre de travail</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Photo entière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Only the thumbnail can be shown: %1</source>
        <translation>Seule la vignette peut être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>a PIN has %1 to %2 digits</source>
        <translation>un code a de %1 à %2 chiffres</translation>
    </message>
    <message>
        <source>a PIN has digits only (0 to 9)</source>
        <translation>un code n’a que des chiffres (0 à 9)</translation>
    </message>
    <message>
        <source>not a PIN hash of the form %1$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (make one with fieldconnect --hash-pin)</source>
        <translation>pas un hachage de code de la forme %1$&lt;itérations&gt;$&lt;sel&gt;$&lt;hachage&gt; (créez-en un avec fieldconnect --hash-pin)</translation>
    </message>
    <message>
        <source>the iteration count &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>le nombre d’itérations «&#xa0;%1&#xa0;» n’est pas un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <translation>le sel n’est pas du base64 d’au moins %1 octets</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <translation>le hachage n’est pas du base64 de %1 octets</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Code superviseur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Effacer le code</translation>
    </message>
    <message>
        <source>⌫ Back</source>
        <translation>⌫ Retour</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Supprimer le dernier chiffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No supervisor PIN is set in the deployment file, so kiosk mode cannot be left here. Ask your IT department (see [kiosk] pin_hash).</source>
        <translation>Aucun code superviseur n’est défini dans le fichier de déploiement, le mode kiosque ne peut donc pas être quitté ici. Demandez à votre service informatique (voir [kiosk] pin_hash).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>Code erroné. Encore %n essai avant que le clavier n’attende.</numerusform>
            <numerusform>Code erroné. Encore %n essais avant que le clavier n’attende.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Vous pouvez réessayer le code.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningFile</name>
    <message>
        <source>Field %1: %2</source>
        <translation>Champ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside a value that is not quoted; quote the whole value and double the quote (&quot;&quot;).</source>
        <translation>un guillemet (&quot;) dans une valeur qui n&apos;est pas entre guillemets&#xa0;; mettez toute la valeur entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote.</source>
        <translation>du texte après le guillemet fermant.</translation>
    </message>
    <message>
        <source>Field %1: a quoted value is never closed (the rest of the file was read into it).</source>
        <translation>Champ %1&#xa0;: une valeur entre guillemets n&apos;est jamais fermée (tout le reste du fichier y a été lu).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text, not %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes, pas %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text; it contains %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes&#xa0;; elle contient %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte, pas %2.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object, not %1.</source>
        <translation>«&#xa0;metadata&#xa0;» doit être un objet, pas %1.</translation>
    </message>
    <message>
        <source>&quot;metadata.%1&quot; must be text, a number or a boolean, not %2.</source>
        <translation>«&#xa0;metadata.%1&#xa0;» doit être du texte, un nombre ou un booléen, pas %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Le champ obligatoire «&#xa0;%1&#xa0;» est absent ou vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» comporte %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Invalid name %1 (%2): %3</source>
        <translation>Nom %1 non valide (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the reference is the name when &quot;name&quot; is empty</source>
        <translation>la référence sert de nom quand «&#xa0;name&#xa0;» est vide</translation>
    </message>
    <message>
        <source>Bad date %1 in &quot;planned_date&quot;: expected an ISO 8601 date yyyy-mm-dd, such as 2026-04-01.</source>
        <translation>Date %1 incorrecte dans «&#xa0;planned_date&#xa0;»&#xa0;: une date ISO 8601 aaaa-mm-jj est attendue, par exemple 2026-04-01.</translation>
    </message>
    <message>
        <source>Bad e-mail address %1 in &quot;technician_email&quot;.</source>
        <translation>Adresse e-mail %1 incorrecte dans «&#xa0;technician_email&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown work order type %1; this site&apos;s types are: %2.</source>
        <translation>Type d&apos;ordre de travail %1 inconnu&#xa0;; les types de ce site sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: already used on line %2.</source>
        <translation>Référence %1 en double&#xa0;: déjà utilisée à la ligne %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Référence %1 en double&#xa0;: un ordre de travail avec cette référence existe déjà (il n&apos;est jamais écrasé).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La ligne d&apos;en-tête est mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The header has an empty name (%1).</source>
        <translation>L&apos;en-tête comporte un nom vide (%1).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (%2).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois (%2).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (%2); the columns are: %3, and meta.&lt;key&gt; for metadata.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue (%2)&#xa0;; les colonnes sont&#xa0;: %3, et meta.&lt;clé&gt; pour les métadonnées.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>La colonne obligatoire «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>Le fichier comporte plus de %1 lignes&#xa0;; divisez-le.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La ligne comporte %1 champs&#xa0;; l&apos;en-tête en comporte %2.</translation>
    </message>
    <message>
        <source>The file has a header but no work orders.</source>
        <translation>Le fichier comporte un en-tête mais aucun ordre de travail.</translation>
    </message>
    <message>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>Le JSON est mal formé (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A JSON planning is an array of work orders, or an object {&quot;work_orders&quot;: [...]}.</source>
        <translation>Un planning JSON est un tableau d&apos;ordres de travail, ou un objet {&quot;work_orders&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; at the top. %2</source>
        <translation>Clé «&#xa0;%1&#xa0;» inconnue au premier niveau. %2</translation>
    </message>
    <message>
        <source>The file has no work orders.</source>
        <translation>Le fichier ne contient aucun ordre de travail.</translation>
    </message>
    <message>
        <source>The file has more than %1 work orders; split it.</source>
        <translation>Le fichier comporte plus de %1 ordres de travail&#xa0;; divisez-le.</translation>
    </message>
    <message>
        <source>Work order %1 is %2, not an object.</source>
        <translation>L&apos;ordre de travail %1 est %2, pas un objet.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a planning file may have at most %2.</source>
        <translation>Le fichier fait %1 octets&#xa0;; un fichier de planification peut faire au maximum %2.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad bytes on line %1); save it as UTF-8 (CSV UTF-8 in a spreadsheet).</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (premiers octets incorrects à la ligne %1)&#xa0;; enregistrez-le en UTF-8 (CSV UTF-8 dans un tableur).</translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message>
        <source>Nothing was imported: the file cannot be read as a planning.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier ne peut pas être lu comme un planning.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne présente des problèmes, et l&apos;importation se fait en tout ou rien.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes présentent des problèmes, et l&apos;importation se fait en tout ou rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row is good.</source>
        <translation>Rien n&apos;a été importé&#xa0;: aucune ligne n&apos;est correcte.</translation>
    </message>
    <message>
        <source>Imported from the planning file %1, line %2.</source>
        <translation>Importé depuis le fichier de planification %1, ligne %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate reference &quot;%1&quot;: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Référence «&#xa0;%1&#xa0;» en double&#xa0;: un ordre de travail avec cette référence existe déjà (il n&apos;est jamais écrasé).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n référence existe déjà, et l&apos;importation se fait en tout ou rien.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n références existent déjà, et l&apos;importation se fait en tout ou rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a planning file may have at most %3.</source>
        <translation>%1 fait %2 octets&#xa0;; un fichier de planification peut faire au maximum %3.</translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message>
        <source>Import planning: %1</source>
        <translation>Importer un planning&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n ordre de travail lu, sans problème.</numerusform>
            <numerusform>%n ordres de travail lus, tous sans problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 work order(s) read: %2 good, %3 with problems (listed below with their line).</source>
        <translation>Ordres de travail lus&#xa0;: %1, dont %2 corrects et %3 avec des problèmes (listés ci-dessous avec leur ligne).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>Tout ou rien&#xa0;: importer uniquement si toutes les lignes sont correctes</translation>
    </message>
    <message>
        <source>Import the good rows, skip the others</source>
        <translation>Importer les lignes correctes, ignorer les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>No row is good: correct the file and import it again.</source>
        <translation>Aucune ligne n&apos;est correcte&#xa0;: corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Some rows have problems: with all or nothing, nothing would be imported.</source>
        <translation>Certaines lignes présentent des problèmes&#xa0;: en mode tout ou rien, rien ne serait importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>%n ordre de travail sera importé&#xa0;; les lignes listées ci-dessus sont ignorées.</numerusform>
            <numerusform>%n ordres de travail seront importés&#xa0;; les lignes listées ci-dessus sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>%n ordre de travail sera importé.</numerusform>
            <numerusform>%n ordres de travail seront importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the planning file</source>
        <translation>Problèmes du fichier de planification</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>There is no site profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil de site «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be changed here.</source>
        <translation>«&#xa0;%1&#xa0;» provient de la configuration de déploiement ou du bac à sable et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; must be lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>L&apos;identifiant de profil «&#xa0;%1&#xa0;» doit être composé de lettres minuscules, de chiffres, de «&#xa0;-&#xa0;» ou de «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Un profil avec l&apos;identifiant «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A user profile is for testing or production, not the sandbox.</source>
        <translation>Un profil utilisateur est destiné au test ou à la production, pas au bac à sable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be removed here.</source>
        <translation>«&#xa0;%1&#xa0;» provient de la configuration de déploiement ou du bac à sable et ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <source>The profile in use is set by your organisation (%1).</source>
        <translation>Le profil utilisé est fixé par votre organisation (%1).</translation>
    </message>
</context>
<context>
    <name>ProgressBarDelegate</name>
    <message>
        <source>no progress yet</source>
        <translation>aucun avancement</translation>
    </message>
    <message>
        <source>%1 % ✓</source>
        <translation>%1&#xa0;% ✓</translation>
    </message>
    <message>
        <source>%1 % (unverified)</source>
        <translation>%1&#xa0;% (non vérifié)</translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Refreshing progress: %1 of %2</source>
        <translation>Actualisation de l&apos;avancement&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Actualisation de l&apos;avancement annulée&#xa0;: %n vérifié.</numerusform>
            <numerusform>Actualisation de l&apos;avancement annulée&#xa0;: %n vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Avancement actualisé&#xa0;: %n vérifié.</numerusform>
            <numerusform>Avancement actualisé&#xa0;: %n vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être vérifié.</numerusform>
            <numerusform>%n n&apos;ont pas pu être vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress refresh</source>
        <translation>Actualisation de la progression</translation>
    </message>
    <message>
        <source>Cancel the progress refresh</source>
        <translation>Annuler l’actualisation de la progression</translation>
    </message>
</context>
<context>
    <name>RemoteWorkOrder</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La réponse n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or is not a UUID.</source>
        <translation>Le champ «&#xa0;id&#xa0;» est absent ou n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is missing or is not a string.</source>
        <translation>Le champ «&#xa0;name&#xa0;» est absent ou n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>Le champ «&#xa0;progress_score&#xa0;» n&apos;est pas un entier de 0 à 100.</translation>
    </message>
    <message>
        <source>The field &quot;task_groups&quot; is not an array.</source>
        <translation>Le champ «&#xa0;task_groups&#xa0;» n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>La réponse ne contient pas de tableau «&#xa0;results&#xa0;».</translation>
    </message>
    <message>
        <source>The field &quot;inputs&quot; is not an array.</source>
        <translation>Le champ «&#xa0;inputs&#xa0;» n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>results[%1] is not an object.</source>
        <translation>results[%1] n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>results[%1]: %2</source>
        <translation>results[%1]&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1.tasks is not an array.</source>
        <translation>%1.tasks n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>%1.state is neither null nor an object.</source>
        <translation>%1.state n&apos;est ni null ni un objet.</translation>
    </message>
    <message>
        <source>%1 has no id.</source>
        <translation>%1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>%1.task_group_name is missing or is not a string.</source>
        <translation>%1.task_group_name est absent ou n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>%1.conformity_messages is not an array.</source>
        <translation>%1.conformity_messages n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>%1.%2 is not a size in pixels.</source>
        <translation>%1.%2 n&apos;est pas une taille en pixels.</translation>
    </message>
    <message>
        <source>%1.image_url is not a URL.</source>
        <translation>%1.image_url n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>%1 Its values are shown without a verdict.</source>
        <translation>%1 Ses valeurs sont affichées sans verdict.</translation>
    </message>
    <message>
        <source>%1.media_type is not a string.</source>
        <translation>%1.media_type n’est pas une chaîne.</translation>
    </message>
</context>
<context>
    <name>RenderingGuard</name>
    <message>
        <source>FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now uses software rendering, which avoids graphics driver problems. Start with --enable-gpu to try the graphics card again.</source>
        <translation>FieldConnect s&apos;est arrêté de manière inattendue pendant l&apos;affichage d&apos;une page Deepomatic. La page utilise désormais le rendu logiciel, qui évite les problèmes de pilote graphique. Démarrez avec --enable-gpu pour réessayer la carte graphique.</translation>
    </message>
    <message>
        <source>The Deepomatic page uses software rendering (--disable-gpu).</source>
        <translation>La page Deepomatic utilise le rendu logiciel (--disable-gpu).</translation>
    </message>
</context>
<context>
    <name>ScanResolver</name>
    <message>
        <source>The code read holds no text.</source>
        <translation>Le code lu ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The code “%1” matches several work orders (%2): search for the one you want in the list.</source>
        <translation>Le code « %1 » correspond à plusieurs ordres de travail (%2) : recherchez celui que vous voulez dans la liste.</translation>
    </message>
    <message>
        <source>No work order matches the code “%1”. Check that it is the label of a work order of this site, or search the list.</source>
        <translation>Aucun ordre de travail ne correspond au code « %1 ». Vérifiez qu’il s’agit de l’étiquette d’un ordre de travail de ce site, ou cherchez dans la liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s deployment file: read-only here.</source>
        <translation>Défini par le fichier de déploiement de votre organisation&#xa0;: en lecture seule ici.</translation>
    </message>
    <message>
        <source>The built-in sandbox: read-only.</source>
        <translation>Le bac à sable intégré&#xa0;: en lecture seule.</translation>
    </message>
    <message>
        <source>Your own profile, kept in your settings (never the token).</source>
        <translation>Votre propre profil, conservé dans vos paramètres (jamais le jeton).</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Profils de site et jeton d&apos;API</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Identifiant du profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
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
        <translation>Identifiant du site (UUID)</translation>
    </message>
    <message>
        <source>Organisation slug</source>
        <translation>Slug de l&apos;organisation</translation>
    </message>
    <message>
        <source>Studio URL</source>
        <translation>URL du studio</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>derived from the region and site id</source>
        <translation>déduite de la région et de l&apos;identifiant du site</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Seuil (%)</translation>
    </message>
    <message>
        <source>Sign-in hosts</source>
        <translation>Hôtes de connexion</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Deepomatic API token</source>
        <translation>Jeton d&apos;API Deepomatic</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Les jetons sont conservés dans %1.</translation>
    </message>
    <message>
        <source>Paste a new token to set it; the stored one is never shown</source>
        <translation>Collez un nouveau jeton pour le définir&#xa0;; celui enregistré n&apos;est jamais affiché</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Enregistrer le jeton</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisé)</translation>
    </message>
    <message>
        <source>A new profile of your own.</source>
        <translation>Un nouveau profil personnel.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Enregistrez d&apos;abord le profil.</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Collez d&apos;abord le jeton.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Token saved in %1.</source>
        <translation>Jeton enregistré dans %1.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Le jeton n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
The token is kept in memory for this session only.</source>
        <translation>%1
Le jeton est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Jeton supprimé.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Le jeton n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>No token is stored for %1: paste one above.</source>
        <translation>Aucun jeton n&apos;est enregistré pour %1&#xa0;: collez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Fixé par votre organisation</translation>
    </message>
    <message>
        <source>Set by your organisation in %1; it cannot be changed here.</source>
        <translation>Fixé par votre organisation dans %1&#xa0;; non modifiable ici.</translation>
    </message>
    <message>
        <source>Set by your organisation: the profile in use cannot be changed (%1).</source>
        <translation>Fixé par votre organisation&#xa0;: le profil utilisé ne peut pas être changé (%1).</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>for example: ACME fibre (testing)</source>
        <translation>par exemple&#xa0;: ACME fibre (test)</translation>
    </message>
    <message>
        <source>for example: acme-testing</source>
        <translation>par exemple&#xa0;: acme-test</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closing an intervention</source>
        <translation>Clôture d&apos;une intervention</translation>
    </message>
    <message>
        <source>Thresholds per work order type</source>
        <translation>Seuils par type d&apos;ordre de travail</translation>
    </message>
    <message>
        <source>for example: installation=80, maintenance=60</source>
        <translation>par exemple&#xa0;: installation=80, maintenance=60</translation>
    </message>
    <message>
        <source>When Deepomatic cannot be reached</source>
        <translation>Quand Deepomatic est injoignable</translation>
    </message>
    <message>
        <source>Block until the progress is verified</source>
        <translation>Bloquer jusqu&apos;à la vérification de l&apos;avancement</translation>
    </message>
    <message>
        <source>Allow an unverified progress (recorded as such)</source>
        <translation>Accepter un avancement non vérifié (enregistré comme tel)</translation>
    </message>
    <message>
        <source>May close a work order never opened on this device</source>
        <translation>Peut clôturer un ordre de travail jamais ouvert sur cet appareil</translation>
    </message>
    <message>
        <source>A supervisor may close a blocked intervention, with a reason</source>
        <translation>Un superviseur peut clôturer une intervention bloquée, avec un motif</translation>
    </message>
    <message>
        <source>Connector and callback</source>
        <translation>Connecteur et retour</translation>
    </message>
    <message>
        <source>Connector opens</source>
        <translation>Le connecteur s&apos;ouvre</translation>
    </message>
    <message>
        <source>Inside FieldConnect</source>
        <translation>Dans FieldConnect</translation>
    </message>
    <message>
        <source>In the system browser</source>
        <translation>Dans le navigateur du système</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>fieldconnect:// address</source>
        <translation>Adresse fieldconnect://</translation>
    </message>
    <message>
        <source>https:// address of the site</source>
        <translation>Adresse https:// du site</translation>
    </message>
    <message>
        <source>Callback https prefix</source>
        <translation>Préfixe https du retour</translation>
    </message>
    <message>
        <source>Pass the progress in the URL fragment</source>
        <translation>Transmettre l&apos;avancement dans le fragment de l&apos;URL</translation>
    </message>
    <message>
        <source>Private browsing: never keep the Deepomatic sign-in</source>
        <translation>Navigation privée&#xa0;: ne jamais garder la connexion à Deepomatic</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>for example: login.example.com, sso.example.com</source>
        <translation>par exemple&#xa0;: login.example.com, sso.example.com</translation>
    </message>
    <message>
        <source>Photo hosts</source>
        <translation>Hôtes des photos</translation>
    </message>
    <message>
        <source>for example: storage.example.com</source>
        <translation>par exemple&#xa0;: storage.example.com</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Liens vers d&apos;autres sites</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Opened in the system browser</source>
        <translation>Ouverts dans le navigateur du système</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Caméra et microphone</translation>
    </message>
    <message>
        <source>Allowed for the sign-in and studio hosts</source>
        <translation>Autorisés pour les hôtes de connexion et du studio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Allow downloads from the page</source>
        <translation>Autoriser les téléchargements depuis la page</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>The site can find a work order by name (resolves uncertain creations)</source>
        <translation>Le site sait trouver un ordre de travail par son nom (résout les créations incertaines)</translation>
    </message>
    <message>
        <source>Closure report URL</source>
        <translation>URL du rapport de clôture</translation>
    </message>
    <message>
        <source>none: no report is sent</source>
        <translation>aucune&#xa0;: aucun rapport n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>for example: host.example.com followed by its SHA-256 fingerprint</source>
        <translation>par exemple&#xa0;: host.example.com suivi de son empreinte SHA-256</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;work order type&gt;=&lt;threshold&gt;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme &lt;type d&apos;ordre de travail&gt;=&lt;seuil&gt;</translation>
    </message>
    <message>
        <source>Longest photo side (pixels)</source>
        <translation>Plus grand côté des photos (pixels)</translation>
    </message>
    <message>
        <source>Site profiles</source>
        <translation>Profils de site</translation>
    </message>
    <message>
        <source>Metadata field on the labels (Scan)</source>
        <translation>Champ de métadonnées des étiquettes (Scanner)</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>site_id is missing or is not a UUID.</source>
        <translation>site_id est absent ou n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>org_slug &quot;%1&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;).</source>
        <translation>org_slug «&#xa0;%1&#xa0;» n&apos;est pas un slug (lettres minuscules, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»).</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL du studio «&#xa0;%1&#xa0;» doit être en https (http simple uniquement en boucle locale).</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL de l&apos;API «&#xa0;%1&#xa0;» doit être en https (http simple uniquement en boucle locale).</translation>
    </message>
    <message>
        <source>The threshold %1 is outside 0–100.</source>
        <translation>Le seuil %1 est hors de la plage 0–100.</translation>
    </message>
    <message>
        <source>The https callback prefix &quot;%1&quot; must be an https URL with a host.</source>
        <translation>Le préfixe de retour https «&#xa0;%1&#xa0;» doit être une URL https avec un hôte.</translation>
    </message>
    <message>
        <source>The navigation allow-list entry &quot;%1&quot; is not a host name.</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de la liste des sites autorisés n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The closure report URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>L&apos;URL du rapport de clôture «&#xa0;%1&#xa0;» doit être en https (http simple uniquement en boucle locale).</translation>
    </message>
    <message>
        <source>%1 requests in flight is outside %2–%3.</source>
        <translation>%1 requêtes simultanées&#xa0;: hors de l’intervalle %2–%3.</translation>
    </message>
    <message>
        <source>connector_mode &quot;external&quot; needs callback_mode &quot;scheme&quot;: the browser can only give a fieldconnect:// callback back to the app.</source>
        <translation>connector_mode «&#xa0;external&#xa0;» exige callback_mode «&#xa0;scheme&#xa0;»&#xa0;: le navigateur ne peut rendre à l&apos;application qu&apos;un retour fieldconnect://.</translation>
    </message>
    <message>
        <source>A photo side of %1 pixels is outside %2–%3.</source>
        <translation>Un côté de photo de %1 pixels est hors de %2–%3.</translation>
    </message>
    <message>
        <source>scan_key &quot;%1&quot; is not a metadata field name (letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, at most 64).</source>
        <translation>scan_key « %1 » n’est pas un nom de champ de métadonnées (lettres, chiffres, « _ », « - » ou « . », 64 au plus).</translation>
    </message>
</context>
<context>
    <name>SiteProfileConfig</name>
    <message>
        <source>%1: [%2] %3: %4</source>
        <translation>%1&#xa0;: [%2] %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un slug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un entier de 0 à 100 pour un type d&apos;ordre de travail nommé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;&lt;hôte&gt; &lt;empreinte SHA-256&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL (plain http only on loopback)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL https (http simple uniquement en boucle locale)</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1&#xa0;: [%2] %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 or %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni %2 ni %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field name</source>
        <translation>« %1 » n’est pas un nom de champ de métadonnées</translation>
    </message>
</context>
<context>
    <name>TaskCorrection</name>
    <message>
        <source>The field &quot;id&quot; is missing or is not a task id.</source>
        <translation>Le champ «&#xa0;id&#xa0;» est absent ou n&apos;est pas un identifiant de tâche.</translation>
    </message>
    <message>
        <source>The field &quot;state&quot; is missing or is not an object.</source>
        <translation>Le champ «&#xa0;state&#xa0;» est absent ou n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;state.corrected_value&quot; is missing.</source>
        <translation>Le champ «&#xa0;state.corrected_value&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>The field &quot;state.message&quot; is not a string.</source>
        <translation>Le champ «&#xa0;state.message&#xa0;» n&apos;est pas une chaîne.</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Non analysée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not OK</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigée&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>Conforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not OK: %1</source>
        <translation>Non conforme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Deepomatic API token</source>
        <translation>Jeton d&apos;API Deepomatic</translation>
    </message>
    <message>
        <source>API token for %1 (%2):</source>
        <translation>Jeton d&apos;API pour %1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>enregistré dans %1</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>pour cette session uniquement</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>Pas de coffre d&apos;identifiants</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

Le jeton d&apos;API sera demandé à chaque démarrage et conservé en mémoire uniquement.</translation>
    </message>
</context>
<context>
    <name>WebProfiles</name>
    <message>
        <source>The studio address of this site is not valid; its web storage was not cleared.</source>
        <translation>L&apos;adresse du studio de ce site n&apos;est pas valide&#xa0;; son stockage web n&apos;a pas été effacé.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be cleared in time.</source>
        <translation>Le stockage web de Deepomatic n&apos;a pas pu être effacé à temps.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be opened to clear it.</source>
        <translation>Le stockage web de Deepomatic n&apos;a pas pu être ouvert pour être effacé.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage was not cleared (%1).</source>
        <translation>Le stockage web de Deepomatic n&apos;a pas été effacé (%1).</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Select a work order in the list.</source>
        <translation>Sélectionnez un ordre de travail dans la liste.</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Créer dans Deepomatic</translation>
    </message>
    <message>
        <source>Open in Deepomatic</source>
        <translation>Ouvrir dans Deepomatic</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Actualiser l&apos;avancement</translation>
    </message>
    <message>
        <source>Close intervention</source>
        <translation>Clôturer l&apos;intervention</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Deepomatic id</source>
        <translation>Identifiant Deepomatic</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>pas encore créé</translation>
    </message>
    <message>
        <source>Reported by Deepomatic&apos;s callback on %1, not verified yet.</source>
        <translation>Signalé par le retour de Deepomatic le %1, pas encore vérifié.</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>aucun avancement</translation>
    </message>
    <message>
        <source>Reopen in Deepomatic</source>
        <translation>Rouvrir dans Deepomatic</translation>
    </message>
    <message>
        <source>Close intervention (unverified)</source>
        <translation>Clôturer l&apos;intervention (non vérifiée)</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Photos et résultats</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Dérogation superviseur…</translation>
    </message>
    <message>
        <source>Preview in Deepomatic</source>
        <translation>Aperçu dans Deepomatic</translation>
    </message>
    <message>
        <source>Look at the Deepomatic page read-only: nothing done there changes this work order.</source>
        <translation>Consulter la page Deepomatic en lecture seule&#xa0;: rien de ce qui y est fait ne modifie cet ordre de travail.</translation>
    </message>
    <message>
        <source>Link to the existing one…</source>
        <translation>Lier à l’existant…</translation>
    </message>
    <message>
        <source>Create again…</source>
        <translation>Créer à nouveau…</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Échec de la création&#xa0;: %1</translation>
    </message>
    <message>
        <source>This work order may already be in Deepomatic: enter its id from there, so that it is not created twice.</source>
        <translation>Cet ordre de travail est peut-être déjà dans Deepomatic&#xa0;: saisissez son identifiant, pour qu’il ne soit pas créé deux fois.</translation>
    </message>
    <message>
        <source>Creation in doubt: it was sent, but no answer came back. Look for it in Deepomatic, then link it, or create it again if it is not there.</source>
        <translation>Création incertaine&#xa0;: la demande a été envoyée, mais aucune réponse n’est revenue. Cherchez l’ordre de travail dans Deepomatic, puis liez-le, ou créez-le à nouveau s’il n’y est pas.</translation>
    </message>
    <message>
        <source>This work order may already exist in Deepomatic: settle its creation before the intervention.</source>
        <translation>Cet ordre de travail existe peut-être déjà dans Deepomatic&#xa0;: réglez sa création avant l’intervention.</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic a %n ordre de travail portant ce nom. Liez celui que cette création a fait&#xa0;:</numerusform>
            <numerusform>Deepomatic a %n ordres de travail portant ce nom. Liez celui que cette création a fait&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · progress %2 %</source>
        <translation>Création&#xa0;: %1 · avancement&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Link to this one</source>
        <translation>Lier à celui-ci</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1 by a progress refresh; this work order was not opened on this device.</source>
        <translation>Vérifié auprès de Deepomatic le %1 par une actualisation de l&apos;avancement&#xa0;; cette intervention n&apos;a pas été ouverte sur cet appareil.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1, after the intervention on this device.</source>
        <translation>Vérifié auprès de Deepomatic le %1, après l&apos;intervention sur cet appareil.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic on %2</source>
        <translation>%1&#xa0;%, vérifié auprès de Deepomatic le %2</translation>
    </message>
    <message>
        <source>%1 %, reported by the page on %2, not verified</source>
        <translation>%1&#xa0;%, signalé par la page le %2, non vérifié</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>History of this work order</source>
        <translation>Historique de cet ordre de travail</translation>
    </message>
    <message>
        <source>Whether the intervention can be closed, and why</source>
        <translation>Si l’intervention peut être clôturée, et pourquoi</translation>
    </message>
</context>
<context>
    <name>WorkOrderEvent</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Waiting to be created in Deepomatic</source>
        <translation>En attente de création dans Deepomatic</translation>
    </message>
    <message>
        <source>Creation sent again</source>
        <translation>Création renvoyée</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>Créé dans Deepomatic</translation>
    </message>
    <message>
        <source>Linked to a work order in Deepomatic</source>
        <translation>Lié à un ordre de travail dans Deepomatic</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Échec de la création</translation>
    </message>
    <message>
        <source>Creation in doubt</source>
        <translation>Création incertaine</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Requête annulée</translation>
    </message>
    <message>
        <source>Opened in Deepomatic</source>
        <translation>Ouvert dans Deepomatic</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Retour reçu</translation>
    </message>
    <message>
        <source>Callback rejected</source>
        <translation>Retour rejeté</translation>
    </message>
    <message>
        <source>Progress verified</source>
        <translation>Avancement vérifié</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Closure verified</source>
        <translation>Clôture vérifiée</translation>
    </message>
    <message>
        <source>Closure report sent</source>
        <translation>Rapport de clôture envoyé</translation>
    </message>
    <message>
        <source>Closure report refused</source>
        <translation>Rapport de clôture refusé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Clôturé par dérogation superviseur</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Requête renvoyée</translation>
    </message>
    <message>
        <source>Request discarded</source>
        <translation>Requête abandonnée</translation>
    </message>
</context>
<context>
    <name>WorkOrderResultsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Photos and results appear here once the work order exists in Deepomatic.</source>
        <translation>Les photos et les résultats s&apos;affichent ici dès que l&apos;ordre de travail existe dans Deepomatic.</translation>
    </message>
    <message>
        <source>Loading the results from Deepomatic…</source>
        <translation>Chargement des résultats depuis Deepomatic…</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>Impossible de charger les résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deepomatic progress: %1 %</source>
        <translation>Avancement Deepomatic&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>last analysis %1</source>
        <translation>dernière analyse le %1</translation>
    </message>
    <message>
        <source>no photo analysed yet</source>
        <translation>aucune photo analysée pour l&apos;instant</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revu le %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo du %1</translation>
    </message>
    <message>
        <source>Photo unavailable</source>
        <translation>Photo indisponible</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PDF sent on %1</source>
        <translation>PDF envoyé le %1</translation>
    </message>
    <message>
        <source>Last known results from %1; the site cannot be reached.</source>
        <translation>Derniers résultats connus du %1&#xa0;; le site est injoignable.</translation>
    </message>
    <message>
        <source>Last known results from %1; they could not be refreshed: %2</source>
        <translation>Derniers résultats connus du %1&#xa0;; ils n&apos;ont pas pu être actualisés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opens the photo on the whole screen</source>
        <translation>Ouvre la photo en plein écran</translation>
    </message>
    <message>
        <source>Refresh photos and results</source>
        <translation>Actualiser les photos et les résultats</translation>
    </message>
</context>
<context>
    <name>WorkOrderScanner</name>
    <message>
        <source>Choose an image of the label</source>
        <translation>Choisir une image de l’étiquette</translation>
    </message>
    <message>
        <source>No work order found</source>
        <translation>Aucun ordre de travail trouvé</translation>
    </message>
</context>
<context>
    <name>WorkOrderStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Prêt à clôturer</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Closed (override)</source>
        <translation>Clôturé (dérogation)</translation>
    </message>
</context>
<context>
    <name>WorkOrderStore</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot open the work order database</source>
        <translation>Impossible d&apos;ouvrir la base de données des ordres de travail</translation>
    </message>
    <message>
        <source>Cannot configure the work order database</source>
        <translation>Impossible de configurer la base de données des ordres de travail</translation>
    </message>
    <message>
        <source>Cannot read the database version</source>
        <translation>Impossible de lire la version de la base de données</translation>
    </message>
    <message>
        <source>The database was written by a newer FieldConnect</source>
        <translation>La base de données a été écrite par une version plus récente de FieldConnect</translation>
    </message>
    <message>
        <source>schema version %1, this version knows up to %2</source>
        <translation>version de schéma %1, cette version ne prend en charge que jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>Impossible de démarrer une migration</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Échec de la migration vers la version %1</translation>
    </message>
    <message>
        <source>Cannot read work orders</source>
        <translation>Impossible de lire les ordres de travail</translation>
    </message>
    <message>
        <source>Cannot save work order %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;ordre de travail %1</translation>
    </message>
    <message>
        <source>Cannot record an event for %1</source>
        <translation>Impossible d&apos;enregistrer un événement pour %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Cannot save work orders</source>
        <translation>Impossible d&apos;enregistrer les ordres de travail</translation>
    </message>
    <message>
        <source>Cannot read events</source>
        <translation>Impossible de lire les événements</translation>
    </message>
    <message>
        <source>Cannot keep the results of %1</source>
        <translation>Impossible de conserver les résultats de %1</translation>
    </message>
    <message>
        <source>Cannot read the results of %1</source>
        <translation>Impossible de lire les résultats de %1</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <source>%1 %, verified with Deepomatic</source>
        <translation>%1&#xa0;%, vérifié auprès de Deepomatic</translation>
    </message>
    <message>
        <source>%1 %, reported by the callback, not verified</source>
        <translation>%1&#xa0;%, signalé par le retour de Deepomatic, non vérifié</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · needs review</source>
        <translation>%1 · à revoir</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · en attente</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1</source>
        <translation>Vérifié auprès de Deepomatic le %1</translation>
    </message>
    <message>
        <source>The progress has not been verified with Deepomatic.</source>
        <translation>L&apos;avancement n&apos;a pas été vérifié auprès de Deepomatic.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Aucun avancement</translation>
    </message>
    <message>
        <source>Progress %1 percent, verified</source>
        <translation>Avancement %1 pour cent, vérifié</translation>
    </message>
    <message>
        <source>Progress %1 percent, not verified</source>
        <translation>Avancement %1 pour cent, non vérifié</translation>
    </message>
</context>
</TS>
