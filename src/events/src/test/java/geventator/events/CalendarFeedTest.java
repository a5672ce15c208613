package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class CalendarFeedTest extends EventRoleServer {

    @Test
    void the_feed_parsed_back_has_each_activity_at_its_time_in_the_event_time_zone() throws Exception {
        String id = createEvent(http, ana);
        String night =
                add(id, activity("Night market", "2027-06-10T23:00:00+02:00", "2027-06-11T01:00:00+02:00", "Square"));
        String call = add(id, activity("Call", "2027-06-11T08:00:00Z", "2027-06-11T08:30:00Z", "Office"));

        var feed = http.get("/events/" + id + "/calendar.ics").bearer(ana).send();

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = parse(feed.text());
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = byUid(events, night);
        assertThat(instant(first, Property.DTSTART))
                .isEqualTo(OffsetDateTime.parse("2027-06-10T23:00:00+02:00").toInstant());
        assertThat(instant(first, Property.DTEND))
                .isEqualTo(OffsetDateTime.parse("2027-06-11T01:00:00+02:00").toInstant());
        assertThat(tzid(first)).isEqualTo("Europe/Madrid");
        VEvent second = byUid(events, call);
        assertThat(instant(second, Property.DTSTART)).isEqualTo(Instant.parse("2027-06-11T08:00:00Z"));
        assertThat(tzid(second)).isEqualTo("Europe/Madrid");
        assertThat(second.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Call");
        assertThat(second.getProperty(Property.DTSTAMP)).isPresent();
    }

    @Test
    void a_changed_activity_keeps_its_uid_and_raises_its_sequence() throws Exception {
        String id = createEvent(http, ana);
        String talk = add(id, activity("Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"));
        assertThat(sequence(id, talk)).isEqualTo("1");

        http.patch("/events/" + id + "/activities/" + talk, Map.of("start", "2027-06-10T10:15:00+02:00", "version", 1))
                .bearer(ana)
                .send();

        assertThat(sequence(id, talk)).isEqualTo("2");
    }

    @Test
    void a_secret_link_serves_the_feed_without_a_token_until_revoked() throws Exception {
        String id = createEvent(http, ana);
        add(id, activity("Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"));
        var link =
                http.post("/events/" + id + "/calendar-link", null).bearer(ana).send();
        assertThat(link.status()).isEqualTo(201);
        String url = link.json().path("url").asText();

        var subscribed = http.get(url).send();
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(parse(subscribed.text()).getComponents(Component.VEVENT)).hasSize(1);
        assertThat(http.get("/calendar/" + id + ".ics?key=guess").send().status())
                .isEqualTo(404);
        assertThat(http.get("/calendar/" + id + ".ics").send().status()).isEqualTo(404);

        assertThat(http.delete("/events/" + id + "/calendar-link")
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(http.get(url).send().status()).isEqualTo(404);
    }

    @Test
    void only_an_owner_manages_the_secret_link_and_only_members_read_the_feed() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");

        assertThat(http.post("/events/" + id + "/calendar-link", null)
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/events/" + id + "/calendar.ics")
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/events/" + id + "/calendar.ics")
                        .bearer(cid)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/events/" + id + "/calendar.ics").send().status()).isEqualTo(401);
    }

    private static String add(String eventId, Map<String, Object> activity) {
        var created = http.post("/events/" + eventId + "/activities", activity)
                .bearer(ana)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static String sequence(String eventId, String activityId) throws Exception {
        var feed = http.get("/events/" + eventId + "/calendar.ics").bearer(ana).send();
        VEvent vevent = byUid(parse(feed.text()).getComponents(Component.VEVENT), activityId);
        return vevent.getProperty(Property.SEQUENCE).orElseThrow().getValue();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent byUid(List<VEvent> events, String activityId) {
        return events.stream()
                .filter(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().equals(activityId + "@geventator"))
                .findFirst()
                .orElseThrow();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<Temporal> date =
                event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return Instant.from(date.getDate());
    }

    private static String tzid(VEvent event) {
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        return start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue();
    }
}
