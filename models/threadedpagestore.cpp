// ThreadedPageStore: the writer thread, its Registry connection (SQLite or team mode), and the results queued back.
#include "models/threadedpagestore.h"

#include "aws/threadpriority.h"
#include "models/errortext.h"
#include "models/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

/// Lives on the writer thread: the Registry connection (a Qt SQL connection belongs to the thread that opened it).
class DiscoveryStoreWriter final : public QObject
{
public:
    explicit DiscoveryStoreWriter(const Registry &owner)
        : m_owner(owner)
    {
        m_checkpoint.setSingleShot(true);
        m_checkpoint.setInterval(kIdleCheckpointMs);
        connect(&m_checkpoint, &QTimer::timeout, this, [this] {
            if (!m_registry || stopping)
                return;
            // A failure leaves the WAL to SQLite's own checkpoints: nothing is lost.
            if (const Result<void> done = m_registry->checkpoint(); !done)
                qCInfo(lcModels).noquote() << "discovery writer: idle checkpoint not made:" << done.error().toString();
        });
    }

    /// The connection for a task of run \a run, opened on first use. A failed open is remembered for the rest of
    /// its run (its other pages fail at once with the same error); a later run tries again. In team mode a
    /// connection unused for a while is checked first (one round trip) and replaced if the server dropped it.
    Result<Registry *> registry(quint64 run)
    {
        if (m_registry && m_registry->isTeamMode() && m_sinceUse.isValid() && m_sinceUse.hasExpired(kIdleCheckMs)
            && !m_registry->integrityCheck())
            m_registry.reset();
        if (!m_registry) {
            if (m_failedOpen && m_failedOpen->first == run)
                return m_failedOpen->second;
            Result<std::unique_ptr<Registry>> opened = m_owner.openAnotherConnection();
            if (!opened) {
                AwsError e = opened.error();
                e.message
                    = QCoreApplication::translate("ThreadedPageStore", "Cannot store the discovered resources: %1")
                          .arg(e.message);
                qCWarning(lcModels).noquote() << "discovery writer:" << e.toString();
                m_failedOpen = { run, e };
                return e;
            }
            m_failedOpen.reset();
            m_registry = std::move(opened).value();
        }
        return m_registry.get();
    }

    /// After a task that stored \a merged: a team-mode connection that failed it and no longer answers (the server
    /// restarted, the backend was ended) is closed, so that the next task opens a new one, and the error says so
    /// (the driver's own text for a dead connection is often empty). SQLite's failures (a lock held too long) keep it.
    void taskDone(Result<InstanceMergeResult> &merged)
    {
        if (!merged && m_registry && m_registry->isTeamMode() && !m_registry->integrityCheck()) {
            m_registry.reset();
            AwsError lost = merged.error();
            lost.kind = AwsError::Kind::Network;
            lost.code = OnrampError::DatabaseOpenFailed;
            lost.retryable = true;
            lost.message = QCoreApplication::translate("ThreadedPageStore",
                "Cannot store the discovered resources: the connection to the team database %1 was lost (%2).")
                               .arg(m_owner.location(), merged.error().message);
            merged = lost;
        }
        taskDone(kAfterPageCheckpointMs);
    }
    /// After a task that cannot fail (a completion, health): the checkpoint waits \a checkpointAfterMs for more.
    void taskDone(int checkpointAfterMs = kIdleCheckpointMs)
    {
        m_sinceUse.start();
        // SQLite: once no task is waiting, the WAL is copied into the database file while the writer would wait
        // anyway (a verify's writer idles ~50 ms of each home page's round trip). Otherwise the owner's connection
        // copied and synced the whole run's WAL when the process closed it (~6 MB, 35-65 ms after a
        // 10,000-instance verify's result was printed). A page that comes while one runs waits for it (the pages
        // since the last one copied, two syncs), so after a page it starts as soon as the queue is empty: the
        // chain's next page is a round trip away and comes after it. (Started 20 ms later, it took 20-25 ms in a
        // slow phase and often still ran when a verify's last page came: 10-25 ms of its end in 6 of 14
        // instrumented runs.) After a completion the owner's last writes of a run follow within milliseconds, and
        // a checkpoint then would delay them: it waits. SQLite's automatic checkpoint (Registry::configureSqlite())
        // still bounds the WAL.
        if (m_registry && !m_registry->isTeamMode())
            m_checkpoint.start(checkpointAfterMs);
    }

    void close()
    {
        m_checkpoint.stop();
        m_registry.reset();
    }

    /// Set by ~ThreadedPageStore: pending stores are dropped instead of delaying the shutdown.
    std::atomic<bool> stopping { false };

private:
    /// Pages of a discovery follow each other within milliseconds; a longer pause is worth one round trip.
    static constexpr qint64 kIdleCheckMs = 2000;
    /// How long the writer waits for another task before it checkpoints (SQLite): after a completion, and after a
    /// page (0: as soon as no task is queued).
    static constexpr int kIdleCheckpointMs = 20;
    static constexpr int kAfterPageCheckpointMs = 0;

    const Registry &m_owner;
    std::unique_ptr<Registry> m_registry;
    std::optional<std::pair<quint64, AwsError>> m_failedOpen; ///< the run whose open failed, and why
    QElapsedTimer m_sinceUse;
    QTimer m_checkpoint { this }; ///< a child: it moves to the writer thread with the writer
};

ThreadedPageStore::ThreadedPageStore(const Registry &owner)
    : m_thread(new QThread)
    , m_writer(new DiscoveryStoreWriter(owner))
{
    m_thread->setObjectName(QStringLiteral("onramp-discovery-writer"));
    m_writer->moveToThread(m_thread);
    m_thread->start();
    m_prep = std::make_unique<QThreadPool>();
    m_prep->setObjectName(QStringLiteral("onramp-discovery-prep"));
    m_prep->setMaxThreadCount(1); // in order: the writer gets its tasks as they were asked for
    m_prep->setExpiryTimeout(-1);
}

ThreadedPageStore::~ThreadedPageStore()
{
    // Whatever is still queued is dropped (its runs are gone); the connection is closed on its own thread.
    m_writer->stopping = true;
    m_prep->waitForDone(); // what it was preparing is dropped by the writer (stopping)
    m_prep.reset();
    DiscoveryStoreWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_writer;
    delete m_thread;
}

template <typename Task> void ThreadedPageStore::onPrep(Task task)
{
    m_prep->start([task = std::move(task)]() mutable {
        ThreadPriority::becomeBackground();
        task();
    });
}

template <typename Task> void ThreadedPageStore::onWriter(Task task)
{
    onPrep([this, task = std::move(task)]() mutable { toWriter(std::move(task)); });
}

template <typename Task> void ThreadedPageStore::toWriter(Task task)
{
    QMetaObject::invokeMethod(
        m_writer,
        [this, task = std::move(task)]() mutable {
            ThreadPriority::becomeBackground();
            if (!m_writer->stopping)
                task();
        },
        Qt::QueuedConnection);
}

template <typename Answer> void ThreadedPageStore::answer(Answer answer)
{
    QMetaObject::invokeMethod(&m_home, std::move(answer), Qt::QueuedConnection);
}

void ThreadedPageStore::prepare(quint64 run)
{
    onWriter([this, run] {
        if (Result<Registry *> registry = m_writer->registry(run))
            (*registry)->prepareMergeStatements();
    });
}

void ThreadedPageStore::storePage(DiscoveryRunContext *, const PageListing &listing, const Ec2InstancePage &page,
    const QHash<QString, QString> &health, PageStored stored)
{
    // The page is shared, not copied (implicitly shared lists), and moved along with the result. It is made ready on
    // the preparing thread while the writer merges the page before.
    onPrep([this, listing, page, health, stored = std::move(stored)]() mutable {
        if (m_writer->stopping)
            return;
        auto prepared = std::make_shared<const Registry::PreparedInstances>(
            Registry::prepareInstances(listing.accountId, listing.region, page.instances, listing.seenAt));
        toWriter([this, listing, page = std::move(page), prepared = std::move(prepared), health = std::move(health),
                     stored = std::move(stored)]() mutable {
            Result<InstanceMergeResult> merged = mergePage(m_writer->registry(listing.run), listing, *prepared, health);
            m_writer->taskDone(merged);
            answer([page = std::move(page), merged = std::move(merged), stored = std::move(stored)] {
                stored(page, merged);
            });
        });
    });
}

void ThreadedPageStore::completeRegion(
    const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed)
{
    onWriter([this, listing, health = std::move(health), completed = std::move(completed)]() mutable {
        RegionCompletion done = completeListing(m_writer->registry(listing.run), listing, health);
        m_writer->taskDone();
        answer([done = std::move(done), completed = std::move(completed)] { completed(done); });
    });
}

void ThreadedPageStore::storeHealth(
    DiscoveryRunContext *, const PageListing &listing, QList<QPair<QString, QString>> health)
{
    onWriter([this, listing, health = std::move(health)] {
        storeListedHealth(m_writer->registry(listing.run), listing, health);
        m_writer->taskDone();
    });
}

void ThreadedPageStore::storeDatabasePage(
    DiscoveryRunContext *, const PageListing &listing, const RdsDbInstancePage &page, DatabasePageStored stored)
{
    onWriter([this, listing, page, stored = std::move(stored)]() mutable {
        Result<InstanceMergeResult> merged = mergeDatabasePage(m_writer->registry(listing.run), listing, page);
        m_writer->taskDone(merged);
        answer(
            [page = std::move(page), merged = std::move(merged), stored = std::move(stored)] { stored(page, merged); });
    });
}

void ThreadedPageStore::completeDatabases(const PageListing &listing, DatabasesCompleted completed)
{
    onWriter([this, listing, completed = std::move(completed)]() mutable {
        QList<StoredInstance> deleted = completeDatabaseListing(m_writer->registry(listing.run), listing);
        m_writer->taskDone();
        answer([deleted = std::move(deleted), completed = std::move(completed)] { completed(deleted); });
    });
}
