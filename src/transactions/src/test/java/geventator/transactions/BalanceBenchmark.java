package geventator.transactions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import geventator.transactions.Organizers.Person;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import geventator.transactions.store.MongoEntries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Recorded, not asserted: see docs/benchmarks/ledger.md for the command and the figures. The balance is
 * the database's aggregation over the (eventId, voided) index; nothing is loaded into the JVM.
 */
@Tag("benchmark")
class BalanceBenchmark {

    @Test
    void balance_by_aggregation_at_1k_10k_100k_entries() {
        try (MongoClient client = MongoClients.create(TestDatabase.uri())) {
            MongoEntries entries = new MongoEntries(client.getDatabase(TestDatabase.freshPrefix() + "_transactions"));
            EventId eventId = MongoEntriesTest.newEvent();
            EventId noise = MongoEntriesTest.newEvent();
            int stored = 0;
            for (int size : new int[] {1_000, 10_000, 100_000}) {
                while (stored < size) {
                    List<Entry> batch = new ArrayList<>();
                    for (int i = 0; i < 1_000; i++, stored++) {
                        Kind kind = Kind.values()[stored % 7];
                        batch.add(
                                MongoEntriesTest.entry(eventId, kind, (stored % 997 + 1) + ".25", "server:" + stored));
                        batch.add(MongoEntriesTest.entry(noise, kind, "1.00", "server:" + stored));
                    }
                    entries.addAll(batch);
                }
                entries.sums(eventId);
                entries.pockets(eventId);
                long bestSums = Long.MAX_VALUE;
                long bestPockets = Long.MAX_VALUE;
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    entries.sums(eventId); // the balance's one aggregation: the yardstick of this run
                    long middle = System.nanoTime();
                    entries.pockets(eventId); // the settle-up's one $facet aggregation
                    bestSums = Math.min(bestSums, middle - start);
                    bestPockets = Math.min(bestPockets, System.nanoTime() - middle);
                }
                System.out.printf(
                        "BENCHMARK %,d entries (as many again in another event), best of 5: balance sums %.1f ms,"
                                + " settle-up pockets ($facet) %.1f ms, pockets/sums = %.2f%n",
                        size, bestSums / 1e6, bestPockets / 1e6, (double) bestPockets / bestSums);
            }
        }
    }

    @Test
    void entries_posted_per_second_over_http() throws Exception {
        try (TestApp app = TestApp.start("all")) {
            Http http = app.http();
            Person ana = Organizers.register(http, "Ana");
            String base = "/events/" + Organizers.event(http, ana) + "/ledger/entries";
            int total = 2_000;
            ExecutorService pool = Executors.newFixedThreadPool(8);
            long start = System.nanoTime();
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                posts.add(pool.submit(() -> http.post(base, Organizers.purchase("Load", "1", "1.25"))
                        .bearer(ana.token())
                        .send()
                        .status()));
            }
            for (Future<Integer> post : posts) {
                if (post.get() != 201) {
                    throw new AssertionError("a post failed: " + post.get());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(
                    "BENCHMARK %,d entries posted over HTTP by 8 clients in %.1f s = %.0f entries/s%n",
                    total, seconds, total / seconds);
        }
    }
}
