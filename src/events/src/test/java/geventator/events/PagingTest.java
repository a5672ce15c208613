package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.createEvent;
import static geventator.events.Fixtures.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every list pages the same way: ?limit= and ?cursor=, the list in the body, the next page in
 * {@code Link: <...>; rel="next"} only while another item follows.
 */
class PagingTest extends EventRoleServer {

    @Test
    void activities_page_in_order_and_the_last_full_page_links_to_nothing() {
        String event = createEvent(http, ana);
        for (int hour = 10; hour < 14; hour++) {
            add(event, "Talk " + hour, hour, "Room " + hour);
        }

        List<List<String>> pages = follow("/events/" + event + "/activities?limit=2", ana, "title");

        assertThat(pages).containsExactly(List.of("Talk 10", "Talk 11"), List.of("Talk 12", "Talk 13"));
        assertThat(follow("/events/" + event + "/activities", ana, "title")).hasSize(1);
    }

    @Test
    void the_next_link_keeps_the_filters() {
        String event = createEvent(http, ana);
        for (int hour = 10; hour < 15; hour++) {
            add(event, "Talk " + hour, hour, hour % 2 == 0 ? "Hall" : "Garden");
        }

        assertThat(follow("/events/" + event + "/activities?location=hall&limit=1", ana, "title"))
                .containsExactly(List.of("Talk 10"), List.of("Talk 12"), List.of("Talk 14"));
    }

    @Test
    void my_events_members_and_conflicts_page_alike() {
        String dan = signUp(http, "dan");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(createEvent(http, dan));
        }
        String event = mine.get(0);
        addMember(http, dan, event, "ana", "ORGANIZER");
        addMember(http, dan, event, "bob", "VIEWER");
        for (int i = 0; i < 3; i++) {
            var accepted = http.post(
                            "/events/" + event + "/activities?acceptOverlap=true",
                            activity("Show " + i, "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Stage"))
                    .bearer(dan)
                    .send();
            assertThat(accepted.status()).isEqualTo(201);
        }

        assertThat(follow("/events?limit=2", dan, "id").stream().map(List::size))
                .containsExactly(2, 1);
        assertThat(follow("/events?limit=2", dan, "id").stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(mine);
        assertThat(follow("/events/" + event + "/members?limit=2", dan, "role"))
                .containsExactly(List.of("OWNER", "ORGANIZER"), List.of("VIEWER"));
        assertThat(follow("/events/" + event + "/conflicts?limit=2", dan, "reason").stream()
                        .map(List::size))
                .containsExactly(2, 1);
    }

    @Test
    void refuses_a_limit_out_of_range_and_a_cursor_it_never_gave_with_400() {
        String event = createEvent(http, ana);

        var zero =
                http.get("/events/" + event + "/activities?limit=0").bearer(ana).send();
        var huge = http.get("/events?limit=1001").bearer(ana).send();
        var forged = http.get("/events/" + event + "/members?cursor=%25%25")
                .bearer(ana)
                .send();

        assertThat(List.of(zero.status(), huge.status(), forged.status())).containsOnly(400);
        assertThat(zero.json().path("errors").findValuesAsText("field")).containsExactly("limit");
        assertThat(forged.json().path("errors").findValuesAsText("field")).containsExactly("cursor");
    }

    private static void add(String event, String title, int hour, String location) {
        var created = http.post(
                        "/events/" + event + "/activities",
                        activity(
                                title,
                                "2027-06-10T" + hour + ":00:00+02:00",
                                "2027-06-10T" + hour + ":30:00+02:00",
                                location))
                .bearer(ana)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Every page from {@code path} on, following the next links, as the values of {@code field}. */
    private static List<List<String>> follow(String path, String token, String field) {
        List<List<String>> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            Http.Reply reply = http.get(next).bearer(token).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode items = reply.json();
            List<String> values = new ArrayList<>();
            items.forEach(item -> values.add(item.path(field).asText()));
            pages.add(values);
            String link = reply.header("Link");
            assertThat(pages).as("pages of " + path).hasSizeLessThan(20);
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        return pages;
    }
}
