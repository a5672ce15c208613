package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The problem bodies of the ledger's refusals: type, title, status and the fields at fault, as clients see them. */
class LedgerProblemsTest extends LedgerFixture {

    static final String PREFIX = "urn:geventator:problem:";

    @Test
    void malformed_fields_are_listed_in_one_400() {
        var reply = post(ana, purchase("Cups", "-1", "1.005"));

        assertProblem(reply, 400, "validation", "The request has invalid fields");
        assertThat(fields(reply.json())).containsExactlyInAnyOrder("quantity", "unitPrice");
        assertProblem(get(ana, "/entries/not-an-id"), 400, "validation", "The request has invalid fields");
        assertThat(fields(get(ana, "/entries/not-an-id").json())).containsExactly("entryId");
    }

    @Test
    void who_may_not_gets_403_or_404_as_if_there_were_no_event() {
        var viewer = post(vera, purchase("Cups", "1", "1.00"));
        var outsider = post(stranger, purchase("Cups", "1", "1.00"));

        assertProblem(viewer, 403, "forbidden", "Not allowed");
        assertProblem(outsider, 404, "not-found", "Not found");
        assertThat(outsider.json().path("detail").asText()).isEqualTo("no event " + eventId);
    }

    @Test
    void the_state_of_an_entry_answers_409_412_and_428() {
        String id = post(ana, purchase("Chairs", "1", "4.00")).json().path("id").asText();
        var edited = edit(id, "\"1\"", "2");
        var stale = edit(id, "\"1\"", "3");
        var unversioned = edit(id, null, "4");
        http.post(base() + "/entries/" + id + "/void", Map.of("reason", "typo"))
                .bearer(ana.token())
                .send();
        var voidedTwice = http.post(base() + "/entries/" + id + "/void", Map.of("reason", "again"))
                .bearer(ana.token())
                .send();

        assertThat(edited.status()).isEqualTo(200);
        assertProblem(stale, 412, "stale-version", "The resource has changed");
        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(2);
        assertProblem(unversioned, 428, "version-required", "A version is required");
        assertProblem(voidedTwice, 409, "entry-voided", "Conflict");
    }

    @Test
    void what_the_event_cannot_take_answers_422_naming_the_field() {
        Map<String, Object> dollars = purchase("Dollars", "1", "1.00");
        dollars.put("currency", "USD");
        var mismatch = post(ana, dollars);
        http.post(base() + "/entries", purchase("Tent", "1", "80.00"))
                .bearer(ana.token())
                .header("Idempotency-Key", "tent")
                .send();
        var reused = http.post(base() + "/entries", purchase("Tent", "1", "90.00"))
                .bearer(ana.token())
                .header("Idempotency-Key", "tent")
                .send();

        assertProblem(mismatch, 422, "currency-mismatch", "The request cannot be carried out");
        assertThat(fields(mismatch.json())).containsExactly("currency");
        assertProblem(reused, 422, "idempotency-key-reused", "The request cannot be carried out");
        assertThat(reused.json().path("errors").isMissingNode()).isTrue();
    }

    @Test
    void a_bad_budget_names_the_plan_at_fault() {
        var reply = http.put(base() + "/budget", Map.of("categories", Map.of("food", "1.005")))
                .bearer(ana.token())
                .send();

        assertProblem(reply, 400, "validation", "The request has invalid fields");
        assertThat(fields(reply.json())).containsExactly("categories.food");
    }

    @Test
    void an_import_answers_400_for_a_bad_file_422_with_its_report_for_bad_rows_and_415_for_another_type()
            throws Exception {
        var header = importCsv("kind,concept,price\r\nsale,Cake,1.00\r\n", "text/csv");
        var malformed = importCsv("kind,concept,unitPrice\r\nsale,\"Cake,1.00\r\n", "text/csv");
        var badRows = importCsv("kind,concept,unitPrice\r\nsale,,1.00\r\n", "text/csv");
        var json = importCsv("kind,concept,unitPrice\r\n", "application/json");

        assertProblem(header, 400, "validation", "The request has invalid fields");
        assertThat(fields(header)).containsExactly("header");
        assertProblem(malformed, 400, "bad-request", "The request is malformed");
        assertProblem(badRows, 422, "invalid-rows", "The request cannot be carried out");
        assertThat(fields(badRows)).containsExactly("line 2: concept");
        assertThat(badRows.path("report").path("errors").get(0).path("line").asInt())
                .isEqualTo(2);
        assertProblem(json, 415, "unsupported-media-type", "Unsupported media type");
    }

    static void assertProblem(Http.Reply reply, int status, String type, String title) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertProblem(reply.json(), status, type, title);
    }

    static void assertProblem(JsonNode problem, int status, String type, String title) {
        assertThat(problem.path("type").asText()).as(problem.toString()).isEqualTo(PREFIX + type);
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    Http.Reply edit(String id, String ifMatch, String quantity) {
        var request = http.patch(base() + "/entries/" + id, Map.of("quantity", quantity))
                .bearer(ana.token());
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
    }

    JsonNode importCsv(String csv, String contentType) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(running.app().baseUrl() + base() + "/import"))
                                .header("Authorization", "Bearer " + ana.token())
                                .header("Content-Type", contentType)
                                .POST(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(problem.path("status").asInt());
        return problem;
    }
}
