package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edits that mean what they say (issue 10): JSON Merge Patch, a change of direction that names the new
 * pocket, idempotency over equivalent bodies, and decimals that are strings everywhere.
 */
class LedgerEditsTest extends LedgerFixture {

    @Test
    void null_clears_a_field_and_an_edit_that_changes_nothing_adds_no_revision() {
        Map<String, Object> chairs = purchase("Chairs", "10", "4.00");
        chairs.put("note", "invoice 118");
        chairs.put("category", "furniture");
        chairs.put("tags", List.of("hall"));
        String id = post(ana, chairs).json().path("id").asText();

        var empty = patch(id, "1", "{}");
        var same = patch(id, "1", "{\"quantity\":\"10.0\",\"unitPrice\":\"4\",\"note\":\"invoice 118\"}");
        var cleared = patch(id, "1", "{\"note\":null,\"category\":null,\"tags\":null,\"quantity\":null}");
        var clearedAgain = patch(id, "2", "{\"note\":null}");

        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json().path("version").asInt()).isEqualTo(1);
        assertThat(empty.header("ETag")).isEqualTo("\"1\"");
        assertThat(same.json().path("version").asInt()).as(same.toString()).isEqualTo(1);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().path("version").asInt()).isEqualTo(2);
        assertThat(cleared(cleared.json().path("note"))).isTrue();
        assertThat(cleared(cleared.json().path("category"))).isTrue();
        assertThat(cleared.json().path("tags")).isEmpty();
        assertThat(cleared.json().path("quantity").asText()).isEqualTo("1");
        assertThat(cleared.json().path("amount").asText()).isEqualTo("4.00");
        assertThat(clearedAgain.json().path("version").asInt())
                .as(clearedAgain.toString())
                .isEqualTo(2);
        assertThat(get(ana, "/entries/" + id + "/history").json().path("revisions"))
                .hasSize(2);
    }

    @Test
    void what_an_entry_cannot_be_without_cannot_be_cleared() {
        String id =
                post(luis, purchase("Chairs", "10", "4.00")).json().path("id").asText();

        var concept = patch(id, "1", "{\"concept\":null,\"unitPrice\":null,\"date\":null}");
        var payer = patch(id, "1", "{\"paidBy\":null}");

        assertThat(concept.status()).as(concept.toString()).isEqualTo(400);
        assertThat(fields(concept.json())).containsExactly("concept", "date", "unitPrice");
        assertThat(payer.status()).as(payer.toString()).isEqualTo(400);
        assertThat(fields(payer.json())).containsExactly("paidBy");
        assertThat(get(ana, "/entries/" + id).json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void turning_money_out_into_money_in_must_name_who_received_it() {
        String id = post(luis, purchase("Old chairs", "1", "30.00"))
                .json()
                .path("id")
                .asText();

        var silent = patch(id, "1", "{\"kind\":\"sale\"}");
        var named = patch(id, "1", "{\"kind\":\"sale\",\"receivedBy\":\"" + luis.userId() + "\"}");
        var back = patch(id, "2", "{\"kind\":\"expense\"}");
        var settlement = patch(id, "2", "{\"kind\":\"settlement\",\"receivedBy\":\"" + ana.userId() + "\"}");

        assertThat(silent.status()).as(silent.toString()).isEqualTo(422);
        assertThat(silent.json().path("type").asText()).isEqualTo("urn:geventator:problem:pocket-required");
        assertThat(fields(silent.json())).containsExactly("receivedBy");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().path("receivedBy").asText()).isEqualTo(luis.userId());
        assertThat(cleared(named.json().path("paidBy"))).isTrue();
        assertThat(named.json().path("revisedBy").asText()).isEqualTo(ana.userId());
        assertThat(back.status()).isEqualTo(422);
        assertThat(fields(back.json())).containsExactly("paidBy");
        assertThat(settlement.status()).isEqualTo(422);
        assertThat(fields(settlement.json())).containsExactly("paidBy");
        assertThat(get(ana, "/entries/" + id).json().path("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_change_of_kind_in_the_same_direction_keeps_the_pocket() {
        String id =
                post(luis, purchase("Chairs", "1", "30.00")).json().path("id").asText();

        var edited = patch(id, "1", "{\"kind\":\"expense\"}");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("kind").asText()).isEqualTo("expense");
        assertThat(edited.json().path("paidBy").asText()).isEqualTo(luis.userId());
    }

    @Test
    void the_same_key_with_an_equivalent_body_is_the_same_request() {
        Map<String, Object> explicit = purchase("Tent", "1", "80.00");
        Map<String, Object> implicit = new java.util.LinkedHashMap<>(explicit);
        implicit.remove("quantity");
        implicit.put("unitPrice", "80");
        implicit.put("paidBy", ana.userId());
        implicit.put("currency", "EUR");

        var first = keyed(explicit, "tent-eq");
        var retry = keyed(implicit, "tent-eq");
        var other = keyed(purchase("Tent", "2", "80.00"), "tent-eq");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_json_number_for_money_answers_400_everywhere() {
        String id = post(ana, purchase("Chairs", "1", "4.00")).json().path("id").asText();
        var price = post(ana, "{\"kind\":\"purchase\",\"concept\":\"x\",\"unitPrice\":12.5}");
        var quantity = post(ana, "{\"kind\":\"purchase\",\"concept\":\"x\",\"quantity\":2,\"unitPrice\":\"1.00\"}");
        var edit = patch(id, "1", "{\"unitPrice\":12.5}");
        var budget = http.put(base() + "/budget", "{\"categories\":{\"food\":12.5,\"sound\":\"1.00\"}}")
                .bearer(ana.token())
                .send();
        var transfer = http.post(
                        base() + "/settle-up/transfers",
                        "{\"from\":\"" + luis.userId() + "\",\"to\":\"" + ana.userId() + "\",\"amount\":5}")
                .bearer(ana.token())
                .send();

        assertThat(price.status()).isEqualTo(400);
        assertThat(fields(price.json())).containsExactly("unitPrice");
        assertThat(quantity.status()).isEqualTo(400);
        assertThat(fields(quantity.json())).containsExactly("quantity");
        assertThat(edit.status()).isEqualTo(400);
        assertThat(budget.status()).as(budget.toString()).isEqualTo(400);
        assertThat(fields(budget.json())).containsExactly("categories.food");
        assertThat(transfer.status()).isEqualTo(400);
        assertThat(fields(transfer.json())).containsExactly("amount");
        assertThat(count()).isEqualTo(1);
        assertThat(get(ana, "/budget").json().path("categories")).isEmpty();
    }

    @Test
    void a_planned_budget_of_zero_is_a_plan() {
        var set = http.put(base() + "/budget", Map.of("categories", Map.of("food", "0.00", "sound", "0")))
                .bearer(ana.token())
                .send();
        post(ana, entry("purchase", "Bread", "1", "3.00")).json();

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("categories").path("food").asText()).isEqualTo("0.00");
        assertThat(set.json().path("categories").path("sound").asText()).isEqualTo("0.00");
    }

    private Http.Reply patch(String id, String version, String body) {
        return http.patch(base() + "/entries/" + id, body)
                .bearer(ana.token())
                .header("If-Match", "\"" + version + "\"")
                .send();
    }

    private Http.Reply keyed(Object body, String key) {
        return http.post(base() + "/entries", body)
                .bearer(ana.token())
                .header("Idempotency-Key", key)
                .send();
    }

    /** Null or left out: the answer omits properties that have no value. */
    private static boolean cleared(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
