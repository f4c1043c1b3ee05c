<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldConnect</source>
        <translation>Acerca de FieldConnect</translation>
    </message>
    <message>
        <source>FieldConnect %1</source>
        <translation>FieldConnect %1</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Intervenciones verificadas por foto con el Work Order Connector de Deepomatic.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilación:</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (en ejecución):</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (compilado con):</translation>
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
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Site profile in use:</source>
        <translation>Perfil de sitio en uso:</translation>
    </message>
</context>
<context>
    <name>AnalyzeRequest</name>
    <message>
        <source>No task group was given for the photo.</source>
        <translation>No se indicó ningún grupo de tareas para la foto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Only an image or a PDF can be analysed.</source>
        <translation>Solo se puede analizar una imagen o un PDF.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>El PDF ocupa %1 MB; Deepomatic acepta como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The image is %1 MB; Deepomatic accepts at most %2 MB.</source>
        <translation>La imagen ocupa %1 MB; Deepomatic acepta como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The image address must be an absolute http or https URL.</source>
        <translation>La dirección de la imagen debe ser una URL http o https absoluta.</translation>
    </message>
</context>
<context>
    <name>AnalyzeResult</name>
    <message>
        <source>The field &quot;input&quot; is missing or is not an object.</source>
        <translation>Falta el campo «input» o no es un objeto.</translation>
    </message>
    <message>
        <source>The field &quot;task_group&quot; is missing or is not an object.</source>
        <translation>Falta el campo «task_group» o no es un objeto.</translation>
    </message>
    <message>
        <source>The input belongs to &quot;%1&quot; but the task group is &quot;%2&quot;.</source>
        <translation>La entrada pertenece a «%1», pero el grupo de tareas es «%2».</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>El campo «progress_score» no es un entero de 0 a 100.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no details given</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Respuesta inesperada del servidor: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>The work order may or may not exist in Deepomatic (%1). Check it in Deepomatic before creating it again.</source>
        <translation>Puede que la orden de trabajo exista o no en Deepomatic (%1). Compruébelo en Deepomatic antes de crearla de nuevo.</translation>
    </message>
</context>
<context>
    <name>ApiTokenLoader</name>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>No hay ningún token de API guardado para %1.</translation>
    </message>
    <message>
        <source>No API token: work orders cannot be created or verified.</source>
        <translation>Sin token de API: no se pueden crear ni verificar órdenes de trabajo.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved: %1</source>
        <translation>El token se usa en esta sesión, pero no se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The flow did not complete within %1 s.</source>
        <translation>El proceso no terminó en %1 s.</translation>
    </message>
    <message>
        <source>No work order named %1.</source>
        <translation>No hay ninguna orden de trabajo llamada %1.</translation>
    </message>
    <message>
        <source>There is no work order to copy types and technician from.</source>
        <translation>No hay ninguna orden de trabajo de la que copiar tipos y técnico.</translation>
    </message>
    <message>
        <source>Creation in Deepomatic failed: %1</source>
        <translation>Falló la creación en Deepomatic: %1</translation>
    </message>
    <message>
        <source>Open in Deepomatic is disabled: %1</source>
        <translation>«Abrir en Deepomatic» está desactivado: %1</translation>
    </message>
    <message>
        <source>The connector did not open.</source>
        <translation>El conector no se abrió.</translation>
    </message>
    <message>
        <source>The Deepomatic page did not load.</source>
        <translation>La página de Deepomatic no se cargó.</translation>
    </message>
    <message>
        <source>The Deepomatic page at %1 asks to sign in, and no user was given.</source>
        <translation>La página de Deepomatic en %1 pide iniciar sesión y no se indicó ningún usuario.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was refused: %2</source>
        <translation>Se rechazó el inicio de sesión en %1: %2</translation>
    </message>
    <message>
        <source>The sign-in page has no e-mail field.</source>
        <translation>La página de inicio de sesión no tiene campo de correo electrónico.</translation>
    </message>
    <message>
        <source>The sign-in page has no password field.</source>
        <translation>La página de inicio de sesión no tiene campo de contraseña.</translation>
    </message>
    <message>
        <source>The sign-in page has no Sign in button.</source>
        <translation>La página de inicio de sesión no tiene botón «Iniciar sesión».</translation>
    </message>
    <message>
        <source>The page has no photo button number %1.</source>
        <translation>La página no tiene el botón de foto número %1.</translation>
    </message>
    <message>
        <source>the photo to be recorded</source>
        <translation>la foto que se va a registrar</translation>
    </message>
    <message>
        <source>The callback was rejected: %1</source>
        <translation>Se rechazó el retorno: %1</translation>
    </message>
    <message>
        <source>The page has no Finish button.</source>
        <translation>La página no tiene botón «Terminar».</translation>
    </message>
</context>
<context>
    <name>BarcodeDecoder</name>
    <message>
        <source>No QR code or barcode was found: the picture is empty.</source>
        <translation>No se encontró ningún código QR ni código de barras: la imagen está vacía.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in the picture. Hold the label flat, well lit and filling the frame.</source>
        <translation>No se encontró ningún código QR ni código de barras en la imagen. Sostenga la etiqueta plana, bien iluminada y llenando el encuadre.</translation>
    </message>
    <message>
        <source>The image “%1” could not be read: %2</source>
        <translation>No se pudo leer la imagen «%1»: %2</translation>
    </message>
</context>
<context>
    <name>BatchCreationDialog</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crear en Deepomatic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: in doubt — %2</source>
        <translation>%1: dudoso — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already exist in Deepomatic and are left as they are.</source>
        <translation>
            <numerusform>%n orden de trabajo ya existe en Deepomatic y se deja como está.</numerusform>
            <numerusform>%n órdenes de trabajo ya existen en Deepomatic y se dejan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 created</source>
        <translation>%1 de %2 creadas</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallida</numerusform>
            <numerusform>, %n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in doubt</source>
        <translation>
            <numerusform>, %n dudosa</numerusform>
            <numerusform>, %n dudosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelada</numerusform>
            <numerusform>, %n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in Deepomatic)</source>
        <translation>
            <numerusform> (%n ya en Deepomatic)</numerusform>
            <numerusform> (%n ya en Deepomatic)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <source>%1 per second, %2</source>
        <translation>%1 por segundo, %2</translation>
    </message>
    <message>
        <source>Creation progress</source>
        <translation>Progreso de la creación</translation>
    </message>
    <message>
        <source>Work orders not created</source>
        <translation>Órdenes de trabajo no creadas</translation>
    </message>
</context>
<context>
    <name>CallbackParser</name>
    <message>
        <source>The callback URL is not a valid URL.</source>
        <translation>La URL de retorno no es una URL válida.</translation>
    </message>
    <message>
        <source>No connector launch is waiting for a callback.</source>
        <translation>Ningún inicio del conector espera un retorno.</translation>
    </message>
    <message>
        <source>The callback is not for the work order launch currently open.</source>
        <translation>El retorno no corresponde al inicio de la orden de trabajo abierta actualmente.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once with different values.</source>
        <translation>El parámetro «%1» aparece más de una vez con valores distintos.</translation>
    </message>
    <message>
        <source>work_order_progress appears more than once.</source>
        <translation>work_order_progress aparece más de una vez.</translation>
    </message>
    <message>
        <source>The callback carries no work_order_progress.</source>
        <translation>El retorno no contiene work_order_progress.</translation>
    </message>
    <message>
        <source>work_order_progress appears in both the query and the fragment; it must appear exactly once.</source>
        <translation>work_order_progress aparece tanto en la consulta como en el fragmento; debe aparecer exactamente una vez.</translation>
    </message>
    <message>
        <source>work_order_progress &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>work_order_progress «%1» no es un entero de 0 a 100.</translation>
    </message>
    <message>
        <source>The callback names work order %1, but %2 is open.</source>
        <translation>El retorno nombra la orden de trabajo %1, pero está abierta %2.</translation>
    </message>
</context>
<context>
    <name>CameraCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to the Deepomatic page without a photo</source>
        <translation>Volver a la página de Deepomatic sin foto</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Pick a photo already on this device instead</source>
        <translation>Elegir en su lugar una foto que ya está en este dispositivo</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Discard this photo and take another</source>
        <translation>Descartar esta foto y hacer otra</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Hacer la foto</translation>
    </message>
    <message>
        <source>Takes the photo shown by the camera</source>
        <translation>Hace la foto que muestra la cámara</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Usar la foto</translation>
    </message>
    <message>
        <source>Sends this photo to the Deepomatic page</source>
        <translation>Envía esta foto a la página de Deepomatic</translation>
    </message>
    <message>
        <source>Starting the camera “%1”…</source>
        <translation>Iniciando la cámara «%1»…</translation>
    </message>
    <message>
        <source>Aim at the equipment, then tap Take photo.</source>
        <translation>Apunte al equipo y toque Hacer la foto.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Haciendo la foto…</translation>
    </message>
    <message>
        <source>Is it sharp and well lit? Pinch to look closer. Use it, or take it again.</source>
        <translation>¿Está nítida y bien iluminada? Pellizque para verla de cerca. Úsela o repítala.</translation>
    </message>
    <message>
        <source>%1 Choose a photo file instead, or cancel.</source>
        <translation>%1 Elija en su lugar un archivo de foto, o cancele.</translation>
    </message>
    <message>
        <source>Cancel the photo</source>
        <translation>Cancelar la foto</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>Elegir un archivo de foto</translation>
    </message>
    <message>
        <source>Retake the photo</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Escanear una etiqueta</translation>
    </message>
    <message>
        <source>Back to the work orders without scanning</source>
        <translation>Volver a las órdenes de trabajo sin escanear</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>Read the label from a picture already on this device</source>
        <translation>Leer la etiqueta de una imagen que ya está en este dispositivo</translation>
    </message>
    <message>
        <source>Aim at the label on the equipment: it is read as soon as it is in sight.</source>
        <translation>Apunte a la etiqueta del equipo: se lee en cuanto está a la vista.</translation>
    </message>
    <message>
        <source>%1 Choose an image instead, or cancel.</source>
        <translation>%1 Elija una imagen en su lugar, o cancele.</translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>La cámara dejó de funcionar: %1</translation>
    </message>
    <message>
        <source>The camera took no photo: %1</source>
        <translation>La cámara no hizo ninguna foto: %1</translation>
    </message>
    <message>
        <source>The camera is not ready yet: try again in a moment.</source>
        <translation>La cámara aún no está lista: inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>CloseConfirmationDialog</name>
    <message>
        <source>Close intervention</source>
        <translation>Cerrar la intervención</translation>
    </message>
    <message>
        <source>Close the intervention for %1?</source>
        <translation>¿Cerrar la intervención de %1?</translation>
    </message>
    <message>
        <source>Progress %1 %, verified with Deepomatic on %2.</source>
        <translation>Progreso %1 %, verificado con Deepomatic el %2.</translation>
    </message>
    <message>
        <source>Progress %1 %, not verified with Deepomatic (%2).</source>
        <translation>Progreso %1 %, no verificado con Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The closure will be recorded as unverified.</source>
        <translation>El cierre se registrará como no verificado.</translation>
    </message>
    <message>
        <source>A closed intervention cannot be reopened here.</source>
        <translation>Una intervención cerrada no se puede reabrir aquí.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Esta intervención ya está cerrada.</translation>
    </message>
    <message>
        <source>This work order does not exist in Deepomatic yet. Create it before the intervention.</source>
        <translation>Esta orden de trabajo aún no existe en Deepomatic. Créela antes de la intervención.</translation>
    </message>
    <message>
        <source>Checking the progress with Deepomatic…</source>
        <translation>Comprobando el progreso con Deepomatic…</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified (%2). The closure will be marked unverified and checked later.</source>
        <translation>No se pudo verificar el progreso de %1 % (%2). El cierre se marcará como no verificado y se comprobará más tarde.</translation>
    </message>
    <message>
        <source>Progress %1 % could not be verified with Deepomatic: %2. Refresh the progress when the network is back.</source>
        <translation>No se pudo verificar el progreso de %1 % con Deepomatic: %2. Actualice el progreso cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Progress %1 % has not been verified yet. Refresh the progress.</source>
        <translation>El progreso de %1 % aún no se ha verificado. Actualice el progreso.</translation>
    </message>
    <message>
        <source>No progress yet. Open the work order in Deepomatic and take the expected photos.</source>
        <translation>Aún no hay progreso. Abra la orden de trabajo en Deepomatic y tome las fotos esperadas.</translation>
    </message>
    <message>
        <source>Deepomatic reports %1 %, read by a progress refresh, but this work order was never opened on this device. This site requires opening it in Deepomatic before closing.</source>
        <translation>Deepomatic indica %1 %, leído en una actualización del progreso, pero esta orden de trabajo nunca se abrió en este dispositivo. Este sitio exige abrirla en Deepomatic antes de cerrarla.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified by a progress refresh: the photos were taken in Deepomatic without this device. The intervention can be closed.</source>
        <translation>Progreso %1 %, verificado por una actualización del progreso: las fotos se tomaron en Deepomatic sin este dispositivo. La intervención se puede cerrar.</translation>
    </message>
    <message>
        <source>Progress %1 %, verified. The intervention can be closed.</source>
        <translation>Progreso %1 %, verificado. La intervención se puede cerrar.</translation>
    </message>
    <message>
        <source>Progress %1 %. At least %2 % is required. Reopen Deepomatic to take the missing photos.</source>
        <translation>Progreso %1 %. Se requiere al menos %2 %. Vuelva a abrir Deepomatic para tomar las fotos que faltan.</translation>
    </message>
    <message>
        <source>Supervisor override is not enabled for this site.</source>
        <translation>La autorización del supervisor no está habilitada para este sitio.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters for the override.</source>
        <translation>Indique un motivo de al menos %1 caracteres para la autorización.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use a sandbox that is already running (e.g. fieldconnect-sandbox) at &lt;url&gt;, on loopback.</source>
        <translation>Usar un sandbox que ya esté en ejecución (p. ej. fieldconnect-sandbox) en &lt;url&gt;, en loopback.</translation>
    </message>
    <message>
        <source>Headless: create every planned work order in Deepomatic through the outbox, print one JSON object per step, and exit when the outbox is drained.</source>
        <translation>Sin interfaz: crear en Deepomatic cada orden de trabajo planificada a través de la bandeja de salida, imprimir un objeto JSON por paso y salir cuando la bandeja de salida esté vacía.</translation>
    </message>
    <message>
        <source>Headless: check the planning file &lt;file&gt; and import it into the site in use, print one JSON object per problem and a summary, and exit (0: all imported, 2: invalid input, 4: partly imported with --good-rows).</source>
        <translation>Sin interfaz: comprobar el archivo de planificación &lt;file&gt; e importarlo en el sitio en uso, imprimir un objeto JSON por problema y un resumen, y salir (0: todo importado, 2: entrada no válida, 4: importado en parte con --good-rows).</translation>
    </message>
    <message>
        <source>With --import (the default): import nothing if any row has a problem.</source>
        <translation>Con --import (por defecto): no importar nada si alguna fila tiene un problema.</translation>
    </message>
    <message>
        <source>With --import: import the good rows and report the others.</source>
        <translation>Con --import: importar las filas correctas e informar de las demás.</translation>
    </message>
    <message>
        <source>Headless: write the diagnostics archive for support (logs, versions, settings, every secret removed) to &lt;file&gt;, print one JSON line and exit (0: written, 1: not written).</source>
        <translation>Sin interfaz: escribir el archivo de diagnóstico para soporte (registros, versiones, ajustes, sin ningún secreto) en &lt;file&gt;, imprimir una línea JSON y salir (0: escrito, 1: no escrito).</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (an emulated Deepomatic site on 127.0.0.1), even if a site is configured.</source>
        <translation>Ejecutar en el sandbox integrado (un sitio Deepomatic emulado en 127.0.0.1), aunque haya un sitio configurado.</translation>
    </message>
    <message>
        <source>Read the deployment configuration from &lt;file&gt;.</source>
        <translation>Leer la configuración de despliegue de &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Keep the database and web data in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos y los datos web en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Minimum verified progress (0–100) to close.</source>
        <translation>Progreso verificado mínimo (0–100) para cerrar.</translation>
    </message>
    <message>
        <source>Ask Deepomatic to return results in the URL fragment.</source>
        <translation>Pedir a Deepomatic que devuelva los resultados en el fragmento de la URL.</translation>
    </message>
    <message>
        <source>Interface language (%1); default: the system&apos;s.</source>
        <translation>Idioma de la interfaz (%1); por defecto: el del sistema.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light, dark or high_contrast (default: the one chosen in Display).</source>
        <translation>Tema para esta ejecución: system, light, dark o high_contrast (por defecto: el elegido en Pantalla).</translation>
    </message>
    <message>
        <source>Text size for this run: normal, large or extra_large (default: the one chosen in Display).</source>
        <translation>Tamaño del texto para esta ejecución: normal, large o extra_large (por defecto: el elegido en Pantalla).</translation>
    </message>
    <message>
        <source>Run one intervention headless and print one JSON object per step.</source>
        <translation>Ejecutar una intervención sin interfaz e imprimir un objeto JSON por paso.</translation>
    </message>
    <message>
        <source>With --autopilot: the work order to use (default: a fresh copy of a planned one).</source>
        <translation>Con --autopilot: la orden de trabajo que se usa (por defecto: una copia nueva de una planificada).</translation>
    </message>
    <message>
        <source>With --autopilot: how many photos to take (all or a number).</source>
        <translation>Con --autopilot: cuántas fotos se toman (all o un número).</translation>
    </message>
    <message>
        <source>Port for the sandbox (default: a free one).</source>
        <translation>Puerto del sandbox (por defecto: uno libre).</translation>
    </message>
    <message>
        <source>Let Chromium DevTools attach to the Deepomatic page on 127.0.0.1:9222 (for support only).</source>
        <translation>Permitir que Chromium DevTools se conecte a la página de Deepomatic en 127.0.0.1:9222 (solo para soporte).</translation>
    </message>
    <message>
        <source>Draw the Deepomatic page without the graphics card (software rendering).</source>
        <translation>Dibujar la página de Deepomatic sin la tarjeta gráfica (renderizado por software).</translation>
    </message>
    <message>
        <source>Use the graphics card again after an automatic switch to software rendering.</source>
        <translation>Volver a usar la tarjeta gráfica tras un cambio automático al renderizado por software.</translation>
    </message>
    <message>
        <source>Private browsing (shared tablets): keep no Deepomatic sign-in, cookies or web storage; sign in at every launch.</source>
        <translation>Navegación privada (tabletas compartidas): no guardar la sesión de Deepomatic, las cookies ni el almacenamiento web; iniciar sesión en cada inicio.</translation>
    </message>
    <message>
        <source>Photo-verified interventions with Deepomatic&apos;s Work Order Connector.</source>
        <translation>Intervenciones verificadas por foto con el Work Order Connector de Deepomatic.</translation>
    </message>
    <message>
        <source>A fieldconnect://callback/ URL, as the system browser passes it when Deepomatic sends the technician back: handed to the FieldConnect already running for this user and data directory, which prints one JSON line with its verdict (exit 0: accepted, 3: refused, 4: no answer in time); with none running, FieldConnect starts and handles it.</source>
        <translation>Una URL fieldconnect://callback/, tal como la pasa el navegador del sistema cuando Deepomatic devuelve al técnico: se entrega al FieldConnect que ya se está ejecutando para este usuario y esta carpeta de datos, que imprime una línea JSON con su veredicto (salida 0: aceptada, 3: rechazada, 4: sin respuesta a tiempo); si no hay ninguno en ejecución, FieldConnect se inicia y la trata.</translation>
    </message>
    <message>
        <source>--autopilot and --create-all cannot be used together.</source>
        <translation>--autopilot y --create-all no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--import cannot be used with --autopilot or --create-all.</source>
        <translation>--import no se puede usar con --autopilot ni con --create-all.</translation>
    </message>
    <message>
        <source>--export-diagnostics cannot be used with --autopilot, --create-all or --import.</source>
        <translation>--export-diagnostics no se puede usar con --autopilot, --create-all ni --import.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows cannot be used together.</source>
        <translation>--all-or-nothing y --good-rows no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--all-or-nothing and --good-rows go with --import.</source>
        <translation>--all-or-nothing y --good-rows van con --import.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not an integer from 0 to 100.</source>
        <translation>--threshold: «%1» no es un entero de 0 a 100.</translation>
    </message>
    <message>
        <source>--photos: &quot;%1&quot; is not &quot;all&quot; or a number of photos.</source>
        <translation>--photos: «%1» no es «all» ni un número de fotos.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation>--lang: «%1» no es uno de %2.</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not one of %2.</source>
        <translation>--theme: «%1» no es uno de %2.</translation>
    </message>
    <message>
        <source>--text-size: &quot;%1&quot; is not one of %2.</source>
        <translation>--text-size: «%1» no es uno de %2.</translation>
    </message>
    <message>
        <source>--sandbox-port: &quot;%1&quot; is not a port number.</source>
        <translation>--sandbox-port: «%1» no es un número de puerto.</translation>
    </message>
    <message>
        <source>only one fieldconnect://callback/ URL may be given; see --help.</source>
        <translation>solo se puede indicar una URL fieldconnect://callback/; consulte --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fieldconnect://callback/ URL; see --help.</source>
        <translation>«%1» no es una URL fieldconnect://callback/; consulte --help.</translation>
    </message>
    <message>
        <source>a callback URL cannot be used with --autopilot, --create-all or --import.</source>
        <translation>una URL de retorno no se puede usar con --autopilot, --create-all ni --import.</translation>
    </message>
    <message>
        <source>--sandbox-url: &quot;%1&quot; is not an http(s) URL on loopback with a port and no path, e.g. http://127.0.0.1:8080.</source>
        <translation>--sandbox-url: «%1» no es una URL http(s) en loopback con puerto y sin ruta, p. ej. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--sandbox-url and --sandbox cannot be used together.</source>
        <translation>--sandbox-url y --sandbox no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--config: cannot read &quot;%1&quot;.</source>
        <translation>--config: no se puede leer «%1».</translation>
    </message>
    <message>
        <source>--disable-gpu and --enable-gpu cannot be used together.</source>
        <translation>--disable-gpu y --enable-gpu no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>Headless: read a supervisor PIN (4 to 12 digits) from standard input, never from the command line where others could see it, and print the pin_hash line for the [kiosk] section of the deployment file.</source>
        <translation>Sin pantalla: lee un PIN de supervisor (4 a 12 dígitos) de la entrada estándar, nunca de la línea de órdenes donde otros podrían verlo, e imprime la línea pin_hash para la sección [kiosk] del archivo de despliegue.</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen with no window frame; it is left only with the supervisor PIN of the deployment file ([kiosk] pin_hash).</source>
        <translation>Modo quiosco: pantalla completa sin marco de ventana; solo se sale con el PIN de supervisor del archivo de despliegue ([kiosk] pin_hash).</translation>
    </message>
    <message>
        <source>--hash-pin cannot be used with another mode or with --kiosk.</source>
        <translation>--hash-pin no se puede usar con otro modo ni con --kiosk.</translation>
    </message>
    <message>
        <source>--kiosk is for the window: it cannot be used with --autopilot, --create-all, --import or --export-diagnostics.</source>
        <translation>--kiosk es para la ventana: no se puede usar con --autopilot, --create-all, --import ni --export-diagnostics.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>OK: connected to %1 (%n task group(s)).</source>
        <translation>
            <numerusform>OK: conectado a %1 (%n grupo de tareas).</numerusform>
            <numerusform>OK: conectado a %1 (%n grupos de tareas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid token (%2)</source>
        <translation>%1: token no válido (%2)</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>404: %1 answers, but not as the Deepomatic API; check the API URL.</source>
        <translation>404: %1 responde, pero no como la API de Deepomatic; compruebe la URL de la API.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time.</source>
        <translation>No se puede acceder a %1: sin respuesta a tiempo.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>La URL de la API «%1» debe ser https (http simple solo en loopback).</translation>
    </message>
</context>
<context>
    <name>ConnectorLink</name>
    <message>
        <source>This work order has not been created in Deepomatic yet.</source>
        <translation>Esta orden de trabajo aún no se ha creado en Deepomatic.</translation>
    </message>
    <message>
        <source>The Deepomatic id &quot;%1&quot; is malformed.</source>
        <translation>El id de Deepomatic «%1» está mal formado.</translation>
    </message>
    <message>
        <source>The site profile has no valid site_id (a UUID is required).</source>
        <translation>El perfil de sitio no tiene un site_id válido (se requiere un UUID).</translation>
    </message>
    <message>
        <source>The site profile&apos;s org_slug &quot;%1&quot; is not a valid slug.</source>
        <translation>El org_slug «%1» del perfil de sitio no es un slug válido.</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; is not acceptable (https required).</source>
        <translation>La URL del estudio «%1» no es aceptable (se requiere https).</translation>
    </message>
    <message>
        <source>The callback URI &quot;%1&quot; is not valid.</source>
        <translation>La URI de retorno «%1» no es válida.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>Part of this page, from %1, was not shown: it is not on this site&apos;s allow-list.</source>
        <translation>Una parte de esta página, de %1, no se mostró: no está en la lista de permitidos de este sitio.</translation>
    </message>
    <message>
        <source>FieldConnect did not follow the Deepomatic page to %1: that host is not on this site&apos;s allow-list. If it is your organisation&apos;s sign-in, ask your IT to add %1 to allow_hosts.</source>
        <translation>FieldConnect no siguió la página de Deepomatic hasta %1: ese host no está en la lista de permitidos de este sitio. Si es el inicio de sesión de su organización, pida a su departamento de TI que añada %1 a allow_hosts.</translation>
    </message>
    <message>
        <source>%1 is outside the Deepomatic site; it was opened in your browser.</source>
        <translation>%1 está fuera del sitio de Deepomatic; se abrió en su navegador.</translation>
    </message>
    <message>
        <source>FieldConnect did not open %1: it is not part of the Deepomatic site.</source>
        <translation>FieldConnect no abrió %1: no forma parte del sitio de Deepomatic.</translation>
    </message>
    <message>
        <source>FieldConnect does not open new windows; %1 was not opened.</source>
        <translation>FieldConnect no abre ventanas nuevas; %1 no se abrió.</translation>
    </message>
</context>
<context>
    <name>ConnectorSession</name>
    <message>
        <source>Internal error: the launch id is malformed.</source>
        <translation>Error interno: el id de inicio está mal formado.</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>No se pudo abrir el navegador del sistema.</translation>
    </message>
    <message>
        <source>The callback came from a pop-up window, not from the connector page.</source>
        <translation>El retorno vino de una ventana emergente, no de la página del conector.</translation>
    </message>
    <message>
        <source>The callback did not come from the connector page itself.</source>
        <translation>El retorno no vino de la propia página del conector.</translation>
    </message>
    <message>
        <source>No connector launch is open.</source>
        <translation>No hay ningún inicio del conector abierto.</translation>
    </message>
    <message>
        <source>The callback was started by a page of %1, not by the Deepomatic studio (%2).</source>
        <translation>El retorno lo inició una página de %1, no el estudio de Deepomatic (%2).</translation>
    </message>
    <message>
        <source>The callback was sent by %1, not by the Deepomatic studio (%2).</source>
        <translation>El retorno lo envió %1, no el estudio de Deepomatic (%2).</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>una página desconocida</translation>
    </message>
    <message>
        <source>This callback was already used: a launch takes one callback only.</source>
        <translation>Este retorno ya se usó: un inicio admite un solo retorno.</translation>
    </message>
    <message>
        <source>The open launch runs inside FieldConnect: a callback from a browser outside the app is not accepted for it.</source>
        <translation>El inicio abierto se ejecuta dentro de FieldConnect: no se acepta para él un retorno desde un navegador externo a la aplicación.</translation>
    </message>
    <message>
        <source>This page is a preview: a return from Deepomatic changes nothing.</source>
        <translation>Esta página es una vista previa: un retorno desde Deepomatic no cambia nada.</translation>
    </message>
</context>
<context>
    <name>ConnectorView</name>
    <message>
        <source>Return to FieldConnect</source>
        <translation>Volver a FieldConnect</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Preview: nothing changes in FieldConnect, but photos taken here count in Deepomatic</source>
        <translation>Vista previa: nada cambia en FieldConnect, pero las fotos tomadas aquí cuentan en Deepomatic</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Waiting for the browser…

Deepomatic opened in your web browser. Take the photos there; FieldConnect continues when Deepomatic sends you back.</source>
        <translation>Esperando al navegador…

Deepomatic se abrió en su navegador web. Tome allí las fotos; FieldConnect continúa cuando Deepomatic lo devuelva.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS). Check the network connection or the site&apos;s address.</source>
        <translation>No se encontró la dirección %1 (DNS). Compruebe la conexión de red o la dirección del sitio.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the site is not answering on that address.</source>
        <translation>%1 rechazó la conexión: el sitio no responde en esa dirección.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut before the page arrived.</source>
        <translation>La conexión con %1 se cortó antes de que llegara la página.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>This device is not connected to a network that reaches %1.</source>
        <translation>Este dispositivo no está conectado a una red que llegue a %1.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS).</source>
        <translation>No se pudo establecer una conexión segura con %1 (TLS).</translation>
    </message>
    <message>
        <source>The proxy needed to reach %1 is not answering.</source>
        <translation>El proxy necesario para llegar a %1 no responde.</translation>
    </message>
    <message>
        <source>The page from %1 could not be loaded (%2).</source>
        <translation>No se pudo cargar la página de %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 cannot be trusted (%2). The page was blocked to protect your account; ask your IT to check the certificate.</source>
        <translation>No se puede confiar en la conexión segura con %1 (%2). Se bloqueó la página para proteger su cuenta; pida a su departamento de TI que revise el certificado.</translation>
    </message>
    <message>
        <source>%1 Retry when the network is back.</source>
        <translation>%1 Reintente cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Downloads are not allowed in the Deepomatic page.</source>
        <translation>Las descargas no están permitidas en la página de Deepomatic.</translation>
    </message>
    <message>
        <source>Camera and microphone were refused to %1.</source>
        <translation>Se denegó la cámara y el micrófono a %1.</translation>
    </message>
    <message>
        <source>The Deepomatic page stopped working. Reload it to continue; nothing was lost.</source>
        <translation>La página de Deepomatic dejó de funcionar. Recárguela para continuar; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>Back in the Deepomatic page</source>
        <translation>De vuelta en la página de Deepomatic</translation>
    </message>
    <message>
        <source>Reload the Deepomatic page</source>
        <translation>Recargar la página de Deepomatic</translation>
    </message>
    <message>
        <source>Loading the Deepomatic page</source>
        <translation>Cargando la página de Deepomatic</translation>
    </message>
    <message>
        <source>Retry loading the Deepomatic page</source>
        <translation>Reintentar cargar la página de Deepomatic</translation>
    </message>
    <message>
        <source>Cancel waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
</context>
<context>
    <name>DeepomaticClient</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>the host name is unknown</source>
        <translation>el nombre de host es desconocido</translation>
    </message>
    <message>
        <source>The server answered with work order %1 instead of %2.</source>
        <translation>El servidor respondió con la orden de trabajo %1 en lugar de %2.</translation>
    </message>
    <message>
        <source>No work order id was given.</source>
        <translation>No se indicó ningún id de orden de trabajo.</translation>
    </message>
    <message>
        <source>No work order name was given.</source>
        <translation>No se indicó ningún nombre de orden de trabajo.</translation>
    </message>
    <message>
        <source>The next page is on another host (%1).</source>
        <translation>La página siguiente está en otro host (%1).</translation>
    </message>
    <message>
        <source>The list has more than %1 pages.</source>
        <translation>La lista tiene más de %1 páginas.</translation>
    </message>
    <message>
        <source>The server answered with task group &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>El servidor respondió con el grupo de tareas «%1» en lugar de «%2».</translation>
    </message>
    <message>
        <source>No task group name was given.</source>
        <translation>No se indicó ningún nombre de grupo de tareas.</translation>
    </message>
    <message>
        <source>The server analysed the photo for &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>El servidor analizó la foto para «%1» en lugar de «%2».</translation>
    </message>
    <message>
        <source>No work order or task id was given.</source>
        <translation>No se indicó ningún id de orden de trabajo ni de tarea.</translation>
    </message>
    <message>
        <source>No corrected value was given.</source>
        <translation>No se indicó ningún valor corregido.</translation>
    </message>
    <message>
        <source>The photo is on %1, which is neither the API&apos;s host nor one of the photo hosts of this site.</source>
        <translation>La foto está en %1, que no es el host de la API ni uno de los hosts de fotos de este sitio.</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint %1 is not the one configured for %2</source>
        <translation>su huella SHA-256 %1 no es la configurada para %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and this site cannot be searched by name</source>
        <translation>la solicitud se envió pero no llegó ninguna respuesta utilizable (%1), y en este sitio no se puede buscar por nombre</translation>
    </message>
    <message>
        <source>the create was sent but its answer was lost (%1), and it could not be looked up yet: %2</source>
        <translation>la creación se envió pero su respuesta se perdió (%1), y aún no se ha podido consultar: %2</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1), and the site refused the look-up by name: %2</source>
        <translation>la solicitud se envió pero no llegó ninguna respuesta utilizable (%1), y el sitio rechazó la búsqueda por nombre: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request was sent but no usable answer came back (%1), and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la solicitud se envió pero no llegó ninguna respuesta utilizable (%1), y en Deepomatic existe %n orden de trabajo con ese nombre</numerusform>
            <numerusform>la solicitud se envió pero no llegó ninguna respuesta utilizable (%1), y en Deepomatic existen %n órdenes de trabajo con ese nombre</numerusform>
        </translation>
    </message>
    <message>
        <source>the request had been sent; the work order may exist in Deepomatic</source>
        <translation>la solicitud ya se había enviado; puede que la orden de trabajo exista en Deepomatic</translation>
    </message>
</context>
<context>
    <name>DeepomaticName</name>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The name contains &quot;%1&quot; at position %2; only letters, digits, &quot;_&quot; and &quot;-&quot; are allowed.</source>
        <translation>El nombre contiene «%1» en la posición %2; solo se permiten letras, dígitos, «_» y «-».</translation>
    </message>
</context>
<context>
    <name>DemoPlanning</name>
    <message>
        <source>Imported from the sandbox&apos;s demo planning.</source>
        <translation>Importado de la planificación de demostración del sandbox.</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>%1: %2 is set by your organisation (%3) and cannot be changed from the command line.</source>
        <translation>%1: %2 lo fija su organización (%3) y no se puede cambiar desde la línea de comandos.</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation (%3, profile &quot;%4&quot;) and cannot be changed from the command line.</source>
        <translation>%1: %2 lo fija su organización (%3, perfil «%4») y no se puede cambiar desde la línea de comandos.</translation>
    </message>
    <message>
        <source>%1: [%2] %3: &quot;%4&quot; is not true or false</source>
        <translation>%1: [%2] %3: «%4» no es true ni false</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown setting</source>
        <translation>%1: [%2] %3: ajuste desconocido</translation>
    </message>
    <message>
        <source>%1: [%2] id: the id of a profile is its section name; remove this line</source>
        <translation>%1: [%2] id: el id de un perfil es el nombre de su sección; elimine esta línea</translation>
    </message>
    <message>
        <source>%1: [%2] the profile id &quot;%3&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;)</source>
        <translation>%1: [%2] el id de perfil «%3» no es un slug (minúsculas, dígitos, «-» o «_»)</translation>
    </message>
    <message>
        <source>%1: [%2] duplicate profile id &quot;%3&quot; (first at %4)</source>
        <translation>%1: [%2] id de perfil duplicado «%3» (primero en %4)</translation>
    </message>
    <message>
        <source>%1: [%2] active_profile: &quot;%3&quot; is not a profile of this configuration</source>
        <translation>%1: [%2] active_profile: «%3» no es un perfil de esta configuración</translation>
    </message>
    <message>
        <source>%1: [%2] pin_hash: ignored: kiosk mode is set by your organisation (%3), and so is the PIN that leaves it</source>
        <translation>%1: [%2] pin_hash: ignorado: el modo quiosco lo fija su organización (%3), y también el PIN que permite salir</translation>
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
        <translation>%1: [%2] aparece dos veces (primero en la línea %3)</translation>
    </message>
    <message>
        <source>%1: %2: the setting is outside any section</source>
        <translation>%1: %2: el ajuste está fuera de cualquier sección</translation>
    </message>
    <message>
        <source>%1: [%2] %3: given twice (first at line %4)</source>
        <translation>%1: [%2] %3: indicado dos veces (primero en la línea %4)</translation>
    </message>
    <message>
        <source>%1: [%2] %3: ignored: set by your organisation (%4)</source>
        <translation>%1: [%2] %3: ignorado: lo fija su organización (%4)</translation>
    </message>
    <message>
        <source>%1: [%2] is not a known section ([%3], [%4], [site] or [%5&lt;id&gt;])</source>
        <translation>%1: [%2] no es una sección conocida ([%3], [%4], [site] o [%5&lt;id&gt;])</translation>
    </message>
</context>
<context>
    <name>DeploymentSources</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DisplayPreferences</name>
    <message>
        <source>%1: %2 is not one of %3; using %4.</source>
        <translation>%1: %2 no es uno de %3; se usa %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; using the system&apos;s language.</source>
        <translation>%1: «%2» no es un código de idioma; se usa el idioma del sistema.</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes the next time FieldConnect starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie FieldConnect.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>TESTING — %1</source>
        <translation>PRUEBAS — %1</translation>
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
        <translation>No se pudo registrar el retorno; consulte la ventana de FieldConnect.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % for %2; FieldConnect checks it with the API.</source>
        <translation>Deepomatic indicó %1 % para %2; FieldConnect lo comprueba con la API.</translation>
    </message>
</context>
<context>
    <name>FieldConnectApp</name>
    <message>
        <source>running as root: the web view&apos;s sandbox is disabled. Run FieldConnect as a normal user to keep it.</source>
        <translation>ejecución como root: el sandbox de la vista web está desactivado. Ejecute FieldConnect como usuario normal para conservarlo.</translation>
    </message>
    <message>
        <source>the saved interface language &quot;%1&quot; is not one of %2; using the system&apos;s.</source>
        <translation>el idioma de interfaz guardado «%1» no es uno de %2; se usa el del sistema.</translation>
    </message>
    <message>
        <source>ignoring a saved site profile: %1</source>
        <translation>se ignora un perfil de sitio guardado: %1</translation>
    </message>
    <message>
        <source>cannot create the data directory &quot;%1&quot;.</source>
        <translation>no se puede crear la carpeta de datos «%1».</translation>
    </message>
    <message>
        <source>no log file: %1</source>
        <translation>sin archivo de registro: %1</translation>
    </message>
    <message>
        <source>FIELDCONNECT_SANDBOX_FAULTS: %1</source>
        <translation>FIELDCONNECT_SANDBOX_FAULTS: %1</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>no se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>Warning: this computer has no credential store, and your organisation allows API tokens to be kept in a file instead: %1. Only your user account can read it, but anyone with access to your account or a backup of it can.</source>
        <translation>Atención: este equipo no tiene almacén de credenciales, y su organización permite guardar los tokens de API en un archivo: %1. Solo su cuenta de usuario puede leerlo, pero también cualquiera con acceso a su cuenta o a una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>This computer has no credential store: API tokens are kept in memory for this session only, and asked again at the next start.</source>
        <translation>Este equipo no tiene almacén de credenciales: los tokens de API se guardan en memoria solo durante esta sesión y se vuelven a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>There is no API token for %1.</source>
        <translation>No hay token de API para %1.</translation>
    </message>
    <message>
        <source>Warning: no credential store on this computer; as your organisation allows, API tokens are stored in a file readable only by you (see Settings).</source>
        <translation>Atención: no hay almacén de credenciales en este equipo; como permite su organización, los tokens de API se guardan en un archivo que solo usted puede leer (vea Ajustes).</translation>
    </message>
    <message>
        <source>Supervisor PIN (4 to 12 digits): </source>
        <translation>PIN de supervisor (4 a 12 dígitos): </translation>
    </message>
    <message>
        <source>--hash-pin: %1 on standard input.</source>
        <translation>--hash-pin: %1 en la entrada estándar.</translation>
    </message>
    <message>
        <source>An intervention is open in Deepomatic</source>
        <translation>Hay una intervención abierta en Deepomatic</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <source>a file readable only by you (%1)</source>
        <translation>un archivo que solo usted puede leer (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 está dañado (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>No credential is stored.</source>
        <translation>No hay ninguna credencial guardada.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Exportar diagnóstico</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Archivos tar (*.tar)</translation>
    </message>
    <message>
        <source>About FieldConnect</source>
        <translation>Acerca de FieldConnect</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Exportar diagnóstico…</translation>
    </message>
    <message>
        <source>One archive of the logs, versions and settings for support, with every token, password and cookie removed.</source>
        <translation>Un archivo con los registros, versiones y ajustes para soporte, sin tokens, contraseñas ni cookies.</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnóstico guardado en %1.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1 (%2 files). Tokens, passwords and cookies were removed: you can send this file to support.</source>
        <translation>El diagnóstico se guardó en %1 (%2 archivos). Se eliminaron los tokens, contraseñas y cookies: puede enviar este archivo a soporte.</translation>
    </message>
    <message>
        <source>Diagnostics not saved.</source>
        <translation>Diagnóstico no guardado.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1</source>
        <translation>No se guardó el diagnóstico: %1</translation>
    </message>
    <message>
        <source>The log folder could not be opened; it is %1.</source>
        <translation>No se pudo abrir la carpeta de registros; es %1.</translation>
    </message>
    <message>
        <source>Exporting diagnostics to %1…</source>
        <translation>Exportando el diagnóstico a %1…</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a double quote is not closed</source>
        <translation>unas comillas dobles no están cerradas</translation>
    </message>
    <message>
        <source>a section header must be &quot;[name]&quot;</source>
        <translation>un encabezado de sección debe ser «[name]»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key=value&quot; line</source>
        <translation>«%1» no es una línea «key=value»</translation>
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
            <numerusform>El FieldConnect en ejecución no respondió en %n segundo.</numerusform>
            <numerusform>El FieldConnect en ejecución no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running FieldConnect closed the connection without an answer.</source>
        <translation>El FieldConnect en ejecución cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The running FieldConnect gave an answer that could not be read.</source>
        <translation>El FieldConnect en ejecución dio una respuesta que no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The message from the other FieldConnect process could not be read.</source>
        <translation>No se pudo leer el mensaje del otro proceso de FieldConnect.</translation>
    </message>
    <message>
        <source>Only a fieldconnect://callback/ URL can be handed to FieldConnect.</source>
        <translation>Solo se puede entregar a FieldConnect una URL fieldconnect://callback/.</translation>
    </message>
    <message>
        <source>FieldConnect is still starting; try again.</source>
        <translation>FieldConnect aún se está iniciando; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>InstanceServer</name>
    <message>
        <source>Another FieldConnect already answers on %1.</source>
        <translation>Otro FieldConnect ya responde en %1.</translation>
    </message>
</context>
<context>
    <name>InterventionController</name>
    <message numerus="yes">
        <source>Deepomatic cannot be reached (no answer within %n second(s)); it is asked again when the network is back.</source>
        <translation>
            <numerusform>No se puede acceder a Deepomatic (sin respuesta en %n segundo); se volverá a consultar cuando vuelva la red.</numerusform>
            <numerusform>No se puede acceder a Deepomatic (sin respuesta en %n segundos); se volverá a consultar cuando vuelva la red.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API token of %1 is not loaded yet; Deepomatic is asked as soon as it is.</source>
        <translation>El token de API de %1 aún no está cargado; se consultará a Deepomatic en cuanto lo esté.</translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Creada en Deepomatic.</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>No hay ninguna orden de trabajo seleccionada.</translation>
    </message>
    <message>
        <source>This intervention is closed.</source>
        <translation>Esta intervención está cerrada.</translation>
    </message>
    <message>
        <source>A work order with the reference %1 already exists.</source>
        <translation>Ya existe una orden de trabajo con la referencia %1.</translation>
    </message>
    <message>
        <source>Planned.</source>
        <translation>Planificada.</translation>
    </message>
    <message>
        <source>The work order %1 no longer exists.</source>
        <translation>La orden de trabajo %1 ya no existe.</translation>
    </message>
    <message>
        <source>Opened in Deepomatic.</source>
        <translation>Abierta en Deepomatic.</translation>
    </message>
    <message>
        <source>The callback belongs to a launch that is no longer current.</source>
        <translation>El retorno pertenece a un inicio que ya no es el actual.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 % progress.</source>
        <translation>Deepomatic indicó un progreso del %1 %.</translation>
    </message>
    <message>
        <source>Already created in Deepomatic.</source>
        <translation>Ya creada en Deepomatic.</translation>
    </message>
    <message>
        <source>Closed with unverified progress %1 % (site policy allows it).</source>
        <translation>Cerrada con un progreso no verificado del %1 % (la política del sitio lo permite).</translation>
    </message>
    <message>
        <source>Closed with verified progress %1 % (at least %2 % required).</source>
        <translation>Cerrada con un progreso verificado del %1 % (se requiere al menos %2 %).</translation>
    </message>
    <message>
        <source>This intervention is already closed.</source>
        <translation>Esta intervención ya está cerrada.</translation>
    </message>
    <message>
        <source>Closed by supervisor override: %1</source>
        <translation>Cerrada por autorización del supervisor: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>No hay ninguna credencial guardada.</translation>
    </message>
    <message>
        <source>The credential store refused access (%1). Unlock it and try again.</source>
        <translation>El almacén de credenciales denegó el acceso (%1). Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This computer has no credential store (%1).</source>
        <translation>Este equipo no tiene almacén de credenciales (%1).</translation>
    </message>
    <message>
        <source>The credential store failed: %1</source>
        <translation>Falló el almacén de credenciales: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Secret Service or KWallet</source>
        <translation>Secret Service o KWallet</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s. It may be locked.</source>
        <translation>El almacén de credenciales no respondió en %1 s. Puede que esté bloqueado.</translation>
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
        <translation>Buscar órdenes de trabajo, direcciones, técnicos…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Create in Deepomatic…</source>
        <translation>Crear en Deepomatic…</translation>
    </message>
    <message>
        <source>Create the selected work orders in Deepomatic, or every planned one when none is selected.</source>
        <translation>Crear en Deepomatic las órdenes de trabajo seleccionadas, o todas las planificadas si no hay ninguna seleccionada.</translation>
    </message>
    <message>
        <source>Offline. Your work is kept on this device and sent when the network is back.</source>
        <translation>Sin conexión. Su trabajo se conserva en este dispositivo y se envía cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menú</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Menú de la aplicación</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Perfiles de sitio y token de API</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Pantalla…</translation>
    </message>
    <message>
        <source>Theme, text size and language</source>
        <translation>Tema, tamaño del texto e idioma</translation>
    </message>
    <message>
        <source>Checking %1 in Deepomatic…</source>
        <translation>Comprobando %1 en Deepomatic…</translation>
    </message>
    <message>
        <source>Cancelled: a return from the browser for this launch is now refused.</source>
        <translation>Cancelado: ahora se rechaza un retorno desde el navegador para este inicio.</translation>
    </message>
    <message>
        <source>Deepomatic reported %1 %. Checking with the API…</source>
        <translation>Deepomatic indicó %1 %. Comprobando con la API…</translation>
    </message>
    <message>
        <source>A return from Deepomatic was ignored: %1</source>
        <translation>Se ignoró un retorno desde Deepomatic: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Falló la verificación: %1</translation>
    </message>
    <message>
        <source>&amp;Deepomatic</source>
        <translation>&amp;Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic…</source>
        <translation>Cerrar sesión en Deepomatic…</translation>
    </message>
    <message>
        <source>Signed out of Deepomatic. The next work order you open asks you to sign in.</source>
        <translation>Sesión de Deepomatic cerrada. La próxima orden de trabajo que abra le pedirá iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign-out incomplete: %1</source>
        <translation>Cierre de sesión incompleto: %1</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic</source>
        <translation>Cerrar sesión en Deepomatic</translation>
    </message>
    <message>
        <source>Sign out of Deepomatic on this device for %1?

The next work order you open will ask you to sign in again. The work orders and their progress in FieldConnect are kept.</source>
        <translation>¿Cerrar la sesión de Deepomatic en este dispositivo para %1?

La próxima orden de trabajo que abra le pedirá iniciar sesión de nuevo. Las órdenes de trabajo y su progreso en FieldConnect se conservan.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planificación</translation>
    </message>
    <message>
        <source>Import planning…</source>
        <translation>Importar planificación…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Actualizar el progreso</translation>
    </message>
    <message>
        <source>Verify the progress of the selected work orders (of every one created in Deepomatic when at most one is selected) with the API.</source>
        <translation>Verificar con la API el progreso de las órdenes de trabajo seleccionadas (de todas las creadas en Deepomatic si hay como máximo una seleccionada).</translation>
    </message>
    <message>
        <source>No work order created in Deepomatic to refresh.</source>
        <translation>No hay ninguna orden de trabajo creada en Deepomatic que actualizar.</translation>
    </message>
    <message>
        <source>Import planning</source>
        <translation>Importar planificación</translation>
    </message>
    <message>
        <source>Planning files (*.csv *.json);;CSV (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Archivos de planificación (*.csv *.json);;CSV (*.csv);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) imported from %1.</source>
        <translation>
            <numerusform>%n orden de trabajo importada de %1.</numerusform>
            <numerusform>%n órdenes de trabajo importadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; see the details.</source>
        <translation>
            <numerusform>%n fila omitida; vea los detalles.</numerusform>
            <numerusform>%n filas omitidas; vea los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning imported</source>
        <translation>Planificación importada</translation>
    </message>
    <message>
        <source>Planning not imported</source>
        <translation>Planificación no importada</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Work orders of %1</source>
        <translation>Órdenes de trabajo de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n dudosa</numerusform>
            <numerusform>%n dudosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting in the outbox to reach Deepomatic or the back office. Open the outbox to see them.</source>
        <translation>Solicitudes que esperan en la bandeja de salida para llegar a Deepomatic o al back-office. Abra la bandeja de salida para verlas.</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Cargando órdenes de trabajo…</translation>
    </message>
    <message>
        <source>Offline: the sandbox (%1) cannot be reached</source>
        <translation>Sin conexión: no se puede acceder al sandbox (%1)</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached</source>
        <translation>Sin conexión: no se puede acceder a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) shown</source>
        <translation>
            <numerusform>%n orden de trabajo mostrada</numerusform>
            <numerusform>%n órdenes de trabajo mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the sandbox (%1)</source>
        <translation>Conectado al sandbox (%1)</translation>
    </message>
    <message>
        <source>Connected to %1 (testing)</source>
        <translation>Conectado a %1 (pruebas)</translation>
    </message>
    <message>
        <source>Connected to %1 (production)</source>
        <translation>Conectado a %1 (producción)</translation>
    </message>
    <message>
        <source>Needs review: closed with unverified progress, which Deepomatic later contradicted.</source>
        <translation>Por revisar: cerrada con un progreso no verificado que Deepomatic contradijo después.</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent to Deepomatic or the back office.</source>
        <translation>Pendiente: esperando a enviarse a Deepomatic o al back-office.</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Autorización del supervisor</translation>
    </message>
    <message>
        <source>Close this intervention although it is blocked. The reason is kept in the audit trail (at least %1 characters):</source>
        <translation>Cerrar esta intervención aunque esté bloqueada. El motivo se conserva en el registro de auditoría (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>Intervention closed by supervisor override.</source>
        <translation>Intervención cerrada por autorización del supervisor.</translation>
    </message>
    <message>
        <source>Link to the work order in Deepomatic</source>
        <translation>Vincular con la orden de trabajo en Deepomatic</translation>
    </message>
    <message>
        <source>Find the work order named %1 in Deepomatic and enter its id (the last part of its address there). FieldConnect checks the name before linking.</source>
        <translation>Busque en Deepomatic la orden de trabajo llamada %1 e introduzca su id (la última parte de su dirección allí). FieldConnect comprueba el nombre antes de vincular.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Crear de nuevo</translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Create it again only if you checked that Deepomatic has no work order named %1: otherwise there will be two.</source>
        <translation>Puede que la primera creación de %1 haya llegado a Deepomatic. Créela de nuevo solo si ha comprobado que Deepomatic no tiene ninguna orden de trabajo llamada %1: de lo contrario habrá dos.</translation>
    </message>
    <message>
        <source>Sent again to Deepomatic.</source>
        <translation>Enviada de nuevo a Deepomatic.</translation>
    </message>
    <message>
        <source>Intervention closed.</source>
        <translation>Intervención cerrada.</translation>
    </message>
    <message>
        <source>Leave kiosk…</source>
        <translation>Salir del quiosco…</translation>
    </message>
    <message>
        <source>Kiosk mode left.</source>
        <translation>Se salió del modo quiosco.</translation>
    </message>
    <message>
        <source>Kiosk mode: FieldConnect stays open. A supervisor can leave it with ☰ Menu → Leave kiosk…</source>
        <translation>Modo quiosco: FieldConnect sigue abierto. Un supervisor puede salir con ☰ Menú → Salir del quiosco…</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Buscar órdenes de trabajo</translation>
    </message>
    <message>
        <source>Filters the list by name, address, technician or type as you type.</source>
        <translation>Filtra la lista por nombre, dirección, técnico o tipo mientras escribe.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Shows only the work orders with this status.</source>
        <translation>Muestra solo las órdenes de trabajo con este estado.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Escanear una etiqueta</translation>
    </message>
    <message>
        <source>Open a work order by scanning the QR code or barcode on the equipment</source>
        <translation>Abrir una orden de trabajo escaneando el código QR o el código de barras del equipo</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Press Enter to open the selected work order in Deepomatic, or to reach its actions.</source>
        <translation>Pulse Intro para abrir la orden de trabajo seleccionada en Deepomatic o para llegar a sus acciones.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No credential is stored.</source>
        <translation>No hay ninguna credencial guardada.</translation>
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
        <translation>No se puede poner en cola una solicitud para %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>No se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>Cannot queue requests</source>
        <translation>No se pueden poner en cola las solicitudes</translation>
    </message>
    <message>
        <source>Cannot mark request %1 as sent</source>
        <translation>No se puede marcar la solicitud %1 como enviada</translation>
    </message>
    <message>
        <source>Request %1 cannot go from in flight to %2.</source>
        <translation>La solicitud %1 no puede pasar de en curso a %2.</translation>
    </message>
    <message>
        <source>Cannot record the outcome of request %1</source>
        <translation>No se puede registrar el resultado de la solicitud %1</translation>
    </message>
    <message>
        <source>Request %1 is no longer in flight.</source>
        <translation>La solicitud %1 ya no está en curso.</translation>
    </message>
    <message>
        <source>Cannot resume request %1</source>
        <translation>No se puede reanudar la solicitud %1</translation>
    </message>
    <message>
        <source>Cannot reschedule request %1</source>
        <translation>No se puede reprogramar la solicitud %1</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent again now.</source>
        <translation>La solicitud %1 no se puede enviar de nuevo ahora.</translation>
    </message>
    <message>
        <source>Request %1 is not in doubt or failed.</source>
        <translation>La solicitud %1 no está dudosa ni fallida.</translation>
    </message>
    <message>
        <source>Cannot update request %1</source>
        <translation>No se puede actualizar la solicitud %1</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>La solicitud %1 cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Cannot cancel request %1</source>
        <translation>No se puede cancelar la solicitud %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelada antes de enviarse.</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>No se puede leer la bandeja de salida</translation>
    </message>
    <message>
        <source>Cannot discard request %1</source>
        <translation>No se puede descartar la solicitud %1</translation>
    </message>
    <message>
        <source>Discarded from the outbox (%1, %2): it will not be sent.</source>
        <translation>Descartada de la bandeja de salida (%1, %2): no se enviará.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Reintentar…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>%1, next attempt at %2</source>
        <translation>%1, próximo intento a las %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nothing is waiting: every request reached Deepomatic.</source>
        <translation>No hay nada en espera: todas las solicitudes llegaron a Deepomatic.</translation>
    </message>
    <message numerus="yes">
        <source>Requests not done yet: %n.</source>
        <translation>
            <numerusform>Solicitudes aún sin terminar: %n.</numerusform>
            <numerusform>Solicitudes aún sin terminar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you: %n (select one, then Retry or Discard).</source>
        <translation>
            <numerusform>Esperando su decisión: %n (seleccione una y luego Reintentar o Descartar).</numerusform>
            <numerusform>Esperando su decisión: %n (seleccione una y luego Reintentar o Descartar).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first creation of %1 may have reached Deepomatic. Sending it again can make a second work order with the same name. Send it again?</source>
        <translation>Puede que la primera creación de %1 haya llegado a Deepomatic. Enviarla de nuevo puede crear una segunda orden de trabajo con el mismo nombre. ¿Enviarla de nuevo?</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; for %2 again, as it is?</source>
        <translation>¿Enviar de nuevo «%1» para %2, tal como está?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1: sent again.</source>
        <translation>%1: enviada de nuevo.</translation>
    </message>
    <message>
        <source>FieldConnect will stop trying &quot;%1&quot; for %2. The work order stays here and the discard is kept in its history.</source>
        <translation>FieldConnect dejará de intentar «%1» para %2. La orden de trabajo se queda aquí y el descarte se conserva en su historial.</translation>
    </message>
    <message>
        <source>If the creation reached Deepomatic, that work order stays there; link it from the work order&apos;s pane.</source>
        <translation>Si la creación llegó a Deepomatic, esa orden de trabajo se queda allí; vincúlela desde el panel de la orden de trabajo.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1: discarded.</source>
        <translation>%1: descartada.</translation>
    </message>
    <message>
        <source>Requests in the outbox</source>
        <translation>Solicitudes en la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crear en Deepomatic</translation>
    </message>
    <message>
        <source>Verify the progress</source>
        <translation>Verificar el progreso</translation>
    </message>
    <message>
        <source>Send the closure report</source>
        <translation>Enviar el informe de cierre</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Dudosa</translation>
    </message>
</context>
<context>
    <name>OutboxRules</name>
    <message>
        <source>FieldConnect stopped while creating this work order, and this site cannot be searched by name: it may or may not exist in Deepomatic. Check in Deepomatic, then send it again or leave it.</source>
        <translation>FieldConnect se detuvo mientras creaba esta orden de trabajo, y en este sitio no se puede buscar por nombre: puede que exista o no en Deepomatic. Compruébelo en Deepomatic y luego envíela de nuevo o déjela.</translation>
    </message>
</context>
<context>
    <name>OutboxRunner</name>
    <message>
        <source>Creation in doubt: it may already exist in Deepomatic. Check there, then link it or create it again from its details.</source>
        <translation>Creación dudosa: puede que ya exista en Deepomatic. Compruébelo allí y luego vincúlela o créela de nuevo desde sus detalles.</translation>
    </message>
    <message>
        <source>Queued for creation in Deepomatic.</source>
        <translation>En cola para crearse en Deepomatic.</translation>
    </message>
    <message>
        <source>%1 has no creation in doubt or failed to send again.</source>
        <translation>%1 no tiene ninguna creación dudosa o fallida que enviar de nuevo.</translation>
    </message>
    <message>
        <source>Sent again: checked that it was not in Deepomatic.</source>
        <translation>Enviada de nuevo: se comprobó que no estaba en Deepomatic.</translation>
    </message>
    <message>
        <source>Sent again after it failed.</source>
        <translation>Enviada de nuevo tras fallar.</translation>
    </message>
    <message>
        <source>%1 sent again after it failed.</source>
        <translation>%1 enviada de nuevo tras fallar.</translation>
    </message>
    <message>
        <source>Request %1 is no longer in the outbox.</source>
        <translation>La solicitud %1 ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 is not a work order.</source>
        <translation>%1 no es una orden de trabajo.</translation>
    </message>
    <message>
        <source>%1 is already linked to the Deepomatic work order %2.</source>
        <translation>%1 ya está vinculada a la orden de trabajo de Deepomatic %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Deepomatic work order id: it is a UUID such as 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</source>
        <translation>«%1» no es un id de orden de trabajo de Deepomatic: es un UUID como 0d8a2f4e-5b1c-4f7a-9e3d-2c6b8a1f0e57.</translation>
    </message>
    <message>
        <source>%1 is being created in Deepomatic right now: wait for the outcome.</source>
        <translation>%1 se está creando en Deepomatic en este momento: espere el resultado.</translation>
    </message>
    <message>
        <source>Deepomatic has no work order %1.</source>
        <translation>Deepomatic no tiene ninguna orden de trabajo %1.</translation>
    </message>
    <message>
        <source>Cannot check the work order %1 in Deepomatic: %2</source>
        <translation>No se puede comprobar la orden de trabajo %1 en Deepomatic: %2</translation>
    </message>
    <message>
        <source>The Deepomatic work order %1 is named &quot;%2&quot;, not &quot;%3&quot;: not linked.</source>
        <translation>La orden de trabajo de Deepomatic %1 se llama «%2», no «%3»: no vinculada.</translation>
    </message>
    <message>
        <source>Linked to the work order found in Deepomatic (%1).</source>
        <translation>Vinculada a la orden de trabajo encontrada en Deepomatic (%1).</translation>
    </message>
    <message>
        <source>%1 is linked to the Deepomatic work order %2.</source>
        <translation>%1 está vinculada a la orden de trabajo de Deepomatic %2.</translation>
    </message>
    <message>
        <source>the create was interrupted and this site cannot be searched by name</source>
        <translation>la creación se interrumpió y en este sitio no se puede buscar por nombre</translation>
    </message>
    <message>
        <source>the create was interrupted and the site refused the look-up by name: %1</source>
        <translation>la creación se interrumpió y el sitio rechazó la búsqueda por nombre: %1</translation>
    </message>
    <message numerus="yes">
        <source>the create was interrupted and %n work order(s) with that name exist in Deepomatic</source>
        <translation>
            <numerusform>la creación se interrumpió y en Deepomatic existe %n orden de trabajo con ese nombre</numerusform>
            <numerusform>la creación se interrumpió y en Deepomatic existen %n órdenes de trabajo con ese nombre</numerusform>
        </translation>
    </message>
    <message>
        <source>Created in Deepomatic.</source>
        <translation>Creada en Deepomatic.</translation>
    </message>
    <message>
        <source>the work order %1 does not exist in Deepomatic</source>
        <translation>la orden de trabajo %1 no existe en Deepomatic</translation>
    </message>
    <message>
        <source>the API returned work order %1 instead of %2</source>
        <translation>la API devolvió la orden de trabajo %1 en lugar de %2</translation>
    </message>
    <message>
        <source>Closed with unverified progress; Deepomatic now reports %1 %, below the %2 % required. A supervisor must review this intervention.</source>
        <translation>Cerrada con un progreso no verificado; Deepomatic indica ahora %1 %, por debajo del %2 % requerido. Un supervisor debe revisar esta intervención.</translation>
    </message>
    <message>
        <source>The unverified closure is confirmed: Deepomatic reports %1 %.</source>
        <translation>Se confirma el cierre no verificado: Deepomatic indica %1 %.</translation>
    </message>
    <message>
        <source>no back-office URL is configured for closure reports</source>
        <translation>no hay ninguna URL de back-office configurada para los informes de cierre</translation>
    </message>
    <message>
        <source>Closure report sent to the back office.</source>
        <translation>Informe de cierre enviado al back-office.</translation>
    </message>
    <message>
        <source>The back office refused the closure report: %1</source>
        <translation>El back-office rechazó el informe de cierre: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeValidation</name>
    <message>
        <source>%1 is not an array.</source>
        <translation>%1 no es un array.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>%1.schema is missing or is not an object.</source>
        <translation>Falta %1.schema o no es un objeto.</translation>
    </message>
    <message>
        <source>%1.schema: %2</source>
        <translation>%1.schema: %2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 no es una cadena.</translation>
    </message>
    <message>
        <source>%1.%2 is not true or false.</source>
        <translation>%1.%2 no es true ni false.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is not one of %1.</source>
        <translation>«type» no es uno de %1.</translation>
    </message>
    <message>
        <source>&quot;enum&quot; is not an array.</source>
        <translation>«enum» no es un array.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative integer.</source>
        <translation>«%1» no es un entero no negativo.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is longer than %1 characters.</source>
        <translation>«pattern» tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; is not a regular expression (%1).</source>
        <translation>«pattern» no es una expresión regular (%1).</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is not understood.</source>
        <translation>no se entiende la palabra clave «%1».</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Photo not sent</source>
        <translation>Foto no enviada</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>The camera gave an empty photo.</source>
        <translation>La cámara dio una foto vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a photo FieldConnect can read (%2).</source>
        <translation>«%1» no es una foto que FieldConnect pueda leer (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>The folder “%1” for photos cannot be made.</source>
        <translation>No se puede crear la carpeta «%1» para las fotos.</translation>
    </message>
    <message>
        <source>The photo cannot be written to “%1”: %2</source>
        <translation>No se puede escribir la foto en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back to the work order</source>
        <translation>Volver a la orden de trabajo</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Whole photo</source>
        <translation>Foto completa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Only the thumbnail can be shown: %1</source>
        <translation>Solo se puede mostrar la miniatura: %1</translation>
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
        <translation>un PIN tiene de %1 a %2 dígitos</translation>
    </message>
    <message>
        <source>a PIN has digits only (0 to 9)</source>
        <translation>un PIN solo tiene dígitos (0 a 9)</translation>
    </message>
    <message>
        <source>not a PIN hash of the form %1$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (make one with fieldconnect --hash-pin)</source>
        <translation>no es un hash de PIN de la forma %1$&lt;iteraciones&gt;$&lt;sal&gt;$&lt;hash&gt; (cree uno con fieldconnect --hash-pin)</translation>
    </message>
    <message>
        <source>the iteration count &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>el número de iteraciones «%1» no es un número de %2 a %3</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <translation>la sal no es base64 de al menos %1 bytes</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <translation>el hash no es base64 de %1 bytes</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN de supervisor</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <source>⌫ Back</source>
        <translation>⌫ Atrás</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>No supervisor PIN is set in the deployment file, so kiosk mode cannot be left here. Ask your IT department (see [kiosk] pin_hash).</source>
        <translation>No hay ningún PIN de supervisor en el archivo de despliegue, así que no se puede salir del modo quiosco aquí. Pregunte a su departamento de informática (vea [kiosk] pin_hash).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before the keypad waits.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de que el teclado espere.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de que el teclado espere.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Puede volver a intentar el PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN too many times. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
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
        <translation>unas comillas (&quot;) dentro de un valor que no está entre comillas; ponga todo el valor entre comillas y duplique las comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote.</source>
        <translation>texto después de las comillas de cierre.</translation>
    </message>
    <message>
        <source>Field %1: a quoted value is never closed (the rest of the file was read into it).</source>
        <translation>Campo %1: un valor entre comillas nunca se cierra (el resto del archivo se leyó dentro de él).</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text, not %2.</source>
        <translation>«%1» debe ser una lista de textos, no %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text; it contains %2.</source>
        <translation>«%1» debe ser una lista de textos; contiene %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>«%1» debe ser texto, no %2.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object, not %1.</source>
        <translation>«metadata» debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <source>&quot;metadata.%1&quot; must be text, a number or a boolean, not %2.</source>
        <translation>«metadata.%1» debe ser texto, un número o un booleano, no %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Campo desconocido «%1»; los campos son: %2.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>Falta el campo obligatorio «%1» o está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>«%1» tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>Invalid name %1 (%2): %3</source>
        <translation>Nombre no válido %1 (%2): %3</translation>
    </message>
    <message>
        <source>the reference is the name when &quot;name&quot; is empty</source>
        <translation>la referencia es el nombre cuando «name» está vacío</translation>
    </message>
    <message>
        <source>Bad date %1 in &quot;planned_date&quot;: expected an ISO 8601 date yyyy-mm-dd, such as 2026-04-01.</source>
        <translation>Fecha incorrecta %1 en «planned_date»: se espera una fecha ISO 8601 aaaa-mm-dd, como 2026-04-01.</translation>
    </message>
    <message>
        <source>Bad e-mail address %1 in &quot;technician_email&quot;.</source>
        <translation>Dirección de correo electrónico incorrecta %1 en «technician_email».</translation>
    </message>
    <message>
        <source>Unknown work order type %1; this site&apos;s types are: %2.</source>
        <translation>Tipo de orden de trabajo desconocido %1; los tipos de este sitio son: %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: already used on line %2.</source>
        <translation>Referencia duplicada %1: ya se usa en la línea %2.</translation>
    </message>
    <message>
        <source>Duplicate reference %1: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Referencia duplicada %1: ya existe una orden de trabajo con esta referencia (nunca se sobrescribe).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La fila de encabezado está mal formada: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>The header has an empty name (%1).</source>
        <translation>El encabezado tiene un nombre vacío (%1).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (%2).</source>
        <translation>La columna «%1» aparece dos veces (%2).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (%2); the columns are: %3, and meta.&lt;key&gt; for metadata.</source>
        <translation>Columna desconocida «%1» (%2); las columnas son: %3, y meta.&lt;key&gt; para los metadatos.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>Falta la columna obligatoria «%1».</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>El archivo tiene más de %1 filas; divídalo.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La fila tiene %1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>The file has a header but no work orders.</source>
        <translation>El archivo tiene encabezado pero ninguna orden de trabajo.</translation>
    </message>
    <message>
        <source>The JSON is malformed at %1: %2.</source>
        <translation>El JSON está mal formado en %1: %2.</translation>
    </message>
    <message>
        <source>A JSON planning is an array of work orders, or an object {&quot;work_orders&quot;: [...]}.</source>
        <translation>Una planificación JSON es un array de órdenes de trabajo o un objeto {&quot;work_orders&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; at the top. %2</source>
        <translation>Clave desconocida «%1» en el nivel superior. %2</translation>
    </message>
    <message>
        <source>The file has no work orders.</source>
        <translation>El archivo no tiene órdenes de trabajo.</translation>
    </message>
    <message>
        <source>The file has more than %1 work orders; split it.</source>
        <translation>El archivo tiene más de %1 órdenes de trabajo; divídalo.</translation>
    </message>
    <message>
        <source>Work order %1 is %2, not an object.</source>
        <translation>La orden de trabajo %1 es %2, no un objeto.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a planning file may have at most %2.</source>
        <translation>El archivo tiene %1 bytes; un archivo de planificación puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad bytes on line %1); save it as UTF-8 (CSV UTF-8 in a spreadsheet).</source>
        <translation>El archivo no es texto UTF-8 (primeros bytes incorrectos en la línea %1); guárdelo como UTF-8 («CSV UTF-8» en una hoja de cálculo).</translation>
    </message>
</context>
<context>
    <name>PlanningImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a planning file may have at most %3.</source>
        <translation>%1 tiene %2 bytes; un archivo de planificación puede tener como máximo %3.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as a planning.</source>
        <translation>No se importó nada: el archivo no se puede leer como una planificación.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, and the import is all or nothing.</source>
        <translation>
            <numerusform>No se importó nada: %n fila tiene problemas, y la importación es todo o nada.</numerusform>
            <numerusform>No se importó nada: %n filas tienen problemas, y la importación es todo o nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row is good.</source>
        <translation>No se importó nada: ninguna fila es correcta.</translation>
    </message>
    <message>
        <source>Imported from the planning file %1, line %2.</source>
        <translation>Importado del archivo de planificación %1, línea %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Duplicate reference &quot;%1&quot;: a work order with this reference already exists (it is never overwritten).</source>
        <translation>Referencia duplicada «%1»: ya existe una orden de trabajo con esta referencia (nunca se sobrescribe).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n reference(s) already exist, and the import is all or nothing.</source>
        <translation>
            <numerusform>No se importó nada: %n referencia ya existe, y la importación es todo o nada.</numerusform>
            <numerusform>No se importó nada: %n referencias ya existen, y la importación es todo o nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningImportDialog</name>
    <message>
        <source>Import planning: %1</source>
        <translation>Importar planificación: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este archivo no se puede importar:</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) read, all good.</source>
        <translation>
            <numerusform>%n orden de trabajo leída, correcta.</numerusform>
            <numerusform>%n órdenes de trabajo leídas, todas correctas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 work order(s) read: %2 good, %3 with problems (listed below with their line).</source>
        <translation>%1 órdenes de trabajo leídas: %2 correctas, %3 con problemas (indicadas abajo con su línea).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>Todo o nada: importar solo si todas las filas son correctas</translation>
    </message>
    <message>
        <source>Import the good rows, skip the others</source>
        <translation>Importar las filas correctas y omitir las demás</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Correct the file and import it again.</source>
        <translation>Corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>No row is good: correct the file and import it again.</source>
        <translation>Ninguna fila es correcta: corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Some rows have problems: with all or nothing, nothing would be imported.</source>
        <translation>Algunas filas tienen problemas: con todo o nada, no se importaría nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported; the rows listed above are skipped.</source>
        <translation>
            <numerusform>Se importará %n orden de trabajo; las filas indicadas arriba se omiten.</numerusform>
            <numerusform>Se importarán %n órdenes de trabajo; las filas indicadas arriba se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %n orden de trabajo.</numerusform>
            <numerusform>Se importarán %n órdenes de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the planning file</source>
        <translation>Problemas en el archivo de planificación</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>There is no site profile &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de sitio «%1».</translation>
    </message>
    <message>
        <source>The profile in use is set by your organisation (%1).</source>
        <translation>El perfil en uso lo fija su organización (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be changed here.</source>
        <translation>«%1» procede de la configuración de despliegue o del sandbox y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; must be lower-case letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>El id de perfil «%1» debe estar formado por minúsculas, dígitos, «-» o «_».</translation>
    </message>
    <message>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil con el id «%1».</translation>
    </message>
    <message>
        <source>A user profile is for testing or production, not the sandbox.</source>
        <translation>Un perfil de usuario es para pruebas o producción, no para el sandbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the deployment configuration or the sandbox and cannot be removed here.</source>
        <translation>«%1» procede de la configuración de despliegue o del sandbox y no se puede eliminar aquí.</translation>
    </message>
</context>
<context>
    <name>ProgressBarDelegate</name>
    <message>
        <source>no progress yet</source>
        <translation>aún sin progreso</translation>
    </message>
    <message>
        <source>%1 % ✓</source>
        <translation>%1 % ✓</translation>
    </message>
    <message>
        <source>%1 % (unverified)</source>
        <translation>%1 % (no verificado)</translation>
    </message>
</context>
<context>
    <name>ProgressRefreshPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Refreshing progress: %1 of %2</source>
        <translation>Actualizando el progreso: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Progress refresh cancelled: %n verified.</source>
        <translation>
            <numerusform>Actualización del progreso cancelada: %n verificada.</numerusform>
            <numerusform>Actualización del progreso cancelada: %n verificadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress refreshed: %n verified.</source>
        <translation>
            <numerusform>Progreso actualizado: %n verificada.</numerusform>
            <numerusform>Progreso actualizado: %n verificadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be verified.</source>
        <translation>
            <numerusform>%n no se pudo verificar.</numerusform>
            <numerusform>%n no se pudieron verificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress refresh</source>
        <translation>Actualización del progreso</translation>
    </message>
    <message>
        <source>Cancel the progress refresh</source>
        <translation>Cancelar la actualización del progreso</translation>
    </message>
</context>
<context>
    <name>RemoteWorkOrder</name>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>La respuesta no tiene array «results».</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or is not a UUID.</source>
        <translation>Falta el campo «id» o no es un UUID.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is missing or is not a string.</source>
        <translation>Falta el campo «name» o no es una cadena.</translation>
    </message>
    <message>
        <source>The field &quot;progress_score&quot; is not an integer from 0 to 100.</source>
        <translation>El campo «progress_score» no es un entero de 0 a 100.</translation>
    </message>
    <message>
        <source>The field &quot;task_groups&quot; is not an array.</source>
        <translation>El campo «task_groups» no es un array.</translation>
    </message>
    <message>
        <source>The field &quot;inputs&quot; is not an array.</source>
        <translation>El campo «inputs» no es un array.</translation>
    </message>
    <message>
        <source>results[%1] is not an object.</source>
        <translation>results[%1] no es un objeto.</translation>
    </message>
    <message>
        <source>results[%1]: %2</source>
        <translation>results[%1]: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1.tasks is not an array.</source>
        <translation>%1.tasks no es un array.</translation>
    </message>
    <message>
        <source>%1 Its values are shown without a verdict.</source>
        <translation>%1 Sus valores se muestran sin veredicto.</translation>
    </message>
    <message>
        <source>%1.state is neither null nor an object.</source>
        <translation>%1.state no es null ni un objeto.</translation>
    </message>
    <message>
        <source>%1 has no id.</source>
        <translation>%1 no tiene id.</translation>
    </message>
    <message>
        <source>%1.task_group_name is missing or is not a string.</source>
        <translation>Falta %1.task_group_name o no es una cadena.</translation>
    </message>
    <message>
        <source>%1.conformity_messages is not an array.</source>
        <translation>%1.conformity_messages no es un array.</translation>
    </message>
    <message>
        <source>%1.%2 is not a size in pixels.</source>
        <translation>%1.%2 no es un tamaño en píxeles.</translation>
    </message>
    <message>
        <source>%1.media_type is not a string.</source>
        <translation>%1.media_type no es una cadena.</translation>
    </message>
    <message>
        <source>%1.image_url is not a URL.</source>
        <translation>%1.image_url no es una URL.</translation>
    </message>
</context>
<context>
    <name>RenderingGuard</name>
    <message>
        <source>FieldConnect stopped unexpectedly while showing a Deepomatic page. The page now uses software rendering, which avoids graphics driver problems. Start with --enable-gpu to try the graphics card again.</source>
        <translation>FieldConnect se detuvo inesperadamente mientras mostraba una página de Deepomatic. La página usa ahora el renderizado por software, que evita los problemas del controlador gráfico. Inicie con --enable-gpu para volver a probar la tarjeta gráfica.</translation>
    </message>
    <message>
        <source>The Deepomatic page uses software rendering (--disable-gpu).</source>
        <translation>La página de Deepomatic usa el renderizado por software (--disable-gpu).</translation>
    </message>
</context>
<context>
    <name>ScanResolver</name>
    <message>
        <source>The code read holds no text.</source>
        <translation>El código leído no contiene texto.</translation>
    </message>
    <message>
        <source>The code “%1” matches several work orders (%2): search for the one you want in the list.</source>
        <translation>El código «%1» coincide con varias órdenes de trabajo (%2): busque la que quiere en la lista.</translation>
    </message>
    <message>
        <source>No work order matches the code “%1”. Check that it is the label of a work order of this site, or search the list.</source>
        <translation>Ninguna orden de trabajo coincide con el código «%1». Compruebe que es la etiqueta de una orden de trabajo de este sitio, o busque en la lista.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s deployment file: read-only here.</source>
        <translation>Fijado por el archivo de despliegue de su organización: aquí es de solo lectura.</translation>
    </message>
    <message>
        <source>The built-in sandbox: read-only.</source>
        <translation>El sandbox integrado: solo lectura.</translation>
    </message>
    <message>
        <source>Your own profile, kept in your settings (never the token).</source>
        <translation>Su propio perfil, guardado en sus ajustes (nunca el token).</translation>
    </message>
    <message>
        <source>Site profiles and API token</source>
        <translation>Perfiles de sitio y token de API</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Fijado por su organización</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>for example: ACME fibre (testing)</source>
        <translation>por ejemplo: ACME fibra (pruebas)</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Id de perfil</translation>
    </message>
    <message>
        <source>for example: acme-testing</source>
        <translation>por ejemplo: acme-testing</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <source>Site id (UUID)</source>
        <translation>Id del sitio (UUID)</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>por ejemplo: %1</translation>
    </message>
    <message>
        <source>Organisation slug</source>
        <translation>Slug de la organización</translation>
    </message>
    <message>
        <source>Studio URL</source>
        <translation>URL del estudio</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>derived from the region and site id</source>
        <translation>derivada de la región y del id del sitio</translation>
    </message>
    <message>
        <source>Closing an intervention</source>
        <translation>Cierre de una intervención</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Umbral (%)</translation>
    </message>
    <message>
        <source>Thresholds per work order type</source>
        <translation>Umbrales por tipo de orden de trabajo</translation>
    </message>
    <message>
        <source>for example: installation=80, maintenance=60</source>
        <translation>por ejemplo: installation=80, maintenance=60</translation>
    </message>
    <message>
        <source>When Deepomatic cannot be reached</source>
        <translation>Cuando no se puede acceder a Deepomatic</translation>
    </message>
    <message>
        <source>Block until the progress is verified</source>
        <translation>Bloquear hasta que se verifique el progreso</translation>
    </message>
    <message>
        <source>Allow an unverified progress (recorded as such)</source>
        <translation>Permitir un progreso no verificado (registrado como tal)</translation>
    </message>
    <message>
        <source>May close a work order never opened on this device</source>
        <translation>Puede cerrar una orden de trabajo que nunca se abrió en este dispositivo</translation>
    </message>
    <message>
        <source>A supervisor may close a blocked intervention, with a reason</source>
        <translation>Un supervisor puede cerrar una intervención bloqueada, con un motivo</translation>
    </message>
    <message>
        <source>Connector and callback</source>
        <translation>Conector y retorno</translation>
    </message>
    <message>
        <source>Connector opens</source>
        <translation>El conector se abre</translation>
    </message>
    <message>
        <source>Inside FieldConnect</source>
        <translation>Dentro de FieldConnect</translation>
    </message>
    <message>
        <source>In the system browser</source>
        <translation>En el navegador del sistema</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>fieldconnect:// address</source>
        <translation>Dirección fieldconnect://</translation>
    </message>
    <message>
        <source>https:// address of the site</source>
        <translation>Dirección https:// del sitio</translation>
    </message>
    <message>
        <source>Callback https prefix</source>
        <translation>Prefijo https del retorno</translation>
    </message>
    <message>
        <source>Pass the progress in the URL fragment</source>
        <translation>Pasar el progreso en el fragmento de la URL</translation>
    </message>
    <message>
        <source>Private browsing: never keep the Deepomatic sign-in</source>
        <translation>Navegación privada: no guardar nunca la sesión de Deepomatic</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Sign-in hosts</source>
        <translation>Hosts de inicio de sesión</translation>
    </message>
    <message>
        <source>for example: login.example.com, sso.example.com</source>
        <translation>por ejemplo: login.example.com, sso.example.com</translation>
    </message>
    <message>
        <source>Photo hosts</source>
        <translation>Hosts de fotos</translation>
    </message>
    <message>
        <source>for example: storage.example.com</source>
        <translation>por ejemplo: storage.example.com</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Enlaces a otros sitios</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Opened in the system browser</source>
        <translation>Abiertos en el navegador del sistema</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Cámara y micrófono</translation>
    </message>
    <message>
        <source>Allowed for the sign-in and studio hosts</source>
        <translation>Permitidos para los hosts de inicio de sesión y del estudio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Allow downloads from the page</source>
        <translation>Permitir descargas desde la página</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>The site can find a work order by name (resolves uncertain creations)</source>
        <translation>El sitio puede buscar una orden de trabajo por nombre (resuelve las creaciones dudosas)</translation>
    </message>
    <message>
        <source>Closure report URL</source>
        <translation>URL del informe de cierre</translation>
    </message>
    <message>
        <source>none: no report is sent</source>
        <translation>ninguna: no se envía ningún informe</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificado fijado</translation>
    </message>
    <message>
        <source>for example: host.example.com followed by its SHA-256 fingerprint</source>
        <translation>por ejemplo: host.example.com seguido de su huella SHA-256</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Deepomatic API token</source>
        <translation>Token de API de Deepomatic</translation>
    </message>
    <message>
        <source>Tokens are kept in %1.</source>
        <translation>Los tokens se guardan en %1.</translation>
    </message>
    <message>
        <source>Paste a new token to set it; the stored one is never shown</source>
        <translation>Pegue un token nuevo para establecerlo; el guardado nunca se muestra</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Guardar token</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Eliminar token</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en uso)</translation>
    </message>
    <message>
        <source>Set by your organisation in %1; it cannot be changed here.</source>
        <translation>Fijado por su organización en %1; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Set by your organisation: the profile in use cannot be changed (%1).</source>
        <translation>Fijado por su organización: el perfil en uso no se puede cambiar (%1).</translation>
    </message>
    <message>
        <source>A new profile of your own.</source>
        <translation>Un perfil nuevo propio.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Guarde primero el perfil.</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Pegue primero el token.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Token saved in %1.</source>
        <translation>Token guardado en %1.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>%1
The token is kept in memory for this session only.</source>
        <translation>%1
El token se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token eliminado.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se pudo eliminar el token: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>No token is stored for %1: paste one above.</source>
        <translation>No hay ningún token guardado para %1: pegue uno arriba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;work order type&gt;=&lt;threshold&gt;</source>
        <translation>«%1» no es &lt;tipo de orden de trabajo&gt;=&lt;umbral&gt;</translation>
    </message>
    <message>
        <source>Longest photo side (pixels)</source>
        <translation>Lado más largo de la foto (píxeles)</translation>
    </message>
    <message>
        <source>Site profiles</source>
        <translation>Perfiles de sitio</translation>
    </message>
    <message>
        <source>Metadata field on the labels (Scan)</source>
        <translation>Campo de metadatos de las etiquetas (Escanear)</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>site_id is missing or is not a UUID.</source>
        <translation>Falta site_id o no es un UUID.</translation>
    </message>
    <message>
        <source>org_slug &quot;%1&quot; is not a slug (lower-case letters, digits, &quot;-&quot; or &quot;_&quot;).</source>
        <translation>org_slug «%1» no es un slug (minúsculas, dígitos, «-» o «_»).</translation>
    </message>
    <message>
        <source>The studio URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>La URL del estudio «%1» debe ser https (http simple solo en loopback).</translation>
    </message>
    <message>
        <source>The API URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>La URL de la API «%1» debe ser https (http simple solo en loopback).</translation>
    </message>
    <message>
        <source>The threshold %1 is outside 0–100.</source>
        <translation>El umbral %1 está fuera de 0–100.</translation>
    </message>
    <message>
        <source>%1 requests in flight is outside %2–%3.</source>
        <translation>%1 solicitudes en curso está fuera de %2–%3.</translation>
    </message>
    <message>
        <source>The https callback prefix &quot;%1&quot; must be an https URL with a host.</source>
        <translation>El prefijo https de retorno «%1» debe ser una URL https con host.</translation>
    </message>
    <message>
        <source>connector_mode &quot;external&quot; needs callback_mode &quot;scheme&quot;: the browser can only give a fieldconnect:// callback back to the app.</source>
        <translation>connector_mode «external» necesita callback_mode «scheme»: el navegador solo puede devolver a la aplicación un retorno fieldconnect://.</translation>
    </message>
    <message>
        <source>The closure report URL &quot;%1&quot; must be https (plain http only on loopback).</source>
        <translation>La URL del informe de cierre «%1» debe ser https (http simple solo en loopback).</translation>
    </message>
    <message>
        <source>The navigation allow-list entry &quot;%1&quot; is not a host name.</source>
        <translation>La entrada «%1» de la lista de navegación permitida no es un nombre de host.</translation>
    </message>
    <message>
        <source>A photo side of %1 pixels is outside %2–%3.</source>
        <translation>Un lado de foto de %1 píxeles está fuera de %2–%3.</translation>
    </message>
    <message>
        <source>scan_key &quot;%1&quot; is not a metadata field name (letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, at most 64).</source>
        <translation>scan_key «%1» no es un nombre de campo de metadatos (letras, dígitos, «_», «-» o «.», como máximo 64).</translation>
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
        <translation>ajuste desconocido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 or %3</source>
        <translation>«%1» no es %2 ni %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL (plain http only on loopback)</source>
        <translation>«%1» no es una URL https (http simple solo en loopback)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from %2 to %3</source>
        <translation>«%1» no es un entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>«%1» no es un UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug</source>
        <translation>«%1» no es un slug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>«%1» no es un nombre de host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer from 0 to 100 for a named work order type</source>
        <translation>«%1» no es un entero de 0 a 100 para un tipo de orden de trabajo con nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;host&gt; &lt;SHA-256 fingerprint&gt;&quot;</source>
        <translation>«%1» no es «&lt;host&gt; &lt;huella SHA-256&gt;»</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1: [%2] %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field name</source>
        <translation>«%1» no es un nombre de campo de metadatos</translation>
    </message>
</context>
<context>
    <name>TaskCorrection</name>
    <message>
        <source>The field &quot;id&quot; is missing or is not a task id.</source>
        <translation>Falta el campo «id» o no es un id de tarea.</translation>
    </message>
    <message>
        <source>The field &quot;state&quot; is missing or is not an object.</source>
        <translation>Falta el campo «state» o no es un objeto.</translation>
    </message>
    <message>
        <source>The field &quot;state.corrected_value&quot; is missing.</source>
        <translation>Falta el campo «state.corrected_value».</translation>
    </message>
    <message>
        <source>The field &quot;state.message&quot; is not a string.</source>
        <translation>El campo «state.message» no es una cadena.</translation>
    </message>
</context>
<context>
    <name>TaskOutcome</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>No analizado</translation>
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
        <translation>No OK</translation>
    </message>
    <message>
        <source>Not OK: %1</source>
        <translation>No OK: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corregido: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Deepomatic API token</source>
        <translation>Token de API de Deepomatic</translation>
    </message>
    <message>
        <source>API token for %1 (%2):</source>
        <translation>Token de API para %1 (%2):</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>guardado en %1</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>Sin almacén de credenciales</translation>
    </message>
    <message>
        <source>%1

The API token will be asked at each start and kept in memory only.</source>
        <translation>%1

El token de API se pedirá en cada inicio y se guardará solo en memoria.</translation>
    </message>
</context>
<context>
    <name>WebProfiles</name>
    <message>
        <source>The studio address of this site is not valid; its web storage was not cleared.</source>
        <translation>La dirección del estudio de este sitio no es válida; no se borró su almacenamiento web.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be cleared in time.</source>
        <translation>No se pudo borrar a tiempo el almacenamiento web de Deepomatic.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage could not be opened to clear it.</source>
        <translation>No se pudo abrir el almacenamiento web de Deepomatic para borrarlo.</translation>
    </message>
    <message>
        <source>The Deepomatic web storage was not cleared (%1).</source>
        <translation>No se borró el almacenamiento web de Deepomatic (%1).</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailsPane</name>
    <message>
        <source>Select a work order in the list.</source>
        <translation>Seleccione una orden de trabajo en la lista.</translation>
    </message>
    <message>
        <source>Create in Deepomatic</source>
        <translation>Crear en Deepomatic</translation>
    </message>
    <message>
        <source>Open in Deepomatic</source>
        <translation>Abrir en Deepomatic</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Actualizar el progreso</translation>
    </message>
    <message>
        <source>Preview in Deepomatic</source>
        <translation>Vista previa en Deepomatic</translation>
    </message>
    <message>
        <source>Look at the Deepomatic page read-only: nothing done there changes this work order.</source>
        <translation>Ver la página de Deepomatic en solo lectura: nada de lo que se haga allí cambia esta orden de trabajo.</translation>
    </message>
    <message>
        <source>Close intervention</source>
        <translation>Cerrar la intervención</translation>
    </message>
    <message>
        <source>Link to the existing one…</source>
        <translation>Vincular con la existente…</translation>
    </message>
    <message>
        <source>This work order may already be in Deepomatic: enter its id from there, so that it is not created twice.</source>
        <translation>Puede que esta orden de trabajo ya esté en Deepomatic: introduzca su id de allí para que no se cree dos veces.</translation>
    </message>
    <message>
        <source>Create again…</source>
        <translation>Crear de nuevo…</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>Autorización del supervisor…</translation>
    </message>
    <message>
        <source>Photos and results</source>
        <translation>Fotos y resultados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Deepomatic id</source>
        <translation>Id de Deepomatic</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>aún no creada</translation>
    </message>
    <message>
        <source>Reported by Deepomatic&apos;s callback on %1, not verified yet.</source>
        <translation>Indicado por el retorno de Deepomatic el %1, aún no verificado.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1 by a progress refresh; this work order was not opened on this device.</source>
        <translation>Verificado con Deepomatic el %1 por una actualización del progreso; esta orden de trabajo no se abrió en este dispositivo.</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1, after the intervention on this device.</source>
        <translation>Verificado con Deepomatic el %1, tras la intervención en este dispositivo.</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>aún sin progreso</translation>
    </message>
    <message>
        <source>Reopen in Deepomatic</source>
        <translation>Volver a abrir en Deepomatic</translation>
    </message>
    <message>
        <source>Close intervention (unverified)</source>
        <translation>Cerrar la intervención (no verificada)</translation>
    </message>
    <message>
        <source>Creation in doubt: it was sent, but no answer came back. Look for it in Deepomatic, then link it, or create it again if it is not there.</source>
        <translation>Creación dudosa: se envió, pero no llegó ninguna respuesta. Búsquela en Deepomatic y luego vincúlela, o créela de nuevo si no está.</translation>
    </message>
    <message>
        <source>This work order may already exist in Deepomatic: settle its creation before the intervention.</source>
        <translation>Puede que esta orden de trabajo ya exista en Deepomatic: resuelva su creación antes de la intervención.</translation>
    </message>
    <message>
        <source>Creation failed: %1</source>
        <translation>Falló la creación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deepomatic has %n work order(s) with this name. Link the one this creation made:</source>
        <translation>
            <numerusform>Deepomatic tiene %n orden de trabajo con este nombre. Vincule la que creó esta creación:</numerusform>
            <numerusform>Deepomatic tiene %n órdenes de trabajo con este nombre. Vincule la que creó esta creación:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · progress %2 %</source>
        <translation>Creada %1 · progreso %2 %</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>en una fecha desconocida</translation>
    </message>
    <message>
        <source>Link to this one</source>
        <translation>Vincular con esta</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>a una hora desconocida</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic on %2</source>
        <translation>%1 %, verificado con Deepomatic el %2</translation>
    </message>
    <message>
        <source>%1 %, reported by the page on %2, not verified</source>
        <translation>%1 %, informado por la página el %2, sin verificar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>History of this work order</source>
        <translation>Historial de esta orden de trabajo</translation>
    </message>
    <message>
        <source>Whether the intervention can be closed, and why</source>
        <translation>Si la intervención se puede cerrar, y por qué</translation>
    </message>
</context>
<context>
    <name>WorkOrderEvent</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Waiting to be created in Deepomatic</source>
        <translation>Esperando a crearse en Deepomatic</translation>
    </message>
    <message>
        <source>Creation sent again</source>
        <translation>Creación enviada de nuevo</translation>
    </message>
    <message>
        <source>Created in Deepomatic</source>
        <translation>Creada en Deepomatic</translation>
    </message>
    <message>
        <source>Linked to a work order in Deepomatic</source>
        <translation>Vinculada a una orden de trabajo en Deepomatic</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Falló la creación</translation>
    </message>
    <message>
        <source>Creation in doubt</source>
        <translation>Creación dudosa</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Solicitud cancelada</translation>
    </message>
    <message>
        <source>Request sent again</source>
        <translation>Solicitud enviada de nuevo</translation>
    </message>
    <message>
        <source>Request discarded</source>
        <translation>Solicitud descartada</translation>
    </message>
    <message>
        <source>Opened in Deepomatic</source>
        <translation>Abierta en Deepomatic</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Retorno recibido</translation>
    </message>
    <message>
        <source>Callback rejected</source>
        <translation>Retorno rechazado</translation>
    </message>
    <message>
        <source>Progress verified</source>
        <translation>Progreso verificado</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Falló la verificación</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Closure verified</source>
        <translation>Cierre verificado</translation>
    </message>
    <message>
        <source>Closure report sent</source>
        <translation>Informe de cierre enviado</translation>
    </message>
    <message>
        <source>Closure report refused</source>
        <translation>Informe de cierre rechazado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Closed by supervisor override</source>
        <translation>Cerrada por autorización del supervisor</translation>
    </message>
</context>
<context>
    <name>WorkOrderResultsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Photos and results appear here once the work order exists in Deepomatic.</source>
        <translation>Las fotos y los resultados aparecen aquí cuando la orden de trabajo existe en Deepomatic.</translation>
    </message>
    <message>
        <source>Loading the results from Deepomatic…</source>
        <translation>Cargando los resultados de Deepomatic…</translation>
    </message>
    <message>
        <source>Could not load the results: %1</source>
        <translation>No se pudieron cargar los resultados: %1</translation>
    </message>
    <message>
        <source>Last known results from %1; the site cannot be reached.</source>
        <translation>Últimos resultados conocidos del %1; no se puede acceder al sitio.</translation>
    </message>
    <message>
        <source>Last known results from %1; they could not be refreshed: %2</source>
        <translation>Últimos resultados conocidos del %1; no se pudieron actualizar: %2</translation>
    </message>
    <message>
        <source>Deepomatic progress: %1 %</source>
        <translation>Progreso en Deepomatic: %1 %</translation>
    </message>
    <message>
        <source>last analysis %1</source>
        <translation>último análisis %1</translation>
    </message>
    <message>
        <source>no photo analysed yet</source>
        <translation>aún no se ha analizado ninguna foto</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revisado %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PDF sent on %1</source>
        <translation>PDF enviado el %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Photo unavailable</source>
        <translation>Foto no disponible</translation>
    </message>
    <message>
        <source>Opens the photo on the whole screen</source>
        <translation>Abre la foto a pantalla completa</translation>
    </message>
    <message>
        <source>Refresh photos and results</source>
        <translation>Actualizar fotos y resultados</translation>
    </message>
</context>
<context>
    <name>WorkOrderScanner</name>
    <message>
        <source>Choose an image of the label</source>
        <translation>Elegir una imagen de la etiqueta</translation>
    </message>
    <message>
        <source>No work order found</source>
        <translation>No se encontró ninguna orden de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkOrderStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Lista para cerrar</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Closed (override)</source>
        <translation>Cerrada (autorización)</translation>
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
        <translation>No se puede abrir la base de datos de órdenes de trabajo</translation>
    </message>
    <message>
        <source>Cannot configure the work order database</source>
        <translation>No se puede configurar la base de datos de órdenes de trabajo</translation>
    </message>
    <message>
        <source>Cannot read the database version</source>
        <translation>No se puede leer la versión de la base de datos</translation>
    </message>
    <message>
        <source>The database was written by a newer FieldConnect</source>
        <translation>La base de datos la escribió un FieldConnect más reciente</translation>
    </message>
    <message>
        <source>schema version %1, this version knows up to %2</source>
        <translation>versión de esquema %1, esta versión conoce hasta la %2</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>No se puede iniciar una migración</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Falló la migración a la versión %1</translation>
    </message>
    <message>
        <source>Cannot read work orders</source>
        <translation>No se pueden leer las órdenes de trabajo</translation>
    </message>
    <message>
        <source>Cannot save work order %1</source>
        <translation>No se puede guardar la orden de trabajo %1</translation>
    </message>
    <message>
        <source>Cannot record an event for %1</source>
        <translation>No se puede registrar un evento para %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>No se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>Cannot save work orders</source>
        <translation>No se pueden guardar las órdenes de trabajo</translation>
    </message>
    <message>
        <source>Cannot keep the results of %1</source>
        <translation>No se pueden conservar los resultados de %1</translation>
    </message>
    <message>
        <source>Cannot read the results of %1</source>
        <translation>No se pueden leer los resultados de %1</translation>
    </message>
    <message>
        <source>Cannot read events</source>
        <translation>No se pueden leer los eventos</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · needs review</source>
        <translation>%1 · por revisar</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · pendiente</translation>
    </message>
    <message>
        <source>%1 %, verified with Deepomatic</source>
        <translation>%1 %, verificado con Deepomatic</translation>
    </message>
    <message>
        <source>%1 %, reported by the callback, not verified</source>
        <translation>%1 %, indicado por el retorno, no verificado</translation>
    </message>
    <message>
        <source>Verified with Deepomatic on %1</source>
        <translation>Verificado con Deepomatic el %1</translation>
    </message>
    <message>
        <source>The progress has not been verified with Deepomatic.</source>
        <translation>El progreso no se ha verificado con Deepomatic.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>No progress yet</source>
        <translation>Sin progreso todavía</translation>
    </message>
    <message>
        <source>Progress %1 percent, verified</source>
        <translation>Progreso %1 por ciento, verificado</translation>
    </message>
    <message>
        <source>Progress %1 percent, not verified</source>
        <translation>Progreso %1 por ciento, sin verificar</translation>
    </message>
</context>
</TS>
