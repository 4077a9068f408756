// Registry: driver errors mapped to the registry's codes (PostgreSQL SQLSTATEs, SQLite result codes).
#include "models/registry_p.h"

#include <QSqlError>

using namespace RegistryInternal;

namespace {

const QLatin1StringView kLiveIndex("accounts_live_aws_account");

} // namespace

QString RegistryInternal::driverText(const QSqlError &error, bool postgres)
{
    QString text = error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    if (postgres) {
        text = text.section(u'\n', 0, 0).trimmed();
        if (text.startsWith(QLatin1StringView("ERROR:")))
            text = text.mid(6).trimmed();
    }
    return text;
}

AwsError Registry::sqlError(const QSqlError &error, const QString &what) const
{
    const QString native = error.nativeErrorCode();
    const QString text = driverText(error, m_teamMode);
    AwsError e = makeError(
        AwsError::Kind::Service, OnrampError::DatabaseError, tr("Database error while %1: %2").arg(what, text));
    if (m_teamMode) {
        if (native == QLatin1StringView("23505") && text.contains(kLiveIndex)) {
            e.code = OnrampError::AccountOwnedByAnotherUser;
            e.message = tr("This AWS account is already connected in Onramp.");
        } else if (native == QLatin1StringView("23503")) {
            e.code = OnrampError::AccountNotFound;
            e.kind = AwsError::Kind::NotFound;
            e.message = tr("The account does not exist (or belongs to another user).");
        } else if (native == QLatin1StringView("OR001")) {
            // OR001..OR004: the account rules of schema version 3 (see the top of registryschema.cpp).
            e.code = OnrampError::InvalidStatusTransition;
            e.kind = AwsError::Kind::InvalidInput;
            e.message = tr("The team database refused a status change while %1 (%2).").arg(what, text);
        } else if (native == QLatin1StringView("OR002")) {
            e.code = OnrampError::AccountIdentityFixed;
            e.kind = AwsError::Kind::InvalidInput;
            e.message = tr("The team database refused the change while %1: an account's id, owner and creation "
                           "time never change.")
                            .arg(what);
        } else if (native == QLatin1StringView("OR003")) {
            e.code = OnrampError::AwsAccountIdFixed;
            e.kind = AwsError::Kind::InvalidInput;
            e.message = tr("The team database refused the change while %1: an account's AWS account id cannot "
                           "change once it is connected, and a disconnected account does not change. Connect the "
                           "other AWS account as a new account.")
                            .arg(what);
        } else if (native == QLatin1StringView("OR004")) {
            e.code = OnrampError::PlanLimitReached;
            e.message = tr("The trial plan allows one connected AWS account, and the team database already holds "
                           "one of yours.");
        } else if (native == QLatin1StringView("42501")) {
            e.code = OnrampError::PermissionDenied;
            e.kind = AwsError::Kind::AccessDenied;
            e.message = tr("The team database refused this (%1): %2").arg(what, text);
        } else if (native == QLatin1StringView("40001") || native == QLatin1StringView("40P01")
            || native == QLatin1StringView("55P03")) {
            e.code = OnrampError::DatabaseLocked;
            e.retryable = true;
            e.message = tr("The team database was busy while %1; try again.").arg(what);
        } else if (native.startsWith(QLatin1StringView("08")) || native.startsWith(QLatin1StringView("57P"))) {
            e.code = OnrampError::DatabaseOpenFailed;
            e.kind = AwsError::Kind::Network;
            e.retryable = true;
            e.message = tr("Lost the connection to the team database while %1: %2").arg(what, text);
        }
        return e;
    }

    // SQLite result codes; the low byte is the primary code when extended codes are reported.
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.code = OnrampError::DatabaseLocked;
        e.retryable = true;
        e.message = tr("The registry database %1 is locked by another Onramp process (waited %2 ms while %3). "
                       "Try again when it has finished.")
                        .arg(m_location)
                        .arg(m_busyTimeoutMs)
                        .arg(what);
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        e.code = OnrampError::DatabaseCorrupt;
        e.message = tr("The registry database %1 is damaged or is not a database (%2). Restore it from a "
                       "backup, or move it away and Onramp will create a new one.")
                        .arg(m_location, text);
        break;
    case 8: // SQLITE_READONLY
        e.code = OnrampError::DatabaseReadOnly;
        e.message
            = tr("The registry database %1 is read-only (%2). Check the file's permissions.").arg(m_location, text);
        break;
    case 13: // SQLITE_FULL
        e.message = tr("The disk holding %1 is full.").arg(m_location);
        break;
    case 14: // SQLITE_CANTOPEN
        e.code = OnrampError::DatabaseOpenFailed;
        e.message = tr("Cannot open the registry database %1 (%2).").arg(m_location, text);
        break;
    case 19: // SQLITE_CONSTRAINT
        if (text.contains(QLatin1StringView("accounts.aws_account_id"))) {
            e.code = OnrampError::AccountOwnedByAnotherUser;
            e.message = tr("This AWS account is already connected in Onramp.");
        } else if (text.contains(QLatin1StringView("FOREIGN KEY"))) {
            e.code = OnrampError::AccountNotFound;
            e.kind = AwsError::Kind::NotFound;
            e.message = tr("The account does not exist.");
        }
        break;
    default:
        break;
    }
    return e;
}
