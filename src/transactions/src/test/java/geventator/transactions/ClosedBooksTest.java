package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.transactions.Organizers.Person;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Closing an event closes its books (issue 10): no entries, edits, voids, transfers, imports, budgets or
 * activities until an owner reopens it with a reason, which the event keeps.
 */
class ClosedBooksTest extends LedgerFixture {

    @Test
    void a_closed_event_takes_no_money_and_no_activities_until_an_owner_reopens_it_with_a_reason() throws Exception {
        String id =
                post(ana, purchase("Chairs", "1", "40.00")).json().path("id").asText();
        var organizerCloses = status(luis, "CLOSED", null);
        var closed = status(ana, "CLOSED", null);

        var record = post(luis, purchase("Late", "1", "1.00"));
        var edit = http.patch(base() + "/entries/" + id, Map.of("note", "late"))
                .bearer(ana.token())
                .header("If-Match", "\"1\"")
                .send();
        var voided = http.post(base() + "/entries/" + id + "/void", Map.of("reason", "late"))
                .bearer(ana.token())
                .send();
        var budget = http.put(base() + "/budget", Map.of("categories", Map.of("food", "10.00")))
                .bearer(ana.token())
                .send();
        var transfer = http.post(
                        base() + "/settle-up/transfers",
                        Map.of("from", luis.userId(), "to", ana.userId(), "amount", "20.00"))
                .bearer(ana.token())
                .send();
        var imported = importCsv("kind,concept,unitPrice\r\nsale,Late tickets,5.00\r\n");
        var activity = http.post(
                        "/events/" + eventId + "/activities",
                        Map.of(
                                "title",
                                "Late",
                                "start",
                                "2026-06-02T18:00:00+02:00",
                                "end",
                                "2026-06-02T20:00:00+02:00"))
                .bearer(ana.token())
                .send();
        var renamed = http.patch("/events/" + eventId, Map.of("name", "Renamed", "version", version()))
                .bearer(ana.token())
                .send();
        var balance = get(vera, "/balance");
        var reopenWithoutReason = status(ana, "ACTIVE", null);
        var organizerReopens = status(luis, "ACTIVE", "forgot the invoice");
        var reopened = status(ana, "ACTIVE", "the caterer's invoice came late");
        var after = post(luis, purchase("Catering", "1", "60.00"));

        assertThat(organizerCloses.status()).as(organizerCloses.toString()).isEqualTo(403);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        for (var refused : new Object[] {record, edit, voided, budget, transfer, activity, renamed}) {
            Http.Reply reply = (Http.Reply) refused;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
            assertThat(reply.json().path("type").asText()).isEqualTo("urn:geventator:problem:event-closed");
        }
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(409);
        assertThat(balance.status()).isEqualTo(200);
        assertThat(balance.json().path("out").asText()).isEqualTo("40.00");
        assertThat(reopenWithoutReason.status())
                .as(reopenWithoutReason.toString())
                .isEqualTo(400);
        assertThat(organizerReopens.status()).isEqualTo(403);
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(reopened.json().path("reopenings")).hasSize(1);
        assertThat(reopened.json().path("reopenings").get(0).path("reason").asText())
                .isEqualTo("the caterer's invoice came late");
        assertThat(reopened.json().path("reopenings").get(0).path("by").asText())
                .isEqualTo(ana.userId());
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void archiving_closes_the_books_too() {
        var archived = http.post("/events/" + eventId + "/archive", null)
                .bearer(ana.token())
                .send();
        var record = post(ana, purchase("Late", "1", "1.00"));

        assertThat(archived.status()).isEqualTo(200);
        assertThat(record.status()).as(record.toString()).isEqualTo(409);
        assertThat(count()).isZero();
    }

    private Http.Reply status(Person who, String status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("version", version());
        if (reason != null) {
            body.put("reopenReason", reason);
        }
        return http.patch("/events/" + eventId, body).bearer(who.token()).send();
    }

    private long version() {
        return http.get("/events/" + eventId)
                .bearer(ana.token())
                .send()
                .json()
                .path("version")
                .asLong();
    }

    private HttpResponse<String> importCsv(String csv) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(running.app().baseUrl() + base() + "/import"))
                                .header("Authorization", "Bearer " + ana.token())
                                .header("Content-Type", "text/csv; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
