// AwsConfigFile: a parser for the AWS shared credentials and config files (~/.aws/credentials, ~/.aws/config).
#pragma once

#include "aws/secretbytes.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>

/// The INI dialect of the AWS shared files (AWS CLI User Guide, "Configuration and credential file settings"):
/// "[name]" sections in the credentials file, "[profile name]" (and "[default]") in the config file, "key = value"
/// lines, '#' and ';' comment lines, keys case-insensitive, nested sub-sections (lines indented under
/// "s3 =") skipped. Malformed lines are ignored like the CLI does; input is bounded: only the
/// lines within the first 1 MiB are read (the line that crosses the bound is dropped, never cut short).
///
/// The values of secret keys (isSecretKey(): aws_secret_access_key, aws_session_token) are held as SecretBytes,
/// straight from the file's bytes — never as a QString — so they are wiped when the parsed file is destroyed;
/// value() does not return them, secret() shows them and takeSecret() hands one over. The parsed file is move-only
/// (as SecretBytes is), and its secrets are in std::map, not in an implicitly shared QHash.
class AwsConfigFile final
{
public:
    enum class Kind { Credentials, Config };

    static AwsConfigFile parse(QByteArrayView text, Kind kind);
    /// Reads and parses \a path; a missing or unreadable file is an empty result. The bytes read are wiped.
    static AwsConfigFile load(const QString &path, Kind kind);

    bool hasProfile(const QString &profile) const { return m_sections.contains(profile); }
    /// The value of \a key (lower-case) in \a profile, or a null QString; always null for a secret key.
    QString value(const QString &profile, const QString &key) const;
    /// The value of the secret key \a key (lower-case) in \a profile, valid while this file lives and is not
    /// changed; empty when there is none.
    const SecretBytes &secret(const QString &profile, const QString &key) const;
    /// Moves the value of the secret key \a key out of \a profile (this file keeps an empty one); empty when there is
    /// none.
    SecretBytes takeSecret(const QString &profile, const QString &key);
    QStringList profiles() const;
    /// Config file only: whether an "[sso-session NAME]" section (IAM Identity Center) is there, and its values.
    bool hasSsoSession(const QString &name) const { return m_ssoSessions.contains(name); }
    QString ssoSessionValue(const QString &name, const QString &key) const;

    /// True for the keys whose values are secrets: aws_secret_access_key and aws_session_token (lower-case).
    static bool isSecretKey(QStringView key);

private:
    struct Section
    {
        QHash<QString, QString> values;
        std::map<QString, SecretBytes> secrets;
    };
    std::map<QString, Section> m_sections;
    std::map<QString, Section> m_ssoSessions;
};
