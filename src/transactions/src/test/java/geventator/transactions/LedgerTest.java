package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.transactions.Organizers.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entries over HTTP: recording, listing, editing, voiding, idempotency, bad input and races. */
class LedgerTest extends LedgerFixture {

    @Test
    void records_an_entry_with_the_amount_computed_exactly() {
        var created = post(ana, purchase("Cups", "0.333", "10.00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode entry = created.json();
        assertThat(entry.path("amount").asText()).isEqualTo("3.33");
        assertThat(entry.path("signedAmount").asText()).isEqualTo("-3.33");
        assertThat(entry.path("currency").asText()).isEqualTo("EUR");
        assertThat(entry.path("paidBy").asText()).isEqualTo(ana.userId());
        assertThat(entry.path("recordedBy").asText()).isEqualTo(ana.userId());
        assertThat(entry.path("version").asInt()).isEqualTo(1);
        assertThat(created.header("Location"))
                .endsWith("/entries/" + entry.path("id").asText());
    }

    @Test
    void flags_an_entry_dated_outside_the_event() {
        Map<String, Object> body = purchase("Deposit for the hall", "1", "300.00");
        body.put("date", "2026-03-01");

        assertThat(post(ana, body).json().path("outsideEvent").asBoolean()).isTrue();
        assertThat(post(ana, purchase("Ice", "1", "3.00"))
                        .json()
                        .path("outsideEvent")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void lists_newest_first_in_pages_and_filters() {
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> body = entry(day % 2 == 0 ? "sale" : "purchase", "Item " + day, "1", day + ".00");
            body.put("date", "2026-06-0" + day);
            body.put("category", day % 2 == 0 ? "tickets" : "food");
            post(ana, body);
        }

        var first = get(vera, "/entries?limit=2").json();
        var second = get(
                        vera,
                        "/entries?limit=2&cursor=" + first.path("nextCursor").asText())
                .json();
        var third = get(
                        vera,
                        "/entries?limit=2&cursor=" + second.path("nextCursor").asText())
                .json();

        assertThat(concepts(first)).containsExactly("Item 5", "Item 4");
        assertThat(concepts(second)).containsExactly("Item 3", "Item 2");
        assertThat(concepts(third)).containsExactly("Item 1");
        assertThat(third.path("nextCursor").isMissingNode()).isTrue();
        assertThat(concepts(get(vera, "/entries?kind=sale").json())).containsExactly("Item 4", "Item 2");
        assertThat(concepts(get(vera, "/entries?category=food&from=2026-06-02&to=2026-06-03")
                        .json()))
                .containsExactly("Item 3");
        assertThat(concepts(get(vera, "/entries?q=iTeM%205").json())).containsExactly("Item 5");
        assertThat(concepts(get(vera, "/entries?member=" + luis.userId()).json()))
                .isEmpty();
    }

    @Test
    void voids_an_entry_which_stays_listed_but_leaves_the_totals() {
        String id = post(ana, purchase("Wrong", "1", "50.00")).json().path("id").asText();
        post(ana, purchase("Right", "1", "5.00"));

        var voided = http.post(base() + "/entries/" + id + "/void", Map.of("reason", "typed twice"))
                .bearer(luis.token())
                .send();

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().path("voiding").path("reason").asText()).isEqualTo("typed twice");
        assertThat(concepts(get(ana, "/entries").json())).containsExactly("Right");
        assertThat(concepts(get(ana, "/entries?includeVoided=true").json()))
                .containsExactlyInAnyOrder("Right", "Wrong");
        assertThat(get(ana, "/balance").json().path("out").asText()).isEqualTo("5.00");
        assertThat(http.post(base() + "/entries/" + id + "/void", Map.of("reason", "again"))
                        .bearer(ana.token())
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void edits_make_revisions_and_a_stale_version_answers_412() {
        String id =
                post(ana, purchase("Chairs", "10", "4.00")).json().path("id").asText();

        var edited = http.patch(base() + "/entries/" + id, Map.of("quantity", "12"))
                .bearer(luis.token())
                .header("If-Match", "\"1\"")
                .send();
        var stale = http.patch(base() + "/entries/" + id, Map.of("quantity", "14"))
                .bearer(ana.token())
                .header("If-Match", "\"1\"")
                .send();
        var history = get(ana, "/entries/" + id + "/history").json();

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("amount").asText()).isEqualTo("48.00");
        assertThat(edited.json().path("version").asInt()).isEqualTo(2);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(history.path("revisions")).hasSize(2);
        assertThat(history.path("revisions").get(0).path("amount").asText()).isEqualTo("40.00");
        assertThat(history.path("revisions").get(0).path("revisedBy").asText()).isEqualTo(ana.userId());
        assertThat(history.path("revisions").get(1).path("revisedBy").asText()).isEqualTo(luis.userId());
        assertThat(get(ana, "/balance").json().path("out").asText()).isEqualTo("48.00");
    }

    @Test
    void an_idempotent_retry_answers_the_original_and_another_body_answers_422() {
        var first = http.post(base() + "/entries", purchase("Tent", "1", "80.00"))
                .bearer(ana.token())
                .header("Idempotency-Key", "tent-1")
                .send();
        var retry = http.post(base() + "/entries", purchase("Tent", "1", "80.00"))
                .bearer(ana.token())
                .header("Idempotency-Key", "tent-1")
                .send();
        var other = http.post(base() + "/entries", purchase("Tent", "1", "90.00"))
                .bearer(ana.token())
                .header("Idempotency-Key", "tent-1")
                .send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        var someoneElse = http.post(base() + "/entries", purchase("Tent", "1", "80.00"))
                .bearer(luis.token())
                .header("Idempotency-Key", "tent-1")
                .send();

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(someoneElse.status()).isEqualTo(422);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void rejects_bad_input_and_writes_nothing() {
        String otherEvent = Organizers.event(http, ana);
        String foreignEntry = http.post("/events/" + otherEvent + "/ledger/entries", purchase("Elsewhere", "1", "1.00"))
                .bearer(ana.token())
                .send()
                .json()
                .path("id")
                .asText();
        Map<String, Object> anotherCurrency = purchase("Dollars", "1", "1.00");
        anotherCurrency.put("currency", "USD");
        Map<String, Object> strangerPays = purchase("Gift", "1", "1.00");
        strangerPays.put("paidBy", stranger.userId());

        assertThat(post(ana, purchase("Negative", "-1", "1.00")).status()).isEqualTo(400);
        assertThat(post(ana, purchase("Zero", "0", "1.00")).status()).isEqualTo(400);
        assertThat(post(ana, purchase("Too precise", "1", "1.005")).status()).isEqualTo(400);
        assertThat(post(ana, purchase("Huge", "1", "1e309")).status()).isEqualTo(400);
        assertThat(post(ana, purchase("Not a number", "1", "NaN")).status()).isEqualTo(400);
        assertThat(post(ana, "{\"kind\":\"purchase\",\"concept\":\"x\",\"unitPrice\":NaN}")
                        .status())
                .isEqualTo(400);
        assertThat(post(ana, "{\"kind\":\"purchase\",\"concept\":\"x\",\"unitPrice\":1e309}")
                        .status())
                .isEqualTo(400);
        assertThat(post(ana, purchase("Overflow", "999999999999999", "999999999999.99"))
                        .status())
                .isEqualTo(422);
        assertThat(post(ana, anotherCurrency).status()).isEqualTo(422);
        assertThat(post(ana, strangerPays).status()).isEqualTo(422);
        assertThat(post(vera, purchase("Viewer", "1", "1.00")).status()).isEqualTo(403);
        assertThat(post(stranger, purchase("Outsider", "1", "1.00")).status()).isEqualTo(404);
        assertThat(get(ana, "/entries/" + foreignEntry).status()).isEqualTo(404);
        assertThat(http.patch(base() + "/entries/" + foreignEntry, Map.of("quantity", "2"))
                        .bearer(ana.token())
                        .header("If-Match", "1")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.post(base() + "/entries/" + foreignEntry + "/void", Map.of("reason", "x"))
                        .bearer(ana.token())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(get(ana, "/entries/not-an-id").status()).isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void a_non_member_cannot_see_that_the_ledger_exists() {
        assertThat(get(stranger, "/entries").status()).isEqualTo(404);
        assertThat(get(stranger, "/balance").status()).isEqualTo(404);
        assertThat(http.get(base() + "/entries").send().status()).isEqualTo(401);
    }

    @Test
    void twenty_organizers_posting_at_once_are_each_counted_once() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            Person who = i % 2 == 0 ? ana : luis;
            threads.add(started(
                    () -> statuses.add(post(who, purchase("Load", "1", "1.01")).status())));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(statuses).hasSize(20).allMatch(status -> status == 201);
        assertThat(count()).isEqualTo(20);
        assertThat(get(ana, "/balance").json().path("out").asText()).isEqualTo("20.20");
    }

    @Test
    void an_idempotent_retry_racing_its_original_makes_one_entry() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(started(() -> ids.add(http.post(base() + "/entries", purchase("Generator", "1", "120.00"))
                    .bearer(ana.token())
                    .header("Idempotency-Key", "gen")
                    .send()
                    .json()
                    .path("id")
                    .asText())));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void of_edits_racing_from_one_version_exactly_one_wins() throws Exception {
        String id =
                post(ana, purchase("Stage", "1", "100.00")).json().path("id").asText();
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            String price = (101 + i) + ".00";
            threads.add(started(() -> statuses.add(http.patch(base() + "/entries/" + id, Map.of("unitPrice", price))
                    .bearer(luis.token())
                    .header("If-Match", "\"1\"")
                    .send()
                    .status())));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        JsonNode history = get(ana, "/entries/" + id + "/history").json();
        JsonNode latest = get(ana, "/entries/" + id).json();

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 412);
        assertThat(history.path("revisions")).hasSize(2);
        assertThat(get(ana, "/balance").json().path("out").asText())
                .isEqualTo(latest.path("amount").asText());
    }
}
