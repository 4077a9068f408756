// AwsConfigFile: the AWS shared credentials/config file parser.
#include "aws/awsconfigfile.h"

#include <QFile>

namespace {
constexpr qint64 maxFileBytes = 1024 * 1024;

bool isCommentOrBlank(QByteArrayView line)
{
    return line.isEmpty() || line.front() == '#' || line.front() == ';';
}
} // namespace

AwsConfigFile AwsConfigFile::parse(QByteArrayView text, Kind kind)
{
    AwsConfigFile file;
    // Past the bound, drop the line the cut falls in as well: a value cut short (a key missing its last
    // characters) must not be read as if it were whole.
    if (text.size() > maxFileBytes)
        text = text.first(text.first(maxFileBytes).lastIndexOf('\n') + 1);

    Section *current = nullptr;
    bool inSubSection = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView raw = text.sliced(pos, end - pos);
        pos = end + 1;
        const bool indented = !raw.isEmpty() && (raw.front() == ' ' || raw.front() == '\t');
        QByteArrayView line = raw.trimmed();
        if (isCommentOrBlank(line))
            continue;

        if (line.front() == '[') {
            inSubSection = false;
            current = nullptr;
            if (line.back() != ']')
                continue;
            QString name = QString::fromUtf8(line.sliced(1, line.size() - 2)).trimmed();
            std::map<QString, Section> *sections = &file.m_sections;
            if (kind == Kind::Config) {
                // The config file names profiles "[profile NAME]", except "[default]"; "[sso-session NAME]" holds an
                // IAM Identity Center session. "[services x]" is another kind of section that Onramp does not read.
                if (name.startsWith(QLatin1StringView("profile ")) || name.startsWith(QLatin1StringView("profile\t"))) {
                    name = name.sliced(8).trimmed();
                } else if (name.startsWith(QLatin1StringView("sso-session "))
                    || name.startsWith(QLatin1StringView("sso-session\t"))) {
                    name = name.sliced(12).trimmed();
                    sections = &file.m_ssoSessions;
                } else if (name != QLatin1StringView("default")) {
                    continue;
                }
            }
            if (name.isEmpty())
                continue;
            current = &(*sections)[name];
            continue;
        }
        if (!current)
            continue;
        if (indented && inSubSection)
            continue; // a nested "s3 =\n  key = value" block
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QString::fromUtf8(line.first(eq).trimmed()).toLower();
        QByteArrayView valueBytes = line.sliced(eq + 1).trimmed();
        inSubSection = valueBytes.isEmpty();
        // A secret goes from the caller's bytes into SecretBytes and nowhere else: a QString copy would live (and
        // be freed unwiped) with the hash, and wiping a copy of an implicitly shared QString wipes only the copy.
        if (isSecretKey(key)) {
            current->values.remove(key);
            current->secrets.insert_or_assign(key, SecretBytes(valueBytes));
        } else {
            current->secrets.erase(key);
            current->values.insert(key, QString::fromUtf8(valueBytes));
        }
    }
    return file;
}

AwsConfigFile AwsConfigFile::load(const QString &path, Kind kind)
{
    QFile f(path);
    // Unbuffered: the file's bytes go straight into `bytes` (wiped below), not also into a QIODevice buffer.
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    // One byte past the bound, so that parse() sees the file is longer and drops the line the cut falls in.
    QByteArray bytes = f.read(maxFileBytes + 1);
    AwsConfigFile parsed = parse(bytes, kind);
    SecretBytes::wipe(bytes);
    return parsed;
}

QString AwsConfigFile::value(const QString &profile, const QString &key) const
{
    const auto it = m_sections.find(profile);
    if (it == m_sections.cend())
        return QString();
    return it->second.values.value(key);
}

const SecretBytes &AwsConfigFile::secret(const QString &profile, const QString &key) const
{
    static const SecretBytes none;
    const auto it = m_sections.find(profile);
    if (it == m_sections.cend())
        return none;
    const auto secretIt = it->second.secrets.find(key);
    return secretIt == it->second.secrets.cend() ? none : secretIt->second;
}

SecretBytes AwsConfigFile::takeSecret(const QString &profile, const QString &key)
{
    const auto it = m_sections.find(profile);
    if (it == m_sections.end())
        return {};
    const auto secretIt = it->second.secrets.find(key);
    return secretIt == it->second.secrets.end() ? SecretBytes() : std::move(secretIt->second);
}

QString AwsConfigFile::ssoSessionValue(const QString &name, const QString &key) const
{
    const auto it = m_ssoSessions.find(name);
    return it == m_ssoSessions.cend() ? QString() : it->second.values.value(key);
}

QStringList AwsConfigFile::profiles() const
{
    QStringList names;
    for (const auto &[name, section] : m_sections)
        names.append(name);
    return names;
}

bool AwsConfigFile::isSecretKey(QStringView key)
{
    return key == QLatin1StringView("aws_secret_access_key") || key == QLatin1StringView("aws_session_token");
}
