package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the entries add up to over HTTP: the balance against the budget, activities, settle-up, the deletion guard. */
class LedgerTotalsTest extends LedgerFixture {

    @Test
    void shows_the_balance_against_the_owners_budget() {
        var budget = http.put(base() + "/budget", Map.of("categories", Map.of("food", "100.00", "sound", "50.00")))
                .bearer(ana.token())
                .send();
        Map<String, Object> food = purchase("Paella", "2", "60.00");
        food.put("category", "food");
        post(ana, food);
        Map<String, Object> tickets = entry("sale", "Tickets", "30", "5.00");
        tickets.put("category", "tickets");
        post(luis, tickets);
        Map<String, Object> sponsor = entry("sponsorship", "Bakery", "1", "25.50");
        sponsor.put("category", "sponsors");
        post(luis, sponsor);

        JsonNode balance = get(vera, "/balance").json();

        assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
        assertThat(http.put(base() + "/budget", Map.of("categories", Map.of("food", "1.00")))
                        .bearer(luis.token())
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(balance.path("in").asText()).isEqualTo("175.50");
        assertThat(balance.path("out").asText()).isEqualTo("120.00");
        assertThat(balance.path("net").asText()).isEqualTo("55.50");
        assertThat(balance.path("byKind").path("sale").path("in").asText()).isEqualTo("150.00");
        assertThat(balance.path("byCategory").path("food").path("out").asText()).isEqualTo("120.00");
        assertThat(balance.path("byMonth").path("2026-06").path("net").asText()).isEqualTo("55.50");
        JsonNode foodPlan = plan(balance.path("budget").path("categories"), "food");
        assertThat(foodPlan.path("planned").asText()).isEqualTo("100.00");
        assertThat(foodPlan.path("remaining").asText()).isEqualTo("-20.00");
        assertThat(foodPlan.path("overBudget").asBoolean()).isTrue();
        assertThat(plan(balance.path("budget").path("categories"), "sound")
                        .path("overBudget")
                        .asBoolean())
                .isFalse();
        assertThat(balance.path("budget").path("overall").path("remaining").asText())
                .isEqualTo("30.00");
    }

    @Test
    void settles_up_with_transfers_that_square_everyone() {
        post(ana, purchase("Drinks", "1", "90.00"));
        Map<String, Object> paidByLuis = purchase("Stage", "1", "30.00");
        post(luis, paidByLuis);
        Map<String, Object> takings = entry("sale", "Door takings", "1", "20.00");
        post(luis, takings);

        JsonNode settle = get(vera, "/settle-up").json();
        JsonNode transfer = settle.path("transfers").get(0);

        assertThat(settle.path("transfers")).hasSize(1);
        assertThat(transfer.path("from").asText()).isEqualTo(luis.userId());
        assertThat(transfer.path("to").asText()).isEqualTo(ana.userId());
        assertThat(transfer.path("amount").asText()).isEqualTo("40.00");
        assertThat(transfer.path("text").asText()).isEqualTo("Luis pays Ana 40.00 EUR");

        var recorded = http.post(
                        base() + "/settle-up/transfers",
                        Map.of(
                                "from",
                                transfer.path("from").asText(),
                                "to",
                                transfer.path("to").asText(),
                                "amount",
                                transfer.path("amount").asText()))
                .bearer(luis.token())
                .send();
        JsonNode after = get(ana, "/settle-up").json();

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("kind").asText()).isEqualTo("settlement");
        assertThat(after.path("transfers")).isEmpty();
        after.path("positions")
                .forEach(p -> assertThat(p.path("position").asText()).isEqualTo("0.00"));
        assertThat(get(ana, "/balance").json().path("net").asText()).isEqualTo("-100.00");
    }

    @Test
    void budgets_several_activities_and_names_each_one_that_is_not_the_events() {
        String stage = activity(eventId, "Stage");
        String bar = activity(eventId, "Bar");
        String lights = activity(eventId, "Lights");
        String elsewhere = activity(Organizers.event(http, ana), "Elsewhere");
        String nowhere = "0123456789abcdef01234567";
        var set = http.put(
                        base() + "/budget", Map.of("activities", Map.of(stage, "10.00", bar, "20.00", lights, "30.00")))
                .bearer(ana.token())
                .send();

        var refused = http.put(
                        base() + "/budget",
                        Map.of("activities", Map.of(stage, "1.00", elsewhere, "1.00", nowhere, "1.00")))
                .bearer(ana.token())
                .send();

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("activities." + elsewhere, "activities." + nowhere);
        JsonNode plans = get(vera, "/balance").json().path("budget").path("activities");
        assertThat(plan(plans, stage).path("title").asText()).isEqualTo("Stage");
        assertThat(plan(plans, bar).path("title").asText()).isEqualTo("Bar");
        assertThat(plan(plans, lights).path("title").asText()).isEqualTo("Lights");
        assertThat(plan(plans, stage).path("planned").asText()).isEqualTo("10.00");
    }

    @Test
    void ties_entries_to_an_activity_of_the_event_and_budgets_it() {
        String stage = activity(eventId, "Stage");
        String elsewhere = activity(Organizers.event(http, ana), "Elsewhere");
        Map<String, Object> lights = purchase("Lights", "2", "40.00");
        lights.put("activityId", stage);
        Map<String, Object> foreign = purchase("Lights", "1", "1.00");
        foreign.put("activityId", elsewhere);
        Map<String, Object> unknown = purchase("Lights", "1", "1.00");
        unknown.put("activityId", "nonsense");

        http.put(base() + "/budget", Map.of("activities", Map.of(stage, "60.00")))
                .bearer(ana.token())
                .send();
        var recorded = post(ana, lights);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(post(ana, foreign).status()).isEqualTo(422);
        assertThat(post(ana, unknown).status()).isEqualTo(422);
        assertThat(http.put(base() + "/budget", Map.of("activities", Map.of(elsewhere, "1.00")))
                        .bearer(ana.token())
                        .send()
                        .status())
                .isEqualTo(422);
        JsonNode plan = plan(get(ana, "/balance").json().path("budget").path("activities"), stage);
        assertThat(plan.path("title").asText()).isEqualTo("Stage");
        assertThat(plan.path("actual").asText()).isEqualTo("80.00");
        assertThat(plan.path("remaining").asText()).isEqualTo("-20.00");
        assertThat(plan.path("overBudget").asBoolean()).isTrue();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void keeps_an_event_whose_ledger_holds_entries() {
        String empty = Organizers.event(http, ana);
        String id =
                post(ana, purchase("Banner", "1", "20.00")).json().path("id").asText();
        http.post(base() + "/entries/" + id + "/void", Map.of("reason", "never bought"))
                .bearer(ana.token())
                .send();

        var refused = http.delete("/events/" + eventId).bearer(ana.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("ledger holds 1 entries");
        assertThat(http.delete("/events/" + empty).bearer(ana.token()).send().status())
                .isEqualTo(204);
    }
}
