package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.transactions.Organizers.Person;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recording a transfer (issue 10): no more than what is owed, unless the request says it is on purpose. */
class SettleUpTransfersTest extends LedgerFixture {

    @Test
    void a_transfer_larger_than_what_is_owed_answers_422_unless_it_is_meant() {
        post(luis, purchase("Sound system", "1", "30.00"));

        var tooMuch = transfer(ana, luis, "20.00", false, null);
        var wrongWay = transfer(luis, ana, "1.00", false, null);
        long before = count();
        var exact = transfer(ana, luis, "15.00", false, "square-1");
        var retry = transfer(ana, luis, "15.00", false, "square-1");
        var meant = transfer(ana, luis, "5.00", true, null);

        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.json().path("type").asText()).isEqualTo("urn:geventator:problem:overpayment");
        assertThat(tooMuch.json().path("owed").asText()).isEqualTo("15.00");
        assertThat(tooMuch.json().path("detail").asText()).contains("Ana", "Luis");
        assertThat(wrongWay.status()).isEqualTo(422);
        assertThat(wrongWay.json().path("owed").asText()).isEqualTo("0.00");
        assertThat(before).isEqualTo(1);
        assertThat(exact.status()).as(exact.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id")).isEqualTo(exact.json().path("id"));
        assertThat(meant.status()).as(meant.toString()).isEqualTo(201);
        assertThat(count()).isEqualTo(3);
    }

    private Http.Reply transfer(Person from, Person to, String amount, boolean overpayment, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.userId());
        body.put("to", to.userId());
        body.put("amount", amount);
        if (overpayment) {
            body.put("overpayment", true);
        }
        var call = http.post(base() + "/settle-up/transfers", body).bearer(ana.token());
        return key == null ? call.send() : call.header("Idempotency-Key", key).send();
    }
}
