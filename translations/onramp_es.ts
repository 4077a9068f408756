<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessKeysPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; works at once, no stack to create.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; a long-lived secret that must be rotated by hand — Onramp keeps it only in the system keychain.</source>
        <translation>&lt;b&gt;Ventaja:&lt;/b&gt; funciona al instante, sin ninguna pila que crear.&lt;br&gt;&lt;b&gt;Inconveniente:&lt;/b&gt; un secreto de larga duración que hay que rotar a mano; Onramp lo guarda únicamente en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de clave de acceso:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>Clave de acceso &amp;secreta:</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Región principal</translation>
    </message>
    <message>
        <source>Home re&amp;gion:</source>
        <translation>Región &amp;principal:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Connect with these access keys</source>
        <translation>Conectar con estas claves de acceso</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>20 characters starting with AKIA (or ASIA for temporary keys).</source>
        <translation>20 caracteres que empiezan por AKIA (o ASIA en las claves temporales).</translation>
    </message>
    <message>
        <source>✓ Looks like an access key ID</source>
        <translation>✓ Parece un ID de clave de acceso</translation>
    </message>
    <message>
        <source>Access key IDs start with AKIA or ASIA.</source>
        <translation>Los ID de clave de acceso empiezan por AKIA o ASIA.</translation>
    </message>
    <message>
        <source>Access key IDs are 20 characters long (this one has %1).</source>
        <translation>Los ID de clave de acceso tienen 20 caracteres (este tiene %1).</translation>
    </message>
    <message>
        <source>Access key IDs hold only capital letters and digits.</source>
        <translation>Los ID de clave de acceso solo contienen letras mayúsculas y dígitos.</translation>
    </message>
    <message>
        <source>40 characters; shown only once, when the key was created.</source>
        <translation>40 caracteres; se muestra una sola vez, al crear la clave.</translation>
    </message>
    <message>
        <source>✓ 40 characters</source>
        <translation>✓ 40 caracteres</translation>
    </message>
    <message>
        <source>Secret access keys are 40 characters long (this one has %1).</source>
        <translation>Las claves de acceso secretas tienen 40 caracteres (esta tiene %1).</translation>
    </message>
    <message>
        <source>Secret access keys hold only letters, digits, &apos;/&apos;, &apos;+&apos; and &apos;=&apos;.</source>
        <translation>Las claves de acceso secretas solo contienen letras, dígitos, &apos;/&apos;, &apos;+&apos; y &apos;=&apos;.</translation>
    </message>
    <message>
        <source>Use the keys of an IAM user that may only call %1.</source>
        <translation>Use las claves de un usuario de IAM que solo pueda llamar a %1.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Cuenta de AWS</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>Última validación</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rol de IAM</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Claves de acceso</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>1 account pending</source>
        <translation>1 cuenta pendiente</translation>
    </message>
    <message>
        <source>%1 accounts pending</source>
        <translation>%1 cuentas pendientes</translation>
    </message>
    <message>
        <source>1 account failed</source>
        <translation>1 cuenta con error</translation>
    </message>
    <message>
        <source>%1 accounts failed</source>
        <translation>%1 cuentas con error</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>%1 (1 account)</source>
        <translation>%1 (1 cuenta)</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (%2 cuentas)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>AccountStatusDelegate</name>
    <message>
        <source>New CloudFormation onboarding</source>
        <translation>Nueva incorporación con CloudFormation</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln base de datos</numerusform>
            <numerusform>%Ln bases de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln base de datos</numerusform>
            <numerusform>%Ln bases de datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arn</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The role name is empty. An IAM role name has 1 to %1 characters.</source>
        <translation>El nombre del rol está vacío. Un nombre de rol de IAM tiene entre 1 y %1 caracteres.</translation>
    </message>
    <message>
        <source>The role name has %1 characters; IAM allows at most %2.</source>
        <translation>El nombre del rol tiene %1 caracteres; IAM permite como máximo %2.</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; contains %2 at position %3; IAM role names may only contain letters, digits and + = , . @ _ -.</source>
        <translation>El nombre del rol «%1» contiene %2 en la posición %3; los nombres de rol de IAM solo pueden contener letras, dígitos y + = , . @ _ -.</translation>
    </message>
    <message>
        <source>The role path has %1 characters; IAM allows at most %2.</source>
        <translation>La ruta del rol tiene %1 caracteres; IAM permite como máximo %2.</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; must be &quot;/&quot; or start and end with &quot;/&quot; with a name between them, such as &quot;/onramp/&quot;.</source>
        <translation>La ruta del rol «%1» debe ser «/» o empezar y terminar por «/» con un nombre entre ambas, como «/onramp/».</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; contains %2 at position %3; IAM paths may only contain printable ASCII characters without spaces.</source>
        <translation>La ruta del rol «%1» contiene %2 en la posición %3; las rutas de IAM solo pueden contener caracteres ASCII imprimibles sin espacios.</translation>
    </message>
    <message>
        <source>Paste the role ARN (%1) from the stack&apos;s Outputs.</source>
        <translation>Pegue el ARN del rol (%1) de las salidas de la pila.</translation>
    </message>
    <message>
        <source>The role ARN is empty. %1</source>
        <translation>El ARN del rol está vacío. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an AWS account ID, not a role ARN. %2</source>
        <translation>«%1» es un ID de cuenta de AWS, no un ARN de rol. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN: an ARN starts with &quot;arn:&quot;. %2</source>
        <translation>«%1» no es un ARN: un ARN empieza por «arn:». %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 colon-separated fields; a role ARN has 6 (%3).</source>
        <translation>«%1» tiene %2 campos separados por dos puntos; un ARN de rol tiene 6 (%3).</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Partición desconocida «%1»: Onramp acepta aws, aws-cn y aws-us-gov.</translation>
    </message>
    <message>
        <source>This is an assumed-role session ARN; paste the IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) from the stack&apos;s Outputs</source>
        <translation>Este es el ARN de una sesión de rol asumido; pegue el ARN del rol de IAM (arn:aws:iam::ACCOUNT:role/NAME) de las salidas de la pila</translation>
    </message>
    <message>
        <source>This ARN belongs to the &quot;%1&quot; service; a role ARN belongs to &quot;iam&quot;. %2</source>
        <translation>Este ARN pertenece al servicio «%1»; un ARN de rol pertenece a «iam». %2</translation>
    </message>
    <message>
        <source>The region field must be empty in a role ARN (IAM is global), but it is &quot;%1&quot;. %2</source>
        <translation>El campo de región debe estar vacío en un ARN de rol (IAM es global), pero es «%1». %2</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains %2; an account ID is 12 digits.</source>
        <translation>El ID de cuenta «%1» contiene %2; un ID de cuenta tiene 12 dígitos.</translation>
    </message>
    <message>
        <source>The account ID is missing; an account ID is 12 digits. %1</source>
        <translation>Falta el ID de cuenta; un ID de cuenta tiene 12 dígitos. %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is %2 digits long; an account ID has exactly 12 digits.</source>
        <translation>El ID de cuenta «%1» tiene %2 dígitos; un ID de cuenta tiene exactamente 12 dígitos.</translation>
    </message>
    <message>
        <source>This is an IAM user ARN, not a role ARN.</source>
        <translation>Este es el ARN de un usuario de IAM, no un ARN de rol.</translation>
    </message>
    <message>
        <source>This is an IAM group ARN, not a role ARN.</source>
        <translation>Este es el ARN de un grupo de IAM, no un ARN de rol.</translation>
    </message>
    <message>
        <source>This is an IAM policy ARN, not a role ARN.</source>
        <translation>Este es el ARN de una política de IAM, no un ARN de rol.</translation>
    </message>
    <message>
        <source>This is an instance profile ARN, not a role ARN.</source>
        <translation>Este es el ARN de un perfil de instancia, no un ARN de rol.</translation>
    </message>
    <message>
        <source>This is the ARN of the account&apos;s root user, not a role ARN.</source>
        <translation>Este es el ARN del usuario raíz de la cuenta, no un ARN de rol.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a role: a role ARN&apos;s resource starts with &quot;role/&quot;.</source>
        <translation>El recurso «%1» no es un rol: el recurso de un ARN de rol empieza por «role/».</translation>
    </message>
    <message>
        <source>%1 is in the %2 partition (%3), but this onboarding&apos;s home region %4 is in the %5 partition (%6): a console can only assume roles of its own partition. Start the onboarding with a home region of %2 (e.g. --region %7), or use the role ARN of the %5 partition.</source>
        <translation>%1 está en la partición %2 (%3), pero la región principal de esta incorporación, %4, está en la partición %5 (%6): una consola solo puede asumir roles de su propia partición. Inicie la incorporación con una región principal de %2 (p. ej., --region %7) o use el ARN del rol de la partición %5.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — Onramp</source>
        <translation>Registro de auditoría — Onramp</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtro de acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>pending onboarding %1</source>
        <translation>incorporación pendiente %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se ha podido leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation>Las %1 entradas más recientes</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Entradas: %Ln</numerusform>
            <numerusform>Entradas: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsClients</name>
    <message>
        <source>%1 must be the 12-digit AWS account of the console in the %2 partition (%3), not &quot;%4&quot;.</source>
        <translation>%1 debe ser la cuenta de AWS de 12 dígitos de la consola en la partición %2 (%3), no «%4».</translation>
    </message>
</context>
<context>
    <name>AwsEndpoints</name>
    <message>
        <source>The AWS endpoint %1</source>
        <translation>El punto de enlace de AWS %1</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>Use un punto de enlace https://.</translation>
    </message>
    <message>
        <source>Use an https:// URL in %1, or unset it.</source>
        <translation>Use una URL https:// en %1 o elimine esa variable.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost). Over a network it would send signed requests and AssumeRole credentials unencrypted, and anyone on the way could pose as AWS. %2</source>
        <translation>%1 se rechaza: http:// sin cifrar solo se permite hacia este equipo (127.0.0.1, ::1, localhost). A través de una red enviaría sin cifrar las solicitudes firmadas y las credenciales de AssumeRole, y cualquiera en el camino podría hacerse pasar por AWS. %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp reaches AWS endpoints only over https:// (or http:// to this computer). %2</source>
        <translation>%1 se rechaza: Onramp solo accede a los puntos de enlace de AWS mediante https:// (o http:// hacia este equipo). %2</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Tiempo de espera agotado en la puerta de enlace</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Error HTTP</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>Error de AWS</translation>
    </message>
    <message>
        <source>%1; the response carried no error details.</source>
        <translation>%1; la respuesta no incluía detalles del error.</translation>
    </message>
    <message>
        <source>%1; the response was an HTML page, not an AWS error (from a proxy or load balancer?).</source>
        <translation>%1; la respuesta era una página HTML, no un error de AWS (¿de un proxy o un balanceador de carga?).</translation>
    </message>
    <message>
        <source>%1; the response was not an AWS error document.</source>
        <translation>%1; la respuesta no era un documento de error de AWS.</translation>
    </message>
</context>
<context>
    <name>AwsJson</name>
    <message>
        <source>%1: the response of %2 bytes is over the limit of %3 bytes; refused.</source>
        <translation>%1: la respuesta de %2 bytes supera el límite de %3 bytes; rechazada.</translation>
    </message>
    <message>
        <source>%1: the response is not valid JSON (%2 at byte %3).</source>
        <translation>%1: la respuesta no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1: the response is not a JSON object.</source>
        <translation>%1: la respuesta no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>AwsJson::Reader</name>
    <message>
        <source>%1: the response&apos;s field %2 %3.</source>
        <translation>%1: el campo %2 de la respuesta %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a valid value (&quot;%1&quot;)</source>
        <translation>no es un valor válido («%1»)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
</context>
<context>
    <name>AwsReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <source>Malformed XML at line %1: content after the root element.</source>
        <translation>XML mal formado en la línea %1: contenido después del elemento raíz.</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2; refused.</source>
        <translation>XML anidado en más de %1 niveles en la línea %2; rechazado.</translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation>XML mal formado en la línea %1: %2</translation>
    </message>
    <message>
        <source>XML with a document type declaration at line %1; refused.</source>
        <translation>XML con una declaración de tipo de documento en la línea %1; rechazado.</translation>
    </message>
    <message>
        <source>XML response of %1 bytes is over the limit of %2 bytes; refused.</source>
        <translation>La respuesta XML de %1 bytes supera el límite de %2 bytes; rechazada.</translation>
    </message>
    <message>
        <source>Empty response where &lt;%1&gt; was expected.</source>
        <translation>Respuesta vacía donde se esperaba &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>Expected &lt;%1&gt; but the response&apos;s root element is &lt;%2&gt;.</source>
        <translation>Se esperaba &lt;%1&gt;, pero el elemento raíz de la respuesta es &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>An instance without an instanceId ending at line %1.</source>
        <translation>Una instancia sin instanceId que termina en la línea %1.</translation>
    </message>
    <message>
        <source>An instance status without an instanceId ending at line %1.</source>
        <translation>Un estado de instancia sin instanceId que termina en la línea %1.</translation>
    </message>
    <message>
        <source>A region without a regionName ending at line %1.</source>
        <translation>Una región sin regionName que termina en la línea %1.</translation>
    </message>
    <message>
        <source>GetCallerIdentity response without Account or Arn.</source>
        <translation>Respuesta de GetCallerIdentity sin Account o Arn.</translation>
    </message>
    <message>
        <source>AssumeRole response without complete Credentials.</source>
        <translation>Respuesta de AssumeRole sin Credentials completas.</translation>
    </message>
    <message>
        <source>%1 is not a whole number at line %2.</source>
        <translation>%1 no es un número entero en la línea %2.</translation>
    </message>
    <message>
        <source>A database with more than %1 tags at line %2; refused.</source>
        <translation>Una base de datos con más de %1 etiquetas en la línea %2; rechazada.</translation>
    </message>
    <message>
        <source>A database without a DBInstanceIdentifier ending at line %1.</source>
        <translation>Una base de datos sin DBInstanceIdentifier que termina en la línea %1.</translation>
    </message>
    <message>
        <source>More than %1 databases in one DescribeDBInstances page at line %2; refused (a page holds at most 100).</source>
        <translation>Más de %1 bases de datos en una página de DescribeDBInstances en la línea %2; rechazado (una página contiene como máximo 100).</translation>
    </message>
    <message>
        <source>DescribeDBInstances response without DescribeDBInstancesResult.</source>
        <translation>Respuesta de DescribeDBInstances sin DescribeDBInstancesResult.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command; one of: %1</source>
        <translation>no se ha indicado ningún comando; opciones: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; one of: %2</source>
        <translation>comando desconocido «%1»; opciones: %2</translation>
    </message>
    <message>
        <source>Created pending onboarding %1
External ID: %2
Next: onrampctl template %1 &gt; onramp.json, create the stack, then onrampctl verify %1 --role-arn ROLE_ARN</source>
        <translation>Se ha creado la incorporación pendiente %1
ID externo: %2
Siguiente paso: onrampctl template %1 &gt; onramp.json, cree la pila y después onrampctl verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>template needs exactly one record ID</source>
        <translation>template necesita exactamente un ID de registro</translation>
    </message>
    <message>
        <source>usage: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</source>
        <translation>uso: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</translation>
    </message>
    <message>
        <source>--wait-for-role takes seconds between 0 and 3600</source>
        <translation>--wait-for-role admite un número de segundos entre 0 y 3600</translation>
    </message>
    <message>
        <source>connect-keys reads the access key id and secret from stdin, one per line, never from arguments</source>
        <translation>connect-keys lee el ID de clave de acceso y el secreto de stdin, uno por línea, nunca de los argumentos</translation>
    </message>
    <message>
        <source>expected the access key id and the secret access key on stdin, one per line</source>
        <translation>se esperaban el ID de clave de acceso y la clave de acceso secreta en stdin, uno por línea</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected</source>
        <translation>La detección tarda más de lo esperado</translation>
    </message>
    <message>
        <source>region %1: %2</source>
        <translation>región %1: %2</translation>
    </message>
    <message>
        <source>discovery failed: %1</source>
        <translation>error en la detección: %1</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>Se han detectado 0 instancias: añada instancias a su cuenta de AWS para empezar la optimización</translation>
    </message>
    <message numerus="yes">
        <source>Complete! Account activated with %n instance(s)</source>
        <translation>
            <numerusform>¡Completado! Cuenta activada con %n instancia</numerusform>
            <numerusform>¡Completado! Cuenta activada con %n instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials verified! Scanning resources...</source>
        <translation>¡Credenciales verificadas! Analizando recursos...</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>usage: onrampctl discover ID</source>
        <translation>uso: onrampctl discover ID</translation>
    </message>
    <message>
        <source>No account record %1.</source>
        <translation>No existe el registro de cuenta %1.</translation>
    </message>
    <message>
        <source>usage: onrampctl disconnect ID</source>
        <translation>uso: onrampctl disconnect ID</translation>
    </message>
    <message>
        <source>usage: onrampctl users [set-plan NAME trial|standard]</source>
        <translation>uso: onrampctl users [set-plan NAME trial|standard]</translation>
    </message>
    <message>
        <source>plan must be trial or standard</source>
        <translation>el plan debe ser trial o standard</translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1</source>
        <translation>Anulación del punto de enlace de AWS activa: %1</translation>
    </message>
    <message>
        <source>org needs a command: create, template, verify or sync</source>
        <translation>org necesita un comando: create, template, verify o sync</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot;; one of: create, template, verify, sync</source>
        <translation>comando org desconocido «%1»; uno de: create, template, verify, sync</translation>
    </message>
    <message>
        <source>usage: onrampctl org create [--name NAME]</source>
        <translation>uso: onrampctl org create [--name NOMBRE]</translation>
    </message>
    <message>
        <source>Created pending organization onboarding %1
External ID: %2
Next: onrampctl org template %1 &gt; onramp-org.json, create the stack in the management account, then onrampctl org verify %1 --role-arn ROLE_ARN</source>
        <translation>Incorporación de organización pendiente %1 creada
ID externo: %2
Siguiente: onrampctl org template %1 &gt; onramp-org.json, cree la pila en la cuenta de administración y luego onrampctl org verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>record %1 is a single account: use &quot;onrampctl template&quot;</source>
        <translation>el registro %1 es una cuenta individual: use «onrampctl template»</translation>
    </message>
    <message>
        <source>usage: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</source>
        <translation>uso: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</translation>
    </message>
    <message>
        <source>usage: onrampctl org sync ID [--no-wait]</source>
        <translation>uso: onrampctl org sync ID [--no-wait]</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %n account(s), %4 instances</source>
        <translation>
            <numerusform>%1  %2  %3  %n cuenta, %4 instancias</numerusform>
            <numerusform>%1  %2  %3  %n cuentas, %4 instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 is an organization: use &quot;onrampctl org template&quot;</source>
        <translation>el registro %1 es una organización: use «onrampctl org template»</translation>
    </message>
    <message>
        <source>usage: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</source>
        <translation>uso: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</translation>
    </message>
    <message>
        <source>--format must be json, yaml or terraform</source>
        <translation>--format debe ser json, yaml o terraform</translation>
    </message>
    <message>
        <source>Discovering: listing regions · %1 instances · %2 s</source>
        <translation>Detección: enumerando regiones · %1 instancias · %2 s</translation>
    </message>
    <message>
        <source>Discovering: %1/%2 regions · %3 instances · %4 s</source>
        <translation>Detección: %1/%2 regiones · %3 instancias · %4 s</translation>
    </message>
    <message numerus="yes">
        <source> and %n database(s)</source>
        <translation>
            <numerusform> y %n base de datos</numerusform>
            <numerusform> y %n bases de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases not permitted — update the stack to include databases: CloudFormation → the stack → Update → Replace current template, with the template `onrampctl template %1` prints now</source>
        <translation>Bases de datos no permitidas — actualice la pila para incluir las bases de datos: CloudFormation → la pila → Actualizar → Reemplazar la plantilla actual, con la plantilla que imprime ahora `onrampctl template %1`</translation>
    </message>
    <message>
        <source>Databases not permitted in %1 (rds:DescribeDBInstances denied there, e.g. by a service control policy)</source>
        <translation>Bases de datos no permitidas en %1 (rds:DescribeDBInstances denegado allí, p. ej., por una política de control de servicios)</translation>
    </message>
    <message>
        <source>usage: onrampctl instances ID [--kind ec2|rds]</source>
        <translation>uso: onrampctl instances ID [--kind ec2|rds]</translation>
    </message>
    <message>
        <source>--kind must be ec2 or rds</source>
        <translation>--kind debe ser ec2 o rds</translation>
    </message>
    <message>
        <source>Organization: listing accounts · %1 s</source>
        <translation>Organización: enumerando cuentas · %1 s</translation>
    </message>
    <message>
        <source>Organization: %1/%2 accounts · %3 instances · %4 s</source>
        <translation>Organización: %1/%2 cuentas · %3 instancias · %4 s</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Template format (default json): CloudFormation JSON or YAML, or a Terraform (HCL) module.</source>
        <translation>Formato de la plantilla (predeterminado: json): JSON o YAML de CloudFormation, o un módulo de Terraform (HCL).</translation>
    </message>
    <message>
        <source>The console&apos;s AWS account the role trusts (default: the console identity&apos;s account, from STS GetCallerIdentity).</source>
        <translation>La cuenta de AWS de la consola en la que confía el rol (predeterminado: la cuenta de la identidad de la consola, según STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Name of the IAM role the template creates.</source>
        <translation>Nombre del rol de IAM que crea la plantilla.</translation>
    </message>
    <message>
        <source>Do not wait for discovery.</source>
        <translation>No esperar a la detección.</translation>
    </message>
    <message>
        <source>Keep retrying AccessDenied/NoSuchEntity for up to SECONDS (0-3600; a stack still being created, IAM propagation). Default 0.</source>
        <translation>Reintentar ante AccessDenied/NoSuchEntity durante hasta SECONDS segundos (0-3600; una pila que aún se está creando, propagación de IAM). Predeterminado: 0.</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Se puede repetir.</translation>
    </message>
    <message>
        <source>Account registry: a SQLite file, or a PostgreSQL URL (team mode; never with a password in it). Environment: ONRAMP_DB. Default: a SQLite file in the user&apos;s data directory.</source>
        <translation>Registro de cuentas: un archivo SQLite o una URL de PostgreSQL (modo de equipo; nunca con una contraseña). Entorno: ONRAMP_DB. Predeterminado: un archivo SQLite en el directorio de datos del usuario.</translation>
    </message>
    <message>
        <source>Console user acting (default: ONRAMP_USER or the login name). Refused in team mode, where the database role is the user.</source>
        <translation>Usuario de la consola que actúa (predeterminado: ONRAMP_USER o el nombre de inicio de sesión). Se rechaza en el modo de equipo, donde el usuario es el rol de la base de datos.</translation>
    </message>
    <message>
        <source>Home region for STS and the default for discovery (default: AWS_REGION, else us-east-1).</source>
        <translation>Región principal para STS y predeterminada para la detección (predeterminado: AWS_REGION; si no, us-east-1).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout (JSON Lines for instances).</source>
        <translation>Salida legible por máquina: un documento JSON en stdout (JSON Lines para las instancias).</translation>
    </message>
    <message>
        <source>This help, or with a command that command&apos;s help.</source>
        <translation>Esta ayuda o, con un comando, la ayuda de ese comando.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Start a CloudFormation onboarding (a pending record).</source>
        <translation>Iniciar una incorporación con CloudFormation (un registro pendiente).</translation>
    </message>
    <message>
        <source>Creates a pending onboarding record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</source>
        <translation>Crea un registro de incorporación pendiente con un ID externo nuevo.
--json imprime {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</translation>
    </message>
    <message>
        <source>Friendly name.</source>
        <translation>Nombre descriptivo.</translation>
    </message>
    <message>
        <source>Print the CloudFormation template for a record.</source>
        <translation>Imprimir la plantilla de CloudFormation de un registro.</translation>
    </message>
    <message>
        <source>Prints the CloudFormation template of record ID: the read-only discovery role, trusting the console&apos;s account on condition of the record&apos;s External ID, and its RoleArn output.</source>
        <translation>Imprime la plantilla de CloudFormation del registro ID: el rol de detección de solo lectura, que confía en la cuenta de la consola con la condición del ID externo del registro, y su salida RoleArn.</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s role, then discover.</source>
        <translation>Verificar el rol del cliente y después ejecutar la detección.</translation>
    </message>
    <message>
        <source>Assumes the role with the record&apos;s External ID, proves the role requires it, checks permissions and ownership, stores the record, then discovers (progress on stderr when it is a terminal). A bare 12-digit account id means the role the record&apos;s template creates there.
--json prints {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</source>
        <translation>Asume el rol con el ID externo del registro, comprueba que el rol lo exige, verifica los permisos y la propiedad, guarda el registro y después ejecuta la detección (progreso en stderr cuando es un terminal). Un ID de cuenta de 12 dígitos sin más indica el rol que la plantilla del registro crea en esa cuenta.
--json imprime {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</translation>
    </message>
    <message>
        <source>The customer&apos;s role (required).</source>
        <translation>El rol del cliente (obligatorio).</translation>
    </message>
    <message>
        <source>Connect with access keys read from stdin.</source>
        <translation>Conectar con claves de acceso leídas de stdin.</translation>
    </message>
    <message>
        <source>Reads the access key id and the secret access key from stdin, one per line (never from arguments), validates them, keeps the secret in the OS keychain only, then discovers. Same result as verify.</source>
        <translation>Lee el ID de clave de acceso y la clave de acceso secreta de stdin, uno por línea (nunca de los argumentos), los valida, guarda el secreto solo en el llavero del sistema operativo y después ejecuta la detección. Mismo resultado que verify.</translation>
    </message>
    <message>
        <source>List your account records.</source>
        <translation>Enumerar sus registros de cuenta.</translation>
    </message>
    <message>
        <source>Lists the console user&apos;s records: id, AWS account (or organization), method, status, instance count, last error.
--json prints an array of objects.</source>
        <translation>Enumera los registros del usuario de la consola: ID, cuenta de AWS (u organización), método, estado, número de instancias, último error.
--json imprime una matriz de objetos.</translation>
    </message>
    <message>
        <source>Discover a record&apos;s resources now.</source>
        <translation>Detectar ahora los recursos de un registro.</translation>
    </message>
    <message>
        <source>Runs discovery of record ID now and waits for it (progress on stderr when it is a terminal). Same result as verify.</source>
        <translation>Ejecuta ahora la detección del registro ID y espera a que termine (progreso en stderr cuando es un terminal). Mismo resultado que verify.</translation>
    </message>
    <message>
        <source>List a record&apos;s resources.</source>
        <translation>Enumerar los recursos de un registro.</translation>
    </message>
    <message>
        <source>Lists what discovery stored for record ID, one line each.
--json prints JSON Lines, one object per instance or database.</source>
        <translation>Enumera lo que la detección guardó para el registro ID, uno por línea.
--json imprime JSON Lines, un objeto por instancia o base de datos.</translation>
    </message>
    <message>
        <source>List only EC2 instances or only RDS databases.</source>
        <translation>Enumerar solo instancias de EC2 o solo bases de datos de RDS.</translation>
    </message>
    <message>
        <source>Disconnect a record.</source>
        <translation>Desconectar un registro.</translation>
    </message>
    <message>
        <source>Marks record ID disconnected and deletes its secrets from the keychain; an organization takes every member record it made with it.</source>
        <translation>Marca el registro ID como desconectado y elimina sus secretos del llavero; una organización se lleva consigo todos los registros de miembros que creó.</translation>
    </message>
    <message>
        <source>List console users, or set one&apos;s plan.</source>
        <translation>Enumerar los usuarios de la consola o establecer el plan de uno de ellos.</translation>
    </message>
    <message>
        <source>Lists the console users with their plan; set-plan changes one (trial: one live account).</source>
        <translation>Enumera los usuarios de la consola con su plan; set-plan cambia el de uno de ellos (trial: una cuenta activa).</translation>
    </message>
    <message>
        <source>Preflight checks.</source>
        <translation>Comprobaciones previas.</translation>
    </message>
    <message>
        <source>One line per check with ok/FAIL and a hint: keychain, database, console identity, endpoints, clock skew. Exit 0 only if all pass.
--json prints {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</source>
        <translation>Una línea por comprobación con ok/FAIL y una indicación: llavero, base de datos, identidad de la consola, puntos de enlace, desfase del reloj. Código de salida 0 solo si se superan todas.
--json imprime {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</translation>
    </message>
    <message>
        <source>Start onboarding a whole AWS Organization.</source>
        <translation>Iniciar la incorporación de toda una organización de AWS.</translation>
    </message>
    <message>
        <source>Creates a pending organization record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</source>
        <translation>Crea un registro de organización pendiente con un ID externo nuevo.
--json imprime {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</translation>
    </message>
    <message>
        <source>Print the management account&apos;s template with its StackSet.</source>
        <translation>Imprimir la plantilla de la cuenta de administración con su StackSet.</translation>
    </message>
    <message>
        <source>Prints one CloudFormation template for the management account: the discovery role there and a service-managed StackSet that creates the same role in every member account.</source>
        <translation>Imprime una plantilla de CloudFormation para la cuenta de administración: el rol de detección en esa cuenta y un StackSet administrado por el servicio que crea el mismo rol en cada cuenta miembro.</translation>
    </message>
    <message>
        <source>Root or OU the StackSet targets (default: the organization&apos;s root).</source>
        <translation>Raíz u OU de destino del StackSet (predeterminado: la raíz de la organización).</translation>
    </message>
    <message>
        <source>Verify the management role, connect every member.</source>
        <translation>Verificar el rol de administración y conectar todos los miembros.</translation>
    </message>
    <message>
        <source>Assumes the management account&apos;s role, lists the organization&apos;s accounts and connects and discovers every ACTIVE member less the exclusions (progress on stderr when it is a terminal).
--json prints {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</source>
        <translation>Asume el rol de la cuenta de administración, enumera las cuentas de la organización y conecta y detecta cada miembro ACTIVE salvo las exclusiones (progreso en stderr cuando es un terminal).
--json imprime {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</translation>
    </message>
    <message>
        <source>The management account&apos;s role (required).</source>
        <translation>El rol de la cuenta de administración (obligatorio).</translation>
    </message>
    <message>
        <source>An account never connected.</source>
        <translation>Una cuenta que nunca se conecta.</translation>
    </message>
    <message>
        <source>An OU whose accounts (nested OUs too) are never connected.</source>
        <translation>Una OU cuyas cuentas (también las de OU anidadas) nunca se conectan.</translation>
    </message>
    <message>
        <source>List the organization&apos;s accounts again and reconcile.</source>
        <translation>Volver a enumerar las cuentas de la organización y conciliarlas.</translation>
    </message>
    <message>
        <source>New ACTIVE accounts are connected and discovered, accounts that left or closed are disconnected, pending members are retried (progress on stderr when it is a terminal). Same result as org verify.</source>
        <translation>Las cuentas ACTIVE nuevas se conectan y se detectan, las cuentas que salieron o se cerraron se desconectan y los miembros pendientes se reintentan (progreso en stderr cuando es un terminal). Mismo resultado que org verify.</translation>
    </message>
    <message>
        <source>Onramp&apos;s command-line console: connect AWS accounts (a CloudFormation role with an External ID, or access keys kept in the OS keychain) and discover their resources.</source>
        <translation>Consola de línea de comandos de Onramp: conecte cuentas de AWS (un rol de CloudFormation con un ID externo o claves de acceso guardadas en el llavero del sistema operativo) y detecte sus recursos.</translation>
    </message>
    <message>
        <source>Global options (anywhere on the line):</source>
        <translation>Opciones globales (en cualquier posición de la línea):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;onrampctl COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>Ejecute «onrampctl COMMAND --help» para ver los argumentos y opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Código de salida:</translation>
    </message>
    <message>
        <source>  0  success
  2  usage or invalid input
  3  AWS rejected the credentials or the role
  4  the AWS account is connected to another user
  5  plan limit reached
  6  missing permissions
  7  discovery failed
  8  network or endpoint unreachable
  9  keychain unavailable
</source>
        <translation>  0  éxito
  2  uso incorrecto o entrada no válida
  3  AWS rechazó las credenciales o el rol
  4  la cuenta de AWS está conectada a otro usuario
  5  se alcanzó el límite del plan
  6  faltan permisos
  7  error en la detección
  8  red o punto de enlace inaccesible
  9  llavero no disponible
</translation>
    </message>
    <message>
        <source>A whole AWS Organization in one onboarding.</source>
        <translation>Toda una organización de AWS en una sola incorporación.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Global options: see &quot;onrampctl --help&quot;.</source>
        <translation>Opciones globales: consulte «onrampctl --help».</translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: unknown command; see &quot;onrampctl --help&quot;</source>
        <translation>no hay ayuda para «%1»: comando desconocido; consulte «onrampctl --help»</translation>
    </message>
</context>
<context>
    <name>CloudFormationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; no long-lived secret — Onramp assumes a read-only role that accepts only this onboarding&apos;s External ID.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; someone allowed to create IAM roles must create a CloudFormation stack in the account (a few minutes).</source>
        <translation>&lt;b&gt;Ventaja:&lt;/b&gt; ningún secreto de larga duración; Onramp asume un rol de solo lectura que solo acepta el ID externo de esta incorporación.&lt;br&gt;&lt;b&gt;Inconveniente:&lt;/b&gt; alguien con permiso para crear roles de IAM debe crear una pila de CloudFormation en la cuenta (unos minutos).</translation>
    </message>
    <message>
        <source>1. Create the role in the AWS account you want to connect</source>
        <translation>1. Cree el rol en la cuenta de AWS que desea conectar</translation>
    </message>
    <message>
        <source>Sign in to the AWS console of that account as someone allowed to create IAM roles.</source>
        <translation>Inicie sesión en la consola de AWS de esa cuenta con un usuario que tenga permiso para crear roles de IAM.</translation>
    </message>
    <message>
        <source>Open CloudFormation and create a stack with this template: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Abra CloudFormation y cree una pila con esta plantilla: cargue el archivo guardado con &lt;i&gt;Guardar como…&lt;/i&gt;, use &lt;i&gt;Abrir creación rápida&lt;/i&gt; o ejecute el comando de AWS CLI.</translation>
    </message>
    <message>
        <source>Keep the parameters as they are, acknowledge that the stack creates a named IAM role, and create the stack.</source>
        <translation>Deje los parámetros como están, confirme que la pila crea un rol de IAM con nombre y cree la pila.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below.</source>
        <translation>Cuando la pila muestre CREATE_COMPLETE, copie &lt;b&gt;RoleArn&lt;/b&gt; de su pestaña Salidas y péguelo abajo.</translation>
    </message>
    <message>
        <source>2. Tell Onramp which role the stack created</source>
        <translation>2. Indique a Onramp qué rol ha creado la pila</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Nombre de la cuenta (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>Role ARN or AWS account id</source>
        <translation>ARN del rol o ID de cuenta de AWS</translation>
    </message>
    <message>
        <source>Verify the role</source>
        <translation>Verificar el rol</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>ARN del &amp;rol:</translation>
    </message>
    <message>
        <source>Preparing a new onboarding…</source>
        <translation>Preparando una nueva incorporación…</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>La plantilla indica la cuenta de AWS autorizada a asumir el rol (la cuenta con la que se ejecuta esta consola) y Onramp no ha podido averiguarla: %1&lt;br&gt;Defina una cuenta de confianza en Configuración, o corrija la identidad de la consola y &lt;a href=&quot;retry&quot;&gt;vuelva a intentarlo&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Buscando la cuenta de AWS con la que se ejecuta esta consola…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>El rol confía en la cuenta de AWS %1 y solo con el ID externo de esta incorporación, &lt;tt&gt;%2&lt;/tt&gt;. Región de la pila: %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit AWS account id it was created in.</source>
        <translation>Pegue la salida RoleArn de la pila, o solo el ID de 12 dígitos de la cuenta de AWS en la que se creó.</translation>
    </message>
    <message>
        <source>✓ AWS account %1 — the role %2 that the template creates there.</source>
        <translation>✓ Cuenta de AWS %1: el rol %2 que la plantilla crea en ella.</translation>
    </message>
    <message>
        <source>✓ AWS account %1, role %2</source>
        <translation>✓ Cuenta de AWS %1, rol %2</translation>
    </message>
</context>
<context>
    <name>ConnectProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Discovering… (%1 s)</source>
        <translation>Detectando… (%1 s)</translation>
    </message>
    <message>
        <source>%1 of %2 regions done</source>
        <translation>%1 de %2 regiones completadas</translation>
    </message>
    <message>
        <source>Listing the account&apos;s regions</source>
        <translation>Enumerando las regiones de la cuenta</translation>
    </message>
    <message>
        <source>You can close this window: discovery goes on in the background.</source>
        <translation>Puede cerrar esta ventana: la detección continúa en segundo plano.</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected. It continues in the background; the account list shows when it is done.</source>
        <translation>La detección tarda más de lo esperado. Continúa en segundo plano; la lista de cuentas indicará cuándo ha terminado.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Cuenta conectada</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>Se han detectado 0 instancias: añada instancias a su cuenta de AWS para empezar la optimización</translation>
    </message>
    <message>
        <source>Complete! Account activated</source>
        <translation>¡Completado! Cuenta activada</translation>
    </message>
    <message>
        <source>The account could not be connected</source>
        <translation>No se ha podido conectar la cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Credentials verified. %1 · Instances found so far: %Ln</source>
        <translation>
            <numerusform>Credenciales verificadas. %1 · Instancias encontradas hasta ahora: %Ln</numerusform>
            <numerusform>Credenciales verificadas. %1 · Instancias encontradas hasta ahora: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances discovered: %Ln</source>
        <translation>
            <numerusform>Instancias detectadas: %Ln</numerusform>
            <numerusform>Instancias detectadas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Account being connected</source>
        <translation>Cuenta que se está conectando</translation>
    </message>
    <message>
        <source>Accounts of the organization</source>
        <translation>Cuentas de la organización</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Cuenta de AWS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>%1 of %2 accounts · %3 instances</source>
        <translation>%1 de %2 cuentas · %3 instancias</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Listando las cuentas de la organización…</translation>
    </message>
    <message>
        <source>You can close this window: the accounts are connected and discovered in the background.</source>
        <translation>Puede cerrar esta ventana: las cuentas se conectan y descubren en segundo plano.</translation>
    </message>
    <message>
        <source>Organization connected</source>
        <translation>Organización conectada</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected · %3 instances</source>
        <translation>%1 de %2 cuentas conectadas · %3 instancias</translation>
    </message>
    <message>
        <source>Accounts still pending are retried at every sync; the list below says why each waits.</source>
        <translation>Las cuentas aún pendientes se reintentan en cada sincronización; la lista de abajo indica por qué espera cada una.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Connected on its own</source>
        <translation>Conectada por separado</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect AWS Account</source>
        <translation>Conectar cuenta de AWS</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Método de conexión</translation>
    </message>
    <message>
        <source>Cloud&amp;Formation (recommended)</source>
        <translation>Cloud&amp;Formation (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Access keys</source>
        <translation>Claves de &amp;acceso</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Show &amp;instances</source>
        <translation>Mostrar &amp;instancias</translation>
    </message>
    <message>
        <source>Show the account&apos;s instances</source>
        <translation>Mostrar las instancias de la cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Assuming the role with this onboarding&apos;s External ID, then checking its permissions.</source>
        <translation>Asumiendo el rol con el ID externo de esta incorporación y comprobando después sus permisos.</translation>
    </message>
    <message>
        <source>Checking the keys with AWS (STS GetCallerIdentity).</source>
        <translation>Comprobando las claves con AWS (STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Connected, but discovery failed</source>
        <translation>Conectada, pero la detección ha fallado</translation>
    </message>
    <message>
        <source>Starting discovery again…</source>
        <translation>Volviendo a iniciar la detección…</translation>
    </message>
    <message>
        <source>The role is not usable yet. Onramp keeps trying for up to %1 min while CloudFormation creates it and IAM makes it usable; you can leave this window open.</source>
        <translation>El rol aún no se puede usar. Onramp seguirá intentándolo durante un máximo de %1 min mientras CloudFormation lo crea e IAM lo deja listo para usar; puede dejar esta ventana abierta.</translation>
    </message>
    <message>
        <source>%1 — CloudFormation role %2</source>
        <translation>%1 — rol de CloudFormation %2</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>%1 — access key %2 in %3</source>
        <translation>%1 — clave de acceso %2 en %3</translation>
    </message>
    <message>
        <source>AWS &amp;Organization</source>
        <translation>&amp;Organización de AWS</translation>
    </message>
    <message>
        <source>%1 — AWS Organization, management role %2</source>
        <translation>%1 — Organización de AWS, rol de administración %2</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Assuming the management account&apos;s role with this onboarding&apos;s External ID, then reading the organization.</source>
        <translation>Asumiendo el rol de la cuenta de administración con el ID externo de esta incorporación y leyendo la organización.</translation>
    </message>
    <message>
        <source>The organization could not be connected</source>
        <translation>No se pudo conectar la organización</translation>
    </message>
    <message>
        <source>Connecting the organization&apos;s accounts…</source>
        <translation>Conectando las cuentas de la organización…</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Descubriendo…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Onramp reads the account&apos;s EC2 instances and RDS databases and never changes anything in it. Choose how it gets read-only access:</source>
        <translation>Onramp lee las instancias EC2 y las bases de datos RDS de la cuenta y nunca cambia nada en ella. Elija cómo obtiene acceso de solo lectura:</translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>AWS credentials from the environment or the default profile</source>
        <translation>Credenciales de AWS del entorno o del perfil predeterminado</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation>Perfil de AWS «%1»</translation>
    </message>
    <message>
        <source>access key %1 in the system keychain</source>
        <translation>clave de acceso %1 en el llavero del sistema</translation>
    </message>
    <message>
        <source>The console&apos;s keychain entry is damaged; enter the access keys again in Settings.</source>
        <translation>La entrada del llavero de la consola está dañada; vuelva a introducir las claves de acceso en Configuración.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>--user is refused in team mode: the console user is the PostgreSQL role you log in as.</source>
        <translation>--user no se admite en el modo de equipo: el usuario de la consola es el rol de PostgreSQL con el que inicia sesión.</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No AWS credentials configured.</source>
        <translation>No hay credenciales de AWS configuradas.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID está definida, pero AWS_SECRET_ACCESS_KEY no.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>El perfil «%1» no tiene aws_access_key_id y aws_secret_access_key.</translation>
    </message>
    <message>
        <source>No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.</source>
        <translation>No se han encontrado credenciales de AWS: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, o AWS_PROFILE con ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>variables de entorno AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>access keys of profile &quot;%1&quot;</source>
        <translation>claves de acceso del perfil «%1»</translation>
    </message>
    <message>
        <source>access keys in the system keychain</source>
        <translation>claves de acceso en el llavero del sistema</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn): it has no keys of its own.</source>
        <translation>El perfil «%1» asume un rol (role_arn): no tiene claves propias.</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>perfil «%1»</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names sso_session &quot;%2&quot;, but the config file has no [sso-session %2] section.</source>
        <translation>El perfil «%1» indica sso_session «%2», pero el archivo de configuración no tiene ninguna sección [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has %2 %3, but its sso_session &quot;%4&quot; has %5.</source>
        <translation>El perfil «%1» tiene %2 %3, pero su sso_session «%4» tiene %5.</translation>
    </message>
    <message>
        <source>IAM Identity Center profile &quot;%1&quot; lacks %2.</source>
        <translation>Al perfil de IAM Identity Center «%1» le falta %2.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: sso_region &quot;%2&quot; is not a region name.</source>
        <translation>Perfil «%1»: sso_region «%2» no es un nombre de región.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the chain of roles %2 is longer than %3.</source>
        <translation>Perfil «%1»: la cadena de roles %2 es más larga que %3.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; needs an MFA code (mfa_serial): not supported by Onramp, which cannot prompt for one. Use a profile without MFA or an IAM Identity Center profile.</source>
        <translation>El perfil «%1» necesita un código MFA (mfa_serial): Onramp no lo admite, ya que no puede solicitarlo. Use un perfil sin MFA o un perfil de IAM Identity Center.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both source_profile and credential_source; keep one.</source>
        <translation>El perfil «%1» tiene a la vez source_profile y credential_source; conserve solo uno.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which does not exist.</source>
        <translation>El perfil «%1» indica source_profile «%2», que no existe.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: source_profile makes a loop (%2).</source>
        <translation>Perfil «%1»: source_profile forma un bucle (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source.</source>
        <translation>El perfil «%1» tiene role_arn, pero ni source_profile ni credential_source.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number of seconds from 900 to 43200, not &quot;%2&quot;.</source>
        <translation>Perfil «%1»: duration_seconds debe ser un número de segundos entre 900 y 43200, no «%2».</translation>
    </message>
    <message>
        <source>role %1 of profile &quot;%2&quot;, assumed with %3</source>
        <translation>rol %1 del perfil «%2», asumido con %3</translation>
    </message>
    <message>
        <source>Source profile &quot;%1&quot; has no credentials.</source>
        <translation>El perfil de origen «%1» no tiene credenciales.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>El perfil «%1» tiene credential_source = Environment, pero AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY no están definidas.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = %2: not supported by Onramp, a desktop application (use Environment, or a source_profile).</source>
        <translation>El perfil «%1» tiene credential_source = %2: Onramp, una aplicación de escritorio, no lo admite (use Environment o un source_profile).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: credential_source &quot;%2&quot; is not one of Environment, Ec2InstanceMetadata, EcsContainer.</source>
        <translation>Perfil «%1»: credential_source «%2» no es ninguno de estos valores: Environment, Ec2InstanceMetadata, EcsContainer.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Engine version</source>
        <translation>Versión del motor</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>Almacenamiento (GiB)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Check --db / ONRAMP_DB and the file&apos;s permissions.</source>
        <translation>Compruebe --db / ONRAMP_DB y los permisos del archivo.</translation>
    </message>
    <message>
        <source>Database transport</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>Not checked: the team database could not be opened.</source>
        <translation>No se comprueba: no se ha podido abrir la base de datos del equipo.</translation>
    </message>
    <message>
        <source>%1 is writable, schema version %2</source>
        <translation>%1 tiene permiso de escritura, versión del esquema %2</translation>
    </message>
    <message>
        <source>Check the disk and the file&apos;s permissions; restore from a backup if it is damaged.</source>
        <translation>Compruebe el disco y los permisos del archivo; restáurelo desde una copia de seguridad si está dañado.</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Permisos de los archivos</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is reachable and unlocked</source>
        <translation>El servicio «%1» está accesible y desbloqueado</translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation>Anulación del punto de enlace</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Identidad de la consola</translation>
    </message>
    <message>
        <source>Choose an AWS profile or store access keys in Settings, or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</source>
        <translation>Elija un perfil de AWS o guarde claves de acceso en Configuración, o defina AWS_PROFILE o AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>AWS endpoint</source>
        <translation>Punto de enlace de AWS</translation>
    </message>
    <message>
        <source>Not checked without a console identity.</source>
        <translation>No se comprueba sin una identidad de consola.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>%1 is reachable over %2</source>
        <translation>%1 está accesible mediante %2</translation>
    </message>
    <message>
        <source>AWS sent no Date header to compare with.</source>
        <translation>AWS no ha enviado ningún encabezado Date con el que comparar.</translation>
    </message>
    <message>
        <source>%1 s from AWS&apos;s clock</source>
        <translation>%1 s de diferencia con el reloj de AWS</translation>
    </message>
    <message>
        <source>Fix this computer&apos;s clock (enable NTP time synchronisation).</source>
        <translation>Corrija el reloj de este equipo (active la sincronización horaria por NTP).</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (origen: %2)</translation>
    </message>
    <message>
        <source>%1 (credentials from %2)</source>
        <translation>%1 (credenciales: %2)</translation>
    </message>
</context>
<context>
    <name>DiscoveryService</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instancia</numerusform>
            <numerusform>%n instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>databases not permitted</source>
        <translation>bases de datos no permitidas</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n base de datos</numerusform>
            <numerusform>%n bases de datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This AWS account is already managed by another user in this system.</source>
        <translation>Esta cuenta de AWS ya la administra otro usuario en este sistema.</translation>
    </message>
    <message>
        <source>Disconnect the account you have, or ask an administrator for the standard plan.</source>
        <translation>Desconecte la cuenta que ya tiene o solicite el plan estándar a un administrador.</translation>
    </message>
    <message>
        <source>Check IAM permissions</source>
        <translation>Compruebe los permisos de IAM</translation>
    </message>
    <message>
        <source>Check that the stack finished, the Role ARN, and that the role trusts this console with this onboarding&apos;s External ID.</source>
        <translation>Compruebe que la pila haya terminado, el ARN del rol y que el rol confíe en esta consola con el ID externo de esta incorporación.</translation>
    </message>
    <message>
        <source>Unlock or start your system keychain (Secret Service) and try again.</source>
        <translation>Desbloquee o inicie el llavero del sistema (Secret Service) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Invalid AWS credentials</source>
        <translation>Credenciales de AWS no válidas</translation>
    </message>
    <message>
        <source>Check the access key id and secret access key.</source>
        <translation>Compruebe el ID de clave de acceso y la clave de acceso secreta.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Compruebe la conexión de red y la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>Compruebe AWS_CA_BUNDLE y cualquier proxy que inspeccione el tráfico TLS.</translation>
    </message>
    <message>
        <source>Set the console&apos;s own AWS credentials in Settings, or with AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Configure las credenciales de AWS propias de la consola en Ajustes, o con AWS_PROFILE o AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Add the condition StringEquals sts:ExternalId to the role&apos;s trust policy (Onramp&apos;s template has it: update or recreate the stack from it), then verify again.</source>
        <translation>Añada la condición StringEquals sts:ExternalId a la política de confianza del rol (la plantilla de Onramp la incluye: actualice la pila con ella o vuelva a crearla a partir de ella) y vuelva a verificar.</translation>
    </message>
    <message>
        <source>Create an IAM user with only the read-only permissions Onramp lists, and use its access keys.</source>
        <translation>Cree un usuario de IAM que solo tenga los permisos de solo lectura que indica Onramp y use sus claves de acceso.</translation>
    </message>
    <message>
        <source>Give the Role ARN of the stack in the organization&apos;s management account, or connect this account on its own.</source>
        <translation>Indique el ARN del rol de la pila en la cuenta de administración de la organización, o conecte esta cuenta por separado.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>AWS_CA_BUNDLE %1 holds no PEM certificates.</source>
        <translation>AWS_CA_BUNDLE %1 no contiene certificados PEM.</translation>
    </message>
    <message>
        <source>The response from %1 was cut off (%2 of %3 bytes).</source>
        <translation>La respuesta de %1 se ha cortado (%2 de %3 bytes).</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB and was refused.</source>
        <translation>La respuesta supera los %1 MB y se ha rechazado.</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>%1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2. Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>Error en la conexión TLS con %1: %2. Compruebe AWS_CA_BUNDLE y cualquier proxy que inspeccione TLS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>No se puede resolver %1.</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>Error del proxy: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Error de red al comunicarse con %1: %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp cannot connect to a proxy over TLS (Qt 6.4 speaks only plain HTTP to a proxy), and using it unencrypted would expose what you meant to protect, such as the proxy&apos;s password. Use the proxy&apos;s http:// address (requests to AWS stay TLS-encrypted end to end through the proxy), or unset %2.</source>
        <translation>%1 se rechaza: Onramp no puede conectarse a un proxy mediante TLS (Qt 6.4 solo habla HTTP sin cifrar con un proxy), y usarlo sin cifrar expondría lo que pretendía proteger, como la contraseña del proxy. Use la dirección http:// del proxy (las solicitudes a AWS siguen cifradas con TLS de extremo a extremo a través del proxy) o elimine %2.</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp can use only http:// proxies. Use the proxy&apos;s http:// address, or unset %2.</source>
        <translation>%1 se rechaza: Onramp solo puede usar proxies http://. Use la dirección http:// del proxy o elimine %2.</translation>
    </message>
</context>
<context>
    <name>InstanceBrowser</name>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Apagándose</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Instances — Onramp</source>
        <translation>Instancias — Onramp</translation>
    </message>
    <message>
        <source>EC2 instances</source>
        <translation>Instancias de EC2</translation>
    </message>
    <message>
        <source>Copy Instance &amp;ID</source>
        <translation>Copiar &amp;ID de instancia</translation>
    </message>
    <message>
        <source>Copy &amp;Private IP</source>
        <translation>Copiar IP &amp;privada</translation>
    </message>
    <message>
        <source>Copy P&amp;ublic IP</source>
        <translation>Copiar IP p&amp;ública</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows to CSV…</source>
        <translation>&amp;Exportar filas visibles a CSV…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>IP pública</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>Filtro de ciclo de vida</translation>
    </message>
    <message>
        <source>Any lifecycle</source>
        <translation>Cualquier ciclo de vida</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Filtro de clúster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Show %1 instances</source>
        <translation>Mostrar instancias en estado «%1»</translation>
    </message>
    <message>
        <source>Show only %1 instances (combine several; none selected shows all)</source>
        <translation>Mostrar solo las instancias en estado «%1» (se pueden combinar varios; si no se selecciona ninguno, se muestran todas)</translation>
    </message>
    <message>
        <source>Instances of %1 — Onramp</source>
        <translation>Instancias de %1 — Onramp</translation>
    </message>
    <message>
        <source>Showing %1 of %2 instances</source>
        <translation>Se muestran %1 de %2 instancias</translation>
    </message>
    <message>
        <source>Loading stored instances… %1</source>
        <translation>Cargando las instancias guardadas… %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado hace un momento</translation>
    </message>
    <message>
        <source>No %1 to copy.</source>
        <translation>No hay nada que copiar (%1).</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>Copiado: %1 %2</translation>
    </message>
    <message>
        <source>Copied %1 values (%2)</source>
        <translation>Se han copiado %1 valores (%2)</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Exportar las filas visibles</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Actualizado hace %1 s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Actualizado hace %1 min</translation>
    </message>
    <message numerus="yes">
        <source>Exporting rows: %Ln…</source>
        <translation>
            <numerusform>Exportando filas: %Ln…</numerusform>
            <numerusform>Exportando filas: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Rows: %Ln</source>
        <translation>
            <numerusform>Exportado a %1. Filas: %Ln</numerusform>
            <numerusform>Exportado a %1. Filas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>%1 — all accounts of the organization</source>
        <translation>%1 — todas las cuentas de la organización</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance</source>
        <translation>
            <numerusform>%Ln instancia</numerusform>
            <numerusform>%Ln instancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instancia</numerusform>
            <numerusform>%Ln instancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln base de datos</numerusform>
            <numerusform>%Ln bases de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln base de datos</numerusform>
            <numerusform>%Ln bases de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>Get the new template…</source>
        <translation>Obtener la nueva plantilla…</translation>
    </message>
    <message>
        <source>Get the new template that includes databases</source>
        <translation>Obtener la nueva plantilla que incluye las bases de datos</translation>
    </message>
    <message>
        <source>EC2 instances and RDS databases</source>
        <translation>Instancias de EC2 y bases de datos de RDS</translation>
    </message>
    <message>
        <source>Search id, name, IP, engine, tags…  (Ctrl+F)</source>
        <translation>Buscar ID, nombre, IP, motor, etiquetas…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances and databases</source>
        <translation>Buscar instancias y bases de datos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo de recurso</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <source>RDS databases</source>
        <translation>Bases de datos de RDS</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more accounts</source>
        <translation>
            <numerusform>… y %Ln cuenta más</numerusform>
            <numerusform>… y %Ln cuentas más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: databases not permitted — update the stack to include databases.</source>
        <translation>%1: bases de datos no permitidas — actualice la pila para incluir las bases de datos.</translation>
    </message>
    <message>
        <source>%1: databases denied in %2 (e.g. by an SCP).</source>
        <translation>%1: bases de datos denegadas en %2 (p. ej., por una SCP).</translation>
    </message>
    <message>
        <source>To include databases, update the account&apos;s stack with the new template: CloudFormation console → the stack (%1) → Update → Replace current template, with the new template.</source>
        <translation>Para incluir las bases de datos, actualice la pila de la cuenta con la nueva plantilla: consola de CloudFormation → la pila (%1) → Actualizar → Reemplazar la plantilla actual, con la nueva plantilla.</translation>
    </message>
    <message>
        <source>For an organization&apos;s accounts, update the organization&apos;s stack in its management account with the new organization template (onrampctl org template): its StackSet updates every member&apos;s role.</source>
        <translation>Para las cuentas de una organización, actualice la pila de la organización en su cuenta de administración con la nueva plantilla de organización (onrampctl org template): su StackSet actualiza el rol de cada miembro.</translation>
    </message>
    <message>
        <source>Where a service control policy denies RDS, only its owner in the organization can allow it.</source>
        <translation>Cuando una política de control de servicios deniega RDS, solo su propietario en la organización puede permitirlo.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 — %3</source>
        <translation>Se muestran %1 de %2 — %3</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP pública</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Detectada por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Detectada por última vez</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Tag (%1)</source>
        <translation>Etiqueta (%1)</translation>
    </message>
    <message>
        <source>Select an instance or a database to see all its details and tags.</source>
        <translation>Seleccione una instancia o una base de datos para ver todos sus detalles y etiquetas.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de recurso</translation>
    </message>
    <message>
        <source>RDS database</source>
        <translation>Base de datos de RDS</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>Instancia de EC2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>DB cluster</source>
        <translation>Clúster de base de datos</translation>
    </message>
    <message>
        <source>deleted — no longer listed by AWS, kept as history</source>
        <translation>eliminada — AWS ya no la muestra; se conserva como historial</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de instancia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP pública</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Launch time</source>
        <translation>Hora de lanzamiento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>RDS</source>
        <translation>RDS</translation>
    </message>
    <message>
        <source>EC2</source>
        <translation>EC2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>Connect AWS Account</source>
        <translation>Conectar cuenta de AWS</translation>
    </message>
    <message>
        <source>new onboarding</source>
        <translation>nueva incorporación</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Identidad de la consola</translation>
    </message>
    <message>
        <source>Connect your first AWS account</source>
        <translation>Conecte su primera cuenta de AWS</translation>
    </message>
    <message>
        <source>Onramp connects to your AWS accounts with read-only access, finds their EC2 instances in every region, and keeps the list up to date. It never changes anything in your accounts.</source>
        <translation>Onramp se conecta a sus cuentas de AWS con acceso de solo lectura, encuentra sus instancias de EC2 en todas las regiones y mantiene la lista actualizada. Nunca modifica nada en sus cuentas.</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account</source>
        <translation>&amp;Conectar cuenta de AWS</translation>
    </message>
    <message>
        <source>Recommended: a CloudFormation stack that creates a read-only role. Access keys work too.</source>
        <translation>Recomendado: una pila de CloudFormation que crea un rol de solo lectura. También funcionan las claves de acceso.</translation>
    </message>
    <message>
        <source>Connected AWS accounts</source>
        <translation>Cuentas de AWS conectadas</translation>
    </message>
    <message>
        <source>Discovery of %1 failed: %2</source>
        <translation>Error en la detección de %1: %2</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account…</source>
        <translation>&amp;Conectar cuenta de AWS…</translation>
    </message>
    <message>
        <source>Res&amp;ume Onboarding…</source>
        <translation>&amp;Reanudar incorporación…</translation>
    </message>
    <message>
        <source>Re-&amp;validate</source>
        <translation>&amp;Volver a validar</translation>
    </message>
    <message>
        <source>&amp;Discover Now</source>
        <translation>&amp;Detectar ahora</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>Des&amp;conectar…</translation>
    </message>
    <message>
        <source>&amp;Instance Browser</source>
        <translation>Explorador de &amp;instancias</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Show &amp;Disconnected Accounts</source>
        <translation>Mostrar cuentas &amp;desconectadas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Onramp</source>
        <translation>&amp;Acerca de Onramp</translation>
    </message>
    <message>
        <source>About Onramp</source>
        <translation>Acerca de Onramp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Connects AWS accounts with read-only access and shows their EC2 instances.&lt;/p&gt;&lt;p&gt;Registry: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Conecta cuentas de AWS con acceso de solo lectura y muestra sus instancias de EC2.&lt;/p&gt;&lt;p&gt;Registro: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>No se ha podido leer la lista de cuentas: %1</translation>
    </message>
    <message>
        <source>Console identity: looking up the AWS account of %1…</source>
        <translation>Identidad de la consola: buscando la cuenta de AWS de %1…</translation>
    </message>
    <message>
        <source>Console identity: AWS account &lt;b&gt;%1&lt;/b&gt; (%2). New CloudFormation roles trust %3.</source>
        <translation>Identidad de la consola: cuenta de AWS &lt;b&gt;%1&lt;/b&gt; (%2). Los nuevos roles de CloudFormation confían en %3.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>account &lt;b&gt;%1&lt;/b&gt; (set in Settings)</source>
        <translation>la cuenta &lt;b&gt;%1&lt;/b&gt; (definida en Configuración)</translation>
    </message>
    <message>
        <source>Console identity unavailable: %1</source>
        <translation>Identidad de la consola no disponible: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Configuración…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Reintentar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>Detectando</translation>
    </message>
    <message>
        <source>%1: %2 of %3 regions, %4 instances</source>
        <translation>%1: %2 de %3 regiones, %4 instancias</translation>
    </message>
    <message>
        <source>%1: listing regions</source>
        <translation>%1: enumerando regiones</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Detectando %1</translation>
    </message>
    <message>
        <source>Re-validating %1…</source>
        <translation>Volviendo a validar %1…</translation>
    </message>
    <message>
        <source>Re-validating %1 failed:</source>
        <translation>Error al volver a validar %1:</translation>
    </message>
    <message>
        <source>%1 is valid; discovering its instances.</source>
        <translation>%1 es válida; detectando sus instancias.</translation>
    </message>
    <message>
        <source>Discovery of %1 could not start:</source>
        <translation>No se ha podido iniciar la detección de %1:</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <source>Give up this CloudFormation onboarding?</source>
        <translation>¿Abandonar esta incorporación con CloudFormation?</translation>
    </message>
    <message>
        <source>Disconnect %1 (AWS account %2)?</source>
        <translation>¿Desconectar %1 (cuenta de AWS %2)?</translation>
    </message>
    <message>
        <source>Onramp stops discovering it and deletes its access key from the system keychain. The instances found so far stay visible as history. The key itself stays valid in AWS: deactivate it in IAM if nobody needs it.</source>
        <translation>Onramp deja de detectarla y elimina su clave de acceso del llavero del sistema. Las instancias encontradas hasta ahora siguen visibles como historial. La clave sigue siendo válida en AWS: desactívela en IAM si nadie la necesita.</translation>
    </message>
    <message>
        <source>Onramp stops discovering it. The instances found so far stay visible as history. The role stays in the AWS account: delete the CloudFormation stack to remove it.</source>
        <translation>Onramp deja de detectarla. Las instancias encontradas hasta ahora siguen visibles como historial. El rol permanece en la cuenta de AWS: elimine la pila de CloudFormation para quitarlo.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnecting %1 failed:</source>
        <translation>Error al desconectar %1:</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 desconectada.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery of %1 finished. Instances: %Ln.</source>
        <translation>
            <numerusform>Detección de %1 finalizada. Instancias: %Ln.</numerusform>
            <numerusform>Detección de %1 finalizada. Instancias: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %Ln</source>
        <translation>
            <numerusform>Cuentas: %Ln</numerusform>
            <numerusform>Cuentas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances: %Ln</source>
        <translation>
            <numerusform>Instancias: %Ln</numerusform>
            <numerusform>Instancias: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1. Onramp sends its AWS requests there instead of to AWS&apos;s own endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</source>
        <translation>Anulación del punto de enlace de AWS activa: %1. Onramp envía sus solicitudes de AWS a esa dirección en lugar de a los puntos de enlace propios de AWS (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</translation>
    </message>
    <message>
        <source>new organization onboarding</source>
        <translation>nueva incorporación de organización</translation>
    </message>
    <message>
        <source>Syncing %1 failed: %2</source>
        <translation>Error al sincronizar %1: %2</translation>
    </message>
    <message>
        <source>Lists the organization&apos;s accounts again: new accounts are connected, accounts that left are disconnected, pending ones retried.</source>
        <translation>Vuelve a listar las cuentas de la organización: se conectan las nuevas, se desconectan las que salieron y se reintentan las pendientes.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>%1: %2 of %3 accounts · %4 instances</source>
        <translation>%1: %2 de %3 cuentas · %4 instancias</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <source>Syncing %1 failed:</source>
        <translation>Error al sincronizar %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1 synced: %Ln accounts listed.</source>
        <translation>
            <numerusform>%1 sincronizada: %Ln cuenta listada.</numerusform>
            <numerusform>%1 sincronizada: %Ln cuentas listadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give up this organization onboarding?</source>
        <translation>¿Abandonar esta incorporación de organización?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its 1 account?</source>
        <translation>¿Desconectar la organización %1 y su cuenta?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its %2 accounts?</source>
        <translation>¿Desconectar la organización %1 y sus %2 cuentas?</translation>
    </message>
    <message>
        <source>Onramp stops discovering every account of the organization and stops syncing it. The instances found so far stay visible as history. The roles stay in the AWS accounts: delete the stack in the management account (and its StackSet) to remove them.</source>
        <translation>Onramp deja de descubrir todas las cuentas de la organización y de sincronizarla. Las instancias encontradas hasta ahora siguen visibles como historial. Los roles permanecen en las cuentas de AWS: elimine la pila de la cuenta de administración (y su StackSet) para quitarlos.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>OnboardingService</name>
    <message>
        <source>AWS account %1 is already connected to a different user.</source>
        <translation>La cuenta de AWS %1 ya está conectada a otro usuario.</translation>
    </message>
    <message>
        <source>No account record %1 for user %2.</source>
        <translation>No existe el registro de cuenta %1 para el usuario %2.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and %1 already has one (%2).</source>
        <translation>El plan de prueba permite una cuenta de AWS conectada y %1 ya tiene una (%2).</translation>
    </message>
    <message>
        <source>pending CloudFormation onboarding</source>
        <translation>incorporación pendiente con CloudFormation</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys; it has no template.</source>
        <translation>El registro %1 se conecta con claves de acceso; no tiene plantilla.</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys, not a role.</source>
        <translation>El registro %1 se conecta con claves de acceso, no con un rol.</translation>
    </message>
    <message>
        <source>Record %1 is disconnected; start a new onboarding.</source>
        <translation>El registro %1 está desconectado; inicie una nueva incorporación.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Waiting for the stack… (%1 s)</source>
        <translation>Esperando a la pila… (%1 s)</translation>
    </message>
    <message>
        <source>Onramp&apos;s own AWS identity is not allowed to call sts:AssumeRole (%1). Grant it sts:AssumeRole on %2.</source>
        <translation>La propia identidad de AWS de Onramp no tiene permiso para llamar a sts:AssumeRole (%1). Concédale sts:AssumeRole sobre %2.</translation>
    </message>
    <message>
        <source>AWS refused to let Onramp assume %1. Either the role&apos;s trust policy requires a different External ID than this onboarding&apos;s (%2) — the stack was made from another onboarding&apos;s template — or the role does not exist yet or does not trust Onramp&apos;s account (is the stack complete?).</source>
        <translation>AWS no ha permitido que Onramp asuma %1. O bien la política de confianza del rol exige un ID externo distinto del de esta incorporación (%2) —la pila se creó con la plantilla de otra incorporación—, o bien el rol aún no existe o no confía en la cuenta de Onramp (¿se ha completado la pila?).</translation>
    </message>
    <message>
        <source>The assumed role belongs to account %1, not %2.</source>
        <translation>El rol asumido pertenece a la cuenta %1, no a %2.</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Comprobando los permisos…</translation>
    </message>
    <message>
        <source>The role is missing permissions: %1.</source>
        <translation>Al rol le faltan permisos: %1.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>The access key id must be AKIA or ASIA followed by 16 upper-case letters or digits.</source>
        <translation>El ID de clave de acceso debe ser AKIA o ASIA seguido de 16 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>The secret access key must be 40 characters: letters, digits, &apos;/&apos;, &apos;+&apos; or &apos;=&apos;.</source>
        <translation>La clave de acceso secreta debe tener 40 caracteres: letras, dígitos, &apos;/&apos;, &apos;+&apos; o &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name.</source>
        <translation>«%1» no es un nombre de región de AWS.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Guardando el secreto en el llavero del sistema…</translation>
    </message>
    <message>
        <source>access key %1 of %2</source>
        <translation>clave de acceso %1 de %2</translation>
    </message>
    <message>
        <source>The keychain entry of account %1 is damaged; connect it again.</source>
        <translation>La entrada del llavero de la cuenta %1 está dañada; vuelva a conectarla.</translation>
    </message>
    <message>
        <source>Record %1 is %2; only connected accounts can be discovered.</source>
        <translation>El registro %1 tiene el estado %2; la detección solo es posible en cuentas conectadas.</translation>
    </message>
    <message>
        <source>These keys now belong to account %1, not %2.</source>
        <translation>Estas claves pertenecen ahora a la cuenta %1, no a %2.</translation>
    </message>
    <message>
        <source>keychain entry deleted</source>
        <translation>entrada del llavero eliminada</translation>
    </message>
    <message>
        <source>The secret access key of account %1 is not in the system keychain; connect the access keys again, or disconnect the account.</source>
        <translation>La clave de acceso secreta de la cuenta %1 no está en el llavero del sistema; vuelva a conectar las claves de acceso o desconecte la cuenta.</translation>
    </message>
    <message>
        <source>interrupted connect resumed</source>
        <translation>conexión interrumpida reanudada</translation>
    </message>
    <message>
        <source>Disconnect not finished; disconnect the account again.</source>
        <translation>La desconexión no terminó; desconecte la cuenta de nuevo.</translation>
    </message>
    <message>
        <source>Checking that the role requires the External ID…</source>
        <translation>Comprobando que el rol exige el ID externo…</translation>
    </message>
    <message>
        <source>The role %1 can be assumed without an External ID, so any customer of this console&apos;s AWS account could use Onramp to read this account (confused deputy). Add the condition &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} to the role&apos;s trust policy; the role is not connected until then.</source>
        <translation>El rol %1 se puede asumir sin un ID externo, por lo que cualquier cliente de la cuenta de AWS de esta consola podría usar Onramp para leer esta cuenta (problema del suplente confuso). Añada la condición &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} a la política de confianza del rol; hasta entonces, el rol no se conecta.</translation>
    </message>
    <message>
        <source>Could not check that the role requires the External ID: %1</source>
        <translation>No se ha podido comprobar que el rol exija el ID externo: %1</translation>
    </message>
    <message>
        <source>These are the root user&apos;s access keys of AWS account %1. Onramp does not accept root credentials: they cannot be limited to read-only. Create an IAM user that may only call %2, use its keys, and delete the root user&apos;s access keys.</source>
        <translation>Estas son las claves de acceso del usuario raíz de la cuenta de AWS %1. Onramp no acepta credenciales del usuario raíz: no se pueden limitar a solo lectura. Cree un usuario de IAM que solo pueda llamar a %2, use sus claves y elimine las claves de acceso del usuario raíz.</translation>
    </message>
    <message>
        <source>Record %1 is an AWS Organization: verify it with &quot;org verify&quot; and refresh it with &quot;org sync&quot;.</source>
        <translation>El registro %1 es una organización de AWS: verifíquelo con «org verify» y actualícelo con «org sync».</translation>
    </message>
    <message numerus="yes">
        <source>The trial plan allows one connected AWS account, and this organization has %n accounts to connect.</source>
        <translation>
            <numerusform>El plan de prueba permite una cuenta de AWS conectada y esta organización tiene %n cuenta por conectar.</numerusform>
            <numerusform>El plan de prueba permite una cuenta de AWS conectada y esta organización tiene %n cuentas por conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>pending AWS Organization onboarding</source>
        <translation>incorporación de organización de AWS pendiente</translation>
    </message>
    <message>
        <source>role %1; databases not permitted (rds:DescribeDBInstances)</source>
        <translation>rol %1; bases de datos no permitidas (rds:DescribeDBInstances)</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; one stack in the management account connects every account of the organization, and accounts that join later.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; needs someone allowed to create stacks in the management account, and trusted access for CloudFormation StackSets in AWS Organizations.</source>
        <translation>&lt;b&gt;Ventaja:&lt;/b&gt; una pila en la cuenta de administración conecta todas las cuentas de la organización, también las que se unan después.&lt;br&gt;&lt;b&gt;Inconveniente:&lt;/b&gt; requiere a alguien autorizado a crear pilas en la cuenta de administración y el acceso de confianza para CloudFormation StackSets en AWS Organizations.</translation>
    </message>
    <message>
        <source>1. Create the stack in the organization&apos;s management account</source>
        <translation>1. Cree la pila en la cuenta de administración de la organización</translation>
    </message>
    <message>
        <source>In the AWS Organizations console of the management account, copy the root id (&lt;tt&gt;r-…&lt;/tt&gt;) or the OU ids whose accounts Onramp should read, and enter them below.</source>
        <translation>En la consola de AWS Organizations de la cuenta de administración, copie el ID de la raíz (&lt;tt&gt;r-…&lt;/tt&gt;) o los ID de las OU cuyas cuentas debe leer Onramp e introdúzcalos abajo.</translation>
    </message>
    <message>
        <source>Make sure trusted access for &lt;i&gt;CloudFormation StackSets&lt;/i&gt; is enabled (Organizations, Services).</source>
        <translation>Asegúrese de que el acceso de confianza para &lt;i&gt;CloudFormation StackSets&lt;/i&gt; esté habilitado (Organizations, Servicios).</translation>
    </message>
    <message>
        <source>Create a stack with this template in the management account: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Cree una pila con esta plantilla en la cuenta de administración: suba el archivo de &lt;i&gt;Guardar como…&lt;/i&gt;, use &lt;i&gt;Abrir creación rápida&lt;/i&gt; o ejecute el comando de la AWS CLI.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below. The StackSet creates the same role in every member account.</source>
        <translation>Cuando la pila muestre CREATE_COMPLETE, copie &lt;b&gt;RoleArn&lt;/b&gt; de su pestaña Salidas y péguelo abajo. El StackSet crea el mismo rol en cada cuenta miembro.</translation>
    </message>
    <message>
        <source>r-ab12 (the root) or ou-ab12-11111111 …</source>
        <translation>r-ab12 (la raíz) u ou-ab12-11111111 …</translation>
    </message>
    <message>
        <source>Target OUs: the root id or OU ids whose accounts get the role</source>
        <translation>OU de destino: el ID de la raíz o los ID de las OU cuyas cuentas reciben el rol</translation>
    </message>
    <message>
        <source>&amp;Target OUs:</source>
        <translation>OU de &amp;destino:</translation>
    </message>
    <message>
        <source>2. Tell Onramp the management account&apos;s role</source>
        <translation>2. Indique a Onramp el rol de la cuenta de administración</translation>
    </message>
    <message>
        <source>e.g. Acme organization</source>
        <translation>p. ej., organización Acme</translation>
    </message>
    <message>
        <source>Organization name (optional)</source>
        <translation>Nombre de la organización (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>Management account&apos;s Role ARN or AWS account id</source>
        <translation>ARN del rol o ID de cuenta de AWS de la cuenta de administración</translation>
    </message>
    <message>
        <source>Verify the management role and connect the organization</source>
        <translation>Verificar el rol de administración y conectar la organización</translation>
    </message>
    <message>
        <source>Management &amp;role ARN:</source>
        <translation>ARN del &amp;rol de administración:</translation>
    </message>
    <message>
        <source>optional: 123456789012, 210987654321</source>
        <translation>opcional: 123456789012, 210987654321</translation>
    </message>
    <message>
        <source>AWS accounts never to connect (optional)</source>
        <translation>Cuentas de AWS que nunca se conectan (opcional)</translation>
    </message>
    <message>
        <source>Exclude &amp;accounts:</source>
        <translation>Excluir &amp;cuentas:</translation>
    </message>
    <message>
        <source>optional: ou-ab12-11111111</source>
        <translation>opcional: ou-ab12-11111111</translation>
    </message>
    <message>
        <source>Organizational units whose accounts are never connected (optional)</source>
        <translation>Unidades organizativas cuyas cuentas nunca se conectan (opcional)</translation>
    </message>
    <message>
        <source>Exclude &amp;OUs:</source>
        <translation>Excluir &amp;OU:</translation>
    </message>
    <message>
        <source>Exclusions check</source>
        <translation>Comprobación de exclusiones</translation>
    </message>
    <message>
        <source>Preparing a new organization onboarding…</source>
        <translation>Preparando una nueva incorporación de organización…</translation>
    </message>
    <message>
        <source>The template needs the organization&apos;s root id (r-…): find it in the AWS Organizations console of the management account, under AWS accounts (Root). OU ids (ou-…) limit the roles to those OUs.</source>
        <translation>La plantilla necesita el ID de la raíz de la organización (r-…): está en la consola de AWS Organizations de la cuenta de administración, en Cuentas de AWS (Root). Los ID de OU (ou-…) limitan los roles a esas OU.</translation>
    </message>
    <message>
        <source>Not a root id (r-…) nor an OU id (ou-…-…): %1</source>
        <translation>No es un ID de raíz (r-…) ni de OU (ou-…-…): %1</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath %1.</source>
        <translation>✓ Los roles de miembro van a todas las cuentas bajo %1.</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath these %1 ids.</source>
        <translation>✓ Los roles de miembro van a todas las cuentas bajo estos %1 ID.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>La plantilla indica la cuenta de AWS autorizada a asumir el rol (la cuenta con la que se ejecuta esta consola) y Onramp no ha podido averiguarla: %1&lt;br&gt;Defina una cuenta de confianza en Configuración, o corrija la identidad de la consola y &lt;a href=&quot;retry&quot;&gt;vuelva a intentarlo&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Buscando la cuenta de AWS con la que se ejecuta esta consola…</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s root id (r-…) above: the template needs it to place the member roles.</source>
        <translation>Introduzca arriba el ID de la raíz de la organización (r-…): la plantilla lo necesita para colocar los roles de miembro.</translation>
    </message>
    <message>
        <source>Every role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>Cada rol confía en la cuenta de AWS %1 y solo con el ID externo &lt;tt&gt;%2&lt;/tt&gt; de esta incorporación. Región de la pila: %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit id of the management account.</source>
        <translation>Pegue la salida RoleArn de la pila o solo el ID de 12 dígitos de la cuenta de administración.</translation>
    </message>
    <message>
        <source>✓ Management account %1 — the role %2 that the template creates there.</source>
        <translation>✓ Cuenta de administración %1 — el rol %2 que la plantilla crea allí.</translation>
    </message>
    <message>
        <source>✓ Management account %1, role %2</source>
        <translation>✓ Cuenta de administración %1, rol %2</translation>
    </message>
    <message>
        <source>Not a 12-digit AWS account id: %1</source>
        <translation>No es un ID de cuenta de AWS de 12 dígitos: %1</translation>
    </message>
    <message>
        <source>Not an OU id (ou-…-…) nor a root id (r-…): %1</source>
        <translation>No es un ID de OU (ou-…-…) ni de raíz (r-…): %1</translation>
    </message>
    <message>
        <source>Every active account of the organization is connected.</source>
        <translation>Se conectan todas las cuentas activas de la organización.</translation>
    </message>
    <message>
        <source>✓ Left out, never contacted: %1 accounts and the accounts beneath %2 OUs.</source>
        <translation>✓ Excluidas, nunca contactadas: %1 cuentas y las cuentas bajo %2 OU.</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Record %1 is a single AWS account, not an organization.</source>
        <translation>El registro %1 es una cuenta de AWS individual, no una organización.</translation>
    </message>
    <message>
        <source>Organization %1 is disconnected; start a new onboarding.</source>
        <translation>La organización %1 está desconectada; inicie una nueva incorporación.</translation>
    </message>
    <message>
        <source>Organization %1 has not been verified yet: run &quot;org verify&quot; with the management account&apos;s Role ARN first.</source>
        <translation>La organización %1 aún no se ha verificado: ejecute primero «org verify» con el ARN del rol de la cuenta de administración.</translation>
    </message>
    <message>
        <source>--exclude-account takes a 12-digit AWS account id, not &quot;%1&quot;.</source>
        <translation>--exclude-account espera un ID de cuenta de AWS de 12 dígitos, no «%1».</translation>
    </message>
    <message>
        <source>--exclude-ou takes an organizational unit id (ou-…) or a root id (r-…), not &quot;%1&quot;.</source>
        <translation>--exclude-ou espera un ID de unidad organizativa (ou-…) o de raíz (r-…), no «%1».</translation>
    </message>
    <message>
        <source>Verifying the management account&apos;s role…</source>
        <translation>Verificando el rol de la cuenta de administración…</translation>
    </message>
    <message>
        <source>The management account %1 is already connected on its own (record %2): disconnect that record, then verify the organization.</source>
        <translation>La cuenta de administración %1 ya está conectada por separado (registro %2): desconecte ese registro y luego verifique la organización.</translation>
    </message>
    <message>
        <source>management account</source>
        <translation>cuenta de administración</translation>
    </message>
    <message>
        <source>The management account %1 of organization %2 is not connected: run &quot;org verify&quot; with its Role ARN.</source>
        <translation>La cuenta de administración %1 de la organización %2 no está conectada: ejecute «org verify» con su ARN de rol.</translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>Leyendo la organización…</translation>
    </message>
    <message>
        <source>AWS account %1 is not in an AWS Organization. Connect it as a single account instead.</source>
        <translation>La cuenta de AWS %1 no pertenece a una organización de AWS. Conéctela como cuenta individual.</translation>
    </message>
    <message>
        <source>The management role may not read the organization (%1): it needs %2. Create the stack from the organization template.</source>
        <translation>El rol de administración no puede leer la organización (%1): necesita %2. Cree la pila con la plantilla de organización.</translation>
    </message>
    <message>
        <source>AWS account %1 is a member of organization %2, whose management account is %3: give the Role ARN of the stack in the management account.</source>
        <translation>La cuenta de AWS %1 es miembro de la organización %2, cuya cuenta de administración es %3: indique el ARN del rol de la pila en la cuenta de administración.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Listando las cuentas de la organización…</translation>
    </message>
    <message>
        <source>The management role may not list the organization&apos;s accounts (%1): it needs %2.</source>
        <translation>El rol de administración no puede listar las cuentas de la organización (%1): necesita %2.</translation>
    </message>
    <message>
        <source>Could not list the accounts of the excluded OUs: %1</source>
        <translation>No se pudieron listar las cuentas de las OU excluidas: %1</translation>
    </message>
    <message>
        <source>management role %1 of organization %2</source>
        <translation>rol de administración %1 de la organización %2</translation>
    </message>
    <message>
        <source>left the organization</source>
        <translation>salió de la organización</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>closed in AWS</source>
        <translation>cerrada en AWS</translation>
    </message>
    <message>
        <source>Disconnected: %1; its instances are kept as history.</source>
        <translation>Desconectada: %1; sus instancias se conservan como historial.</translation>
    </message>
    <message>
        <source>AWS account %1 %2</source>
        <translation>Cuenta de AWS %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Connecting %n account(s)…</source>
        <translation>
            <numerusform>Conectando %n cuenta…</numerusform>
            <numerusform>Conectando %n cuentas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already connected on its own (record %1).</source>
        <translation>Ya conectada por separado (registro %1).</translation>
    </message>
    <message>
        <source>The role %1 cannot be assumed yet: the organization&apos;s StackSet may still be creating it in this account (or the account is outside its target OUs). Retried on every sync.</source>
        <translation>Aún no se puede asumir el rol %1: puede que el StackSet de la organización todavía lo esté creando en esta cuenta (o la cuenta está fuera de sus OU de destino). Se reintenta en cada sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) pending</source>
        <translation>
            <numerusform>%n cuenta pendiente</numerusform>
            <numerusform>%n cuentas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (connected to a different user)</source>
        <translation>
            <numerusform>%n rechazada (conectada a otro usuario)</numerusform>
            <numerusform>%n rechazadas (conectadas a otro usuario)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 account(s) listed, %3 active%4</source>
        <translation>%1: %2 cuenta(s) listada(s), %3 activa(s)%4</translation>
    </message>
    <message>
        <source>Organization %1 is not verified yet, so Onramp cannot look up its root: give the root id (r-…, on the AWS Organizations console&apos;s &quot;AWS accounts&quot; page) or the OUs the roles should go to.</source>
        <translation>La organización %1 aún no está verificada, así que Onramp no puede averiguar su raíz: indique el ID de la raíz (r-…, en la página «Cuentas de AWS» de la consola de AWS Organizations) o las OU donde deben ir los roles.</translation>
    </message>
</context>
<context>
    <name>OrganizationsClient</name>
    <message>
        <source>has %1 items where at most %2 were asked for</source>
        <translation>tiene %1 elementos cuando se pidieron como máximo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…), organizational unit (ou-…-…) or account id (12 digits).</source>
        <translation>«%1» no es una raíz de organización (r-…), una unidad organizativa (ou-…-…) ni un ID de cuenta (12 dígitos).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>ListChildren: asked for organizational units, the response listed %1 (%2).</source>
        <translation>ListChildren: se pidieron unidades organizativas y la respuesta listó %1 (%2).</translation>
    </message>
    <message>
        <source>More than %1 organizational units beneath the given parents; stopped (AWS allows at most %1 in an organization).</source>
        <translation>Más de %1 unidades organizativas bajo los padres indicados; detenido (AWS permite como máximo %1 en una organización).</translation>
    </message>
</context>
<context>
    <name>PageChain</name>
    <message>
        <source>%1 in %2: page %3 came with a continuation token of %4 characters; stopped (a real one is a few hundred).</source>
        <translation>%1 en %2: la página %3 llegó con un token de continuación de %4 caracteres; se ha detenido (uno real tiene unos cientos de caracteres).</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 sent a continuation token that leads back to an earlier page; stopped instead of listing for ever.</source>
        <translation>%1 en %2: la página %3 envió un token de continuación que lleva de vuelta a una página anterior; se ha detenido en lugar de enumerar indefinidamente.</translation>
    </message>
    <message>
        <source>%1 in %2: still more pages after %3; stopped at the limit of %3 pages per region.</source>
        <translation>%1 en %2: aún hay más páginas después de %3; se ha detenido en el límite de %3 páginas por región.</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 names two different continuation tokens; stopped (the response is malformed).</source>
        <translation>%1 en %2: la página %3 indica dos tokens de continuación distintos; detenido (la respuesta está mal formada).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>only you can read the registry files</source>
        <translation>solo usted puede leer los archivos del registro</translation>
    </message>
    <message>
        <source>other users of this computer can read External IDs, role ARNs, the inventory and the audit log: %1</source>
        <translation>otros usuarios de este equipo pueden leer los ID externos, los ARN de rol, el inventario y el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>run: chmod go= %1</source>
        <translation>ejecute: chmod go= %1</translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot;</source>
        <translation>credential_process del perfil «%1»</translation>
    </message>
    <message>
        <source>credential_process is longer than %1 characters.</source>
        <translation>credential_process tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>credential_process has an unterminated quote: %1</source>
        <translation>credential_process tiene unas comillas sin cerrar: %1</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process está vacío.</translation>
    </message>
    <message>
        <source>credential_process printed no valid credentials: %1</source>
        <translation>credential_process no ha impreso credenciales válidas: %1</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be 1</source>
        <translation>«Version» debe ser 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>«%1» falta o no es una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«%1» no es una cadena</translation>
    </message>
    <message>
        <source>&quot;Expiration&quot; is not an ISO 8601 time with a time zone: %1</source>
        <translation>«Expiration» no es una hora ISO 8601 con zona horaria: %1</translation>
    </message>
    <message>
        <source>Its error output: %1</source>
        <translation>Su salida de error: %1</translation>
    </message>
    <message>
        <source>credential_process (%1) returned credentials that expired at %2.</source>
        <translation>credential_process (%1) devolvió credenciales que caducaron a las %2.</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process no pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>credential_process (%1) did not finish within %2 s and was stopped.</source>
        <translation>credential_process (%1) no terminó en %2 s y se detuvo.</translation>
    </message>
    <message>
        <source>credential_process (%1) printed more than %2 bytes and was stopped.</source>
        <translation>credential_process (%1) imprimió más de %2 bytes y se detuvo.</translation>
    </message>
    <message>
        <source>credential_process (%1) crashed.</source>
        <translation>credential_process (%1) se bloqueó.</translation>
    </message>
    <message>
        <source>credential_process (%1) failed with exit code %2.</source>
        <translation>credential_process (%1) falló con el código de salida %2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <source>Accounts connected with access keys cannot be connected or refreshed until it is. CloudFormation accounts are not affected.</source>
        <translation>Las cuentas conectadas con claves de acceso no se pueden conectar ni actualizar hasta que lo esté. Las cuentas de CloudFormation no se ven afectadas.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; team mode needs it (Debian: libqt6sql6-psql).</source>
        <translation>El controlador de PostgreSQL de Qt (QPSQL) no está instalado; el modo de equipo lo necesita (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>No se puede conectar a la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>El controlador de SQLite de Qt (QSQLITE) no está instalado (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (Onramp needs to write the file and its folder). Check the permissions or choose another file with --db.</source>
        <translation>La base de datos del registro %1 es de solo lectura (Onramp necesita escribir en el archivo y en su carpeta). Compruebe los permisos o elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>enabling WAL on %1</source>
        <translation>activar WAL en %1</translation>
    </message>
    <message>
        <source>The registry database %1 cannot switch to WAL mode (journal mode stays &quot;%2&quot;); it is probably on a read-only or network file system.</source>
        <translation>La base de datos del registro %1 no puede cambiar al modo WAL (el modo de diario sigue siendo «%2»); probablemente se encuentra en un sistema de archivos de solo lectura o de red.</translation>
    </message>
    <message>
        <source>configuring %1</source>
        <translation>configurar %1</translation>
    </message>
    <message>
        <source>asking the server who we are</source>
        <translation>preguntar al servidor nuestra identidad</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>inspecting %1</source>
        <translation>inspeccionar %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Onramp registry. Choose another file with --db.</source>
        <translation>%1 es una base de datos SQLite, pero no un registro de Onramp. Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>bloquear el esquema para la migración</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizar el esquema a la versión %1</translation>
    </message>
    <message>
        <source>The team database is at schema %1 and needs version %2, which only its administrator can install: an administrator role must open it first. (%3)</source>
        <translation>La base de datos del equipo está en el esquema %1 y necesita la versión %2, que solo su administrador puede instalar: primero debe abrirla un rol de administrador. (%3)</translation>
    </message>
    <message>
        <source>Cannot upgrade the registry database %1 to schema %2 (%3): %4</source>
        <translation>No se puede actualizar la base de datos del registro %1 al esquema %2 (%3): %4</translation>
    </message>
    <message>
        <source>The database was created by a newer Onramp (schema %1, this build knows %2).</source>
        <translation>La base de datos se creó con una versión más reciente de Onramp (esquema %1; esta compilación conoce el %2).</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparar una consulta</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de base de datos al %1: %2</translation>
    </message>
    <message>
        <source>This AWS account is already connected in Onramp.</source>
        <translation>Esta cuenta de AWS ya está conectada en Onramp.</translation>
    </message>
    <message>
        <source>The account does not exist (or belongs to another user).</source>
        <translation>La cuenta no existe (o pertenece a otro usuario).</translation>
    </message>
    <message>
        <source>The team database refused this (%1): %2</source>
        <translation>La base de datos del equipo lo ha rechazado (%1): %2</translation>
    </message>
    <message>
        <source>The team database was busy while %1; try again.</source>
        <translation>La base de datos del equipo estaba ocupada al %1; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Lost the connection to the team database while %1: %2</source>
        <translation>Se ha perdido la conexión con la base de datos del equipo al %1: %2</translation>
    </message>
    <message>
        <source>The registry database %1 is locked by another Onramp process (waited %2 ms while %3). Try again when it has finished.</source>
        <translation>La base de datos del registro %1 está bloqueada por otro proceso de Onramp (se ha esperado %2 ms al %3). Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The registry database %1 is damaged or is not a database (%2). Restore it from a backup, or move it away and Onramp will create a new one.</source>
        <translation>La base de datos del registro %1 está dañada o no es una base de datos (%2). Restáurela desde una copia de seguridad, o muévala a otro lugar y Onramp creará una nueva.</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation>La base de datos del registro %1 es de solo lectura (%2). Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>El disco que contiene %1 está lleno.</translation>
    </message>
    <message>
        <source>Cannot open the registry database %1 (%2).</source>
        <translation>No se puede abrir la base de datos del registro %1 (%2).</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>La cuenta no existe.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>El nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>añadir el usuario %1</translation>
    </message>
    <message>
        <source>User %1 could not be created.</source>
        <translation>No se ha podido crear el usuario %1.</translation>
    </message>
    <message>
        <source>changing the plan of %1</source>
        <translation>cambiar el plan de %1</translation>
    </message>
    <message>
        <source>Only the team database&apos;s administrator can change plans.</source>
        <translation>Solo el administrador de la base de datos del equipo puede cambiar los planes.</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>No hay ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>enumerar los usuarios</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>leer el usuario %1</translation>
    </message>
    <message>
        <source>The account is disconnected; connect it again to create a new record.</source>
        <translation>La cuenta está desconectada; vuelva a conectarla para crear un nuevo registro.</translation>
    </message>
    <message>
        <source>An account cannot go from %1 to %2.</source>
        <translation>Una cuenta no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation>leer la cuenta %1</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>enumerar las cuentas</translation>
    </message>
    <message>
        <source>looking up AWS account %1</source>
        <translation>buscar la cuenta de AWS %1</translation>
    </message>
    <message>
        <source>counting the accounts of %1</source>
        <translation>contar las cuentas de %1</translation>
    </message>
    <message>
        <source>storing account %1</source>
        <translation>guardar la cuenta %1</translation>
    </message>
    <message>
        <source>AWS account %1 is already connected in Onramp.</source>
        <translation>La cuenta de AWS %1 ya está conectada en Onramp.</translation>
    </message>
    <message>
        <source>A new account cannot start as %1.</source>
        <translation>Una cuenta nueva no puede empezar con el estado %1.</translation>
    </message>
    <message>
        <source>An account needs an owner and no console user is set.</source>
        <translation>Una cuenta necesita un propietario y no hay ningún usuario de consola definido.</translation>
    </message>
    <message>
        <source>storing the instances of account %1 in %2</source>
        <translation>guardar las instancias de la cuenta %1 en %2</translation>
    </message>
    <message>
        <source>removing the instances gone from account %1 in %2</source>
        <translation>eliminar las instancias que ya no existen en la cuenta %1 en %2</translation>
    </message>
    <message>
        <source>storing instance health of account %1</source>
        <translation>guardar el estado de salud de las instancias de la cuenta %1</translation>
    </message>
    <message>
        <source>reading the instances of account %1</source>
        <translation>leer las instancias de la cuenta %1</translation>
    </message>
    <message>
        <source>counting the instances of account %1</source>
        <translation>contar las instancias de la cuenta %1</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>escribir el registro de auditoría</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>comprobar la base de datos del equipo</translation>
    </message>
    <message>
        <source>checking the integrity of %1</source>
        <translation>comprobar la integridad de %1</translation>
    </message>
    <message>
        <source>checking the foreign keys of %1</source>
        <translation>comprobar las claves externas de %1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing %3 row</source>
        <translation>la fila %1 de %2 hace referencia a una fila de %3 que no existe</translation>
    </message>
    <message>
        <source>The registry database %1 failed its integrity check: %2</source>
        <translation>La base de datos del registro %1 no ha superado la comprobación de integridad: %2</translation>
    </message>
    <message>
        <source>removing account %1</source>
        <translation>eliminando la cuenta %1</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL; expected postgresql://ROLE@HOST:PORT/DATABASE (the password comes from PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>No es una URL de PostgreSQL válida; se esperaba postgresql://ROLE@HOST:PORT/DATABASE (la contraseña se obtiene de PGPASSFILE, ~/.pgpass o PGPASSWORD).</translation>
    </message>
    <message>
        <source>the PGSERVICE service</source>
        <translation>el servicio PGSERVICE</translation>
    </message>
    <message>
        <source>the database URL</source>
        <translation>la URL de la base de datos</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; (from %2) is not one of %3.</source>
        <translation>sslmode «%1» (de %2) no es ninguno de estos valores: %3.</translation>
    </message>
    <message>
        <source>Refusing sslmode=%1 (from %2) for the team database on %3: a server that is not on this computer is reached only with sslmode=verify-full, which encrypts the connection and checks the server&apos;s certificate and host name. Remove sslmode=%1 (verify-full is the default) and give the certificate authority that signed the server&apos;s certificate with ?sslrootcert=FILE or in ~/.postgresql/root.crt.</source>
        <translation>Se rechaza sslmode=%1 (de %2) para la base de datos del equipo en %3: a un servidor que no está en este equipo solo se accede con sslmode=verify-full, que cifra la conexión y comprueba el certificado y el nombre de host del servidor. Quite sslmode=%1 (verify-full es el valor predeterminado) e indique la entidad de certificación que firmó el certificado del servidor con ?sslrootcert=FILE o en ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>The %1 of the database URL must not contain &apos;;&apos;.</source>
        <translation>El parámetro %1 de la URL de la base de datos no puede contener &apos;;&apos;.</translation>
    </message>
    <message>
        <source>encryption unknown</source>
        <translation>cifrado desconocido</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>cifrado (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>TLS verify-full, %1</source>
        <translation>TLS verify-full, %1</translation>
    </message>
    <message>
        <source>Unix socket (local), %1</source>
        <translation>Socket de Unix (local), %1</translation>
    </message>
    <message>
        <source>loopback, sslmode=%1, %2</source>
        <translation>loopback, sslmode=%1, %2</translation>
    </message>
    <message>
        <source>The database URL given with --db contains a password, which other users of this computer can read (ps, /proc) and your shell history keeps. Remove it from --db and give the password another way: the whole URL in the ONRAMP_DB environment variable, a password file (PGPASSFILE or ~/.pgpass), or PGPASSWORD.</source>
        <translation>La URL de la base de datos indicada con --db contiene una contraseña, que otros usuarios de este equipo pueden leer (ps, /proc) y que queda guardada en el historial del shell. Quítela de --db e indique la contraseña de otra forma: la URL completa en la variable de entorno ONRAMP_DB, un archivo de contraseñas (PGPASSFILE o ~/.pgpass) o PGPASSWORD.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the server&apos;s certificate must be signed by a certificate authority in ~/.postgresql/root.crt (or ?sslrootcert=FILE) and name the host as written in the URL.</source>
        <translation>Con sslmode=verify-full, el certificado del servidor debe estar firmado por una entidad de certificación de ~/.postgresql/root.crt (o ?sslrootcert=FILE) y nombrar el host tal como está escrito en la URL.</translation>
    </message>
    <message>
        <source>The team database refused a status change while %1 (%2).</source>
        <translation>La base de datos del equipo ha rechazado un cambio de estado al %1 (%2).</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s id, owner and creation time never change.</source>
        <translation>La base de datos del equipo ha rechazado el cambio al %1: el ID, el propietario y la fecha de creación de una cuenta nunca cambian.</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s AWS account id cannot change once it is connected, and a disconnected account does not change. Connect the other AWS account as a new account.</source>
        <translation>La base de datos del equipo ha rechazado el cambio al %1: el ID de cuenta de AWS de una cuenta no puede cambiar una vez conectada, y una cuenta desconectada no cambia. Conecte la otra cuenta de AWS como una cuenta nueva.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and the team database already holds one of yours.</source>
        <translation>El plan de prueba permite una cuenta de AWS conectada y la base de datos del equipo ya contiene una suya.</translation>
    </message>
    <message>
        <source>checking whether AWS account %1 is taken</source>
        <translation>comprobar si la cuenta de AWS %1 ya está en uso</translation>
    </message>
    <message>
        <source>Account %1 is connected to AWS account %2, which cannot change; connect AWS account %3 as a new account.</source>
        <translation>La cuenta %1 está conectada a la cuenta de AWS %2, lo cual no puede cambiar; conecte la cuenta de AWS %3 como una cuenta nueva.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>storing the databases of account %1 in %2</source>
        <translation>guardar las bases de datos de la cuenta %1 en %2</translation>
    </message>
    <message>
        <source>marking the databases gone from account %1 in %2</source>
        <translation>marcar las bases de datos que ya no existen en la cuenta %1 en %2</translation>
    </message>
    <message>
        <source>reading the databases of account %1</source>
        <translation>leer las bases de datos de la cuenta %1</translation>
    </message>
    <message>
        <source>counting the databases of account %1</source>
        <translation>contar las bases de datos de la cuenta %1</translation>
    </message>
    <message>
        <source>storing the database access of account %1</source>
        <translation>guardar el acceso a bases de datos de la cuenta %1</translation>
    </message>
    <message>
        <source>Team mode needs the group role onramp_console, and the role %1 may not create roles. Have a PostgreSQL superuser run once: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; then open the database %2 again as %1 (README.md, &quot;Team mode&quot;).</source>
        <translation>El modo de equipo necesita el rol de grupo onramp_console, y el rol %1 no puede crear roles. Pida a un superusuario de PostgreSQL que ejecute una vez: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; después vuelva a abrir la base de datos %2 como %1 (README.md, «Team mode»).</translation>
    </message>
    <message>
        <source>Cannot open a second connection to the team database %1: the first one is closed.</source>
        <translation>No se puede abrir una segunda conexión con la base de datos del equipo %1: la primera está cerrada.</translation>
    </message>
    <message>
        <source>The team database %1 authenticated a second connection as %2, not as %3; Onramp does not mix console users.</source>
        <translation>La base de datos del equipo %1 autenticó una segunda conexión como %2, no como %3; Onramp no mezcla usuarios de la consola.</translation>
    </message>
    <message>
        <source>copying the write-ahead log into %1</source>
        <translation>copiar el registro de escritura anticipada (WAL) en %1</translation>
    </message>
</context>
<context>
    <name>Registry::Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>confirmar una transacción</translation>
    </message>
</context>
<context>
    <name>RoleArnInput</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Role ARN check</source>
        <translation>Comprobación del ARN del rol</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service answered within %1 s). Onramp never stores secrets in plain text.</source>
        <translation>El llavero del sistema no está disponible (ningún Secret Service ha respondido en %1 s). Onramp nunca guarda secretos en texto sin cifrar.</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the system keychain (service &quot;%2&quot;).</source>
        <translation>No hay ningún secreto guardado con el nombre «%1» en el llavero del sistema (servicio «%2»).</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked or the request was denied (%1). Unlock it and try again.</source>
        <translation>El llavero del sistema ha denegado el acceso: está bloqueado o se ha rechazado la solicitud (%1). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Onramp never stores secrets in plain text.</source>
        <translation>El llavero del sistema no está disponible (%1). Onramp nunca guarda secretos en texto sin cifrar.</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring (%1). Create or unlock the login keyring, then try again. Onramp never stores secrets in plain text.</source>
        <translation>El llavero del sistema no tiene ningún depósito de claves predeterminado desbloqueado (%1). Cree o desbloquee el depósito de claves de inicio de sesión y vuelva a intentarlo. Onramp nunca guarda secretos en texto sin cifrar.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema ha informado de un error: %1</translation>
    </message>
    <message>
        <source>Keychain check failed while %1: %2</source>
        <translation>La comprobación del llavero ha fallado al %1: %2</translation>
    </message>
    <message>
        <source>writing a test entry</source>
        <translation>escribir una entrada de prueba</translation>
    </message>
    <message>
        <source>reading the test entry back</source>
        <translation>volver a leer la entrada de prueba</translation>
    </message>
    <message>
        <source>the keychain returned different bytes than were stored</source>
        <translation>el llavero ha devuelto bytes distintos de los que se guardaron</translation>
    </message>
    <message>
        <source>deleting the test entry</source>
        <translation>eliminar la entrada de prueba</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Onramp</source>
        <translation>Configuración — Onramp</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Región principal</translation>
    </message>
    <message>
        <source>Automatic (AWS_REGION, the profile, or us-east-1)</source>
        <translation>Automática (AWS_REGION, el perfil o us-east-1)</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>Región &amp;principal:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalo de actualización en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Re&amp;fresh instances every:</source>
        <translation>Act&amp;ualizar instancias cada:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Onramp starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Onramp.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
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
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>The console identity is the AWS principal Onramp acts as. Customer roles created from the CloudFormation template trust its AWS account.</source>
        <translation>La identidad de la consola es la entidad principal de AWS con la que actúa Onramp. Los roles de los clientes creados con la plantilla de CloudFormation confían en su cuenta de AWS.</translation>
    </message>
    <message>
        <source>From the &amp;environment (AWS_ACCESS_KEY_ID… or the default profile)</source>
        <translation>Del &amp;entorno (AWS_ACCESS_KEY_ID… o el perfil predeterminado)</translation>
    </message>
    <message>
        <source>AWS &amp;profile from ~/.aws:</source>
        <translation>&amp;Perfil de AWS de ~/.aws:</translation>
    </message>
    <message>
        <source>Access &amp;keys kept in the system keychain:</source>
        <translation>Claves de acceso guardadas en el &amp;llavero del sistema:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Perfil de AWS</translation>
    </message>
    <message>
        <source>Console access key ID</source>
        <translation>ID de clave de acceso de la consola</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>I&amp;D de clave de acceso:</translation>
    </message>
    <message>
        <source>Console secret access key</source>
        <translation>Clave de acceso secreta de la consola</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clave de acceso &amp;secreta:</translation>
    </message>
    <message>
        <source>&amp;Remove Keys from Keychain</source>
        <translation>&amp;Quitar las claves del llavero</translation>
    </message>
    <message>
        <source>New CloudFormation onboardings</source>
        <translation>Nuevas incorporaciones con CloudFormation</translation>
    </message>
    <message>
        <source>Trusted AWS account</source>
        <translation>Cuenta de AWS de confianza</translation>
    </message>
    <message>
        <source>the console identity&apos;s own account</source>
        <translation>la propia cuenta de la identidad de la consola</translation>
    </message>
    <message>
        <source>&amp;Trusted account:</source>
        <translation>Cuenta de con&amp;fianza:</translation>
    </message>
    <message>
        <source>Template URL</source>
        <translation>URL de la plantilla</translation>
    </message>
    <message>
        <source>Template &amp;URL:</source>
        <translation>&amp;URL de la plantilla:</translation>
    </message>
    <message>
        <source>Where you host the template, for quick-create links (optional).</source>
        <translation>Dónde aloja la plantilla, para los enlaces de creación rápida (opcional).</translation>
    </message>
    <message>
        <source>Console &amp;identity</source>
        <translation>&amp;Identidad de la consola</translation>
    </message>
    <message>
        <source>The same checks as &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: the database, the system keychain, the console identity, the AWS endpoint and this computer&apos;s clock.</source>
        <translation>Las mismas comprobaciones que &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: la base de datos, el llavero del sistema, la identidad de la consola, el punto de enlace de AWS y el reloj de este equipo.</translation>
    </message>
    <message>
        <source>Run &amp;Checks</source>
        <translation>&amp;Ejecutar comprobaciones</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Ejecutar las comprobaciones</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados de las comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>The console&apos;s keys were removed from the keychain.</source>
        <translation>Se han quitado las claves de la consola del llavero.</translation>
    </message>
    <message>
        <source>Run &amp;Checks Again</source>
        <translation>&amp;Ejecutar comprobaciones de nuevo</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>guardada: escriba para reemplazarla</translation>
    </message>
    <message>
        <source>In use: %1, AWS account %2.</source>
        <translation>En uso: %1, cuenta de AWS %2.</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>En uso: %1 — %2</translation>
    </message>
    <message>
        <source>Looking up the console identity…</source>
        <translation>Buscando la identidad de la consola…</translation>
    </message>
    <message>
        <source>Templates trust the console identity&apos;s own account.</source>
        <translation>Las plantillas confían en la propia cuenta de la identidad de la consola.</translation>
    </message>
    <message>
        <source>✓ Templates trust AWS account %1.</source>
        <translation>✓ Las plantillas confían en la cuenta de AWS %1.</translation>
    </message>
    <message>
        <source>An AWS account id is exactly 12 digits.</source>
        <translation>Un ID de cuenta de AWS tiene exactamente 12 dígitos.</translation>
    </message>
    <message>
        <source>✓ Quick-create links will point CloudFormation at this URL.</source>
        <translation>✓ Los enlaces de creación rápida indicarán a CloudFormation esta URL.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address CloudFormation can read.</source>
        <translation>La URL de la plantilla debe ser una dirección https:// que CloudFormation pueda leer.</translation>
    </message>
    <message>
        <source>The trusted account must be a 12-digit AWS account id.</source>
        <translation>La cuenta de confianza debe ser un ID de cuenta de AWS de 12 dígitos.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address.</source>
        <translation>La URL de la plantilla debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation>Elija un perfil de AWS.</translation>
    </message>
    <message>
        <source>The console&apos;s access key ID must be AKIA or ASIA followed by 16 capital letters or digits.</source>
        <translation>El ID de clave de acceso de la consola debe ser AKIA o ASIA seguido de 16 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>Enter the secret access key of %1.</source>
        <translation>Introduzca la clave de acceso secreta de %1.</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>Guardando las claves en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>SsoCredentialsProvider</name>
    <message>
        <source>%1 Run `%2` and try again.</source>
        <translation>%1 Ejecute `%2` y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in account %2 (profile &quot;%3&quot;)</source>
        <translation>Rol de IAM Identity Center %1 en la cuenta %2 (perfil «%3»)</translation>
    </message>
    <message>
        <source>No IAM Identity Center sign-in is cached for %1 (%2).</source>
        <translation>No hay ningún inicio de sesión de IAM Identity Center en caché para %1 (%2).</translation>
    </message>
    <message>
        <source>The cached sign-in %1 is larger than %2 bytes.</source>
        <translation>El inicio de sesión en caché %1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The cached sign-in %1 has no valid accessToken and expiresAt.</source>
        <translation>El inicio de sesión en caché %1 no tiene accessToken y expiresAt válidos.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in for %1 expired at %2.</source>
        <translation>El inicio de sesión de IAM Identity Center para %1 caducó a las %2.</translation>
    </message>
    <message>
        <source>not a time in milliseconds</source>
        <translation>no es una hora en milisegundos</translation>
    </message>
    <message>
        <source>No HTTP client to reach the portal with.</source>
        <translation>No hay ningún cliente HTTP con el que acceder al portal.</translation>
    </message>
    <message>
        <source>The IAM Identity Center portal refused the cached sign-in (%1).</source>
        <translation>El portal de IAM Identity Center rechazó el inicio de sesión en caché (%1).</translation>
    </message>
</context>
<context>
    <name>StackUpdateDialog</name>
    <message>
        <source>New template for %1 — Onramp</source>
        <translation>Nueva plantilla para %1 — Onramp</translation>
    </message>
    <message>
        <source>To let Onramp list the databases of AWS account %1, update its stack in place (the role, its External ID and everything else stay as they are):
1. Save the template below (Save as…) or copy it.
2. Sign in to the AWS console of account %1 and open CloudFormation → Stacks → %2 (the stack that created the role).
3. Choose Update → Replace current template → Upload a template file, pick the saved file, keep the parameters, acknowledge that the stack changes an IAM role, and submit.
4. When the stack shows UPDATE_COMPLETE, Onramp lists the databases at its next refresh.</source>
        <translation>Para que Onramp pueda enumerar las bases de datos de la cuenta de AWS %1, actualice su pila sin reemplazarla (el rol, su ID externo y todo lo demás se mantienen igual):
1. Guarde la plantilla de abajo (Guardar como…) o cópiela.
2. Inicie sesión en la consola de AWS de la cuenta %1 y abra CloudFormation → Pilas → %2 (la pila que creó el rol).
3. Elija Actualizar → Reemplazar la plantilla actual → Cargar un archivo de plantilla, seleccione el archivo guardado, conserve los parámetros, confirme que la pila modifica un rol de IAM y envíe los cambios.
4. Cuando la pila muestre UPDATE_COMPLETE, Onramp enumerará las bases de datos en la siguiente actualización.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1</source>
        <translation>La plantilla indica la cuenta de AWS autorizada a asumir el rol —la cuenta con la que se ejecuta esta consola— y Onramp no ha podido averiguarla: %1</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Buscando la cuenta de AWS con la que se ejecuta esta consola…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this account&apos;s External ID %2.</source>
        <translation>El rol confía en la cuenta de AWS %1 y solo con el ID externo %2 de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>No STS client to assume the role with.</source>
        <translation>No hay ningún cliente de STS con el que asumir el rol.</translation>
    </message>
    <message>
        <source>role %1 assumed with AssumeRole</source>
        <translation>rol %1 asumido con AssumeRole</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation>«%1» no es un nombre de región de AWS como us-east-1.</translation>
    </message>
    <message>
        <source>The stack name &quot;%1&quot; is not valid: it must start with a letter and contain only letters, digits and hyphens, at most 128 characters.</source>
        <translation>El nombre de pila «%1» no es válido: debe empezar por una letra y contener solo letras, dígitos y guiones, con un máximo de 128 caracteres.</translation>
    </message>
    <message>
        <source>Region %1 is in the %2 partition, but the trusted account is in %3: a role can only trust an account of its own partition.</source>
        <translation>La región %1 está en la partición %2, pero la cuenta de confianza está en %3: un rol solo puede confiar en una cuenta de su propia partición.</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Partición desconocida «%1»: Onramp acepta aws, aws-cn y aws-us-gov.</translation>
    </message>
    <message>
        <source>The trusted account ID &quot;%1&quot; is not 12 digits.</source>
        <translation>El ID de la cuenta de confianza «%1» no tiene 12 dígitos.</translation>
    </message>
    <message>
        <source>The External ID must have %1 to %2 characters; it has %3.</source>
        <translation>El ID externo debe tener entre %1 y %2 caracteres; tiene %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The External ID contains %1; AWS accepts only letters, digits and _ + = , . @ : / -.</source>
        <translation>El ID externo contiene %1; AWS solo acepta letras, dígitos y _ + = , . @ : / -.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; CloudFormation accepts at most %2.</source>
        <translation>La descripción tiene %1 bytes; CloudFormation acepta como máximo %2.</translation>
    </message>
    <message>
        <source>The description contains a control character or broken Unicode.</source>
        <translation>La descripción contiene un carácter de control o Unicode no válido.</translation>
    </message>
    <message>
        <source>The template URL &quot;%1&quot; is not an https URL.</source>
        <translation>La URL de la plantilla «%1» no es una URL https.</translation>
    </message>
    <message>
        <source>The template file name is empty.</source>
        <translation>El nombre de archivo de la plantilla está vacío.</translation>
    </message>
    <message>
        <source>Name at least one organization root (r-…) or organizational unit (ou-…) for the member roles.</source>
        <translation>Indique al menos una raíz de organización (r-…) o unidad organizativa (ou-…) para los roles de miembro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…) or organizational unit (ou-…-…) id.</source>
        <translation>«%1» no es un ID de raíz de organización (r-…) ni de unidad organizativa (ou-…-…).</translation>
    </message>
    <message>
        <source>The target ids take more than %1 characters; CloudFormation accepts no longer parameter value.</source>
        <translation>Los ID de destino ocupan más de %1 caracteres; CloudFormation no acepta un valor de parámetro más largo.</translation>
    </message>
    <message>
        <source># Once per organization, first: trusted access for CloudFormation StackSets in AWS Organizations (the stack set that creates the member roles needs it). In the management account:</source>
        <translation># Una vez por organización, primero: acceso de confianza para CloudFormation StackSets en AWS Organizations (el StackSet que crea los roles de miembro lo necesita). En la cuenta de administración:</translation>
    </message>
    <message>
        <source>The template has %1, which Onramp cannot write as Terraform.</source>
        <translation>La plantilla contiene %1, que Onramp no puede escribir como Terraform.</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>CloudFormation template</source>
        <translation>Plantilla de CloudFormation</translation>
    </message>
    <message>
        <source>&amp;Copy template</source>
        <translation>&amp;Copiar plantilla</translation>
    </message>
    <message>
        <source>Copy the template to the clipboard</source>
        <translation>Copiar la plantilla al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the template as a file</source>
        <translation>Guardar la plantilla como archivo</translation>
    </message>
    <message>
        <source>Open &amp;quick-create</source>
        <translation>Abrir cr&amp;eación rápida</translation>
    </message>
    <message>
        <source>Open the CloudFormation quick-create page in the browser</source>
        <translation>Abrir la página de creación rápida de CloudFormation en el navegador</translation>
    </message>
    <message>
        <source>Copy AWS C&amp;LI command</source>
        <translation>Copiar comando de AWS C&amp;LI</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates the stack</source>
        <translation>Copiar el comando de AWS CLI que crea la pila</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Opens the CloudFormation console with this template and its parameters filled in.</source>
        <translation>Abre la consola de CloudFormation con esta plantilla y sus parámetros ya rellenados.</translation>
    </message>
    <message>
        <source>Set the template URL (where the template is hosted) in Settings to use quick-create.</source>
        <translation>Para usar la creación rápida, defina en Configuración la URL de la plantilla (donde está alojada).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copied — save the template as %1 in the folder where you run it</source>
        <translation>Copiado: guarde la plantilla como %1 en la carpeta donde vaya a ejecutar el comando</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <source>Save the CloudFormation template</source>
        <translation>Guardar la plantilla de CloudFormation</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.json);;All files (*)</source>
        <translation>Plantillas de CloudFormation (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>No se ha guardado la plantilla</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Quick-create unavailable</source>
        <translation>Creación rápida no disponible</translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation>No se ha podido iniciar ningún navegador web.</translation>
    </message>
    <message>
        <source>Opened in your browser</source>
        <translation>Abierto en su navegador</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Template format</source>
        <translation>Formato de la plantilla</translation>
    </message>
    <message>
        <source>CloudFormation (JSON)</source>
        <translation>CloudFormation (JSON)</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform (HCL)</translation>
    </message>
    <message>
        <source>The same role, trust policy, External ID and permissions as CloudFormation template or as Terraform module.</source>
        <translation>El mismo rol, la misma política de confianza, el mismo ID externo y los mismos permisos, como plantilla de CloudFormation o como módulo de Terraform.</translation>
    </message>
    <message>
        <source>Terraform module</source>
        <translation>Módulo de Terraform</translation>
    </message>
    <message>
        <source>The AWS CLI command creates a CloudFormation stack: choose the CloudFormation format. Apply the Terraform module with terraform apply.</source>
        <translation>El comando de AWS CLI crea una pila de CloudFormation: elija el formato CloudFormation. Aplique el módulo de Terraform con terraform apply.</translation>
    </message>
    <message>
        <source>Save the Terraform module</source>
        <translation>Guardar el módulo de Terraform</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Archivos de Terraform (*.tf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ThreadedPageStore</name>
    <message>
        <source>Cannot store the discovered resources: %1</source>
        <translation>No se pueden guardar los recursos descubiertos: %1</translation>
    </message>
    <message>
        <source>Cannot store the discovered resources: the connection to the team database %1 was lost (%2).</source>
        <translation>No se pueden guardar los recursos descubiertos: se perdió la conexión con la base de datos del equipo %1 (%2).</translation>
    </message>
</context>
<context>
    <name>WebIdentityCredentialsProvider</name>
    <message>
        <source>role %1 assumed with the web identity token %2 (%3)</source>
        <translation>rol %1 asumido con el token de identidad web %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot read the web identity token file %1: %2</source>
        <translation>No se puede leer el archivo de token de identidad web %1: %2</translation>
    </message>
    <message>
        <source>The web identity token file %1 is larger than %2 bytes.</source>
        <translation>El archivo de token de identidad web %1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>El archivo de token de identidad web %1 está vacío.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Onramp desktop console: connect AWS accounts and browse their EC2 instances.</source>
        <translation>Consola de escritorio Onramp: conecte cuentas de AWS y explore sus instancias EC2.</translation>
    </message>
    <message>
        <source>Console user (SQLite only; default: ONRAMP_USER, else the login name).</source>
        <translation>Usuario de la consola (solo SQLite; predeterminado: ONRAMP_USER; si no, el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>Home region (overrides the settings).</source>
        <translation>Región principal (anula los ajustes).</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>Salir tras MS milisegundos (para pruebas de humo).</translation>
    </message>
    <message>
        <source>Open the wizard on pending onboarding ID.</source>
        <translation>Abrir el asistente en la incorporación pendiente ID.</translation>
    </message>
    <message>
        <source>light, dark or system (overrides the settings for this run).</source>
        <translation>light, dark o system (anula los ajustes en esta ejecución).</translation>
    </message>
    <message>
        <source>Do not start discovering the accounts at start-up.</source>
        <translation>No empezar a descubrir las cuentas al iniciar.</translation>
    </message>
    <message>
        <source>Print the milliseconds from main() to the first window&apos;s show event.</source>
        <translation>Imprimir los milisegundos desde main() hasta el primer evento de mostrar la ventana.</translation>
    </message>
    <message>
        <source>--user is refused in team mode</source>
        <translation>--user se rechaza en el modo de equipo</translation>
    </message>
    <message>
        <source>In team mode the console user is the PostgreSQL role you log in as.</source>
        <translation>En el modo de equipo, el usuario de la consola es el rol de PostgreSQL con el que inicia sesión.</translation>
    </message>
    <message>
        <source>The account registry could not be opened</source>
        <translation>No se pudo abrir el registro de cuentas</translation>
    </message>
    <message>
        <source>Registry: %1. Check --db / ONRAMP_DB, the file&apos;s permissions, and that no newer Onramp wrote it.</source>
        <translation>Registro: %1. Compruebe --db / ONRAMP_DB, los permisos del archivo y que no lo haya escrito un Onramp más reciente.</translation>
    </message>
    <message>
        <source>Connecting to the team database at %1…</source>
        <translation>Conectando con la base de datos del equipo en %1…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>The team database could not be opened</source>
        <translation>No se pudo abrir la base de datos del equipo</translation>
    </message>
    <message>
        <source>Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app data folder). No password here: other users can read the command line; use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>Registro: un archivo SQLite o postgresql://ROLE@HOST/DB (predeterminado: ONRAMP_DB; si no, la carpeta de datos de la aplicación). No ponga aquí la contraseña: otros usuarios pueden leer la línea de comandos; use PGPASSFILE o ~/.pgpass, PGPASSWORD o la URL completa en ONRAMP_DB.</translation>
    </message>
    <message>
        <source>Onramp cannot use these AWS settings</source>
        <translation>Onramp no puede usar esta configuración de AWS</translation>
    </message>
    <message>
        <source>The database password is on the command line</source>
        <translation>La contraseña de la base de datos está en la línea de comandos</translation>
    </message>
    <message>
        <source>Check the postgresql:// URL, the server, and your role&apos;s password (PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>Compruebe la URL postgresql://, el servidor y la contraseña de su rol (PGPASSFILE, ~/.pgpass o PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>onrampctl</name>
    <message>
        <source>team mode: never put the password in --db (other users can read the command line); use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>modo de equipo: nunca ponga la contraseña en --db (otros usuarios pueden leer la línea de comandos); use PGPASSFILE o ~/.pgpass, PGPASSWORD o la URL completa en ONRAMP_DB.</translation>
    </message>
</context>
</TS>
