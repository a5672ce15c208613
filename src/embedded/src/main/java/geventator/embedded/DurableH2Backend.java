package geventator.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend made durable: every command that changed the store is committed and
 * synced to disk before its answer goes back, so an acknowledged write survives {@code kill -9} and a
 * power cut. (The stock backend relies on H2's background commit, about once a second, which loses the
 * last second of acknowledged writes.)
 *
 * <p>The driver sends every command, writes included, as an OP_MSG, which arrives here. Commands run side by side as before; a commit waits until none is half-way through, so a stored
 * version never holds a document without its index entries. The sync to disk runs outside that lock, and
 * writers that commit while one syncs share the next sync.
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final ReadWriteLock commits = new ReentrantReadWriteLock(true);
    private final Object syncing = new Object();
    private long synced = -1;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /** Opens (or creates) the store in {@code file} with H2's background commit off: this class commits. */
    static DurableH2Backend open(String file) {
        return new DurableH2Backend(
                new MVStore.Builder().fileName(file).autoCommitDisabled().open());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        commits.readLock().lock();
        try {
            return super.handleMessage(message);
        } finally {
            commits.readLock().unlock();
            commitIfChanged();
        }
    }

    private void commitIfChanged() {
        if (!store.hasUnsavedChanges()) {
            return;
        }
        long committed;
        commits.writeLock().lock();
        try {
            committed = store.hasUnsavedChanges() ? store.commit() : store.getCurrentVersion();
        } finally {
            commits.writeLock().unlock();
        }
        syncThrough(committed);
    }

    /**
     * Syncs the file unless a sync since {@code version} was committed already covered it. Commands and
     * commits go on while one thread syncs, and the writers that committed meanwhile share the next sync.
     */
    private void syncThrough(long version) {
        synchronized (syncing) {
            if (synced >= version) {
                return;
            }
            long covered;
            commits.readLock().lock(); // no commit half-way: every version up to this one is written
            try {
                covered = store.getCurrentVersion();
            } finally {
                commits.readLock().unlock();
            }
            store.sync();
            synced = covered;
        }
    }
}
