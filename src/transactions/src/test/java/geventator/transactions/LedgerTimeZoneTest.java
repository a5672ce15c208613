package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A day means that day where the event happens: the street festival runs on 1 July 2027 from 09:00 to 23:00
 * in Berlin, two hours ahead of UTC, so its days begin at 22:00 UTC the evening before.
 */
class LedgerTimeZoneTest extends LedgerFixture {

    @BeforeEach
    void festival() {
        eventId =
                Organizers.event(http, ana, "2027-07-01T09:00:00+02:00", "2027-07-01T23:00:00+02:00", "Europe/Berlin");
        Organizers.addMember(http, eventId, ana, luis, "ORGANIZER");
    }

    private Map<String, Object> dated(String concept, String date) {
        Map<String, Object> body = purchase(concept, "1", "10.00");
        body.put("date", date);
        return body;
    }

    @Test
    void an_entry_dated_on_the_events_day_is_inside_it_though_the_event_starts_later_that_day() {
        var onTheDay = post(ana, dated("Ice", "2027-07-01")).json();
        var dayBefore = post(ana, dated("Chairs", "2027-06-30")).json();
        var dayAfter = post(ana, dated("Cleaning", "2027-07-02")).json();
        var lateThatNight =
                post(ana, dated("Taxi", "2027-07-01T23:30:00+02:00")).json();

        assertThat(onTheDay.path("outsideEvent").asBoolean()).isFalse();
        assertThat(lateThatNight.path("outsideEvent").asBoolean()).isFalse();
        assertThat(dayBefore.path("outsideEvent").asBoolean()).isTrue();
        assertThat(dayAfter.path("outsideEvent").asBoolean()).isTrue();
    }

    @Test
    void an_undated_entry_is_dated_by_when_it_was_recorded_where_the_event_happens() {
        // recorded now, in 2026: long before the festival's day, wherever one reads the calendar
        assertThat(post(ana, purchase("Deposit", "1", "50.00"))
                        .json()
                        .path("outsideEvent")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void day_filters_are_days_where_the_event_happens_with_to_inclusive() {
        post(ana, dated("Ice", "2027-07-01"));
        post(luis, dated("Water", "2027-07-01"));
        post(ana, dated("Chairs", "2027-06-30"));
        post(ana, dated("Cleaning", "2027-07-02"));

        assertThat(concepts(get(ana, "/entries?from=2027-07-01&to=2027-07-01").json()))
                .containsExactlyInAnyOrder("Ice", "Water");
        assertThat(concepts(get(ana, "/entries?from=2027-07-02").json())).containsExactly("Cleaning");
        assertThat(concepts(get(ana, "/entries?to=2027-06-30").json())).containsExactly("Chairs");
    }

    @Test
    void months_and_the_export_read_dates_where_the_event_happens() {
        post(ana, dated("Ice", "2027-07-01"));
        post(ana, dated("Chairs", "2027-06-30"));

        var months = get(ana, "/balance").json().path("byMonth");
        String csv = get(ana, "/export.csv").text();

        assertThat(months.path("2027-07").path("out").asText()).isEqualTo("10.00");
        assertThat(months.path("2027-06").path("out").asText()).isEqualTo("10.00");
        assertThat(csv).contains(",2027-07-01,purchase,Ice,").contains(",2027-06-30,purchase,Chairs,");
    }

    @Test
    void the_last_full_page_hands_out_no_cursor_to_an_empty_page() {
        for (int i = 1; i <= 4; i++) {
            post(ana, dated("Item " + i, "2027-07-01"));
        }

        var first = get(ana, "/entries?limit=2").json();
        var second = get(
                        ana,
                        "/entries?limit=2&cursor=" + first.path("nextCursor").asText())
                .json();

        assertThat(concepts(first)).hasSize(2);
        assertThat(concepts(second)).hasSize(2);
        assertThat(second.path("nextCursor").isMissingNode()).isTrue();
    }
}
