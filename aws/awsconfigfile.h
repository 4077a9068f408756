// AwsConfigFile: a parser for the AWS shared credentials and config files (~/.aws/credentials, ~/.aws/config).
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

/// The INI dialect of the AWS shared files (AWS CLI User Guide, "Configuration and credential file settings"):
/// "[name]" sections in the credentials file, "[profile name]" (and "[default]") in the config file, "key = value"
/// lines, '#' and ';' comment lines, keys case-insensitive, nested sub-sections (lines indented under
/// "s3 =") skipped. Malformed lines are ignored like the CLI does; input is bounded: only the
/// lines within the first 1 MiB are read (the line that crosses the bound is dropped, never cut short).
class AwsConfigFile final
{
public:
    enum class Kind { Credentials, Config };
    using Section = QHash<QString, QString>;

    static AwsConfigFile parse(QByteArrayView text, Kind kind);
    /// Reads and parses \a path; a missing or unreadable file is an empty result.
    static AwsConfigFile load(const QString &path, Kind kind);

    bool hasProfile(const QString &profile) const { return m_sections.contains(profile); }
    /// The value of \a key (lower-case) in \a profile, or a null QString.
    QString value(const QString &profile, const QString &key) const;
    QStringList profiles() const { return m_sections.keys(); }

private:
    QHash<QString, Section> m_sections;
};
