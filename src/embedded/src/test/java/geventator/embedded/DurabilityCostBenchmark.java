package geventator.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What committing and syncing every write costs: acknowledged inserts per second through the real driver
 * into mongo-java-server on H2, stock (H2 commits in the background about once a second) against
 * {@link DurableH2Backend} (commit and fsync before the answer), measured in the same run. Prints figures
 * and asserts none; run with {@code -Dbenchmarks.excluded= -Dgroups=benchmark -Dtest=DurabilityCostBenchmark}.
 */
@Tag("benchmark")
class DurabilityCostBenchmark {

    private static final int WRITERS = 4;
    private static final int WRITES_PER_WRITER = 500;
    private static final int ROUNDS = 5;

    @Test
    void acknowledged_writes_per_second_stock_against_durable() throws Exception {
        Path dir = Files.createTempDirectory("durability-benchmark");
        List<Double> stock = new ArrayList<>();
        List<Double> durable = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            stock.add(writesPerSecond(dir.resolve("stock-" + round + ".h2"), H2Backend::new));
            durable.add(writesPerSecond(dir.resolve("durable-" + round + ".h2"), DurableH2Backend::open));
        }
        double medianStock = median(stock);
        double medianDurable = median(durable);
        System.out.printf(
                "BENCHMARK %d writers x %d inserts, %d rounds: stock %s writes/s (median %.0f), durable %s writes/s"
                        + " (median %.0f), durable/stock = %.2f%n",
                WRITERS,
                WRITES_PER_WRITER,
                ROUNDS,
                rounded(stock),
                medianStock,
                rounded(durable),
                medianDurable,
                medianDurable / medianStock);
    }

    private static double writesPerSecond(Path file, Function<String, H2Backend> backend) throws Exception {
        MongoServer server = new MongoServer(backend.apply(file.toString()).version(ServerVersion.MONGO_5_0));
        String uri = server.bindAndGetConnectionString();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> entries = client.getDatabase("bench").getCollection("entries");
            entries.insertOne(new Document("warm", true));
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < WRITES_PER_WRITER; i++) {
                        entries.insertOne(new Document("writer", writer)
                                .append("i", i)
                                .append("concept", "Tickets " + i)
                                .append("amountMinor", 1250L * i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return WRITERS * WRITES_PER_WRITER / seconds;
        } finally {
            writers.shutdownNow();
            server.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
