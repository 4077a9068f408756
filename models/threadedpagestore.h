// ThreadedPageStore: stores discovery pages on a writer thread with a registry connection of its own.
#pragma once

#include "models/pagestore.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class QThread;
class DiscoveryStoreWriter;

/// Stores pages on a thread of its own, through its own connection to the owner's database, so that the thread
/// that handles replies and sends the next requests never waits for the database: the same SQLite file (WAL: the
/// owner's connection reads meanwhile; SQLite's busy timeout orders the rare concurrent writes) or, in team mode,
/// the same PostgreSQL database as the same role (Registry::openAnotherConnection(): same URL and password
/// source, and row-level security confines it exactly as the owner's connection).
///
/// The work runs on the writer thread in the order it was asked for (a region's completion after its pages), and
/// the results are queued back to the thread that created the store, in the same order. Destroying the store
/// drops the work still queued, closes the connection on the writer thread and stops the thread.
///
/// Failures come back as the pages' errors, never as a wait: a connection that cannot be opened fails the page
/// ("Cannot store the discovered resources: …", the registry's code) and the rest of that run's pages at once
/// without trying again (a server that is away costs one connect timeout per run); the next run tries again. A
/// team-mode connection the server dropped (restarted, backend ended) is replaced: after a failed page, and
/// before a task that follows a pause (a refresh after a server restart then just reconnects).
class ThreadedPageStore final : public PageStore
{
public:
    /// Opens (on first use, on the writer thread) another connection to \a owner's database
    /// (Registry::openAnotherConnection()). \a owner must outlive the store. Callbacks run on the calling thread.
    explicit ThreadedPageStore(const Registry &owner);
    ~ThreadedPageStore() override;

    /// Opens the writer thread's connection now, and (SQLite) prepares the merge's statements
    /// (Registry::prepareMergeStatements()): neither its open (SQLite: the file, its schema check; team mode: a
    /// login) nor those statements delay the run's first page. Nothing is stored. A failed open fails the run's
    /// pages as usual.
    void prepare(quint64 run) override;
    /// Posts the page to the writer thread at once (\a context is not used: nothing waits on the owner's thread).
    void storePage(DiscoveryRunContext *context, const PageListing &listing, const Ec2InstancePage &page,
        const QHash<QString, QString> &health, PageStored stored) override;
    void completeRegion(
        const PageListing &listing, QList<QPair<QString, QString>> health, RegionCompleted completed) override;
    void storeHealth(
        DiscoveryRunContext *context, const PageListing &listing, QList<QPair<QString, QString>> health) override;
    void storeDatabasePage(DiscoveryRunContext *context, const PageListing &listing, const RdsDbInstancePage &page,
        DatabasePageStored stored) override;
    void completeDatabases(const PageListing &listing, DatabasesCompleted completed) override;

private:
    /// Runs \a task on the preparing thread, in order, at the background CPU priority (ThreadPriority).
    template <typename Task> void onPrep(Task task);
    /// Runs \a task on the writer thread, after the tasks posted before it, unless the store is being destroyed.
    /// Every task goes through the preparing thread first, in order (storePage() prepares its page there).
    template <typename Task> void onWriter(Task task);
    /// Posts \a task to the writer thread (called on the preparing thread).
    template <typename Task> void toWriter(Task task);
    /// Runs \a answer on the owner's thread, after the answers posted before it (called on the writer thread).
    template <typename Answer> void answer(Answer answer);

    QObject m_home; ///< on the owner's thread: receives the results (queued events die with the store)
    QThread *m_thread;
    DiscoveryStoreWriter *m_writer;
    /// The preparing thread (a pool of one): a page's merge work that needs no database
    /// (Registry::prepareInstances(), about a third of an all-new page's CPU) is done there while the writer
    /// merges the page before, on the other core.
    std::unique_ptr<QThreadPool> m_prep;
};
