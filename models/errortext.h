// ErrorText: the one mapping from an error to the user's words, a hint, and the CLI's exit code.
#pragma once

#include "aws/awserror.h"

#include <QCoreApplication>
#include <QString>

/// Error codes the domain layer adds to AwsError (the AWS layer's codes are AWS's own).
namespace OnrampError {
inline constexpr QLatin1StringView AccountOwnedByAnotherUser { "AccountOwnedByAnotherUser" };
inline constexpr QLatin1StringView PlanLimitReached { "PlanLimitReached" };
inline constexpr QLatin1StringView MissingPermissions { "MissingPermissions" };
inline constexpr QLatin1StringView RoleRejected { "RoleRejected" };
/// The role also let Onramp in *without* the External ID: open to any customer of the console's account.
inline constexpr QLatin1StringView ExternalIdNotEnforced { "ExternalIdNotEnforced" };
/// connect-keys was given an account's root user keys.
inline constexpr QLatin1StringView RootCredentialsRefused { "RootCredentialsRefused" };
inline constexpr QLatin1StringView InvalidKeyFormat { "InvalidKeyFormat" };
inline constexpr QLatin1StringView DiscoveryFailed { "DiscoveryFailed" };
inline constexpr QLatin1StringView NotYourAccount { "AccountNotFound" };
inline constexpr QLatin1StringView WrongMethod { "WrongMethod" };
/// An organization record given where an account is meant, or the other way round.
inline constexpr QLatin1StringView WrongKind { "WrongKind" };
/// The role's account is not the management account of an AWS Organization (or is in none).
inline constexpr QLatin1StringView NotManagementAccount { "NotManagementAccount" };
/// No credentials to sign with at all (none configured), as opposed to credentials AWS rejected.
inline constexpr QLatin1StringView NoCredentials { "NoCredentials" };

// The registry's codes (Registry, PrivateFiles; AccountOwnedByAnotherUser and PlanLimitReached above too).
// ErrorText maps every "Database…" code to exit code 1.
/// Any other driver error while reading or writing the registry.
inline constexpr QLatin1StringView DatabaseError { "DatabaseError" };
/// Another writer held the database past the busy timeout (SQLite), or PostgreSQL could not serialise; retryable.
inline constexpr QLatin1StringView DatabaseLocked { "DatabaseLocked" };
/// The SQLite file is damaged, is not a database, or failed its integrity check.
inline constexpr QLatin1StringView DatabaseCorrupt { "DatabaseCorrupt" };
/// The database file or its folder cannot be written (or cannot switch to WAL).
inline constexpr QLatin1StringView DatabaseReadOnly { "DatabaseReadOnly" };
/// The database could not be opened or reached: no driver, no file, no server, a lost connection.
inline constexpr QLatin1StringView DatabaseOpenFailed { "DatabaseOpenFailed" };
/// The database was written by a newer Onramp (a higher schema version).
inline constexpr QLatin1StringView DatabaseNewer { "DatabaseNewer" };
/// A schema upgrade failed (team mode: also a console user opening a database only an administrator can upgrade).
inline constexpr QLatin1StringView DatabaseMigrationFailed { "DatabaseMigrationFailed" };
/// Team mode: the first open needs the onramp_console group role, which the opening role may not create; the
/// message holds the SQL a superuser runs once.
inline constexpr QLatin1StringView DatabaseSetupRequired { "DatabaseSetupRequired" };
/// The SQLite file holds somebody else's tables.
inline constexpr QLatin1StringView NotAnOnrampDatabase { "NotAnOnrampDatabase" };
/// No account with that id, or row-level security hides it. (NotYourAccount is the same code: the onboarding
/// service reports another user's record as not found.)
inline constexpr QLatin1StringView AccountNotFound { "AccountNotFound" };
/// A status change Registry::canTransition() refuses, or a first status Registry::canCreateWith() refuses.
inline constexpr QLatin1StringView InvalidStatusTransition { "InvalidStatusTransition" };
/// An account's id, owner or creation time was to change (team mode: the database refuses it).
inline constexpr QLatin1StringView AccountIdentityFixed { "AccountIdentityFixed" };
/// An account's AWS account id was to change after it was fixed (Registry::awsAccountIdIsFixed()).
inline constexpr QLatin1StringView AwsAccountIdFixed { "AwsAccountIdFixed" };
/// Team mode: the database refused the logged-in role (SQLSTATE 42501).
inline constexpr QLatin1StringView PermissionDenied { "PermissionDenied" };
/// An empty user name, or an account without an owner.
inline constexpr QLatin1StringView InvalidUser { "InvalidUser" };
/// No console user of that name.
inline constexpr QLatin1StringView UserNotFound { "UserNotFound" };
/// A team-mode URL that cannot be used: malformed, an unknown sslmode, a ';' in a passed-through value.
inline constexpr QLatin1StringView InvalidDatabaseUrl { "InvalidDatabaseUrl" };
/// A team database off this computer without sslmode=verify-full.
inline constexpr QLatin1StringView InsecureDatabaseTransport { "InsecureDatabaseTransport" };
/// A team-mode URL with a password given on a command line.
inline constexpr QLatin1StringView PasswordOnCommandLine { "PasswordOnCommandLine" };
} // namespace OnrampError

/// What to tell a person about an error, and how onrampctl exits on it (cli-contract.md: 2 invalid input,
/// 3 AWS rejected the credentials or role, 4 owned by another user, 5 plan limit, 6 missing permissions,
/// 7 discovery failed, 8 network/endpoint, 9 keychain unavailable; 1 anything else, e.g. the database).
struct ErrorText
{
    QString message; ///< the sentence to show
    QString hint; ///< what to do about it ("Check IAM permissions"); may be empty
    int exitCode = 1;

    static ErrorText describe(const AwsError &error);
    static int exitCodeFor(const AwsError &error) { return describe(error).exitCode; }
};
