<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessKeysPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; works at once, no stack to create.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; a long-lived secret that must be rotated by hand — Onramp keeps it only in the system keychain.</source>
        <translation>&lt;b&gt;Avantage&#xa0;:&lt;/b&gt; fonctionne immédiatement, aucune pile à créer.&lt;br&gt;&lt;b&gt;Inconvénient&#xa0;:&lt;/b&gt; un secret de longue durée dont la rotation doit se faire manuellement — Onramp le conserve uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>Clé d&apos;accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Région principale</translation>
    </message>
    <message>
        <source>Home re&amp;gion:</source>
        <translation>Région &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>Connect with these access keys</source>
        <translation>Se connecter avec ces clés d&apos;accès</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>20 characters starting with AKIA (or ASIA for temporary keys).</source>
        <translation>20 caractères commençant par AKIA (ou ASIA pour les clés temporaires).</translation>
    </message>
    <message>
        <source>✓ Looks like an access key ID</source>
        <translation>✓ Ressemble à un ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Access key IDs start with AKIA or ASIA.</source>
        <translation>Les ID de clé d&apos;accès commencent par AKIA ou ASIA.</translation>
    </message>
    <message>
        <source>Access key IDs are 20 characters long (this one has %1).</source>
        <translation>Les ID de clé d&apos;accès comportent 20 caractères (celui-ci en comporte %1).</translation>
    </message>
    <message>
        <source>Access key IDs hold only capital letters and digits.</source>
        <translation>Les ID de clé d&apos;accès ne contiennent que des lettres majuscules et des chiffres.</translation>
    </message>
    <message>
        <source>40 characters; shown only once, when the key was created.</source>
        <translation>40 caractères&#xa0;; affichée une seule fois, lors de la création de la clé.</translation>
    </message>
    <message>
        <source>✓ 40 characters</source>
        <translation>✓ 40 caractères</translation>
    </message>
    <message>
        <source>Secret access keys are 40 characters long (this one has %1).</source>
        <translation>Les clés d&apos;accès secrètes comportent 40 caractères (celle-ci en comporte %1).</translation>
    </message>
    <message>
        <source>Secret access keys hold only letters, digits, &apos;/&apos;, &apos;+&apos; and &apos;=&apos;.</source>
        <translation>Les clés d&apos;accès secrètes ne contiennent que des lettres, des chiffres, &apos;/&apos;, &apos;+&apos; et &apos;=&apos;.</translation>
    </message>
    <message>
        <source>Use the keys of an IAM user that may only call %1.</source>
        <translation>Utilisez les clés d&apos;un utilisateur IAM autorisé uniquement à appeler %1.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Compte AWS</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>Dernière validation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rôle IAM</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Clés d&apos;accès</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>1 account pending</source>
        <translation>1 compte en attente</translation>
    </message>
    <message>
        <source>%1 accounts pending</source>
        <translation>%1 comptes en attente</translation>
    </message>
    <message>
        <source>1 account failed</source>
        <translation>1 compte en échec</translation>
    </message>
    <message>
        <source>%1 accounts failed</source>
        <translation>%1 comptes en échec</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>%1 (1 account)</source>
        <translation>%1 (1 compte)</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (%2 comptes)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>AccountStatusDelegate</name>
    <message>
        <source>New CloudFormation onboarding</source>
        <translation>Nouvelle intégration CloudFormation</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln base de données</numerusform>
            <numerusform>%Ln bases de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln base de données</numerusform>
            <numerusform>%Ln bases de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arn</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>The role name is empty. An IAM role name has 1 to %1 characters.</source>
        <translation>Le nom du rôle est vide. Un nom de rôle IAM comporte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The role name has %1 characters; IAM allows at most %2.</source>
        <translation>Le nom du rôle comporte %1 caractères&#xa0;; IAM en autorise au plus %2.</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; contains %2 at position %3; IAM role names may only contain letters, digits and + = , . @ _ -.</source>
        <translation>Le nom du rôle «&#xa0;%1&#xa0;» contient %2 à la position %3&#xa0;; les noms de rôle IAM ne peuvent contenir que des lettres, des chiffres et + = , . @ _ -.</translation>
    </message>
    <message>
        <source>The role path has %1 characters; IAM allows at most %2.</source>
        <translation>Le chemin du rôle comporte %1 caractères&#xa0;; IAM en autorise au plus %2.</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; must be &quot;/&quot; or start and end with &quot;/&quot; with a name between them, such as &quot;/onramp/&quot;.</source>
        <translation>Le chemin du rôle «&#xa0;%1&#xa0;» doit être «&#xa0;/ » ou commencer et se terminer par «&#xa0;/ » avec un nom entre les deux, par exemple «&#xa0;/onramp/ ».</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; contains %2 at position %3; IAM paths may only contain printable ASCII characters without spaces.</source>
        <translation>Le chemin du rôle «&#xa0;%1&#xa0;» contient %2 à la position %3&#xa0;; les chemins IAM ne peuvent contenir que des caractères ASCII imprimables, sans espaces.</translation>
    </message>
    <message>
        <source>Paste the role ARN (%1) from the stack&apos;s Outputs.</source>
        <translation>Collez l&apos;ARN du rôle (%1) depuis les sorties de la pile.</translation>
    </message>
    <message>
        <source>The role ARN is empty. %1</source>
        <translation>L&apos;ARN du rôle est vide. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an AWS account ID, not a role ARN. %2</source>
        <translation>«&#xa0;%1&#xa0;» est un ID de compte AWS, pas un ARN de rôle. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN: an ARN starts with &quot;arn:&quot;. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ARN&#xa0;: un ARN commence par «&#xa0;arn: ». %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 colon-separated fields; a role ARN has 6 (%3).</source>
        <translation>«&#xa0;%1&#xa0;» comporte %2 champs séparés par des deux-points&#xa0;; un ARN de rôle en comporte 6 (%3).</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Partition inconnue «&#xa0;%1&#xa0;»&#xa0;: Onramp accepte aws, aws-cn et aws-us-gov.</translation>
    </message>
    <message>
        <source>This is an assumed-role session ARN; paste the IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) from the stack&apos;s Outputs</source>
        <translation>Ceci est l&apos;ARN d&apos;une session de rôle endossé&#xa0;; collez l&apos;ARN du rôle IAM (arn:aws:iam::ACCOUNT:role/NAME) depuis les sorties de la pile</translation>
    </message>
    <message>
        <source>This ARN belongs to the &quot;%1&quot; service; a role ARN belongs to &quot;iam&quot;. %2</source>
        <translation>Cet ARN appartient au service «&#xa0;%1&#xa0;»&#xa0;; un ARN de rôle appartient à «&#xa0;iam&#xa0;». %2</translation>
    </message>
    <message>
        <source>The region field must be empty in a role ARN (IAM is global), but it is &quot;%1&quot;. %2</source>
        <translation>Le champ de région doit être vide dans un ARN de rôle (IAM est global), mais il vaut «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains %2; an account ID is 12 digits.</source>
        <translation>L&apos;ID de compte «&#xa0;%1&#xa0;» contient %2&#xa0;; un ID de compte comporte 12 chiffres.</translation>
    </message>
    <message>
        <source>The account ID is missing; an account ID is 12 digits. %1</source>
        <translation>L&apos;ID de compte est manquant&#xa0;; un ID de compte comporte 12 chiffres. %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is %2 digits long; an account ID has exactly 12 digits.</source>
        <translation>L&apos;ID de compte «&#xa0;%1&#xa0;» comporte %2 chiffres&#xa0;; un ID de compte comporte exactement 12 chiffres.</translation>
    </message>
    <message>
        <source>This is an IAM user ARN, not a role ARN.</source>
        <translation>Ceci est l&apos;ARN d&apos;un utilisateur IAM, pas un ARN de rôle.</translation>
    </message>
    <message>
        <source>This is an IAM group ARN, not a role ARN.</source>
        <translation>Ceci est l&apos;ARN d&apos;un groupe IAM, pas un ARN de rôle.</translation>
    </message>
    <message>
        <source>This is an IAM policy ARN, not a role ARN.</source>
        <translation>Ceci est l&apos;ARN d&apos;une politique IAM, pas un ARN de rôle.</translation>
    </message>
    <message>
        <source>This is an instance profile ARN, not a role ARN.</source>
        <translation>Ceci est l&apos;ARN d&apos;un profil d&apos;instance, pas un ARN de rôle.</translation>
    </message>
    <message>
        <source>This is the ARN of the account&apos;s root user, not a role ARN.</source>
        <translation>Ceci est l&apos;ARN de l&apos;utilisateur racine du compte, pas un ARN de rôle.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a role: a role ARN&apos;s resource starts with &quot;role/&quot;.</source>
        <translation>La ressource «&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;: la ressource d&apos;un ARN de rôle commence par «&#xa0;role/ ».</translation>
    </message>
    <message>
        <source>%1 is in the %2 partition (%3), but this onboarding&apos;s home region %4 is in the %5 partition (%6): a console can only assume roles of its own partition. Start the onboarding with a home region of %2 (e.g. --region %7), or use the role ARN of the %5 partition.</source>
        <translation>%1 se trouve dans la partition %2 (%3), mais la région principale de cette intégration, %4, se trouve dans la partition %5 (%6)&#xa0;: une console ne peut endosser que des rôles de sa propre partition. Démarrez l&apos;intégration avec une région principale de %2 (p. ex. --region %7), ou utilisez l&apos;ARN de rôle de la partition %5.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — Onramp</source>
        <translation>Journal d&apos;audit — Onramp</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtre de compte</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d&apos;action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>pending onboarding %1</source>
        <translation>intégration en attente %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation>Les %1 entrées les plus récentes</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Entrées&#xa0;: %Ln</numerusform>
            <numerusform>Entrées&#xa0;: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsClients</name>
    <message>
        <source>%1 must be the 12-digit AWS account of the console in the %2 partition (%3), not &quot;%4&quot;.</source>
        <translation>%1 doit être le compte AWS à 12 chiffres de la console dans la partition %2 (%3), et non «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AwsEndpoints</name>
    <message>
        <source>The AWS endpoint %1</source>
        <translation>Le point de terminaison AWS %1</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>Utilisez un point de terminaison https://.</translation>
    </message>
    <message>
        <source>Use an https:// URL in %1, or unset it.</source>
        <translation>Utilisez une URL https:// dans %1, ou supprimez cette variable.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost). Over a network it would send signed requests and AssumeRole credentials unencrypted, and anyone on the way could pose as AWS. %2</source>
        <translation>%1 est refusé&#xa0;: le http:// non chiffré n&apos;est autorisé que vers cet ordinateur (127.0.0.1, ::1, localhost). Sur un réseau, il enverrait en clair les requêtes signées et les identifiants AssumeRole, et n&apos;importe qui sur le trajet pourrait se faire passer pour AWS. %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp reaches AWS endpoints only over https:// (or http:// to this computer). %2</source>
        <translation>%1 est refusé&#xa0;: Onramp n&apos;accède aux points de terminaison AWS qu&apos;en https:// (ou en http:// vers cet ordinateur). %2</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Délai d&apos;attente de la passerelle dépassé</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>Erreur AWS</translation>
    </message>
    <message>
        <source>%1; the response carried no error details.</source>
        <translation>%1&#xa0;; la réponse ne contenait aucun détail sur l&apos;erreur.</translation>
    </message>
    <message>
        <source>%1; the response was an HTML page, not an AWS error (from a proxy or load balancer?).</source>
        <translation>%1&#xa0;; la réponse était une page HTML, et non une erreur AWS (provenant d&apos;un proxy ou d&apos;un répartiteur de charge&#xa0;?).</translation>
    </message>
    <message>
        <source>%1; the response was not an AWS error document.</source>
        <translation>%1&#xa0;; la réponse n&apos;était pas un document d&apos;erreur AWS.</translation>
    </message>
</context>
<context>
    <name>AwsJson</name>
    <message>
        <source>%1: the response of %2 bytes is over the limit of %3 bytes; refused.</source>
        <translation>%1 : la réponse de %2 octets dépasse la limite de %3 octets ; refusée.</translation>
    </message>
    <message>
        <source>%1: the response is not valid JSON (%2 at byte %3).</source>
        <translation>%1 : la réponse n&apos;est pas un JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1: the response is not a JSON object.</source>
        <translation>%1 : la réponse n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>AwsJson::Reader</name>
    <message>
        <source>%1: the response&apos;s field %2 %3.</source>
        <translation>%1 : le champ %2 de la réponse %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a valid value (&quot;%1&quot;)</source>
        <translation>n&apos;est pas une valeur valide (« %1 »)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>AwsReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <source>Malformed XML at line %1: content after the root element.</source>
        <translation>XML mal formé à la ligne %1&#xa0;: contenu après l&apos;élément racine.</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2; refused.</source>
        <translation>XML imbriqué sur plus de %1 niveaux à la ligne %2&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation>XML mal formé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>XML with a document type declaration at line %1; refused.</source>
        <translation>XML avec une déclaration de type de document à la ligne %1&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>XML response of %1 bytes is over the limit of %2 bytes; refused.</source>
        <translation>La réponse XML de %1 octets dépasse la limite de %2 octets&#xa0;; refusée.</translation>
    </message>
    <message>
        <source>Empty response where &lt;%1&gt; was expected.</source>
        <translation>Réponse vide alors que &lt;%1&gt; était attendu.</translation>
    </message>
    <message>
        <source>Expected &lt;%1&gt; but the response&apos;s root element is &lt;%2&gt;.</source>
        <translation>&lt;%1&gt; était attendu, mais l&apos;élément racine de la réponse est &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>An instance without an instanceId ending at line %1.</source>
        <translation>Une instance sans instanceId se terminant à la ligne %1.</translation>
    </message>
    <message>
        <source>An instance status without an instanceId ending at line %1.</source>
        <translation>Un statut d&apos;instance sans instanceId se terminant à la ligne %1.</translation>
    </message>
    <message>
        <source>A region without a regionName ending at line %1.</source>
        <translation>Une région sans regionName se terminant à la ligne %1.</translation>
    </message>
    <message>
        <source>GetCallerIdentity response without Account or Arn.</source>
        <translation>Réponse GetCallerIdentity sans Account ni Arn.</translation>
    </message>
    <message>
        <source>AssumeRole response without complete Credentials.</source>
        <translation>Réponse AssumeRole sans Credentials complètes.</translation>
    </message>
    <message>
        <source>%1 is not a whole number at line %2.</source>
        <translation>%1 n&apos;est pas un nombre entier à la ligne %2.</translation>
    </message>
    <message>
        <source>A database with more than %1 tags at line %2; refused.</source>
        <translation>Une base de données avec plus de %1 balises à la ligne %2&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>A database without a DBInstanceIdentifier ending at line %1.</source>
        <translation>Une base de données sans DBInstanceIdentifier se terminant à la ligne %1.</translation>
    </message>
    <message>
        <source>More than %1 databases in one DescribeDBInstances page at line %2; refused (a page holds at most 100).</source>
        <translation>Plus de %1 bases de données dans une page DescribeDBInstances à la ligne %2&#xa0;; refusé (une page en contient au plus 100).</translation>
    </message>
    <message>
        <source>DescribeDBInstances response without DescribeDBInstancesResult.</source>
        <translation>Réponse DescribeDBInstances sans DescribeDBInstancesResult.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command; one of: %1</source>
        <translation>aucune commande&#xa0;; commandes possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; one of: %2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; commandes possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created pending onboarding %1
External ID: %2
Next: onrampctl template %1 &gt; onramp.json, create the stack, then onrampctl verify %1 --role-arn ROLE_ARN</source>
        <translation>Intégration en attente %1 créée
ID externe&#xa0;: %2
Étape suivante&#xa0;: onrampctl template %1 &gt; onramp.json, créez la pile, puis onrampctl verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>template needs exactly one record ID</source>
        <translation>template attend exactement un ID d&apos;enregistrement</translation>
    </message>
    <message>
        <source>usage: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</source>
        <translation>utilisation&#xa0;: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</translation>
    </message>
    <message>
        <source>--wait-for-role takes seconds between 0 and 3600</source>
        <translation>--wait-for-role attend un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>connect-keys reads the access key id and secret from stdin, one per line, never from arguments</source>
        <translation>connect-keys lit l&apos;ID de clé d&apos;accès et le secret sur stdin, un par ligne, jamais dans les arguments</translation>
    </message>
    <message>
        <source>expected the access key id and the secret access key on stdin, one per line</source>
        <translation>l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète étaient attendus sur stdin, un par ligne</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected</source>
        <translation>La découverte prend plus de temps que prévu</translation>
    </message>
    <message>
        <source>region %1: %2</source>
        <translation>région %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>discovery failed: %1</source>
        <translation>échec de la découverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>0 instance découverte — ajoutez des instances à votre compte AWS pour commencer l&apos;optimisation</translation>
    </message>
    <message numerus="yes">
        <source>Complete! Account activated with %n instance(s)</source>
        <translation>
            <numerusform>Terminé&#xa0;! Compte activé avec %n instance</numerusform>
            <numerusform>Terminé&#xa0;! Compte activé avec %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials verified! Scanning resources...</source>
        <translation>Identifiants vérifiés&#xa0;! Analyse des ressources...</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>usage: onrampctl discover ID</source>
        <translation>utilisation&#xa0;: onrampctl discover ID</translation>
    </message>
    <message>
        <source>No account record %1.</source>
        <translation>Aucun enregistrement de compte %1.</translation>
    </message>
    <message>
        <source>usage: onrampctl disconnect ID</source>
        <translation>utilisation&#xa0;: onrampctl disconnect ID</translation>
    </message>
    <message>
        <source>usage: onrampctl users [set-plan NAME trial|standard]</source>
        <translation>utilisation&#xa0;: onrampctl users [set-plan NAME trial|standard]</translation>
    </message>
    <message>
        <source>plan must be trial or standard</source>
        <translation>l&apos;offre doit être trial ou standard</translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1</source>
        <translation>Remplacement du point de terminaison AWS actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>org needs a command: create, template, verify or sync</source>
        <translation>org attend une commande : create, template, verify ou sync</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot;; one of: create, template, verify, sync</source>
        <translation>commande org inconnue « %1 » ; au choix : create, template, verify, sync</translation>
    </message>
    <message>
        <source>usage: onrampctl org create [--name NAME]</source>
        <translation>usage : onrampctl org create [--name NOM]</translation>
    </message>
    <message>
        <source>Created pending organization onboarding %1
External ID: %2
Next: onrampctl org template %1 &gt; onramp-org.json, create the stack in the management account, then onrampctl org verify %1 --role-arn ROLE_ARN</source>
        <translation>Intégration d&apos;organisation en attente %1 créée
ID externe : %2
Ensuite : onrampctl org template %1 &gt; onramp-org.json, créez la pile dans le compte de gestion, puis onrampctl org verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>record %1 is a single account: use &quot;onrampctl template&quot;</source>
        <translation>l&apos;enregistrement %1 est un compte seul : utilisez « onrampctl template »</translation>
    </message>
    <message>
        <source>usage: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</source>
        <translation>usage : onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</translation>
    </message>
    <message>
        <source>usage: onrampctl org sync ID [--no-wait]</source>
        <translation>usage : onrampctl org sync ID [--no-wait]</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %n account(s), %4 instances</source>
        <translation>
            <numerusform>%1  %2  %3  %n compte, %4 instances</numerusform>
            <numerusform>%1  %2  %3  %n comptes, %4 instances</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 is an organization: use &quot;onrampctl org template&quot;</source>
        <translation>l’enregistrement %1 est une organisation : utilisez « onrampctl org template »</translation>
    </message>
    <message>
        <source>usage: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</source>
        <translation>utilisation&#xa0;: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</translation>
    </message>
    <message>
        <source>--format must be json, yaml or terraform</source>
        <translation>--format doit être json, yaml ou terraform</translation>
    </message>
    <message>
        <source>Discovering: listing regions · %1 instances · %2 s</source>
        <translation>Découverte&#xa0;: énumération des régions · %1 instances · %2 s</translation>
    </message>
    <message>
        <source>Discovering: %1/%2 regions · %3 instances · %4 s</source>
        <translation>Découverte&#xa0;: %1/%2 régions · %3 instances · %4 s</translation>
    </message>
    <message numerus="yes">
        <source> and %n database(s)</source>
        <translation>
            <numerusform> et %n base de données</numerusform>
            <numerusform> et %n bases de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases not permitted — update the stack to include databases: CloudFormation → the stack → Update → Replace current template, with the template `onrampctl template %1` prints now</source>
        <translation>Bases de données non autorisées — mettez à jour la pile pour inclure les bases de données&#xa0;: CloudFormation → la pile → Mettre à jour → Remplacer le modèle actuel, avec le modèle qu&apos;affiche désormais `onrampctl template %1`</translation>
    </message>
    <message>
        <source>Databases not permitted in %1 (rds:DescribeDBInstances denied there, e.g. by a service control policy)</source>
        <translation>Bases de données non autorisées dans %1 (rds:DescribeDBInstances y est refusé, p. ex. par une politique de contrôle des services)</translation>
    </message>
    <message>
        <source>usage: onrampctl instances ID [--kind ec2|rds]</source>
        <translation>utilisation&#xa0;: onrampctl instances ID [--kind ec2|rds]</translation>
    </message>
    <message>
        <source>--kind must be ec2 or rds</source>
        <translation>--kind doit être ec2 ou rds</translation>
    </message>
    <message>
        <source>Organization: listing accounts · %1 s</source>
        <translation>Organisation&#xa0;: énumération des comptes · %1 s</translation>
    </message>
    <message>
        <source>Organization: %1/%2 accounts · %3 instances · %4 s</source>
        <translation>Organisation&#xa0;: %1/%2 comptes · %3 instances · %4 s</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Template format (default json): CloudFormation JSON or YAML, or a Terraform (HCL) module.</source>
        <translation>Format du modèle (json par défaut)&#xa0;: JSON ou YAML CloudFormation, ou un module Terraform (HCL).</translation>
    </message>
    <message>
        <source>The console&apos;s AWS account the role trusts (default: the console identity&apos;s account, from STS GetCallerIdentity).</source>
        <translation>Le compte AWS de la console qu&apos;approuve le rôle (par défaut&#xa0;: le compte de l&apos;identité de la console, d&apos;après STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Name of the IAM role the template creates.</source>
        <translation>Nom du rôle IAM créé par le modèle.</translation>
    </message>
    <message>
        <source>Do not wait for discovery.</source>
        <translation>Ne pas attendre la découverte.</translation>
    </message>
    <message>
        <source>Keep retrying AccessDenied/NoSuchEntity for up to SECONDS (0-3600; a stack still being created, IAM propagation). Default 0.</source>
        <translation>Réessayer en cas d&apos;AccessDenied/NoSuchEntity pendant au plus SECONDS secondes (0-3600&#xa0;; pile encore en cours de création, propagation IAM). 0 par défaut.</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Répétable.</translation>
    </message>
    <message>
        <source>Account registry: a SQLite file, or a PostgreSQL URL (team mode; never with a password in it). Environment: ONRAMP_DB. Default: a SQLite file in the user&apos;s data directory.</source>
        <translation>Registre des comptes&#xa0;: un fichier SQLite, ou une URL PostgreSQL (mode équipe&#xa0;; jamais avec un mot de passe). Environnement&#xa0;: ONRAMP_DB. Par défaut&#xa0;: un fichier SQLite dans le répertoire de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Console user acting (default: ONRAMP_USER or the login name). Refused in team mode, where the database role is the user.</source>
        <translation>Utilisateur de la console qui agit (par défaut&#xa0;: ONRAMP_USER ou le nom de connexion). Refusé en mode équipe, où le rôle de base de données est l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Home region for STS and the default for discovery (default: AWS_REGION, else us-east-1).</source>
        <translation>Région principale pour STS et région par défaut de la découverte (par défaut&#xa0;: AWS_REGION, sinon us-east-1).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout (JSON Lines for instances).</source>
        <translation>Sortie lisible par une machine&#xa0;: un document JSON sur stdout (JSON Lines pour la commande instances).</translation>
    </message>
    <message>
        <source>This help, or with a command that command&apos;s help.</source>
        <translation>Cette aide ou, avec une commande, l&apos;aide de cette commande.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start a CloudFormation onboarding (a pending record).</source>
        <translation>Démarrer une intégration CloudFormation (un enregistrement en attente).</translation>
    </message>
    <message>
        <source>Creates a pending onboarding record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</source>
        <translation>Crée un enregistrement d&apos;intégration en attente avec un nouvel ID externe.
--json affiche {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</translation>
    </message>
    <message>
        <source>Friendly name.</source>
        <translation>Nom convivial.</translation>
    </message>
    <message>
        <source>Print the CloudFormation template for a record.</source>
        <translation>Afficher le modèle CloudFormation d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>Prints the CloudFormation template of record ID: the read-only discovery role, trusting the console&apos;s account on condition of the record&apos;s External ID, and its RoleArn output.</source>
        <translation>Affiche le modèle CloudFormation de l&apos;enregistrement ID&#xa0;: le rôle de découverte en lecture seule, qui approuve le compte de la console sous réserve de l&apos;ID externe de l&apos;enregistrement, et sa sortie RoleArn.</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s role, then discover.</source>
        <translation>Vérifier le rôle du client, puis lancer la découverte.</translation>
    </message>
    <message>
        <source>Assumes the role with the record&apos;s External ID, proves the role requires it, checks permissions and ownership, stores the record, then discovers (progress on stderr when it is a terminal). A bare 12-digit account id means the role the record&apos;s template creates there.
--json prints {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</source>
        <translation>Endosse le rôle avec l&apos;ID externe de l&apos;enregistrement, prouve que le rôle l&apos;exige, vérifie les autorisations et la propriété, stocke l&apos;enregistrement, puis lance la découverte (progression sur stderr s&apos;il s&apos;agit d&apos;un terminal). Un simple ID de compte à 12 chiffres désigne le rôle que le modèle de l&apos;enregistrement y crée.
--json affiche {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</translation>
    </message>
    <message>
        <source>The customer&apos;s role (required).</source>
        <translation>Le rôle du client (obligatoire).</translation>
    </message>
    <message>
        <source>Connect with access keys read from stdin.</source>
        <translation>Se connecter avec des clés d&apos;accès lues sur stdin.</translation>
    </message>
    <message>
        <source>Reads the access key id and the secret access key from stdin, one per line (never from arguments), validates them, keeps the secret in the OS keychain only, then discovers. Same result as verify.</source>
        <translation>Lit l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète sur stdin, un par ligne (jamais dans les arguments), les valide, conserve le secret uniquement dans le trousseau du système d&apos;exploitation, puis lance la découverte. Même résultat que verify.</translation>
    </message>
    <message>
        <source>List your account records.</source>
        <translation>Lister vos enregistrements de compte.</translation>
    </message>
    <message>
        <source>Lists the console user&apos;s records: id, AWS account (or organization), method, status, instance count, last error.
--json prints an array of objects.</source>
        <translation>Liste les enregistrements de l&apos;utilisateur de la console&#xa0;: ID, compte AWS (ou organisation), méthode, statut, nombre d&apos;instances, dernière erreur.
--json affiche un tableau d&apos;objets.</translation>
    </message>
    <message>
        <source>Discover a record&apos;s resources now.</source>
        <translation>Découvrir maintenant les ressources d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>Runs discovery of record ID now and waits for it (progress on stderr when it is a terminal). Same result as verify.</source>
        <translation>Lance maintenant la découverte de l&apos;enregistrement ID et attend qu&apos;elle se termine (progression sur stderr s&apos;il s&apos;agit d&apos;un terminal). Même résultat que verify.</translation>
    </message>
    <message>
        <source>List a record&apos;s resources.</source>
        <translation>Lister les ressources d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>Lists what discovery stored for record ID, one line each.
--json prints JSON Lines, one object per instance or database.</source>
        <translation>Liste ce que la découverte a enregistré pour l&apos;enregistrement ID, une ligne par élément.
--json affiche du JSON Lines, un objet par instance ou base de données.</translation>
    </message>
    <message>
        <source>List only EC2 instances or only RDS databases.</source>
        <translation>Lister uniquement les instances EC2 ou uniquement les bases de données RDS.</translation>
    </message>
    <message>
        <source>Disconnect a record.</source>
        <translation>Déconnecter un enregistrement.</translation>
    </message>
    <message>
        <source>Marks record ID disconnected and deletes its secrets from the keychain; an organization takes every member record it made with it.</source>
        <translation>Marque l&apos;enregistrement ID comme déconnecté et supprime ses secrets du trousseau&#xa0;; une organisation entraîne avec elle tous les enregistrements membres qu&apos;elle a créés.</translation>
    </message>
    <message>
        <source>List console users, or set one&apos;s plan.</source>
        <translation>Lister les utilisateurs de la console ou définir l&apos;offre de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Lists the console users with their plan; set-plan changes one (trial: one live account).</source>
        <translation>Liste les utilisateurs de la console avec leur offre&#xa0;; set-plan en modifie une (trial&#xa0;: un seul compte actif).</translation>
    </message>
    <message>
        <source>Preflight checks.</source>
        <translation>Vérifications préalables.</translation>
    </message>
    <message>
        <source>One line per check with ok/FAIL and a hint: keychain, database, console identity, endpoints, clock skew. Exit 0 only if all pass.
--json prints {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</source>
        <translation>Une ligne par vérification avec ok/FAIL et une indication&#xa0;: trousseau, base de données, identité de la console, points de terminaison, décalage d&apos;horloge. Code de sortie 0 uniquement si toutes réussissent.
--json affiche {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</translation>
    </message>
    <message>
        <source>Start onboarding a whole AWS Organization.</source>
        <translation>Démarrer l&apos;intégration d&apos;une organisation AWS entière.</translation>
    </message>
    <message>
        <source>Creates a pending organization record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</source>
        <translation>Crée un enregistrement d&apos;organisation en attente avec un nouvel ID externe.
--json affiche {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</translation>
    </message>
    <message>
        <source>Print the management account&apos;s template with its StackSet.</source>
        <translation>Afficher le modèle du compte de gestion avec son StackSet.</translation>
    </message>
    <message>
        <source>Prints one CloudFormation template for the management account: the discovery role there and a service-managed StackSet that creates the same role in every member account.</source>
        <translation>Affiche un modèle CloudFormation unique pour le compte de gestion&#xa0;: le rôle de découverte de ce compte et un StackSet géré par le service qui crée le même rôle dans chaque compte membre.</translation>
    </message>
    <message>
        <source>Root or OU the StackSet targets (default: the organization&apos;s root).</source>
        <translation>Racine ou OU ciblée par le StackSet (par défaut&#xa0;: la racine de l&apos;organisation).</translation>
    </message>
    <message>
        <source>Verify the management role, connect every member.</source>
        <translation>Vérifier le rôle de gestion, connecter chaque membre.</translation>
    </message>
    <message>
        <source>Assumes the management account&apos;s role, lists the organization&apos;s accounts and connects and discovers every ACTIVE member less the exclusions (progress on stderr when it is a terminal).
--json prints {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</source>
        <translation>Endosse le rôle du compte de gestion, liste les comptes de l&apos;organisation, puis connecte et découvre chaque membre ACTIVE, sauf les exclusions (progression sur stderr s&apos;il s&apos;agit d&apos;un terminal).
--json affiche {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</translation>
    </message>
    <message>
        <source>The management account&apos;s role (required).</source>
        <translation>Le rôle du compte de gestion (obligatoire).</translation>
    </message>
    <message>
        <source>An account never connected.</source>
        <translation>Un compte à ne jamais connecter.</translation>
    </message>
    <message>
        <source>An OU whose accounts (nested OUs too) are never connected.</source>
        <translation>Une OU dont les comptes (y compris ceux des OU imbriquées) ne sont jamais connectés.</translation>
    </message>
    <message>
        <source>List the organization&apos;s accounts again and reconcile.</source>
        <translation>Relister les comptes de l&apos;organisation et réconcilier.</translation>
    </message>
    <message>
        <source>New ACTIVE accounts are connected and discovered, accounts that left or closed are disconnected, pending members are retried (progress on stderr when it is a terminal). Same result as org verify.</source>
        <translation>Les nouveaux comptes ACTIVE sont connectés et découverts, les comptes qui ont quitté l&apos;organisation ou ont été fermés sont déconnectés, les membres en attente sont retentés (progression sur stderr s&apos;il s&apos;agit d&apos;un terminal). Même résultat que org verify.</translation>
    </message>
    <message>
        <source>Onramp&apos;s command-line console: connect AWS accounts (a CloudFormation role with an External ID, or access keys kept in the OS keychain) and discover their resources.</source>
        <translation>Console en ligne de commande d&apos;Onramp&#xa0;: connecte des comptes AWS (un rôle CloudFormation avec un ID externe, ou des clés d&apos;accès conservées dans le trousseau du système d&apos;exploitation) et découvre leurs ressources.</translation>
    </message>
    <message>
        <source>Global options (anywhere on the line):</source>
        <translation>Options globales (n&apos;importe où sur la ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;onrampctl COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>Exécutez «&#xa0;onrampctl COMMAND --help&#xa0;» pour connaître les arguments et options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
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
        <translation>  0  succès
  2  utilisation incorrecte ou entrée non valide
  3  AWS a rejeté les identifiants ou le rôle
  4  le compte AWS est connecté à un autre utilisateur
  5  limite de l&apos;offre atteinte
  6  autorisations manquantes
  7  échec de la découverte
  8  réseau ou point de terminaison injoignable
  9  trousseau indisponible
</translation>
    </message>
    <message>
        <source>A whole AWS Organization in one onboarding.</source>
        <translation>Une organisation AWS entière en une seule intégration.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Global options: see &quot;onrampctl --help&quot;.</source>
        <translation>Options globales&#xa0;: voir «&#xa0;onrampctl --help&#xa0;».</translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: unknown command; see &quot;onrampctl --help&quot;</source>
        <translation>pas d&apos;aide pour «&#xa0;%1&#xa0;»&#xa0;: commande inconnue&#xa0;; voir «&#xa0;onrampctl --help&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CloudFormationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; no long-lived secret — Onramp assumes a read-only role that accepts only this onboarding&apos;s External ID.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; someone allowed to create IAM roles must create a CloudFormation stack in the account (a few minutes).</source>
        <translation>&lt;b&gt;Avantage&#xa0;:&lt;/b&gt; aucun secret de longue durée — Onramp endosse un rôle en lecture seule qui n&apos;accepte que l&apos;ID externe de cette intégration.&lt;br&gt;&lt;b&gt;Inconvénient&#xa0;:&lt;/b&gt; une personne autorisée à créer des rôles IAM doit créer une pile CloudFormation dans le compte (quelques minutes).</translation>
    </message>
    <message>
        <source>1. Create the role in the AWS account you want to connect</source>
        <translation>1. Créez le rôle dans le compte AWS que vous souhaitez connecter</translation>
    </message>
    <message>
        <source>Sign in to the AWS console of that account as someone allowed to create IAM roles.</source>
        <translation>Connectez-vous à la console AWS de ce compte avec un utilisateur autorisé à créer des rôles IAM.</translation>
    </message>
    <message>
        <source>Open CloudFormation and create a stack with this template: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Ouvrez CloudFormation et créez une pile avec ce modèle&#xa0;: chargez le fichier obtenu avec &lt;i&gt;Enregistrer sous…&lt;/i&gt;, utilisez &lt;i&gt;Ouvrir la création rapide&lt;/i&gt; ou exécutez la commande AWS CLI.</translation>
    </message>
    <message>
        <source>Keep the parameters as they are, acknowledge that the stack creates a named IAM role, and create the stack.</source>
        <translation>Laissez les paramètres tels quels, confirmez que la pile crée un rôle IAM nommé, puis créez la pile.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below.</source>
        <translation>Lorsque la pile affiche CREATE_COMPLETE, copiez &lt;b&gt;RoleArn&lt;/b&gt; depuis son onglet Sorties et collez-le ci-dessous.</translation>
    </message>
    <message>
        <source>2. Tell Onramp which role the stack created</source>
        <translation>2. Indiquez à Onramp le rôle créé par la pile</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Nom du compte (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Role ARN or AWS account id</source>
        <translation>ARN du rôle ou ID de compte AWS</translation>
    </message>
    <message>
        <source>Verify the role</source>
        <translation>Vérifier le rôle</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>ARN du &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Preparing a new onboarding…</source>
        <translation>Préparation d&apos;une nouvelle intégration…</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>Le modèle désigne le compte AWS autorisé à endosser le rôle — le compte sous lequel cette console s&apos;exécute — et Onramp n&apos;a pas pu le déterminer&#xa0;: %1&lt;br&gt;Définissez un compte approuvé dans les Paramètres, ou corrigez l&apos;identité de la console et &lt;a href=&quot;retry&quot;&gt;réessayez&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Recherche du compte AWS sous lequel cette console s&apos;exécute…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>Le rôle approuve le compte AWS %1, uniquement avec l&apos;ID externe de cette intégration, &lt;tt&gt;%2&lt;/tt&gt;. Région de la pile&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit AWS account id it was created in.</source>
        <translation>Collez la sortie RoleArn de la pile, ou simplement l&apos;ID à 12 chiffres du compte AWS dans lequel elle a été créée.</translation>
    </message>
    <message>
        <source>✓ AWS account %1 — the role %2 that the template creates there.</source>
        <translation>✓ Compte AWS %1 — le rôle %2 que le modèle y crée.</translation>
    </message>
    <message>
        <source>✓ AWS account %1, role %2</source>
        <translation>✓ Compte AWS %1, rôle %2</translation>
    </message>
</context>
<context>
    <name>ConnectProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Discovering… (%1 s)</source>
        <translation>Découverte en cours… (%1 s)</translation>
    </message>
    <message>
        <source>%1 of %2 regions done</source>
        <translation>%1 régions sur %2 terminées</translation>
    </message>
    <message>
        <source>Listing the account&apos;s regions</source>
        <translation>Liste des régions du compte en cours</translation>
    </message>
    <message>
        <source>You can close this window: discovery goes on in the background.</source>
        <translation>Vous pouvez fermer cette fenêtre&#xa0;: la découverte se poursuit en arrière-plan.</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected. It continues in the background; the account list shows when it is done.</source>
        <translation>La découverte prend plus de temps que prévu. Elle se poursuit en arrière-plan&#xa0;; la liste des comptes indique quand elle est terminée.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>0 instance découverte — ajoutez des instances à votre compte AWS pour commencer l&apos;optimisation</translation>
    </message>
    <message>
        <source>Complete! Account activated</source>
        <translation>Terminé&#xa0;! Compte activé</translation>
    </message>
    <message>
        <source>The account could not be connected</source>
        <translation>Le compte n&apos;a pas pu être connecté</translation>
    </message>
    <message numerus="yes">
        <source>Credentials verified. %1 · Instances found so far: %Ln</source>
        <translation>
            <numerusform>Identifiants vérifiés. %1 · Instances trouvées jusqu&apos;ici&#xa0;: %Ln</numerusform>
            <numerusform>Identifiants vérifiés. %1 · Instances trouvées jusqu&apos;ici&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances discovered: %Ln</source>
        <translation>
            <numerusform>Instances découvertes&#xa0;: %Ln</numerusform>
            <numerusform>Instances découvertes&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Account being connected</source>
        <translation>Compte en cours de connexion</translation>
    </message>
    <message>
        <source>Accounts of the organization</source>
        <translation>Comptes de l&apos;organisation</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Compte AWS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>%1 of %2 accounts · %3 instances</source>
        <translation>%1 sur %2 comptes · %3 instances</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Liste des comptes de l&apos;organisation…</translation>
    </message>
    <message>
        <source>You can close this window: the accounts are connected and discovered in the background.</source>
        <translation>Vous pouvez fermer cette fenêtre : les comptes sont connectés et découverts en arrière-plan.</translation>
    </message>
    <message>
        <source>Organization connected</source>
        <translation>Organisation connectée</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected · %3 instances</source>
        <translation>%1 sur %2 comptes connectés · %3 instances</translation>
    </message>
    <message>
        <source>Accounts still pending are retried at every sync; the list below says why each waits.</source>
        <translation>Les comptes encore en attente sont retentés à chaque synchronisation ; la liste ci-dessous dit pourquoi chacun attend.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Connected on its own</source>
        <translation>Connecté séparément</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect AWS Account</source>
        <translation>Connecter un compte AWS</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Cloud&amp;Formation (recommended)</source>
        <translation>Cloud&amp;Formation (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Access keys</source>
        <translation>Clés d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show &amp;instances</source>
        <translation>Afficher les &amp;instances</translation>
    </message>
    <message>
        <source>Show the account&apos;s instances</source>
        <translation>Afficher les instances du compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Assuming the role with this onboarding&apos;s External ID, then checking its permissions.</source>
        <translation>Endossement du rôle avec l&apos;ID externe de cette intégration, puis vérification de ses autorisations.</translation>
    </message>
    <message>
        <source>Checking the keys with AWS (STS GetCallerIdentity).</source>
        <translation>Vérification des clés auprès d&apos;AWS (STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Connected, but discovery failed</source>
        <translation>Connecté, mais la découverte a échoué</translation>
    </message>
    <message>
        <source>Starting discovery again…</source>
        <translation>Relance de la découverte…</translation>
    </message>
    <message>
        <source>The role is not usable yet. Onramp keeps trying for up to %1 min while CloudFormation creates it and IAM makes it usable; you can leave this window open.</source>
        <translation>Le rôle n&apos;est pas encore utilisable. Onramp continue d&apos;essayer pendant %1 min au maximum, le temps que CloudFormation le crée et qu&apos;IAM le rende utilisable&#xa0;; vous pouvez laisser cette fenêtre ouverte.</translation>
    </message>
    <message>
        <source>%1 — CloudFormation role %2</source>
        <translation>%1 — rôle CloudFormation %2</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>%1 — access key %2 in %3</source>
        <translation>%1 — clé d&apos;accès %2 dans %3</translation>
    </message>
    <message>
        <source>AWS &amp;Organization</source>
        <translation>&amp;Organisation AWS</translation>
    </message>
    <message>
        <source>%1 — AWS Organization, management role %2</source>
        <translation>%1 — Organisation AWS, rôle de gestion %2</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Assuming the management account&apos;s role with this onboarding&apos;s External ID, then reading the organization.</source>
        <translation>Prise du rôle du compte de gestion avec l&apos;ID externe de cette intégration, puis lecture de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The organization could not be connected</source>
        <translation>L&apos;organisation n&apos;a pas pu être connectée</translation>
    </message>
    <message>
        <source>Connecting the organization&apos;s accounts…</source>
        <translation>Connexion des comptes de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Découverte…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Onramp reads the account&apos;s EC2 instances and RDS databases and never changes anything in it. Choose how it gets read-only access:</source>
        <translation>Onramp lit les instances EC2 et les bases de données RDS du compte et n&apos;y modifie jamais rien. Choisissez comment il obtient un accès en lecture seule :</translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>AWS credentials from the environment or the default profile</source>
        <translation>Identifiants AWS de l&apos;environnement ou du profil par défaut</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation>Profil AWS «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>access key %1 in the system keychain</source>
        <translation>clé d&apos;accès %1 dans le trousseau du système</translation>
    </message>
    <message>
        <source>The console&apos;s keychain entry is damaged; enter the access keys again in Settings.</source>
        <translation>L&apos;entrée du trousseau de la console est endommagée&#xa0;; saisissez de nouveau les clés d&apos;accès dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>--user is refused in team mode: the console user is the PostgreSQL role you log in as.</source>
        <translation>--user est refusé en mode équipe&#xa0;: l&apos;utilisateur de la console est le rôle PostgreSQL avec lequel vous vous connectez.</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No AWS credentials configured.</source>
        <translation>Aucun identifiant AWS configuré.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID est défini, mais pas AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne contient pas aws_access_key_id et aws_secret_access_key.</translation>
    </message>
    <message>
        <source>No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.</source>
        <translation>Aucun identifiant AWS trouvé&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou AWS_PROFILE avec ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>variables d&apos;environnement AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>access keys of profile &quot;%1&quot;</source>
        <translation>clés d&apos;accès du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>access keys in the system keychain</source>
        <translation>clés d&apos;accès dans le trousseau du système</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn): it has no keys of its own.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» endosse un rôle (role_arn)&#xa0;: il n&apos;a pas de clés propres.</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names sso_session &quot;%2&quot;, but the config file has no [sso-session %2] section.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» désigne la sso_session «&#xa0;%2&#xa0;», mais le fichier de configuration n&apos;a pas de section [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has %2 %3, but its sso_session &quot;%4&quot; has %5.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a %2 %3, mais sa sso_session «&#xa0;%4&#xa0;» a %5.</translation>
    </message>
    <message>
        <source>IAM Identity Center profile &quot;%1&quot; lacks %2.</source>
        <translation>Il manque %2 au profil IAM Identity Center «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: sso_region &quot;%2&quot; is not a region name.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: sso_region «&#xa0;%2&#xa0;» n&apos;est pas un nom de région.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the chain of roles %2 is longer than %3.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: la chaîne de rôles %2 dépasse %3.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; needs an MFA code (mfa_serial): not supported by Onramp, which cannot prompt for one. Use a profile without MFA or an IAM Identity Center profile.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» exige un code MFA (mfa_serial)&#xa0;: non pris en charge par Onramp, qui ne peut pas le demander. Utilisez un profil sans MFA ou un profil IAM Identity Center.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both source_profile and credential_source; keep one.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a à la fois source_profile et credential_source&#xa0;; n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which does not exist.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» désigne le source_profile «&#xa0;%2&#xa0;», qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: source_profile makes a loop (%2).</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: source_profile forme une boucle (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a role_arn, mais ni source_profile ni credential_source.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number of seconds from 900 to 43200, not &quot;%2&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: duration_seconds doit être un nombre de secondes entre 900 et 43200, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>role %1 of profile &quot;%2&quot;, assumed with %3</source>
        <translation>rôle %1 du profil «&#xa0;%2&#xa0;», endossé avec %3</translation>
    </message>
    <message>
        <source>Source profile &quot;%1&quot; has no credentials.</source>
        <translation>Le profil source «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a credential_source = Environment, mais AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY ne sont pas définis.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = %2: not supported by Onramp, a desktop application (use Environment, or a source_profile).</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a credential_source = %2&#xa0;: non pris en charge par Onramp, qui est une application de bureau (utilisez Environment ou un source_profile).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: credential_source &quot;%2&quot; is not one of Environment, Ec2InstanceMetadata, EcsContainer.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: credential_source «&#xa0;%2&#xa0;» ne fait pas partie de Environment, Ec2InstanceMetadata, EcsContainer.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Engine version</source>
        <translation>Version du moteur</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>Stockage (Gio)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Check --db / ONRAMP_DB and the file&apos;s permissions.</source>
        <translation>Vérifiez --db / ONRAMP_DB et les permissions du fichier.</translation>
    </message>
    <message>
        <source>Database transport</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>Not checked: the team database could not be opened.</source>
        <translation>Non vérifié&#xa0;: la base de données de l&apos;équipe n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>%1 is writable, schema version %2</source>
        <translation>%1 est accessible en écriture, version du schéma %2</translation>
    </message>
    <message>
        <source>Check the disk and the file&apos;s permissions; restore from a backup if it is damaged.</source>
        <translation>Vérifiez le disque et les permissions du fichier&#xa0;; restaurez-le à partir d&apos;une sauvegarde s&apos;il est endommagé.</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Permissions des fichiers</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is reachable and unlocked</source>
        <translation>Le service «&#xa0;%1&#xa0;» est joignable et déverrouillé</translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation>Remplacement du point de terminaison</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Identité de la console</translation>
    </message>
    <message>
        <source>Choose an AWS profile or store access keys in Settings, or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</source>
        <translation>Choisissez un profil AWS ou enregistrez des clés d&apos;accès dans les Paramètres, ou définissez AWS_PROFILE ou AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>AWS endpoint</source>
        <translation>Point de terminaison AWS</translation>
    </message>
    <message>
        <source>Not checked without a console identity.</source>
        <translation>Non vérifié sans identité de console.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>%1 is reachable over %2</source>
        <translation>%1 est joignable via %2</translation>
    </message>
    <message>
        <source>AWS sent no Date header to compare with.</source>
        <translation>AWS n&apos;a envoyé aucun en-tête Date pour comparer.</translation>
    </message>
    <message>
        <source>%1 s from AWS&apos;s clock</source>
        <translation>%1 s d&apos;écart avec l&apos;horloge d&apos;AWS</translation>
    </message>
    <message>
        <source>Fix this computer&apos;s clock (enable NTP time synchronisation).</source>
        <translation>Corrigez l&apos;horloge de cet ordinateur (activez la synchronisation de l&apos;heure par NTP).</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (issu de %2)</translation>
    </message>
    <message>
        <source>%1 (credentials from %2)</source>
        <translation>%1 (identifiants issus de %2)</translation>
    </message>
</context>
<context>
    <name>DiscoveryService</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>databases not permitted</source>
        <translation>bases de données non autorisées</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n base de données</numerusform>
            <numerusform>%n bases de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This AWS account is already managed by another user in this system.</source>
        <translation>Ce compte AWS est déjà géré par un autre utilisateur de ce système.</translation>
    </message>
    <message>
        <source>Disconnect the account you have, or ask an administrator for the standard plan.</source>
        <translation>Déconnectez le compte que vous avez déjà, ou demandez l&apos;offre standard à un administrateur.</translation>
    </message>
    <message>
        <source>Check IAM permissions</source>
        <translation>Vérifiez les autorisations IAM</translation>
    </message>
    <message>
        <source>Check that the stack finished, the Role ARN, and that the role trusts this console with this onboarding&apos;s External ID.</source>
        <translation>Vérifiez que la pile est terminée, l&apos;ARN du rôle, et que le rôle approuve cette console avec l&apos;ID externe de cette intégration.</translation>
    </message>
    <message>
        <source>Unlock or start your system keychain (Secret Service) and try again.</source>
        <translation>Déverrouillez ou démarrez le trousseau de votre système (Secret Service), puis réessayez.</translation>
    </message>
    <message>
        <source>Invalid AWS credentials</source>
        <translation>Identifiants AWS non valides</translation>
    </message>
    <message>
        <source>Check the access key id and secret access key.</source>
        <translation>Vérifiez l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>Vérifiez AWS_CA_BUNDLE et tout éventuel proxy d&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Set the console&apos;s own AWS credentials in Settings, or with AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Définissez les identifiants AWS propres à la console dans les Paramètres, ou avec AWS_PROFILE ou AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Add the condition StringEquals sts:ExternalId to the role&apos;s trust policy (Onramp&apos;s template has it: update or recreate the stack from it), then verify again.</source>
        <translation>Ajoutez la condition StringEquals sts:ExternalId à la politique d&apos;approbation du rôle (le modèle d&apos;Onramp la contient&#xa0;: mettez à jour la pile à partir de ce modèle ou recréez-la), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Create an IAM user with only the read-only permissions Onramp lists, and use its access keys.</source>
        <translation>Créez un utilisateur IAM disposant uniquement des autorisations en lecture seule indiquées par Onramp, et utilisez ses clés d&apos;accès.</translation>
    </message>
    <message>
        <source>Give the Role ARN of the stack in the organization&apos;s management account, or connect this account on its own.</source>
        <translation>Indiquez l&apos;ARN du rôle de la pile dans le compte de gestion de l&apos;organisation, ou connectez ce compte séparément.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>AWS_CA_BUNDLE %1 holds no PEM certificates.</source>
        <translation>AWS_CA_BUNDLE %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The response from %1 was cut off (%2 of %3 bytes).</source>
        <translation>La réponse de %1 a été tronquée (%2 octets sur %3).</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB and was refused.</source>
        <translation>La réponse dépasse %1 Mo et a été refusée.</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>Aucune réponse de %1 dans le délai imparti.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2. Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>Échec de la connexion TLS à %1 : %2. Vérifiez AWS_CA_BUNDLE et tout proxy qui inspecte le TLS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>Impossible de résoudre %1.</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>Erreur du proxy : %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau lors de l&apos;échange avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp cannot connect to a proxy over TLS (Qt 6.4 speaks only plain HTTP to a proxy), and using it unencrypted would expose what you meant to protect, such as the proxy&apos;s password. Use the proxy&apos;s http:// address (requests to AWS stay TLS-encrypted end to end through the proxy), or unset %2.</source>
        <translation>%1 est refusé&#xa0;: Onramp ne peut pas se connecter à un proxy via TLS (Qt 6.4 ne communique avec un proxy qu&apos;en HTTP non chiffré), et l&apos;utiliser sans chiffrement exposerait ce que vous vouliez protéger, comme le mot de passe du proxy. Utilisez l&apos;adresse http:// du proxy (les requêtes vers AWS restent chiffrées en TLS de bout en bout à travers le proxy), ou supprimez %2.</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp can use only http:// proxies. Use the proxy&apos;s http:// address, or unset %2.</source>
        <translation>%1 est refusé&#xa0;: Onramp ne peut utiliser que des proxys http://. Utilisez l&apos;adresse http:// du proxy, ou supprimez %2.</translation>
    </message>
</context>
<context>
    <name>InstanceBrowser</name>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Résiliation en cours</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
    <message>
        <source>Instances — Onramp</source>
        <translation>Instances — Onramp</translation>
    </message>
    <message>
        <source>EC2 instances</source>
        <translation>Instances EC2</translation>
    </message>
    <message>
        <source>Copy Instance &amp;ID</source>
        <translation>Copier l&apos;&amp;ID d&apos;instance</translation>
    </message>
    <message>
        <source>Copy &amp;Private IP</source>
        <translation>Copier l&apos;IP &amp;privée</translation>
    </message>
    <message>
        <source>Copy P&amp;ublic IP</source>
        <translation>Copier l&apos;IP p&amp;ublique</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows to CSV…</source>
        <translation>&amp;Exporter les lignes visibles en CSV…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>IP publique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olonnes…</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtre de compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtre de région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>Filtre de cycle de vie</translation>
    </message>
    <message>
        <source>Any lifecycle</source>
        <translation>Tout cycle de vie</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Filtre de cluster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Show %1 instances</source>
        <translation>Afficher les instances à l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show only %1 instances (combine several; none selected shows all)</source>
        <translation>Afficher uniquement les instances à l&apos;état «&#xa0;%1&#xa0;» (plusieurs combinables&#xa0;; sans sélection, toutes sont affichées)</translation>
    </message>
    <message>
        <source>Instances of %1 — Onramp</source>
        <translation>Instances de %1 — Onramp</translation>
    </message>
    <message>
        <source>Showing %1 of %2 instances</source>
        <translation>%1 instances affichées sur %2</translation>
    </message>
    <message>
        <source>Loading stored instances… %1</source>
        <translation>Chargement des instances enregistrées… %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l&apos;instant</translation>
    </message>
    <message>
        <source>No %1 to copy.</source>
        <translation>Rien à copier (%1).</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>Copié&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Copied %1 values (%2)</source>
        <translation>%1 valeurs copiées (%2)</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Exporter les lignes visibles</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Mis à jour il y a %1 s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Mis à jour il y a %1 min</translation>
    </message>
    <message numerus="yes">
        <source>Exporting rows: %Ln…</source>
        <translation>
            <numerusform>Exportation des lignes&#xa0;: %Ln…</numerusform>
            <numerusform>Exportation des lignes&#xa0;: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Rows: %Ln</source>
        <translation>
            <numerusform>Exporté vers %1. Lignes&#xa0;: %Ln</numerusform>
            <numerusform>Exporté vers %1. Lignes&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>%1 — all accounts of the organization</source>
        <translation>%1 — tous les comptes de l&apos;organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln base de données</numerusform>
            <numerusform>%Ln bases de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln base de données</numerusform>
            <numerusform>%Ln bases de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Get the new template…</source>
        <translation>Obtenir le nouveau modèle…</translation>
    </message>
    <message>
        <source>Get the new template that includes databases</source>
        <translation>Obtenir le nouveau modèle qui inclut les bases de données</translation>
    </message>
    <message>
        <source>EC2 instances and RDS databases</source>
        <translation>Instances EC2 et bases de données RDS</translation>
    </message>
    <message>
        <source>Search id, name, IP, engine, tags…  (Ctrl+F)</source>
        <translation>Rechercher par ID, nom, IP, moteur, balises…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances and databases</source>
        <translation>Rechercher des instances et des bases de données</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>RDS databases</source>
        <translation>Bases de données RDS</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more accounts</source>
        <translation>
            <numerusform>… et %Ln autre compte</numerusform>
            <numerusform>… et %Ln autres comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: databases not permitted — update the stack to include databases.</source>
        <translation>%1&#xa0;: bases de données non autorisées — mettez à jour la pile pour inclure les bases de données.</translation>
    </message>
    <message>
        <source>%1: databases denied in %2 (e.g. by an SCP).</source>
        <translation>%1&#xa0;: bases de données refusées dans %2 (p. ex. par une SCP).</translation>
    </message>
    <message>
        <source>To include databases, update the account&apos;s stack with the new template: CloudFormation console → the stack (%1) → Update → Replace current template, with the new template.</source>
        <translation>Pour inclure les bases de données, mettez à jour la pile du compte avec le nouveau modèle&#xa0;: console CloudFormation → la pile (%1) → Mettre à jour → Remplacer le modèle actuel, avec le nouveau modèle.</translation>
    </message>
    <message>
        <source>For an organization&apos;s accounts, update the organization&apos;s stack in its management account with the new organization template (onrampctl org template): its StackSet updates every member&apos;s role.</source>
        <translation>Pour les comptes d&apos;une organisation, mettez à jour la pile de l&apos;organisation dans son compte de gestion avec le nouveau modèle d&apos;organisation (onrampctl org template)&#xa0;: son StackSet met à jour le rôle de chaque membre.</translation>
    </message>
    <message>
        <source>Where a service control policy denies RDS, only its owner in the organization can allow it.</source>
        <translation>Lorsqu&apos;une politique de contrôle des services refuse RDS, seul son propriétaire dans l&apos;organisation peut l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 — %3</source>
        <translation>Affichage de %1 sur %2 — %3</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP publique</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tag (%1)</source>
        <translation>Balise (%1)</translation>
    </message>
    <message>
        <source>Select an instance or a database to see all its details and tags.</source>
        <translation>Sélectionnez une instance ou une base de données pour afficher tous ses détails et ses balises.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>RDS database</source>
        <translation>Base de données RDS</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>Instance EC2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>DB cluster</source>
        <translation>Cluster de bases de données</translation>
    </message>
    <message>
        <source>deleted — no longer listed by AWS, kept as history</source>
        <translation>supprimée — n&apos;est plus listée par AWS, conservée dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP publique</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Launch time</source>
        <translation>Heure de lancement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
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
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Connecter un compte AWS</translation>
    </message>
    <message>
        <source>new onboarding</source>
        <translation>nouvelle intégration</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Identité de la console</translation>
    </message>
    <message>
        <source>Connect your first AWS account</source>
        <translation>Connectez votre premier compte AWS</translation>
    </message>
    <message>
        <source>Onramp connects to your AWS accounts with read-only access, finds their EC2 instances in every region, and keeps the list up to date. It never changes anything in your accounts.</source>
        <translation>Onramp se connecte à vos comptes AWS avec un accès en lecture seule, trouve leurs instances EC2 dans toutes les régions et tient la liste à jour. Il ne modifie jamais rien dans vos comptes.</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account</source>
        <translation>&amp;Connecter un compte AWS</translation>
    </message>
    <message>
        <source>Recommended: a CloudFormation stack that creates a read-only role. Access keys work too.</source>
        <translation>Recommandé&#xa0;: une pile CloudFormation qui crée un rôle en lecture seule. Les clés d&apos;accès fonctionnent également.</translation>
    </message>
    <message>
        <source>Connected AWS accounts</source>
        <translation>Comptes AWS connectés</translation>
    </message>
    <message>
        <source>Discovery of %1 failed: %2</source>
        <translation>Échec de la découverte de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account…</source>
        <translation>&amp;Connecter un compte AWS…</translation>
    </message>
    <message>
        <source>Res&amp;ume Onboarding…</source>
        <translation>&amp;Reprendre l&apos;intégration…</translation>
    </message>
    <message>
        <source>Re-&amp;validate</source>
        <translation>Re&amp;valider</translation>
    </message>
    <message>
        <source>&amp;Discover Now</source>
        <translation>&amp;Découvrir maintenant</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Instance Browser</source>
        <translation>Navigateur d&apos;&amp;instances</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Show &amp;Disconnected Accounts</source>
        <translation>Afficher les comptes &amp;déconnectés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Onramp</source>
        <translation>À &amp;propos d&apos;Onramp</translation>
    </message>
    <message>
        <source>About Onramp</source>
        <translation>À propos d&apos;Onramp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Connects AWS accounts with read-only access and shows their EC2 instances.&lt;/p&gt;&lt;p&gt;Registry: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Connecte des comptes AWS avec un accès en lecture seule et affiche leurs instances EC2.&lt;/p&gt;&lt;p&gt;Registre&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>La liste des comptes n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Console identity: looking up the AWS account of %1…</source>
        <translation>Identité de la console&#xa0;: recherche du compte AWS de %1…</translation>
    </message>
    <message>
        <source>Console identity: AWS account &lt;b&gt;%1&lt;/b&gt; (%2). New CloudFormation roles trust %3.</source>
        <translation>Identité de la console&#xa0;: compte AWS &lt;b&gt;%1&lt;/b&gt; (%2). Les nouveaux rôles CloudFormation approuvent %3.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <source>account &lt;b&gt;%1&lt;/b&gt; (set in Settings)</source>
        <translation>le compte &lt;b&gt;%1&lt;/b&gt; (défini dans les Paramètres)</translation>
    </message>
    <message>
        <source>Console identity unavailable: %1</source>
        <translation>Identité de la console indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Paramètres…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Réessayer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>Découverte en cours</translation>
    </message>
    <message>
        <source>%1: %2 of %3 regions, %4 instances</source>
        <translation>%1&#xa0;: %2 régions sur %3, %4 instances</translation>
    </message>
    <message>
        <source>%1: listing regions</source>
        <translation>%1&#xa0;: énumération des régions</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Découverte en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-validating %1…</source>
        <translation>Revalidation de %1…</translation>
    </message>
    <message>
        <source>Re-validating %1 failed:</source>
        <translation>Échec de la revalidation de %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is valid; discovering its instances.</source>
        <translation>%1 est valide&#xa0;; découverte de ses instances.</translation>
    </message>
    <message>
        <source>Discovery of %1 could not start:</source>
        <translation>La découverte de %1 n&apos;a pas pu démarrer&#xa0;:</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1&#xa0;?</translation>
    </message>
    <message>
        <source>Give up this CloudFormation onboarding?</source>
        <translation>Abandonner cette intégration CloudFormation&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnect %1 (AWS account %2)?</source>
        <translation>Déconnecter %1 (compte AWS %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Onramp stops discovering it and deletes its access key from the system keychain. The instances found so far stay visible as history. The key itself stays valid in AWS: deactivate it in IAM if nobody needs it.</source>
        <translation>Onramp cesse de le découvrir et supprime sa clé d&apos;accès du trousseau du système. Les instances trouvées jusqu&apos;ici restent visibles dans l&apos;historique. La clé elle-même reste valide dans AWS&#xa0;: désactivez-la dans IAM si personne n&apos;en a besoin.</translation>
    </message>
    <message>
        <source>Onramp stops discovering it. The instances found so far stay visible as history. The role stays in the AWS account: delete the CloudFormation stack to remove it.</source>
        <translation>Onramp cesse de le découvrir. Les instances trouvées jusqu&apos;ici restent visibles dans l&apos;historique. Le rôle reste dans le compte AWS&#xa0;: supprimez la pile CloudFormation pour le retirer.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Disconnecting %1 failed:</source>
        <translation>Échec de la déconnexion de %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 déconnecté.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery of %1 finished. Instances: %Ln.</source>
        <translation>
            <numerusform>Découverte de %1 terminée. Instances&#xa0;: %Ln.</numerusform>
            <numerusform>Découverte de %1 terminée. Instances&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %Ln</source>
        <translation>
            <numerusform>Comptes&#xa0;: %Ln</numerusform>
            <numerusform>Comptes&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances: %Ln</source>
        <translation>
            <numerusform>Instances&#xa0;: %Ln</numerusform>
            <numerusform>Instances&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1. Onramp sends its AWS requests there instead of to AWS&apos;s own endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</source>
        <translation>Remplacement du point de terminaison AWS actif&#xa0;: %1. Onramp envoie ses requêtes AWS à cette adresse au lieu des points de terminaison propres à AWS (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</translation>
    </message>
    <message>
        <source>new organization onboarding</source>
        <translation>nouvelle intégration d&apos;organisation</translation>
    </message>
    <message>
        <source>Syncing %1 failed: %2</source>
        <translation>Échec de la synchronisation de %1 : %2</translation>
    </message>
    <message>
        <source>Lists the organization&apos;s accounts again: new accounts are connected, accounts that left are disconnected, pending ones retried.</source>
        <translation>Liste à nouveau les comptes de l&apos;organisation : les nouveaux sont connectés, ceux qui sont partis déconnectés, ceux en attente retentés.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1: %2 of %3 accounts · %4 instances</source>
        <translation>%1 : %2 sur %3 comptes · %4 instances</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <source>Syncing %1 failed:</source>
        <translation>Échec de la synchronisation de %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%1 synced: %Ln accounts listed.</source>
        <translation>
            <numerusform>%1 synchronisée : %Ln compte listé.</numerusform>
            <numerusform>%1 synchronisée : %Ln comptes listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give up this organization onboarding?</source>
        <translation>Abandonner cette intégration d&apos;organisation ?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its 1 account?</source>
        <translation>Déconnecter l&apos;organisation %1 et son compte ?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its %2 accounts?</source>
        <translation>Déconnecter l&apos;organisation %1 et ses %2 comptes ?</translation>
    </message>
    <message>
        <source>Onramp stops discovering every account of the organization and stops syncing it. The instances found so far stay visible as history. The roles stay in the AWS accounts: delete the stack in the management account (and its StackSet) to remove them.</source>
        <translation>Onramp cesse de découvrir tous les comptes de l&apos;organisation et de la synchroniser. Les instances trouvées jusqu&apos;ici restent visibles comme historique. Les rôles restent dans les comptes AWS : supprimez la pile du compte de gestion (et son StackSet) pour les retirer.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Ignorer le message</translation>
    </message>
</context>
<context>
    <name>OnboardingService</name>
    <message>
        <source>AWS account %1 is already connected to a different user.</source>
        <translation>Le compte AWS %1 est déjà connecté à un autre utilisateur.</translation>
    </message>
    <message>
        <source>No account record %1 for user %2.</source>
        <translation>Aucun enregistrement de compte %1 pour l&apos;utilisateur %2.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and %1 already has one (%2).</source>
        <translation>L&apos;offre d&apos;essai autorise un seul compte AWS connecté, et %1 en a déjà un (%2).</translation>
    </message>
    <message>
        <source>pending CloudFormation onboarding</source>
        <translation>intégration CloudFormation en attente</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys; it has no template.</source>
        <translation>L&apos;enregistrement %1 se connecte avec des clés d&apos;accès&#xa0;; il n&apos;a pas de modèle.</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys, not a role.</source>
        <translation>L&apos;enregistrement %1 se connecte avec des clés d&apos;accès, pas avec un rôle.</translation>
    </message>
    <message>
        <source>Record %1 is disconnected; start a new onboarding.</source>
        <translation>L&apos;enregistrement %1 est déconnecté&#xa0;; démarrez une nouvelle intégration.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Waiting for the stack… (%1 s)</source>
        <translation>En attente de la pile… (%1 s)</translation>
    </message>
    <message>
        <source>Onramp&apos;s own AWS identity is not allowed to call sts:AssumeRole (%1). Grant it sts:AssumeRole on %2.</source>
        <translation>La propre identité AWS d&apos;Onramp n&apos;est pas autorisée à appeler sts:AssumeRole (%1). Accordez-lui sts:AssumeRole sur %2.</translation>
    </message>
    <message>
        <source>AWS refused to let Onramp assume %1. Either the role&apos;s trust policy requires a different External ID than this onboarding&apos;s (%2) — the stack was made from another onboarding&apos;s template — or the role does not exist yet or does not trust Onramp&apos;s account (is the stack complete?).</source>
        <translation>AWS a refusé qu&apos;Onramp endosse %1. Soit la politique d&apos;approbation du rôle exige un autre ID externe que celui de cette intégration (%2) — la pile a été créée à partir du modèle d&apos;une autre intégration —, soit le rôle n&apos;existe pas encore ou n&apos;approuve pas le compte d&apos;Onramp (la pile est-elle terminée&#xa0;?).</translation>
    </message>
    <message>
        <source>The assumed role belongs to account %1, not %2.</source>
        <translation>Le rôle endossé appartient au compte %1, pas à %2.</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Vérification des autorisations…</translation>
    </message>
    <message>
        <source>The role is missing permissions: %1.</source>
        <translation>Il manque des autorisations au rôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>The access key id must be AKIA or ASIA followed by 16 upper-case letters or digits.</source>
        <translation>L&apos;ID de clé d&apos;accès doit être AKIA ou ASIA suivi de 16 lettres majuscules ou chiffres.</translation>
    </message>
    <message>
        <source>The secret access key must be 40 characters: letters, digits, &apos;/&apos;, &apos;+&apos; or &apos;=&apos;.</source>
        <translation>La clé d&apos;accès secrète doit comporter 40 caractères&#xa0;: lettres, chiffres, &apos;/&apos;, &apos;+&apos; ou &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de région AWS.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
    <message>
        <source>access key %1 of %2</source>
        <translation>clé d&apos;accès %1 de %2</translation>
    </message>
    <message>
        <source>The keychain entry of account %1 is damaged; connect it again.</source>
        <translation>L&apos;entrée du trousseau du compte %1 est endommagée&#xa0;; reconnectez ce compte.</translation>
    </message>
    <message>
        <source>Record %1 is %2; only connected accounts can be discovered.</source>
        <translation>L&apos;enregistrement %1 a le statut %2&#xa0;; la découverte n&apos;est possible que pour les comptes connectés.</translation>
    </message>
    <message>
        <source>These keys now belong to account %1, not %2.</source>
        <translation>Ces clés appartiennent désormais au compte %1, pas à %2.</translation>
    </message>
    <message>
        <source>keychain entry deleted</source>
        <translation>entrée du trousseau supprimée</translation>
    </message>
    <message>
        <source>The secret access key of account %1 is not in the system keychain; connect the access keys again, or disconnect the account.</source>
        <translation>La clé d&apos;accès secrète du compte %1 n&apos;est pas dans le trousseau du système ; reconnectez les clés d&apos;accès ou déconnectez le compte.</translation>
    </message>
    <message>
        <source>interrupted connect resumed</source>
        <translation>connexion interrompue reprise</translation>
    </message>
    <message>
        <source>Disconnect not finished; disconnect the account again.</source>
        <translation>Déconnexion inachevée ; déconnectez de nouveau le compte.</translation>
    </message>
    <message>
        <source>Checking that the role requires the External ID…</source>
        <translation>Vérification que le rôle exige l&apos;ID externe…</translation>
    </message>
    <message>
        <source>The role %1 can be assumed without an External ID, so any customer of this console&apos;s AWS account could use Onramp to read this account (confused deputy). Add the condition &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} to the role&apos;s trust policy; the role is not connected until then.</source>
        <translation>Le rôle %1 peut être endossé sans ID externe&#xa0;: tout client du compte AWS de cette console pourrait donc utiliser Onramp pour lire ce compte (problème de l&apos;adjoint confus). Ajoutez la condition &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} à la politique d&apos;approbation du rôle&#xa0;; d&apos;ici là, le rôle n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Could not check that the role requires the External ID: %1</source>
        <translation>Impossible de vérifier que le rôle exige l&apos;ID externe&#xa0;: %1</translation>
    </message>
    <message>
        <source>These are the root user&apos;s access keys of AWS account %1. Onramp does not accept root credentials: they cannot be limited to read-only. Create an IAM user that may only call %2, use its keys, and delete the root user&apos;s access keys.</source>
        <translation>Il s&apos;agit des clés d&apos;accès de l&apos;utilisateur racine du compte AWS %1. Onramp n&apos;accepte pas les identifiants racine&#xa0;: ils ne peuvent pas être limités à la lecture seule. Créez un utilisateur IAM autorisé uniquement à appeler %2, utilisez ses clés et supprimez les clés d&apos;accès de l&apos;utilisateur racine.</translation>
    </message>
    <message>
        <source>Record %1 is an AWS Organization: verify it with &quot;org verify&quot; and refresh it with &quot;org sync&quot;.</source>
        <translation>L&apos;enregistrement %1 est une organisation AWS : vérifiez-le avec « org verify » et actualisez-le avec « org sync ».</translation>
    </message>
    <message numerus="yes">
        <source>The trial plan allows one connected AWS account, and this organization has %n accounts to connect.</source>
        <translation>
            <numerusform>L&apos;offre d&apos;essai permet un seul compte AWS connecté, et cette organisation a %n compte à connecter.</numerusform>
            <numerusform>L&apos;offre d&apos;essai permet un seul compte AWS connecté, et cette organisation a %n comptes à connecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>pending AWS Organization onboarding</source>
        <translation>intégration d&apos;organisation AWS en attente</translation>
    </message>
    <message>
        <source>role %1; databases not permitted (rds:DescribeDBInstances)</source>
        <translation>rôle %1&#xa0;; bases de données non autorisées (rds:DescribeDBInstances)</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; one stack in the management account connects every account of the organization, and accounts that join later.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; needs someone allowed to create stacks in the management account, and trusted access for CloudFormation StackSets in AWS Organizations.</source>
        <translation>&lt;b&gt;Pour :&lt;/b&gt; une seule pile dans le compte de gestion connecte tous les comptes de l&apos;organisation, et ceux qui la rejoindront.&lt;br&gt;&lt;b&gt;Contre :&lt;/b&gt; il faut quelqu&apos;un autorisé à créer des piles dans le compte de gestion, et l&apos;accès approuvé pour CloudFormation StackSets dans AWS Organizations.</translation>
    </message>
    <message>
        <source>1. Create the stack in the organization&apos;s management account</source>
        <translation>1. Créez la pile dans le compte de gestion de l&apos;organisation</translation>
    </message>
    <message>
        <source>In the AWS Organizations console of the management account, copy the root id (&lt;tt&gt;r-…&lt;/tt&gt;) or the OU ids whose accounts Onramp should read, and enter them below.</source>
        <translation>Dans la console AWS Organizations du compte de gestion, copiez l&apos;ID de la racine (&lt;tt&gt;r-…&lt;/tt&gt;) ou les ID des OU dont Onramp doit lire les comptes, et saisissez-les ci-dessous.</translation>
    </message>
    <message>
        <source>Make sure trusted access for &lt;i&gt;CloudFormation StackSets&lt;/i&gt; is enabled (Organizations, Services).</source>
        <translation>Vérifiez que l&apos;accès approuvé pour &lt;i&gt;CloudFormation StackSets&lt;/i&gt; est activé (Organizations, Services).</translation>
    </message>
    <message>
        <source>Create a stack with this template in the management account: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Créez une pile avec ce modèle dans le compte de gestion : téléversez le fichier de &lt;i&gt;Enregistrer sous…&lt;/i&gt;, utilisez &lt;i&gt;Ouvrir la création rapide&lt;/i&gt; ou lancez la commande AWS CLI.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below. The StackSet creates the same role in every member account.</source>
        <translation>Quand la pile affiche CREATE_COMPLETE, copiez &lt;b&gt;RoleArn&lt;/b&gt; depuis son onglet Sorties et collez-le ci-dessous. Le StackSet crée le même rôle dans chaque compte membre.</translation>
    </message>
    <message>
        <source>r-ab12 (the root) or ou-ab12-11111111 …</source>
        <translation>r-ab12 (la racine) ou ou-ab12-11111111 …</translation>
    </message>
    <message>
        <source>Target OUs: the root id or OU ids whose accounts get the role</source>
        <translation>OU cibles : l&apos;ID de la racine ou les ID des OU dont les comptes reçoivent le rôle</translation>
    </message>
    <message>
        <source>&amp;Target OUs:</source>
        <translation>OU &amp;cibles :</translation>
    </message>
    <message>
        <source>2. Tell Onramp the management account&apos;s role</source>
        <translation>2. Indiquez à Onramp le rôle du compte de gestion</translation>
    </message>
    <message>
        <source>e.g. Acme organization</source>
        <translation>p. ex. organisation Acme</translation>
    </message>
    <message>
        <source>Organization name (optional)</source>
        <translation>Nom de l&apos;organisation (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Management account&apos;s Role ARN or AWS account id</source>
        <translation>ARN du rôle ou ID de compte AWS du compte de gestion</translation>
    </message>
    <message>
        <source>Verify the management role and connect the organization</source>
        <translation>Vérifier le rôle de gestion et connecter l&apos;organisation</translation>
    </message>
    <message>
        <source>Management &amp;role ARN:</source>
        <translation>ARN du &amp;rôle de gestion :</translation>
    </message>
    <message>
        <source>optional: 123456789012, 210987654321</source>
        <translation>facultatif : 123456789012, 210987654321</translation>
    </message>
    <message>
        <source>AWS accounts never to connect (optional)</source>
        <translation>Comptes AWS à ne jamais connecter (facultatif)</translation>
    </message>
    <message>
        <source>Exclude &amp;accounts:</source>
        <translation>Exclure des &amp;comptes :</translation>
    </message>
    <message>
        <source>optional: ou-ab12-11111111</source>
        <translation>facultatif : ou-ab12-11111111</translation>
    </message>
    <message>
        <source>Organizational units whose accounts are never connected (optional)</source>
        <translation>Unités d&apos;organisation dont les comptes ne sont jamais connectés (facultatif)</translation>
    </message>
    <message>
        <source>Exclude &amp;OUs:</source>
        <translation>Exclure des &amp;OU :</translation>
    </message>
    <message>
        <source>Exclusions check</source>
        <translation>Vérification des exclusions</translation>
    </message>
    <message>
        <source>Preparing a new organization onboarding…</source>
        <translation>Préparation d&apos;une nouvelle intégration d&apos;organisation…</translation>
    </message>
    <message>
        <source>The template needs the organization&apos;s root id (r-…): find it in the AWS Organizations console of the management account, under AWS accounts (Root). OU ids (ou-…) limit the roles to those OUs.</source>
        <translation>Le modèle a besoin de l&apos;ID de la racine de l&apos;organisation (r-…) : il figure dans la console AWS Organizations du compte de gestion, sous Comptes AWS (Root). Des ID d&apos;OU (ou-…) limitent les rôles à ces OU.</translation>
    </message>
    <message>
        <source>Not a root id (r-…) nor an OU id (ou-…-…): %1</source>
        <translation>Ni un ID de racine (r-…) ni un ID d&apos;OU (ou-…-…) : %1</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath %1.</source>
        <translation>✓ Les rôles membres vont dans chaque compte sous %1.</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath these %1 ids.</source>
        <translation>✓ Les rôles membres vont dans chaque compte sous ces %1 ID.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>Le modèle désigne le compte AWS autorisé à endosser le rôle — le compte sous lequel cette console s&apos;exécute — et Onramp n&apos;a pas pu le déterminer&#xa0;: %1&lt;br&gt;Définissez un compte approuvé dans les Paramètres, ou corrigez l&apos;identité de la console et &lt;a href=&quot;retry&quot;&gt;réessayez&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Recherche du compte AWS sous lequel cette console s&apos;exécute…</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s root id (r-…) above: the template needs it to place the member roles.</source>
        <translation>Saisissez ci-dessus l&apos;ID de la racine de l&apos;organisation (r-…) : le modèle en a besoin pour placer les rôles membres.</translation>
    </message>
    <message>
        <source>Every role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>Chaque rôle fait confiance au compte AWS %1, et seulement avec l&apos;ID externe &lt;tt&gt;%2&lt;/tt&gt; de cette intégration. Région de la pile : %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit id of the management account.</source>
        <translation>Collez la sortie RoleArn de la pile, ou simplement l&apos;ID à 12 chiffres du compte de gestion.</translation>
    </message>
    <message>
        <source>✓ Management account %1 — the role %2 that the template creates there.</source>
        <translation>✓ Compte de gestion %1 — le rôle %2 que le modèle y crée.</translation>
    </message>
    <message>
        <source>✓ Management account %1, role %2</source>
        <translation>✓ Compte de gestion %1, rôle %2</translation>
    </message>
    <message>
        <source>Not a 12-digit AWS account id: %1</source>
        <translation>Pas un ID de compte AWS à 12 chiffres : %1</translation>
    </message>
    <message>
        <source>Not an OU id (ou-…-…) nor a root id (r-…): %1</source>
        <translation>Ni un ID d&apos;OU (ou-…-…) ni un ID de racine (r-…) : %1</translation>
    </message>
    <message>
        <source>Every active account of the organization is connected.</source>
        <translation>Chaque compte actif de l&apos;organisation est connecté.</translation>
    </message>
    <message>
        <source>✓ Left out, never contacted: %1 accounts and the accounts beneath %2 OUs.</source>
        <translation>✓ Exclus, jamais contactés : %1 comptes et les comptes sous %2 OU.</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Record %1 is a single AWS account, not an organization.</source>
        <translation>L&apos;enregistrement %1 est un compte AWS seul, pas une organisation.</translation>
    </message>
    <message>
        <source>Organization %1 is disconnected; start a new onboarding.</source>
        <translation>L&apos;organisation %1 est déconnectée ; commencez une nouvelle intégration.</translation>
    </message>
    <message>
        <source>Organization %1 has not been verified yet: run &quot;org verify&quot; with the management account&apos;s Role ARN first.</source>
        <translation>L&apos;organisation %1 n&apos;a pas encore été vérifiée : lancez d&apos;abord « org verify » avec l&apos;ARN du rôle du compte de gestion.</translation>
    </message>
    <message>
        <source>--exclude-account takes a 12-digit AWS account id, not &quot;%1&quot;.</source>
        <translation>--exclude-account attend un ID de compte AWS à 12 chiffres, pas « %1 ».</translation>
    </message>
    <message>
        <source>--exclude-ou takes an organizational unit id (ou-…) or a root id (r-…), not &quot;%1&quot;.</source>
        <translation>--exclude-ou attend un ID d&apos;unité d&apos;organisation (ou-…) ou de racine (r-…), pas « %1 ».</translation>
    </message>
    <message>
        <source>Verifying the management account&apos;s role…</source>
        <translation>Vérification du rôle du compte de gestion…</translation>
    </message>
    <message>
        <source>The management account %1 is already connected on its own (record %2): disconnect that record, then verify the organization.</source>
        <translation>Le compte de gestion %1 est déjà connecté séparément (enregistrement %2) : déconnectez cet enregistrement, puis vérifiez l&apos;organisation.</translation>
    </message>
    <message>
        <source>management account</source>
        <translation>compte de gestion</translation>
    </message>
    <message>
        <source>The management account %1 of organization %2 is not connected: run &quot;org verify&quot; with its Role ARN.</source>
        <translation>Le compte de gestion %1 de l&apos;organisation %2 n&apos;est pas connecté : lancez « org verify » avec l&apos;ARN de son rôle.</translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>Lecture de l&apos;organisation…</translation>
    </message>
    <message>
        <source>AWS account %1 is not in an AWS Organization. Connect it as a single account instead.</source>
        <translation>Le compte AWS %1 n&apos;appartient à aucune organisation AWS. Connectez-le plutôt comme compte seul.</translation>
    </message>
    <message>
        <source>The management role may not read the organization (%1): it needs %2. Create the stack from the organization template.</source>
        <translation>Le rôle de gestion ne peut pas lire l&apos;organisation (%1) : il lui faut %2. Créez la pile à partir du modèle d&apos;organisation.</translation>
    </message>
    <message>
        <source>AWS account %1 is a member of organization %2, whose management account is %3: give the Role ARN of the stack in the management account.</source>
        <translation>Le compte AWS %1 est membre de l&apos;organisation %2, dont le compte de gestion est %3 : indiquez l&apos;ARN du rôle de la pile dans le compte de gestion.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Liste des comptes de l&apos;organisation…</translation>
    </message>
    <message>
        <source>The management role may not list the organization&apos;s accounts (%1): it needs %2.</source>
        <translation>Le rôle de gestion ne peut pas lister les comptes de l&apos;organisation (%1) : il lui faut %2.</translation>
    </message>
    <message>
        <source>Could not list the accounts of the excluded OUs: %1</source>
        <translation>Impossible de lister les comptes des OU exclues : %1</translation>
    </message>
    <message>
        <source>management role %1 of organization %2</source>
        <translation>rôle de gestion %1 de l&apos;organisation %2</translation>
    </message>
    <message>
        <source>left the organization</source>
        <translation>a quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>closed in AWS</source>
        <translation>fermé dans AWS</translation>
    </message>
    <message>
        <source>Disconnected: %1; its instances are kept as history.</source>
        <translation>Déconnecté : %1 ; ses instances sont conservées comme historique.</translation>
    </message>
    <message>
        <source>AWS account %1 %2</source>
        <translation>Compte AWS %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Connecting %n account(s)…</source>
        <translation>
            <numerusform>Connexion de %n compte…</numerusform>
            <numerusform>Connexion de %n comptes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already connected on its own (record %1).</source>
        <translation>Déjà connecté séparément (enregistrement %1).</translation>
    </message>
    <message>
        <source>The role %1 cannot be assumed yet: the organization&apos;s StackSet may still be creating it in this account (or the account is outside its target OUs). Retried on every sync.</source>
        <translation>Le rôle %1 ne peut pas encore être pris : le StackSet de l&apos;organisation le crée peut-être encore dans ce compte (ou le compte est hors de ses OU cibles). Retenté à chaque synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) pending</source>
        <translation>
            <numerusform>%n compte en attente</numerusform>
            <numerusform>%n comptes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (connected to a different user)</source>
        <translation>
            <numerusform>%n refusé (connecté à un autre utilisateur)</numerusform>
            <numerusform>%n refusés (connectés à un autre utilisateur)</numerusform>
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
        <source>%1: %2 account(s) listed, %3 active%4</source>
        <translation>%1 : %2 compte(s) listé(s), %3 actif(s)%4</translation>
    </message>
    <message>
        <source>Organization %1 is not verified yet, so Onramp cannot look up its root: give the root id (r-…, on the AWS Organizations console&apos;s &quot;AWS accounts&quot; page) or the OUs the roles should go to.</source>
        <translation>L&apos;organisation %1 n&apos;est pas encore vérifiée, Onramp ne peut donc pas trouver sa racine : indiquez l&apos;ID de la racine (r-…, page « Comptes AWS » de la console AWS Organizations) ou les OU où placer les rôles.</translation>
    </message>
</context>
<context>
    <name>OrganizationsClient</name>
    <message>
        <source>has %1 items where at most %2 were asked for</source>
        <translation>contient %1 éléments alors qu&apos;au plus %2 étaient demandés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…), organizational unit (ou-…-…) or account id (12 digits).</source>
        <translation>« %1 » n&apos;est ni une racine d&apos;organisation (r-…), ni une unité d&apos;organisation (ou-…-…), ni un ID de compte (12 chiffres).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>ListChildren: asked for organizational units, the response listed %1 (%2).</source>
        <translation>ListChildren : des unités d&apos;organisation étaient demandées, la réponse a listé %1 (%2).</translation>
    </message>
    <message>
        <source>More than %1 organizational units beneath the given parents; stopped (AWS allows at most %1 in an organization).</source>
        <translation>Plus de %1 unités d&apos;organisation sous les parents donnés ; arrêt (AWS en permet au plus %1 par organisation).</translation>
    </message>
</context>
<context>
    <name>PageChain</name>
    <message>
        <source>%1 in %2: page %3 came with a continuation token of %4 characters; stopped (a real one is a few hundred).</source>
        <translation>%1 dans %2&#xa0;: la page %3 est arrivée avec un jeton de continuation de %4 caractères&#xa0;; arrêt (un vrai jeton en compte quelques centaines).</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 sent a continuation token that leads back to an earlier page; stopped instead of listing for ever.</source>
        <translation>%1 dans %2&#xa0;: la page %3 a envoyé un jeton de continuation qui ramène à une page précédente&#xa0;; arrêt au lieu d&apos;une énumération sans fin.</translation>
    </message>
    <message>
        <source>%1 in %2: still more pages after %3; stopped at the limit of %3 pages per region.</source>
        <translation>%1 dans %2&#xa0;: encore d&apos;autres pages après %3&#xa0;; arrêt à la limite de %3 pages par région.</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 names two different continuation tokens; stopped (the response is malformed).</source>
        <translation>%1 dans %2 : la page %3 indique deux jetons de continuation différents ; arrêté (la réponse est mal formée).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>only you can read the registry files</source>
        <translation>vous seul pouvez lire les fichiers du registre</translation>
    </message>
    <message>
        <source>other users of this computer can read External IDs, role ARNs, the inventory and the audit log: %1</source>
        <translation>d&apos;autres utilisateurs de cet ordinateur peuvent lire les ID externes, les ARN de rôle, l&apos;inventaire et le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>run: chmod go= %1</source>
        <translation>exécutez&#xa0;: chmod go= %1</translation>
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
        <translation>credential_process du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>credential_process is longer than %1 characters.</source>
        <translation>credential_process dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>credential_process has an unterminated quote: %1</source>
        <translation>credential_process contient un guillemet non fermé&#xa0;: %1</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process est vide.</translation>
    </message>
    <message>
        <source>credential_process printed no valid credentials: %1</source>
        <translation>credential_process n&apos;a affiché aucun identifiant valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be 1</source>
        <translation>«&#xa0;Version&#xa0;» doit valoir 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>«&#xa0;%1&#xa0;» est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;Expiration&quot; is not an ISO 8601 time with a time zone: %1</source>
        <translation>«&#xa0;Expiration&#xa0;» n&apos;est pas une heure ISO 8601 avec un fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its error output: %1</source>
        <translation>Sa sortie d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>credential_process (%1) returned credentials that expired at %2.</source>
        <translation>credential_process (%1) a renvoyé des identifiants qui ont expiré le %2.</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process n&apos;a pas pu démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>credential_process (%1) did not finish within %2 s and was stopped.</source>
        <translation>credential_process (%1) ne s&apos;est pas terminé en %2 s et a été arrêté.</translation>
    </message>
    <message>
        <source>credential_process (%1) printed more than %2 bytes and was stopped.</source>
        <translation>credential_process (%1) a affiché plus de %2 octets et a été arrêté.</translation>
    </message>
    <message>
        <source>credential_process (%1) crashed.</source>
        <translation>credential_process (%1) a planté.</translation>
    </message>
    <message>
        <source>credential_process (%1) failed with exit code %2.</source>
        <translation>credential_process (%1) a échoué avec le code de sortie %2.</translation>
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
        <translation>Le trousseau du système n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Accounts connected with access keys cannot be connected or refreshed until it is. CloudFormation accounts are not affected.</source>
        <translation>Les comptes connectés avec des clés d&apos;accès ne peuvent être ni connectés ni actualisés tant qu&apos;il ne l&apos;est pas. Les comptes CloudFormation ne sont pas concernés.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; team mode needs it (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé&#xa0;; le mode équipe en a besoin (Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Impossible de se connecter à la base de données de l&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé (Debian&#xa0;: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (Onramp needs to write the file and its folder). Check the permissions or choose another file with --db.</source>
        <translation>La base de données du registre %1 est en lecture seule (Onramp doit pouvoir écrire dans le fichier et dans son dossier). Vérifiez les permissions ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
    <message>
        <source>enabling WAL on %1</source>
        <translation>l&apos;activation de WAL sur %1</translation>
    </message>
    <message>
        <source>The registry database %1 cannot switch to WAL mode (journal mode stays &quot;%2&quot;); it is probably on a read-only or network file system.</source>
        <translation>La base de données du registre %1 ne peut pas passer en mode WAL (le mode de journalisation reste «&#xa0;%2&#xa0;»)&#xa0;; elle se trouve probablement sur un système de fichiers en lecture seule ou réseau.</translation>
    </message>
    <message>
        <source>configuring %1</source>
        <translation>la configuration de %1</translation>
    </message>
    <message>
        <source>asking the server who we are</source>
        <translation>l&apos;interrogation du serveur sur notre identité</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>inspecting %1</source>
        <translation>l&apos;inspection de %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Onramp registry. Choose another file with --db.</source>
        <translation>%1 est une base de données SQLite, mais pas un registre Onramp. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>le verrouillage du schéma pour la migration</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>la mise à niveau du schéma vers la version %1</translation>
    </message>
    <message>
        <source>The team database is at schema %1 and needs version %2, which only its administrator can install: an administrator role must open it first. (%3)</source>
        <translation>La base de données de l&apos;équipe est au schéma %1 et nécessite la version %2, que seul son administrateur peut installer&#xa0;: un rôle administrateur doit d&apos;abord l&apos;ouvrir. (%3)</translation>
    </message>
    <message>
        <source>Cannot upgrade the registry database %1 to schema %2 (%3): %4</source>
        <translation>Impossible de mettre à niveau la base de données du registre %1 vers le schéma %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The database was created by a newer Onramp (schema %1, this build knows %2).</source>
        <translation>La base de données a été créée par une version plus récente d&apos;Onramp (schéma %1, cette version connaît le %2).</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>la préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This AWS account is already connected in Onramp.</source>
        <translation>Ce compte AWS est déjà connecté dans Onramp.</translation>
    </message>
    <message>
        <source>The account does not exist (or belongs to another user).</source>
        <translation>Le compte n&apos;existe pas (ou appartient à un autre utilisateur).</translation>
    </message>
    <message>
        <source>The team database refused this (%1): %2</source>
        <translation>La base de données de l&apos;équipe a refusé cette opération (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team database was busy while %1; try again.</source>
        <translation>La base de données de l&apos;équipe était occupée pendant %1&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Lost the connection to the team database while %1: %2</source>
        <translation>Connexion à la base de données de l&apos;équipe perdue pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The registry database %1 is locked by another Onramp process (waited %2 ms while %3). Try again when it has finished.</source>
        <translation>La base de données du registre %1 est verrouillée par un autre processus Onramp (attente de %2 ms pendant %3). Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The registry database %1 is damaged or is not a database (%2). Restore it from a backup, or move it away and Onramp will create a new one.</source>
        <translation>La base de données du registre %1 est endommagée ou n&apos;est pas une base de données (%2). Restaurez-la à partir d&apos;une sauvegarde, ou déplacez-la ailleurs et Onramp en créera une nouvelle.</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation>La base de données du registre %1 est en lecture seule (%2). Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Le disque contenant %1 est plein.</translation>
    </message>
    <message>
        <source>Cannot open the registry database %1 (%2).</source>
        <translation>Impossible d&apos;ouvrir la base de données du registre %1 (%2).</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>Le compte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>l&apos;ajout de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>User %1 could not be created.</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>changing the plan of %1</source>
        <translation>le changement d&apos;offre de %1</translation>
    </message>
    <message>
        <source>Only the team database&apos;s administrator can change plans.</source>
        <translation>Seul l&apos;administrateur de la base de données de l&apos;équipe peut changer les offres.</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>Aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>l&apos;énumération des utilisateurs</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>la lecture de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>The account is disconnected; connect it again to create a new record.</source>
        <translation>Le compte est déconnecté&#xa0;; reconnectez-le pour créer un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>An account cannot go from %1 to %2.</source>
        <translation>Un compte ne peut pas passer de %1 à %2.</translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation>la lecture du compte %1</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Aucun compte %1.</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>l&apos;énumération des comptes</translation>
    </message>
    <message>
        <source>looking up AWS account %1</source>
        <translation>la recherche du compte AWS %1</translation>
    </message>
    <message>
        <source>counting the accounts of %1</source>
        <translation>le comptage des comptes de %1</translation>
    </message>
    <message>
        <source>storing account %1</source>
        <translation>l&apos;enregistrement du compte %1</translation>
    </message>
    <message>
        <source>AWS account %1 is already connected in Onramp.</source>
        <translation>Le compte AWS %1 est déjà connecté dans Onramp.</translation>
    </message>
    <message>
        <source>A new account cannot start as %1.</source>
        <translation>Un nouveau compte ne peut pas démarrer avec le statut %1.</translation>
    </message>
    <message>
        <source>An account needs an owner and no console user is set.</source>
        <translation>Un compte a besoin d&apos;un propriétaire et aucun utilisateur de console n&apos;est défini.</translation>
    </message>
    <message>
        <source>storing the instances of account %1 in %2</source>
        <translation>l&apos;enregistrement des instances du compte %1 dans %2</translation>
    </message>
    <message>
        <source>removing the instances gone from account %1 in %2</source>
        <translation>la suppression des instances disparues du compte %1 dans %2</translation>
    </message>
    <message>
        <source>storing instance health of account %1</source>
        <translation>l&apos;enregistrement de l&apos;état de santé des instances du compte %1</translation>
    </message>
    <message>
        <source>reading the instances of account %1</source>
        <translation>la lecture des instances du compte %1</translation>
    </message>
    <message>
        <source>counting the instances of account %1</source>
        <translation>le comptage des instances du compte %1</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>l&apos;écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>la vérification de la base de données de l&apos;équipe</translation>
    </message>
    <message>
        <source>checking the integrity of %1</source>
        <translation>la vérification de l&apos;intégrité de %1</translation>
    </message>
    <message>
        <source>checking the foreign keys of %1</source>
        <translation>la vérification des clés étrangères de %1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing %3 row</source>
        <translation>la ligne %1 de %2 fait référence à une ligne %3 manquante</translation>
    </message>
    <message>
        <source>The registry database %1 failed its integrity check: %2</source>
        <translation>La base de données du registre %1 a échoué à la vérification d&apos;intégrité&#xa0;: %2</translation>
    </message>
    <message>
        <source>removing account %1</source>
        <translation>suppression du compte %1</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL; expected postgresql://ROLE@HOST:PORT/DATABASE (the password comes from PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>URL PostgreSQL non valide&#xa0;; format attendu&#xa0;: postgresql://ROLE@HOST:PORT/DATABASE (le mot de passe provient de PGPASSFILE, ~/.pgpass ou PGPASSWORD).</translation>
    </message>
    <message>
        <source>the PGSERVICE service</source>
        <translation>le service PGSERVICE</translation>
    </message>
    <message>
        <source>the database URL</source>
        <translation>l&apos;URL de la base de données</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; (from %2) is not one of %3.</source>
        <translation>sslmode «&#xa0;%1&#xa0;» (issu de %2) n&apos;est pas l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Refusing sslmode=%1 (from %2) for the team database on %3: a server that is not on this computer is reached only with sslmode=verify-full, which encrypts the connection and checks the server&apos;s certificate and host name. Remove sslmode=%1 (verify-full is the default) and give the certificate authority that signed the server&apos;s certificate with ?sslrootcert=FILE or in ~/.postgresql/root.crt.</source>
        <translation>sslmode=%1 (issu de %2) est refusé pour la base de données de l&apos;équipe sur %3&#xa0;: un serveur qui ne se trouve pas sur cet ordinateur n&apos;est joint qu&apos;avec sslmode=verify-full, qui chiffre la connexion et vérifie le certificat et le nom d&apos;hôte du serveur. Supprimez sslmode=%1 (verify-full est la valeur par défaut) et indiquez l&apos;autorité de certification qui a signé le certificat du serveur avec ?sslrootcert=FILE ou dans ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>The %1 of the database URL must not contain &apos;;&apos;.</source>
        <translation>Le paramètre %1 de l&apos;URL de la base de données ne doit pas contenir &apos;;&apos;.</translation>
    </message>
    <message>
        <source>encryption unknown</source>
        <translation>chiffrement inconnu</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>chiffré (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>TLS verify-full, %1</source>
        <translation>TLS verify-full, %1</translation>
    </message>
    <message>
        <source>Unix socket (local), %1</source>
        <translation>Socket Unix (local), %1</translation>
    </message>
    <message>
        <source>loopback, sslmode=%1, %2</source>
        <translation>boucle locale, sslmode=%1, %2</translation>
    </message>
    <message>
        <source>The database URL given with --db contains a password, which other users of this computer can read (ps, /proc) and your shell history keeps. Remove it from --db and give the password another way: the whole URL in the ONRAMP_DB environment variable, a password file (PGPASSFILE or ~/.pgpass), or PGPASSWORD.</source>
        <translation>L&apos;URL de la base de données indiquée avec --db contient un mot de passe, que les autres utilisateurs de cet ordinateur peuvent lire (ps, /proc) et que l&apos;historique de votre shell conserve. Retirez-le de --db et fournissez le mot de passe autrement&#xa0;: l&apos;URL complète dans la variable d&apos;environnement ONRAMP_DB, un fichier de mots de passe (PGPASSFILE ou ~/.pgpass) ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the server&apos;s certificate must be signed by a certificate authority in ~/.postgresql/root.crt (or ?sslrootcert=FILE) and name the host as written in the URL.</source>
        <translation>Avec sslmode=verify-full, le certificat du serveur doit être signé par une autorité de certification présente dans ~/.postgresql/root.crt (ou ?sslrootcert=FILE) et nommer l&apos;hôte tel qu&apos;il est écrit dans l&apos;URL.</translation>
    </message>
    <message>
        <source>The team database refused a status change while %1 (%2).</source>
        <translation>La base de données de l&apos;équipe a refusé un changement de statut pendant %1 (%2).</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s id, owner and creation time never change.</source>
        <translation>La base de données de l&apos;équipe a refusé la modification pendant %1&#xa0;: l&apos;ID, le propriétaire et la date de création d&apos;un compte ne changent jamais.</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s AWS account id cannot change once it is connected, and a disconnected account does not change. Connect the other AWS account as a new account.</source>
        <translation>La base de données de l&apos;équipe a refusé la modification pendant %1&#xa0;: l&apos;ID de compte AWS d&apos;un compte ne peut plus changer une fois celui-ci connecté, et un compte déconnecté ne change pas. Connectez l&apos;autre compte AWS en tant que nouveau compte.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and the team database already holds one of yours.</source>
        <translation>L&apos;offre d&apos;essai autorise un seul compte AWS connecté, et la base de données de l&apos;équipe en contient déjà un qui vous appartient.</translation>
    </message>
    <message>
        <source>checking whether AWS account %1 is taken</source>
        <translation>la vérification de la disponibilité du compte AWS %1</translation>
    </message>
    <message>
        <source>Account %1 is connected to AWS account %2, which cannot change; connect AWS account %3 as a new account.</source>
        <translation>Le compte %1 est connecté au compte AWS %2, ce qui ne peut pas changer&#xa0;; connectez le compte AWS %3 en tant que nouveau compte.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>storing the databases of account %1 in %2</source>
        <translation>l&apos;enregistrement des bases de données du compte %1 dans %2</translation>
    </message>
    <message>
        <source>marking the databases gone from account %1 in %2</source>
        <translation>le marquage des bases de données disparues du compte %1 dans %2</translation>
    </message>
    <message>
        <source>reading the databases of account %1</source>
        <translation>la lecture des bases de données du compte %1</translation>
    </message>
    <message>
        <source>counting the databases of account %1</source>
        <translation>le comptage des bases de données du compte %1</translation>
    </message>
    <message>
        <source>storing the database access of account %1</source>
        <translation>l&apos;enregistrement de l&apos;accès aux bases de données du compte %1</translation>
    </message>
    <message>
        <source>Team mode needs the group role onramp_console, and the role %1 may not create roles. Have a PostgreSQL superuser run once: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; then open the database %2 again as %1 (README.md, &quot;Team mode&quot;).</source>
        <translation>Le mode équipe nécessite le rôle de groupe onramp_console, et le rôle %1 ne peut pas créer de rôles. Demandez à un superutilisateur PostgreSQL d&apos;exécuter une fois&#xa0;: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; puis rouvrez la base de données %2 en tant que %1 (README.md, «&#xa0;Team mode&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot open a second connection to the team database %1: the first one is closed.</source>
        <translation>Impossible d&apos;ouvrir une deuxième connexion à la base de données d&apos;équipe %1 : la première est fermée.</translation>
    </message>
    <message>
        <source>The team database %1 authenticated a second connection as %2, not as %3; Onramp does not mix console users.</source>
        <translation>La base de données d&apos;équipe %1 a authentifié une deuxième connexion en tant que %2, et non %3 ; Onramp ne mélange pas les utilisateurs de la console.</translation>
    </message>
    <message>
        <source>copying the write-ahead log into %1</source>
        <translation>la copie du journal d&apos;écriture anticipée (WAL) dans %1</translation>
    </message>
</context>
<context>
    <name>Registry::Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>le démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>la validation d&apos;une transaction</translation>
    </message>
</context>
<context>
    <name>RoleArnInput</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Role ARN check</source>
        <translation>Vérification de l&apos;ARN du rôle</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service answered within %1 s). Onramp never stores secrets in plain text.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (aucun Secret Service n&apos;a répondu en %1 s). Onramp ne stocke jamais de secrets en clair.</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the system keychain (service &quot;%2&quot;).</source>
        <translation>Aucun secret n&apos;est enregistré sous «&#xa0;%1&#xa0;» dans le trousseau du système (service «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked or the request was denied (%1). Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;: il est verrouillé ou la demande a été refusée (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Onramp never stores secrets in plain text.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Onramp ne stocke jamais de secrets en clair.</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring (%1). Create or unlock the login keyring, then try again. Onramp never stores secrets in plain text.</source>
        <translation>Le trousseau du système n&apos;a aucun trousseau de clés par défaut déverrouillé (%1). Créez ou déverrouillez le trousseau de connexion, puis réessayez. Onramp ne stocke jamais de secrets en clair.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain check failed while %1: %2</source>
        <translation>Échec de la vérification du trousseau pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>writing a test entry</source>
        <translation>l&apos;écriture d&apos;une entrée de test</translation>
    </message>
    <message>
        <source>reading the test entry back</source>
        <translation>la relecture de l&apos;entrée de test</translation>
    </message>
    <message>
        <source>the keychain returned different bytes than were stored</source>
        <translation>le trousseau a renvoyé des octets différents de ceux qui avaient été enregistrés</translation>
    </message>
    <message>
        <source>deleting the test entry</source>
        <translation>la suppression de l&apos;entrée de test</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Onramp</source>
        <translation>Paramètres — Onramp</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Région principale</translation>
    </message>
    <message>
        <source>Automatic (AWS_REGION, the profile, or us-east-1)</source>
        <translation>Automatique (AWS_REGION, le profil ou us-east-1)</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>Région &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Re&amp;fresh instances every:</source>
        <translation>Actualiser les instances &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Onramp starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage d&apos;Onramp.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
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
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>The console identity is the AWS principal Onramp acts as. Customer roles created from the CloudFormation template trust its AWS account.</source>
        <translation>L&apos;identité de la console est le principal AWS sous lequel Onramp agit. Les rôles clients créés à partir du modèle CloudFormation approuvent son compte AWS.</translation>
    </message>
    <message>
        <source>From the &amp;environment (AWS_ACCESS_KEY_ID… or the default profile)</source>
        <translation>Depuis l&apos;&amp;environnement (AWS_ACCESS_KEY_ID… ou le profil par défaut)</translation>
    </message>
    <message>
        <source>AWS &amp;profile from ~/.aws:</source>
        <translation>&amp;Profil AWS de ~/.aws&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;keys kept in the system keychain:</source>
        <translation>Clés d&apos;accès conservées dans le &amp;trousseau du système&#xa0;:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Console access key ID</source>
        <translation>ID de clé d&apos;accès de la console</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>I&amp;D de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Console secret access key</source>
        <translation>Clé d&apos;accès secrète de la console</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clé d&apos;accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove Keys from Keychain</source>
        <translation>&amp;Retirer les clés du trousseau</translation>
    </message>
    <message>
        <source>New CloudFormation onboardings</source>
        <translation>Nouvelles intégrations CloudFormation</translation>
    </message>
    <message>
        <source>Trusted AWS account</source>
        <translation>Compte AWS approuvé</translation>
    </message>
    <message>
        <source>the console identity&apos;s own account</source>
        <translation>le compte propre à l&apos;identité de la console</translation>
    </message>
    <message>
        <source>&amp;Trusted account:</source>
        <translation>Compte &amp;approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>Template URL</source>
        <translation>URL du modèle</translation>
    </message>
    <message>
        <source>Template &amp;URL:</source>
        <translation>&amp;URL du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Where you host the template, for quick-create links (optional).</source>
        <translation>L&apos;emplacement où vous hébergez le modèle, pour les liens de création rapide (facultatif).</translation>
    </message>
    <message>
        <source>Console &amp;identity</source>
        <translation>&amp;Identité de la console</translation>
    </message>
    <message>
        <source>The same checks as &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: the database, the system keychain, the console identity, the AWS endpoint and this computer&apos;s clock.</source>
        <translation>Les mêmes vérifications que &lt;tt&gt;onrampctl doctor&lt;/tt&gt;&#xa0;: la base de données, le trousseau du système, l&apos;identité de la console, le point de terminaison AWS et l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Run &amp;Checks</source>
        <translation>&amp;Lancer les vérifications</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>The console&apos;s keys were removed from the keychain.</source>
        <translation>Les clés de la console ont été retirées du trousseau.</translation>
    </message>
    <message>
        <source>Run &amp;Checks Again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>enregistrée — saisissez pour la remplacer</translation>
    </message>
    <message>
        <source>In use: %1, AWS account %2.</source>
        <translation>Utilisé&#xa0;: %1, compte AWS %2.</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>Utilisé&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Looking up the console identity…</source>
        <translation>Recherche de l&apos;identité de la console…</translation>
    </message>
    <message>
        <source>Templates trust the console identity&apos;s own account.</source>
        <translation>Les modèles approuvent le compte propre à l&apos;identité de la console.</translation>
    </message>
    <message>
        <source>✓ Templates trust AWS account %1.</source>
        <translation>✓ Les modèles approuvent le compte AWS %1.</translation>
    </message>
    <message>
        <source>An AWS account id is exactly 12 digits.</source>
        <translation>Un ID de compte AWS comporte exactement 12 chiffres.</translation>
    </message>
    <message>
        <source>✓ Quick-create links will point CloudFormation at this URL.</source>
        <translation>✓ Les liens de création rapide dirigeront CloudFormation vers cette URL.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address CloudFormation can read.</source>
        <translation>L&apos;URL du modèle doit être une adresse https:// lisible par CloudFormation.</translation>
    </message>
    <message>
        <source>The trusted account must be a 12-digit AWS account id.</source>
        <translation>Le compte approuvé doit être un ID de compte AWS à 12 chiffres.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address.</source>
        <translation>L&apos;URL du modèle doit être une adresse https://.</translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation>Choisissez un profil AWS.</translation>
    </message>
    <message>
        <source>The console&apos;s access key ID must be AKIA or ASIA followed by 16 capital letters or digits.</source>
        <translation>L&apos;ID de clé d&apos;accès de la console doit être AKIA ou ASIA suivi de 16 lettres majuscules ou chiffres.</translation>
    </message>
    <message>
        <source>Enter the secret access key of %1.</source>
        <translation>Saisissez la clé d&apos;accès secrète de %1.</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>Enregistrement des clés dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SsoCredentialsProvider</name>
    <message>
        <source>%1 Run `%2` and try again.</source>
        <translation>%1 Exécutez `%2` et réessayez.</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in account %2 (profile &quot;%3&quot;)</source>
        <translation>rôle IAM Identity Center %1 dans le compte %2 (profil «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>No IAM Identity Center sign-in is cached for %1 (%2).</source>
        <translation>Aucune connexion IAM Identity Center n&apos;est en cache pour %1 (%2).</translation>
    </message>
    <message>
        <source>The cached sign-in %1 is larger than %2 bytes.</source>
        <translation>La connexion en cache %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The cached sign-in %1 has no valid accessToken and expiresAt.</source>
        <translation>La connexion en cache %1 n&apos;a pas d&apos;accessToken ni d&apos;expiresAt valides.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in for %1 expired at %2.</source>
        <translation>La connexion IAM Identity Center pour %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>not a time in milliseconds</source>
        <translation>pas une heure en millisecondes</translation>
    </message>
    <message>
        <source>No HTTP client to reach the portal with.</source>
        <translation>Aucun client HTTP pour joindre le portail.</translation>
    </message>
    <message>
        <source>The IAM Identity Center portal refused the cached sign-in (%1).</source>
        <translation>Le portail IAM Identity Center a refusé la connexion en cache (%1).</translation>
    </message>
</context>
<context>
    <name>StackUpdateDialog</name>
    <message>
        <source>New template for %1 — Onramp</source>
        <translation>Nouveau modèle pour %1 — Onramp</translation>
    </message>
    <message>
        <source>To let Onramp list the databases of AWS account %1, update its stack in place (the role, its External ID and everything else stay as they are):
1. Save the template below (Save as…) or copy it.
2. Sign in to the AWS console of account %1 and open CloudFormation → Stacks → %2 (the stack that created the role).
3. Choose Update → Replace current template → Upload a template file, pick the saved file, keep the parameters, acknowledge that the stack changes an IAM role, and submit.
4. When the stack shows UPDATE_COMPLETE, Onramp lists the databases at its next refresh.</source>
        <translation>Pour permettre à Onramp de lister les bases de données du compte AWS %1, mettez à jour sa pile sur place (le rôle, son ID externe et tout le reste restent inchangés)&#xa0;:
1. Enregistrez le modèle ci-dessous (Enregistrer sous…) ou copiez-le.
2. Connectez-vous à la console AWS du compte %1 et ouvrez CloudFormation → Piles → %2 (la pile qui a créé le rôle).
3. Choisissez Mettre à jour → Remplacer le modèle actuel → Charger un fichier de modèle, sélectionnez le fichier enregistré, conservez les paramètres, confirmez que la pile modifie un rôle IAM, puis envoyez.
4. Lorsque la pile affiche UPDATE_COMPLETE, Onramp liste les bases de données à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1</source>
        <translation>Le modèle indique le compte AWS autorisé à endosser le rôle — le compte sous lequel cette console s&apos;exécute — et Onramp n&apos;a pas pu le déterminer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Recherche du compte AWS sous lequel cette console s&apos;exécute…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this account&apos;s External ID %2.</source>
        <translation>Le rôle approuve le compte AWS %1, et uniquement avec l&apos;ID externe %2 de ce compte.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>No STS client to assume the role with.</source>
        <translation>Aucun client STS pour endosser le rôle.</translation>
    </message>
    <message>
        <source>role %1 assumed with AssumeRole</source>
        <translation>rôle %1 endossé avec AssumeRole</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de région AWS tel que us-east-1.</translation>
    </message>
    <message>
        <source>The stack name &quot;%1&quot; is not valid: it must start with a letter and contain only letters, digits and hyphens, at most 128 characters.</source>
        <translation>Le nom de pile «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il doit commencer par une lettre et ne contenir que des lettres, des chiffres et des traits d&apos;union, 128 caractères au maximum.</translation>
    </message>
    <message>
        <source>Region %1 is in the %2 partition, but the trusted account is in %3: a role can only trust an account of its own partition.</source>
        <translation>La région %1 se trouve dans la partition %2, mais le compte approuvé est dans %3&#xa0;: un rôle ne peut approuver qu&apos;un compte de sa propre partition.</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Partition inconnue «&#xa0;%1&#xa0;»&#xa0;: Onramp accepte aws, aws-cn et aws-us-gov.</translation>
    </message>
    <message>
        <source>The trusted account ID &quot;%1&quot; is not 12 digits.</source>
        <translation>L&apos;ID du compte approuvé «&#xa0;%1&#xa0;» ne comporte pas 12 chiffres.</translation>
    </message>
    <message>
        <source>The External ID must have %1 to %2 characters; it has %3.</source>
        <translation>L&apos;ID externe doit comporter de %1 à %2 caractères&#xa0;; il en comporte %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>The External ID contains %1; AWS accepts only letters, digits and _ + = , . @ : / -.</source>
        <translation>L&apos;ID externe contient %1&#xa0;; AWS n&apos;accepte que des lettres, des chiffres et _ + = , . @ : / -.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; CloudFormation accepts at most %2.</source>
        <translation>La description fait %1 octets&#xa0;; CloudFormation en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The description contains a control character or broken Unicode.</source>
        <translation>La description contient un caractère de contrôle ou de l&apos;Unicode non valide.</translation>
    </message>
    <message>
        <source>The template URL &quot;%1&quot; is not an https URL.</source>
        <translation>L&apos;URL du modèle «&#xa0;%1&#xa0;» n&apos;est pas une URL https.</translation>
    </message>
    <message>
        <source>The template file name is empty.</source>
        <translation>Le nom de fichier du modèle est vide.</translation>
    </message>
    <message>
        <source>Name at least one organization root (r-…) or organizational unit (ou-…) for the member roles.</source>
        <translation>Indiquez au moins une racine d&apos;organisation (r-…) ou une unité d&apos;organisation (ou-…) pour les rôles membres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…) or organizational unit (ou-…-…) id.</source>
        <translation>« %1 » n&apos;est pas un ID de racine d&apos;organisation (r-…) ni d&apos;unité d&apos;organisation (ou-…-…).</translation>
    </message>
    <message>
        <source>The target ids take more than %1 characters; CloudFormation accepts no longer parameter value.</source>
        <translation>Les ID cibles dépassent %1 caractères ; CloudFormation n&apos;accepte pas de valeur de paramètre plus longue.</translation>
    </message>
    <message>
        <source># Once per organization, first: trusted access for CloudFormation StackSets in AWS Organizations (the stack set that creates the member roles needs it). In the management account:</source>
        <translation># Une fois par organisation, d&apos;abord : l&apos;accès approuvé pour CloudFormation StackSets dans AWS Organizations (le StackSet qui crée les rôles membres en a besoin). Dans le compte de gestion :</translation>
    </message>
    <message>
        <source>The template has %1, which Onramp cannot write as Terraform.</source>
        <translation>Le modèle contient %1, qu&apos;Onramp ne peut pas écrire en Terraform.</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>CloudFormation template</source>
        <translation>Modèle CloudFormation</translation>
    </message>
    <message>
        <source>&amp;Copy template</source>
        <translation>&amp;Copier le modèle</translation>
    </message>
    <message>
        <source>Copy the template to the clipboard</source>
        <translation>Copier le modèle dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the template as a file</source>
        <translation>Enregistrer le modèle dans un fichier</translation>
    </message>
    <message>
        <source>Open &amp;quick-create</source>
        <translation>&amp;Ouvrir la création rapide</translation>
    </message>
    <message>
        <source>Open the CloudFormation quick-create page in the browser</source>
        <translation>Ouvrir la page de création rapide de CloudFormation dans le navigateur</translation>
    </message>
    <message>
        <source>Copy AWS C&amp;LI command</source>
        <translation>Copier la commande AWS C&amp;LI</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates the stack</source>
        <translation>Copier la commande AWS CLI qui crée la pile</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Opens the CloudFormation console with this template and its parameters filled in.</source>
        <translation>Ouvre la console CloudFormation avec ce modèle et ses paramètres déjà renseignés.</translation>
    </message>
    <message>
        <source>Set the template URL (where the template is hosted) in Settings to use quick-create.</source>
        <translation>Pour utiliser la création rapide, définissez dans les Paramètres l&apos;URL du modèle (l&apos;emplacement où il est hébergé).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copied — save the template as %1 in the folder where you run it</source>
        <translation>Copié — enregistrez le modèle sous %1 dans le dossier où vous exécutez la commande</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the CloudFormation template</source>
        <translation>Enregistrer le modèle CloudFormation</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.json);;All files (*)</source>
        <translation>Modèles CloudFormation (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Quick-create unavailable</source>
        <translation>Création rapide indisponible</translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé.</translation>
    </message>
    <message>
        <source>Opened in your browser</source>
        <translation>Ouvert dans votre navigateur</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <source>Template format</source>
        <translation>Format du modèle</translation>
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
        <translation>Le même rôle, la même politique d&apos;approbation, le même ID externe et les mêmes autorisations, sous forme de modèle CloudFormation ou de module Terraform.</translation>
    </message>
    <message>
        <source>Terraform module</source>
        <translation>Module Terraform</translation>
    </message>
    <message>
        <source>The AWS CLI command creates a CloudFormation stack: choose the CloudFormation format. Apply the Terraform module with terraform apply.</source>
        <translation>La commande AWS CLI crée une pile CloudFormation&#xa0;: choisissez le format CloudFormation. Appliquez le module Terraform avec terraform apply.</translation>
    </message>
    <message>
        <source>Save the Terraform module</source>
        <translation>Enregistrer le module Terraform</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Fichiers Terraform (*.tf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ThreadedPageStore</name>
    <message>
        <source>Cannot store the discovered resources: %1</source>
        <translation>Impossible d&apos;enregistrer les ressources découvertes : %1</translation>
    </message>
    <message>
        <source>Cannot store the discovered resources: the connection to the team database %1 was lost (%2).</source>
        <translation>Impossible d&apos;enregistrer les ressources découvertes : la connexion à la base de données d&apos;équipe %1 a été perdue (%2).</translation>
    </message>
</context>
<context>
    <name>WebIdentityCredentialsProvider</name>
    <message>
        <source>role %1 assumed with the web identity token %2 (%3)</source>
        <translation>rôle %1 endossé avec le jeton d&apos;identité web %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot read the web identity token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton d&apos;identité web %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The web identity token file %1 is larger than %2 bytes.</source>
        <translation>Le fichier de jeton d&apos;identité web %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Le fichier de jeton d&apos;identité web %1 est vide.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Onramp desktop console: connect AWS accounts and browse their EC2 instances.</source>
        <translation>Console de bureau Onramp : connectez des comptes AWS et parcourez leurs instances EC2.</translation>
    </message>
    <message>
        <source>Console user (SQLite only; default: ONRAMP_USER, else the login name).</source>
        <translation>Utilisateur de la console (SQLite uniquement ; par défaut : ONRAMP_USER, sinon le nom de connexion).</translation>
    </message>
    <message>
        <source>Home region (overrides the settings).</source>
        <translation>Région principale (remplace les paramètres).</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>Quitter après MS millisecondes (pour les tests de fumée).</translation>
    </message>
    <message>
        <source>Open the wizard on pending onboarding ID.</source>
        <translation>Ouvrir l&apos;assistant sur l&apos;intégration en attente ID.</translation>
    </message>
    <message>
        <source>light, dark or system (overrides the settings for this run).</source>
        <translation>light, dark ou system (remplace les paramètres pour cette exécution).</translation>
    </message>
    <message>
        <source>Do not start discovering the accounts at start-up.</source>
        <translation>Ne pas lancer la découverte des comptes au démarrage.</translation>
    </message>
    <message>
        <source>Print the milliseconds from main() to the first window&apos;s show event.</source>
        <translation>Afficher les millisecondes entre main() et le premier affichage de la fenêtre.</translation>
    </message>
    <message>
        <source>--user is refused in team mode</source>
        <translation>--user est refusé en mode équipe</translation>
    </message>
    <message>
        <source>In team mode the console user is the PostgreSQL role you log in as.</source>
        <translation>En mode équipe, l&apos;utilisateur de la console est le rôle PostgreSQL avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>The account registry could not be opened</source>
        <translation>Le registre des comptes n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Registry: %1. Check --db / ONRAMP_DB, the file&apos;s permissions, and that no newer Onramp wrote it.</source>
        <translation>Registre : %1. Vérifiez --db / ONRAMP_DB, les droits du fichier, et qu&apos;aucune version plus récente d&apos;Onramp ne l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Connecting to the team database at %1…</source>
        <translation>Connexion à la base de données de l&apos;équipe sur %1…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>The team database could not be opened</source>
        <translation>La base de données de l&apos;équipe n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app data folder). No password here: other users can read the command line; use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>Registre&#xa0;: un fichier SQLite ou postgresql://ROLE@HOST/DB (par défaut&#xa0;: ONRAMP_DB, sinon le dossier de données de l&apos;application). Pas de mot de passe ici&#xa0;: les autres utilisateurs peuvent lire la ligne de commande&#xa0;; utilisez PGPASSFILE ou ~/.pgpass, PGPASSWORD, ou l&apos;URL complète dans ONRAMP_DB.</translation>
    </message>
    <message>
        <source>Onramp cannot use these AWS settings</source>
        <translation>Onramp ne peut pas utiliser ces paramètres AWS</translation>
    </message>
    <message>
        <source>The database password is on the command line</source>
        <translation>Le mot de passe de la base de données figure sur la ligne de commande</translation>
    </message>
    <message>
        <source>Check the postgresql:// URL, the server, and your role&apos;s password (PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>Vérifiez l&apos;URL postgresql://, le serveur et le mot de passe de votre rôle (PGPASSFILE, ~/.pgpass ou PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>onrampctl</name>
    <message>
        <source>team mode: never put the password in --db (other users can read the command line); use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>mode équipe&#xa0;: ne mettez jamais le mot de passe dans --db (les autres utilisateurs peuvent lire la ligne de commande)&#xa0;; utilisez PGPASSFILE ou ~/.pgpass, PGPASSWORD, ou l&apos;URL complète dans ONRAMP_DB.</translation>
    </message>
</context>
</TS>
