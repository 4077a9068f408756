// ConnectProgressPage: the wizard's last page — verifying, discovering, complete, or what went wrong.
#pragma once

#include "models/organizationservice.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

/// Shows one state of a connection attempt: working (a stage text such as "Verifying…"), discovering (elapsed
/// seconds, regions done of total, instances found so far), complete (with the instance count), or an error with
/// its hint. A "taking longer than expected" note can be added to the discovering state. For an organization it
/// shows "12 of 48 accounts" and the list of its accounts (status, instance count, message), every text from AWS
/// shown literally.
class ConnectProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectProgressPage)
public:
    enum class Kind { Working, Discovering, Complete, Error };

    explicit ConnectProgressPage(QWidget *parent = nullptr);

    void showWorking(const QString &headline, const QString &detail = {});
    void showDiscovering(qint64 elapsedSecs, int regionsDone, int regionsTotal, int instancesSoFar);
    void showSlow();
    void showComplete(int instanceCount);
    /// An organization being connected: \a accountsDone of \a accountsTotal accounts, \a instances found so far.
    void showOrganizationProgress(const QString &headline, int accountsDone, int accountsTotal, int instances);
    /// An organization connected: how many of its accounts are connected, and their instances.
    void showOrganizationComplete(int connected, int total, int instances);
    /// The organization's accounts, in the list under the state (empty hides the list).
    void setMembers(const QList<OrganizationMember> &members);
    QTreeWidget *memberList() const { return m_members; }
    /// \a headline defaults to "The account could not be connected".
    void showError(const QString &message, const QString &hint, const QString &headline = {});

    /// What is being connected, shown above the state ("Marketing — role arn:aws:iam::…").
    void setSummary(const QString &summary);

    Kind kind() const { return m_kind; }
    /// The figures of the last showDiscovering().
    int regionsDone() const { return m_regionsDone; }
    int regionsTotal() const { return m_regionsTotal; }
    int instancesSoFar() const { return m_instancesSoFar; }
    QString headline() const;
    QString detail() const;
    QString hint() const;
    QString slowNote() const;

Q_SIGNALS:
    /// Emitted whenever what the page shows changes (for tests, and a hook for screen-reader announcements).
    void shown(ConnectProgressPage::Kind kind, const QString &headline, const QString &detail);

private:
    void setIcon(const QIcon &icon);

    Kind m_kind = Kind::Working;
    int m_regionsDone = 0;
    int m_regionsTotal = 0;
    int m_instancesSoFar = 0;
    QLabel *m_summary;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QLabel *m_hint;
    QLabel *m_slow;
    QTreeWidget *m_members;
};
