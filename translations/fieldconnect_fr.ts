<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>No credential store</source>
        <translation>Pas de coffre d&apos;identifiants</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

Le jeton d&apos;API sera demandé à chaque démarrage et conservé en mémoire uniquement.</translation>
    </message>
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
        <source>The query and the fragment disagree on work_order_progress (%1 and %2).</source>
        <translation>La requête et le fragment donnent des valeurs différentes pour work_order_progress (%1 et %2).</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>Le retour concerne l&apos;ordre de travail %1, mais %2 est ouvert.</translation>
    </message>
</context>
<context>
    <name>CallbackSchemeHandler</name>
    <message>
        <source>Returning to FieldConnect</source>
        <translation>Retour à FieldConnect</translation>
    </message>
    <message>
        <source>You can go back to FieldConnect now.</source>
        <translation>Vous pouvez maintenant revenir à FieldConnect.</translation>
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
        <source>The Deepomatic page could not be loaded (%1). Check the network connection, then retry.</source>
        <translation>La page Deepomatic n&apos;a pas pu être chargée (%1). Vérifiez la connexion réseau, puis réessayez.</translation>
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
        <source>the request was sent but no usable answer came back (%1), and looking it up failed: %2</source>
        <translation>la requête a été envoyée mais aucune réponse exploitable n&apos;a été reçue (%1), et la recherche a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>la requête avait été envoyée&#xa0;; l&apos;ordre de travail existe peut-être dans Deepomatic</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>son empreinte SHA-256 %1 n&apos;est pas celle configurée pour %2</translation>
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
        <source>the API returned work order %1 instead of %2</source>
        <translation>l&apos;API a renvoyé l&apos;ordre de travail %1 au lieu de %2</translation>
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
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>Aucun identifiant n&apos;est enregistré.</translation>
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
        <source>&quot;%1&quot; is not testing or production</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni testing ni production</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not EU or US</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni EU ni US</translation>
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
        <source>&quot;%1&quot; is not an integer from 0 to 100</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un entier de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not scheme or https</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni scheme ni https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not block or allow-unverified</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni block ni allow-unverified</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open or refuse</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni open ni refuse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allow-listed or deny</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni allow-listed ni deny</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un entier de 0 à 100 pour un type d&apos;ordre de travail nommé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;&lt;hôte&gt; &lt;empreinte SHA-256&gt;&#xa0;»</translation>
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
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>Créé dans Deepomatic</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Échec de la création</translation>
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
        <source>Closed</source>
        <translation>Clôturé</translation>
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
        <source>Verified with Deepomatic on %1.</source>
        <translation>Vérifié auprès de Deepomatic le %1.</translation>
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
        <source>Creation in doubt</source>
        <translation>Création incertaine</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Photos et résultats</translation>
    </message>
    <message>
        <source>Creation in doubt: %1</source>
        <translation>Création incertaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Clôturé par dérogation superviseur</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Dérogation superviseur…</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Interventions vérifiées par photo avec le Work Order Connector de Deepomatic.</translation>
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
        <source>Interface language (en, fr); default: the system&apos;s.</source>
        <translation>Langue de l&apos;interface (en, fr)&#xa0;; par défaut&#xa0;: celle du système.</translation>
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
        <source>fieldconnect: ignoring a callback URL received from outside the app; progress is only accepted from the Deepomatic page opened inside FieldConnect.</source>
        <translation>fieldconnect&#xa0;: URL de retour reçue depuis l&apos;extérieur de l&apos;application ignorée&#xa0;; l&apos;avancement n&apos;est accepté que depuis la page Deepomatic ouverte dans FieldConnect.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config&#xa0;: impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the file is not a valid INI file.</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>impossible de créer le répertoire de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>fieldconnect: running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>fieldconnect&#xa0;: exécution en tant que root&#xa0;: le bac à sable de la vue web est désactivé. Lancez FieldConnect avec un utilisateur normal pour le conserver.</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Permettre aux DevTools de Chromium de s&apos;attacher à la page Deepomatic sur 127.0.0.1:9222 (support uniquement).</translation>
    </message>
</context>
</TS>
