package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.transactions.Organizers.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whose money it is (issue 10), over HTTP: the event's own accounts, shares, split entries, former members,
 * settle-up and close-out. Ana owns the event, Luis organizes, Vera views (share 0).
 */
class LedgerModelTest extends LedgerFixture {

    @Test
    void the_donation_box_viewer_owes_the_donations_to_the_events_account_not_to_the_sharers() {
        String kitty = kitty();
        Map<String, Object> box = entry("donation", "Donation box", "1", "542.77");
        box.put("receivedBy", vera.userId());
        assertThat(post(ana, box).status()).isEqualTo(201);

        JsonNode settle = get(ana, "/settle-up").json();

        assertThat(positions(settle))
                .containsExactlyInAnyOrder(tuple("Ana", "0.00"), tuple("Luis", "0.00"), tuple("Vera", "-542.77"));
        assertThat(settle.path("worth").asText()).isEqualTo("542.77");
        assertThat(settle.path("transfers")).hasSize(1);
        JsonNode transfer = settle.path("transfers").get(0);
        assertThat(transfer.path("from").asText()).isEqualTo(vera.userId());
        assertThat(transfer.path("toAccount").asText()).isEqualTo(kitty);
        assertThat(absent(transfer.path("to"))).isTrue();
        assertThat(transfer.path("text").asText()).isEqualTo("Vera pays Kitty 542.77 EUR");

        var tooMuch = transfer(Map.of("from", vera.userId(), "toAccount", kitty, "amount", "600.00"));
        var recorded = transfer(Map.of("from", vera.userId(), "toAccount", kitty, "amount", "542.77"));
        JsonNode after = get(ana, "/settle-up").json();
        JsonNode balance = get(vera, "/balance").json();

        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.json().path("owed").asText()).isEqualTo("542.77");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("receivedByAccount").asText()).isEqualTo(kitty);
        assertThat(after.path("transfers")).isEmpty();
        assertThat(after.path("positions"))
                .allMatch(p -> p.path("position").asText().equals("0.00"));
        assertThat(balance.path("accounts").get(0).path("accountId").asText()).isEqualTo(kitty);
        assertThat(balance.path("accounts").get(0).path("name").asText()).isEqualTo("Kitty");
        assertThat(balance.path("accounts").get(0).path("balance").asText()).isEqualTo("542.77");
    }

    @Test
    void a_dinner_split_among_three_named_members_is_theirs_and_not_the_events() {
        Person sam = Organizers.register(http, "Sam");
        Organizers.addMember(http, eventId, ana, sam, "ORGANIZER");
        Map<String, Object> dinner = purchase("Dinner", "1", "90.01");
        dinner.put("splitAmong", List.of(luis.userId(), ana.userId(), vera.userId()));
        Map<String, Object> stranger = purchase("Dinner", "1", "10.00");
        stranger.put("splitAmong", List.of(ana.userId(), LedgerFixture.stranger.userId()));
        Map<String, Object> twice = purchase("Dinner", "1", "10.00");
        twice.put("splitAmong", List.of(ana.userId(), ana.userId()));

        var recorded = post(ana, dinner);
        var notAMember = post(ana, stranger);
        var named = post(ana, twice);
        JsonNode settle = get(luis, "/settle-up").json();

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("splitAmong")).hasSize(3);
        assertThat(notAMember.status()).isEqualTo(422);
        assertThat(notAMember.json().path("type").asText()).isEqualTo("urn:geventator:problem:not-a-member");
        assertThat(named.status()).isEqualTo(400);
        // Sam, who was not at the dinner, shares nothing of it; the cent that does not divide goes to one diner
        List<String> parts = new ArrayList<>();
        settle.path("positions").forEach(p -> parts.add(p.path("split").asText()));
        assertThat(parts).containsExactlyInAnyOrder("-30.01", "-30.00", "-30.00", "0.00");
        assertThat(positions(settle)).contains(tuple("Sam", "0.00"));
        assertThat(settle.path("transfers"))
                .extracting(t -> t.path("toName").asText())
                .containsOnly("Ana");
        assertThat(settle.path("transfers"))
                .extracting(t -> t.path("fromName").asText())
                .containsExactlyInAnyOrder("Luis", "Vera");
        assertThat(settle.path("eventPosition").asText()).isEqualTo("0.00");
        assertThat(get(vera, "/entries?member=" + vera.userId()).json().path("items"))
                .extracting(e -> e.path("concept").asText())
                .containsExactly("Dinner");
    }

    @Test
    void a_former_member_who_is_owed_money_is_still_named_and_a_transfer_to_them_records() {
        post(luis, purchase("Sound system", "1", "40.00"));
        Organizers.removeMember(http, eventId, ana, luis);

        JsonNode settle = get(ana, "/settle-up").json();
        JsonNode former = position(settle, luis.userId());
        var paid = transfer(Map.of("from", ana.userId(), "to", luis.userId(), "amount", "20.00"));
        Map<String, Object> byLeaver = purchase("Cables", "1", "5.00");
        byLeaver.put("paidBy", luis.userId());
        var refused = post(ana, byLeaver);
        JsonNode after = get(ana, "/settle-up").json();

        assertThat(former.path("name").asText()).isEqualTo("Luis");
        assertThat(former.path("former").asBoolean()).isTrue();
        assertThat(former.path("position").asText()).isEqualTo("20.00");
        assertThat(settle.path("transfers").get(0).path("text").asText()).isEqualTo("Ana pays Luis 20.00 EUR");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().path("receivedBy").asText()).isEqualTo(luis.userId());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:geventator:problem:not-a-member");
        assertThat(after.path("transfers")).isEmpty();
    }

    @Test
    void at_close_out_an_investment_is_repaid_first_then_the_profit_is_split_by_stake() {
        String kitty = kitty();
        investmentAndTickets(kitty);

        JsonNode statement = get(vera, "/close-out").json();

        assertThat(statement.path("version").asText()).isNotBlank();
        assertThat(statement.path("worth").asText()).isEqualTo("800.00");
        JsonNode anas = row(statement, ana.userId());
        assertThat(anas.path("invested").asText()).isEqualTo("1000.00");
        assertThat(anas.path("rest").asText()).isEqualTo("0.00");
        assertThat(anas.path("stake").asText()).isEqualTo("3");
        assertThat(anas.path("part").asText()).isEqualTo("600.00");
        assertThat(anas.path("position").asText()).isEqualTo("1600.00");
        assertThat(row(statement, luis.userId()).path("position").asText()).isEqualTo("200.00");
        assertThat(statement.path("accounts").get(0).path("balance").asText()).isEqualTo("1800.00");
        assertThat(statement.path("transfers"))
                .extracting(t -> t.path("text").asText())
                .containsExactly("Kitty pays Ana 1600.00 EUR", "Kitty pays Luis 200.00 EUR");
        // mid-event the profit stays with the event: only the investment is repaid
        assertThat(get(ana, "/settle-up").json().path("transfers"))
                .extracting(t -> t.path("text").asText())
                .containsExactly("Kitty pays Ana 1000.00 EUR");
    }

    @Test
    void the_kitty_repays_an_investment_mid_event_and_not_a_cent_more_unless_meant() {
        String kitty = kitty();
        investmentAndTickets(kitty);
        JsonNode suggested = get(ana, "/settle-up").json().path("transfers").get(0);

        var tooMuch = transfer(Map.of("fromAccount", kitty, "to", ana.userId(), "amount", "1000.01"));
        var both = transfer(Map.of("from", luis.userId(), "fromAccount", kitty, "to", ana.userId(), "amount", "1.00"));
        var recorded = http.post(base() + "/settle-up/transfers", suggested)
                .bearer(luis.token())
                .send();
        JsonNode after = get(ana, "/settle-up").json();

        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.json().path("owed").asText()).isEqualTo("1000.00");
        assertThat(both.status()).isEqualTo(400);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("paidFromAccount").asText()).isEqualTo(kitty);
        assertThat(recorded.json().path("receivedBy").asText()).isEqualTo(ana.userId());
        assertThat(after.path("transfers")).isEmpty();
        assertThat(after.path("worth").asText()).isEqualTo("800.00");
        assertThat(after.path("accounts").get(0).path("balance").asText()).isEqualTo("800.00");
    }

    @Test
    void confirming_a_close_out_records_its_transfers_and_closes_the_event_and_a_second_confirm_records_nothing() {
        investmentAndTickets(kitty());
        String version = get(ana, "/close-out").json().path("version").asText();

        var byOrganizer = confirm(luis, version);
        var confirmed = confirm(ana, version);
        long afterFirst = count();
        var again = confirm(ana, version);
        JsonNode settle = get(ana, "/settle-up").json();
        JsonNode balance = get(ana, "/balance").json();

        assertThat(byOrganizer.status()).isEqualTo(403);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("closed").asBoolean()).isTrue();
        assertThat(confirmed.json().path("recorded"))
                .extracting(e -> e.path("kind").asText(), e -> e.path("amount").asText())
                .containsExactly(tuple("settlement", "1600.00"), tuple("settlement", "200.00"));
        assertThat(Organizers.status(http, eventId, ana)).isEqualTo("CLOSED");
        assertThat(afterFirst).isEqualTo(4);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("recorded")).isEmpty();
        assertThat(count()).isEqualTo(4);
        assertThat(settle.path("transfers")).isEmpty();
        assertThat(balance.path("accounts").get(0).path("balance").asText()).isEqualTo("0.00");
        assertThat(post(ana, purchase("Late", "1", "1.00")).status()).isEqualTo(409);
    }

    @Test
    void a_close_out_after_a_new_entry_answers_412_and_records_nothing() {
        investmentAndTickets(kitty());
        String version = get(ana, "/close-out").json().path("version").asText();
        post(luis, purchase("Late invoice", "1", "10.00"));

        var stale = confirm(ana, version);

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asText())
                .isEqualTo(get(ana, "/close-out").json().path("version").asText())
                .isNotEqualTo(version);
        assertThat(count()).isEqualTo(3);
        assertThat(Organizers.status(http, eventId, ana)).isNotEqualTo("CLOSED");
    }

    @Test
    void money_in_and_out_names_a_member_or_an_account_that_exists_never_both() {
        String kitty = kitty();
        Map<String, Object> both = entry("sale", "Tickets", "1", "5.00");
        both.put("receivedBy", ana.userId());
        both.put("receivedByAccount", kitty);
        Map<String, Object> unknown = purchase("Chairs", "1", "5.00");
        unknown.put("paidFromAccount", "no-such-account");
        Map<String, Object> investment = entry("investment", "Capital", "1", "5.00");
        investment.put("paidFromAccount", kitty);
        Map<String, Object> fromKitty = purchase("Chairs", "1", "5.00");
        fromKitty.put("paidFromAccount", kitty);

        assertThat(post(ana, both).status()).isEqualTo(400);
        var refused = post(ana, unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:geventator:problem:unknown-account");
        assertThat(post(ana, investment).status()).isEqualTo(400);
        var paid = post(ana, fromKitty);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(absent(paid.json().path("paidBy"))).isTrue();
        assertThat(paid.json().path("paidFromAccount").asText()).isEqualTo(kitty);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void an_edit_moves_the_pocket_from_a_member_to_an_account_and_null_clears_a_split() {
        String kitty = kitty();
        Map<String, Object> dinner = purchase("Dinner", "1", "30.00");
        dinner.put("splitAmong", List.of(ana.userId(), luis.userId()));
        String id = post(ana, dinner).json().path("id").asText();

        var toKitty = patch(id, "1", "{\"paidFromAccount\":\"" + kitty + "\"}");
        var unsplit = patch(id, "2", "{\"splitAmong\":null}");
        var cleared = patch(id, "3", "{\"paidFromAccount\":null}");

        assertThat(toKitty.status()).as(toKitty.toString()).isEqualTo(200);
        assertThat(absent(toKitty.json().path("paidBy"))).isTrue();
        assertThat(toKitty.json().path("paidFromAccount").asText()).isEqualTo(kitty);
        assertThat(unsplit.status()).as(unsplit.toString()).isEqualTo(200);
        assertThat(unsplit.json().path("splitAmong")).isEmpty();
        assertThat(cleared.status()).isEqualTo(400);
    }

    @Test
    void exports_carry_names_accounts_and_splits_and_an_import_takes_them_back() throws Exception {
        String kitty = kitty();
        Map<String, Object> dinner = purchase("Dinner", "1", "30.00");
        dinner.put("paidFromAccount", kitty);
        dinner.put("splitAmong", List.of(ana.userId(), luis.userId()));
        post(ana, dinner);

        String csv = get(ana, "/export.csv").text();
        var rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv))
                .getRecords();
        String header = csv.substring(0, csv.indexOf("\r\n"));
        String reimport = "kind,concept,unitPrice,date,paidFromAccount,splitAmong\r\n"
                + "purchase,Lunch,12.00,2026-06-02," + kitty + "," + luis.userId() + ";" + vera.userId() + "\r\n";
        var imported = Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import",
                ana.token(),
                "text/csv; charset=utf-8",
                reimport.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var reimportedExport = Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import?dryRun=true",
                ana.token(),
                "text/csv; charset=utf-8",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode lunch = get(ana, "/entries?q=Lunch").json().path("items").get(0);

        assertThat(header).contains("paidByName", "paidFromAccount", "paidFromAccountName", "splitAmong");
        assertThat(rows.get(0).get("paidFromAccount")).isEqualTo(kitty);
        assertThat(rows.get(0).get("paidFromAccountName")).isEqualTo("Kitty");
        assertThat(rows.get(0).get("splitAmong").split(";")).containsExactlyInAnyOrder(ana.userId(), luis.userId());
        assertThat(rows.get(0).get("splitAmongNames").split(";")).containsExactlyInAnyOrder("Ana", "Luis");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(lunch.path("paidFromAccount").asText()).isEqualTo(kitty);
        assertThat(lunch.path("splitAmong")).hasSize(2);
        assertThat(reimportedExport.statusCode()).as(reimportedExport.body()).isEqualTo(200);
        assertThat(reimportedExport.body()).contains("\"alreadyImported\":1");
    }

    /** Ana invests 1000.00 and Luis sells 1800.00 of tickets into the kitty; stakes Ana 3, Luis 1. */
    private void investmentAndTickets(String kitty) {
        Organizers.changeMember(http, eventId, ana, ana, Map.of("stake", "3"));
        Map<String, Object> capital = entry("investment", "Capital", "1", "1000.00");
        Map<String, Object> tickets = entry("sale", "Tickets", "180", "10.00");
        tickets.put("receivedByAccount", kitty);
        assertThat(post(ana, capital).status()).isEqualTo(201);
        assertThat(post(luis, tickets).status()).isEqualTo(201);
    }

    private String kitty() {
        return Organizers.accounts(http, eventId, ana).get(0).path("id").asText();
    }

    private Http.Reply transfer(Map<String, Object> body) {
        return http.post(base() + "/settle-up/transfers", body)
                .bearer(ana.token())
                .send();
    }

    private Http.Reply confirm(Person who, String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        return http.post(base() + "/close-out", body).bearer(who.token()).send();
    }

    private Http.Reply patch(String id, String version, String body) {
        return http.patch(base() + "/entries/" + id, body)
                .bearer(ana.token())
                .header("If-Match", "\"" + version + "\"")
                .send();
    }

    private static List<org.assertj.core.groups.Tuple> positions(JsonNode settle) {
        List<org.assertj.core.groups.Tuple> positions = new ArrayList<>();
        settle.path("positions")
                .forEach(p -> positions.add(
                        tuple(p.path("name").asText(), p.path("position").asText())));
        return positions;
    }

    private static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    private static JsonNode position(JsonNode settle, String userId) {
        for (JsonNode p : settle.path("positions")) {
            if (p.path("userId").asText().equals(userId)) {
                return p;
            }
        }
        throw new AssertionError("no position of " + userId + " in " + settle);
    }

    private static JsonNode row(JsonNode statement, String userId) {
        for (JsonNode p : statement.path("members")) {
            if (p.path("userId").asText().equals(userId)) {
                return p;
            }
        }
        throw new AssertionError("no row of " + userId + " in " + statement);
    }
}
