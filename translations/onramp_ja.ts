<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessKeysPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; works at once, no stack to create.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; a long-lived secret that must be rotated by hand — Onramp keeps it only in the system keychain.</source>
        <translation>&lt;b&gt;長所:&lt;/b&gt; すぐに使用でき、スタックを作成する必要もありません。&lt;br&gt;&lt;b&gt;短所:&lt;/b&gt; 長期間有効なシークレットで、手動でローテーションする必要があります。Onramp はこれをシステムのキーチェーンにのみ保存します。</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>アクセスキー ID(&amp;K):</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>シークレットアクセスキー(&amp;E):</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>ホームリージョン</translation>
    </message>
    <message>
        <source>Home re&amp;gion:</source>
        <translation>ホームリージョン(&amp;G):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <source>Connect with these access keys</source>
        <translation>これらのアクセスキーで接続</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>シークレットを隠す</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>20 characters starting with AKIA (or ASIA for temporary keys).</source>
        <translation>AKIA (一時キーの場合は ASIA) で始まる 20 文字です。</translation>
    </message>
    <message>
        <source>✓ Looks like an access key ID</source>
        <translation>✓ アクセスキー ID の形式です</translation>
    </message>
    <message>
        <source>Access key IDs start with AKIA or ASIA.</source>
        <translation>アクセスキー ID は AKIA または ASIA で始まります。</translation>
    </message>
    <message>
        <source>Access key IDs are 20 characters long (this one has %1).</source>
        <translation>アクセスキー ID は 20 文字です (入力されたものは %1 文字です)。</translation>
    </message>
    <message>
        <source>Access key IDs hold only capital letters and digits.</source>
        <translation>アクセスキー ID に使用できるのは英大文字と数字のみです。</translation>
    </message>
    <message>
        <source>40 characters; shown only once, when the key was created.</source>
        <translation>40 文字です。キーの作成時に一度だけ表示されます。</translation>
    </message>
    <message>
        <source>✓ 40 characters</source>
        <translation>✓ 40 文字</translation>
    </message>
    <message>
        <source>Secret access keys are 40 characters long (this one has %1).</source>
        <translation>シークレットアクセスキーは 40 文字です (入力されたものは %1 文字です)。</translation>
    </message>
    <message>
        <source>Secret access keys hold only letters, digits, &apos;/&apos;, &apos;+&apos; and &apos;=&apos;.</source>
        <translation>シークレットアクセスキーに使用できるのは英字、数字、&apos;/&apos;、&apos;+&apos;、&apos;=&apos; のみです。</translation>
    </message>
    <message>
        <source>Use the keys of an IAM user that may only call %1.</source>
        <translation>%1 のみを呼び出せる IAM ユーザーのキーを使用してください。</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS アカウント</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>最終検証</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM ロール</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>1 account pending</source>
        <translation>1 アカウントが保留中</translation>
    </message>
    <message>
        <source>%1 accounts pending</source>
        <translation>%1 アカウントが保留中</translation>
    </message>
    <message>
        <source>1 account failed</source>
        <translation>1 アカウントが失敗</translation>
    </message>
    <message>
        <source>%1 accounts failed</source>
        <translation>%1 アカウントが失敗</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>%1 (1 account)</source>
        <translation>%1（1 アカウント）</translation>
    </message>
    <message>
        <source>%1 (%2 accounts)</source>
        <translation>%1（%2 アカウント）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>AccountStatusDelegate</name>
    <message>
        <source>New CloudFormation onboarding</source>
        <translation>新しい CloudFormation オンボーディング</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln 個のデータベース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln 個のデータベース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arn</name>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>The role name is empty. An IAM role name has 1 to %1 characters.</source>
        <translation>ロール名が空です。IAM ロール名は 1～%1 文字です。</translation>
    </message>
    <message>
        <source>The role name has %1 characters; IAM allows at most %2.</source>
        <translation>ロール名が %1 文字あります。IAM で使用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; contains %2 at position %3; IAM role names may only contain letters, digits and + = , . @ _ -.</source>
        <translation>ロール名「%1」の %3 文字目に %2 が含まれています。IAM ロール名に使用できるのは英字、数字、+ = , . @ _ - のみです。</translation>
    </message>
    <message>
        <source>The role path has %1 characters; IAM allows at most %2.</source>
        <translation>ロールのパスが %1 文字あります。IAM で使用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; must be &quot;/&quot; or start and end with &quot;/&quot; with a name between them, such as &quot;/onramp/&quot;.</source>
        <translation>ロールのパス「%1」は「/」にするか、「/onramp/」のように「/」で始まり「/」で終わり、その間に名前を含む形式にする必要があります。</translation>
    </message>
    <message>
        <source>The role path &quot;%1&quot; contains %2 at position %3; IAM paths may only contain printable ASCII characters without spaces.</source>
        <translation>ロールのパス「%1」の %3 文字目に %2 が含まれています。IAM パスに使用できるのは、空白を除く印刷可能な ASCII 文字のみです。</translation>
    </message>
    <message>
        <source>Paste the role ARN (%1) from the stack&apos;s Outputs.</source>
        <translation>スタックの出力からロール ARN (%1) を貼り付けてください。</translation>
    </message>
    <message>
        <source>The role ARN is empty. %1</source>
        <translation>ロール ARN が空です。%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an AWS account ID, not a role ARN. %2</source>
        <translation>「%1」は AWS アカウント ID であり、ロール ARN ではありません。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN: an ARN starts with &quot;arn:&quot;. %2</source>
        <translation>「%1」は ARN ではありません。ARN は「arn:」で始まります。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 colon-separated fields; a role ARN has 6 (%3).</source>
        <translation>「%1」にはコロン区切りのフィールドが %2 個あります。ロール ARN のフィールドは 6 個です (%3)。</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>不明なパーティション「%1」です。Onramp で使用できるのは aws、aws-cn、aws-us-gov です。</translation>
    </message>
    <message>
        <source>This is an assumed-role session ARN; paste the IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) from the stack&apos;s Outputs</source>
        <translation>これは引き受けたロールのセッション ARN です。スタックの出力から IAM ロール ARN (arn:aws:iam::ACCOUNT:role/NAME) を貼り付けてください</translation>
    </message>
    <message>
        <source>This ARN belongs to the &quot;%1&quot; service; a role ARN belongs to &quot;iam&quot;. %2</source>
        <translation>この ARN はサービス「%1」のものです。ロール ARN は「iam」のものです。%2</translation>
    </message>
    <message>
        <source>The region field must be empty in a role ARN (IAM is global), but it is &quot;%1&quot;. %2</source>
        <translation>ロール ARN のリージョンフィールドは空である必要があります (IAM はグローバルです) が、「%1」になっています。%2</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; contains %2; an account ID is 12 digits.</source>
        <translation>アカウント ID「%1」に %2 が含まれています。アカウント ID は 12 桁の数字です。</translation>
    </message>
    <message>
        <source>The account ID is missing; an account ID is 12 digits. %1</source>
        <translation>アカウント ID がありません。アカウント ID は 12 桁の数字です。%1</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is %2 digits long; an account ID has exactly 12 digits.</source>
        <translation>アカウント ID「%1」は %2 桁です。アカウント ID はちょうど 12 桁です。</translation>
    </message>
    <message>
        <source>This is an IAM user ARN, not a role ARN.</source>
        <translation>これは IAM ユーザーの ARN であり、ロール ARN ではありません。</translation>
    </message>
    <message>
        <source>This is an IAM group ARN, not a role ARN.</source>
        <translation>これは IAM グループの ARN であり、ロール ARN ではありません。</translation>
    </message>
    <message>
        <source>This is an IAM policy ARN, not a role ARN.</source>
        <translation>これは IAM ポリシーの ARN であり、ロール ARN ではありません。</translation>
    </message>
    <message>
        <source>This is an instance profile ARN, not a role ARN.</source>
        <translation>これはインスタンスプロファイルの ARN であり、ロール ARN ではありません。</translation>
    </message>
    <message>
        <source>This is the ARN of the account&apos;s root user, not a role ARN.</source>
        <translation>これはアカウントのルートユーザーの ARN であり、ロール ARN ではありません。</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is not a role: a role ARN&apos;s resource starts with &quot;role/&quot;.</source>
        <translation>リソース「%1」はロールではありません。ロール ARN のリソースは「role/」で始まります。</translation>
    </message>
    <message>
        <source>%1 is in the %2 partition (%3), but this onboarding&apos;s home region %4 is in the %5 partition (%6): a console can only assume roles of its own partition. Start the onboarding with a home region of %2 (e.g. --region %7), or use the role ARN of the %5 partition.</source>
        <translation>%1 はパーティション %2 (%3) にありますが、このオンボーディングのホームリージョン %4 はパーティション %5 (%6) にあります。コンソールが引き受けられるのは同じパーティションのロールのみです。%2 のホームリージョンでオンボーディングを開始するか (例: --region %7)、パーティション %5 のロール ARN を使用してください。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log — Onramp</source>
        <translation>監査ログ — Onramp</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>アカウントのフィルター</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>アクション(&amp;T):</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>アクションのフィルター</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべてのアクション</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>監査ログを更新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>監査ログのエントリ</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>pending onboarding %1</source>
        <translation>保留中のオンボーディング %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>監査ログを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation>最新の %1 件のエントリ</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>エントリ: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwsClients</name>
    <message>
        <source>%1 must be the 12-digit AWS account of the console in the %2 partition (%3), not &quot;%4&quot;.</source>
        <translation>%1 には、パーティション %2 (%3) にあるコンソールの 12 桁の AWS アカウントを指定する必要があります (「%4」は無効です)。</translation>
    </message>
</context>
<context>
    <name>AwsEndpoints</name>
    <message>
        <source>The AWS endpoint %1</source>
        <translation>AWS エンドポイント %1</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>https:// エンドポイントを使用してください。</translation>
    </message>
    <message>
        <source>Use an https:// URL in %1, or unset it.</source>
        <translation>%1 に https:// URL を指定するか、この変数の設定を解除してください。</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost). Over a network it would send signed requests and AssumeRole credentials unencrypted, and anyone on the way could pose as AWS. %2</source>
        <translation>%1 は拒否されました: 暗号化されていない http:// は、このコンピューター (127.0.0.1、::1、localhost) に対してのみ許可されます。ネットワーク経由では、署名付きリクエストと AssumeRole の認証情報が暗号化されずに送信され、経路上の誰もが AWS になりすますことができてしまいます。%2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp reaches AWS endpoints only over https:// (or http:// to this computer). %2</source>
        <translation>%1 は拒否されました: Onramp は AWS エンドポイントに https:// (またはこのコンピューターへの http://) でのみ接続します。%2</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>認証されていません</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>アクセスが禁止されています</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>内部サーバーエラー</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>不正なゲートウェイ</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>サービスを利用できません</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>ゲートウェイタイムアウト</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP エラー</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>AWS エラー</translation>
    </message>
    <message>
        <source>%1; the response carried no error details.</source>
        <translation>%1。応答にエラーの詳細が含まれていませんでした。</translation>
    </message>
    <message>
        <source>%1; the response was an HTML page, not an AWS error (from a proxy or load balancer?).</source>
        <translation>%1。応答は AWS エラーではなく HTML ページでした (プロキシまたはロードバランサーからの応答の可能性があります)。</translation>
    </message>
    <message>
        <source>%1; the response was not an AWS error document.</source>
        <translation>%1。応答は AWS のエラードキュメントではありませんでした。</translation>
    </message>
</context>
<context>
    <name>AwsJson</name>
    <message>
        <source>%1: the response of %2 bytes is over the limit of %3 bytes; refused.</source>
        <translation>%1: %2 バイトの応答は上限 %3 バイトを超えているため拒否しました。</translation>
    </message>
    <message>
        <source>%1: the response is not valid JSON (%2 at byte %3).</source>
        <translation>%1: 応答が有効な JSON ではありません（バイト %3 で %2）。</translation>
    </message>
    <message>
        <source>%1: the response is not a JSON object.</source>
        <translation>%1: 応答が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>AwsJson::Reader</name>
    <message>
        <source>%1: the response&apos;s field %2 %3.</source>
        <translation>%1: 応答のフィールド %2 が%3。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is not a valid value (&quot;%1&quot;)</source>
        <translation>有効な値ではありません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>AwsReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <source>Malformed XML at line %1: content after the root element.</source>
        <translation>%1 行目の XML が不正です: ルート要素の後に内容があります。</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2; refused.</source>
        <translation>%2 行目の XML の入れ子が %1 階層を超えているため、拒否しました。</translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation>%1 行目の XML が不正です: %2</translation>
    </message>
    <message>
        <source>XML with a document type declaration at line %1; refused.</source>
        <translation>%1 行目に文書型宣言を含む XML のため、拒否しました。</translation>
    </message>
    <message>
        <source>XML response of %1 bytes is over the limit of %2 bytes; refused.</source>
        <translation>%1 バイトの XML 応答は上限の %2 バイトを超えているため、拒否しました。</translation>
    </message>
    <message>
        <source>Empty response where &lt;%1&gt; was expected.</source>
        <translation>&lt;%1&gt; が必要な箇所で応答が空です。</translation>
    </message>
    <message>
        <source>Expected &lt;%1&gt; but the response&apos;s root element is &lt;%2&gt;.</source>
        <translation>&lt;%1&gt; が必要ですが、応答のルート要素は &lt;%2&gt; です。</translation>
    </message>
    <message>
        <source>An instance without an instanceId ending at line %1.</source>
        <translation>%1 行目で終わるインスタンスに instanceId がありません。</translation>
    </message>
    <message>
        <source>An instance status without an instanceId ending at line %1.</source>
        <translation>%1 行目で終わるインスタンスステータスに instanceId がありません。</translation>
    </message>
    <message>
        <source>A region without a regionName ending at line %1.</source>
        <translation>%1 行目で終わるリージョンに regionName がありません。</translation>
    </message>
    <message>
        <source>GetCallerIdentity response without Account or Arn.</source>
        <translation>GetCallerIdentity の応答に Account または Arn がありません。</translation>
    </message>
    <message>
        <source>AssumeRole response without complete Credentials.</source>
        <translation>AssumeRole の応答に完全な Credentials がありません。</translation>
    </message>
    <message>
        <source>%1 is not a whole number at line %2.</source>
        <translation>%2 行目の %1 は整数ではありません。</translation>
    </message>
    <message>
        <source>A database with more than %1 tags at line %2; refused.</source>
        <translation>%2 行目のデータベースのタグが %1 個を超えているため、拒否しました。</translation>
    </message>
    <message>
        <source>A database without a DBInstanceIdentifier ending at line %1.</source>
        <translation>%1 行目で終わるデータベースに DBInstanceIdentifier がありません。</translation>
    </message>
    <message>
        <source>More than %1 databases in one DescribeDBInstances page at line %2; refused (a page holds at most 100).</source>
        <translation>%2 行目の 1 つの DescribeDBInstances ページに %1 個を超えるデータベースがあるため、拒否しました (1 ページは最大 100 個です)。</translation>
    </message>
    <message>
        <source>DescribeDBInstances response without DescribeDBInstancesResult.</source>
        <translation>DescribeDBInstances の応答に DescribeDBInstancesResult がありません。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command; one of: %1</source>
        <translation>コマンドが指定されていません。次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; one of: %2</source>
        <translation>不明なコマンド「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>Created pending onboarding %1
External ID: %2
Next: onrampctl template %1 &gt; onramp.json, create the stack, then onrampctl verify %1 --role-arn ROLE_ARN</source>
        <translation>保留中のオンボーディング %1 を作成しました
外部 ID: %2
次の手順: onrampctl template %1 &gt; onramp.json を実行し、スタックを作成してから onrampctl verify %1 --role-arn ROLE_ARN を実行します</translation>
    </message>
    <message>
        <source>template needs exactly one record ID</source>
        <translation>template にはレコード ID を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>usage: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</source>
        <translation>使い方: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]</translation>
    </message>
    <message>
        <source>--wait-for-role takes seconds between 0 and 3600</source>
        <translation>--wait-for-role には 0～3600 の秒数を指定してください</translation>
    </message>
    <message>
        <source>connect-keys reads the access key id and secret from stdin, one per line, never from arguments</source>
        <translation>connect-keys はアクセスキー ID とシークレットを stdin から 1 行に 1 つずつ読み取ります。引数からは読み取りません</translation>
    </message>
    <message>
        <source>expected the access key id and the secret access key on stdin, one per line</source>
        <translation>stdin にアクセスキー ID とシークレットアクセスキーが 1 行に 1 つずつ必要です</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected</source>
        <translation>検出に予想以上の時間がかかっています</translation>
    </message>
    <message>
        <source>region %1: %2</source>
        <translation>リージョン %1: %2</translation>
    </message>
    <message>
        <source>discovery failed: %1</source>
        <translation>検出に失敗しました: %1</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>検出されたインスタンスは 0 個です — 最適化を開始するには、AWS アカウントにインスタンスを追加してください</translation>
    </message>
    <message numerus="yes">
        <source>Complete! Account activated with %n instance(s)</source>
        <translation>
            <numerusform>完了しました。アカウントが有効になりました (インスタンス: %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials verified! Scanning resources...</source>
        <translation>認証情報を確認しました。リソースをスキャンしています...</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>usage: onrampctl discover ID</source>
        <translation>使い方: onrampctl discover ID</translation>
    </message>
    <message>
        <source>No account record %1.</source>
        <translation>アカウントのレコード %1 がありません。</translation>
    </message>
    <message>
        <source>usage: onrampctl disconnect ID</source>
        <translation>使い方: onrampctl disconnect ID</translation>
    </message>
    <message>
        <source>usage: onrampctl users [set-plan NAME trial|standard]</source>
        <translation>使い方: onrampctl users [set-plan NAME trial|standard]</translation>
    </message>
    <message>
        <source>plan must be trial or standard</source>
        <translation>プランには trial または standard を指定してください</translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1</source>
        <translation>AWS エンドポイントの上書きが有効です: %1</translation>
    </message>
    <message>
        <source>org needs a command: create, template, verify or sync</source>
        <translation>org にはコマンドが必要です: create、template、verify、sync</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot;; one of: create, template, verify, sync</source>
        <translation>不明な org コマンド &quot;%1&quot;。次のいずれか: create、template、verify、sync</translation>
    </message>
    <message>
        <source>usage: onrampctl org create [--name NAME]</source>
        <translation>使い方: onrampctl org create [--name NAME]</translation>
    </message>
    <message>
        <source>Created pending organization onboarding %1
External ID: %2
Next: onrampctl org template %1 &gt; onramp-org.json, create the stack in the management account, then onrampctl org verify %1 --role-arn ROLE_ARN</source>
        <translation>保留中の組織オンボーディング %1 を作成しました
外部 ID: %2
次: onrampctl org template %1 &gt; onramp-org.json、管理アカウントでスタックを作成し、onrampctl org verify %1 --role-arn ROLE_ARN</translation>
    </message>
    <message>
        <source>record %1 is a single account: use &quot;onrampctl template&quot;</source>
        <translation>レコード %1 は単一アカウントです: &quot;onrampctl template&quot; を使ってください</translation>
    </message>
    <message>
        <source>usage: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</source>
        <translation>使い方: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] [--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...</translation>
    </message>
    <message>
        <source>usage: onrampctl org sync ID [--no-wait]</source>
        <translation>使い方: onrampctl org sync ID [--no-wait]</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3  %n account(s), %4 instances</source>
        <translation>
            <numerusform>%1  %2  %3  %n アカウント、%4 インスタンス</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 is an organization: use &quot;onrampctl org template&quot;</source>
        <translation>レコード %1 は組織です:「onrampctl org template」を使ってください</translation>
    </message>
    <message>
        <source>usage: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</source>
        <translation>使い方: onrampctl org template ID [--format json|yaml|terraform] [--trusted-account ID] [--role-name NAME] [--ou ROOT_OR_OU_ID]...</translation>
    </message>
    <message>
        <source>--format must be json, yaml or terraform</source>
        <translation>--format には json、yaml、terraform のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Discovering: listing regions · %1 instances · %2 s</source>
        <translation>検出中: リージョンを一覧表示しています · インスタンス %1 個 · %2 秒</translation>
    </message>
    <message>
        <source>Discovering: %1/%2 regions · %3 instances · %4 s</source>
        <translation>検出中: リージョン %1/%2 · インスタンス %3 個 · %4 秒</translation>
    </message>
    <message numerus="yes">
        <source> and %n database(s)</source>
        <translation>
            <numerusform> (データベース: %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases not permitted — update the stack to include databases: CloudFormation → the stack → Update → Replace current template, with the template `onrampctl template %1` prints now</source>
        <translation>データベースは許可されていません — データベースを含めるようにスタックを更新してください: CloudFormation → 対象のスタック → 更新 → 現在のテンプレートの置き換え。テンプレートには、現在 `onrampctl template %1` が出力するものを使用します</translation>
    </message>
    <message>
        <source>Databases not permitted in %1 (rds:DescribeDBInstances denied there, e.g. by a service control policy)</source>
        <translation>%1 ではデータベースが許可されていません (rds:DescribeDBInstances が拒否されています。サービスコントロールポリシーによる拒否などが考えられます)</translation>
    </message>
    <message>
        <source>usage: onrampctl instances ID [--kind ec2|rds]</source>
        <translation>使い方: onrampctl instances ID [--kind ec2|rds]</translation>
    </message>
    <message>
        <source>--kind must be ec2 or rds</source>
        <translation>--kind には ec2 または rds を指定してください</translation>
    </message>
    <message>
        <source>Organization: listing accounts · %1 s</source>
        <translation>組織: アカウントを一覧表示しています · %1 秒</translation>
    </message>
    <message>
        <source>Organization: %1/%2 accounts · %3 instances · %4 s</source>
        <translation>組織: アカウント %1/%2 · インスタンス %3 個 · %4 秒</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Template format (default json): CloudFormation JSON or YAML, or a Terraform (HCL) module.</source>
        <translation>テンプレートの形式 (既定値は json): CloudFormation の JSON または YAML、あるいは Terraform (HCL) モジュール。</translation>
    </message>
    <message>
        <source>The console&apos;s AWS account the role trusts (default: the console identity&apos;s account, from STS GetCallerIdentity).</source>
        <translation>ロールが信頼するコンソールの AWS アカウント (既定値: STS GetCallerIdentity で取得したコンソール ID のアカウント)。</translation>
    </message>
    <message>
        <source>Name of the IAM role the template creates.</source>
        <translation>テンプレートが作成する IAM ロールの名前。</translation>
    </message>
    <message>
        <source>Do not wait for discovery.</source>
        <translation>検出の完了を待ちません。</translation>
    </message>
    <message>
        <source>Keep retrying AccessDenied/NoSuchEntity for up to SECONDS (0-3600; a stack still being created, IAM propagation). Default 0.</source>
        <translation>AccessDenied/NoSuchEntity の場合に最大 SECONDS 秒まで再試行し続けます (0～3600。スタックの作成中や IAM の伝播待ちの場合)。既定値は 0。</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>複数回指定できます。</translation>
    </message>
    <message>
        <source>Account registry: a SQLite file, or a PostgreSQL URL (team mode; never with a password in it). Environment: ONRAMP_DB. Default: a SQLite file in the user&apos;s data directory.</source>
        <translation>アカウントレジストリ: SQLite ファイル、または PostgreSQL URL (チームモード。パスワードは決して含めないでください)。環境変数: ONRAMP_DB。既定値: ユーザーのデータディレクトリ内の SQLite ファイル。</translation>
    </message>
    <message>
        <source>Console user acting (default: ONRAMP_USER or the login name). Refused in team mode, where the database role is the user.</source>
        <translation>操作するコンソールユーザー (既定値: ONRAMP_USER またはログイン名)。チームモードでは使用できません (データベースロールがユーザーになります)。</translation>
    </message>
    <message>
        <source>Home region for STS and the default for discovery (default: AWS_REGION, else us-east-1).</source>
        <translation>STS のホームリージョン、および検出の既定のリージョン (既定値: AWS_REGION、未設定の場合は us-east-1)。</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout (JSON Lines for instances).</source>
        <translation>機械可読な出力: stdout に 1 つの JSON ドキュメントを出力します (instances では JSON Lines)。</translation>
    </message>
    <message>
        <source>This help, or with a command that command&apos;s help.</source>
        <translation>このヘルプ、またはコマンドを指定した場合はそのコマンドのヘルプ。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Start a CloudFormation onboarding (a pending record).</source>
        <translation>CloudFormation オンボーディングを開始します (保留中のレコード)。</translation>
    </message>
    <message>
        <source>Creates a pending onboarding record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;}.</source>
        <translation>新しい外部 ID を使用して、保留中のオンボーディングレコードを作成します。
--json は {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;} を出力します。</translation>
    </message>
    <message>
        <source>Friendly name.</source>
        <translation>表示名。</translation>
    </message>
    <message>
        <source>Print the CloudFormation template for a record.</source>
        <translation>レコードの CloudFormation テンプレートを出力します。</translation>
    </message>
    <message>
        <source>Prints the CloudFormation template of record ID: the read-only discovery role, trusting the console&apos;s account on condition of the record&apos;s External ID, and its RoleArn output.</source>
        <translation>レコード ID の CloudFormation テンプレートを出力します: レコードの外部 ID を条件としてコンソールのアカウントを信頼する読み取り専用の検出ロールと、その RoleArn 出力です。</translation>
    </message>
    <message>
        <source>Verify the customer&apos;s role, then discover.</source>
        <translation>顧客のロールを検証してから検出します。</translation>
    </message>
    <message>
        <source>Assumes the role with the record&apos;s External ID, proves the role requires it, checks permissions and ownership, stores the record, then discovers (progress on stderr when it is a terminal). A bare 12-digit account id means the role the record&apos;s template creates there.
--json prints {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?}.</source>
        <translation>レコードの外部 ID でロールを引き受け、ロールが外部 ID を必須としていることを確認し、アクセス許可と所有権をチェックしてレコードを保存してから、検出を行います (端末の場合は進行状況を stderr に表示します)。12 桁のアカウント ID だけを指定すると、レコードのテンプレートがそのアカウントに作成するロールを指します。
--json は {&quot;id&quot;, &quot;status&quot;, &quot;aws_account_id&quot;, &quot;instance_count&quot;, &quot;message&quot;, &quot;error&quot;?} を出力します。</translation>
    </message>
    <message>
        <source>The customer&apos;s role (required).</source>
        <translation>顧客のロール (必須)。</translation>
    </message>
    <message>
        <source>Connect with access keys read from stdin.</source>
        <translation>stdin から読み取ったアクセスキーで接続します。</translation>
    </message>
    <message>
        <source>Reads the access key id and the secret access key from stdin, one per line (never from arguments), validates them, keeps the secret in the OS keychain only, then discovers. Same result as verify.</source>
        <translation>アクセスキー ID とシークレットアクセスキーを stdin から 1 行に 1 つずつ読み取り (引数からは読み取りません)、検証して、シークレットを OS のキーチェーンにのみ保存してから、検出を行います。結果は verify と同じです。</translation>
    </message>
    <message>
        <source>List your account records.</source>
        <translation>アカウントのレコードを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the console user&apos;s records: id, AWS account (or organization), method, status, instance count, last error.
--json prints an array of objects.</source>
        <translation>コンソールユーザーのレコードを一覧表示します: ID、AWS アカウント (または組織)、方式、ステータス、インスタンス数、最後のエラー。
--json はオブジェクトの配列を出力します。</translation>
    </message>
    <message>
        <source>Discover a record&apos;s resources now.</source>
        <translation>レコードのリソースを今すぐ検出します。</translation>
    </message>
    <message>
        <source>Runs discovery of record ID now and waits for it (progress on stderr when it is a terminal). Same result as verify.</source>
        <translation>レコード ID の検出を今すぐ実行し、完了を待ちます (端末の場合は進行状況を stderr に表示します)。結果は verify と同じです。</translation>
    </message>
    <message>
        <source>List a record&apos;s resources.</source>
        <translation>レコードのリソースを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists what discovery stored for record ID, one line each.
--json prints JSON Lines, one object per instance or database.</source>
        <translation>レコード ID について検出で保存された内容を 1 行に 1 件ずつ一覧表示します。
--json は JSON Lines を出力します (インスタンスまたはデータベースごとに 1 つのオブジェクト)。</translation>
    </message>
    <message>
        <source>List only EC2 instances or only RDS databases.</source>
        <translation>EC2 インスタンスのみ、または RDS データベースのみを一覧表示します。</translation>
    </message>
    <message>
        <source>Disconnect a record.</source>
        <translation>レコードの接続を解除します。</translation>
    </message>
    <message>
        <source>Marks record ID disconnected and deletes its secrets from the keychain; an organization takes every member record it made with it.</source>
        <translation>レコード ID を切断済みにし、そのシークレットをキーチェーンから削除します。組織の場合は、その組織が作成したすべてのメンバーレコードも一緒に切断されます。</translation>
    </message>
    <message>
        <source>List console users, or set one&apos;s plan.</source>
        <translation>コンソールユーザーを一覧表示するか、ユーザーのプランを設定します。</translation>
    </message>
    <message>
        <source>Lists the console users with their plan; set-plan changes one (trial: one live account).</source>
        <translation>コンソールユーザーをプランとともに一覧表示します。set-plan でユーザーのプランを変更します (trial: 有効なアカウントは 1 つ)。</translation>
    </message>
    <message>
        <source>Preflight checks.</source>
        <translation>事前チェック。</translation>
    </message>
    <message>
        <source>One line per check with ok/FAIL and a hint: keychain, database, console identity, endpoints, clock skew. Exit 0 only if all pass.
--json prints {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]}.</source>
        <translation>チェックごとに ok/FAIL とヒントを 1 行で表示します: キーチェーン、データベース、コンソールの ID、エンドポイント、時計のずれ。すべて成功した場合のみ終了コード 0 を返します。
--json は {&quot;checks&quot;: [{&quot;name&quot;, &quot;ok&quot;, &quot;detail&quot;}]} を出力します。</translation>
    </message>
    <message>
        <source>Start onboarding a whole AWS Organization.</source>
        <translation>AWS 組織全体のオンボーディングを開始します。</translation>
    </message>
    <message>
        <source>Creates a pending organization record with a fresh External ID.
--json prints {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;}.</source>
        <translation>新しい外部 ID を使用して、保留中の組織レコードを作成します。
--json は {&quot;id&quot;, &quot;external_id&quot;, &quot;status&quot;: &quot;pending&quot;, &quot;kind&quot;: &quot;organization&quot;} を出力します。</translation>
    </message>
    <message>
        <source>Print the management account&apos;s template with its StackSet.</source>
        <translation>管理アカウントのテンプレートを StackSet とともに出力します。</translation>
    </message>
    <message>
        <source>Prints one CloudFormation template for the management account: the discovery role there and a service-managed StackSet that creates the same role in every member account.</source>
        <translation>管理アカウント用の CloudFormation テンプレートを 1 つ出力します: 管理アカウントの検出ロールと、すべてのメンバーアカウントに同じロールを作成するサービスマネージド型の StackSet です。</translation>
    </message>
    <message>
        <source>Root or OU the StackSet targets (default: the organization&apos;s root).</source>
        <translation>StackSet の対象とするルートまたは OU (既定値: 組織のルート)。</translation>
    </message>
    <message>
        <source>Verify the management role, connect every member.</source>
        <translation>管理ロールを検証し、すべてのメンバーを接続します。</translation>
    </message>
    <message>
        <source>Assumes the management account&apos;s role, lists the organization&apos;s accounts and connects and discovers every ACTIVE member less the exclusions (progress on stderr when it is a terminal).
--json prints {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;}.</source>
        <translation>管理アカウントのロールを引き受け、組織のアカウントを一覧表示し、除外対象を除くすべての ACTIVE なメンバーを接続して検出します (端末の場合は進行状況を stderr に表示します)。
--json は {&quot;id&quot;, &quot;kind&quot;, &quot;status&quot;, &quot;organization_id&quot;, &quot;management_account_id&quot;, &quot;accounts&quot;: [...], &quot;instance_count&quot;} を出力します。</translation>
    </message>
    <message>
        <source>The management account&apos;s role (required).</source>
        <translation>管理アカウントのロール (必須)。</translation>
    </message>
    <message>
        <source>An account never connected.</source>
        <translation>接続しないアカウント。</translation>
    </message>
    <message>
        <source>An OU whose accounts (nested OUs too) are never connected.</source>
        <translation>配下のアカウント (入れ子の OU のアカウントも含む) を接続しない OU。</translation>
    </message>
    <message>
        <source>List the organization&apos;s accounts again and reconcile.</source>
        <translation>組織のアカウントを再度一覧表示して調整します。</translation>
    </message>
    <message>
        <source>New ACTIVE accounts are connected and discovered, accounts that left or closed are disconnected, pending members are retried (progress on stderr when it is a terminal). Same result as org verify.</source>
        <translation>新しい ACTIVE なアカウントを接続して検出し、組織を離れたアカウントや閉鎖されたアカウントの接続を解除し、保留中のメンバーを再試行します (端末の場合は進行状況を stderr に表示します)。結果は org verify と同じです。</translation>
    </message>
    <message>
        <source>Onramp&apos;s command-line console: connect AWS accounts (a CloudFormation role with an External ID, or access keys kept in the OS keychain) and discover their resources.</source>
        <translation>Onramp のコマンドラインコンソール: AWS アカウント (外部 ID を使用する CloudFormation ロール、または OS のキーチェーンに保存したアクセスキー) を接続し、そのリソースを検出します。</translation>
    </message>
    <message>
        <source>Global options (anywhere on the line):</source>
        <translation>グローバルオプション (行内のどこにでも指定できます):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;onrampctl COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>コマンドの引数とオプションについては「onrampctl COMMAND --help」を実行してください。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
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
        <translation>  0  成功
  2  使い方の誤りまたは無効な入力
  3  AWS が認証情報またはロールを拒否した
  4  AWS アカウントが別のユーザーに接続されている
  5  プランの上限に達した
  6  アクセス許可が不足している
  7  検出に失敗した
  8  ネットワークまたはエンドポイントに到達できない
  9  キーチェーンを使用できない
</translation>
    </message>
    <message>
        <source>A whole AWS Organization in one onboarding.</source>
        <translation>AWS 組織全体を 1 回のオンボーディングで接続します。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Global options: see &quot;onrampctl --help&quot;.</source>
        <translation>グローバルオプション:「onrampctl --help」を参照してください。</translation>
    </message>
    <message>
        <source>no help for &quot;%1&quot;: unknown command; see &quot;onrampctl --help&quot;</source>
        <translation>「%1」のヘルプはありません: 不明なコマンドです。「onrampctl --help」を参照してください</translation>
    </message>
</context>
<context>
    <name>CloudFormationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; no long-lived secret — Onramp assumes a read-only role that accepts only this onboarding&apos;s External ID.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; someone allowed to create IAM roles must create a CloudFormation stack in the account (a few minutes).</source>
        <translation>&lt;b&gt;長所:&lt;/b&gt; 長期間有効なシークレットは不要です。Onramp は、このオンボーディングの外部 ID のみを受け入れる読み取り専用ロールを引き受けます。&lt;br&gt;&lt;b&gt;短所:&lt;/b&gt; IAM ロールを作成する権限を持つユーザーが、アカウントに CloudFormation スタックを作成する必要があります (数分かかります)。</translation>
    </message>
    <message>
        <source>1. Create the role in the AWS account you want to connect</source>
        <translation>1. 接続する AWS アカウントにロールを作成します</translation>
    </message>
    <message>
        <source>Sign in to the AWS console of that account as someone allowed to create IAM roles.</source>
        <translation>IAM ロールを作成する権限を持つユーザーとして、そのアカウントの AWS コンソールにサインインします。</translation>
    </message>
    <message>
        <source>Open CloudFormation and create a stack with this template: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>CloudFormation を開き、このテンプレートでスタックを作成します。&lt;i&gt;名前を付けて保存…&lt;/i&gt; で保存したファイルをアップロードするか、&lt;i&gt;クイック作成を開く&lt;/i&gt; を使用するか、AWS CLI コマンドを実行してください。</translation>
    </message>
    <message>
        <source>Keep the parameters as they are, acknowledge that the stack creates a named IAM role, and create the stack.</source>
        <translation>パラメーターはそのままにし、スタックが名前付きの IAM ロールを作成することを承認して、スタックを作成します。</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below.</source>
        <translation>スタックが CREATE_COMPLETE になったら、[出力] タブから &lt;b&gt;RoleArn&lt;/b&gt; をコピーして下に貼り付けます。</translation>
    </message>
    <message>
        <source>2. Tell Onramp which role the stack created</source>
        <translation>2. スタックが作成したロールを Onramp に指定します</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>アカウント名 (省略可)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>名前 (省略可)(&amp;N):</translation>
    </message>
    <message>
        <source>Role ARN or AWS account id</source>
        <translation>ロール ARN または AWS アカウント ID</translation>
    </message>
    <message>
        <source>Verify the role</source>
        <translation>ロールを検証</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>ロール ARN(&amp;R):</translation>
    </message>
    <message>
        <source>Preparing a new onboarding…</source>
        <translation>新しいオンボーディングを準備しています…</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>テンプレートには、ロールの引き受けを許可する AWS アカウント (このコンソールが実行されているアカウント) を指定しますが、Onramp はそれを特定できませんでした: %1&lt;br&gt;[設定] で信頼するアカウントを設定するか、コンソールの ID を修正して&lt;a href=&quot;retry&quot;&gt;もう一度お試しください&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>このコンソールが実行されている AWS アカウントを確認しています…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>このロールは AWS アカウント %1 を、このオンボーディングの外部 ID &lt;tt&gt;%2&lt;/tt&gt; を使用する場合に限り信頼します。スタックのリージョン: %3。</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit AWS account id it was created in.</source>
        <translation>スタックの出力 RoleArn を貼り付けるか、スタックを作成した AWS アカウントの 12 桁の ID だけを入力してください。</translation>
    </message>
    <message>
        <source>✓ AWS account %1 — the role %2 that the template creates there.</source>
        <translation>✓ AWS アカウント %1 — テンプレートがそこに作成するロール %2 です。</translation>
    </message>
    <message>
        <source>✓ AWS account %1, role %2</source>
        <translation>✓ AWS アカウント %1、ロール %2</translation>
    </message>
</context>
<context>
    <name>ConnectProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Discovering… (%1 s)</source>
        <translation>検出しています… (%1 秒)</translation>
    </message>
    <message>
        <source>%1 of %2 regions done</source>
        <translation>%2 リージョン中 %1 リージョン完了</translation>
    </message>
    <message>
        <source>Listing the account&apos;s regions</source>
        <translation>アカウントのリージョンを一覧表示しています</translation>
    </message>
    <message>
        <source>You can close this window: discovery goes on in the background.</source>
        <translation>このウィンドウを閉じてもかまいません。検出はバックグラウンドで続行されます。</translation>
    </message>
    <message>
        <source>Discovery taking longer than expected. It continues in the background; the account list shows when it is done.</source>
        <translation>検出に予想以上の時間がかかっています。検出はバックグラウンドで続行され、完了するとアカウント一覧に表示されます。</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>アカウントを接続しました</translation>
    </message>
    <message>
        <source>0 instances discovered — add instances to your AWS account to begin optimization</source>
        <translation>検出されたインスタンスは 0 個です — 最適化を開始するには、AWS アカウントにインスタンスを追加してください</translation>
    </message>
    <message>
        <source>Complete! Account activated</source>
        <translation>完了しました。アカウントが有効になりました</translation>
    </message>
    <message>
        <source>The account could not be connected</source>
        <translation>アカウントを接続できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Credentials verified. %1 · Instances found so far: %Ln</source>
        <translation>
            <numerusform>認証情報を確認しました。%1 · これまでに見つかったインスタンス: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances discovered: %Ln</source>
        <translation>
            <numerusform>検出されたインスタンス: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Account being connected</source>
        <translation>接続中のアカウント</translation>
    </message>
    <message>
        <source>Accounts of the organization</source>
        <translation>組織のアカウント</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS アカウント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>%1 of %2 accounts · %3 instances</source>
        <translation>%2 アカウント中 %1 · %3 インスタンス</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>組織のアカウントを一覧しています…</translation>
    </message>
    <message>
        <source>You can close this window: the accounts are connected and discovered in the background.</source>
        <translation>このウィンドウは閉じてかまいません。アカウントの接続と検出はバックグラウンドで続きます。</translation>
    </message>
    <message>
        <source>Organization connected</source>
        <translation>組織を接続しました</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected · %3 instances</source>
        <translation>%2 アカウント中 %1 を接続 · %3 インスタンス</translation>
    </message>
    <message>
        <source>Accounts still pending are retried at every sync; the list below says why each waits.</source>
        <translation>保留中のアカウントは同期のたびに再試行されます。待機の理由は下の一覧にあります。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Connected on its own</source>
        <translation>単独で接続済み</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect AWS Account</source>
        <translation>AWS アカウントを接続</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <source>Cloud&amp;Formation (recommended)</source>
        <translation>CloudFormation (推奨)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Access keys</source>
        <translation>アクセスキー(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Show &amp;instances</source>
        <translation>インスタンスを表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show the account&apos;s instances</source>
        <translation>アカウントのインスタンスを表示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>このウィンドウを閉じる</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Assuming the role with this onboarding&apos;s External ID, then checking its permissions.</source>
        <translation>このオンボーディングの外部 ID でロールを引き受け、その後アクセス許可を確認しています。</translation>
    </message>
    <message>
        <source>Checking the keys with AWS (STS GetCallerIdentity).</source>
        <translation>AWS でキーを確認しています (STS GetCallerIdentity)。</translation>
    </message>
    <message>
        <source>Connected, but discovery failed</source>
        <translation>接続しましたが、検出に失敗しました</translation>
    </message>
    <message>
        <source>Starting discovery again…</source>
        <translation>検出を再開しています…</translation>
    </message>
    <message>
        <source>The role is not usable yet. Onramp keeps trying for up to %1 min while CloudFormation creates it and IAM makes it usable; you can leave this window open.</source>
        <translation>ロールはまだ使用できません。CloudFormation がロールを作成し、IAM で使用可能になるまで、Onramp は最大 %1 分間再試行を続けます。このウィンドウは開いたままでかまいません。</translation>
    </message>
    <message>
        <source>%1 — CloudFormation role %2</source>
        <translation>%1 — CloudFormation ロール %2</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新しいアカウント</translation>
    </message>
    <message>
        <source>%1 — access key %2 in %3</source>
        <translation>%1 — %3 のアクセスキー %2</translation>
    </message>
    <message>
        <source>AWS &amp;Organization</source>
        <translation>AWS 組織(&amp;O)</translation>
    </message>
    <message>
        <source>%1 — AWS Organization, management role %2</source>
        <translation>%1 — AWS 組織、管理ロール %2</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>Assuming the management account&apos;s role with this onboarding&apos;s External ID, then reading the organization.</source>
        <translation>このオンボーディングの外部 ID で管理アカウントのロールを引き受け、組織を読み取っています。</translation>
    </message>
    <message>
        <source>The organization could not be connected</source>
        <translation>組織を接続できませんでした</translation>
    </message>
    <message>
        <source>Connecting the organization&apos;s accounts…</source>
        <translation>組織のアカウントを接続しています…</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>検出中…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Onramp reads the account&apos;s EC2 instances and RDS databases and never changes anything in it. Choose how it gets read-only access:</source>
        <translation>Onramp はアカウントの EC2 インスタンスと RDS データベースを読み取るだけで、何も変更しません。読み取り専用アクセスの方法を選んでください:</translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>AWS credentials from the environment or the default profile</source>
        <translation>環境変数またはデフォルトプロファイルの AWS 認証情報</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation>AWS プロファイル「%1」</translation>
    </message>
    <message>
        <source>access key %1 in the system keychain</source>
        <translation>システムのキーチェーン内のアクセスキー %1</translation>
    </message>
    <message>
        <source>The console&apos;s keychain entry is damaged; enter the access keys again in Settings.</source>
        <translation>コンソールのキーチェーンエントリが破損しています。[設定] でアクセスキーを再入力してください。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>--user is refused in team mode: the console user is the PostgreSQL role you log in as.</source>
        <translation>チームモードでは --user は使用できません。コンソールのユーザーは、ログインに使用する PostgreSQL ロールです。</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No AWS credentials configured.</source>
        <translation>AWS 認証情報が設定されていません。</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID は設定されていますが、AWS_SECRET_ACCESS_KEY は設定されていません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>プロファイル「%1」に aws_access_key_id と aws_secret_access_key がありません。</translation>
    </message>
    <message>
        <source>No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.</source>
        <translation>AWS 認証情報が見つかりません。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、~/.aws/credentials と AWS_PROFILE を設定してください。</translation>
    </message>
    <message>
        <source>environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>環境変数 AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>access keys of profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」のアクセスキー</translation>
    </message>
    <message>
        <source>access keys in the system keychain</source>
        <translation>システムのキーチェーン内のアクセスキー</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn): it has no keys of its own.</source>
        <translation>プロファイル「%1」はロールを引き受けます (role_arn)。このプロファイル自体にはキーがありません。</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names sso_session &quot;%2&quot;, but the config file has no [sso-session %2] section.</source>
        <translation>プロファイル「%1」は sso_session「%2」を指定していますが、設定ファイルに [sso-session %2] セクションがありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has %2 %3, but its sso_session &quot;%4&quot; has %5.</source>
        <translation>プロファイル「%1」の %2 は %3 ですが、その sso_session「%4」では %5 です。</translation>
    </message>
    <message>
        <source>IAM Identity Center profile &quot;%1&quot; lacks %2.</source>
        <translation>IAM Identity Center プロファイル「%1」に %2 がありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: sso_region &quot;%2&quot; is not a region name.</source>
        <translation>プロファイル「%1」: sso_region「%2」はリージョン名ではありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the chain of roles %2 is longer than %3.</source>
        <translation>プロファイル「%1」: ロールのチェーン %2 が %3 より長くなっています。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; needs an MFA code (mfa_serial): not supported by Onramp, which cannot prompt for one. Use a profile without MFA or an IAM Identity Center profile.</source>
        <translation>プロファイル「%1」には MFA コード (mfa_serial) が必要ですが、Onramp はコードの入力を求めることができないため、これをサポートしていません。MFA のないプロファイルか、IAM Identity Center プロファイルを使用してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both source_profile and credential_source; keep one.</source>
        <translation>プロファイル「%1」に source_profile と credential_source の両方があります。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names source_profile &quot;%2&quot;, which does not exist.</source>
        <translation>プロファイル「%1」は source_profile「%2」を指定していますが、このプロファイルは存在しません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: source_profile makes a loop (%2).</source>
        <translation>プロファイル「%1」: source_profile がループしています (%2)。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source.</source>
        <translation>プロファイル「%1」に role_arn がありますが、source_profile も credential_source もありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: duration_seconds must be a number of seconds from 900 to 43200, not &quot;%2&quot;.</source>
        <translation>プロファイル「%1」: duration_seconds には 900～43200 の秒数を指定する必要があります (「%2」は無効です)。</translation>
    </message>
    <message>
        <source>role %1 of profile &quot;%2&quot;, assumed with %3</source>
        <translation>プロファイル「%2」のロール %1 (%3 で引き受け)</translation>
    </message>
    <message>
        <source>Source profile &quot;%1&quot; has no credentials.</source>
        <translation>ソースプロファイル「%1」に認証情報がありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>プロファイル「%1」の credential_source は Environment ですが、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has credential_source = %2: not supported by Onramp, a desktop application (use Environment, or a source_profile).</source>
        <translation>プロファイル「%1」の credential_source は %2 ですが、デスクトップアプリケーションである Onramp ではサポートされていません (Environment または source_profile を使用してください)。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: credential_source &quot;%2&quot; is not one of Environment, Ec2InstanceMetadata, EcsContainer.</source>
        <translation>プロファイル「%1」: credential_source「%2」は Environment、Ec2InstanceMetadata、EcsContainer のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Engine version</source>
        <translation>エンジンバージョン</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>ストレージ (GiB)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Check --db / ONRAMP_DB and the file&apos;s permissions.</source>
        <translation>--db / ONRAMP_DB とファイルのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>Database transport</source>
        <translation>データベース接続</translation>
    </message>
    <message>
        <source>Not checked: the team database could not be opened.</source>
        <translation>確認していません: チームデータベースを開けませんでした。</translation>
    </message>
    <message>
        <source>%1 is writable, schema version %2</source>
        <translation>%1 は書き込み可能です。スキーマバージョン %2</translation>
    </message>
    <message>
        <source>Check the disk and the file&apos;s permissions; restore from a backup if it is damaged.</source>
        <translation>ディスクとファイルのアクセス許可を確認してください。ファイルが破損している場合はバックアップから復元してください。</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>ファイルのアクセス許可</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is reachable and unlocked</source>
        <translation>サービス「%1」に接続でき、ロックは解除されています</translation>
    </message>
    <message>
        <source>Endpoint override</source>
        <translation>エンドポイントの上書き</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>コンソールの ID</translation>
    </message>
    <message>
        <source>Choose an AWS profile or store access keys in Settings, or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.</source>
        <translation>[設定] で AWS プロファイルを選択するかアクセスキーを保存するか、AWS_PROFILE または AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY を設定してください。</translation>
    </message>
    <message>
        <source>AWS endpoint</source>
        <translation>AWS エンドポイント</translation>
    </message>
    <message>
        <source>Not checked without a console identity.</source>
        <translation>コンソールの ID がないため確認していません。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>%1 is reachable over %2</source>
        <translation>%1 に %2 で接続できます</translation>
    </message>
    <message>
        <source>AWS sent no Date header to compare with.</source>
        <translation>比較に使う Date ヘッダーが AWS から送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 s from AWS&apos;s clock</source>
        <translation>AWS の時計との差: %1 秒</translation>
    </message>
    <message>
        <source>Fix this computer&apos;s clock (enable NTP time synchronisation).</source>
        <translation>このコンピューターの時計を修正してください (NTP による時刻同期を有効にしてください)。</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から取得)</translation>
    </message>
    <message>
        <source>%1 (credentials from %2)</source>
        <translation>%1 (認証情報は %2 から取得)</translation>
    </message>
</context>
<context>
    <name>DiscoveryService</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 個のインスタンス</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>databases not permitted</source>
        <translation>データベースは許可されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n 個のデータベース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This AWS account is already managed by another user in this system.</source>
        <translation>この AWS アカウントは、このシステムの別のユーザーがすでに管理しています。</translation>
    </message>
    <message>
        <source>Disconnect the account you have, or ask an administrator for the standard plan.</source>
        <translation>既存のアカウントを切断するか、管理者にスタンダードプランを依頼してください。</translation>
    </message>
    <message>
        <source>Check IAM permissions</source>
        <translation>IAM のアクセス許可を確認してください</translation>
    </message>
    <message>
        <source>Check that the stack finished, the Role ARN, and that the role trusts this console with this onboarding&apos;s External ID.</source>
        <translation>スタックの作成が完了していること、ロール ARN、およびロールがこのオンボーディングの外部 ID でこのコンソールを信頼していることを確認してください。</translation>
    </message>
    <message>
        <source>Unlock or start your system keychain (Secret Service) and try again.</source>
        <translation>システムのキーチェーン (Secret Service) のロックを解除するか起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Invalid AWS credentials</source>
        <translation>AWS 認証情報が無効です</translation>
    </message>
    <message>
        <source>Check the access key id and secret access key.</source>
        <translation>アクセスキー ID とシークレットアクセスキーを確認してください。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>このコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>ネットワーク接続とプロキシの設定を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>AWS_CA_BUNDLE と、TLS を検査するプロキシがあればその設定を確認してください。</translation>
    </message>
    <message>
        <source>Set the console&apos;s own AWS credentials in Settings, or with AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>コンソール自身の AWS 認証情報を設定で指定するか、AWS_PROFILE または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY で指定してください。</translation>
    </message>
    <message>
        <source>Add the condition StringEquals sts:ExternalId to the role&apos;s trust policy (Onramp&apos;s template has it: update or recreate the stack from it), then verify again.</source>
        <translation>ロールの信頼ポリシーに条件 StringEquals sts:ExternalId を追加してから (Onramp のテンプレートには含まれています。テンプレートからスタックを更新するか再作成してください)、もう一度検証してください。</translation>
    </message>
    <message>
        <source>Create an IAM user with only the read-only permissions Onramp lists, and use its access keys.</source>
        <translation>Onramp が示す読み取り専用のアクセス許可のみを持つ IAM ユーザーを作成し、そのアクセスキーを使用してください。</translation>
    </message>
    <message>
        <source>Give the Role ARN of the stack in the organization&apos;s management account, or connect this account on its own.</source>
        <translation>組織の管理アカウントにあるスタックのロール ARN を指定するか、このアカウントを単独で接続してください。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>AWS_CA_BUNDLE %1 holds no PEM certificates.</source>
        <translation>AWS_CA_BUNDLE %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The response from %1 was cut off (%2 of %3 bytes).</source>
        <translation>%1 からの応答が途中で切れました (%3 バイト中 %2 バイト)。</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB and was refused.</source>
        <translation>応答が %1 MB を超えているため拒否しました。</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2. Check AWS_CA_BUNDLE and any TLS-inspecting proxy.</source>
        <translation>%1 への TLS 接続に失敗しました: %2。AWS_CA_BUNDLE と TLS を検査するプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot resolve %1.</source>
        <translation>%1 を名前解決できません。</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>プロキシ エラー: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>%1 との通信中にネットワーク エラーが発生しました: %2</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp cannot connect to a proxy over TLS (Qt 6.4 speaks only plain HTTP to a proxy), and using it unencrypted would expose what you meant to protect, such as the proxy&apos;s password. Use the proxy&apos;s http:// address (requests to AWS stay TLS-encrypted end to end through the proxy), or unset %2.</source>
        <translation>%1 は拒否されました: Onramp は TLS でプロキシに接続できません (Qt 6.4 はプロキシと暗号化されていない HTTP でしか通信しません)。暗号化せずに使用すると、プロキシのパスワードなど、保護しようとしていた情報が漏洩します。プロキシの http:// アドレスを使用するか (AWS へのリクエストはプロキシを経由してもエンドツーエンドで TLS 暗号化されたままです)、%2 の設定を解除してください。</translation>
    </message>
    <message>
        <source>%1 is refused: Onramp can use only http:// proxies. Use the proxy&apos;s http:// address, or unset %2.</source>
        <translation>%1 は拒否されました: Onramp で使用できるのは http:// プロキシのみです。プロキシの http:// アドレスを使用するか、%2 の設定を解除してください。</translation>
    </message>
</context>
<context>
    <name>InstanceBrowser</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>Instances — Onramp</source>
        <translation>インスタンス — Onramp</translation>
    </message>
    <message>
        <source>EC2 instances</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <source>Copy Instance &amp;ID</source>
        <translation>インスタンス ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;Private IP</source>
        <translation>プライベート IP をコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy P&amp;ublic IP</source>
        <translation>パブリック IP をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows to CSV…</source>
        <translation>表示中の行を CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>列(&amp;O)…</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>アカウントのフィルター</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>リージョンのフィルター</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>ライフサイクルのフィルター</translation>
    </message>
    <message>
        <source>Any lifecycle</source>
        <translation>すべてのライフサイクル</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>スポット</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>クラスターのフィルター</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>すべてのクラスター</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Show %1 instances</source>
        <translation>状態が「%1」のインスタンスを表示</translation>
    </message>
    <message>
        <source>Show only %1 instances (combine several; none selected shows all)</source>
        <translation>状態が「%1」のインスタンスのみを表示します (複数選択できます。何も選択しない場合はすべて表示されます)</translation>
    </message>
    <message>
        <source>Instances of %1 — Onramp</source>
        <translation>%1 のインスタンス — Onramp</translation>
    </message>
    <message>
        <source>Showing %1 of %2 instances</source>
        <translation>%2 個中 %1 個のインスタンスを表示</translation>
    </message>
    <message>
        <source>Loading stored instances… %1</source>
        <translation>保存済みのインスタンスを読み込んでいます… %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>たった今更新</translation>
    </message>
    <message>
        <source>No %1 to copy.</source>
        <translation>コピーする %1 がありません。</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>%1 %2 をコピーしました</translation>
    </message>
    <message>
        <source>Copied %1 values (%2)</source>
        <translation>%1 個の値をコピーしました (%2)</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>すべての列を表示</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>表示中の行をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>%1 秒前に更新</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>%1 分前に更新</translation>
    </message>
    <message numerus="yes">
        <source>Exporting rows: %Ln…</source>
        <translation>
            <numerusform>行をエクスポートしています: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Rows: %Ln</source>
        <translation>
            <numerusform>%1 にエクスポートしました。行数: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新しいアカウント</translation>
    </message>
    <message>
        <source>%1 — all accounts of the organization</source>
        <translation>%1 — 組織のすべてのアカウント</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance</source>
        <translation>
            <numerusform>%Ln 個のインスタンス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln 個のインスタンス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln database</source>
        <translation>
            <numerusform>%Ln 個のデータベース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln databases</source>
        <translation>
            <numerusform>%Ln 個のデータベース</numerusform>
        </translation>
    </message>
    <message>
        <source>Get the new template…</source>
        <translation>新しいテンプレートを取得…</translation>
    </message>
    <message>
        <source>Get the new template that includes databases</source>
        <translation>データベースを含む新しいテンプレートを取得</translation>
    </message>
    <message>
        <source>EC2 instances and RDS databases</source>
        <translation>EC2 インスタンスと RDS データベース</translation>
    </message>
    <message>
        <source>Search id, name, IP, engine, tags…  (Ctrl+F)</source>
        <translation>ID、名前、IP、エンジン、タグなどを検索…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search instances and databases</source>
        <translation>インスタンスとデータベースを検索</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>種類のフィルター</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>すべてのリソース</translation>
    </message>
    <message>
        <source>RDS databases</source>
        <translation>RDS データベース</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more accounts</source>
        <translation>
            <numerusform>… ほか %Ln 個のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: databases not permitted — update the stack to include databases.</source>
        <translation>%1: データベースは許可されていません — データベースを含めるようにスタックを更新してください。</translation>
    </message>
    <message>
        <source>%1: databases denied in %2 (e.g. by an SCP).</source>
        <translation>%1: %2 でデータベースが拒否されています (SCP による拒否など)。</translation>
    </message>
    <message>
        <source>To include databases, update the account&apos;s stack with the new template: CloudFormation console → the stack (%1) → Update → Replace current template, with the new template.</source>
        <translation>データベースを含めるには、アカウントのスタックを新しいテンプレートで更新してください: CloudFormation コンソール → 対象のスタック (%1) → 更新 → 現在のテンプレートの置き換え。テンプレートには新しいテンプレートを使用します。</translation>
    </message>
    <message>
        <source>For an organization&apos;s accounts, update the organization&apos;s stack in its management account with the new organization template (onrampctl org template): its StackSet updates every member&apos;s role.</source>
        <translation>組織のアカウントの場合は、組織の管理アカウントにある組織のスタックを新しい組織テンプレート (onrampctl org template) で更新してください。その StackSet によって各メンバーのロールが更新されます。</translation>
    </message>
    <message>
        <source>Where a service control policy denies RDS, only its owner in the organization can allow it.</source>
        <translation>サービスコントロールポリシーが RDS を拒否している場合、それを許可できるのは組織内のそのポリシーの所有者のみです。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 — %3</source>
        <translation>%2 件中 %1 件を表示 — %3</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>起動日時</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Tag (%1)</source>
        <translation>タグ (%1)</translation>
    </message>
    <message>
        <source>Select an instance or a database to see all its details and tags.</source>
        <translation>インスタンスまたはデータベースを選択すると、すべての詳細とタグが表示されます。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>リソース ID</translation>
    </message>
    <message>
        <source>RDS database</source>
        <translation>RDS データベース</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>DB cluster</source>
        <translation>DB クラスター</translation>
    </message>
    <message>
        <source>deleted — no longer listed by AWS, kept as history</source>
        <translation>削除済み — AWS の一覧に表示されなくなりました。履歴として保持しています</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Launch time</source>
        <translation>起動時刻</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>AWS アカウントを接続</translation>
    </message>
    <message>
        <source>new onboarding</source>
        <translation>新しいオンボーディング</translation>
    </message>
    <message>
        <source>Console identity</source>
        <translation>コンソールの ID</translation>
    </message>
    <message>
        <source>Connect your first AWS account</source>
        <translation>最初の AWS アカウントを接続しましょう</translation>
    </message>
    <message>
        <source>Onramp connects to your AWS accounts with read-only access, finds their EC2 instances in every region, and keeps the list up to date. It never changes anything in your accounts.</source>
        <translation>Onramp は読み取り専用アクセスで AWS アカウントに接続し、すべてのリージョンの EC2 インスタンスを検出して、一覧を最新の状態に保ちます。アカウント内のものを変更することはありません。</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account</source>
        <translation>AWS アカウントを接続(&amp;C)</translation>
    </message>
    <message>
        <source>Recommended: a CloudFormation stack that creates a read-only role. Access keys work too.</source>
        <translation>推奨: 読み取り専用ロールを作成する CloudFormation スタック。アクセスキーも使用できます。</translation>
    </message>
    <message>
        <source>Connected AWS accounts</source>
        <translation>接続済みの AWS アカウント</translation>
    </message>
    <message>
        <source>Discovery of %1 failed: %2</source>
        <translation>%1 の検出に失敗しました: %2</translation>
    </message>
    <message>
        <source>&amp;Connect AWS Account…</source>
        <translation>AWS アカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Res&amp;ume Onboarding…</source>
        <translation>オンボーディングを再開(&amp;U)…</translation>
    </message>
    <message>
        <source>Re-&amp;validate</source>
        <translation>再検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Discover Now</source>
        <translation>今すぐ検出(&amp;D)</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>接続解除(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Instance Browser</source>
        <translation>インスタンスブラウザー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Disconnected Accounts</source>
        <translation>切断済みのアカウントを表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Onramp</source>
        <translation>Onramp について(&amp;A)</translation>
    </message>
    <message>
        <source>About Onramp</source>
        <translation>Onramp について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;Connects AWS accounts with read-only access and shows their EC2 instances.&lt;/p&gt;&lt;p&gt;Registry: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Onramp %1&lt;/h3&gt;&lt;p&gt;読み取り専用アクセスで AWS アカウントに接続し、その EC2 インスタンスを表示します。&lt;/p&gt;&lt;p&gt;レジストリ: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>アカウント一覧を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Console identity: looking up the AWS account of %1…</source>
        <translation>コンソールの ID: %1 の AWS アカウントを確認しています…</translation>
    </message>
    <message>
        <source>Console identity: AWS account &lt;b&gt;%1&lt;/b&gt; (%2). New CloudFormation roles trust %3.</source>
        <translation>コンソールの ID: AWS アカウント &lt;b&gt;%1&lt;/b&gt; (%2)。新しい CloudFormation ロールの信頼先: %3。</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>このアカウント</translation>
    </message>
    <message>
        <source>account &lt;b&gt;%1&lt;/b&gt; (set in Settings)</source>
        <translation>アカウント &lt;b&gt;%1&lt;/b&gt; ([設定] で指定)</translation>
    </message>
    <message>
        <source>Console identity unavailable: %1</source>
        <translation>コンソールの ID を使用できません: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;設定…&lt;/a&gt; · &lt;a href=&quot;retry&quot;&gt;再試行&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>検出中</translation>
    </message>
    <message>
        <source>%1: %2 of %3 regions, %4 instances</source>
        <translation>%1: %3 リージョン中 %2、インスタンス %4 個</translation>
    </message>
    <message>
        <source>%1: listing regions</source>
        <translation>%1: リージョンを一覧表示しています</translation>
    </message>
    <message>
        <source>Discovering %1</source>
        <translation>検出中: %1</translation>
    </message>
    <message>
        <source>Re-validating %1…</source>
        <translation>%1 を再検証しています…</translation>
    </message>
    <message>
        <source>Re-validating %1 failed:</source>
        <translation>%1 の再検証に失敗しました:</translation>
    </message>
    <message>
        <source>%1 is valid; discovering its instances.</source>
        <translation>%1 は有効です。インスタンスを検出しています。</translation>
    </message>
    <message>
        <source>Discovery of %1 could not start:</source>
        <translation>%1 の検出を開始できませんでした:</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 を切断しますか?</translation>
    </message>
    <message>
        <source>Give up this CloudFormation onboarding?</source>
        <translation>この CloudFormation オンボーディングを破棄しますか?</translation>
    </message>
    <message>
        <source>Disconnect %1 (AWS account %2)?</source>
        <translation>%1 (AWS アカウント %2) を切断しますか?</translation>
    </message>
    <message>
        <source>Onramp stops discovering it and deletes its access key from the system keychain. The instances found so far stay visible as history. The key itself stays valid in AWS: deactivate it in IAM if nobody needs it.</source>
        <translation>Onramp はこのアカウントの検出を停止し、システムのキーチェーンからアクセスキーを削除します。これまでに見つかったインスタンスは履歴として引き続き表示されます。キー自体は AWS で有効なままです。不要な場合は IAM で無効にしてください。</translation>
    </message>
    <message>
        <source>Onramp stops discovering it. The instances found so far stay visible as history. The role stays in the AWS account: delete the CloudFormation stack to remove it.</source>
        <translation>Onramp はこのアカウントの検出を停止します。これまでに見つかったインスタンスは履歴として引き続き表示されます。ロールは AWS アカウントに残ります。削除するには CloudFormation スタックを削除してください。</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnecting %1 failed:</source>
        <translation>%1 の切断に失敗しました:</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 を切断しました。</translation>
    </message>
    <message numerus="yes">
        <source>Discovery of %1 finished. Instances: %Ln.</source>
        <translation>
            <numerusform>%1 の検出が完了しました。インスタンス: %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %Ln</source>
        <translation>
            <numerusform>アカウント: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instances: %Ln</source>
        <translation>
            <numerusform>インスタンス: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS endpoint override active: %1. Onramp sends its AWS requests there instead of to AWS&apos;s own endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).</source>
        <translation>AWS エンドポイントの上書きが有効です: %1。Onramp は AWS へのリクエストを AWS 本来のエンドポイントではなく、この宛先に送信します (AWS_ENDPOINT_URL、AWS_ENDPOINT_URL_STS、AWS_ENDPOINT_URL_EC2)。</translation>
    </message>
    <message>
        <source>new organization onboarding</source>
        <translation>新しい組織オンボーディング</translation>
    </message>
    <message>
        <source>Syncing %1 failed: %2</source>
        <translation>%1 の同期に失敗しました: %2</translation>
    </message>
    <message>
        <source>Lists the organization&apos;s accounts again: new accounts are connected, accounts that left are disconnected, pending ones retried.</source>
        <translation>組織のアカウントを再度一覧します。新しいアカウントは接続し、離脱したものは切断し、保留中のものは再試行します。</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>%1: %2 of %3 accounts · %4 instances</source>
        <translation>%1: %3 アカウント中 %2 · %4 インスタンス</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>同期中: %1</translation>
    </message>
    <message>
        <source>Syncing %1 failed:</source>
        <translation>%1 の同期に失敗しました:</translation>
    </message>
    <message numerus="yes">
        <source>%1 synced: %Ln accounts listed.</source>
        <translation>
            <numerusform>%1 を同期しました: %Ln アカウントを一覧しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give up this organization onboarding?</source>
        <translation>この組織オンボーディングを破棄しますか？</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its 1 account?</source>
        <translation>組織 %1 とその 1 アカウントを切断しますか？</translation>
    </message>
    <message>
        <source>Disconnect the organization %1 and its %2 accounts?</source>
        <translation>組織 %1 とその %2 アカウントを切断しますか？</translation>
    </message>
    <message>
        <source>Onramp stops discovering every account of the organization and stops syncing it. The instances found so far stay visible as history. The roles stay in the AWS accounts: delete the stack in the management account (and its StackSet) to remove them.</source>
        <translation>Onramp は組織のすべてのアカウントの検出と同期を停止します。これまでに見つかったインスタンスは履歴として表示されたままです。ロールは AWS アカウントに残ります。削除するには管理アカウントのスタック（とその StackSet）を削除してください。</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>OnboardingService</name>
    <message>
        <source>AWS account %1 is already connected to a different user.</source>
        <translation>AWS アカウント %1 は、すでに別のユーザーに接続されています。</translation>
    </message>
    <message>
        <source>No account record %1 for user %2.</source>
        <translation>ユーザー %2 のアカウントのレコード %1 がありません。</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and %1 already has one (%2).</source>
        <translation>トライアルプランで接続できる AWS アカウントは 1 つまでですが、%1 にはすでに接続済みのアカウントがあります (%2)。</translation>
    </message>
    <message>
        <source>pending CloudFormation onboarding</source>
        <translation>保留中の CloudFormation オンボーディング</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys; it has no template.</source>
        <translation>レコード %1 はアクセスキーで接続するため、テンプレートはありません。</translation>
    </message>
    <message>
        <source>Record %1 connects with access keys, not a role.</source>
        <translation>レコード %1 はロールではなくアクセスキーで接続します。</translation>
    </message>
    <message>
        <source>Record %1 is disconnected; start a new onboarding.</source>
        <translation>レコード %1 は切断されています。新しいオンボーディングを開始してください。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Waiting for the stack… (%1 s)</source>
        <translation>スタックを待機しています… (%1 秒)</translation>
    </message>
    <message>
        <source>Onramp&apos;s own AWS identity is not allowed to call sts:AssumeRole (%1). Grant it sts:AssumeRole on %2.</source>
        <translation>Onramp 自身の AWS ID には sts:AssumeRole を呼び出す権限がありません (%1)。%2 に対する sts:AssumeRole を付与してください。</translation>
    </message>
    <message>
        <source>AWS refused to let Onramp assume %1. Either the role&apos;s trust policy requires a different External ID than this onboarding&apos;s (%2) — the stack was made from another onboarding&apos;s template — or the role does not exist yet or does not trust Onramp&apos;s account (is the stack complete?).</source>
        <translation>AWS は Onramp による %1 の引き受けを拒否しました。ロールの信頼ポリシーがこのオンボーディングの外部 ID (%2) とは異なる外部 ID を要求している (スタックが別のオンボーディングのテンプレートから作成された) か、ロールがまだ存在しないか Onramp のアカウントを信頼していない (スタックの作成は完了していますか?) かのいずれかです。</translation>
    </message>
    <message>
        <source>The assumed role belongs to account %1, not %2.</source>
        <translation>引き受けたロールはアカウント %2 ではなく %1 のものです。</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>アクセス許可を確認しています…</translation>
    </message>
    <message>
        <source>The role is missing permissions: %1.</source>
        <translation>ロールに次のアクセス許可がありません: %1。</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>The access key id must be AKIA or ASIA followed by 16 upper-case letters or digits.</source>
        <translation>アクセスキー ID は、AKIA または ASIA の後に英大文字または数字が 16 文字続く形式である必要があります。</translation>
    </message>
    <message>
        <source>The secret access key must be 40 characters: letters, digits, &apos;/&apos;, &apos;+&apos; or &apos;=&apos;.</source>
        <translation>シークレットアクセスキーは、英字、数字、&apos;/&apos;、&apos;+&apos;、&apos;=&apos; からなる 40 文字である必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name.</source>
        <translation>「%1」は AWS リージョン名ではありません。</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>シークレットをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>access key %1 of %2</source>
        <translation>%2 のアクセスキー %1</translation>
    </message>
    <message>
        <source>The keychain entry of account %1 is damaged; connect it again.</source>
        <translation>アカウント %1 のキーチェーンエントリが破損しています。もう一度接続してください。</translation>
    </message>
    <message>
        <source>Record %1 is %2; only connected accounts can be discovered.</source>
        <translation>レコード %1 のステータスは %2 です。検出できるのは接続済みのアカウントのみです。</translation>
    </message>
    <message>
        <source>These keys now belong to account %1, not %2.</source>
        <translation>これらのキーは現在、アカウント %2 ではなく %1 のものです。</translation>
    </message>
    <message>
        <source>keychain entry deleted</source>
        <translation>キーチェーンエントリを削除しました</translation>
    </message>
    <message>
        <source>The secret access key of account %1 is not in the system keychain; connect the access keys again, or disconnect the account.</source>
        <translation>アカウント %1 のシークレットアクセスキーがシステムのキーチェーンにありません。アクセスキーを接続し直すか、アカウントの接続を解除してください。</translation>
    </message>
    <message>
        <source>interrupted connect resumed</source>
        <translation>中断された接続を再開しました</translation>
    </message>
    <message>
        <source>Disconnect not finished; disconnect the account again.</source>
        <translation>接続解除が完了していません。もう一度アカウントの接続を解除してください。</translation>
    </message>
    <message>
        <source>Checking that the role requires the External ID…</source>
        <translation>ロールが外部 ID を必須としているか確認しています…</translation>
    </message>
    <message>
        <source>The role %1 can be assumed without an External ID, so any customer of this console&apos;s AWS account could use Onramp to read this account (confused deputy). Add the condition &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} to the role&apos;s trust policy; the role is not connected until then.</source>
        <translation>ロール %1 は外部 ID なしで引き受けることができるため、このコンソールの AWS アカウントを利用するどの顧客でも、Onramp を使ってこのアカウントを読み取れてしまいます (「混乱した代理」問題)。ロールの信頼ポリシーに条件 &quot;StringEquals&quot;: {&quot;sts:ExternalId&quot;: &quot;%2&quot;} を追加してください。追加するまで、ロールは接続されません。</translation>
    </message>
    <message>
        <source>Could not check that the role requires the External ID: %1</source>
        <translation>ロールが外部 ID を必須としているか確認できませんでした: %1</translation>
    </message>
    <message>
        <source>These are the root user&apos;s access keys of AWS account %1. Onramp does not accept root credentials: they cannot be limited to read-only. Create an IAM user that may only call %2, use its keys, and delete the root user&apos;s access keys.</source>
        <translation>これは AWS アカウント %1 のルートユーザーのアクセスキーです。ルートの認証情報は読み取り専用に制限できないため、Onramp では使用できません。%2 のみを呼び出せる IAM ユーザーを作成してそのキーを使用し、ルートユーザーのアクセスキーは削除してください。</translation>
    </message>
    <message>
        <source>Record %1 is an AWS Organization: verify it with &quot;org verify&quot; and refresh it with &quot;org sync&quot;.</source>
        <translation>レコード %1 は AWS 組織です。&quot;org verify&quot; で検証し、&quot;org sync&quot; で更新してください。</translation>
    </message>
    <message numerus="yes">
        <source>The trial plan allows one connected AWS account, and this organization has %n accounts to connect.</source>
        <translation>
            <numerusform>試用プランで接続できる AWS アカウントは 1 つですが、この組織には接続するアカウントが %n あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>pending AWS Organization onboarding</source>
        <translation>保留中の AWS 組織オンボーディング</translation>
    </message>
    <message>
        <source>role %1; databases not permitted (rds:DescribeDBInstances)</source>
        <translation>ロール %1。データベースは許可されていません (rds:DescribeDBInstances)</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>&lt;b&gt;Pro:&lt;/b&gt; one stack in the management account connects every account of the organization, and accounts that join later.&lt;br&gt;&lt;b&gt;Con:&lt;/b&gt; needs someone allowed to create stacks in the management account, and trusted access for CloudFormation StackSets in AWS Organizations.</source>
        <translation>&lt;b&gt;長所:&lt;/b&gt; 管理アカウントの 1 つのスタックで、組織のすべてのアカウント（後から参加するものも）を接続できます。&lt;br&gt;&lt;b&gt;短所:&lt;/b&gt; 管理アカウントでスタックを作成できる人と、AWS Organizations での CloudFormation StackSets の信頼されたアクセスが必要です。</translation>
    </message>
    <message>
        <source>1. Create the stack in the organization&apos;s management account</source>
        <translation>1. 組織の管理アカウントでスタックを作成する</translation>
    </message>
    <message>
        <source>In the AWS Organizations console of the management account, copy the root id (&lt;tt&gt;r-…&lt;/tt&gt;) or the OU ids whose accounts Onramp should read, and enter them below.</source>
        <translation>管理アカウントの AWS Organizations コンソールで、Onramp に読み取らせるルート ID（&lt;tt&gt;r-…&lt;/tt&gt;）または OU の ID をコピーし、下に入力します。</translation>
    </message>
    <message>
        <source>Make sure trusted access for &lt;i&gt;CloudFormation StackSets&lt;/i&gt; is enabled (Organizations, Services).</source>
        <translation>&lt;i&gt;CloudFormation StackSets&lt;/i&gt; の信頼されたアクセスが有効になっていることを確認します（Organizations、サービス）。</translation>
    </message>
    <message>
        <source>Create a stack with this template in the management account: upload the file from &lt;i&gt;Save as…&lt;/i&gt;, use &lt;i&gt;Open quick-create&lt;/i&gt;, or run the AWS CLI command.</source>
        <translation>管理アカウントでこのテンプレートからスタックを作成します。&lt;i&gt;名前を付けて保存…&lt;/i&gt; のファイルをアップロードするか、&lt;i&gt;クイック作成を開く&lt;/i&gt; を使うか、AWS CLI コマンドを実行します。</translation>
    </message>
    <message>
        <source>When the stack shows CREATE_COMPLETE, copy &lt;b&gt;RoleArn&lt;/b&gt; from its Outputs tab and paste it below. The StackSet creates the same role in every member account.</source>
        <translation>スタックが CREATE_COMPLETE になったら、出力タブの &lt;b&gt;RoleArn&lt;/b&gt; をコピーして下に貼り付けます。StackSet は各メンバーアカウントに同じロールを作成します。</translation>
    </message>
    <message>
        <source>r-ab12 (the root) or ou-ab12-11111111 …</source>
        <translation>r-ab12（ルート）または ou-ab12-11111111 …</translation>
    </message>
    <message>
        <source>Target OUs: the root id or OU ids whose accounts get the role</source>
        <translation>対象 OU: ロールを受け取るアカウントのルート ID または OU ID</translation>
    </message>
    <message>
        <source>&amp;Target OUs:</source>
        <translation>対象 OU(&amp;T):</translation>
    </message>
    <message>
        <source>2. Tell Onramp the management account&apos;s role</source>
        <translation>2. 管理アカウントのロールを Onramp に伝える</translation>
    </message>
    <message>
        <source>e.g. Acme organization</source>
        <translation>例: Acme 組織</translation>
    </message>
    <message>
        <source>Organization name (optional)</source>
        <translation>組織名（任意）</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>名前 (省略可)(&amp;N):</translation>
    </message>
    <message>
        <source>Management account&apos;s Role ARN or AWS account id</source>
        <translation>管理アカウントのロール ARN または AWS アカウント ID</translation>
    </message>
    <message>
        <source>Verify the management role and connect the organization</source>
        <translation>管理ロールを検証して組織を接続</translation>
    </message>
    <message>
        <source>Management &amp;role ARN:</source>
        <translation>管理ロール ARN(&amp;R):</translation>
    </message>
    <message>
        <source>optional: 123456789012, 210987654321</source>
        <translation>任意: 123456789012, 210987654321</translation>
    </message>
    <message>
        <source>AWS accounts never to connect (optional)</source>
        <translation>接続しない AWS アカウント（任意）</translation>
    </message>
    <message>
        <source>Exclude &amp;accounts:</source>
        <translation>除外するアカウント(&amp;A):</translation>
    </message>
    <message>
        <source>optional: ou-ab12-11111111</source>
        <translation>任意: ou-ab12-11111111</translation>
    </message>
    <message>
        <source>Organizational units whose accounts are never connected (optional)</source>
        <translation>配下のアカウントを接続しない組織単位（任意）</translation>
    </message>
    <message>
        <source>Exclude &amp;OUs:</source>
        <translation>除外する OU(&amp;O):</translation>
    </message>
    <message>
        <source>Exclusions check</source>
        <translation>除外の確認</translation>
    </message>
    <message>
        <source>Preparing a new organization onboarding…</source>
        <translation>新しい組織オンボーディングを準備しています…</translation>
    </message>
    <message>
        <source>The template needs the organization&apos;s root id (r-…): find it in the AWS Organizations console of the management account, under AWS accounts (Root). OU ids (ou-…) limit the roles to those OUs.</source>
        <translation>テンプレートには組織のルート ID（r-…）が必要です。管理アカウントの AWS Organizations コンソールの「AWS アカウント」（Root）で確認できます。OU ID（ou-…）を指定するとロールはその OU に限られます。</translation>
    </message>
    <message>
        <source>Not a root id (r-…) nor an OU id (ou-…-…): %1</source>
        <translation>ルート ID（r-…）でも OU ID（ou-…-…）でもありません: %1</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath %1.</source>
        <translation>✓ メンバーロールは %1 配下のすべてのアカウントに作成されます。</translation>
    </message>
    <message>
        <source>✓ The member roles go to every account beneath these %1 ids.</source>
        <translation>✓ メンバーロールはこれら %1 個の ID 配下のすべてのアカウントに作成されます。</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1&lt;br&gt;Set a trusted account in Settings, or fix the console identity and &lt;a href=&quot;retry&quot;&gt;try again&lt;/a&gt;.</source>
        <translation>テンプレートには、ロールの引き受けを許可する AWS アカウント (このコンソールが実行されているアカウント) を指定しますが、Onramp はそれを特定できませんでした: %1&lt;br&gt;[設定] で信頼するアカウントを設定するか、コンソールの ID を修正して&lt;a href=&quot;retry&quot;&gt;もう一度お試しください&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>このコンソールが実行されている AWS アカウントを確認しています…</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s root id (r-…) above: the template needs it to place the member roles.</source>
        <translation>上に組織のルート ID（r-…）を入力してください。テンプレートがメンバーロールの配置に使います。</translation>
    </message>
    <message>
        <source>Every role trusts AWS account %1 and only with this onboarding&apos;s External ID &lt;tt&gt;%2&lt;/tt&gt;. Region of the stack: %3.</source>
        <translation>各ロールは AWS アカウント %1 を、このオンボーディングの外部 ID &lt;tt&gt;%2&lt;/tt&gt; 付きの場合のみ信頼します。スタックのリージョン: %3。</translation>
    </message>
    <message>
        <source>Paste the stack&apos;s RoleArn output, or just the 12-digit id of the management account.</source>
        <translation>スタックの出力 RoleArn、または管理アカウントの 12 桁の ID だけを貼り付けてください。</translation>
    </message>
    <message>
        <source>✓ Management account %1 — the role %2 that the template creates there.</source>
        <translation>✓ 管理アカウント %1 — テンプレートがそこに作成するロール %2。</translation>
    </message>
    <message>
        <source>✓ Management account %1, role %2</source>
        <translation>✓ 管理アカウント %1、ロール %2</translation>
    </message>
    <message>
        <source>Not a 12-digit AWS account id: %1</source>
        <translation>12 桁の AWS アカウント ID ではありません: %1</translation>
    </message>
    <message>
        <source>Not an OU id (ou-…-…) nor a root id (r-…): %1</source>
        <translation>OU ID（ou-…-…）でもルート ID（r-…）でもありません: %1</translation>
    </message>
    <message>
        <source>Every active account of the organization is connected.</source>
        <translation>組織のすべての有効なアカウントを接続します。</translation>
    </message>
    <message>
        <source>✓ Left out, never contacted: %1 accounts and the accounts beneath %2 OUs.</source>
        <translation>✓ 除外（一切接続しない）: %1 アカウントと %2 個の OU 配下のアカウント。</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Record %1 is a single AWS account, not an organization.</source>
        <translation>レコード %1 は単一の AWS アカウントで、組織ではありません。</translation>
    </message>
    <message>
        <source>Organization %1 is disconnected; start a new onboarding.</source>
        <translation>組織 %1 は切断されています。新しいオンボーディングを開始してください。</translation>
    </message>
    <message>
        <source>Organization %1 has not been verified yet: run &quot;org verify&quot; with the management account&apos;s Role ARN first.</source>
        <translation>組織 %1 はまだ検証されていません。先に管理アカウントのロール ARN で &quot;org verify&quot; を実行してください。</translation>
    </message>
    <message>
        <source>--exclude-account takes a 12-digit AWS account id, not &quot;%1&quot;.</source>
        <translation>--exclude-account には 12 桁の AWS アカウント ID を指定します（&quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <source>--exclude-ou takes an organizational unit id (ou-…) or a root id (r-…), not &quot;%1&quot;.</source>
        <translation>--exclude-ou には組織単位 ID（ou-…）またはルート ID（r-…）を指定します（&quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <source>Verifying the management account&apos;s role…</source>
        <translation>管理アカウントのロールを検証しています…</translation>
    </message>
    <message>
        <source>The management account %1 is already connected on its own (record %2): disconnect that record, then verify the organization.</source>
        <translation>管理アカウント %1 はすでに単独で接続されています（レコード %2）。そのレコードを切断してから組織を検証してください。</translation>
    </message>
    <message>
        <source>management account</source>
        <translation>管理アカウント</translation>
    </message>
    <message>
        <source>The management account %1 of organization %2 is not connected: run &quot;org verify&quot; with its Role ARN.</source>
        <translation>組織 %2 の管理アカウント %1 は接続されていません。そのロール ARN で &quot;org verify&quot; を実行してください。</translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>組織を読み取っています…</translation>
    </message>
    <message>
        <source>AWS account %1 is not in an AWS Organization. Connect it as a single account instead.</source>
        <translation>AWS アカウント %1 は AWS 組織に属していません。単一アカウントとして接続してください。</translation>
    </message>
    <message>
        <source>The management role may not read the organization (%1): it needs %2. Create the stack from the organization template.</source>
        <translation>管理ロールは組織を読み取れません（%1）。%2 が必要です。組織用テンプレートからスタックを作成してください。</translation>
    </message>
    <message>
        <source>AWS account %1 is a member of organization %2, whose management account is %3: give the Role ARN of the stack in the management account.</source>
        <translation>AWS アカウント %1 は組織 %2 のメンバーで、その管理アカウントは %3 です。管理アカウントにあるスタックのロール ARN を指定してください。</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s accounts…</source>
        <translation>組織のアカウントを一覧しています…</translation>
    </message>
    <message>
        <source>The management role may not list the organization&apos;s accounts (%1): it needs %2.</source>
        <translation>管理ロールは組織のアカウントを一覧できません（%1）。%2 が必要です。</translation>
    </message>
    <message>
        <source>Could not list the accounts of the excluded OUs: %1</source>
        <translation>除外した OU のアカウントを一覧できませんでした: %1</translation>
    </message>
    <message>
        <source>management role %1 of organization %2</source>
        <translation>組織 %2 の管理ロール %1</translation>
    </message>
    <message>
        <source>left the organization</source>
        <translation>組織から離脱しました</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外されました</translation>
    </message>
    <message>
        <source>closed in AWS</source>
        <translation>AWS で閉鎖されました</translation>
    </message>
    <message>
        <source>Disconnected: %1; its instances are kept as history.</source>
        <translation>切断: %1。インスタンスは履歴として残ります。</translation>
    </message>
    <message>
        <source>AWS account %1 %2</source>
        <translation>AWS アカウント %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connecting %n account(s)…</source>
        <translation>
            <numerusform>%n アカウントを接続しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already connected on its own (record %1).</source>
        <translation>すでに単独で接続されています（レコード %1）。</translation>
    </message>
    <message>
        <source>The role %1 cannot be assumed yet: the organization&apos;s StackSet may still be creating it in this account (or the account is outside its target OUs). Retried on every sync.</source>
        <translation>ロール %1 はまだ引き受けられません。組織の StackSet がこのアカウントでまだ作成中か、アカウントが対象 OU の外にあります。同期のたびに再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) pending</source>
        <translation>
            <numerusform>%n アカウントが保留中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (connected to a different user)</source>
        <translation>
            <numerusform>%n 件拒否（別のユーザーに接続済み）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 account(s) listed, %3 active%4</source>
        <translation>%1: %2 アカウントを一覧、%3 件有効%4</translation>
    </message>
    <message>
        <source>Organization %1 is not verified yet, so Onramp cannot look up its root: give the root id (r-…, on the AWS Organizations console&apos;s &quot;AWS accounts&quot; page) or the OUs the roles should go to.</source>
        <translation>組織 %1 はまだ検証されていないため、Onramp はルートを調べられません。ルート ID（r-…、AWS Organizations コンソールの「AWS アカウント」ページ）またはロールを置く OU を指定してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationsClient</name>
    <message>
        <source>has %1 items where at most %2 were asked for</source>
        <translation>要求した最大 %2 件に対して %1 件あります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…), organizational unit (ou-…-…) or account id (12 digits).</source>
        <translation>&quot;%1&quot; は組織のルート（r-…）、組織単位（ou-…-…）、アカウント ID（12 桁）のいずれでもありません。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>ListChildren: asked for organizational units, the response listed %1 (%2).</source>
        <translation>ListChildren: 組織単位を要求しましたが、応答には %1（%2）がありました。</translation>
    </message>
    <message>
        <source>More than %1 organizational units beneath the given parents; stopped (AWS allows at most %1 in an organization).</source>
        <translation>指定した親の配下に %1 を超える組織単位があるため中止しました（AWS では 1 つの組織に最大 %1 個までです）。</translation>
    </message>
</context>
<context>
    <name>PageChain</name>
    <message>
        <source>%1 in %2: page %3 came with a continuation token of %4 characters; stopped (a real one is a few hundred).</source>
        <translation>%2 の %1: ページ %3 に %4 文字の継続トークンが含まれていたため、停止しました (実際のトークンは数百文字です)。</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 sent a continuation token that leads back to an earlier page; stopped instead of listing for ever.</source>
        <translation>%2 の %1: ページ %3 が以前のページに戻る継続トークンを返したため、際限なく一覧取得を続けずに停止しました。</translation>
    </message>
    <message>
        <source>%1 in %2: still more pages after %3; stopped at the limit of %3 pages per region.</source>
        <translation>%2 の %1: %3 ページを超えてもまだページがあります。リージョンあたり %3 ページの上限で停止しました。</translation>
    </message>
    <message>
        <source>%1 in %2: page %3 names two different continuation tokens; stopped (the response is malformed).</source>
        <translation>%2 の %1: ページ %3 が異なる 2 つの継続トークンを示しています。停止しました (応答の形式が正しくありません)。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>only you can read the registry files</source>
        <translation>レジストリのファイルを読み取れるのは所有者のみです</translation>
    </message>
    <message>
        <source>other users of this computer can read External IDs, role ARNs, the inventory and the audit log: %1</source>
        <translation>このコンピューターの他のユーザーが外部 ID、ロール ARN、インベントリ、監査ログを読み取れます: %1</translation>
    </message>
    <message>
        <source>run: chmod go= %1</source>
        <translation>次を実行してください: chmod go= %1</translation>
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
        <translation>プロファイル「%1」の credential_process</translation>
    </message>
    <message>
        <source>credential_process is longer than %1 characters.</source>
        <translation>credential_process が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>credential_process has an unterminated quote: %1</source>
        <translation>credential_process に閉じられていない引用符があります: %1</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process が空です。</translation>
    </message>
    <message>
        <source>credential_process printed no valid credentials: %1</source>
        <translation>credential_process が有効な認証情報を出力しませんでした: %1</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be 1</source>
        <translation>「Version」は 1 である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>「%1」がないか、文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>「%1」が文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;Expiration&quot; is not an ISO 8601 time with a time zone: %1</source>
        <translation>「Expiration」がタイムゾーン付きの ISO 8601 時刻ではありません: %1</translation>
    </message>
    <message>
        <source>Its error output: %1</source>
        <translation>エラー出力: %1</translation>
    </message>
    <message>
        <source>credential_process (%1) returned credentials that expired at %2.</source>
        <translation>credential_process (%1) が返した認証情報は %2 に有効期限が切れています。</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process が %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>credential_process (%1) did not finish within %2 s and was stopped.</source>
        <translation>credential_process (%1) が %2 秒以内に終了しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>credential_process (%1) printed more than %2 bytes and was stopped.</source>
        <translation>credential_process (%1) が %2 バイトを超えて出力したため、停止しました。</translation>
    </message>
    <message>
        <source>credential_process (%1) crashed.</source>
        <translation>credential_process (%1) がクラッシュしました。</translation>
    </message>
    <message>
        <source>credential_process (%1) failed with exit code %2.</source>
        <translation>credential_process (%1) が終了コード %2 で失敗しました。</translation>
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
        <translation>システムのキーチェーンを使用できません</translation>
    </message>
    <message>
        <source>Accounts connected with access keys cannot be connected or refreshed until it is. CloudFormation accounts are not affected.</source>
        <translation>使用できるようになるまで、アクセスキーで接続したアカウントの接続や更新はできません。CloudFormation のアカウントには影響ありません。</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; team mode needs it (Debian: libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバー (QPSQL) がインストールされていません。チームモードにはこのドライバーが必要です (Debian: libqt6sql6-psql)。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>チームデータベース %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません (Debian: libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (Onramp needs to write the file and its folder). Check the permissions or choose another file with --db.</source>
        <translation>レジストリデータベース %1 は読み取り専用です (Onramp はファイルとそのフォルダーに書き込む必要があります)。アクセス許可を確認するか、--db で別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>%1 のオープン</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 の読み取り</translation>
    </message>
    <message>
        <source>enabling WAL on %1</source>
        <translation>%1 での WAL の有効化</translation>
    </message>
    <message>
        <source>The registry database %1 cannot switch to WAL mode (journal mode stays &quot;%2&quot;); it is probably on a read-only or network file system.</source>
        <translation>レジストリデータベース %1 を WAL モードに切り替えられません (ジャーナルモードは「%2」のままです)。読み取り専用またはネットワーク上のファイルシステムにある可能性があります。</translation>
    </message>
    <message>
        <source>configuring %1</source>
        <translation>%1 の構成</translation>
    </message>
    <message>
        <source>asking the server who we are</source>
        <translation>サーバーへの自身の ID の問い合わせ</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>スキーマバージョンの読み取り</translation>
    </message>
    <message>
        <source>inspecting %1</source>
        <translation>%1 の検査</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Onramp registry. Choose another file with --db.</source>
        <translation>%1 は SQLite データベースですが、Onramp のレジストリではありません。--db で別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>移行のためのスキーマのロック</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>スキーマのバージョン %1 へのアップグレード</translation>
    </message>
    <message>
        <source>The team database is at schema %1 and needs version %2, which only its administrator can install: an administrator role must open it first. (%3)</source>
        <translation>チームデータベースのスキーマは %1 ですが、バージョン %2 が必要です。これをインストールできるのは管理者のみのため、先に管理者ロールでデータベースを開く必要があります。(%3)</translation>
    </message>
    <message>
        <source>Cannot upgrade the registry database %1 to schema %2 (%3): %4</source>
        <translation>レジストリデータベース %1 をスキーマ %2 にアップグレードできません (%3): %4</translation>
    </message>
    <message>
        <source>The database was created by a newer Onramp (schema %1, this build knows %2).</source>
        <translation>データベースは新しいバージョンの Onramp で作成されています (スキーマ %1、このビルドが対応しているのは %2 まで)。</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>クエリの準備</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>データベースエラー (%1 中): %2</translation>
    </message>
    <message>
        <source>This AWS account is already connected in Onramp.</source>
        <translation>この AWS アカウントは Onramp にすでに接続されています。</translation>
    </message>
    <message>
        <source>The account does not exist (or belongs to another user).</source>
        <translation>アカウントが存在しません (または別のユーザーのアカウントです)。</translation>
    </message>
    <message>
        <source>The team database refused this (%1): %2</source>
        <translation>チームデータベースがこの操作を拒否しました (%1): %2</translation>
    </message>
    <message>
        <source>The team database was busy while %1; try again.</source>
        <translation>チームデータベースがビジー状態でした (%1 中)。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Lost the connection to the team database while %1: %2</source>
        <translation>チームデータベースへの接続が切断されました (%1 中): %2</translation>
    </message>
    <message>
        <source>The registry database %1 is locked by another Onramp process (waited %2 ms while %3). Try again when it has finished.</source>
        <translation>レジストリデータベース %1 は別の Onramp プロセスによってロックされています (%3 中に %2 ミリ秒待機しました)。そのプロセスが終了してから再試行してください。</translation>
    </message>
    <message>
        <source>The registry database %1 is damaged or is not a database (%2). Restore it from a backup, or move it away and Onramp will create a new one.</source>
        <translation>レジストリデータベース %1 が破損しているか、データベースではありません (%2)。バックアップから復元するか、別の場所に移動してください。移動すると Onramp が新しいデータベースを作成します。</translation>
    </message>
    <message>
        <source>The registry database %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation>レジストリデータベース %1 は読み取り専用です (%2)。ファイルのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>%1 があるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Cannot open the registry database %1 (%2).</source>
        <translation>レジストリデータベース %1 を開けません (%2)。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>アカウントが存在しません。</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>ユーザー名が空です。</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>ユーザー %1 の追加</translation>
    </message>
    <message>
        <source>User %1 could not be created.</source>
        <translation>ユーザー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>changing the plan of %1</source>
        <translation>%1 のプランの変更</translation>
    </message>
    <message>
        <source>Only the team database&apos;s administrator can change plans.</source>
        <translation>プランを変更できるのはチームデータベースの管理者のみです。</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>%1 という名前のユーザーはいません。</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>ユーザーの一覧取得</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>ユーザー %1 の読み取り</translation>
    </message>
    <message>
        <source>The account is disconnected; connect it again to create a new record.</source>
        <translation>アカウントは切断されています。新しいレコードを作成するには、もう一度接続してください。</translation>
    </message>
    <message>
        <source>An account cannot go from %1 to %2.</source>
        <translation>アカウントを %1 から %2 に変更することはできません。</translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation>アカウント %1 の読み取り</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>アカウント %1 はありません。</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>アカウントの一覧取得</translation>
    </message>
    <message>
        <source>looking up AWS account %1</source>
        <translation>AWS アカウント %1 の検索</translation>
    </message>
    <message>
        <source>counting the accounts of %1</source>
        <translation>%1 のアカウント数の集計</translation>
    </message>
    <message>
        <source>storing account %1</source>
        <translation>アカウント %1 の保存</translation>
    </message>
    <message>
        <source>AWS account %1 is already connected in Onramp.</source>
        <translation>AWS アカウント %1 は Onramp にすでに接続されています。</translation>
    </message>
    <message>
        <source>A new account cannot start as %1.</source>
        <translation>新しいアカウントをステータス %1 で開始することはできません。</translation>
    </message>
    <message>
        <source>An account needs an owner and no console user is set.</source>
        <translation>アカウントには所有者が必要ですが、コンソールのユーザーが設定されていません。</translation>
    </message>
    <message>
        <source>storing the instances of account %1 in %2</source>
        <translation>アカウント %1 の %2 のインスタンスの保存</translation>
    </message>
    <message>
        <source>removing the instances gone from account %1 in %2</source>
        <translation>アカウント %1 の %2 からなくなったインスタンスの削除</translation>
    </message>
    <message>
        <source>storing instance health of account %1</source>
        <translation>アカウント %1 のインスタンスのヘルスの保存</translation>
    </message>
    <message>
        <source>reading the instances of account %1</source>
        <translation>アカウント %1 のインスタンスの読み取り</translation>
    </message>
    <message>
        <source>counting the instances of account %1</source>
        <translation>アカウント %1 のインスタンス数の集計</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>監査ログの書き込み</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>監査ログの読み取り</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>チームデータベースのチェック</translation>
    </message>
    <message>
        <source>checking the integrity of %1</source>
        <translation>%1 の整合性チェック</translation>
    </message>
    <message>
        <source>checking the foreign keys of %1</source>
        <translation>%1 の外部キーのチェック</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing %3 row</source>
        <translation>%2 の行 %1 が、存在しない %3 の行を参照しています</translation>
    </message>
    <message>
        <source>The registry database %1 failed its integrity check: %2</source>
        <translation>レジストリデータベース %1 の整合性チェックに失敗しました: %2</translation>
    </message>
    <message>
        <source>removing account %1</source>
        <translation>アカウント %1 の削除</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL; expected postgresql://ROLE@HOST:PORT/DATABASE (the password comes from PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>有効な PostgreSQL URL ではありません。postgresql://ROLE@HOST:PORT/DATABASE の形式で指定してください (パスワードは PGPASSFILE、~/.pgpass、または PGPASSWORD から取得されます)。</translation>
    </message>
    <message>
        <source>the PGSERVICE service</source>
        <translation>PGSERVICE のサービス</translation>
    </message>
    <message>
        <source>the database URL</source>
        <translation>データベース URL</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; (from %2) is not one of %3.</source>
        <translation>sslmode「%1」(%2 で指定) は %3 のいずれでもありません。</translation>
    </message>
    <message>
        <source>Refusing sslmode=%1 (from %2) for the team database on %3: a server that is not on this computer is reached only with sslmode=verify-full, which encrypts the connection and checks the server&apos;s certificate and host name. Remove sslmode=%1 (verify-full is the default) and give the certificate authority that signed the server&apos;s certificate with ?sslrootcert=FILE or in ~/.postgresql/root.crt.</source>
        <translation>%3 のチームデータベースに対する sslmode=%1 (%2 で指定) は拒否されました: このコンピューター上にないサーバーには sslmode=verify-full でのみ接続します。verify-full は接続を暗号化し、サーバーの証明書とホスト名を検証します。sslmode=%1 を削除し (verify-full が既定値です)、サーバーの証明書に署名した認証局を ?sslrootcert=FILE または ~/.postgresql/root.crt で指定してください。</translation>
    </message>
    <message>
        <source>The %1 of the database URL must not contain &apos;;&apos;.</source>
        <translation>データベース URL の %1 に &apos;;&apos; を含めることはできません。</translation>
    </message>
    <message>
        <source>encryption unknown</source>
        <translation>暗号化は不明</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>暗号化済み (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>TLS verify-full, %1</source>
        <translation>TLS verify-full、%1</translation>
    </message>
    <message>
        <source>Unix socket (local), %1</source>
        <translation>Unix ソケット (ローカル)、%1</translation>
    </message>
    <message>
        <source>loopback, sslmode=%1, %2</source>
        <translation>ループバック、sslmode=%1、%2</translation>
    </message>
    <message>
        <source>The database URL given with --db contains a password, which other users of this computer can read (ps, /proc) and your shell history keeps. Remove it from --db and give the password another way: the whole URL in the ONRAMP_DB environment variable, a password file (PGPASSFILE or ~/.pgpass), or PGPASSWORD.</source>
        <translation>--db で指定したデータベース URL にパスワードが含まれています。このパスワードはこのコンピューターの他のユーザーが読み取ることができ (ps、/proc)、シェルの履歴にも残ります。--db からパスワードを削除し、別の方法で指定してください: 環境変数 ONRAMP_DB に URL 全体を指定する、パスワードファイル (PGPASSFILE または ~/.pgpass) を使用する、または PGPASSWORD を使用する。</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the server&apos;s certificate must be signed by a certificate authority in ~/.postgresql/root.crt (or ?sslrootcert=FILE) and name the host as written in the URL.</source>
        <translation>sslmode=verify-full では、サーバーの証明書が ~/.postgresql/root.crt (または ?sslrootcert=FILE) にある認証局によって署名され、URL に記載されたとおりのホスト名を含んでいる必要があります。</translation>
    </message>
    <message>
        <source>The team database refused a status change while %1 (%2).</source>
        <translation>チームデータベースがステータスの変更を拒否しました (%1 中): %2</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s id, owner and creation time never change.</source>
        <translation>チームデータベースが変更を拒否しました (%1 中)。アカウントの ID、所有者、作成日時が変わることはありません。</translation>
    </message>
    <message>
        <source>The team database refused the change while %1: an account&apos;s AWS account id cannot change once it is connected, and a disconnected account does not change. Connect the other AWS account as a new account.</source>
        <translation>チームデータベースが変更を拒否しました (%1 中)。アカウントの AWS アカウント ID は接続後に変更できず、切断されたアカウントも変更されません。別の AWS アカウントは新しいアカウントとして接続してください。</translation>
    </message>
    <message>
        <source>The trial plan allows one connected AWS account, and the team database already holds one of yours.</source>
        <translation>トライアルプランで接続できる AWS アカウントは 1 つまでですが、チームデータベースにはすでにご自身のアカウントが 1 つあります。</translation>
    </message>
    <message>
        <source>checking whether AWS account %1 is taken</source>
        <translation>AWS アカウント %1 が既に使用されているかどうかの確認</translation>
    </message>
    <message>
        <source>Account %1 is connected to AWS account %2, which cannot change; connect AWS account %3 as a new account.</source>
        <translation>アカウント %1 は AWS アカウント %2 に接続されており、これは変更できません。AWS アカウント %3 は新しいアカウントとして接続してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>storing the databases of account %1 in %2</source>
        <translation>アカウント %1 の %2 のデータベースの保存</translation>
    </message>
    <message>
        <source>marking the databases gone from account %1 in %2</source>
        <translation>アカウント %1 の %2 からなくなったデータベースのマーク</translation>
    </message>
    <message>
        <source>reading the databases of account %1</source>
        <translation>アカウント %1 のデータベースの読み取り</translation>
    </message>
    <message>
        <source>counting the databases of account %1</source>
        <translation>アカウント %1 のデータベース数の集計</translation>
    </message>
    <message>
        <source>storing the database access of account %1</source>
        <translation>アカウント %1 のデータベースアクセスの保存</translation>
    </message>
    <message>
        <source>Team mode needs the group role onramp_console, and the role %1 may not create roles. Have a PostgreSQL superuser run once: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; then open the database %2 again as %1 (README.md, &quot;Team mode&quot;).</source>
        <translation>チームモードにはグループロール onramp_console が必要ですが、ロール %1 はロールを作成できません。PostgreSQL のスーパーユーザーに次のコマンドを一度実行してもらってください: CREATE ROLE onramp_console NOLOGIN; GRANT onramp_console TO %1 WITH ADMIN OPTION; その後、%1 としてデータベース %2 をもう一度開いてください (README.md の「Team mode」)。</translation>
    </message>
    <message>
        <source>Cannot open a second connection to the team database %1: the first one is closed.</source>
        <translation>チームデータベース %1 への 2 本目の接続を開けません: 1 本目が閉じています。</translation>
    </message>
    <message>
        <source>The team database %1 authenticated a second connection as %2, not as %3; Onramp does not mix console users.</source>
        <translation>チームデータベース %1 は 2 本目の接続を %3 ではなく %2 として認証しました。Onramp はコンソールユーザーを混在させません。</translation>
    </message>
    <message>
        <source>copying the write-ahead log into %1</source>
        <translation>先行書き込みログ (WAL) の %1 への書き込み</translation>
    </message>
</context>
<context>
    <name>Registry::Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>トランザクションのコミット</translation>
    </message>
</context>
<context>
    <name>RoleArnInput</name>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Role ARN check</source>
        <translation>ロール ARN のチェック</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (no Secret Service answered within %1 s). Onramp never stores secrets in plain text.</source>
        <translation>システムのキーチェーンを使用できません (%1 秒以内に応答した Secret Service がありません)。Onramp がシークレットを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the system keychain (service &quot;%2&quot;).</source>
        <translation>システムのキーチェーンに「%1」で保存されたシークレットはありません (サービス「%2」)。</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked or the request was denied (%1). Unlock it and try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。ロックされているか、要求が拒否されました (%1)。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Onramp never stores secrets in plain text.</source>
        <translation>システムのキーチェーンを使用できません (%1)。Onramp がシークレットを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring (%1). Create or unlock the login keyring, then try again. Onramp never stores secrets in plain text.</source>
        <translation>システムのキーチェーンに、ロック解除されたデフォルトのキーリングがありません (%1)。ログインキーリングを作成するかロックを解除してから、もう一度お試しください。Onramp がシークレットを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>Keychain check failed while %1: %2</source>
        <translation>キーチェーンのチェックに失敗しました (%1 中): %2</translation>
    </message>
    <message>
        <source>writing a test entry</source>
        <translation>テストエントリの書き込み</translation>
    </message>
    <message>
        <source>reading the test entry back</source>
        <translation>テストエントリの読み戻し</translation>
    </message>
    <message>
        <source>the keychain returned different bytes than were stored</source>
        <translation>キーチェーンから返されたバイト列が保存したものと異なります</translation>
    </message>
    <message>
        <source>deleting the test entry</source>
        <translation>テストエントリの削除</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Onramp</source>
        <translation>設定 — Onramp</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>ホームリージョン</translation>
    </message>
    <message>
        <source>Automatic (AWS_REGION, the profile, or us-east-1)</source>
        <translation>自動 (AWS_REGION、プロファイル、または us-east-1)</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>ホームリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>更新間隔 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>更新しない</translation>
    </message>
    <message>
        <source>Re&amp;fresh instances every:</source>
        <translation>インスタンスの更新間隔(&amp;F):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Onramp starts.</source>
        <translation>新しい言語は、次回 Onramp を起動したときに有効になります。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>The console identity is the AWS principal Onramp acts as. Customer roles created from the CloudFormation template trust its AWS account.</source>
        <translation>コンソールの ID は、Onramp が動作に使用する AWS プリンシパルです。CloudFormation テンプレートから作成されたお客様のロールは、その AWS アカウントを信頼します。</translation>
    </message>
    <message>
        <source>From the &amp;environment (AWS_ACCESS_KEY_ID… or the default profile)</source>
        <translation>環境変数から取得(&amp;E) (AWS_ACCESS_KEY_ID… またはデフォルトプロファイル)</translation>
    </message>
    <message>
        <source>AWS &amp;profile from ~/.aws:</source>
        <translation>~/.aws の AWS プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Access &amp;keys kept in the system keychain:</source>
        <translation>システムのキーチェーンに保存したアクセスキー(&amp;K):</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>Console access key ID</source>
        <translation>コンソールのアクセスキー ID</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>アクセスキー ID(&amp;D):</translation>
    </message>
    <message>
        <source>Console secret access key</source>
        <translation>コンソールのシークレットアクセスキー</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>シークレットアクセスキー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Remove Keys from Keychain</source>
        <translation>キーチェーンからキーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>New CloudFormation onboardings</source>
        <translation>新しい CloudFormation オンボーディング</translation>
    </message>
    <message>
        <source>Trusted AWS account</source>
        <translation>信頼する AWS アカウント</translation>
    </message>
    <message>
        <source>the console identity&apos;s own account</source>
        <translation>コンソールの ID 自身のアカウント</translation>
    </message>
    <message>
        <source>&amp;Trusted account:</source>
        <translation>信頼するアカウント(&amp;T):</translation>
    </message>
    <message>
        <source>Template URL</source>
        <translation>テンプレートの URL</translation>
    </message>
    <message>
        <source>Template &amp;URL:</source>
        <translation>テンプレートの URL(&amp;U):</translation>
    </message>
    <message>
        <source>Where you host the template, for quick-create links (optional).</source>
        <translation>クイック作成リンク用のテンプレートのホスト先です (省略可)。</translation>
    </message>
    <message>
        <source>Console &amp;identity</source>
        <translation>コンソールの ID(&amp;I)</translation>
    </message>
    <message>
        <source>The same checks as &lt;tt&gt;onrampctl doctor&lt;/tt&gt;: the database, the system keychain, the console identity, the AWS endpoint and this computer&apos;s clock.</source>
        <translation>&lt;tt&gt;onrampctl doctor&lt;/tt&gt; と同じチェックです: データベース、システムのキーチェーン、コンソールの ID、AWS エンドポイント、このコンピューターの時計。</translation>
    </message>
    <message>
        <source>Run &amp;Checks</source>
        <translation>チェックを実行(&amp;C)</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>チェックを実行</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>チェック(&amp;H)</translation>
    </message>
    <message>
        <source>The console&apos;s keys were removed from the keychain.</source>
        <translation>コンソールのキーをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Run &amp;Checks Again</source>
        <translation>チェックを再実行(&amp;C)</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>保存済み — 置き換えるには入力してください</translation>
    </message>
    <message>
        <source>In use: %1, AWS account %2.</source>
        <translation>使用中: %1、AWS アカウント %2。</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>使用中: %1 — %2</translation>
    </message>
    <message>
        <source>Looking up the console identity…</source>
        <translation>コンソールの ID を確認しています…</translation>
    </message>
    <message>
        <source>Templates trust the console identity&apos;s own account.</source>
        <translation>テンプレートは、コンソールの ID 自身のアカウントを信頼します。</translation>
    </message>
    <message>
        <source>✓ Templates trust AWS account %1.</source>
        <translation>✓ テンプレートは AWS アカウント %1 を信頼します。</translation>
    </message>
    <message>
        <source>An AWS account id is exactly 12 digits.</source>
        <translation>AWS アカウント ID はちょうど 12 桁の数字です。</translation>
    </message>
    <message>
        <source>✓ Quick-create links will point CloudFormation at this URL.</source>
        <translation>✓ クイック作成リンクは CloudFormation にこの URL を指定します。</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address CloudFormation can read.</source>
        <translation>テンプレートの URL は、CloudFormation が読み取れる https:// アドレスである必要があります。</translation>
    </message>
    <message>
        <source>The trusted account must be a 12-digit AWS account id.</source>
        <translation>信頼するアカウントには 12 桁の AWS アカウント ID を指定してください。</translation>
    </message>
    <message>
        <source>The template URL must be an https:// address.</source>
        <translation>テンプレートの URL は https:// アドレスである必要があります。</translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation>AWS プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The console&apos;s access key ID must be AKIA or ASIA followed by 16 capital letters or digits.</source>
        <translation>コンソールのアクセスキー ID は、AKIA または ASIA の後に英大文字または数字が 16 文字続く形式である必要があります。</translation>
    </message>
    <message>
        <source>Enter the secret access key of %1.</source>
        <translation>%1 のシークレットアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>キーをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
</context>
<context>
    <name>SsoCredentialsProvider</name>
    <message>
        <source>%1 Run `%2` and try again.</source>
        <translation>%1 `%2` を実行してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>IAM Identity Center role %1 in account %2 (profile &quot;%3&quot;)</source>
        <translation>アカウント %2 の IAM Identity Center ロール %1 (プロファイル「%3」)</translation>
    </message>
    <message>
        <source>No IAM Identity Center sign-in is cached for %1 (%2).</source>
        <translation>%1 (%2) の IAM Identity Center のサインインがキャッシュされていません。</translation>
    </message>
    <message>
        <source>The cached sign-in %1 is larger than %2 bytes.</source>
        <translation>キャッシュされたサインイン %1 が %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>The cached sign-in %1 has no valid accessToken and expiresAt.</source>
        <translation>キャッシュされたサインイン %1 に有効な accessToken と expiresAt がありません。</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in for %1 expired at %2.</source>
        <translation>%1 の IAM Identity Center のサインインは %2 に有効期限が切れました。</translation>
    </message>
    <message>
        <source>not a time in milliseconds</source>
        <translation>ミリ秒単位の時刻ではありません</translation>
    </message>
    <message>
        <source>No HTTP client to reach the portal with.</source>
        <translation>ポータルへの接続に使う HTTP クライアントがありません。</translation>
    </message>
    <message>
        <source>The IAM Identity Center portal refused the cached sign-in (%1).</source>
        <translation>IAM Identity Center ポータルがキャッシュされたサインインを拒否しました (%1)。</translation>
    </message>
</context>
<context>
    <name>StackUpdateDialog</name>
    <message>
        <source>New template for %1 — Onramp</source>
        <translation>%1 の新しいテンプレート — Onramp</translation>
    </message>
    <message>
        <source>To let Onramp list the databases of AWS account %1, update its stack in place (the role, its External ID and everything else stay as they are):
1. Save the template below (Save as…) or copy it.
2. Sign in to the AWS console of account %1 and open CloudFormation → Stacks → %2 (the stack that created the role).
3. Choose Update → Replace current template → Upload a template file, pick the saved file, keep the parameters, acknowledge that the stack changes an IAM role, and submit.
4. When the stack shows UPDATE_COMPLETE, Onramp lists the databases at its next refresh.</source>
        <translation>Onramp が AWS アカウント %1 のデータベースを一覧表示できるようにするには、そのスタックをその場で更新してください (ロール、外部 ID、その他の設定はすべてそのまま維持されます):
1. 下のテンプレートを保存する ([名前を付けて保存…]) か、コピーします。
2. アカウント %1 の AWS コンソールにサインインし、CloudFormation → スタック → %2 (ロールを作成したスタック) を開きます。
3. [更新] → [現在のテンプレートの置き換え] → [テンプレートファイルのアップロード] を選択し、保存したファイルを選んでパラメーターはそのままにし、スタックが IAM ロールを変更することを承認して送信します。
4. スタックが UPDATE_COMPLETE になると、次回の更新時に Onramp がデータベースを一覧表示します。</translation>
    </message>
    <message>
        <source>The template names the AWS account allowed to assume the role — the account this console runs as — and Onramp could not find it out: %1</source>
        <translation>テンプレートには、ロールの引き受けを許可する AWS アカウント (このコンソールが実行されているアカウント) が記載されますが、Onramp はそのアカウントを特定できませんでした: %1</translation>
    </message>
    <message>
        <source>Looking up the AWS account this console runs as…</source>
        <translation>このコンソールが実行されている AWS アカウントを確認しています…</translation>
    </message>
    <message>
        <source>The role trusts AWS account %1 and only with this account&apos;s External ID %2.</source>
        <translation>このロールは AWS アカウント %1 を信頼し、このアカウントの外部 ID %2 が指定された場合のみ引き受けを許可します。</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>No STS client to assume the role with.</source>
        <translation>ロールを引き受けるための STS クライアントがありません。</translation>
    </message>
    <message>
        <source>role %1 assumed with AssumeRole</source>
        <translation>ロール %1 (AssumeRole で引き受け)</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation>「%1」は us-east-1 のような AWS リージョン名ではありません。</translation>
    </message>
    <message>
        <source>The stack name &quot;%1&quot; is not valid: it must start with a letter and contain only letters, digits and hyphens, at most 128 characters.</source>
        <translation>スタック名「%1」は無効です。英字で始まり、英字、数字、ハイフンのみを含む 128 文字以内の名前にしてください。</translation>
    </message>
    <message>
        <source>Region %1 is in the %2 partition, but the trusted account is in %3: a role can only trust an account of its own partition.</source>
        <translation>リージョン %1 はパーティション %2 にありますが、信頼するアカウントは %3 にあります。ロールが信頼できるのは同じパーティションのアカウントのみです。</translation>
    </message>
    <message>
        <source>Unknown partition &quot;%1&quot;: Onramp accepts aws, aws-cn and aws-us-gov.</source>
        <translation>不明なパーティション「%1」です。Onramp で使用できるのは aws、aws-cn、aws-us-gov です。</translation>
    </message>
    <message>
        <source>The trusted account ID &quot;%1&quot; is not 12 digits.</source>
        <translation>信頼するアカウントの ID「%1」が 12 桁の数字ではありません。</translation>
    </message>
    <message>
        <source>The External ID must have %1 to %2 characters; it has %3.</source>
        <translation>外部 ID は %1～%2 文字である必要がありますが、%3 文字です。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>The External ID contains %1; AWS accepts only letters, digits and _ + = , . @ : / -.</source>
        <translation>外部 ID に %1 が含まれています。AWS で使用できるのは英字、数字、_ + = , . @ : / - のみです。</translation>
    </message>
    <message>
        <source>The description has %1 bytes; CloudFormation accepts at most %2.</source>
        <translation>説明が %1 バイトあります。CloudFormation で使用できるのは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>The description contains a control character or broken Unicode.</source>
        <translation>説明に制御文字または不正な Unicode が含まれています。</translation>
    </message>
    <message>
        <source>The template URL &quot;%1&quot; is not an https URL.</source>
        <translation>テンプレートの URL「%1」は https URL ではありません。</translation>
    </message>
    <message>
        <source>The template file name is empty.</source>
        <translation>テンプレートのファイル名が空です。</translation>
    </message>
    <message>
        <source>Name at least one organization root (r-…) or organizational unit (ou-…) for the member roles.</source>
        <translation>メンバーロール用に、組織のルート（r-…）または組織単位（ou-…）を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization root (r-…) or organizational unit (ou-…-…) id.</source>
        <translation>&quot;%1&quot; は組織のルート（r-…）や組織単位（ou-…-…）の ID ではありません。</translation>
    </message>
    <message>
        <source>The target ids take more than %1 characters; CloudFormation accepts no longer parameter value.</source>
        <translation>対象 ID が %1 文字を超えています。CloudFormation はそれより長いパラメーター値を受け付けません。</translation>
    </message>
    <message>
        <source># Once per organization, first: trusted access for CloudFormation StackSets in AWS Organizations (the stack set that creates the member roles needs it). In the management account:</source>
        <translation># 組織ごとに一度、最初に: AWS Organizations で CloudFormation StackSets の信頼されたアクセスを有効にします（メンバーロールを作成する StackSet に必要です）。管理アカウントで:</translation>
    </message>
    <message>
        <source>The template has %1, which Onramp cannot write as Terraform.</source>
        <translation>テンプレートに %1 が含まれていますが、Onramp はこれを Terraform として出力できません。</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>CloudFormation template</source>
        <translation>CloudFormation テンプレート</translation>
    </message>
    <message>
        <source>&amp;Copy template</source>
        <translation>テンプレートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the template to the clipboard</source>
        <translation>テンプレートをクリップボードにコピー</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the template as a file</source>
        <translation>テンプレートをファイルとして保存</translation>
    </message>
    <message>
        <source>Open &amp;quick-create</source>
        <translation>クイック作成を開く(&amp;Q)</translation>
    </message>
    <message>
        <source>Open the CloudFormation quick-create page in the browser</source>
        <translation>CloudFormation のクイック作成ページをブラウザーで開く</translation>
    </message>
    <message>
        <source>Copy AWS C&amp;LI command</source>
        <translation>AWS CLI コマンドをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates the stack</source>
        <translation>スタックを作成する AWS CLI コマンドをコピー</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認メッセージ</translation>
    </message>
    <message>
        <source>Opens the CloudFormation console with this template and its parameters filled in.</source>
        <translation>このテンプレートとパラメーターが入力された状態で CloudFormation コンソールを開きます。</translation>
    </message>
    <message>
        <source>Set the template URL (where the template is hosted) in Settings to use quick-create.</source>
        <translation>クイック作成を使用するには、[設定] でテンプレートの URL (テンプレートのホスト先) を設定してください。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copied — save the template as %1 in the folder where you run it</source>
        <translation>コピーしました — コマンドを実行するフォルダーにテンプレートを %1 として保存してください</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Save the CloudFormation template</source>
        <translation>CloudFormation テンプレートの保存</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.json);;All files (*)</source>
        <translation>CloudFormation テンプレート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>テンプレートは保存されませんでした</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 として保存しました</translation>
    </message>
    <message>
        <source>Quick-create unavailable</source>
        <translation>クイック作成は使用できません</translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation>Web ブラウザーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Opened in your browser</source>
        <translation>ブラウザーで開きました</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>形式(&amp;M):</translation>
    </message>
    <message>
        <source>Template format</source>
        <translation>テンプレートの形式</translation>
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
        <translation>CloudFormation テンプレートまたは Terraform モジュールとして、同じロール、信頼ポリシー、外部 ID、アクセス許可を提供します。</translation>
    </message>
    <message>
        <source>Terraform module</source>
        <translation>Terraform モジュール</translation>
    </message>
    <message>
        <source>The AWS CLI command creates a CloudFormation stack: choose the CloudFormation format. Apply the Terraform module with terraform apply.</source>
        <translation>AWS CLI コマンドは CloudFormation スタックを作成します。CloudFormation 形式を選択してください。Terraform モジュールは terraform apply で適用してください。</translation>
    </message>
    <message>
        <source>Save the Terraform module</source>
        <translation>Terraform モジュールの保存</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Terraform ファイル (*.tf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ThreadedPageStore</name>
    <message>
        <source>Cannot store the discovered resources: %1</source>
        <translation>検出したリソースを保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot store the discovered resources: the connection to the team database %1 was lost (%2).</source>
        <translation>検出したリソースを保存できません: チームデータベース %1 への接続が切れました (%2)。</translation>
    </message>
</context>
<context>
    <name>WebIdentityCredentialsProvider</name>
    <message>
        <source>role %1 assumed with the web identity token %2 (%3)</source>
        <translation>ロール %1 (Web ID トークン %2 (%3) で引き受け)</translation>
    </message>
    <message>
        <source>Cannot read the web identity token file %1: %2</source>
        <translation>Web ID トークンファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The web identity token file %1 is larger than %2 bytes.</source>
        <translation>Web ID トークンファイル %1 が %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Web ID トークンファイル %1 が空です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Onramp desktop console: connect AWS accounts and browse their EC2 instances.</source>
        <translation>Onramp デスクトップコンソール: AWS アカウントを接続し、その EC2 インスタンスを閲覧します。</translation>
    </message>
    <message>
        <source>Console user (SQLite only; default: ONRAMP_USER, else the login name).</source>
        <translation>コンソールユーザー(SQLite のみ。既定: ONRAMP_USER、なければログイン名)。</translation>
    </message>
    <message>
        <source>Home region (overrides the settings).</source>
        <translation>ホームリージョン(設定より優先)。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>MS ミリ秒後に終了します(スモークテスト用)。</translation>
    </message>
    <message>
        <source>Open the wizard on pending onboarding ID.</source>
        <translation>保留中のオンボーディング ID でウィザードを開きます。</translation>
    </message>
    <message>
        <source>light, dark or system (overrides the settings for this run).</source>
        <translation>light、dark、system のいずれか(この実行に限り設定より優先)。</translation>
    </message>
    <message>
        <source>Do not start discovering the accounts at start-up.</source>
        <translation>起動時にアカウントの検出を開始しません。</translation>
    </message>
    <message>
        <source>Print the milliseconds from main() to the first window&apos;s show event.</source>
        <translation>main() から最初のウィンドウ表示イベントまでのミリ秒を出力します。</translation>
    </message>
    <message>
        <source>--user is refused in team mode</source>
        <translation>チームモードでは --user は使用できません</translation>
    </message>
    <message>
        <source>In team mode the console user is the PostgreSQL role you log in as.</source>
        <translation>チームモードでは、コンソールユーザーはログインに使う PostgreSQL ロールです。</translation>
    </message>
    <message>
        <source>The account registry could not be opened</source>
        <translation>アカウントレジストリを開けませんでした</translation>
    </message>
    <message>
        <source>Registry: %1. Check --db / ONRAMP_DB, the file&apos;s permissions, and that no newer Onramp wrote it.</source>
        <translation>レジストリ: %1。--db / ONRAMP_DB、ファイルの権限、より新しい Onramp が書き込んでいないことを確認してください。</translation>
    </message>
    <message>
        <source>Connecting to the team database at %1…</source>
        <translation>%1 のチームデータベースに接続しています…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Onramp</source>
        <translation>Onramp</translation>
    </message>
    <message>
        <source>The team database could not be opened</source>
        <translation>チームデータベースを開けませんでした</translation>
    </message>
    <message>
        <source>Registry: a SQLite file or postgresql://ROLE@HOST/DB (default: ONRAMP_DB, else the app data folder). No password here: other users can read the command line; use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>レジストリ: SQLite ファイルまたは postgresql://ROLE@HOST/DB (既定: ONRAMP_DB、なければアプリのデータフォルダー)。他のユーザーがコマンドラインを読み取れるため、ここにはパスワードを含めないでください。PGPASSFILE または ~/.pgpass、PGPASSWORD を使用するか、ONRAMP_DB に URL 全体を指定してください。</translation>
    </message>
    <message>
        <source>Onramp cannot use these AWS settings</source>
        <translation>Onramp はこれらの AWS 設定を使用できません</translation>
    </message>
    <message>
        <source>The database password is on the command line</source>
        <translation>データベースのパスワードがコマンドラインに含まれています</translation>
    </message>
    <message>
        <source>Check the postgresql:// URL, the server, and your role&apos;s password (PGPASSFILE, ~/.pgpass or PGPASSWORD).</source>
        <translation>postgresql:// の URL、サーバー、ロールのパスワード (PGPASSFILE、~/.pgpass、または PGPASSWORD) を確認してください。</translation>
    </message>
</context>
<context>
    <name>onrampctl</name>
    <message>
        <source>team mode: never put the password in --db (other users can read the command line); use PGPASSFILE or ~/.pgpass, PGPASSWORD, or the whole URL in ONRAMP_DB.</source>
        <translation>チームモード: --db には絶対にパスワードを含めないでください (他のユーザーがコマンドラインを読み取れます)。PGPASSFILE または ~/.pgpass、PGPASSWORD を使用するか、ONRAMP_DB に URL 全体を指定してください。</translation>
    </message>
</context>
</TS>
