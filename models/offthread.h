// runOffThread: runs a function on a short-lived worker thread and hands its result back to the UI thread.
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

/// Runs \a work on a new QThread, then \a done(result) on \a context's thread — never if \a context is destroyed
/// first (the queued QThread::finished connection dies with it). Returns the thread, which deletes itself when
/// finished. For bounded jobs only (reading the registry through a connection opened inside \a work, writing a
/// file); an owner that may be destroyed while the job runs should wait() for the thread in its destructor.
template <typename T> QThread *runOffThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}
