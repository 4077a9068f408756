// OnboardingJob: ownership, caller and end of an OnboardingService job.
#include "models/onboardingjob.h"

OnboardingJob::OnboardingJob(OnboardingService *service, QObject *context, OnboardingService::AccountCallback callback)
    : QObject(service)
    , m_service(service)
    , m_context(context)
    , m_callback(std::move(callback))
{
    if (context)
        connect(context, &QObject::destroyed, this, &QObject::deleteLater);
}

void OnboardingJob::done(const Result<Account> &result)
{
    if (m_context)
        m_callback(result);
    deleteLater();
}
