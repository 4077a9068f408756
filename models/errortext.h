// ErrorText: the one mapping from an error to the user's words, a hint, and the CLI's exit code.
#pragma once

#include "aws/awserror.h"

#include <QCoreApplication>
#include <QString>

/// Error codes the domain layer adds to AwsError (the AWS layer's codes are AWS's own).
namespace OnrampError {
inline constexpr QLatin1StringView AccountOwnedByAnotherUser{"AccountOwnedByAnotherUser"};
inline constexpr QLatin1StringView PlanLimitReached{"PlanLimitReached"};
inline constexpr QLatin1StringView MissingPermissions{"MissingPermissions"};
inline constexpr QLatin1StringView RoleRejected{"RoleRejected"};
/// The role also let Onramp in *without* the External ID: open to any customer of the console's account.
inline constexpr QLatin1StringView ExternalIdNotEnforced{"ExternalIdNotEnforced"};
/// connect-keys was given an account's root user keys.
inline constexpr QLatin1StringView RootCredentialsRefused{"RootCredentialsRefused"};
inline constexpr QLatin1StringView InvalidKeyFormat{"InvalidKeyFormat"};
inline constexpr QLatin1StringView DiscoveryFailed{"DiscoveryFailed"};
inline constexpr QLatin1StringView NotYourAccount{"AccountNotFound"};
inline constexpr QLatin1StringView WrongMethod{"WrongMethod"};
/// No credentials to sign with at all (none configured), as opposed to credentials AWS rejected.
inline constexpr QLatin1StringView NoCredentials{"NoCredentials"};
} // namespace OnrampError

/// What to tell a person about an error, and how onrampctl exits on it (cli-contract.md: 2 invalid input,
/// 3 AWS rejected the credentials or role, 4 owned by another user, 5 plan limit, 6 missing permissions,
/// 7 discovery failed, 8 network/endpoint, 9 keychain unavailable; 1 anything else, e.g. the database).
struct ErrorText
{
    QString message; ///< the sentence to show
    QString hint;    ///< what to do about it ("Check IAM permissions"); may be empty
    int exitCode = 1;

    static ErrorText describe(const AwsError &error);
    static int exitCodeFor(const AwsError &error) { return describe(error).exitCode; }
};
