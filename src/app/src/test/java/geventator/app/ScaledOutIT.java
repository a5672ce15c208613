package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestEvents;
import geventator.testkit.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roles are stateless: two processes of the user role, two of the event role and two of the transaction
 * role (the built jar, as production runs it), on one database, behind one address that sends each request
 * to the next instance of its role. Whatever one instance records, the other one honours: the log-in
 * throttle's counts, a refresh token's rotation, an Idempotency-Key, a calendar link. The roles reach each
 * other through that address too, so a peer call may land on either instance.
 */
class ScaledOutIT {

    private static final String PASSWORD = "correct horse battery";
    private static final int ATTEMPTS_PER_ACCOUNT = 4;
    private static final Pattern LEDGER = Pattern.compile("^/events/[^/]+/ledger(/.*)?$");

    static final List<RoleProcess> processes = new ArrayList<>();
    static RoundRobinProxy proxy;
    static Http front;
    static String ana;

    @BeforeAll
    static void start() throws IOException {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        String prefix = TestDatabase.freshPrefix();
        // Every user-role instance signs with the same key, as the playbook's shared token-keys file does: a
        // token issued by one is verified by the other, and by the roles that fetch the keys from either.
        Path keys = Files.createTempDirectory("geventator-scaled-keys").resolve("token-keys.json");
        int[] userPorts = {RoleProcess.freePort(), RoleProcess.freePort()};
        int[] eventPorts = {RoleProcess.freePort(), RoleProcess.freePort()};
        int[] transactionPorts = {RoleProcess.freePort(), RoleProcess.freePort()};
        proxy = new RoundRobinProxy(
                ScaledOutIT::roleOf,
                Map.of(
                        "user", List.of(url(userPorts[0]), url(userPorts[1])),
                        "event", List.of(url(eventPorts[0]), url(eventPorts[1])),
                        "transaction", List.of(url(transactionPorts[0]), url(transactionPorts[1]))));
        for (int port : userPorts) {
            processes.add(instance(jar, "user", port, prefix)
                    .flag("token-keys-file", keys.toString())
                    .env("GEVENTATOR_LOGIN_ATTEMPTS_PER_ACCOUNT", String.valueOf(ATTEMPTS_PER_ACCOUNT))
                    .env("GEVENTATOR_LOGIN_ATTEMPTS_WINDOW", "PT1H")
                    .start());
        }
        for (int port : eventPorts) {
            processes.add(instance(jar, "event", port, prefix).start());
        }
        for (int port : transactionPorts) {
            processes.add(instance(jar, "transaction", port, prefix).start());
        }
        front = new Http(proxy.baseUrl());
        ana = signUp("ana");
    }

    @AfterAll
    static void stop() {
        processes.forEach(RoleProcess::stop);
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void unpinned_requests_reach_both_instances_of_a_role_and_a_token_from_either_works_on_both() {
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            var me = front.get("/users/me").bearer(ana).send();
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            servedBy.add(me.header(RoundRobinProxy.SERVED_BY));
        }
        assertThat(servedBy).containsExactlyInAnyOrder("user-0", "user-1");

        String fromSecond = logIn("ana", PASSWORD, 1).json().path("accessToken").asText();
        for (int instance = 0; instance < 2; instance++) {
            var me = front.get("/users/me")
                    .bearer(fromSecond)
                    .header(RoundRobinProxy.ROUTE_TO, "" + instance)
                    .send();
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
        }
    }

    @Test
    void the_log_in_throttle_counts_the_attempts_made_on_both_user_instances() {
        signUp("bob");
        Set<String> servedBy = new HashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT; attempt++) {
            var failed = logIn("bob", "wrong password", attempt % 2);
            assertThat(failed.status()).as(failed.toString()).isEqualTo(401);
            servedBy.add(failed.header(RoundRobinProxy.SERVED_BY));
        }
        assertThat(servedBy).containsExactlyInAnyOrder("user-0", "user-1");

        // Each instance saw only half of the failures, fewer than the limit: only a shared count throttles.
        for (int instance = 0; instance < 2; instance++) {
            var throttled = logIn("bob", PASSWORD, instance);
            assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isNotBlank();
        }
    }

    @Test
    void a_refresh_token_rotated_on_one_user_instance_is_refused_when_replayed_on_the_other() {
        signUp("carla");
        var first = logIn("carla", PASSWORD, 0);
        String original = first.json().path("refreshToken").asText();

        var rotated = front.post("/tokens/refresh", Map.of("refreshToken", original))
                .header(RoundRobinProxy.ROUTE_TO, "0")
                .send();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String successor = rotated.json().path("refreshToken").asText();
        assertThat(successor).isNotEqualTo(original);

        var replayed = front.post("/tokens/refresh", Map.of("refreshToken", original))
                .header(RoundRobinProxy.ROUTE_TO, "1")
                .send();
        assertThat(replayed.header(RoundRobinProxy.SERVED_BY)).isEqualTo("user-1");
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(401);
        assertThat(replayed.contentType()).startsWith("application/problem+json");

        // The replay ended the whole session, on the instance that had rotated it too.
        var successorAfterReplay = front.post("/tokens/refresh", Map.of("refreshToken", successor))
                .header(RoundRobinProxy.ROUTE_TO, "0")
                .send();
        assertThat(successorAfterReplay.status())
                .as(successorAfterReplay.toString())
                .isEqualTo(401);
    }

    @Test
    void an_idempotency_key_used_on_one_transaction_instance_returns_the_same_entry_on_the_other() {
        String eventId = newEvent();
        Map<String, Object> entry = Map.of("kind", "sale", "concept", "Tickets", "quantity", "3", "unitPrice", "12.50");
        String entries = "/events/" + eventId + "/ledger/entries";

        var recorded = front.post(entries, entry)
                .bearer(ana)
                .header("Idempotency-Key", "door-sales-1")
                .header(RoundRobinProxy.ROUTE_TO, "0")
                .send();
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header(RoundRobinProxy.SERVED_BY)).isEqualTo("transaction-0");
        assertThat(recorded.header("Idempotent-Replayed")).isEqualTo("false");

        var retried = front.post(entries, entry)
                .bearer(ana)
                .header("Idempotency-Key", "door-sales-1")
                .header(RoundRobinProxy.ROUTE_TO, "1")
                .send();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.header(RoundRobinProxy.SERVED_BY)).isEqualTo("transaction-1");
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().path("id").asText())
                .isEqualTo(recorded.json().path("id").asText());

        for (int instance = 0; instance < 2; instance++) {
            var listed = front.get(entries)
                    .bearer(ana)
                    .header(RoundRobinProxy.ROUTE_TO, "" + instance)
                    .send();
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            assertThat(listed.json().path("items")).hasSize(1);
        }
    }

    @Test
    void a_calendar_link_made_on_one_event_instance_works_on_the_other_and_its_revocation_too() {
        String eventId = newEvent();
        var link = front.post("/events/" + eventId + "/calendar-link", null)
                .bearer(ana)
                .header(RoundRobinProxy.ROUTE_TO, "0")
                .send();
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String url = link.json().path("url").asText();

        var feed = front.get(url).header(RoundRobinProxy.ROUTE_TO, "1").send();
        assertThat(feed.header(RoundRobinProxy.SERVED_BY)).isEqualTo("event-1");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.text()).contains("BEGIN:VCALENDAR");

        var revoked = front.delete("/events/" + eventId + "/calendar-link")
                .bearer(ana)
                .header(RoundRobinProxy.ROUTE_TO, "1")
                .send();
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        var afterRevocation =
                front.get(url).header(RoundRobinProxy.ROUTE_TO, "0").send();
        assertThat(afterRevocation.status()).as(afterRevocation.toString()).isIn(401, 403, 404);
    }

    private static RoleProcess.Builder instance(Path jar, String role, int port, String prefix) {
        return RoleProcess.of(jar, role)
                .jvmOption("-Xmx128m")
                .flag("port", String.valueOf(port))
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", prefix)
                .flag("user-url", proxy.baseUrl())
                .flag("event-url", proxy.baseUrl())
                .flag("transaction-url", proxy.baseUrl());
    }

    /** Which role a path belongs to, as the roles' routes split the API. */
    private static String roleOf(String path) {
        if (LEDGER.matcher(path).matches()) {
            return "transaction";
        }
        if (path.startsWith("/events") || path.startsWith("/calendar")) {
            return "event";
        }
        return "user";
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static Http.Reply logIn(String username, String password, int instance) {
        return front.post("/tokens", Map.of("login", username, "password", password))
                .header(RoundRobinProxy.ROUTE_TO, "" + instance)
                .send();
    }

    private static String signUp(String username) {
        TestUsers.register(front, username, username);
        var token = logIn(username, PASSWORD, 0);
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.json().path("accessToken").asText();
    }

    private static String newEvent() {
        return TestEvents.streetFestival(front, ana);
    }
}
