package geventator.events;

import static geventator.events.Fixtures.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.platform.Ids;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the conflict check and the listing as a timetable grows; prints the figures, asserts none of them.
 * Not part of the default build; run it as docs/benchmarks/events.md says.
 */
@Tag("benchmark")
class TimetableBenchmarkTest {

    private static final OffsetDateTime EVENT_START = OffsetDateTime.parse("2027-01-01T00:00:00+01:00");
    private static final int LOCATIONS = 20;
    private static final int MEMBERS = 50;
    private static final int WARM_UP = 30;
    private static final int CHECKS = 200;
    private static final int LISTINGS = 20;

    @Test
    void conflict_check_and_listing_as_the_timetable_grows() {
        List<String> rows = new ArrayList<>();
        for (int size : new int[] {100, 1_000, 2_000, 10_000}) {
            rows.add(measure(size));
        }
        System.out.println("\n| activities | conflict check over HTTP (median / p95 ms) | overlapping() port call "
                + "(median ms) | list all over HTTP (median ms) | list one day over HTTP (median ms) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String measure(int size) {
        try (TestApp app = TestApp.start("all");
                MongoClient client = MongoClients.create(TestDatabase.uri())) {
            Http http = app.http();
            String token = signUp(http, "ana");
            Map<String, Object> event = Fixtures.event("Year-long festival");
            event.put("start", EVENT_START.toString());
            event.put("end", EVENT_START.plusYears(1).toString());
            String eventId = http.post("/events", event)
                    .bearer(token)
                    .send()
                    .json()
                    .path("id")
                    .asText();
            Activities activities = new MongoActivities(client.getDatabase(app.databasePrefix() + "_events"));
            for (int i = 0; i < size; i++) {
                activities.add(seeded(eventId, i));
            }
            Activity probe = seeded(eventId, size / 2);
            Map<String, Object> clash = clashingWith(probe);
            String path = "/events/" + eventId + "/activities";

            double[] check =
                    time(CHECKS, () -> http.post(path, clash).bearer(token).send(), 409);
            double[] port = time(
                    CHECKS,
                    () -> activities.overlapping(new Activity(Ids.newId(), probe.eventId(), probe.details(), 1)),
                    -1);
            double[] list = time(LISTINGS, () -> http.get(path).bearer(token).send(), 200);
            String day = probe.details().start().toLocalDate().toString();
            double[] oneDay = time(
                    LISTINGS, () -> http.get(path + "?day=" + day).bearer(token).send(), 200);
            assertThat(http.get(path).bearer(token).send().json()).hasSize(size);
            int dayCount =
                    http.get(path + "?day=" + day).bearer(token).send().json().size();
            return String.format(
                    "| %,d | %.2f / %.2f | %.2f | %.1f | %.2f (%d activities) |",
                    size, median(check), p95(check), median(port), median(list), median(oneDay), dayCount);
        }
    }

    /** Back-to-back hours spread over the rooms; each activity has one of the members responsible. */
    private static Activity seeded(String eventId, int i) {
        OffsetDateTime start = EVENT_START.plusHours(i / LOCATIONS);
        ActivityDetails details = new ActivityDetails(
                "Activity " + i,
                null,
                start,
                start.plusHours(1),
                "Room " + (i % LOCATIONS),
                List.of(member(i % MEMBERS)),
                List.of("bench"));
        return new Activity(Ids.newId(), eventId, details, 1);
    }

    private static Map<String, Object> clashingWith(Activity probe) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Clash");
        body.put("start", probe.details().start().plusMinutes(30).toString());
        body.put("end", probe.details().end().plusMinutes(30).toString());
        body.put("location", probe.details().location());
        return body;
    }

    private static String member(int i) {
        return String.format("%024x", i + 1);
    }

    private static double[] time(int repetitions, Supplier<Object> call, int expectedStatus) {
        for (int i = 0; i < WARM_UP; i++) {
            check(call.get(), expectedStatus);
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            Object result = call.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
            check(result, expectedStatus);
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void check(Object result, int expectedStatus) {
        if (result instanceof Http.Reply reply && reply.status() != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + ": " + reply);
        }
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
