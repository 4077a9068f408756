// ScreenshotDriver: puts the app in one scene (a window, a wizard tab, the progress page...) and saves a PNG.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ConnectWizard;
class MainWindow;
class QWidget;

/// Drives the real windows the way a person would (opening the wizard, typing a Role ARN, pressing Verify) so the
/// README's screenshots show the app as it is. Used by the developer tool `onramp-screenshots --scene NAME FILE`
/// (app/screenshots/main.cpp, run by scripts/screenshots.sh); not part of the product. Each scene waits until what it
/// shows is on screen (the template built, discovery under way with instances found, the error shown, the instances
/// loaded), or a timeout, then grabs the window with QWidget::grab() and reports done().
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)
public:
    enum class Scene {
        Main,
        WizardCloudFormation,
        WizardAccessKeys,
        WizardProgress,
        WizardError,
        WizardOrganization,
        WizardOrganizationProgress,
        Browser,
        BrowserDatabases,
        Settings,
        Audit
    };

    /// Parses a scene name ("main", "wizard-cfn", "wizard-keys", "wizard-org", "wizard-org-progress",
    /// "wizard-progress", "wizard-error", "browser", "browser-databases", "settings", "audit"); false when unknown.
    static bool parseScene(const QString &name, Scene *scene);
    static QStringList sceneNames();

    ScreenshotDriver(MainWindow *window, Scene scene, const QString &file, QObject *parent = nullptr);

    /// The pending record to resume (wizard scenes) and the Role ARN to verify (progress and error scenes).
    void setResumeId(const QString &id) { m_resumeId = id; }
    void setRoleArn(const QString &arn) { m_roleArn = arn; }
    /// The root or OU ids the organization scenes type in "Target OUs".
    void setTargets(const QString &targets) { m_targets = targets; }
    /// The longest a scene waits for its content before grabbing anyway (default 60 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    /// Polls \a ready every 100 ms; grabs \a target when it holds, or at the timeout.
    void waitThenGrab(std::function<bool()> ready, std::function<QWidget *()> target, int settleMs = 400);
    void grab(QWidget *widget);
    ConnectWizard *openWizard();

    QPointer<MainWindow> m_window;
    Scene m_scene;
    QString m_file;
    QString m_resumeId;
    QString m_roleArn;
    QString m_targets;
    int m_timeoutMs = 60000;
    QElapsedTimer m_clock;
};
