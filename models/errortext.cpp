// ErrorText: error -> words, hint, exit code.
#include "models/errortext.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

ErrorText ErrorText::describe(const AwsError &e)
{
    ErrorText t;
    t.message = e.message.isEmpty() ? e.code : e.message;
    const QString &code = e.code;
    using K = AwsError::Kind;

    if (code == OnrampError::AccountOwnedByAnotherUser) {
        t.hint = tr("This AWS account is already managed by another user in this system.");
        t.exitCode = 4;
    } else if (code == OnrampError::PlanLimitReached) {
        t.hint = tr("Disconnect the account you have, or ask an administrator for the standard plan.");
        t.exitCode = 5;
    } else if (code == OnrampError::MissingPermissions) {
        t.hint = tr("Check IAM permissions");
        t.exitCode = 6;
    } else if (code == OnrampError::DiscoveryFailed) {
        t.hint = tr("Check IAM permissions");
        t.exitCode = 7;
    } else if (code == OnrampError::RoleRejected) {
        t.hint = tr("Check that the stack finished, the Role ARN, and that the role trusts this console with this "
                    "onboarding's External ID.");
        t.exitCode = 3;
    } else if (code == OnrampError::NotManagementAccount) {
        t.hint = tr("Give the Role ARN of the stack in the organization's management account, or connect this "
                    "account on its own.");
        t.exitCode = 3;
    } else if (code == OnrampError::ExternalIdNotEnforced) {
        t.hint = tr("Add the condition StringEquals sts:ExternalId to the role's trust policy (Onramp's template has "
                    "it: update or recreate the stack from it), then verify again.");
        t.exitCode = 3;
    } else if (code == OnrampError::RootCredentialsRefused) {
        t.hint = tr("Create an IAM user with only the read-only permissions Onramp lists, and use its access keys.");
        t.exitCode = 3;
    } else if (code == OnrampError::NoCredentials) {
        t.hint = tr("Set the console's own AWS credentials in Settings, or with AWS_PROFILE or AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY.");
        t.exitCode = 3;
    } else if (code.startsWith(QLatin1StringView("Keychain"))) {
        t.hint = tr("Unlock or start your system keychain (Secret Service) and try again.");
        t.exitCode = 9;
    } else if (code.startsWith(QLatin1StringView("Database"))) {
        t.exitCode = 1;
    } else {
        switch (e.kind) {
        case K::InvalidInput:
            t.exitCode = 2;
            break;
        case K::InvalidCredentials:
            t.message = tr("Invalid AWS credentials");
            if (!e.message.isEmpty())
                t.message += QStringLiteral(": ") + e.message;
            t.hint = tr("Check the access key id and secret access key.");
            t.exitCode = 3;
            break;
        case K::AccessDenied:
            t.hint = tr("Check IAM permissions");
            t.exitCode = 3;
            break;
        case K::ClockSkew:
            t.hint = tr("Check this computer's clock.");
            t.exitCode = 8;
            break;
        case K::Network:
        case K::Timeout:
        case K::ServerError:
        case K::Throttling:
            t.hint = tr("Check the network connection and proxy settings, then retry.");
            t.exitCode = 8;
            break;
        case K::Tls:
            t.hint = tr("Check AWS_CA_BUNDLE and any TLS-inspecting proxy.");
            t.exitCode = 8;
            break;
        default:
            t.exitCode = 1;
            break;
        }
    }
    return t;
}
