<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessKeysPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; works at once, no stack to create.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; a long-lived secret that must be rotated by hand — Onramp keeps it only in the system keychain.</source>
        <translation>&lt;b&gt;Vorteil:&lt;/b&gt; sofort einsatzbereit, kein Stack zu erstellen.&lt;br&gt;&lt;b&gt;Nachteil:&lt;/b&gt; ein langlebiges Geheimnis, das von Hand rotiert werden muss – Onramp bewahrt es ausschließlich im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Heimatregion</translation>
    </message>
    <message>
        <source>Home re&amp;gion:</source>
        <translation>&amp;Heimatregion:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect with these access keys</source>
        <translation>Mit diesen Zugriffsschlüsseln verbinden</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>20 characters starting with AKIA (or ASIA for temporary keys).</source>
        <translation>20 Zeichen, beginnend mit AKIA (oder ASIA bei temporären Schlüsseln).</translation>
    </message>
    <message>
        <source>✓ Looks like an access key ID</source>
        <translation>✓ Sieht aus wie eine Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Access key IDs start with AKIA or ASIA.</source>
        <translation>Zugriffsschlüssel-IDs beginnen mit AKIA oder ASIA.</translation>
    </message>
    <message>
        <source>Access key IDs are 20 characters long (this one has %1).</source>
        <translation>Zugriffsschlüssel-IDs sind 20 Zeichen lang (diese hat %1).</translation>
    </message>
    <message>
        <source>Access key IDs hold only capital letters and digits.</source>
        <translation>Zugriffsschlüssel-IDs enthalten nur Großbuchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>40 characters; shown only once, when the key was created.</source>
        <translation>40 Zeichen; wird nur einmal angezeigt, beim Erstellen des Schlüssels.</translation>
    </message>
    <message>
        <source>✓ 40 characters</source>
        <translation>✓ 40 Zeichen</translation>
    </message>
    <message>
        <source>Secret access keys are 40 characters long (this one has %1).</source>
        <translation>Geheime Zugriffsschlüssel sind 40 Zeichen lang (dieser hat %1).</translation>
    </message>
    <message>
        <source>Secret access keys hold only letters, digits, &apos;/&apos;, &apos;+&apos; and &apos;=&apos;.</source>
        <translation>Geheime Zugriffsschlüssel enthalten nur Buchstaben, Ziffern, &apos;/&apos;, &apos;+&apos; und &apos;=&apos;.</translation>
    </message>
    <message>
        <source>Use the keys of an IAM user that may only call %1.</source>
        <translation>Verwenden Sie die Schlüssel eines IAM-Benutzers, der nur %1 aufrufen darf.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>1 account pending</source>
        <translation>1 Konto ausstehend</translation>
    </message>
    <message>
        <source>%1 accounts pending</source>
        <translation>%1 Konten ausstehend</translation>
    </message>
    <message>
        <source>1 account failed</source>
        <translation>1 Konto fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 accounts failed</source>
        <translation>%1 Konten fehlgeschlagen</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>%1 (1 account)</source>
        <translation>%1 (1 Konto)</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1 (%2 Konten)</translation>
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
        <translation>Neues CloudFormation-Onboarding</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln Datenbank</numerusform>
            <numerusform>%Ln Datenbanken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln Datenbank</numerusform>
            <numerusform>%Ln Datenbanken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arn</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The role name is empty. An IAM role name has 1 to %1 characters.</source>
        <translation>Der Rollenname ist leer. Ein IAM-Rollenname hat 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The role name has %1 characters; IAM allows at most %2.</source>
        <translation>Der Rollenname hat %1 Zeichen; IAM erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; contains %2 at position %3; IAM role names may only contain letters, digits and + = , . @ _ -.</source>
        <translation>Der Rollenname „%1“ enthält %2 an Position %3; IAM-Rollennamen dürfen nur Buchstaben, Ziffern und + = , . @ _ - enthalten.</translation>
    </message>
    <message>
        <source>The role path has %1 characters; IAM allows at most %2.</source>
        <translation>Der Rollenpfad hat %1 Zeichen; IAM erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; must be &quot;/&quot; or start and end with &quot;/&quot; with a name between them, such as &quot;/onramp/&quot;.</source>
        <translation>Der Rollenpfad „%1“ muss „/“ lauten oder mit „/“ beginnen und enden und dazwischen einen Namen enthalten, etwa „/onramp/“.</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; contains %2 at position %3; IAM paths may only contain printable ASCII characters without spaces.</source>
        <translation>Der Rollenpfad „%1“ enthält %2 an Position %3; IAM-Pfade dürfen nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Paste the role ARN (%1) from the stack&apos;s Outputs.</source>
        <translation>Fügen Sie den Rollen-ARN (%1) aus den Ausgaben des Stacks ein.</translation>
    </message>
    <message>
        <source>The role ARN is empty. %1</source>
        <translation>Der Rollen-ARN ist leer. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an AWS account ID, not a role ARN. %2</source>
        <translation>„%1“ ist eine AWS-Konto-ID, kein Rollen-ARN. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN: an ARN starts with &quot;arn:&quot;. %2</source>
        <translation>„%1“ ist kein ARN: Ein ARN beginnt mit „arn:“. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 colon-separated fields; a role ARN has 6 (%3).</source>
        <translation>„%1“ hat %2 durch Doppelpunkte getrennte Felder; ein Rollen-ARN hat 6 (%3).</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Unbekannte Partition „%1“: Onramp akzeptiert aws, aws-cn und aws-us-gov.</translation>
    </message>
    <message>
        <source>This is an assumed-role session ARN; paste the IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) from the stack&apos;s Outputs</source>
        <translation>Dies ist der ARN einer Sitzung mit übernommener Rolle; fügen Sie den IAM-Rollen-ARN (arn:aws:iam::ACCOUNT:role/NAME) aus den Ausgaben des Stacks ein</translation>
    </message>
    <message>
        <source>This ARN belongs to the &quot;%1&quot; service; a role ARN belongs to &quot;iam&quot;. %2</source>
        <translation>Dieser ARN gehört zum Dienst „%1“; ein Rollen-ARN gehört zu „iam“. %2</translation>
    </message>
    <message>
        <source>The region field must be empty in a role ARN (IAM is global), but it is &quot;%1&quot;. %2</source>
        <translation>Das Regionsfeld muss in einem Rollen-ARN leer sein (IAM ist global), lautet aber „%1“. %2</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains %2; an account ID is 12 digits.</source>
        <translation>Die Konto-ID „%1“ enthält %2; eine Konto-ID besteht aus 12 Ziffern.</translation>
    </message>
    <message>
        <source>The account ID is missing; an account ID is 12 digits. %1</source>
        <translation>Die Konto-ID fehlt; eine Konto-ID besteht aus 12 Ziffern. %1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is %2 digits long; an account ID has exactly 12 digits.</source>
        <translation>Die Konto-ID „%1“ ist %2 Ziffern lang; eine Konto-ID hat genau 12 Ziffern.</translation>
    </message>
    <message>
        <source>This is an IAM user ARN, not a role ARN.</source>
        <translation>Dies ist der ARN eines IAM-Benutzers, kein Rollen-ARN.</translation>
    </message>
    <message>
        <source>This is an IAM group ARN, not a role ARN.</source>
        <translation>Dies ist der ARN einer IAM-Gruppe, kein Rollen-ARN.</translation>
    </message>
    <message>
        <source>This is an IAM policy ARN, not a role ARN.</source>
        <translation>Dies ist der ARN einer IAM-Richtlinie, kein Rollen-ARN.</translation>
    </message>
    <message>
        <source>This is an instance profile ARN, not a role ARN.</source>
        <translation>Dies ist der ARN eines Instance-Profils, kein Rollen-ARN.</translation>
    </message>
    <message>
        <source>This is the ARN of the account&apos;s root user, not a role ARN.</source>
        <translation>Dies ist der ARN des Root-Benutzers des Kontos, kein Rollen-ARN.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a role: a role ARN&apos;s resource starts with &quot;role/&quot;.</source>
        <translation>Die Ressource „%1“ ist keine Rolle: Die Ressource eines Rollen-ARN beginnt mit „role/“.</translation>
    </message>
    <message>
        <source>%1 is in the %2 partition (%3), but this onboarding&apos;s home region %4 is in the %5 partition (%6): a console can only assume roles of its own partition. Start the onboarding with a home region of %2 (e.g. --region %7), or use the role ARN of the %5 partition.</source>
        <translation>%1 liegt in der Partition %2 (%3), die Heimatregion %4 dieses Onboardings aber in der Partition %5 (%6): Eine Konsole kann nur Rollen ihrer eigenen Partition übernehmen. Starten Sie das Onboarding mit einer Heimatregion aus %2 (z. B. --region %7) oder verwenden Sie den Rollen-ARN der Partition %5.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — Onramp</source>
        <translation>Audit-Protokoll – Onramp</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Audit-Protokoll aktualisieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Audit-Protokolls</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>pending onboarding %1</source>
        <translation>ausstehendes Onboarding %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation>Die neuesten %1 Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Einträge: %Ln</numerusform>
            <numerusform>Einträge: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsClients</name>
    <message>
        <source>%1 must be the 12-digit AWS account of the console in the %2 partition (%3), not &quot;%4&quot;.</source>
        <translation>%1 muss das 12-stellige AWS-Konto der Konsole in der Partition %2 (%3) sein, nicht „%4“.</translation>
    </message>
</context>
<context>
    <name>AwsEndpoints</name>
    <message>
        <source>The AWS endpoint %1</source>
        <translation>Der AWS-Endpunkt %1</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>Verwenden Sie einen https://-Endpunkt.</translation>
    </message>
    <message>
        <source>Use an https:// URL in %1, or unset it.</source>
        <translation>Verwenden Sie in %1 eine https://-URL oder entfernen Sie die Variable.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost). Over a network it would send signed requests and AssumeRole credentials unencrypted, and anyone on the way could pose as AWS. %2</source>
        <translation>%1 wird abgelehnt: Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost). Über ein Netzwerk würden signierte Anfragen und AssumeRole-Anmeldeinformationen unverschlüsselt gesendet, und jeder auf dem Weg könnte sich als AWS ausgeben. %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp reaches AWS endpoints only over https:// (or http:// to this computer). %2</source>
        <translation>%1 wird abgelehnt: Onramp erreicht AWS-Endpunkte nur über https:// (oder über http:// zu diesem Computer). %2</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>AWS-Fehler</translation>
    </message>
    <message>
        <source>%1; the response carried no error details.</source>
        <translation>%1; die Antwort enthielt keine Fehlerdetails.</translation>
    </message>
    <message>
        <source>%1; the response was an HTML page, not an AWS error (from a proxy or load balancer?).</source>
        <translation>%1; die Antwort war eine HTML-Seite, kein AWS-Fehler (von einem Proxy oder Load Balancer?).</translation>
    </message>
    <message>
        <source>%1; the response was not an AWS error document.</source>
        <translation>%1; die Antwort war kein AWS-Fehlerdokument.</translation>
    </message>
</context>
<context>
    <name>AwsJson</name>
    <message>
        <source>%1: the response of %2 bytes is over the limit of %3 bytes; refused.</source>
        <translation>%1: Die Antwort mit %2 Bytes überschreitet die Grenze von %3 Bytes; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the response is not valid JSON (%2 at byte %3).</source>
        <translation>%1: Die Antwort ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1: the response is not a JSON object.</source>
        <translation>%1: Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>AwsJson::Reader</name>
    <message>
        <source>%1: the response&apos;s field %2 %3.</source>
        <translation>%1: Das Feld %2 der Antwort %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a valid value (&quot;%1&quot;)</source>
        <translation>ist kein gültiger Wert („%1“)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>AwsReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <source>Malformed XML at line %1: content after the root element.</source>
        <translation>Fehlerhaftes XML in Zeile %1: Inhalt nach dem Wurzelelement.</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2; refused.</source>
        <translation>XML in Zeile %2 ist tiefer als %1 Ebenen verschachtelt; abgelehnt.</translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation>Fehlerhaftes XML in Zeile %1: %2</translation>
    </message>
    <message>
        <source>XML with a document type declaration at line %1; refused.</source>
        <translation>XML mit einer Dokumenttypdeklaration in Zeile %1; abgelehnt.</translation>
    </message>
    <message>
        <source>XML response of %1 bytes is over the limit of %2 bytes; refused.</source>
        <translation>Die XML-Antwort mit %1 Byte überschreitet die Grenze von %2 Byte; abgelehnt.</translation>
    </message>
    <message>
        <source>Empty response where &lt;%1&gt; was expected.</source>
        <translation>Leere Antwort, obwohl &lt;%1&gt; erwartet wurde.</translation>
    </message>
    <message>
        <source>Expected &lt;%1&gt; but the response&apos;s root element is &lt;%2&gt;.</source>
        <translation>Erwartet wurde &lt;%1&gt;, aber das Wurzelelement der Antwort ist &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>An instance without an instanceId ending at line %1.</source>
        <translation>Eine Instanz ohne instanceId, endend in Zeile %1.</translation>
    </message>
    <message>
        <source>An instance status without an instanceId ending at line %1.</source>
        <translation>Ein Instanzstatus ohne instanceId, endend in Zeile %1.</translation>
    </message>
    <message>
        <source>A region without a regionName ending at line %1.</source>
        <translation>Eine Region ohne regionName, endend in Zeile %1.</translation>
    </message>
    <message>
        <source>GetCallerIdentity response without Account or Arn.</source>
        <translation>GetCallerIdentity-Antwort ohne Account oder Arn.</translation>
    </message>
    <message>
        <source>AssumeRole response without complete Credentials.</source>
        <translation>AssumeRole-Antwort ohne vollständige Credentials.</translation>
    </message>
    <message>
        <source>%1 is not a whole number at line %2.</source>
        <translation>%1 ist in Zeile %2 keine ganze Zahl.</translation>
    </message>
    <message>
        <source>A database with more than %1 tags at line %2; refused.</source>
        <translation>Eine Datenbank mit mehr als %1 Tags in Zeile %2; abgelehnt.</translation>
    </message>
    <message>
        <source>A database without a DBInstanceIdentifier ending at line %1.</source>
        <translation>Eine Datenbank ohne DBInstanceIdentifier, endend in Zeile %1.</translation>
    </message>
    <message>
        <source>More than %1 databases in one DescribeDBInstances page at line %2; refused (a page holds at most 100).</source>
        <translation>Mehr als %1 Datenbanken auf einer DescribeDBInstances-Seite in Zeile %2; abgelehnt (eine Seite enthält höchstens 100).</translation>
    </message>
    <message>
        <source>DescribeDBInstances response without DescribeDBInstancesResult.</source>
        <translation>DescribeDBInstances-Antwort ohne DescribeDBInstancesResult.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command; one of: %1</source>
        <translation>kein Befehl angegeben; möglich sind: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; one of: %2</source>
        <translation>unbekannter Befehl „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>Created pending onboarding %1
External ID: %2
Next: onrampctl template %1 &gt; onramp.json, create the stack, then onrampctl verify %1 --role-arn ROLE_ARN</source>
        <translation>Ausstehendes Onboarding %1 erstellt
Externe ID: %2
Als Nächstes: onrampctl template %1 &gt; onramp.json, den Stack erstellen, dann onrampctl verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>template needs exactly one record ID</source>
        <translation>template benötigt genau eine Datensatz-ID</translation>
    </message>
    <message>
        <source>usage: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</source>
        <translation>Aufruf: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</translation>
    </message>
    <message>
        <source>--wait-for-role takes seconds between 0 and 3600</source>
        <translation>--wait-for-role erwartet eine Anzahl Sekunden zwischen 0 und 3600</translation>
    </message>
    <message>
        <source>connect-keys reads the access key id and secret from stdin, one per line, never from arguments</source>
        <translation>connect-keys liest Zugriffsschlüssel-ID und Geheimnis von stdin, eines pro Zeile, niemals aus Argumenten</translation>
    </message>
    <message>
        <source>expected the access key id and the secret access key on stdin, one per line</source>
        <translation>auf stdin wurden Zugriffsschlüssel-ID und geheimer Zugriffsschlüssel erwartet, einer pro Zeile</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected</source>
        <translation>Die Erkennung dauert länger als erwartet</translation>
    </message>
    <message>
        <source>region %1: %2</source>
        <translation>Region %1: %2</translation>
    </message>
    <message>
        <source>discovery failed: %1</source>
        <translation>Erkennung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>0 Instanzen erkannt – fügen Sie Ihrem AWS-Konto Instanzen hinzu, um mit der Optimierung zu beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Complete! Account activated with %n instance(s)</source>
        <translation>
            <numerusform>Fertig! Konto mit %n Instanz aktiviert</numerusform>
            <numerusform>Fertig! Konto mit %n Instanzen aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials verified! Scanning resources...</source>
        <translation>Anmeldeinformationen bestätigt! Ressourcen werden gescannt...</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>usage: onrampctl discover ID</source>
        <translation>Aufruf: onrampctl discover ID</translation>
    </message>
    <message>
        <source>No account record %1.</source>
        <translation>Kein Kontodatensatz %1.</translation>
    </message>
    <message>
        <source>usage: onrampctl disconnect ID</source>
        <translation>Aufruf: onrampctl disconnect ID</translation>
    </message>
    <message>
        <source>usage: onrampctl users [set-plan NAME trial|standard]</source>
        <translation>Aufruf: onrampctl users [set-plan NAME trial|standard]</translation>
    </message>
    <message>
        <source>plan must be trial or standard</source>
        <translation>der Tarif muss trial oder standard sein</translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1</source>
        <translation>AWS-Endpunkt-Überschreibung aktiv: %1</translation>
    </message>
    <message>
        <source>org needs a command: create, template, verify or sync</source>
        <translation>org braucht einen Befehl: create, template, verify oder sync</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot;; one of: create, template, verify, sync</source>
        <translation>unbekannter org-Befehl „%1“; einer von: create, template, verify, sync</translation>
    </message>
    <message>
        <source>usage: onrampctl org create [--name NAME]</source>
        <translation>Aufruf: onrampctl org create [--name NAME]</translation>
    </message>
    <message>
        <source>Created pending organization onboarding %1
External ID: %2
Next: onrampctl org template %1 &gt; onramp-org.json, create the stack in the management account, then onrampctl org verify %1 --role-arn ROLE_ARN</source>
        <translation>Ausstehendes Organisations-Onboarding %1 angelegt
Externe ID: %2
Weiter: onrampctl org template %1 &gt; onramp-org.json, den Stack im Verwaltungskonto anlegen, dann onrampctl org verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>record %1 is a single account: use &quot;onrampctl template&quot;</source>
        <translation>Eintrag %1 ist ein einzelnes Konto: „onrampctl template“ verwenden</translation>
    </message>
    <message>
        <source>usage: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</source>
        <translation>Aufruf: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</translation>
    </message>
    <message>
        <source>usage: onrampctl org sync ID [--no-wait]</source>
        <translation>Aufruf: onrampctl org sync ID [--no-wait]</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %n account(s), %4 instances</source>
        <translation>
            <numerusform>%1  %2  %3  %n Konto, %4 Instanzen</numerusform>
            <numerusform>%1  %2  %3  %n Konten, %4 Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 is an organization: use &quot;onrampctl org template&quot;</source>
        <translation>Datensatz %1 ist eine Organisation: verwenden Sie „onrampctl org template“</translation>
    </message>
    <message>
        <source>usage: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</source>
        <translation>Aufruf: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</translation>
    </message>
    <message>
        <source>--format must be json, yaml or terraform</source>
        <translation>--format muss json, yaml oder terraform sein</translation>
    </message>
    <message>
        <source>Discovering: listing regions · %1 instances · %2 s</source>
        <translation>Erkennung: Regionen werden aufgelistet · %1 Instanzen · %2 s</translation>
    </message>
    <message>
        <source>Discovering: %1/%2 regions · %3 instances · %4 s</source>
        <translation>Erkennung: %1/%2 Regionen · %3 Instanzen · %4 s</translation>
    </message>
    <message numerus="yes">
        <source> and %n database(s)</source>
        <translation>
            <numerusform> und %n Datenbank</numerusform>
            <numerusform> und %n Datenbanken</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases not permitted — update the stack to include databases: CloudFormation → the stack → Update → Replace current template, with the template `onrampctl template %1` prints now</source>
        <translation>Datenbanken nicht erlaubt – aktualisieren Sie den Stack, um Datenbanken einzubeziehen: CloudFormation → der Stack → Aktualisieren → Aktuelle Vorlage ersetzen, mit der Vorlage, die `onrampctl template %1` jetzt ausgibt</translation>
    </message>
    <message>
        <source>Databases not permitted in %1 (rds:DescribeDBInstances denied there, e.g. by a service control policy)</source>
        <translation>Datenbanken in %1 nicht erlaubt (rds:DescribeDBInstances dort verweigert, z. B. durch eine Service-Kontrollrichtlinie)</translation>
    </message>
    <message>
        <source>usage: onrampctl instances ID [--kind ec2|rds]</source>
        <translation>Aufruf: onrampctl instances ID [--kind ec2|rds]</translation>
    </message>
    <message>
        <source>--kind must be ec2 or rds</source>
        <translation>--kind muss ec2 oder rds sein</translation>
    </message>
    <message>
        <source>Organization: listing accounts · %1 s</source>
        <translation>Organisation: Konten werden aufgelistet · %1 s</translation>
    </message>
    <message>
        <source>Organization: %1/%2 accounts · %3 instances · %4 s</source>
        <translation>Organisation: %1/%2 Konten · %3 Instanzen · %4 s</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Template format (default json): CloudFormation JSON or YAML, or a Terraform (HCL) module.</source>
        <translation>Vorlagenformat (Standard: json): CloudFormation-JSON oder -YAML oder ein Terraform-Modul (HCL).</translation>
    </message>
    <message>
        <source>The console&apos;s AWS account the role trusts (default: the console identity&apos;s account, from STS GetCallerIdentity).</source>
        <translation>Das AWS-Konto der Konsole, dem die Rolle vertraut (Standard: das Konto der Konsolenidentität, laut STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Name of the IAM role the template creates.</source>
        <translation>Name der IAM-Rolle, die die Vorlage erstellt.</translation>
    </message>
    <message>
        <source>Do not wait for discovery.</source>
        <translation>Nicht auf die Erkennung warten.</translation>
    </message>
    <message>
        <source>Keep retrying AccessDenied/NoSuchEntity for up to SECONDS (0-3600; a stack still being created, IAM propagation). Default 0.</source>
        <translation>AccessDenied/NoSuchEntity bis zu SECONDS Sekunden lang erneut versuchen (0-3600; ein Stack, der noch erstellt wird, IAM-Propagierung). Standard: 0.</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Wiederholbar.</translation>
    </message>
    <message>
        <source>Account registry: a SQLite file, or a PostgreSQL URL (team mode; never with a password in it). Environment: ONRAMP_DB. Default: a SQLite file in the user&apos;s data directory.</source>
        <translation>Kontoregistrierung: eine SQLite-Datei oder eine PostgreSQL-URL (Team-Modus; niemals mit einem Passwort darin). Umgebung: ONRAMP_DB. Standard: eine SQLite-Datei im Datenverzeichnis des Benutzers.</translation>
    </message>
    <message>
        <source>Console user acting (default: ONRAMP_USER or the login name). Refused in team mode, where the database role is the user.</source>
        <translation>Handelnder Konsolenbenutzer (Standard: ONRAMP_USER oder der Anmeldename). Im Team-Modus abgelehnt, da dort die Datenbankrolle der Benutzer ist.</translation>
    </message>
    <message>
        <source>Home region for STS and the default for discovery (default: AWS_REGION, else us-east-1).</source>
        <translation>Heimatregion für STS und Standard für die Erkennung (Standard: AWS_REGION, sonst us-east-1).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout (JSON Lines for instances).</source>
        <translation>Maschinenlesbare Ausgabe: ein JSON-Dokument auf stdout (JSON Lines für Instanzen).</translation>
    </message>
    <message>
        <source>This help, or with a command that command&apos;s help.</source>
        <translation>Diese Hilfe oder, mit einem Befehl, die Hilfe zu diesem Befehl.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Start a CloudFormation onboarding (a pending record).</source>
        <translation>Ein CloudFormation-Onboarding starten (ein ausstehender Datensatz).</translation>
    </message>
    <message>
        <source>Creates a pending onboarding record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</source>
        <translation>Erstellt einen ausstehenden Onboarding-Datensatz mit einer neuen externen ID.
--json gibt {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;} aus.</translation>
    </message>
    <message>
        <source>Friendly name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Print the CloudFormation template for a record.</source>
        <translation>Die CloudFormation-Vorlage für einen Datensatz ausgeben.</translation>
    </message>
    <message>
        <source>Prints the CloudFormation template of record ID: the read-only discovery role, trusting the console&apos;s account on condition of the record&apos;s External ID, and its RoleArn output.</source>
        <translation>Gibt die CloudFormation-Vorlage des Datensatzes ID aus: die Erkennungsrolle mit reinem Lesezugriff, die dem Konto der Konsole unter der Bedingung der externen ID des Datensatzes vertraut, und ihre Ausgabe RoleArn.</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s role, then discover.</source>
        <translation>Die Rolle des Kunden prüfen, dann die Erkennung ausführen.</translation>
    </message>
    <message>
        <source>Assumes the role with the record&apos;s External ID, proves the role requires it, checks permissions and ownership, stores the record, then discovers (progress on stderr when it is a terminal). A bare 12-digit account id means the role the record&apos;s template creates there.
--json prints {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</source>
        <translation>Übernimmt die Rolle mit der externen ID des Datensatzes, weist nach, dass die Rolle diese verlangt, prüft Berechtigungen und Eigentümerschaft, speichert den Datensatz und führt dann die Erkennung aus (Fortschritt auf stderr, wenn es ein Terminal ist). Eine bloße 12-stellige Konto-ID steht für die Rolle, die die Vorlage des Datensatzes dort erstellt.
--json gibt {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?} aus.</translation>
    </message>
    <message>
        <source>The customer&apos;s role (required).</source>
        <translation>Die Rolle des Kunden (erforderlich).</translation>
    </message>
    <message>
        <source>Connect with access keys read from stdin.</source>
        <translation>Mit Zugriffsschlüsseln verbinden, die von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>Reads the access key id and the secret access key from stdin, one per line (never from arguments), validates them, keeps the secret in the OS keychain only, then discovers. Same result as verify.</source>
        <translation>Liest die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel von stdin, einen pro Zeile (niemals aus Argumenten), prüft sie, bewahrt das Geheimnis ausschließlich im Schlüsselbund des Betriebssystems auf und führt dann die Erkennung aus. Gleiches Ergebnis wie verify.</translation>
    </message>
    <message>
        <source>List your account records.</source>
        <translation>Ihre Kontodatensätze auflisten.</translation>
    </message>
    <message>
        <source>Lists the console user&apos;s records: id, AWS account (or organization), method, status, instance count, last error.
--json prints an array of objects.</source>
        <translation>Listet die Datensätze des Konsolenbenutzers auf: ID, AWS-Konto (oder Organisation), Methode, Status, Anzahl der Instanzen, letzter Fehler.
--json gibt ein Array von Objekten aus.</translation>
    </message>
    <message>
        <source>Discover a record&apos;s resources now.</source>
        <translation>Die Ressourcen eines Datensatzes jetzt erkennen.</translation>
    </message>
    <message>
        <source>Runs discovery of record ID now and waits for it (progress on stderr when it is a terminal). Same result as verify.</source>
        <translation>Führt die Erkennung für den Datensatz ID jetzt aus und wartet darauf (Fortschritt auf stderr, wenn es ein Terminal ist). Gleiches Ergebnis wie verify.</translation>
    </message>
    <message>
        <source>List a record&apos;s resources.</source>
        <translation>Die Ressourcen eines Datensatzes auflisten.</translation>
    </message>
    <message>
        <source>Lists what discovery stored for record ID, one line each.
--json prints JSON Lines, one object per instance or database.</source>
        <translation>Listet auf, was die Erkennung für den Datensatz ID gespeichert hat, je eine Zeile.
--json gibt JSON Lines aus, ein Objekt pro Instanz oder Datenbank.</translation>
    </message>
    <message>
        <source>List only EC2 instances or only RDS databases.</source>
        <translation>Nur EC2-Instanzen oder nur RDS-Datenbanken auflisten.</translation>
    </message>
    <message>
        <source>Disconnect a record.</source>
        <translation>Einen Datensatz trennen.</translation>
    </message>
    <message>
        <source>Marks record ID disconnected and deletes its secrets from the keychain; an organization takes every member record it made with it.</source>
        <translation>Markiert den Datensatz ID als getrennt und löscht seine Geheimnisse aus dem Schlüsselbund; bei einer Organisation werden alle von ihr angelegten Mitgliedsdatensätze mitgetrennt.</translation>
    </message>
    <message>
        <source>List console users, or set one&apos;s plan.</source>
        <translation>Konsolenbenutzer auflisten oder den Tarif eines Benutzers festlegen.</translation>
    </message>
    <message>
        <source>Lists the console users with their plan; set-plan changes one (trial: one live account).</source>
        <translation>Listet die Konsolenbenutzer mit ihrem Tarif auf; set-plan ändert den Tarif eines Benutzers (trial: ein aktives Konto).</translation>
    </message>
    <message>
        <source>Preflight checks.</source>
        <translation>Vorabprüfungen.</translation>
    </message>
    <message>
        <source>One line per check with ok/FAIL and a hint: keychain, database, console identity, endpoints, clock skew. Exit 0 only if all pass.
--json prints {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</source>
        <translation>Eine Zeile pro Prüfung mit ok/FAIL und einem Hinweis: Schlüsselbund, Datenbank, Konsolenidentität, Endpunkte, Uhrabweichung. Exit-Status 0 nur, wenn alle bestanden sind.
--json gibt {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]} aus.</translation>
    </message>
    <message>
        <source>Start onboarding a whole AWS Organization.</source>
        <translation>Das Onboarding einer ganzen AWS-Organisation starten.</translation>
    </message>
    <message>
        <source>Creates a pending organization record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</source>
        <translation>Erstellt einen ausstehenden Organisationsdatensatz mit einer neuen externen ID.
--json gibt {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;} aus.</translation>
    </message>
    <message>
        <source>Print the management account&apos;s template with its StackSet.</source>
        <translation>Die Vorlage des Verwaltungskontos mit ihrem StackSet ausgeben.</translation>
    </message>
    <message>
        <source>Prints one CloudFormation template for the management account: the discovery role there and a service-managed StackSet that creates the same role in every member account.</source>
        <translation>Gibt eine CloudFormation-Vorlage für das Verwaltungskonto aus: die Erkennungsrolle dort und ein dienstverwaltetes StackSet, das dieselbe Rolle in jedem Mitgliedskonto anlegt.</translation>
    </message>
    <message>
        <source>Root or OU the StackSet targets (default: the organization&apos;s root).</source>
        <translation>Root oder OU, auf die das StackSet zielt (Standard: der Root der Organisation).</translation>
    </message>
    <message>
        <source>Verify the management role, connect every member.</source>
        <translation>Die Verwaltungsrolle prüfen, alle Mitglieder verbinden.</translation>
    </message>
    <message>
        <source>Assumes the management account&apos;s role, lists the organization&apos;s accounts and connects and discovers every ACTIVE member less the exclusions (progress on stderr when it is a terminal).
--json prints {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</source>
        <translation>Übernimmt die Rolle des Verwaltungskontos, listet die Konten der Organisation auf, verbindet jedes ACTIVE-Mitglied außer den ausgeschlossenen und führt die Erkennung aus (Fortschritt auf stderr, wenn es ein Terminal ist).
--json gibt {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;} aus.</translation>
    </message>
    <message>
        <source>The management account&apos;s role (required).</source>
        <translation>Die Rolle des Verwaltungskontos (erforderlich).</translation>
    </message>
    <message>
        <source>An account never connected.</source>
        <translation>Ein Konto, das nie verbunden wird.</translation>
    </message>
    <message>
        <source>An OU whose accounts (nested OUs too) are never connected.</source>
        <translation>Eine OU, deren Konten (auch in verschachtelten OUs) nie verbunden werden.</translation>
    </message>
    <message>
        <source>List the organization&apos;s accounts again and reconcile.</source>
        <translation>Die Konten der Organisation erneut auflisten und abgleichen.</translation>
    </message>
    <message>
        <source>New ACTIVE accounts are connected and discovered, accounts that left or closed are disconnected, pending members are retried (progress on stderr when it is a terminal). Same result as org verify.</source>
        <translation>Neue ACTIVE-Konten werden verbunden und erkannt, ausgetretene oder geschlossene Konten getrennt, ausstehende Mitglieder erneut versucht (Fortschritt auf stderr, wenn es ein Terminal ist). Gleiches Ergebnis wie org verify.</translation>
    </message>
    <message>
        <source>Onramp&apos;s command-line console: connect AWS accounts (a CloudFormation role with an External ID, or access keys kept in the OS keychain) and discover their resources.</source>
        <translation>Befehlszeilenkonsole von Onramp: AWS-Konten verbinden (eine CloudFormation-Rolle mit externer ID oder im Schlüsselbund des Betriebssystems aufbewahrte Zugriffsschlüssel) und ihre Ressourcen erkennen.</translation>
    </message>
    <message>
        <source>Global options (anywhere on the line):</source>
        <translation>Globale Optionen (an beliebiger Stelle der Zeile):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;onrampctl COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>Führen Sie „onrampctl COMMAND --help“ aus, um die Argumente und Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
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
        <translation>  0  Erfolg
  2  falscher Aufruf oder ungültige Eingabe
  3  AWS hat die Anmeldeinformationen oder die Rolle abgelehnt
  4  das AWS-Konto ist mit einem anderen Benutzer verbunden
  5  Tariflimit erreicht
  6  fehlende Berechtigungen
  7  Erkennung fehlgeschlagen
  8  Netzwerk oder Endpunkt nicht erreichbar
  9  Schlüsselbund nicht verfügbar
</translation>
    </message>
    <message>
        <source>A whole AWS Organization in one onboarding.</source>
        <translation>Eine ganze AWS-Organisation in einem Onboarding.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Global options: see &quot;onrampctl --help&quot;.</source>
        <translation>Globale Optionen: siehe „onrampctl --help“.</translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: unknown command; see &quot;onrampctl --help&quot;</source>
        <translation>keine Hilfe zu „%1“: unbekannter Befehl; siehe „onrampctl --help“</translation>
    </message>
</context>
<context>
    <name>CloudFormationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; no long-lived secret — Onramp assumes a read-only role that accepts only this onboarding&apos;s External ID.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; someone allowed to create IAM roles must create a CloudFormation stack in the account (a few minutes).</source>
        <translation>&lt;b&gt;Vorteil:&lt;/b&gt; kein langlebiges Geheimnis – Onramp übernimmt eine Rolle mit reinem Lesezugriff, die nur die externe ID dieses Onboardings akzeptiert.&lt;br&gt;&lt;b&gt;Nachteil:&lt;/b&gt; Jemand, der IAM-Rollen erstellen darf, muss im Konto einen CloudFormation-Stack erstellen (einige Minuten).</translation>
    </message>
    <message>
        <source>1. Create the role in the AWS account you want to connect</source>
        <translation>1. Erstellen Sie die Rolle in dem AWS-Konto, das Sie verbinden möchten</translation>
    </message>
    <message>
        <source>Sign in to the AWS console of that account as someone allowed to create IAM roles.</source>
        <translation>Melden Sie sich bei der AWS-Konsole dieses Kontos mit einem Benutzer an, der IAM-Rollen erstellen darf.</translation>
    </message>
    <message>
        <source>Open CloudFormation and create a stack with this template: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Öffnen Sie CloudFormation und erstellen Sie mit dieser Vorlage einen Stack: Laden Sie die mit &lt;i&gt;Speichern unter…&lt;/i&gt; gespeicherte Datei hoch, verwenden Sie &lt;i&gt;Schnellerstellung öffnen&lt;/i&gt; oder führen Sie den AWS-CLI-Befehl aus.</translation>
    </message>
    <message>
        <source>Keep the parameters as they are, acknowledge that the stack creates a named IAM role, and create the stack.</source>
        <translation>Lassen Sie die Parameter unverändert, bestätigen Sie, dass der Stack eine benannte IAM-Rolle erstellt, und erstellen Sie den Stack.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below.</source>
        <translation>Sobald der Stack CREATE_COMPLETE anzeigt, kopieren Sie &lt;b&gt;RoleArn&lt;/b&gt; aus seiner Registerkarte „Ausgaben“ und fügen Sie den Wert unten ein.</translation>
    </message>
    <message>
        <source>2. Tell Onramp which role the stack created</source>
        <translation>2. Teilen Sie Onramp mit, welche Rolle der Stack erstellt hat</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Kontoname (optional)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Name (optional):</translation>
    </message>
    <message>
        <source>Role ARN or AWS account id</source>
        <translation>Rollen-ARN oder AWS-Konto-ID</translation>
    </message>
    <message>
        <source>Verify the role</source>
        <translation>Rolle prüfen</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>&amp;Rollen-ARN:</translation>
    </message>
    <message>
        <source>Preparing a new onboarding…</source>
        <translation>Neues Onboarding wird vorbereitet…</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>Die Vorlage nennt das AWS-Konto, das die Rolle übernehmen darf – das Konto, unter dem diese Konsole läuft –, und Onramp konnte es nicht ermitteln: %1&lt;br&gt;Legen Sie in den Einstellungen ein vertrauenswürdiges Konto fest oder korrigieren Sie die Konsolenidentität und &lt;a href=&quot;retry&quot;&gt;versuchen Sie es erneut&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Das AWS-Konto, unter dem diese Konsole läuft, wird ermittelt…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>Die Rolle vertraut dem AWS-Konto %1, und zwar nur mit der externen ID &lt;tt&gt;%2&lt;/tt&gt; dieses Onboardings. Region des Stacks: %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit AWS account id it was created in.</source>
        <translation>Fügen Sie die Ausgabe RoleArn des Stacks ein oder nur die 12-stellige ID des AWS-Kontos, in dem er erstellt wurde.</translation>
    </message>
    <message>
        <source>✓ AWS account %1 — the role %2 that the template creates there.</source>
        <translation>✓ AWS-Konto %1 – die Rolle %2, die die Vorlage dort erstellt.</translation>
    </message>
    <message>
        <source>✓ AWS account %1, role %2</source>
        <translation>✓ AWS-Konto %1, Rolle %2</translation>
    </message>
</context>
<context>
    <name>ConnectProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Discovering… (%1 s)</source>
        <translation>Erkennung läuft… (%1 s)</translation>
    </message>
    <message>
        <source>%1 of %2 regions done</source>
        <translation>%1 von %2 Regionen abgeschlossen</translation>
    </message>
    <message>
        <source>Listing the account&apos;s regions</source>
        <translation>Regionen des Kontos werden aufgelistet</translation>
    </message>
    <message>
        <source>You can close this window: discovery goes on in the background.</source>
        <translation>Sie können dieses Fenster schließen: Die Erkennung läuft im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected. It continues in the background; the account list shows when it is done.</source>
        <translation>Die Erkennung dauert länger als erwartet. Sie läuft im Hintergrund weiter; die Kontoliste zeigt an, wann sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Konto verbunden</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>0 Instanzen erkannt – fügen Sie Ihrem AWS-Konto Instanzen hinzu, um mit der Optimierung zu beginnen</translation>
    </message>
    <message>
        <source>Complete! Account activated</source>
        <translation>Fertig! Konto aktiviert</translation>
    </message>
    <message>
        <source>The account could not be connected</source>
        <translation>Das Konto konnte nicht verbunden werden</translation>
    </message>
    <message numerus="yes">
        <source>Credentials verified. %1 · Instances found so far: %Ln</source>
        <translation>
            <numerusform>Anmeldeinformationen bestätigt. %1 · Bisher gefundene Instanzen: %Ln</numerusform>
            <numerusform>Anmeldeinformationen bestätigt. %1 · Bisher gefundene Instanzen: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances discovered: %Ln</source>
        <translation>
            <numerusform>Erkannte Instanzen: %Ln</numerusform>
            <numerusform>Erkannte Instanzen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Account being connected</source>
        <translation>Zu verbindendes Konto</translation>
    </message>
    <message>
        <source>Accounts of the organization</source>
        <translation>Konten der Organisation</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>%1 of %2 accounts · %3 instances</source>
        <translation>%1 von %2 Konten · %3 Instanzen</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Konten der Organisation werden aufgelistet…</translation>
    </message>
    <message>
        <source>You can close this window: the accounts are connected and discovered in the background.</source>
        <translation>Sie können dieses Fenster schließen: Die Konten werden im Hintergrund verbunden und erkundet.</translation>
    </message>
    <message>
        <source>Organization connected</source>
        <translation>Organisation verbunden</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected · %3 instances</source>
        <translation>%1 von %2 Konten verbunden · %3 Instanzen</translation>
    </message>
    <message>
        <source>Accounts still pending are retried at every sync; the list below says why each waits.</source>
        <translation>Noch ausstehende Konten werden bei jeder Synchronisierung erneut versucht; die Liste unten nennt jeweils den Grund.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Connected on its own</source>
        <translation>Einzeln verbunden</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect AWS Account</source>
        <translation>AWS-Konto verbinden</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Verbindungsmethode</translation>
    </message>
    <message>
        <source>Cloud&amp;Formation (recommended)</source>
        <translation>Cloud&amp;Formation (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Access keys</source>
        <translation>&amp;Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;instances</source>
        <translation>&amp;Instanzen anzeigen</translation>
    </message>
    <message>
        <source>Show the account&apos;s instances</source>
        <translation>Instanzen des Kontos anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Assuming the role with this onboarding&apos;s External ID, then checking its permissions.</source>
        <translation>Die Rolle wird mit der externen ID dieses Onboardings übernommen, danach werden ihre Berechtigungen geprüft.</translation>
    </message>
    <message>
        <source>Checking the keys with AWS (STS GetCallerIdentity).</source>
        <translation>Die Schlüssel werden bei AWS geprüft (STS GetCallerIdentity).</translation>
    </message>
    <message>
        <source>Connected, but discovery failed</source>
        <translation>Verbunden, aber die Erkennung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting discovery again…</source>
        <translation>Erkennung wird erneut gestartet…</translation>
    </message>
    <message>
        <source>The role is not usable yet. Onramp keeps trying for up to %1 min while CloudFormation creates it and IAM makes it usable; you can leave this window open.</source>
        <translation>Die Rolle ist noch nicht verwendbar. Onramp versucht es bis zu %1 min lang weiter, während CloudFormation sie erstellt und IAM sie verwendbar macht; Sie können dieses Fenster geöffnet lassen.</translation>
    </message>
    <message>
        <source>%1 — CloudFormation role %2</source>
        <translation>%1 – CloudFormation-Rolle %2</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>%1 — access key %2 in %3</source>
        <translation>%1 – Zugriffsschlüssel %2 in %3</translation>
    </message>
    <message>
        <source>AWS &amp;Organization</source>
        <translation>AWS-&amp;Organisation</translation>
    </message>
    <message>
        <source>%1 — AWS Organization, management role %2</source>
        <translation>%1 — AWS-Organisation, Verwaltungsrolle %2</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Assuming the management account&apos;s role with this onboarding&apos;s External ID, then reading the organization.</source>
        <translation>Die Rolle des Verwaltungskontos wird mit der externen ID dieses Onboardings übernommen, dann wird die Organisation gelesen.</translation>
    </message>
    <message>
        <source>The organization could not be connected</source>
        <translation>Die Organisation konnte nicht verbunden werden</translation>
    </message>
    <message>
        <source>Connecting the organization&apos;s accounts…</source>
        <translation>Konten der Organisation werden verbunden…</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Erkundung läuft…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Onramp reads the account&apos;s EC2 instances and RDS databases and never changes anything in it. Choose how it gets read-only access:</source>
        <translation>Onramp liest die EC2-Instanzen und RDS-Datenbanken des Kontos und ändert nie etwas daran. Wählen Sie, wie Onramp Lesezugriff erhält:</translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>AWS credentials from the environment or the default profile</source>
        <translation>AWS-Anmeldeinformationen aus der Umgebung oder dem Standardprofil</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation>AWS-Profil „%1“</translation>
    </message>
    <message>
        <source>access key %1 in the system keychain</source>
        <translation>Zugriffsschlüssel %1 im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The console&apos;s keychain entry is damaged; enter the access keys again in Settings.</source>
        <translation>Der Schlüsselbundeintrag der Konsole ist beschädigt; geben Sie die Zugriffsschlüssel in den Einstellungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>--user is refused in team mode: the console user is the PostgreSQL role you log in as.</source>
        <translation>--user wird im Team-Modus abgelehnt: Der Konsolenbenutzer ist die PostgreSQL-Rolle, mit der Sie sich anmelden.</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No AWS credentials configured.</source>
        <translation>Keine AWS-Anmeldeinformationen konfiguriert.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY jedoch nicht.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Profil „%1“ enthält keine Angaben für aws_access_key_id und aws_secret_access_key.</translation>
    </message>
    <message>
        <source>No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.</source>
        <translation>Keine AWS-Anmeldeinformationen gefunden: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder AWS_PROFILE mit ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>Umgebungsvariablen AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>access keys of profile &quot;%1&quot;</source>
        <translation>Zugriffsschlüssel von Profil „%1“</translation>
    </message>
    <message>
        <source>access keys in the system keychain</source>
        <translation>Zugriffsschlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn): it has no keys of its own.</source>
        <translation>Profil „%1“ übernimmt eine Rolle (role_arn): Es hat keine eigenen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names sso_session &quot;%2&quot;, but the config file has no [sso-session %2] section.</source>
        <translation>Profil „%1“ nennt sso_session „%2“, aber die Konfigurationsdatei hat keinen Abschnitt [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has %2 %3, but its sso_session &quot;%4&quot; has %5.</source>
        <translation>Profil „%1“ hat %2 %3, aber seine sso_session „%4“ hat %5.</translation>
    </message>
    <message>
        <source>IAM Identity Center profile &quot;%1&quot; lacks %2.</source>
        <translation>Dem IAM Identity Center-Profil „%1“ fehlt %2.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: sso_region &quot;%2&quot; is not a region name.</source>
        <translation>Profil „%1“: sso_region „%2“ ist kein Regionsname.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the chain of roles %2 is longer than %3.</source>
        <translation>Profil „%1“: Die Rollenkette %2 ist länger als %3.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; needs an MFA code (mfa_serial): not supported by Onramp, which cannot prompt for one. Use a profile without MFA or an IAM Identity Center profile.</source>
        <translation>Profil „%1“ benötigt einen MFA-Code (mfa_serial): Das unterstützt Onramp nicht, da es keinen Code abfragen kann. Verwenden Sie ein Profil ohne MFA oder ein IAM Identity Center-Profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both source_profile and credential_source; keep one.</source>
        <translation>Profil „%1“ hat sowohl source_profile als auch credential_source; behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which does not exist.</source>
        <translation>Profil „%1“ nennt source_profile „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: source_profile makes a loop (%2).</source>
        <translation>Profil „%1“: source_profile bildet eine Schleife (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source.</source>
        <translation>Profil „%1“ hat role_arn, aber weder source_profile noch credential_source.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number of seconds from 900 to 43200, not &quot;%2&quot;.</source>
        <translation>Profil „%1“: duration_seconds muss eine Anzahl Sekunden von 900 bis 43200 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>role %1 of profile &quot;%2&quot;, assumed with %3</source>
        <translation>Rolle %1 von Profil „%2“, übernommen mit %3</translation>
    </message>
    <message>
        <source>Source profile &quot;%1&quot; has no credentials.</source>
        <translation>Quellprofil „%1“ hat keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>Profil „%1“ hat credential_source = Environment, aber AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = %2: not supported by Onramp, a desktop application (use Environment, or a source_profile).</source>
        <translation>Profil „%1“ hat credential_source = %2: Das unterstützt Onramp als Desktopanwendung nicht (verwenden Sie Environment oder ein source_profile).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: credential_source &quot;%2&quot; is not one of Environment, Ec2InstanceMetadata, EcsContainer.</source>
        <translation>Profil „%1“: credential_source „%2“ ist keiner der Werte Environment, Ec2InstanceMetadata, EcsContainer.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>Speicher (GiB)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Check --db / ONRAMP_DB and the file&apos;s permissions.</source>
        <translation>Prüfen Sie --db / ONRAMP_DB und die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>Database transport</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Not checked: the team database could not be opened.</source>
        <translation>Nicht geprüft: Die Team-Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is writable, schema version %2</source>
        <translation>%1 ist beschreibbar, Schemaversion %2</translation>
    </message>
    <message>
        <source>Check the disk and the file&apos;s permissions; restore from a backup if it is damaged.</source>
        <translation>Prüfen Sie den Datenträger und die Berechtigungen der Datei; stellen Sie die Datei aus einer Sicherung wieder her, falls sie beschädigt ist.</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>Dateiberechtigungen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is reachable and unlocked</source>
        <translation>Dienst „%1“ ist erreichbar und entsperrt</translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation>Endpunkt-Überschreibung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Konsolenidentität</translation>
    </message>
    <message>
        <source>Choose an AWS profile or store access keys in Settings, or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</source>
        <translation>Wählen Sie in den Einstellungen ein AWS-Profil oder speichern Sie dort Zugriffsschlüssel, oder setzen Sie AWS_PROFILE oder AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>AWS endpoint</source>
        <translation>AWS-Endpunkt</translation>
    </message>
    <message>
        <source>Not checked without a console identity.</source>
        <translation>Ohne Konsolenidentität nicht geprüft.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>%1 is reachable over %2</source>
        <translation>%1 ist über %2 erreichbar</translation>
    </message>
    <message>
        <source>AWS sent no Date header to compare with.</source>
        <translation>AWS hat keinen Date-Header zum Vergleichen gesendet.</translation>
    </message>
    <message>
        <source>%1 s from AWS&apos;s clock</source>
        <translation>%1 s Abweichung zur Uhr von AWS</translation>
    </message>
    <message>
        <source>Fix this computer&apos;s clock (enable NTP time synchronisation).</source>
        <translation>Korrigieren Sie die Uhr dieses Computers (aktivieren Sie die Zeitsynchronisierung per NTP).</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>%1 (credentials from %2)</source>
        <translation>%1 (Anmeldeinformationen: %2)</translation>
    </message>
</context>
<context>
    <name>DiscoveryService</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>databases not permitted</source>
        <translation>Datenbanken nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n Datenbank</numerusform>
            <numerusform>%n Datenbanken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This AWS account is already managed by another user in this system.</source>
        <translation>Dieses AWS-Konto wird in diesem System bereits von einem anderen Benutzer verwaltet.</translation>
    </message>
    <message>
        <source>Disconnect the account you have, or ask an administrator for the standard plan.</source>
        <translation>Trennen Sie Ihr vorhandenes Konto oder bitten Sie einen Administrator um den Standardtarif.</translation>
    </message>
    <message>
        <source>Check IAM permissions</source>
        <translation>Prüfen Sie die IAM-Berechtigungen</translation>
    </message>
    <message>
        <source>Check that the stack finished, the Role ARN, and that the role trusts this console with this onboarding&apos;s External ID.</source>
        <translation>Prüfen Sie, ob der Stack fertig ist, den Rollen-ARN und ob die Rolle dieser Konsole mit der externen ID dieses Onboardings vertraut.</translation>
    </message>
    <message>
        <source>Unlock or start your system keychain (Secret Service) and try again.</source>
        <translation>Entsperren oder starten Sie den Schlüsselbund Ihres Systems (Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Invalid AWS credentials</source>
        <translation>Ungültige AWS-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Check the access key id and secret access key.</source>
        <translation>Prüfen Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>Prüfen Sie AWS_CA_BUNDLE und etwaige Proxys, die TLS-Verbindungen untersuchen.</translation>
    </message>
    <message>
        <source>Set the console&apos;s own AWS credentials in Settings, or with AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Legen Sie die eigenen AWS-Anmeldedaten der Konsole in den Einstellungen fest oder mit AWS_PROFILE bzw. AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Add the condition StringEquals sts:ExternalId to the role&apos;s trust policy (Onramp&apos;s template has it: update or recreate the stack from it), then verify again.</source>
        <translation>Fügen Sie der Vertrauensrichtlinie der Rolle die Bedingung StringEquals sts:ExternalId hinzu (die Vorlage von Onramp enthält sie: Aktualisieren Sie den Stack damit oder erstellen Sie ihn daraus neu) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Create an IAM user with only the read-only permissions Onramp lists, and use its access keys.</source>
        <translation>Erstellen Sie einen IAM-Benutzer, der nur die von Onramp aufgeführten Leseberechtigungen hat, und verwenden Sie dessen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Give the Role ARN of the stack in the organization&apos;s management account, or connect this account on its own.</source>
        <translation>Geben Sie den Rollen-ARN des Stacks im Verwaltungskonto der Organisation an oder verbinden Sie dieses Konto einzeln.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>AWS_CA_BUNDLE %1 holds no PEM certificates.</source>
        <translation>AWS_CA_BUNDLE %1 enthält keine PEM-Zertifikate.</translation>
    </message>
    <message>
        <source>The response from %1 was cut off (%2 of %3 bytes).</source>
        <translation>Die Antwort von %1 wurde abgeschnitten (%2 von %3 Byte).</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB and was refused.</source>
        <translation>Die Antwort ist größer als %1 MB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>Keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2. Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>TLS-Verbindung zu %1 fehlgeschlagen: %2. Prüfen Sie AWS_CA_BUNDLE und etwaige TLS-prüfende Proxys.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>%1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>Proxy-Fehler: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp cannot connect to a proxy over TLS (Qt 6.4 speaks only plain HTTP to a proxy), and using it unencrypted would expose what you meant to protect, such as the proxy&apos;s password. Use the proxy&apos;s http:// address (requests to AWS stay TLS-encrypted end to end through the proxy), or unset %2.</source>
        <translation>%1 wird abgelehnt: Onramp kann keine TLS-Verbindung zu einem Proxy herstellen (Qt 6.4 spricht mit einem Proxy nur unverschlüsseltes HTTP), und eine unverschlüsselte Verbindung würde preisgeben, was Sie schützen wollten, etwa das Passwort des Proxys. Verwenden Sie die http://-Adresse des Proxys (Anfragen an AWS bleiben auch durch den Proxy hindurch durchgehend TLS-verschlüsselt) oder entfernen Sie %2.</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp can use only http:// proxies. Use the proxy&apos;s http:// address, or unset %2.</source>
        <translation>%1 wird abgelehnt: Onramp kann nur http://-Proxys verwenden. Verwenden Sie die http://-Adresse des Proxys oder entfernen Sie %2.</translation>
    </message>
</context>
<context>
    <name>InstanceBrowser</name>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Instances — Onramp</source>
        <translation>Instanzen – Onramp</translation>
    </message>
    <message>
        <source>EC2 instances</source>
        <translation>EC2-Instanzen</translation>
    </message>
    <message>
        <source>Copy Instance &amp;ID</source>
        <translation>Instanz-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Private IP</source>
        <translation>&amp;Private IP kopieren</translation>
    </message>
    <message>
        <source>Copy P&amp;ublic IP</source>
        <translation>Ö&amp;ffentliche IP kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows to CSV…</source>
        <translation>Sichtbare Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>private IP</source>
        <translation>private IP</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>öffentliche IP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Regionsfilter</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>Lebenszyklusfilter</translation>
    </message>
    <message>
        <source>Any lifecycle</source>
        <translation>Jeder Lebenszyklus</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>Clusterfilter</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Show %1 instances</source>
        <translation>Instanzen im Status „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show only %1 instances (combine several; none selected shows all)</source>
        <translation>Nur Instanzen im Status „%1“ anzeigen (mehrere kombinierbar; ohne Auswahl werden alle angezeigt)</translation>
    </message>
    <message>
        <source>Instances of %1 — Onramp</source>
        <translation>Instanzen von %1 – Onramp</translation>
    </message>
    <message>
        <source>Showing %1 of %2 instances</source>
        <translation>%1 von %2 Instanzen angezeigt</translation>
    </message>
    <message>
        <source>Loading stored instances… %1</source>
        <translation>Gespeicherte Instanzen werden geladen… %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message>
        <source>No %1 to copy.</source>
        <translation>Keine %1 zum Kopieren vorhanden.</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>%1 %2 kopiert</translation>
    </message>
    <message>
        <source>Copied %1 values (%2)</source>
        <translation>%1 Werte kopiert (%2)</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Vor %1 min aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Exporting rows: %Ln…</source>
        <translation>
            <numerusform>Zeilen werden exportiert: %Ln…</numerusform>
            <numerusform>Zeilen werden exportiert: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Rows: %Ln</source>
        <translation>
            <numerusform>Nach %1 exportiert. Zeilen: %Ln</numerusform>
            <numerusform>Nach %1 exportiert. Zeilen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>%1 — all accounts of the organization</source>
        <translation>%1 — alle Konten der Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln Datenbank</numerusform>
            <numerusform>%Ln Datenbanken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln Datenbank</numerusform>
            <numerusform>%Ln Datenbanken</numerusform>
        </translation>
    </message>
    <message>
        <source>Get the new template…</source>
        <translation>Neue Vorlage abrufen…</translation>
    </message>
    <message>
        <source>Get the new template that includes databases</source>
        <translation>Die neue Vorlage abrufen, die Datenbanken einschließt</translation>
    </message>
    <message>
        <source>EC2 instances and RDS databases</source>
        <translation>EC2-Instanzen und RDS-Datenbanken</translation>
    </message>
    <message>
        <source>Search id, name, IP, engine, tags…  (Ctrl+F)</source>
        <translation>ID, Name, IP, Engine, Tags suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search instances and databases</source>
        <translation>Instanzen und Datenbanken durchsuchen</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter nach Ressourcenart</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <source>RDS databases</source>
        <translation>RDS-Datenbanken</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more accounts</source>
        <translation>
            <numerusform>… und %Ln weiteres Konto</numerusform>
            <numerusform>… und %Ln weitere Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: databases not permitted — update the stack to include databases.</source>
        <translation>%1: Datenbanken nicht erlaubt – aktualisieren Sie den Stack, um Datenbanken einzubeziehen.</translation>
    </message>
    <message>
        <source>%1: databases denied in %2 (e.g. by an SCP).</source>
        <translation>%1: Datenbanken in %2 verweigert (z. B. durch eine SCP).</translation>
    </message>
    <message>
        <source>To include databases, update the account&apos;s stack with the new template: CloudFormation console → the stack (%1) → Update → Replace current template, with the new template.</source>
        <translation>Um Datenbanken einzubeziehen, aktualisieren Sie den Stack des Kontos mit der neuen Vorlage: CloudFormation-Konsole → der Stack (%1) → Aktualisieren → Aktuelle Vorlage ersetzen, mit der neuen Vorlage.</translation>
    </message>
    <message>
        <source>For an organization&apos;s accounts, update the organization&apos;s stack in its management account with the new organization template (onrampctl org template): its StackSet updates every member&apos;s role.</source>
        <translation>Für die Konten einer Organisation aktualisieren Sie den Stack der Organisation in ihrem Verwaltungskonto mit der neuen Organisationsvorlage (onrampctl org template): Sein StackSet aktualisiert die Rolle jedes Mitglieds.</translation>
    </message>
    <message>
        <source>Where a service control policy denies RDS, only its owner in the organization can allow it.</source>
        <translation>Wo eine Service-Kontrollrichtlinie RDS verweigert, kann nur ihr Eigentümer in der Organisation es erlauben.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 — %3</source>
        <translation>%1 von %2 angezeigt – %3</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals erfasst</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt erfasst</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tag (%1)</source>
        <translation>Tag (%1)</translation>
    </message>
    <message>
        <source>Select an instance or a database to see all its details and tags.</source>
        <translation>Wählen Sie eine Instanz oder eine Datenbank aus, um alle Details und Tags zu sehen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>RDS database</source>
        <translation>RDS-Datenbank</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>EC2-Instanz</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>DB cluster</source>
        <translation>DB-Cluster</translation>
    </message>
    <message>
        <source>deleted — no longer listed by AWS, kept as history</source>
        <translation>gelöscht – von AWS nicht mehr aufgeführt, als Verlauf aufbewahrt</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Launch time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
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
        <translation>AWS-Konto verbinden</translation>
    </message>
    <message>
        <source>new onboarding</source>
        <translation>neues Onboarding</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>Konsolenidentität</translation>
    </message>
    <message>
        <source>Connect your first AWS account</source>
        <translation>Verbinden Sie Ihr erstes AWS-Konto</translation>
    </message>
    <message>
        <source>Onramp connects to your AWS accounts with read-only access, finds their EC2 instances in every region, and keeps the list up to date. It never changes anything in your accounts.</source>
        <translation>Onramp verbindet sich mit reinem Lesezugriff mit Ihren AWS-Konten, findet deren EC2-Instanzen in allen Regionen und hält die Liste aktuell. Onramp ändert niemals etwas in Ihren Konten.</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account</source>
        <translation>AWS-Konto &amp;verbinden</translation>
    </message>
    <message>
        <source>Recommended: a CloudFormation stack that creates a read-only role. Access keys work too.</source>
        <translation>Empfohlen: ein CloudFormation-Stack, der eine Rolle mit reinem Lesezugriff erstellt. Zugriffsschlüssel funktionieren ebenfalls.</translation>
    </message>
    <message>
        <source>Connected AWS accounts</source>
        <translation>Verbundene AWS-Konten</translation>
    </message>
    <message>
        <source>Discovery of %1 failed: %2</source>
        <translation>Erkennung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account…</source>
        <translation>AWS-Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>Res&amp;ume Onboarding…</source>
        <translation>Onboarding &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Re-&amp;validate</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Discover Now</source>
        <translation>Jetzt &amp;erkennen</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>&amp;Instance Browser</source>
        <translation>&amp;Instanz-Browser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Show &amp;Disconnected Accounts</source>
        <translation>&amp;Getrennte Konten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Onramp</source>
        <translation>&amp;Über Onramp</translation>
    </message>
    <message>
        <source>About Onramp</source>
        <translation>Über Onramp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Connects AWS accounts with read-only access and shows their EC2 instances.&lt;/p&gt;&lt;p&gt;Registry: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Verbindet AWS-Konten mit reinem Lesezugriff und zeigt deren EC2-Instanzen an.&lt;/p&gt;&lt;p&gt;Registry: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>Die Kontoliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Console identity: looking up the AWS account of %1…</source>
        <translation>Konsolenidentität: AWS-Konto von %1 wird ermittelt…</translation>
    </message>
    <message>
        <source>Console identity: AWS account &lt;b&gt;%1&lt;/b&gt; (%2). New CloudFormation roles trust %3.</source>
        <translation>Konsolenidentität: AWS-Konto &lt;b&gt;%1&lt;/b&gt; (%2). Neue CloudFormation-Rollen vertrauen %3.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>diesem Konto</translation>
    </message>
    <message>
        <source>account &lt;b&gt;%1&lt;/b&gt; (set in Settings)</source>
        <translation>dem Konto &lt;b&gt;%1&lt;/b&gt; (in den Einstellungen festgelegt)</translation>
    </message>
    <message>
        <source>Console identity unavailable: %1</source>
        <translation>Konsolenidentität nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Einstellungen…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Erneut versuchen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>Erkennung läuft</translation>
    </message>
    <message>
        <source>%1: %2 of %3 regions, %4 instances</source>
        <translation>%1: %2 von %3 Regionen, %4 Instanzen</translation>
    </message>
    <message>
        <source>%1: listing regions</source>
        <translation>%1: Regionen werden aufgelistet</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>Erkennung läuft: %1</translation>
    </message>
    <message>
        <source>Re-validating %1…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Re-validating %1 failed:</source>
        <translation>Erneute Prüfung von %1 fehlgeschlagen:</translation>
    </message>
    <message>
        <source>%1 is valid; discovering its instances.</source>
        <translation>%1 ist gültig; die Instanzen werden erkannt.</translation>
    </message>
    <message>
        <source>Discovery of %1 could not start:</source>
        <translation>Erkennung von %1 konnte nicht gestartet werden:</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Give up this CloudFormation onboarding?</source>
        <translation>Dieses CloudFormation-Onboarding aufgeben?</translation>
    </message>
    <message>
        <source>Disconnect %1 (AWS account %2)?</source>
        <translation>%1 (AWS-Konto %2) trennen?</translation>
    </message>
    <message>
        <source>Onramp stops discovering it and deletes its access key from the system keychain. The instances found so far stay visible as history. The key itself stays valid in AWS: deactivate it in IAM if nobody needs it.</source>
        <translation>Onramp beendet die Erkennung für dieses Konto und löscht seinen Zugriffsschlüssel aus dem Schlüsselbund des Systems. Die bisher gefundenen Instanzen bleiben als Verlauf sichtbar. Der Schlüssel selbst bleibt in AWS gültig: Deaktivieren Sie ihn in IAM, wenn ihn niemand mehr benötigt.</translation>
    </message>
    <message>
        <source>Onramp stops discovering it. The instances found so far stay visible as history. The role stays in the AWS account: delete the CloudFormation stack to remove it.</source>
        <translation>Onramp beendet die Erkennung für dieses Konto. Die bisher gefundenen Instanzen bleiben als Verlauf sichtbar. Die Rolle bleibt im AWS-Konto bestehen: Löschen Sie den CloudFormation-Stack, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnecting %1 failed:</source>
        <translation>Trennen von %1 fehlgeschlagen:</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery of %1 finished. Instances: %Ln.</source>
        <translation>
            <numerusform>Erkennung von %1 abgeschlossen. Instanzen: %Ln.</numerusform>
            <numerusform>Erkennung von %1 abgeschlossen. Instanzen: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %Ln</source>
        <translation>
            <numerusform>Konten: %Ln</numerusform>
            <numerusform>Konten: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances: %Ln</source>
        <translation>
            <numerusform>Instanzen: %Ln</numerusform>
            <numerusform>Instanzen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1. Onramp sends its AWS requests there instead of to AWS&apos;s own endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</source>
        <translation>AWS-Endpunkt-Überschreibung aktiv: %1. Onramp sendet seine AWS-Anfragen dorthin statt an die eigenen Endpunkte von AWS (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</translation>
    </message>
    <message>
        <source>new organization onboarding</source>
        <translation>neues Organisations-Onboarding</translation>
    </message>
    <message>
        <source>Syncing %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Lists the organization&apos;s accounts again: new accounts are connected, accounts that left are disconnected, pending ones retried.</source>
        <translation>Listet die Konten der Organisation erneut auf: Neue Konten werden verbunden, ausgetretene getrennt, ausstehende erneut versucht.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>%1: %2 of %3 accounts · %4 instances</source>
        <translation>%1: %2 von %3 Konten · %4 Instanzen</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Syncing %1 failed:</source>
        <translation>Synchronisierung von %1 fehlgeschlagen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 synced: %Ln accounts listed.</source>
        <translation>
            <numerusform>%1 synchronisiert: %Ln Konto aufgelistet.</numerusform>
            <numerusform>%1 synchronisiert: %Ln Konten aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give up this organization onboarding?</source>
        <translation>Dieses Organisations-Onboarding aufgeben?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its 1 account?</source>
        <translation>Die Organisation %1 und ihr 1 Konto trennen?</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its %2 accounts?</source>
        <translation>Die Organisation %1 und ihre %2 Konten trennen?</translation>
    </message>
    <message>
        <source>Onramp stops discovering every account of the organization and stops syncing it. The instances found so far stay visible as history. The roles stay in the AWS accounts: delete the stack in the management account (and its StackSet) to remove them.</source>
        <translation>Onramp erkundet keines der Konten der Organisation mehr und synchronisiert sie nicht mehr. Die bisher gefundenen Instanzen bleiben als Verlauf sichtbar. Die Rollen bleiben in den AWS-Konten: Löschen Sie den Stack im Verwaltungskonto (und sein StackSet), um sie zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>OnboardingService</name>
    <message>
        <source>AWS account %1 is already connected to a different user.</source>
        <translation>Das AWS-Konto %1 ist bereits mit einem anderen Benutzer verbunden.</translation>
    </message>
    <message>
        <source>No account record %1 for user %2.</source>
        <translation>Kein Kontodatensatz %1 für Benutzer %2.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and %1 already has one (%2).</source>
        <translation>Der Testtarif erlaubt ein verbundenes AWS-Konto, und %1 hat bereits eines (%2).</translation>
    </message>
    <message>
        <source>pending CloudFormation onboarding</source>
        <translation>ausstehendes CloudFormation-Onboarding</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys; it has no template.</source>
        <translation>Datensatz %1 verbindet sich mit Zugriffsschlüsseln; er hat keine Vorlage.</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys, not a role.</source>
        <translation>Datensatz %1 verbindet sich mit Zugriffsschlüsseln, nicht mit einer Rolle.</translation>
    </message>
    <message>
        <source>Record %1 is disconnected; start a new onboarding.</source>
        <translation>Datensatz %1 ist getrennt; starten Sie ein neues Onboarding.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for the stack… (%1 s)</source>
        <translation>Warten auf den Stack… (%1 s)</translation>
    </message>
    <message>
        <source>Onramp&apos;s own AWS identity is not allowed to call sts:AssumeRole (%1). Grant it sts:AssumeRole on %2.</source>
        <translation>Die eigene AWS-Identität von Onramp darf sts:AssumeRole nicht aufrufen (%1). Gewähren Sie ihr sts:AssumeRole für %2.</translation>
    </message>
    <message>
        <source>AWS refused to let Onramp assume %1. Either the role&apos;s trust policy requires a different External ID than this onboarding&apos;s (%2) — the stack was made from another onboarding&apos;s template — or the role does not exist yet or does not trust Onramp&apos;s account (is the stack complete?).</source>
        <translation>AWS hat Onramp die Übernahme von %1 verweigert. Entweder verlangt die Vertrauensrichtlinie der Rolle eine andere externe ID als die dieses Onboardings (%2) – der Stack wurde aus der Vorlage eines anderen Onboardings erstellt –, oder die Rolle existiert noch nicht bzw. vertraut dem Konto von Onramp nicht (ist der Stack fertig?).</translation>
    </message>
    <message>
        <source>The assumed role belongs to account %1, not %2.</source>
        <translation>Die übernommene Rolle gehört zu Konto %1, nicht zu %2.</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>The role is missing permissions: %1.</source>
        <translation>Der Rolle fehlen Berechtigungen: %1.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>The access key id must be AKIA or ASIA followed by 16 upper-case letters or digits.</source>
        <translation>Die Zugriffsschlüssel-ID muss aus AKIA oder ASIA gefolgt von 16 Großbuchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The secret access key must be 40 characters: letters, digits, &apos;/&apos;, &apos;+&apos; or &apos;=&apos;.</source>
        <translation>Der geheime Zugriffsschlüssel muss aus 40 Zeichen bestehen: Buchstaben, Ziffern, &apos;/&apos;, &apos;+&apos; oder &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name.</source>
        <translation>„%1“ ist kein AWS-Regionsname.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>access key %1 of %2</source>
        <translation>Zugriffsschlüssel %1 von %2</translation>
    </message>
    <message>
        <source>The keychain entry of account %1 is damaged; connect it again.</source>
        <translation>Der Schlüsselbundeintrag von Konto %1 ist beschädigt; verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>Record %1 is %2; only connected accounts can be discovered.</source>
        <translation>Datensatz %1 hat den Status %2; die Erkennung ist nur für verbundene Konten möglich.</translation>
    </message>
    <message>
        <source>These keys now belong to account %1, not %2.</source>
        <translation>Diese Schlüssel gehören jetzt zu Konto %1, nicht zu %2.</translation>
    </message>
    <message>
        <source>keychain entry deleted</source>
        <translation>Schlüsselbundeintrag gelöscht</translation>
    </message>
    <message>
        <source>The secret access key of account %1 is not in the system keychain; connect the access keys again, or disconnect the account.</source>
        <translation>Der geheime Zugriffsschlüssel von Konto %1 ist nicht im Systemschlüsselbund; verbinden Sie die Zugriffsschlüssel erneut oder trennen Sie das Konto.</translation>
    </message>
    <message>
        <source>interrupted connect resumed</source>
        <translation>unterbrochene Verbindung fortgesetzt</translation>
    </message>
    <message>
        <source>Disconnect not finished; disconnect the account again.</source>
        <translation>Trennen nicht abgeschlossen; trennen Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>Checking that the role requires the External ID…</source>
        <translation>Es wird geprüft, ob die Rolle die externe ID verlangt…</translation>
    </message>
    <message>
        <source>The role %1 can be assumed without an External ID, so any customer of this console&apos;s AWS account could use Onramp to read this account (confused deputy). Add the condition &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} to the role&apos;s trust policy; the role is not connected until then.</source>
        <translation>Die Rolle %1 kann ohne externe ID übernommen werden, sodass jeder Kunde des AWS-Kontos dieser Konsole dieses Konto mit Onramp lesen könnte (Confused-Deputy-Problem). Fügen Sie der Vertrauensrichtlinie der Rolle die Bedingung &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} hinzu; bis dahin wird die Rolle nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not check that the role requires the External ID: %1</source>
        <translation>Es konnte nicht geprüft werden, ob die Rolle die externe ID verlangt: %1</translation>
    </message>
    <message>
        <source>These are the root user&apos;s access keys of AWS account %1. Onramp does not accept root credentials: they cannot be limited to read-only. Create an IAM user that may only call %2, use its keys, and delete the root user&apos;s access keys.</source>
        <translation>Dies sind die Zugriffsschlüssel des Root-Benutzers von AWS-Konto %1. Onramp akzeptiert keine Root-Anmeldeinformationen: Sie lassen sich nicht auf reinen Lesezugriff beschränken. Erstellen Sie einen IAM-Benutzer, der nur %2 aufrufen darf, verwenden Sie dessen Schlüssel und löschen Sie die Zugriffsschlüssel des Root-Benutzers.</translation>
    </message>
    <message>
        <source>Record %1 is an AWS Organization: verify it with &quot;org verify&quot; and refresh it with &quot;org sync&quot;.</source>
        <translation>Eintrag %1 ist eine AWS-Organisation: Mit „org verify“ prüfen und mit „org sync“ aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>The trial plan allows one connected AWS account, and this organization has %n accounts to connect.</source>
        <translation>
            <numerusform>Der Testplan erlaubt ein verbundenes AWS-Konto, und diese Organisation hat %n Konto zu verbinden.</numerusform>
            <numerusform>Der Testplan erlaubt ein verbundenes AWS-Konto, und diese Organisation hat %n Konten zu verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>pending AWS Organization onboarding</source>
        <translation>ausstehendes AWS-Organisations-Onboarding</translation>
    </message>
    <message>
        <source>role %1; databases not permitted (rds:DescribeDBInstances)</source>
        <translation>Rolle %1; Datenbanken nicht erlaubt (rds:DescribeDBInstances)</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; one stack in the management account connects every account of the organization, and accounts that join later.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; needs someone allowed to create stacks in the management account, and trusted access for CloudFormation StackSets in AWS Organizations.</source>
        <translation>&lt;b&gt;Pro:&lt;/b&gt; Ein Stack im Verwaltungskonto verbindet jedes Konto der Organisation, auch später hinzukommende.&lt;br&gt;&lt;b&gt;Contra:&lt;/b&gt; Braucht jemanden, der im Verwaltungskonto Stacks anlegen darf, und vertrauenswürdigen Zugriff für CloudFormation StackSets in AWS Organizations.</translation>
    </message>
    <message>
        <source>1. Create the stack in the organization&apos;s management account</source>
        <translation>1. Den Stack im Verwaltungskonto der Organisation anlegen</translation>
    </message>
    <message>
        <source>In the AWS Organizations console of the management account, copy the root id (&lt;tt&gt;r-…&lt;/tt&gt;) or the OU ids whose accounts Onramp should read, and enter them below.</source>
        <translation>Kopieren Sie in der AWS-Organizations-Konsole des Verwaltungskontos die Root-ID (&lt;tt&gt;r-…&lt;/tt&gt;) oder die OU-IDs, deren Konten Onramp lesen soll, und tragen Sie sie unten ein.</translation>
    </message>
    <message>
        <source>Make sure trusted access for &lt;i&gt;CloudFormation StackSets&lt;/i&gt; is enabled (Organizations, Services).</source>
        <translation>Stellen Sie sicher, dass vertrauenswürdiger Zugriff für &lt;i&gt;CloudFormation StackSets&lt;/i&gt; aktiviert ist (Organizations, Dienste).</translation>
    </message>
    <message>
        <source>Create a stack with this template in the management account: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>Legen Sie im Verwaltungskonto einen Stack mit dieser Vorlage an: Laden Sie die Datei aus &lt;i&gt;Speichern unter…&lt;/i&gt; hoch, nutzen Sie &lt;i&gt;Quick-Create öffnen&lt;/i&gt; oder führen Sie den AWS-CLI-Befehl aus.</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below. The StackSet creates the same role in every member account.</source>
        <translation>Wenn der Stack CREATE_COMPLETE zeigt, kopieren Sie &lt;b&gt;RoleArn&lt;/b&gt; aus dem Reiter „Ausgaben“ und fügen Sie ihn unten ein. Das StackSet legt dieselbe Rolle in jedem Mitgliedskonto an.</translation>
    </message>
    <message>
        <source>r-ab12 (the root) or ou-ab12-11111111 …</source>
        <translation>r-ab12 (der Root) oder ou-ab12-11111111 …</translation>
    </message>
    <message>
        <source>Target OUs: the root id or OU ids whose accounts get the role</source>
        <translation>Ziel-OUs: die Root-ID oder die OU-IDs, deren Konten die Rolle erhalten</translation>
    </message>
    <message>
        <source>&amp;Target OUs:</source>
        <translation>&amp;Ziel-OUs:</translation>
    </message>
    <message>
        <source>2. Tell Onramp the management account&apos;s role</source>
        <translation>2. Onramp die Rolle des Verwaltungskontos mitteilen</translation>
    </message>
    <message>
        <source>e.g. Acme organization</source>
        <translation>z. B. Acme-Organisation</translation>
    </message>
    <message>
        <source>Organization name (optional)</source>
        <translation>Name der Organisation (optional)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Name (optional):</translation>
    </message>
    <message>
        <source>Management account&apos;s Role ARN or AWS account id</source>
        <translation>Rollen-ARN oder AWS-Konto-ID des Verwaltungskontos</translation>
    </message>
    <message>
        <source>Verify the management role and connect the organization</source>
        <translation>Verwaltungsrolle prüfen und Organisation verbinden</translation>
    </message>
    <message>
        <source>Management &amp;role ARN:</source>
        <translation>&amp;Rollen-ARN der Verwaltung:</translation>
    </message>
    <message>
        <source>optional: 123456789012, 210987654321</source>
        <translation>optional: 123456789012, 210987654321</translation>
    </message>
    <message>
        <source>AWS accounts never to connect (optional)</source>
        <translation>AWS-Konten, die nie verbunden werden (optional)</translation>
    </message>
    <message>
        <source>Exclude &amp;accounts:</source>
        <translation>&amp;Konten ausschließen:</translation>
    </message>
    <message>
        <source>optional: ou-ab12-11111111</source>
        <translation>optional: ou-ab12-11111111</translation>
    </message>
    <message>
        <source>Organizational units whose accounts are never connected (optional)</source>
        <translation>Organisationseinheiten, deren Konten nie verbunden werden (optional)</translation>
    </message>
    <message>
        <source>Exclude &amp;OUs:</source>
        <translation>&amp;OUs ausschließen:</translation>
    </message>
    <message>
        <source>Exclusions check</source>
        <translation>Prüfung der Ausschlüsse</translation>
    </message>
    <message>
        <source>Preparing a new organization onboarding…</source>
        <translation>Neues Organisations-Onboarding wird vorbereitet…</translation>
    </message>
    <message>
        <source>The template needs the organization&apos;s root id (r-…): find it in the AWS Organizations console of the management account, under AWS accounts (Root). OU ids (ou-…) limit the roles to those OUs.</source>
        <translation>Die Vorlage braucht die Root-ID der Organisation (r-…): Sie steht in der AWS-Organizations-Konsole des Verwaltungskontos unter „AWS-Konten“ (Root). OU-IDs (ou-…) beschränken die Rollen auf diese OUs.</translation>
    </message>
    <message>
        <source>Not a root id (r-…) nor an OU id (ou-…-…): %1</source>
        <translation>Weder Root-ID (r-…) noch OU-ID (ou-…-…): %1</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath %1.</source>
        <translation>✓ Die Mitgliedsrollen kommen in jedes Konto unter %1.</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath these %1 ids.</source>
        <translation>✓ Die Mitgliedsrollen kommen in jedes Konto unter diesen %1 IDs.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>Die Vorlage nennt das AWS-Konto, das die Rolle übernehmen darf – das Konto, unter dem diese Konsole läuft –, und Onramp konnte es nicht ermitteln: %1&lt;br&gt;Legen Sie in den Einstellungen ein vertrauenswürdiges Konto fest oder korrigieren Sie die Konsolenidentität und &lt;a href=&quot;retry&quot;&gt;versuchen Sie es erneut&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Das AWS-Konto, unter dem diese Konsole läuft, wird ermittelt…</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s root id (r-…) above: the template needs it to place the member roles.</source>
        <translation>Geben Sie oben die Root-ID der Organisation (r-…) ein: Die Vorlage braucht sie, um die Mitgliedsrollen zu platzieren.</translation>
    </message>
    <message>
        <source>Every role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>Jede Rolle vertraut dem AWS-Konto %1, und nur mit der externen ID &lt;tt&gt;%2&lt;/tt&gt; dieses Onboardings. Region des Stacks: %3.</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit id of the management account.</source>
        <translation>Fügen Sie die Ausgabe RoleArn des Stacks ein oder nur die 12-stellige ID des Verwaltungskontos.</translation>
    </message>
    <message>
        <source>✓ Management account %1 — the role %2 that the template creates there.</source>
        <translation>✓ Verwaltungskonto %1 — die Rolle %2, die die Vorlage dort anlegt.</translation>
    </message>
    <message>
        <source>✓ Management account %1, role %2</source>
        <translation>✓ Verwaltungskonto %1, Rolle %2</translation>
    </message>
    <message>
        <source>Not a 12-digit AWS account id: %1</source>
        <translation>Keine 12-stellige AWS-Konto-ID: %1</translation>
    </message>
    <message>
        <source>Not an OU id (ou-…-…) nor a root id (r-…): %1</source>
        <translation>Weder OU-ID (ou-…-…) noch Root-ID (r-…): %1</translation>
    </message>
    <message>
        <source>Every active account of the organization is connected.</source>
        <translation>Jedes aktive Konto der Organisation wird verbunden.</translation>
    </message>
    <message>
        <source>✓ Left out, never contacted: %1 accounts and the accounts beneath %2 OUs.</source>
        <translation>✓ Ausgelassen, nie kontaktiert: %1 Konten und die Konten unter %2 OUs.</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Record %1 is a single AWS account, not an organization.</source>
        <translation>Eintrag %1 ist ein einzelnes AWS-Konto, keine Organisation.</translation>
    </message>
    <message>
        <source>Organization %1 is disconnected; start a new onboarding.</source>
        <translation>Organisation %1 ist getrennt; beginnen Sie ein neues Onboarding.</translation>
    </message>
    <message>
        <source>Organization %1 has not been verified yet: run &quot;org verify&quot; with the management account&apos;s Role ARN first.</source>
        <translation>Organisation %1 wurde noch nicht geprüft: Führen Sie zuerst „org verify“ mit dem Rollen-ARN des Verwaltungskontos aus.</translation>
    </message>
    <message>
        <source>--exclude-account takes a 12-digit AWS account id, not &quot;%1&quot;.</source>
        <translation>--exclude-account erwartet eine 12-stellige AWS-Konto-ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>--exclude-ou takes an organizational unit id (ou-…) or a root id (r-…), not &quot;%1&quot;.</source>
        <translation>--exclude-ou erwartet eine OU-ID (ou-…) oder Root-ID (r-…), nicht „%1“.</translation>
    </message>
    <message>
        <source>Verifying the management account&apos;s role…</source>
        <translation>Rolle des Verwaltungskontos wird geprüft…</translation>
    </message>
    <message>
        <source>The management account %1 is already connected on its own (record %2): disconnect that record, then verify the organization.</source>
        <translation>Das Verwaltungskonto %1 ist bereits einzeln verbunden (Eintrag %2): Trennen Sie diesen Eintrag und prüfen Sie dann die Organisation.</translation>
    </message>
    <message>
        <source>management account</source>
        <translation>Verwaltungskonto</translation>
    </message>
    <message>
        <source>The management account %1 of organization %2 is not connected: run &quot;org verify&quot; with its Role ARN.</source>
        <translation>Das Verwaltungskonto %1 der Organisation %2 ist nicht verbunden: Führen Sie „org verify“ mit seinem Rollen-ARN aus.</translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>Organisation wird gelesen…</translation>
    </message>
    <message>
        <source>AWS account %1 is not in an AWS Organization. Connect it as a single account instead.</source>
        <translation>AWS-Konto %1 gehört zu keiner AWS-Organisation. Verbinden Sie es stattdessen als einzelnes Konto.</translation>
    </message>
    <message>
        <source>The management role may not read the organization (%1): it needs %2. Create the stack from the organization template.</source>
        <translation>Die Verwaltungsrolle darf die Organisation nicht lesen (%1): Sie braucht %2. Legen Sie den Stack aus der Organisationsvorlage an.</translation>
    </message>
    <message>
        <source>AWS account %1 is a member of organization %2, whose management account is %3: give the Role ARN of the stack in the management account.</source>
        <translation>AWS-Konto %1 ist Mitglied der Organisation %2, deren Verwaltungskonto %3 ist: Geben Sie den Rollen-ARN des Stacks im Verwaltungskonto an.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>Konten der Organisation werden aufgelistet…</translation>
    </message>
    <message>
        <source>The management role may not list the organization&apos;s accounts (%1): it needs %2.</source>
        <translation>Die Verwaltungsrolle darf die Konten der Organisation nicht auflisten (%1): Sie braucht %2.</translation>
    </message>
    <message>
        <source>Could not list the accounts of the excluded OUs: %1</source>
        <translation>Die Konten der ausgeschlossenen OUs konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>management role %1 of organization %2</source>
        <translation>Verwaltungsrolle %1 der Organisation %2</translation>
    </message>
    <message>
        <source>left the organization</source>
        <translation>hat die Organisation verlassen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>closed in AWS</source>
        <translation>in AWS geschlossen</translation>
    </message>
    <message>
        <source>Disconnected: %1; its instances are kept as history.</source>
        <translation>Getrennt: %1; seine Instanzen bleiben als Verlauf erhalten.</translation>
    </message>
    <message>
        <source>AWS account %1 %2</source>
        <translation>AWS-Konto %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Connecting %n account(s)…</source>
        <translation>
            <numerusform>%n Konto wird verbunden…</numerusform>
            <numerusform>%n Konten werden verbunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already connected on its own (record %1).</source>
        <translation>Bereits einzeln verbunden (Eintrag %1).</translation>
    </message>
    <message>
        <source>The role %1 cannot be assumed yet: the organization&apos;s StackSet may still be creating it in this account (or the account is outside its target OUs). Retried on every sync.</source>
        <translation>Die Rolle %1 kann noch nicht übernommen werden: Das StackSet der Organisation legt sie in diesem Konto eventuell noch an (oder das Konto liegt außerhalb seiner Ziel-OUs). Wird bei jeder Synchronisierung erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) pending</source>
        <translation>
            <numerusform>%n Konto ausstehend</numerusform>
            <numerusform>%n Konten ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (connected to a different user)</source>
        <translation>
            <numerusform>%n abgelehnt (mit einem anderen Benutzer verbunden)</numerusform>
            <numerusform>%n abgelehnt (mit einem anderen Benutzer verbunden)</numerusform>
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
        <source>%1: %2 account(s) listed, %3 active%4</source>
        <translation>%1: %2 Konto/Konten aufgelistet, %3 aktiv%4</translation>
    </message>
    <message>
        <source>Organization %1 is not verified yet, so Onramp cannot look up its root: give the root id (r-…, on the AWS Organizations console&apos;s &quot;AWS accounts&quot; page) or the OUs the roles should go to.</source>
        <translation>Organisation %1 ist noch nicht geprüft, daher kann Onramp ihren Root nicht ermitteln: Geben Sie die Root-ID (r-…, auf der Seite „AWS-Konten“ der AWS-Organizations-Konsole) oder die OUs an, in die die Rollen sollen.</translation>
    </message>
</context>
<context>
    <name>OrganizationsClient</name>
    <message>
        <source>has %1 items where at most %2 were asked for</source>
        <translation>hat %1 Einträge, obwohl höchstens %2 angefordert wurden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…), organizational unit (ou-…-…) or account id (12 digits).</source>
        <translation>„%1“ ist weder Organisations-Root (r-…), Organisationseinheit (ou-…-…) noch Konto-ID (12 Ziffern).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>ListChildren: asked for organizational units, the response listed %1 (%2).</source>
        <translation>ListChildren: Organisationseinheiten angefordert, die Antwort nannte %1 (%2).</translation>
    </message>
    <message>
        <source>More than %1 organizational units beneath the given parents; stopped (AWS allows at most %1 in an organization).</source>
        <translation>Mehr als %1 Organisationseinheiten unter den angegebenen Eltern; abgebrochen (AWS erlaubt höchstens %1 pro Organisation).</translation>
    </message>
</context>
<context>
    <name>PageChain</name>
    <message>
        <source>%1 in %2: page %3 came with a continuation token of %4 characters; stopped (a real one is a few hundred).</source>
        <translation>%1 in %2: Seite %3 lieferte ein Fortsetzungstoken mit %4 Zeichen; angehalten (ein echtes ist einige hundert Zeichen lang).</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 sent a continuation token that leads back to an earlier page; stopped instead of listing for ever.</source>
        <translation>%1 in %2: Seite %3 lieferte ein Fortsetzungstoken, das zu einer früheren Seite zurückführt; angehalten, statt endlos weiter aufzulisten.</translation>
    </message>
    <message>
        <source>%1 in %2: still more pages after %3; stopped at the limit of %3 pages per region.</source>
        <translation>%1 in %2: Nach %3 Seiten folgen noch weitere; an der Grenze von %3 Seiten pro Region angehalten.</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 names two different continuation tokens; stopped (the response is malformed).</source>
        <translation>%1 in %2: Seite %3 nennt zwei verschiedene Fortsetzungstoken; abgebrochen (die Antwort ist fehlerhaft).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>only you can read the registry files</source>
        <translation>nur Sie können die Registry-Dateien lesen</translation>
    </message>
    <message>
        <source>other users of this computer can read External IDs, role ARNs, the inventory and the audit log: %1</source>
        <translation>andere Benutzer dieses Computers können externe IDs, Rollen-ARNs, das Inventar und das Audit-Protokoll lesen: %1</translation>
    </message>
    <message>
        <source>run: chmod go= %1</source>
        <translation>führen Sie aus: chmod go= %1</translation>
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
        <translation>credential_process von Profil „%1“</translation>
    </message>
    <message>
        <source>credential_process is longer than %1 characters.</source>
        <translation>credential_process ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>credential_process has an unterminated quote: %1</source>
        <translation>credential_process enthält ein nicht geschlossenes Anführungszeichen: %1</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process ist leer.</translation>
    </message>
    <message>
        <source>credential_process printed no valid credentials: %1</source>
        <translation>credential_process hat keine gültigen Anmeldeinformationen ausgegeben: %1</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Byte</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be 1</source>
        <translation>„Version“ muss 1 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>„%1“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>„%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;Expiration&quot; is not an ISO 8601 time with a time zone: %1</source>
        <translation>„Expiration“ ist keine ISO-8601-Zeitangabe mit Zeitzone: %1</translation>
    </message>
    <message>
        <source>Its error output: %1</source>
        <translation>Seine Fehlerausgabe: %1</translation>
    </message>
    <message>
        <source>credential_process (%1) returned credentials that expired at %2.</source>
        <translation>credential_process (%1) hat Anmeldeinformationen geliefert, die um %2 abgelaufen sind.</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process konnte %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>credential_process (%1) did not finish within %2 s and was stopped.</source>
        <translation>credential_process (%1) wurde nicht innerhalb von %2 s beendet und deshalb abgebrochen.</translation>
    </message>
    <message>
        <source>credential_process (%1) printed more than %2 bytes and was stopped.</source>
        <translation>credential_process (%1) hat mehr als %2 Byte ausgegeben und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>credential_process (%1) crashed.</source>
        <translation>credential_process (%1) ist abgestürzt.</translation>
    </message>
    <message>
        <source>credential_process (%1) failed with exit code %2.</source>
        <translation>credential_process (%1) ist mit Exit-Code %2 fehlgeschlagen.</translation>
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
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Accounts connected with access keys cannot be connected or refreshed until it is. CloudFormation accounts are not affected.</source>
        <translation>Mit Zugriffsschlüsseln verbundene Konten können erst wieder verbunden oder aktualisiert werden, wenn er verfügbar ist. CloudFormation-Konten sind nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; team mode needs it (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; der Team-Modus benötigt ihn (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Verbindung zur Team-Datenbank %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (Onramp needs to write the file and its folder). Check the permissions or choose another file with --db.</source>
        <translation>Die Registry-Datenbank %1 ist schreibgeschützt (Onramp muss in die Datei und ihren Ordner schreiben können). Prüfen Sie die Berechtigungen oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>enabling WAL on %1</source>
        <translation>Aktivieren von WAL für %1</translation>
    </message>
    <message>
        <source>The registry database %1 cannot switch to WAL mode (journal mode stays &quot;%2&quot;); it is probably on a read-only or network file system.</source>
        <translation>Die Registry-Datenbank %1 kann nicht in den WAL-Modus wechseln (der Journalmodus bleibt „%2“); sie liegt vermutlich auf einem schreibgeschützten Dateisystem oder einem Netzwerkdateisystem.</translation>
    </message>
    <message>
        <source>configuring %1</source>
        <translation>Konfigurieren von %1</translation>
    </message>
    <message>
        <source>asking the server who we are</source>
        <translation>Abfragen der eigenen Identität beim Server</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>inspecting %1</source>
        <translation>Untersuchen von %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Onramp registry. Choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Onramp-Registry. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>Sperren des Schemas für die Migration</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>The team database is at schema %1 and needs version %2, which only its administrator can install: an administrator role must open it first. (%3)</source>
        <translation>Die Team-Datenbank hat Schema %1 und benötigt Version %2, die nur ihr Administrator installieren kann: Eine Administratorrolle muss sie zuerst öffnen. (%3)</translation>
    </message>
    <message>
        <source>Cannot upgrade the registry database %1 to schema %2 (%3): %4</source>
        <translation>Die Registry-Datenbank %1 kann nicht auf Schema %2 aktualisiert werden (%3): %4</translation>
    </message>
    <message>
        <source>The database was created by a newer Onramp (schema %1, this build knows %2).</source>
        <translation>Die Datenbank wurde von einer neueren Onramp-Version erstellt (Schema %1, dieser Build kennt %2).</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>This AWS account is already connected in Onramp.</source>
        <translation>Dieses AWS-Konto ist in Onramp bereits verbunden.</translation>
    </message>
    <message>
        <source>The account does not exist (or belongs to another user).</source>
        <translation>Das Konto existiert nicht (oder gehört einem anderen Benutzer).</translation>
    </message>
    <message>
        <source>The team database refused this (%1): %2</source>
        <translation>Die Team-Datenbank hat dies abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The team database was busy while %1; try again.</source>
        <translation>Die Team-Datenbank war beim %1 ausgelastet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Lost the connection to the team database while %1: %2</source>
        <translation>Verbindung zur Team-Datenbank beim %1 verloren: %2</translation>
    </message>
    <message>
        <source>The registry database %1 is locked by another Onramp process (waited %2 ms while %3). Try again when it has finished.</source>
        <translation>Die Registry-Datenbank %1 ist durch einen anderen Onramp-Prozess gesperrt (beim %3 %2 ms gewartet). Versuchen Sie es erneut, wenn dieser beendet ist.</translation>
    </message>
    <message>
        <source>The registry database %1 is damaged or is not a database (%2). Restore it from a backup, or move it away and Onramp will create a new one.</source>
        <translation>Die Registry-Datenbank %1 ist beschädigt oder keine Datenbank (%2). Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie an einen anderen Ort; Onramp erstellt dann eine neue.</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation>Die Registry-Datenbank %1 ist schreibgeschützt (%2). Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>Cannot open the registry database %1 (%2).</source>
        <translation>Die Registry-Datenbank %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>Das Konto existiert nicht.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>Hinzufügen von Benutzer %1</translation>
    </message>
    <message>
        <source>User %1 could not be created.</source>
        <translation>Benutzer %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>changing the plan of %1</source>
        <translation>Ändern des Tarifs von %1</translation>
    </message>
    <message>
        <source>Only the team database&apos;s administrator can change plans.</source>
        <translation>Nur der Administrator der Team-Datenbank kann Tarife ändern.</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>Kein Benutzer namens %1.</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>Auflisten der Benutzer</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>Lesen von Benutzer %1</translation>
    </message>
    <message>
        <source>The account is disconnected; connect it again to create a new record.</source>
        <translation>Das Konto ist getrennt; verbinden Sie es erneut, um einen neuen Datensatz zu erstellen.</translation>
    </message>
    <message>
        <source>An account cannot go from %1 to %2.</source>
        <translation>Ein Konto kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation>Lesen von Konto %1</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Kein Konto %1.</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>Auflisten der Konten</translation>
    </message>
    <message>
        <source>looking up AWS account %1</source>
        <translation>Suchen von AWS-Konto %1</translation>
    </message>
    <message>
        <source>counting the accounts of %1</source>
        <translation>Zählen der Konten von %1</translation>
    </message>
    <message>
        <source>storing account %1</source>
        <translation>Speichern von Konto %1</translation>
    </message>
    <message>
        <source>AWS account %1 is already connected in Onramp.</source>
        <translation>Das AWS-Konto %1 ist in Onramp bereits verbunden.</translation>
    </message>
    <message>
        <source>A new account cannot start as %1.</source>
        <translation>Ein neues Konto kann nicht mit dem Status %1 beginnen.</translation>
    </message>
    <message>
        <source>An account needs an owner and no console user is set.</source>
        <translation>Ein Konto benötigt einen Besitzer, und es ist kein Konsolenbenutzer festgelegt.</translation>
    </message>
    <message>
        <source>storing the instances of account %1 in %2</source>
        <translation>Speichern der Instanzen von Konto %1 in %2</translation>
    </message>
    <message>
        <source>removing the instances gone from account %1 in %2</source>
        <translation>Entfernen der nicht mehr vorhandenen Instanzen von Konto %1 in %2</translation>
    </message>
    <message>
        <source>storing instance health of account %1</source>
        <translation>Speichern des Instanzzustands von Konto %1</translation>
    </message>
    <message>
        <source>reading the instances of account %1</source>
        <translation>Lesen der Instanzen von Konto %1</translation>
    </message>
    <message>
        <source>counting the instances of account %1</source>
        <translation>Zählen der Instanzen von Konto %1</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>Prüfen der Team-Datenbank</translation>
    </message>
    <message>
        <source>checking the integrity of %1</source>
        <translation>Prüfen der Integrität von %1</translation>
    </message>
    <message>
        <source>checking the foreign keys of %1</source>
        <translation>Prüfen der Fremdschlüssel von %1</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing %3 row</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>The registry database %1 failed its integrity check: %2</source>
        <translation>Die Registry-Datenbank %1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>removing account %1</source>
        <translation>Entfernen von Konto %1</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL; expected postgresql://ROLE@HOST:PORT/DATABASE (the password comes from PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>Keine gültige PostgreSQL-URL; erwartet wird postgresql://ROLE@HOST:PORT/DATABASE (das Passwort kommt aus PGPASSFILE, ~/.pgpass oder PGPASSWORD).</translation>
    </message>
    <message>
        <source>the PGSERVICE service</source>
        <translation>dem PGSERVICE-Dienst</translation>
    </message>
    <message>
        <source>the database URL</source>
        <translation>der Datenbank-URL</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; (from %2) is not one of %3.</source>
        <translation>sslmode „%1“ (aus %2) ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>Refusing sslmode=%1 (from %2) for the team database on %3: a server that is not on this computer is reached only with sslmode=verify-full, which encrypts the connection and checks the server&apos;s certificate and host name. Remove sslmode=%1 (verify-full is the default) and give the certificate authority that signed the server&apos;s certificate with ?sslrootcert=FILE or in ~/.postgresql/root.crt.</source>
        <translation>sslmode=%1 (aus %2) wird für die Team-Datenbank auf %3 abgelehnt: Ein Server, der nicht auf diesem Computer läuft, wird nur mit sslmode=verify-full erreicht, das die Verbindung verschlüsselt und das Zertifikat und den Hostnamen des Servers prüft. Entfernen Sie sslmode=%1 (verify-full ist der Standard) und geben Sie die Zertifizierungsstelle, die das Zertifikat des Servers signiert hat, mit ?sslrootcert=FILE oder in ~/.postgresql/root.crt an.</translation>
    </message>
    <message>
        <source>The %1 of the database URL must not contain &apos;;&apos;.</source>
        <translation>Der Parameter %1 der Datenbank-URL darf kein &apos;;&apos; enthalten.</translation>
    </message>
    <message>
        <source>encryption unknown</source>
        <translation>Verschlüsselung unbekannt</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>TLS verify-full, %1</source>
        <translation>TLS verify-full, %1</translation>
    </message>
    <message>
        <source>Unix socket (local), %1</source>
        <translation>Unix-Socket (lokal), %1</translation>
    </message>
    <message>
        <source>loopback, sslmode=%1, %2</source>
        <translation>Loopback, sslmode=%1, %2</translation>
    </message>
    <message>
        <source>The database URL given with --db contains a password, which other users of this computer can read (ps, /proc) and your shell history keeps. Remove it from --db and give the password another way: the whole URL in the ONRAMP_DB environment variable, a password file (PGPASSFILE or ~/.pgpass), or PGPASSWORD.</source>
        <translation>Die mit --db angegebene Datenbank-URL enthält ein Passwort, das andere Benutzer dieses Computers lesen können (ps, /proc) und das Ihr Shell-Verlauf speichert. Entfernen Sie es aus --db und geben Sie das Passwort auf andere Weise an: die ganze URL in der Umgebungsvariablen ONRAMP_DB, eine Passwortdatei (PGPASSFILE oder ~/.pgpass) oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the server&apos;s certificate must be signed by a certificate authority in ~/.postgresql/root.crt (or ?sslrootcert=FILE) and name the host as written in the URL.</source>
        <translation>Mit sslmode=verify-full muss das Zertifikat des Servers von einer Zertifizierungsstelle aus ~/.postgresql/root.crt (oder ?sslrootcert=FILE) signiert sein und den Host so nennen, wie er in der URL steht.</translation>
    </message>
    <message>
        <source>The team database refused a status change while %1 (%2).</source>
        <translation>Die Team-Datenbank hat beim %1 eine Statusänderung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s id, owner and creation time never change.</source>
        <translation>Die Team-Datenbank hat die Änderung beim %1 abgelehnt: ID, Besitzer und Erstellungszeitpunkt eines Kontos ändern sich nie.</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s AWS account id cannot change once it is connected, and a disconnected account does not change. Connect the other AWS account as a new account.</source>
        <translation>Die Team-Datenbank hat die Änderung beim %1 abgelehnt: Die AWS-Konto-ID eines Kontos kann sich nach dem Verbinden nicht mehr ändern, und ein getrenntes Konto ändert sich nicht. Verbinden Sie das andere AWS-Konto als neues Konto.</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and the team database already holds one of yours.</source>
        <translation>Der Testtarif erlaubt ein verbundenes AWS-Konto, und die Team-Datenbank enthält bereits eines von Ihnen.</translation>
    </message>
    <message>
        <source>checking whether AWS account %1 is taken</source>
        <translation>Prüfen, ob das AWS-Konto %1 bereits vergeben ist</translation>
    </message>
    <message>
        <source>Account %1 is connected to AWS account %2, which cannot change; connect AWS account %3 as a new account.</source>
        <translation>Konto %1 ist mit dem AWS-Konto %2 verbunden, was sich nicht ändern lässt; verbinden Sie das AWS-Konto %3 als neues Konto.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>storing the databases of account %1 in %2</source>
        <translation>Speichern der Datenbanken von Konto %1 in %2</translation>
    </message>
    <message>
        <source>marking the databases gone from account %1 in %2</source>
        <translation>Markieren der nicht mehr vorhandenen Datenbanken von Konto %1 in %2</translation>
    </message>
    <message>
        <source>reading the databases of account %1</source>
        <translation>Lesen der Datenbanken von Konto %1</translation>
    </message>
    <message>
        <source>counting the databases of account %1</source>
        <translation>Zählen der Datenbanken von Konto %1</translation>
    </message>
    <message>
        <source>storing the database access of account %1</source>
        <translation>Speichern des Datenbankzugriffs von Konto %1</translation>
    </message>
    <message>
        <source>Team mode needs the group role onramp_console, and the role %1 may not create roles. Have a PostgreSQL superuser run once: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; then open the database %2 again as %1 (README.md, &quot;Team mode&quot;).</source>
        <translation>Der Team-Modus braucht die Gruppenrolle onramp_console, und die Rolle %1 darf keine Rollen anlegen. Lassen Sie einen PostgreSQL-Superuser einmalig Folgendes ausführen: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; öffnen Sie dann die Datenbank %2 erneut als %1 (README.md, „Team mode“).</translation>
    </message>
    <message>
        <source>Cannot open a second connection to the team database %1: the first one is closed.</source>
        <translation>Eine zweite Verbindung zur Team-Datenbank %1 kann nicht geöffnet werden: Die erste ist geschlossen.</translation>
    </message>
    <message>
        <source>The team database %1 authenticated a second connection as %2, not as %3; Onramp does not mix console users.</source>
        <translation>Die Team-Datenbank %1 hat eine zweite Verbindung als %2 statt als %3 authentifiziert; Onramp vermischt keine Konsolenbenutzer.</translation>
    </message>
    <message>
        <source>copying the write-ahead log into %1</source>
        <translation>Übertragen des Write-Ahead-Logs in %1</translation>
    </message>
</context>
<context>
    <name>Registry::Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Festschreiben einer Transaktion</translation>
    </message>
</context>
<context>
    <name>RoleArnInput</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Role ARN check</source>
        <translation>Prüfung des Rollen-ARN</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service answered within %1 s). Onramp never stores secrets in plain text.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (kein Secret Service hat innerhalb von %1 s geantwortet). Onramp speichert Geheimnisse niemals im Klartext.</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the system keychain (service &quot;%2&quot;).</source>
        <translation>Im Schlüsselbund des Systems ist unter „%1“ kein Geheimnis gespeichert (Dienst „%2“).</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked or the request was denied (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: Er ist gesperrt oder die Anfrage wurde abgelehnt (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Onramp never stores secrets in plain text.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Onramp speichert Geheimnisse niemals im Klartext.</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring (%1). Create or unlock the login keyring, then try again. Onramp never stores secrets in plain text.</source>
        <translation>Der Schlüsselbund des Systems hat keinen entsperrten Standard-Schlüsselring (%1). Erstellen oder entsperren Sie den Anmelde-Schlüsselring und versuchen Sie es dann erneut. Onramp speichert Geheimnisse niemals im Klartext.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Keychain check failed while %1: %2</source>
        <translation>Schlüsselbundprüfung beim %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>writing a test entry</source>
        <translation>Schreiben eines Testeintrags</translation>
    </message>
    <message>
        <source>reading the test entry back</source>
        <translation>Zurücklesen des Testeintrags</translation>
    </message>
    <message>
        <source>the keychain returned different bytes than were stored</source>
        <translation>der Schlüsselbund hat andere Bytes zurückgegeben, als gespeichert wurden</translation>
    </message>
    <message>
        <source>deleting the test entry</source>
        <translation>Löschen des Testeintrags</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Onramp</source>
        <translation>Einstellungen – Onramp</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Heimatregion</translation>
    </message>
    <message>
        <source>Automatic (AWS_REGION, the profile, or us-east-1)</source>
        <translation>Automatisch (AWS_REGION, das Profil oder us-east-1)</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>&amp;Heimatregion:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Re&amp;fresh instances every:</source>
        <translation>Instanzen aktualisieren a&amp;lle:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Onramp starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Onramp wirksam.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
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
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>The console identity is the AWS principal Onramp acts as. Customer roles created from the CloudFormation template trust its AWS account.</source>
        <translation>Die Konsolenidentität ist der AWS-Prinzipal, als der Onramp handelt. Kundenrollen, die aus der CloudFormation-Vorlage erstellt werden, vertrauen seinem AWS-Konto.</translation>
    </message>
    <message>
        <source>From the &amp;environment (AWS_ACCESS_KEY_ID… or the default profile)</source>
        <translation>Aus der U&amp;mgebung (AWS_ACCESS_KEY_ID… oder das Standardprofil)</translation>
    </message>
    <message>
        <source>AWS &amp;profile from ~/.aws:</source>
        <translation>AWS-Pro&amp;fil aus ~/.aws:</translation>
    </message>
    <message>
        <source>Access &amp;keys kept in the system keychain:</source>
        <translation>Im Schlüsselbund des Systems &amp;gespeicherte Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Console access key ID</source>
        <translation>Zugriffsschlüssel-ID der Konsole</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Console secret access key</source>
        <translation>Geheimer Zugriffsschlüssel der Konsole</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Geheimer Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Remove Keys from Keychain</source>
        <translation>Schlüssel aus dem Schlüsselbund &amp;entfernen</translation>
    </message>
    <message>
        <source>New CloudFormation onboardings</source>
        <translation>Neue CloudFormation-Onboardings</translation>
    </message>
    <message>
        <source>Trusted AWS account</source>
        <translation>Vertrauenswürdiges AWS-Konto</translation>
    </message>
    <message>
        <source>the console identity&apos;s own account</source>
        <translation>das eigene Konto der Konsolenidentität</translation>
    </message>
    <message>
        <source>&amp;Trusted account:</source>
        <translation>Ver&amp;trauenswürdiges Konto:</translation>
    </message>
    <message>
        <source>Template URL</source>
        <translation>Vorlagen-URL</translation>
    </message>
    <message>
        <source>Template &amp;URL:</source>
        <translation>Vorlagen-&amp;URL:</translation>
    </message>
    <message>
        <source>Where you host the template, for quick-create links (optional).</source>
        <translation>Wo Sie die Vorlage hosten, für Links zur Schnellerstellung (optional).</translation>
    </message>
    <message>
        <source>Console &amp;identity</source>
        <translation>&amp;Konsolenidentität</translation>
    </message>
    <message>
        <source>The same checks as &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: the database, the system keychain, the console identity, the AWS endpoint and this computer&apos;s clock.</source>
        <translation>Dieselben Prüfungen wie &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: die Datenbank, der Schlüsselbund des Systems, die Konsolenidentität, der AWS-Endpunkt und die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Run &amp;Checks</source>
        <translation>Prüfungen aus&amp;führen</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>The console&apos;s keys were removed from the keychain.</source>
        <translation>Die Schlüssel der Konsole wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Run &amp;Checks Again</source>
        <translation>Prüfungen erneut aus&amp;führen</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>gespeichert – zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>In use: %1, AWS account %2.</source>
        <translation>Verwendet: %1, AWS-Konto %2.</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>Verwendet: %1 – %2</translation>
    </message>
    <message>
        <source>Looking up the console identity…</source>
        <translation>Konsolenidentität wird ermittelt…</translation>
    </message>
    <message>
        <source>Templates trust the console identity&apos;s own account.</source>
        <translation>Vorlagen vertrauen dem eigenen Konto der Konsolenidentität.</translation>
    </message>
    <message>
        <source>✓ Templates trust AWS account %1.</source>
        <translation>✓ Vorlagen vertrauen dem AWS-Konto %1.</translation>
    </message>
    <message>
        <source>An AWS account id is exactly 12 digits.</source>
        <translation>Eine AWS-Konto-ID besteht aus genau 12 Ziffern.</translation>
    </message>
    <message>
        <source>✓ Quick-create links will point CloudFormation at this URL.</source>
        <translation>✓ Links zur Schnellerstellung verweisen CloudFormation auf diese URL.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address CloudFormation can read.</source>
        <translation>Die Vorlagen-URL muss eine https://-Adresse sein, die CloudFormation lesen kann.</translation>
    </message>
    <message>
        <source>The trusted account must be a 12-digit AWS account id.</source>
        <translation>Das vertrauenswürdige Konto muss eine 12-stellige AWS-Konto-ID sein.</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address.</source>
        <translation>Die Vorlagen-URL muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation>Wählen Sie ein AWS-Profil.</translation>
    </message>
    <message>
        <source>The console&apos;s access key ID must be AKIA or ASIA followed by 16 capital letters or digits.</source>
        <translation>Die Zugriffsschlüssel-ID der Konsole muss aus AKIA oder ASIA gefolgt von 16 Großbuchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Enter the secret access key of %1.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel von %1 ein.</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SsoCredentialsProvider</name>
    <message>
        <source>%1 Run `%2` and try again.</source>
        <translation>%1 Führen Sie `%2` aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in account %2 (profile &quot;%3&quot;)</source>
        <translation>IAM Identity Center-Rolle %1 in Konto %2 (Profil „%3“)</translation>
    </message>
    <message>
        <source>No IAM Identity Center sign-in is cached for %1 (%2).</source>
        <translation>Für %1 ist keine IAM Identity Center-Anmeldung zwischengespeichert (%2).</translation>
    </message>
    <message>
        <source>The cached sign-in %1 is larger than %2 bytes.</source>
        <translation>Die zwischengespeicherte Anmeldung %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The cached sign-in %1 has no valid accessToken and expiresAt.</source>
        <translation>Die zwischengespeicherte Anmeldung %1 hat kein gültiges accessToken und expiresAt.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in for %1 expired at %2.</source>
        <translation>Die IAM Identity Center-Anmeldung für %1 ist um %2 abgelaufen.</translation>
    </message>
    <message>
        <source>not a time in milliseconds</source>
        <translation>keine Zeitangabe in Millisekunden</translation>
    </message>
    <message>
        <source>No HTTP client to reach the portal with.</source>
        <translation>Kein HTTP-Client vorhanden, um das Portal zu erreichen.</translation>
    </message>
    <message>
        <source>The IAM Identity Center portal refused the cached sign-in (%1).</source>
        <translation>Das IAM Identity Center-Portal hat die zwischengespeicherte Anmeldung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>StackUpdateDialog</name>
    <message>
        <source>New template for %1 — Onramp</source>
        <translation>Neue Vorlage für %1 – Onramp</translation>
    </message>
    <message>
        <source>To let Onramp list the databases of AWS account %1, update its stack in place (the role, its External ID and everything else stay as they are):
1. Save the template below (Save as…) or copy it.
2. Sign in to the AWS console of account %1 and open CloudFormation → Stacks → %2 (the stack that created the role).
3. Choose Update → Replace current template → Upload a template file, pick the saved file, keep the parameters, acknowledge that the stack changes an IAM role, and submit.
4. When the stack shows UPDATE_COMPLETE, Onramp lists the databases at its next refresh.</source>
        <translation>Damit Onramp die Datenbanken des AWS-Kontos %1 auflisten kann, aktualisieren Sie dessen Stack direkt (die Rolle, ihre externe ID und alles andere bleiben unverändert):
1. Speichern Sie die Vorlage unten (Speichern unter…) oder kopieren Sie sie.
2. Melden Sie sich an der AWS-Konsole von Konto %1 an und öffnen Sie CloudFormation → Stacks → %2 (den Stack, der die Rolle erstellt hat).
3. Wählen Sie Aktualisieren → Aktuelle Vorlage ersetzen → Vorlagendatei hochladen, wählen Sie die gespeicherte Datei aus, behalten Sie die Parameter bei, bestätigen Sie, dass der Stack eine IAM-Rolle ändert, und senden Sie ab.
4. Sobald der Stack UPDATE_COMPLETE anzeigt, listet Onramp die Datenbanken bei der nächsten Aktualisierung auf.</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1</source>
        <translation>Die Vorlage nennt das AWS-Konto, das die Rolle übernehmen darf – das Konto, unter dem diese Konsole läuft –, und Onramp konnte es nicht ermitteln: %1</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>Das AWS-Konto, unter dem diese Konsole läuft, wird ermittelt…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this account&apos;s External ID %2.</source>
        <translation>Die Rolle vertraut dem AWS-Konto %1, und zwar nur mit der externen ID %2 dieses Kontos.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>No STS client to assume the role with.</source>
        <translation>Kein STS-Client vorhanden, mit dem die Rolle übernommen werden kann.</translation>
    </message>
    <message>
        <source>role %1 assumed with AssumeRole</source>
        <translation>Rolle %1, übernommen mit AssumeRole</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation>„%1“ ist kein AWS-Regionsname wie etwa us-east-1.</translation>
    </message>
    <message>
        <source>The stack name &quot;%1&quot; is not valid: it must start with a letter and contain only letters, digits and hyphens, at most 128 characters.</source>
        <translation>Der Stackname „%1“ ist ungültig: Er muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Bindestriche enthalten, höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>Region %1 is in the %2 partition, but the trusted account is in %3: a role can only trust an account of its own partition.</source>
        <translation>Region %1 liegt in der Partition %2, das vertrauenswürdige Konto aber in %3: Eine Rolle kann nur einem Konto ihrer eigenen Partition vertrauen.</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>Unbekannte Partition „%1“: Onramp akzeptiert aws, aws-cn und aws-us-gov.</translation>
    </message>
    <message>
        <source>The trusted account ID &quot;%1&quot; is not 12 digits.</source>
        <translation>Die ID des vertrauenswürdigen Kontos „%1“ besteht nicht aus 12 Ziffern.</translation>
    </message>
    <message>
        <source>The External ID must have %1 to %2 characters; it has %3.</source>
        <translation>Die externe ID muss %1 bis %2 Zeichen lang sein; sie hat %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The External ID contains %1; AWS accepts only letters, digits and _ + = , . @ : / -.</source>
        <translation>Die externe ID enthält %1; AWS akzeptiert nur Buchstaben, Ziffern und _ + = , . @ : / -.</translation>
    </message>
    <message>
        <source>The description has %1 bytes; CloudFormation accepts at most %2.</source>
        <translation>Die Beschreibung hat %1 Byte; CloudFormation akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The description contains a control character or broken Unicode.</source>
        <translation>Die Beschreibung enthält ein Steuerzeichen oder fehlerhaftes Unicode.</translation>
    </message>
    <message>
        <source>The template URL &quot;%1&quot; is not an https URL.</source>
        <translation>Die Vorlagen-URL „%1“ ist keine https-URL.</translation>
    </message>
    <message>
        <source>The template file name is empty.</source>
        <translation>Der Dateiname der Vorlage ist leer.</translation>
    </message>
    <message>
        <source>Name at least one organization root (r-…) or organizational unit (ou-…) for the member roles.</source>
        <translation>Nennen Sie mindestens einen Organisations-Root (r-…) oder eine Organisationseinheit (ou-…) für die Mitgliedsrollen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…) or organizational unit (ou-…-…) id.</source>
        <translation>„%1“ ist keine ID eines Organisations-Roots (r-…) oder einer Organisationseinheit (ou-…-…).</translation>
    </message>
    <message>
        <source>The target ids take more than %1 characters; CloudFormation accepts no longer parameter value.</source>
        <translation>Die Ziel-IDs umfassen mehr als %1 Zeichen; CloudFormation akzeptiert keinen längeren Parameterwert.</translation>
    </message>
    <message>
        <source># Once per organization, first: trusted access for CloudFormation StackSets in AWS Organizations (the stack set that creates the member roles needs it). In the management account:</source>
        <translation># Einmal pro Organisation, zuerst: vertrauenswürdiger Zugriff für CloudFormation StackSets in AWS Organizations (das StackSet, das die Mitgliedsrollen anlegt, braucht ihn). Im Verwaltungskonto:</translation>
    </message>
    <message>
        <source>The template has %1, which Onramp cannot write as Terraform.</source>
        <translation>Die Vorlage enthält %1, was Onramp nicht als Terraform schreiben kann.</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>CloudFormation template</source>
        <translation>CloudFormation-Vorlage</translation>
    </message>
    <message>
        <source>&amp;Copy template</source>
        <translation>Vorlage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the template to the clipboard</source>
        <translation>Vorlage in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save the template as a file</source>
        <translation>Vorlage als Datei speichern</translation>
    </message>
    <message>
        <source>Open &amp;quick-create</source>
        <translation>Schnell&amp;erstellung öffnen</translation>
    </message>
    <message>
        <source>Open the CloudFormation quick-create page in the browser</source>
        <translation>CloudFormation-Seite zur Schnellerstellung im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy AWS C&amp;LI command</source>
        <translation>AWS-C&amp;LI-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates the stack</source>
        <translation>AWS-CLI-Befehl kopieren, der den Stack erstellt</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Opens the CloudFormation console with this template and its parameters filled in.</source>
        <translation>Öffnet die CloudFormation-Konsole mit dieser Vorlage und bereits ausgefüllten Parametern.</translation>
    </message>
    <message>
        <source>Set the template URL (where the template is hosted) in Settings to use quick-create.</source>
        <translation>Legen Sie in den Einstellungen die Vorlagen-URL fest (wo die Vorlage gehostet wird), um die Schnellerstellung zu verwenden.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copied — save the template as %1 in the folder where you run it</source>
        <translation>Kopiert – speichern Sie die Vorlage als %1 in dem Ordner, in dem Sie den Befehl ausführen</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the CloudFormation template</source>
        <translation>CloudFormation-Vorlage speichern</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.json);;All files (*)</source>
        <translation>CloudFormation-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Quick-create unavailable</source>
        <translation>Schnellerstellung nicht verfügbar</translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation>Es konnte kein Webbrowser gestartet werden.</translation>
    </message>
    <message>
        <source>Opened in your browser</source>
        <translation>Im Browser geöffnet</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Template format</source>
        <translation>Vorlagenformat</translation>
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
        <translation>Dieselbe Rolle, Vertrauensrichtlinie, externe ID und dieselben Berechtigungen als CloudFormation-Vorlage oder als Terraform-Modul.</translation>
    </message>
    <message>
        <source>Terraform module</source>
        <translation>Terraform-Modul</translation>
    </message>
    <message>
        <source>The AWS CLI command creates a CloudFormation stack: choose the CloudFormation format. Apply the Terraform module with terraform apply.</source>
        <translation>Der AWS-CLI-Befehl erstellt einen CloudFormation-Stack: Wählen Sie das CloudFormation-Format. Wenden Sie das Terraform-Modul mit terraform apply an.</translation>
    </message>
    <message>
        <source>Save the Terraform module</source>
        <translation>Terraform-Modul speichern</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Terraform-Dateien (*.tf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ThreadedPageStore</name>
    <message>
        <source>Cannot store the discovered resources: %1</source>
        <translation>Die gefundenen Ressourcen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the discovered resources: the connection to the team database %1 was lost (%2).</source>
        <translation>Die gefundenen Ressourcen können nicht gespeichert werden: Die Verbindung zur Team-Datenbank %1 ist abgebrochen (%2).</translation>
    </message>
</context>
<context>
    <name>WebIdentityCredentialsProvider</name>
    <message>
        <source>role %1 assumed with the web identity token %2 (%3)</source>
        <translation>Rolle %1, übernommen mit dem Web-Identity-Token %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot read the web identity token file %1: %2</source>
        <translation>Die Web-Identity-Tokendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The web identity token file %1 is larger than %2 bytes.</source>
        <translation>Die Web-Identity-Tokendatei %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Die Web-Identity-Tokendatei %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Onramp desktop console: connect AWS accounts and browse their EC2 instances.</source>
        <translation>Onramp-Desktopkonsole: AWS-Konten verbinden und ihre EC2-Instanzen durchsuchen.</translation>
    </message>
    <message>
        <source>Console user (SQLite only; default: ONRAMP_USER, else the login name).</source>
        <translation>Konsolenbenutzer (nur SQLite; Standard: ONRAMP_USER, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>Home region (overrides the settings).</source>
        <translation>Heimatregion (hat Vorrang vor den Einstellungen).</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>Nach MS Millisekunden beenden (für Rauchtests).</translation>
    </message>
    <message>
        <source>Open the wizard on pending onboarding ID.</source>
        <translation>Den Assistenten für das ausstehende Onboarding ID öffnen.</translation>
    </message>
    <message>
        <source>light, dark or system (overrides the settings for this run).</source>
        <translation>light, dark oder system (hat für diesen Lauf Vorrang vor den Einstellungen).</translation>
    </message>
    <message>
        <source>Do not start discovering the accounts at start-up.</source>
        <translation>Beim Start keine Erkennung der Konten beginnen.</translation>
    </message>
    <message>
        <source>Print the milliseconds from main() to the first window&apos;s show event.</source>
        <translation>Die Millisekunden von main() bis zum ersten Anzeigen des Fensters ausgeben.</translation>
    </message>
    <message>
        <source>--user is refused in team mode</source>
        <translation>--user wird im Teammodus abgelehnt</translation>
    </message>
    <message>
        <source>In team mode the console user is the PostgreSQL role you log in as.</source>
        <translation>Im Teammodus ist der Konsolenbenutzer die PostgreSQL-Rolle, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The account registry could not be opened</source>
        <translation>Die Kontoregistrierung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Registry: %1. Check --db / ONRAMP_DB, the file&apos;s permissions, and that no newer Onramp wrote it.</source>
        <translation>Registry: %1. Prüfen Sie --db / ONRAMP_DB, die Dateiberechtigungen und dass keine neuere Onramp-Version sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Connecting to the team database at %1…</source>
        <translation>Verbindung zur Teamdatenbank unter %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>The team database could not be opened</source>
        <translation>Die Teamdatenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app data folder). No password here: other users can read the command line; use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>Registry: eine SQLite-Datei oder postgresql://ROLE@HOST/DB (Standard: ONRAMP_DB, sonst der Datenordner der App). Kein Passwort hier angeben: Andere Benutzer können die Befehlszeile lesen; verwenden Sie PGPASSFILE oder ~/.pgpass, PGPASSWORD oder die ganze URL in ONRAMP_DB.</translation>
    </message>
    <message>
        <source>Onramp cannot use these AWS settings</source>
        <translation>Onramp kann diese AWS-Einstellungen nicht verwenden</translation>
    </message>
    <message>
        <source>The database password is on the command line</source>
        <translation>Das Datenbankpasswort steht in der Befehlszeile</translation>
    </message>
    <message>
        <source>Check the postgresql:// URL, the server, and your role&apos;s password (PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>Prüfen Sie die postgresql://-URL, den Server und das Passwort Ihrer Rolle (PGPASSFILE, ~/.pgpass oder PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>onrampctl</name>
    <message>
        <source>team mode: never put the password in --db (other users can read the command line); use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>Team-Modus: Geben Sie das Passwort niemals in --db an (andere Benutzer können die Befehlszeile lesen); verwenden Sie PGPASSFILE oder ~/.pgpass, PGPASSWORD oder die ganze URL in ONRAMP_DB.</translation>
    </message>
</context>
</TS>
