package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once answered 500 or leaked a class name, each a 4xx problem now that writes nothing; and the
 * event's currency, locked by the ledger once it holds an entry.
 */
class LedgerHostileInputTest extends LedgerFixture {

    @Test
    void an_entry_dated_beyond_the_years_1_to_9999_is_a_400_naming_date() {
        for (String date :
                new String[] {"+999999999-12-31", "-999999999-01-01T00:00:00+18:00", "+999999999-12-31T23:59:59Z"}) {
            Map<String, Object> entry = new HashMap<>(Organizers.purchase("Chairs", "1", "10.00"));
            entry.put("date", date);

            assertProblem(post(luis, entry), 400, "date");
        }
        assertThat(count()).isZero();
    }

    @Test
    void from_and_to_filters_beyond_the_years_are_a_400() {
        assertProblem(get(ana, "/entries?from=-999999999-01-01"), 400, "from");
        assertProblem(get(ana, "/entries?to=%2B999999999-12-31"), 400, "to");
        assertProblem(get(ana, "/entries?to=%2B999999999-12-31T23:59:59Z"), 400, "to");
        // An instant that parses but lies beyond every date-time once read with an offset (the fuzz found it).
        assertProblem(get(ana, "/entries?from=-999999999-01-01T00:00:00%2B18:00"), 400, "from");
    }

    @Test
    void a_nul_in_the_search_query_is_a_400() {
        assertProblem(get(ana, "/entries?q=a%00b"), 400, "q");
    }

    @Test
    void a_csv_date_beyond_the_years_is_reported_for_its_row_and_nothing_is_imported() {
        var imported = csv("date,kind,concept,quantity,unitPrice\r\n+999999999-12-31,sale,Tickets,1,12.50\r\n", false);
        var dryRun = csv(
                "date,kind,concept,quantity,unitPrice\r\n+999999999-12-31T23:59:59Z,sale,Tickets,1,12.50\r\n", true);

        assertThat(imported.status()).as(imported.toString()).isBetween(400, 499);
        assertThat(imported.contentType()).startsWith("application/problem+json");
        assertThat(imported.text()).contains("date").doesNotContain("Exception", "java.");
        assertThat(dryRun.status()).as(dryRun.toString()).isLessThan(500);
        assertThat(dryRun.text()).contains("date").doesNotContain("Exception", "java.");
        assertThat(count()).isZero();
    }

    @Test
    void malformed_csv_is_a_400_that_names_no_class() {
        var reply = csv("kind,concept,unitPrice\r\nsale,\"unclosed,12.50\r\n", false);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text()).doesNotContain("org.apache", "CSVException", "Exception", "java.");
        assertThat(count()).isZero();
    }

    @Test
    void once_the_ledger_holds_an_entry_the_events_currency_is_locked() {
        assertThat(post(luis, Organizers.purchase("Chairs", "1", "12.50")).status())
                .isEqualTo(201);

        var changed = http.patch("/events/" + eventId, Map.of("currency", "JPY", "version", 1))
                .bearer(ana.token())
                .send();
        var event = http.get("/events/" + eventId).bearer(ana.token()).send();
        var balance = get(ana, "/balance");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(changed.json().path("type").asText()).isEqualTo("urn:geventator:problem:currency-locked");
        assertThat(event.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(balance.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(balance.json().path("out").asText()).isEqualTo("12.50");
    }

    @Test
    void with_an_empty_ledger_the_currency_can_change() {
        var changed = http.patch("/events/" + eventId, Map.of("currency", "JPY", "version", 1))
                .bearer(ana.token())
                .send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("currency").asText()).isEqualTo("JPY");
    }

    private Http.Reply csv(String text, boolean dryRun) {
        return http.post(base() + "/import" + (dryRun ? "?dryRun=true" : ""), text)
                .bearer(luis.token())
                .header("Content-Type", "text/csv")
                .send();
    }

    private static void assertProblem(Http.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .as(reply.toString())
                .contains(field);
        assertThat(reply.text()).doesNotContain("Exception", "java.");
    }
}
