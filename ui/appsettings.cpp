// AppSettings: typed preferences over QSettings.
#include "ui/appsettings.h"

#include <QMetaEnum>
#include <QSettings>

namespace {
template <typename E> E enumFromString(const QString &text, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? E(v) : fallback;
}

template <typename E> QString enumToString(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return QSettings().value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    Q_EMIT changed();
}

AppSettings::IdentitySource AppSettings::identitySource() const
{
    return enumFromString(value(QStringLiteral("console/source")).toString(), IdentitySource::Environment);
}

void AppSettings::setIdentitySource(IdentitySource source)
{
    setValue(QStringLiteral("console/source"), enumToString(source));
}

QString AppSettings::awsProfile() const
{
    return value(QStringLiteral("console/profile")).toString();
}

void AppSettings::setAwsProfile(const QString &profile)
{
    setValue(QStringLiteral("console/profile"), profile);
}

QString AppSettings::keychainKeyId() const
{
    return value(QStringLiteral("console/keychainKeyId")).toString();
}

void AppSettings::setKeychainKeyId(const QString &keyId)
{
    setValue(QStringLiteral("console/keychainKeyId"), keyId);
}

QString AppSettings::trustedAccountOverride() const
{
    return value(QStringLiteral("onboarding/trustedAccount")).toString();
}

void AppSettings::setTrustedAccountOverride(const QString &accountId)
{
    setValue(QStringLiteral("onboarding/trustedAccount"), accountId);
}

QUrl AppSettings::templateUrl() const
{
    return QUrl(value(QStringLiteral("onboarding/templateUrl")).toString());
}

void AppSettings::setTemplateUrl(const QUrl &url)
{
    setValue(QStringLiteral("onboarding/templateUrl"), url.toString());
}

QString AppSettings::homeRegion() const
{
    return value(QStringLiteral("aws/homeRegion")).toString();
}

void AppSettings::setHomeRegion(const QString &region)
{
    setValue(QStringLiteral("aws/homeRegion"), region);
}

int AppSettings::refreshIntervalSecs() const
{
    bool ok = false;
    const int secs = value(QStringLiteral("discovery/refreshIntervalSecs")).toInt(&ok);
    return ok && secs >= 0 ? secs : DefaultRefreshIntervalSecs;
}

void AppSettings::setRefreshIntervalSecs(int secs)
{
    setValue(QStringLiteral("discovery/refreshIntervalSecs"), qMax(0, secs));
}

QString AppSettings::language() const
{
    return value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(QStringLiteral("ui/language"), language);
}

AppSettings::Appearance AppSettings::appearance() const
{
    return enumFromString(value(QStringLiteral("ui/appearance")).toString(), Appearance::System);
}

void AppSettings::setAppearance(Appearance appearance)
{
    setValue(QStringLiteral("ui/appearance"), enumToString(appearance));
}

QByteArray AppSettings::state(const QString &key) const
{
    return value(QStringLiteral("state/") + key).toByteArray();
}

void AppSettings::setState(const QString &key, const QByteArray &state)
{
    // Window state is not a preference: no changed() for it.
    QSettings().setValue(QStringLiteral("state/") + key, state);
}
