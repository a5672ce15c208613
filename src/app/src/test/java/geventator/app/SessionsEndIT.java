package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deleted account or a changed password ends every session in every role: refreshing fails at once, and
 * the last access token, which every role verifies locally, stops working once it expires. The built jar
 * runs all-in-one and split into three processes, with a short token lifetime so the test can wait it out.
 */
class SessionsEndIT {

    static final Duration TOKEN_TTL = Duration.ofSeconds(4);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(1);
    static final Map<String, String> SHORT_TOKENS =
            Map.of("token-ttl", TOKEN_TTL.toString(), "token-clock-skew", CLOCK_SKEW.toString());

    static RoleProcess all;
    static RoleProcess users;
    static RoleProcess events;
    static RoleProcess ledger;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        all = process(RoleProcess.of(jar, "all"), Map.of());
        int userPort = RoleProcess.freePort();
        int eventPort = RoleProcess.freePort();
        int ledgerPort = RoleProcess.freePort();
        Map<String, String> urls = Map.of(
                "user-url", "http://127.0.0.1:" + userPort,
                "event-url", "http://127.0.0.1:" + eventPort,
                "transaction-url", "http://127.0.0.1:" + ledgerPort);
        String prefix = TestDatabase.freshPrefix();
        users = process(RoleProcess.of(jar, "user").flag("port", String.valueOf(userPort)), urls, prefix);
        events = process(RoleProcess.of(jar, "event").flag("port", String.valueOf(eventPort)), urls, prefix);
        ledger = process(RoleProcess.of(jar, "transaction").flag("port", String.valueOf(ledgerPort)), urls, prefix);
    }

    @AfterAll
    static void stop() {
        for (RoleProcess process : new RoleProcess[] {ledger, events, users, all}) {
            if (process != null) {
                process.stop();
            }
        }
    }

    @Test
    void all_in_one_a_deleted_account_and_a_changed_password_end_every_session() throws Exception {
        endsEverySession("all-in-one", all.http(), all.http(), all.http());
    }

    @Test
    void split_a_deleted_account_and_a_changed_password_end_every_session_in_every_role() throws Exception {
        endsEverySession("split", users.http(), events.http(), ledger.http());
    }

    private static void endsEverySession(String mode, Http userApi, Http eventApi, Http ledgerApi) throws Exception {
        Session leaving = signUp(userApi, "leaving");
        Session changing = signUp(userApi, "changing");
        Session changingElsewhere = logIn(userApi, "changing", PASSWORD);
        String changingEvent = createEvent(eventApi, changing);
        assertThat(eventApi.post(
                                "/events/" + changingEvent + "/members",
                                Map.of("username", "leaving", "role", "ORGANIZER"))
                        .bearer(changing.access())
                        .send()
                        .status())
                .isEqualTo(201);
        String entries = "/events/" + changingEvent + "/ledger/entries";
        assertThat(ledgerApi
                        .post(entries, entry())
                        .bearer(leaving.access())
                        .send()
                        .status())
                .isEqualTo(201);

        assertThat(userApi.delete("/users/me").bearer(leaving.access()).send().status())
                .isEqualTo(204);
        assertThat(userApi.put(
                                "/users/me/password",
                                Map.of("currentPassword", PASSWORD, "newPassword", "another long secret"))
                        .bearer(changing.access())
                        .send()
                        .status())
                .isEqualTo(204);
        Instant ended = Instant.now();

        assertThat(refresh(userApi, leaving).status()).isEqualTo(401);
        assertThat(refresh(userApi, changing).status()).isEqualTo(401);
        assertThat(refresh(userApi, changingElsewhere).status()).isEqualTo(401);

        Map<String, Supplier<Integer>> oldTokenUses = new LinkedHashMap<>();
        oldTokenUses.put(
                "user role, deleted account",
                () -> userApi.get("/users/by-username/changing")
                        .bearer(leaving.access())
                        .send()
                        .status());
        oldTokenUses.put(
                "event role, deleted account",
                () -> eventApi.get("/events").bearer(leaving.access()).send().status());
        oldTokenUses.put(
                "transaction role, deleted account",
                () -> ledgerApi.get(entries).bearer(leaving.access()).send().status());
        oldTokenUses.put(
                "event role, changed password",
                () -> eventApi.get("/events/" + changingEvent)
                        .bearer(changingElsewhere.access())
                        .send()
                        .status());
        Instant bound = latest(leaving, changing, changingElsewhere).plus(CLOCK_SKEW);
        Map<String, Duration> stoppedAfter = new LinkedHashMap<>();
        for (var use : oldTokenUses.entrySet()) {
            stoppedAfter.put(use.getKey(), untilRefused(use.getValue(), bound.plusSeconds(5), ended));
        }
        System.out.println("SessionsEndIT " + mode + ": token-ttl " + TOKEN_TTL + ", skew " + CLOCK_SKEW
                + "; old access tokens answered 401 after " + stoppedAfter);

        sleepUntil(bound.plusMillis(500));
        for (var use : oldTokenUses.entrySet()) {
            assertThat(use.getValue().get()).as(mode + ": " + use.getKey()).isEqualTo(401);
        }
        assertThat(eventApi.post("/events", event())
                        .bearer(leaving.access())
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(ledgerApi
                        .post(entries, entry())
                        .bearer(leaving.access())
                        .send()
                        .status())
                .isEqualTo(401);
        Session again = logIn(userApi, "changing", "another long secret");
        assertThat(eventApi.get("/events/" + changingEvent)
                        .bearer(again.access())
                        .send()
                        .status())
                .as("the roles still serve a valid token")
                .isEqualTo(200);
    }

    static final String PASSWORD = "correct horse battery";

    private record Session(String access, String refresh, Instant expiresAt) {}

    private static RoleProcess process(RoleProcess.Builder builder, Map<String, String> urls) {
        return process(builder, urls, TestDatabase.freshPrefix());
    }

    private static RoleProcess process(RoleProcess.Builder builder, Map<String, String> urls, String prefix) {
        SHORT_TOKENS.forEach(builder::flag);
        urls.forEach(builder::flag);
        return builder.flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", prefix)
                .start();
    }

    private static Session signUp(Http userApi, String username) {
        TestUsers.register(userApi, username, username);
        return logIn(userApi, username, PASSWORD);
    }

    private static Session logIn(Http userApi, String username, String password) {
        var reply = userApi.post("/tokens", Map.of("login", username, "password", password))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return new Session(
                reply.json().path("accessToken").asText(),
                reply.json().path("refreshToken").asText(),
                Instant.parse(reply.json().path("expiresAt").asText()));
    }

    private static Http.Reply refresh(Http userApi, Session session) {
        return userApi.post("/tokens/refresh", Map.of("refreshToken", session.refresh()))
                .send();
    }

    private static String createEvent(Http eventApi, Session owner) {
        var created = eventApi.post("/events", event()).bearer(owner.access()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static Map<String, Object> event() {
        return Map.of(
                "name",
                "Student trip",
                "start",
                "2027-07-01T09:00:00+02:00",
                "end",
                "2027-07-03T23:00:00+02:00",
                "timeZone",
                "Europe/Berlin",
                "currency",
                "EUR");
    }

    private static Map<String, Object> entry() {
        return Map.of("kind", "purchase", "concept", "Bus", "quantity", "1", "unitPrice", "40.00");
    }

    private static Instant latest(Session... sessions) {
        return List.of(sessions).stream()
                .map(Session::expiresAt)
                .max(Instant::compareTo)
                .orElseThrow();
    }

    /** How long after {@code since} a use of an old token was first refused; polled, never asserted on. */
    private static Duration untilRefused(Supplier<Integer> use, Instant giveUp, Instant since) throws Exception {
        while (Instant.now().isBefore(giveUp)) {
            if (use.get() == 401) {
                return Duration.between(since, Instant.now());
            }
            Thread.sleep(100);
        }
        return Duration.between(since, giveUp);
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), moment);
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
    }
}
