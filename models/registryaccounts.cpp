// Registry: accounts (reads, writes, the status machine and the AWS account id rule).
#include "models/registry_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace RegistryInternal;

namespace {

const QString kAccountColumns = QStringLiteral(
    "a.id, a.owner, a.aws_account_id, a.friendly_name, a.method, a.role_arn, a.external_id, a.region, a.status,"
    " a.last_validated_at, a.last_error, a.keychain_ref, a.created_at, a.updated_at,"
    " CASE WHEN a.kind = 'organization' THEN (SELECT COUNT(*) FROM instances i JOIN accounts m"
    "  ON i.account_id = m.id WHERE m.organization_id = a.id)"
    " ELSE (SELECT COUNT(*) FROM instances i WHERE i.account_id = a.id) END AS instance_count,"
    " a.kind, a.organization_id, a.aws_organization_id, a.org_settings,"
    " CASE WHEN a.kind = 'organization' THEN (SELECT COUNT(*) FROM databases d JOIN accounts m"
    "  ON d.account_id = m.id WHERE m.organization_id = a.id AND d.state <> 'deleted')"
    " ELSE (SELECT COUNT(*) FROM databases d WHERE d.account_id = a.id AND d.state <> 'deleted') END"
    "  AS database_count,"
    " a.database_access, a.database_denied_regions");

/// An organization record's settings as stored in org_settings.
QString orgSettingsJson(const Account &a)
{
    if (a.managementAccountId.isEmpty() && a.excludedAccounts.isEmpty() && a.excludedOus.isEmpty())
        return QString();
    const QJsonObject o { { QStringLiteral("management_account_id"), a.managementAccountId },
        { QStringLiteral("exclude_accounts"), QJsonArray::fromStringList(a.excludedAccounts) },
        { QStringLiteral("exclude_ous"), QJsonArray::fromStringList(a.excludedOus) } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}

void readOrgSettings(Account &a, const QString &json)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    a.managementAccountId = o.value(QStringLiteral("management_account_id")).toString();
    a.excludedAccounts = stringsOf(o.value(QStringLiteral("exclude_accounts")));
    a.excludedOus = stringsOf(o.value(QStringLiteral("exclude_ous")));
}

Account accountFromQuery(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.owner = q.value(1).toString();
    a.awsAccountId = q.value(2).toString();
    a.friendlyName = q.value(3).toString();
    a.method = accountMethodFromName(q.value(4).toString()).value_or(AccountMethod::IamRole);
    a.roleArn = q.value(5).toString();
    a.externalId = q.value(6).toString();
    a.region = q.value(7).toString();
    a.status = accountStatusFromName(q.value(8).toString()).value_or(AccountStatus::Failed);
    a.lastValidatedAt = fromDb(q.value(9));
    a.lastError = q.value(10).toString();
    a.keychainRef = q.value(11).toString();
    a.createdAt = fromDb(q.value(12));
    a.updatedAt = fromDb(q.value(13));
    a.instanceCount = q.value(14).toInt();
    a.kind = accountKindFromName(q.value(15).toString()).value_or(AccountKind::Account);
    a.organization = q.value(16).toString();
    a.awsOrganizationId = q.value(17).toString();
    readOrgSettings(a, q.value(18).toString());
    a.databaseCount = q.value(19).toInt();
    a.databaseAccess = databaseAccessFromName(q.value(20).toString());
    a.databaseDeniedRegions = q.value(21).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return a;
}

} // namespace

Result<void> Registry::removeUnusedAccount(const QString &id)
{
    if (m_teamMode) {
        const Result<Account> stored = setStatus(id, AccountStatus::Disconnected);
        if (!stored)
            return stored.error();
        return {};
    }
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<QSqlQuery *> q
        = run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), { id }, tr("removing account %1").arg(id));
    if (!q)
        return q.error();
    const int removed = q.value()->numRowsAffected();
    q.value()->finish();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    if (removed == 0)
        return makeError(AwsError::Kind::NotFound, OnrampError::AccountNotFound, tr("No account %1.").arg(id));
    return {};
}

bool Registry::canTransition(AccountStatus from, AccountStatus to)
{
    using S = AccountStatus;
    switch (from) {
    case S::Pending:
        // failed: a verification that did not succeed leaves the record (and its External ID) for a retry.
        return to == S::Connected || to == S::Failed || to == S::Disconnected;
    case S::Connected:
        return to == S::Active || to == S::Failed || to == S::Disconnected;
    case S::Active:
    case S::Failed:
        // connected: re-validate; active|failed: the outcome of a re-discovery.
        return to == S::Connected || to == S::Active || to == S::Failed || to == S::Disconnected;
    case S::Disconnected:
        // Terminal: reconnecting creates a new record, the old one stays as history.
        return false;
    }
    return false;
}

bool Registry::canCreateWith(AccountStatus status)
{
    return status == AccountStatus::Pending || status == AccountStatus::Connected;
}

bool Registry::awsAccountIdIsFixed(const Account &stored)
{
    return stored.status == AccountStatus::Disconnected
        || (stored.status != AccountStatus::Pending && !stored.awsAccountId.isEmpty());
}

AwsError Registry::transitionError(AccountStatus from, AccountStatus to) const
{
    return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidStatusTransition,
        from == AccountStatus::Disconnected
            ? tr("The account is disconnected; connect it again to create a new record.")
            : tr("An account cannot go from %1 to %2.").arg(accountStatusName(from), accountStatusName(to)));
}

Result<Account> Registry::readAccount(const QString &id)
{
    const QString sql = QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM accounts a WHERE a.id = ?");
    const Result<std::optional<Account>> stored
        = readFirst(run(sql, { id }, tr("reading account %1").arg(id)), accountFromQuery);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return makeError(AwsError::Kind::NotFound, OnrampError::AccountNotFound, tr("No account %1.").arg(id));
    return *stored.value();
}

Result<Account> Registry::account(const QString &id)
{
    return readAccount(id);
}

Result<QList<Account>> Registry::accounts(const QString &owner)
{
    const QString sql = QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM accounts a")
        + (owner.isEmpty() ? QString() : QStringLiteral(" WHERE a.owner = ?"))
        + QStringLiteral(" ORDER BY a.created_at, a.id");
    return readAll(
        run(sql, owner.isEmpty() ? QVariantList() : QVariantList { owner }, tr("listing accounts")), accountFromQuery);
}

Result<std::optional<Account>> Registry::liveAccountByAwsId(const QString &awsAccountId)
{
    const QString sql = QStringLiteral("SELECT ") + kAccountColumns
        + QStringLiteral(" FROM accounts a WHERE a.aws_account_id = ? AND a.status <> 'disconnected'");
    return readFirst(run(sql, { awsAccountId }, tr("looking up AWS account %1").arg(awsAccountId)), accountFromQuery);
}

Result<bool> Registry::heldByAnotherUser(const QString &awsAccountId, const QString &user)
{
    // Team mode: the server answers for the logged-in role, from rows row-level security hides from it.
    Result<QSqlQuery *> q = m_teamMode
        ? run(QStringLiteral("SELECT onramp_aws_account_taken(?)"), { awsAccountId },
            tr("checking whether AWS account %1 is taken").arg(awsAccountId))
        : run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts WHERE aws_account_id = ?"
                             " AND status <> 'disconnected' AND owner <> ?)"),
            { awsAccountId, user }, tr("checking whether AWS account %1 is taken").arg(awsAccountId));
    if (!q)
        return q.error();
    Finisher f { q.value() };
    return q.value()->next() && q.value()->value(0).toBool();
}

Result<int> Registry::liveAccountCount(const QString &owner)
{
    Result<QSqlQuery *> q
        = run(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE owner = ? AND status <> 'disconnected'"
                             " AND kind <> 'organization'"),
            { owner }, tr("counting the accounts of %1").arg(owner));
    if (!q)
        return q.error();
    Finisher f { q.value() };
    return q.value()->next() ? q.value()->value(0).toInt() : 0;
}

Result<void> Registry::writeAccount(const Account &a, bool insert)
{
    static const QString kInsert = QStringLiteral(
        "INSERT INTO accounts (id, owner, aws_account_id, friendly_name, method, role_arn, external_id, region,"
        " status, last_validated_at, last_error, keychain_ref, created_at, updated_at, kind, organization_id,"
        " aws_organization_id, org_settings)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const QString kUpdate = QStringLiteral(
        "UPDATE accounts SET aws_account_id = ?, friendly_name = ?, method = ?, role_arn = ?, external_id = ?,"
        " region = ?, status = ?, last_validated_at = ?, last_error = ?, keychain_ref = ?, updated_at = ?,"
        " aws_organization_id = ?, org_settings = ? WHERE id = ?");
    const QVariantList binds = insert
        ? QVariantList { a.id, a.owner, textOrNull(a.awsAccountId), a.friendlyName, accountMethodName(a.method),
              a.roleArn, a.externalId, a.region, accountStatusName(a.status), timeOrNull(a.lastValidatedAt),
              a.lastError, a.keychainRef, toDb(a.createdAt), toDb(a.updatedAt), accountKindName(a.kind),
              textOrNull(a.organization), a.awsOrganizationId, orgSettingsJson(a) }
        : QVariantList { textOrNull(a.awsAccountId), a.friendlyName, accountMethodName(a.method), a.roleArn,
              a.externalId, a.region, accountStatusName(a.status), timeOrNull(a.lastValidatedAt), a.lastError,
              a.keychainRef, toDb(a.updatedAt), a.awsOrganizationId, orgSettingsJson(a), a.id };
    Result<QSqlQuery *> q = run(insert ? kInsert : kUpdate, binds, tr("storing account %1").arg(a.id));
    if (!q) {
        AwsError e = q.error();
        if (e.code == OnrampError::AccountOwnedByAnotherUser)
            e.message = tr("AWS account %1 is already connected in Onramp.").arg(a.awsAccountId);
        return e;
    }
    q.value()->finish();
    return {};
}

Result<Account> Registry::createAccount(const Account &account)
{
    if (!canCreateWith(account.status))
        return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidStatusTransition,
            tr("A new account cannot start as %1.").arg(accountStatusName(account.status)));
    Account a = account;
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (a.owner.isEmpty())
        a.owner = m_consoleUser;
    if (a.owner.isEmpty())
        return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidUser,
            tr("An account needs an owner and no console user is set."));
    a.createdAt = QDateTime::currentDateTimeUtc();
    a.updatedAt = a.createdAt;
    if (a.status == AccountStatus::Connected && !a.lastValidatedAt.isValid())
        a.lastValidatedAt = a.createdAt;

    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    if (!m_teamMode) {
        // Embedded mode knows users only by name: the owner gets a row on first use. (Team mode: the row of
        // the authenticated role was made by open(); RLS refuses any other owner.)
        Result<QSqlQuery *> u
            = run(QStringLiteral("INSERT INTO users (name, plan, created_at) VALUES (?, 'standard', ?)"
                                 " ON CONFLICT (name) DO NOTHING"),
                { a.owner, toDb(a.createdAt) }, tr("adding user %1").arg(a.owner));
        if (!u)
            return u.error();
        u.value()->finish();
    }
    if (Result<void> ok = writeAccount(a, true); !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return readAccount(a.id);
}

Result<Account> Registry::updateAccount(const Account &account)
{
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<Account> stored = readAccount(account.id);
    if (!stored)
        return stored.error();
    Account a = account;
    a.updatedAt = QDateTime::currentDateTimeUtc();
    if (a.awsAccountId != stored->awsAccountId && awsAccountIdIsFixed(*stored)) {
        if (stored->status == AccountStatus::Disconnected)
            return transitionError(stored->status, a.status);
        return makeError(AwsError::Kind::InvalidInput, OnrampError::AwsAccountIdFixed,
            tr("Account %1 is connected to AWS account %2, which cannot change; connect AWS account %3 as a new "
               "account.")
                .arg(a.id, stored->awsAccountId, a.awsAccountId.isEmpty() ? tr("(none)") : a.awsAccountId));
    }
    if (a.status != stored->status) {
        if (!canTransition(stored->status, a.status))
            return transitionError(stored->status, a.status);
        if (a.status == AccountStatus::Connected)
            a.lastValidatedAt = a.updatedAt;
    }
    if (Result<void> ok = writeAccount(a, false); !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return readAccount(a.id);
}

Result<Account> Registry::setStatus(const QString &id, AccountStatus status, const QString &lastError)
{
    Result<Transaction> tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    Result<Account> stored = readAccount(id);
    if (!stored)
        return stored.error();
    if (!canTransition(stored->status, status))
        return transitionError(stored->status, status);
    Account a = stored.value();
    a.status = status;
    a.lastError = lastError;
    a.updatedAt = QDateTime::currentDateTimeUtc();
    if (status == AccountStatus::Connected)
        a.lastValidatedAt = a.updatedAt;
    if (Result<void> ok = writeAccount(a, false); !ok)
        return ok.error();
    if (Result<void> ok = tx.value().commit(); !ok)
        return ok.error();
    return readAccount(id);
}
