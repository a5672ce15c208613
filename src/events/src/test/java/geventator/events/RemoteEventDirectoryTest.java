package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberRole;
import geventator.platform.Caller;
import geventator.platform.Peer;
import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import geventator.testkit.RoleProcess;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The HTTP client that other roles get when the event role runs elsewhere, against a real event role. */
class RemoteEventDirectoryTest extends EventRoleServer {

    @Test
    void answers_access_members_and_activities_as_the_event_role_serves_them() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "VIEWER");
        String talk = http.post(
                        "/events/" + id + "/activities",
                        activity("Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"))
                .bearer(ana)
                .send()
                .json()
                .path("id")
                .asText();
        EventDirectory directory = directoryAt(SERVER.app().baseUrl());
        Caller bobCalling = new Caller(bobId, "bob", bob);

        var access = directory.access(id, bobCalling).orElseThrow();
        var activity = directory.activity(id, talk, bobCalling).orElseThrow();

        assertThat(access.role()).isEqualTo(MemberRole.VIEWER);
        assertThat(access.currency()).isEqualTo("EUR");
        assertThat(access.start()).isEqualTo(OffsetDateTime.parse(Fixtures.START));
        assertThat(activity.title()).isEqualTo("Talk");
        assertThat(activity.location()).isEqualTo("Hall");
        assertThat(directory.members(id, bobCalling))
                .extracting(m -> m.username())
                .containsExactly("ana", "bob");
    }

    @Test
    void answers_accounts_former_members_with_their_weights_and_closes_for_an_owner_only() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");
        http.post("/events/" + id + "/accounts", java.util.Map.of("name", "Bank"))
                .bearer(ana)
                .send();
        http.patch("/events/" + id + "/members/" + bobId, java.util.Map.of("share", "0.5"))
                .bearer(ana)
                .send();
        http.delete("/events/" + id + "/members/me").bearer(bob).send();
        EventDirectory directory = directoryAt(SERVER.app().baseUrl());
        Caller anaCalling = new Caller(anaId, "ana", ana);

        assertThat(directory.access(id, anaCalling).orElseThrow().accounts())
                .extracting(a -> a.name())
                .containsExactly("Kitty", "Bank");
        var bobThere = directory.members(id, anaCalling).stream()
                .filter(m -> m.userId().equals(bobId))
                .findFirst()
                .orElseThrow();
        assertThat(bobThere.former()).isTrue();
        assertThat(bobThere.shareWeight()).isEqualByComparingTo("0.5");
        assertThat(directory.access(id, new Caller(bobId, "bob", bob))).isEmpty();

        addMember(http, ana, id, "cid", "ORGANIZER");
        String cidId =
                http.get("/users/me").bearer(cid).send().json().path("id").asText();
        Refusal refused = catchThrowableOfType(() -> directory.close(id, new Caller(cidId, "cid", cid)), Refusal.class);
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(directory.close(id, anaCalling).orElseThrow().status())
                .isEqualTo(geventator.events.api.EventStatus.CLOSED);
    }

    @Test
    void closes_in_one_round_trip_answering_the_access_from_the_close_itself() {
        String id = createEvent(http, ana);
        http.post("/events/" + id + "/accounts", java.util.Map.of("name", "Bank"))
                .bearer(ana)
                .send();
        try (var forwarder = new RecordingForwarder(SERVER.app().baseUrl())) {
            EventDirectory directory = directoryAt(forwarder.baseUrl());

            var closed = directory.close(id, new Caller(anaId, "ana", ana)).orElseThrow();

            assertThat(forwarder.received()).containsExactly("POST /events/" + id + "/close");
            assertThat(closed.eventId()).isEqualTo(id);
            assertThat(closed.name()).isEqualTo("Summer fair");
            assertThat(closed.role()).isEqualTo(MemberRole.OWNER);
            assertThat(closed.status()).isEqualTo(geventator.events.api.EventStatus.CLOSED);
            assertThat(closed.currency()).isEqualTo("EUR");
            assertThat(closed.start()).isEqualTo(OffsetDateTime.parse(Fixtures.START));
            assertThat(closed.end()).isEqualTo(OffsetDateTime.parse(Fixtures.END));
            assertThat(closed.timeZone()).isEqualTo("Europe/Madrid");
            assertThat(closed.accounts()).extracting(a -> a.name()).containsExactly("Kitty", "Bank");
            assertThat(closed)
                    .isEqualTo(
                            directory.access(id, new Caller(anaId, "ana", ana)).orElseThrow());
        }
    }

    @Test
    void reads_every_member_page_by_page_former_members_included() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "VIEWER");
        addMember(http, ana, id, "cid", "VIEWER");
        Fixtures.signUp(http, "dan");
        Fixtures.signUp(http, "eve");
        addMember(http, ana, id, "dan", "VIEWER");
        addMember(http, ana, id, "eve", "ORGANIZER");
        http.delete("/events/" + id + "/members/me").bearer(bob).send();
        Caller anaCalling = new Caller(anaId, "ana", ana);
        try (var forwarder = new RecordingForwarder(SERVER.app().baseUrl())) {

            var members = new RemoteEventDirectory(peerAt(forwarder.baseUrl()), 2).members(id, anaCalling);

            assertThat(members).extracting(m -> m.username()).containsExactly("ana", "bob", "cid", "dan", "eve");
            assertThat(members)
                    .filteredOn(m -> m.former())
                    .extracting(m -> m.username())
                    .containsExactly("bob");
            assertThat(forwarder.received())
                    .hasSize(3)
                    .allSatisfy(request -> assertThat(request).startsWith("GET /events/" + id + "/members?"));
        }
    }

    @Test
    void asks_for_the_largest_page_the_members_route_gives() {
        String id = createEvent(http, ana);
        try (var forwarder = new RecordingForwarder(SERVER.app().baseUrl())) {

            var members = directoryAt(forwarder.baseUrl()).members(id, new Caller(anaId, "ana", ana));

            assertThat(members).extracting(m -> m.username()).containsExactly("ana");
            assertThat(forwarder.received())
                    .containsExactly("GET /events/" + id + "/members?former=true&limit=" + PageBodies.MAX_LIMIT);
        }
    }

    @Test
    void asks_for_many_activities_in_one_round_trip_each_under_the_id_as_asked() {
        String id = createEvent(http, ana);
        String talk = activityIn(id, "Talk", "10:00", "11:00");
        String workshop = activityIn(id, "Workshop", "11:00", "12:00");
        String elsewhere = activityIn(createEvent(http, ana), "Elsewhere", "10:00", "11:00");
        String shouted = workshop.toUpperCase(Locale.ROOT);
        try (var forwarder = new RecordingForwarder(SERVER.app().baseUrl())) {

            var found = directoryAt(forwarder.baseUrl())
                    .activities(id, Set.of(talk, shouted, elsewhere, "nonsense"), new Caller(anaId, "ana", ana));

            assertThat(found).containsOnlyKeys(talk, shouted);
            assertThat(found.get(talk).title()).isEqualTo("Talk");
            assertThat(found.get(shouted).title()).isEqualTo("Workshop");
            assertThat(found.get(shouted).id()).isEqualTo(workshop);
            assertThat(forwarder.received())
                    .hasSize(1)
                    .allSatisfy(request -> assertThat(request).startsWith("GET /events/" + id + "/activities?"));
        }
    }

    @Test
    void asks_for_more_activities_than_one_request_holds_in_as_few_requests_as_hold_them() {
        String id = createEvent(http, ana);
        String talk = activityIn(id, "Talk", "10:00", "11:00");
        Set<String> asked = new HashSet<>(Set.of(talk));
        while (asked.size() <= RemoteEventDirectory.IDS_PER_REQUEST) {
            asked.add(new ObjectId().toHexString());
        }
        try (var forwarder = new RecordingForwarder(SERVER.app().baseUrl())) {

            var found = directoryAt(forwarder.baseUrl()).activities(id, asked, new Caller(anaId, "ana", ana));

            assertThat(found).containsOnlyKeys(talk);
            assertThat(forwarder.received()).hasSize(2);
        }
    }

    @Test
    void answers_no_activities_to_a_non_member() {
        String id = createEvent(http, ana);
        String talk = activityIn(id, "Talk", "10:00", "11:00");

        assertThat(directoryAt(SERVER.app().baseUrl()).activities(id, Set.of(talk), new Caller("", "cid", cid)))
                .isEmpty();
    }

    private String activityIn(String eventId, String title, String from, String until) {
        return Fixtures.addActivity(
                http,
                ana,
                eventId,
                activity(title, "2027-06-10T" + from + ":00+02:00", "2027-06-10T" + until + ":00+02:00", "Hall"));
    }

    @Test
    void answers_empty_for_a_non_member_or_a_malformed_id() {
        String id = createEvent(http, ana);
        EventDirectory directory = directoryAt(SERVER.app().baseUrl());
        Caller cidCalling = new Caller("", "cid", cid);

        assertThat(directory.access(id, cidCalling)).isEmpty();
        assertThat(directory.members(id, cidCalling)).isEmpty();
        assertThat(directory.access("not-an-id", cidCalling)).isEmpty();
    }

    @Test
    void throws_a_503_problem_naming_the_event_role_when_it_cannot_be_reached() {
        EventDirectory directory = directoryAt("http://127.0.0.1:" + RoleProcess.freePort());

        // The directory refuses in domain terms; the client sees that refusal as this problem.
        Problem problem = Problem.of(catchThrowableOfType(
                Refusal.class, () -> directory.access("0123456789abcdef01234567", new Caller(anaId, "ana", ana))));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.extensions()).containsEntry("role", "event");
    }

    private static EventDirectory directoryAt(String url) {
        return new RemoteEventDirectory(peerAt(url));
    }

    private static Peer peerAt(String url) {
        return new Peer(
                "event",
                URI.create(url),
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                JsonMapper.builder()
                        .findAndAddModules()
                        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        .build());
    }
}
