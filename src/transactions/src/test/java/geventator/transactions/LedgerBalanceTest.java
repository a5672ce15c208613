package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.transactions.Organizers.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For random sequences of create, edit and void over HTTP, the database's balance equals the sum of the
 * latest revisions of the entries that are not voided, by kind and by category.
 */
class LedgerBalanceTest {

    static final List<String> KINDS =
            List.of("sale", "donation", "sponsorship", "deposit", "purchase", "expense", "investment");
    static final List<String> CATEGORIES = List.of("food", "sound", "tickets");

    static TestApp app;
    static Http http;
    static Person ana;

    @BeforeContainer
    static void start() {
        app = TestApp.start("all");
        http = app.http();
        ana = Organizers.register(http, "Ana");
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    /** One step: create when {@code target} is -1, else edit or void the target-th entry created so far. */
    record Step(int target, boolean voids, String kind, String category, String quantity, String unitPrice) {}

    /** An entry as the model expects it; {@code said} is what its last accepted body meant, to spot a no-op edit. */
    record Modelled(String kind, String category, BigDecimal amount, boolean voided, int version, String said) {}

    @Property(tries = 40)
    void the_balance_is_the_sum_of_the_live_latest_revisions(@ForAll("steps") List<Step> steps) {
        String eventId = Organizers.event(http, ana);
        String base = "/events/" + eventId + "/ledger";
        Map<String, Modelled> model = new LinkedHashMap<>();
        for (Step step : steps) {
            List<String> ids = new ArrayList<>(model.keySet());
            boolean roundsToZero = modelled(step, 0).amount().signum() == 0;
            if (step.target() < 0 || ids.isEmpty()) {
                var created = http.post(base + "/entries", body(step))
                        .bearer(ana.token())
                        .send();
                if (roundsToZero) {
                    assertThat(created.status()).isEqualTo(422);
                    continue;
                }
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                model.put(created.json().path("id").asText(), modelled(step, 1));
                continue;
            }
            String id = ids.get(step.target() % ids.size());
            Modelled before = model.get(id);
            if (step.voids()) {
                var voided = http.post(base + "/entries/" + id + "/void", Map.of("reason", "test"))
                        .bearer(ana.token())
                        .send();
                assertThat(voided.status()).isEqualTo(before.voided() ? 409 : 200);
                model.put(
                        id,
                        new Modelled(
                                before.kind(),
                                before.category(),
                                before.amount(),
                                true,
                                before.version(),
                                before.said()));
            } else {
                var edited = http.patch(base + "/entries/" + id, body(step))
                        .bearer(ana.token())
                        .header("If-Match", "\"" + before.version() + "\"")
                        .send();
                assertThat(edited.status())
                        .as(edited.toString())
                        .isEqualTo(before.voided() ? 409 : roundsToZero ? 422 : 200);
                if (!before.voided() && !roundsToZero) {
                    // An edit that changes nothing adds no revision (issue 10, JSON Merge Patch).
                    int version =
                            modelled(step, 0).said().equals(before.said()) ? before.version() : before.version() + 1;
                    assertThat(edited.json().path("version").asInt()).isEqualTo(version);
                    model.put(id, modelled(step, version));
                }
            }
        }

        JsonNode balance =
                http.get(base + "/balance").bearer(ana.token()).send().json();

        Map<String, BigDecimal> byKind = new TreeMap<>();
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        for (Modelled m : model.values()) {
            if (m.voided()) {
                continue;
            }
            BigDecimal signed =
                    KINDS.indexOf(m.kind()) < 4 ? m.amount() : m.amount().negate();
            byKind.merge(m.kind(), signed, BigDecimal::add);
            byCategory.merge(m.category(), signed, BigDecimal::add);
            net = net.add(signed);
        }
        assertThat(balance.path("net").asText()).isEqualTo(net.toPlainString());
        assertThat(nets(balance.path("byKind"))).isEqualTo(byKind);
        assertThat(nets(balance.path("byCategory"))).isEqualTo(byCategory);
    }

    static Map<String, BigDecimal> nets(JsonNode flows) {
        Map<String, BigDecimal> nets = new TreeMap<>();
        flows.fields()
                .forEachRemaining(f -> nets.put(
                        f.getKey(), new BigDecimal(f.getValue().path("net").asText())));
        return nets;
    }

    static Map<String, Object> body(Step step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", step.kind());
        body.put("concept", "Thing");
        body.put("quantity", step.quantity());
        body.put("unitPrice", step.unitPrice());
        body.put("category", step.category());
        body.put("date", "2026-06-02");
        // A change between money in and money out names the new pocket (issue 10); naming it always is allowed.
        body.put(KINDS.indexOf(step.kind()) < 4 ? "receivedBy" : "paidBy", ana.userId());
        return body;
    }

    static Modelled modelled(Step step, int version) {
        BigDecimal amount = new BigDecimal(step.quantity())
                .multiply(new BigDecimal(step.unitPrice()))
                .setScale(2, RoundingMode.HALF_EVEN);
        String said = String.join(
                "|",
                step.kind(),
                step.category(),
                new BigDecimal(step.quantity()).stripTrailingZeros().toPlainString(),
                new BigDecimal(step.unitPrice()).stripTrailingZeros().toPlainString());
        return new Modelled(step.kind(), step.category(), amount, false, version, said);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> quantities = Arbitraries.integers()
                .between(1, 5_000)
                .map(thousandths ->
                        BigDecimal.valueOf(thousandths, 3).stripTrailingZeros().toPlainString());
        Arbitrary<String> prices = Arbitraries.integers()
                .between(1, 100_000)
                .map(cents -> BigDecimal.valueOf(cents, 2).toPlainString());
        return Combinators.combine(
                        Arbitraries.integers().between(-1, 6),
                        Arbitraries.integers().between(0, 3).map(n -> n == 0),
                        Arbitraries.of(KINDS),
                        Arbitraries.of(CATEGORIES),
                        quantities,
                        prices)
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }
}
