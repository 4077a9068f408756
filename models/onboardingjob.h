// OnboardingJob: what every job of OnboardingService shares (its service, its caller, its end).
#pragma once

#include "models/onboardingservice.h"

#include <QObject>
#include <QPointer>

/// The base of OnboardingService's job objects (VerifyRoleJob, ConnectKeysJob): owned by the service, deleted when
/// done, and stopped (like any callback of a context) when the caller's \a context is destroyed first.
class OnboardingJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingJob)
protected:
    OnboardingJob(OnboardingService *service, QObject *context, OnboardingService::AccountCallback callback);

    /// Hands \a result to the caller (while its context lives) and deletes the job.
    void done(const Result<Account> &result);

    OnboardingService *const m_service;

private:
    QPointer<QObject> m_context;
    OnboardingService::AccountCallback m_callback;
};
