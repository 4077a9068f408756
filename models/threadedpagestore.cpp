// ThreadedPageStore: the writer thread, its Registry connection, and the results queued back.
#include "models/threadedpagestore.h"

#include <QThread>

#include <atomic>
#include <memory>

/// Lives on the writer thread: the Registry connection (a Qt SQL connection belongs to the thread that opened it).
class DiscoveryStoreWriter final : public QObject
{
public:
    DiscoveryStoreWriter(QString location, QString user, int busyTimeoutMs)
        : m_location(std::move(location))
        , m_user(std::move(user))
        , m_busyTimeoutMs(busyTimeoutMs)
    {
    }

    /// The connection, opened on first use. A failed open (say, the file locked longer than the busy timeout) is
    /// tried again by the next task.
    Result<Registry *> registry()
    {
        if (!m_registry) {
            Registry::Options options;
            options.busyTimeoutMs = m_busyTimeoutMs;
            Result<std::unique_ptr<Registry>> opened = Registry::open(m_location, m_user, options);
            if (!opened)
                return opened.error();
            m_registry = std::move(opened).value();
        }
        return m_registry.get();
    }

    void close() { m_registry.reset(); }

    /// Set by ~ThreadedPageStore: pending stores are dropped instead of delaying the shutdown.
    std::atomic<bool> stopping { false };

private:
    QString m_location;
    QString m_user;
    int m_busyTimeoutMs;
    std::unique_ptr<Registry> m_registry;
};

ThreadedPageStore::ThreadedPageStore(const QString &location, const QString &user, int busyTimeoutMs)
    : m_thread(new QThread)
    , m_writer(new DiscoveryStoreWriter(location, user, busyTimeoutMs))
{
    m_thread->setObjectName(QStringLiteral("onramp-discovery-writer"));
    m_writer->moveToThread(m_thread);
    m_thread->start();
}

ThreadedPageStore::~ThreadedPageStore()
{
    // Whatever is still queued is dropped (its runs are gone); the connection is closed on its own thread.
    m_writer->stopping = true;
    DiscoveryStoreWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_writer;
    delete m_thread;
}

template <typename Task> void ThreadedPageStore::onWriter(Task task)
{
    QMetaObject::invokeMethod(
        m_writer,
        [this, task = std::move(task)]() mutable {
            if (!m_writer->stopping)
                task();
        },
        Qt::QueuedConnection);
}

template <typename Answer> void ThreadedPageStore::answer(Answer answer)
{
    QMetaObject::invokeMethod(&m_home, std::move(answer), Qt::QueuedConnection);
}

void ThreadedPageStore::storePage(
    DiscoveryRunContext *, const PageListing &listing, const Ec2InstancePage &page, PageStored stored)
{
    // The page is shared, not copied (implicitly shared lists), and moved along with the result.
    onWriter([this, listing, page, stored = std::move(stored)]() mutable {
        Result<InstanceMergeResult> merged = mergePage(m_writer->registry(), listing, page);
        answer(
            [page = std::move(page), merged = std::move(merged), stored = std::move(stored)] { stored(page, merged); });
    });
}

void ThreadedPageStore::completeRegion(
    const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed)
{
    onWriter([this, listing, health = std::move(health), completed = std::move(completed)]() mutable {
        RegionCompletion done = completeListing(m_writer->registry(), listing, health);
        answer([done = std::move(done), completed = std::move(completed)] { completed(done); });
    });
}

void ThreadedPageStore::storeDatabasePage(
    DiscoveryRunContext *, const PageListing &listing, const RdsDbInstancePage &page, DatabasePageStored stored)
{
    onWriter([this, listing, page, stored = std::move(stored)]() mutable {
        Result<InstanceMergeResult> merged = mergeDatabasePage(m_writer->registry(), listing, page);
        answer(
            [page = std::move(page), merged = std::move(merged), stored = std::move(stored)] { stored(page, merged); });
    });
}

void ThreadedPageStore::completeDatabases(const PageListing &listing, DatabasesCompleted completed)
{
    onWriter([this, listing, completed = std::move(completed)]() mutable {
        QList<StoredInstance> deleted = completeDatabaseListing(m_writer->registry(), listing);
        answer([deleted = std::move(deleted), completed = std::move(completed)] { completed(deleted); });
    });
}
