package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The built jar as production runs it: the user and the event role in separate processes on their own
 * ports, each told the other's URL, sharing one database server that this test JVM starts.
 */
@TestMethodOrder(OrderAnnotation.class)
class SplitRolesIT {

    /** Two tries of a GET, each within the 3 s peer timeout, plus the time to start a JVM's first call. */
    private static final Duration PEER_DEADLINE = Duration.ofSeconds(10);

    static RoleProcess users;
    static RoleProcess events;
    static Http userApi;
    static Http eventApi;
    static String ana;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        String prefix = TestDatabase.freshPrefix();
        int userPort = RoleProcess.freePort();
        int eventPort = RoleProcess.freePort();
        users = RoleProcess.of(jar, "user")
                .flag("port", String.valueOf(userPort))
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", prefix)
                .flag("event-url", "http://127.0.0.1:" + eventPort)
                .start();
        events = RoleProcess.of(jar, "event")
                .flag("port", String.valueOf(eventPort))
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", prefix)
                .flag("user-url", users.baseUrl())
                .start();
        userApi = users.http();
        eventApi = events.http();
        ana = signUp("ana");
        signUp("bob");
    }

    @AfterAll
    static void stop() {
        if (events != null) {
            events.stop();
        }
        if (users != null) {
            users.stop();
        }
    }

    @Test
    @Order(1)
    void the_event_role_accepts_a_token_that_the_user_role_issued() {
        var created = eventApi.post("/events", event()).bearer(ana).send();

        assertThat(created.status()).as(created + "\n" + events.output()).isEqualTo(201);
        assertThat(eventApi.get("/events").send().status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void adding_a_member_by_username_asks_the_user_role_over_http() {
        String id = createEvent();

        var added = eventApi.post("/events/" + id + "/members", Map.of("username", "bob", "role", "ORGANIZER"))
                .bearer(ana)
                .send();
        var unknown = eventApi.post("/events/" + id + "/members", Map.of("username", "nobody"))
                .bearer(ana)
                .send();

        assertThat(added.status()).as(added + "\n" + events.output()).isEqualTo(201);
        assertThat(added.json().path("displayName").asText()).isEqualTo("Bob");
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    @Order(3)
    void a_newcomer_builds_a_timetable_sees_a_conflict_refused_and_subscribes() {
        String id = createEvent();
        eventApi.post("/events/" + id + "/members", Map.of("username", "bob", "role", "ORGANIZER"))
                .bearer(ana)
                .send();
        String bob = token("bob");
        String activities = "/events/" + id + "/activities";

        var opening = eventApi.post(activities, activity("Opening", "10:00", "11:00"))
                .bearer(bob)
                .send();
        var clash = eventApi.post(activities, activity("Soundcheck", "10:30", "11:30"))
                .bearer(bob)
                .send();
        var link = eventApi.post("/events/" + id + "/calendar-link", null)
                .bearer(ana)
                .send();
        var feed = eventApi.get(link.json().path("url").asText()).send();

        assertThat(opening.status()).isEqualTo(201);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("conflicts").get(0).path("title").asText()).isEqualTo("Opening");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).contains("BEGIN:VEVENT", "SUMMARY:Opening").doesNotContain("Soundcheck");
    }

    @Test
    @Order(4)
    void closing_an_account_asks_the_event_role_over_http_what_it_holds_and_removes_its_memberships() {
        String carla = signUp("carla");
        String id = eventApi.post("/events", event())
                .bearer(carla)
                .send()
                .json()
                .path("id")
                .asText();
        eventApi.post("/events/" + id + "/members", Map.of("username", "bob", "role", "ORGANIZER"))
                .bearer(carla)
                .send();
        String bobId = userApi.get("/users/by-username/bob")
                .bearer(carla)
                .send()
                .json()
                .path("id")
                .asText();

        var refused = userApi.delete("/users/me").bearer(carla).send();
        eventApi.patch("/events/" + id + "/members/" + bobId, Map.of("role", "OWNER"))
                .bearer(carla)
                .send();
        var closed = userApi.delete("/users/me").bearer(carla).send();

        assertThat(refused.status()).as(refused + "\n" + users.output()).isEqualTo(409);
        assertThat(refused.json().path("holdings").get(0).path("id").asText()).isEqualTo(id);
        assertThat(closed.status()).as(closed + "\n" + users.output()).isEqualTo(204);
        assertThat(eventApi.get("/events/" + id + "/members")
                        .bearer(token("bob"))
                        .send()
                        .json()
                        .findValuesAsText("username"))
                .containsExactly("bob");
    }

    @Test
    @Order(5)
    void with_the_user_role_stopped_a_lookup_answers_503_in_time_and_the_event_role_goes_on() {
        String id = createEvent();
        users.stop();

        Instant before = Instant.now();
        var added = eventApi.post("/events/" + id + "/members", Map.of("username", "bob"))
                .bearer(ana)
                .send();
        Duration took = Duration.between(before, Instant.now());

        assertThat(added.status()).as(added.toString()).isEqualTo(503);
        assertThat(added.json().path("role").asText()).isEqualTo("user");
        assertThat(took).isLessThan(PEER_DEADLINE);
        assertThat(eventApi.get("/events/" + id).bearer(ana).send().status()).isEqualTo(200);
        assertThat(eventApi.get("/events/" + id + "/members").bearer(ana).send().json())
                .hasSize(1);
        assertThat(eventApi.post("/events", event()).bearer(ana).send().status())
                .isEqualTo(201);
        assertThat(events.isAlive()).isTrue();
    }

    private static String createEvent() {
        var created = eventApi.post("/events", event()).bearer(ana).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static Map<String, Object> event() {
        return Map.of(
                "name",
                "Street festival",
                "start",
                "2027-07-01T09:00:00+02:00",
                "end",
                "2027-07-01T23:00:00+02:00",
                "timeZone",
                "Europe/Berlin");
    }

    private static Map<String, Object> activity(String title, String from, String to) {
        return Map.of(
                "title",
                title,
                "start",
                "2027-07-01T" + from + ":00+02:00",
                "end",
                "2027-07-01T" + to + ":00+02:00",
                "location",
                "Main stage");
    }

    private static String signUp(String username) {
        return TestUsers.signUp(userApi, username, Character.toUpperCase(username.charAt(0)) + username.substring(1));
    }

    private static String token(String username) {
        return TestUsers.accessToken(userApi, username);
    }
}
