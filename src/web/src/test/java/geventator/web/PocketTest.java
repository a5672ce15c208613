package geventator.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reads_back_what_it_writes_for_a_member_and_an_account() {
        Pocket member = Pocket.parse("5f1d7a0c9b1e8a0012345678");
        Pocket account = Pocket.parse("account:6a2e8b1d0c2f9b0012345678");

        assertThat(member.account()).isFalse();
        assertThat(member.id()).isEqualTo("5f1d7a0c9b1e8a0012345678");
        assertThat(account.account()).isTrue();
        assertThat(account.id()).isEqualTo("6a2e8b1d0c2f9b0012345678");
        assertThat(account).hasToString("account:6a2e8b1d0c2f9b0012345678");
        assertThat(Pocket.parse(member.toString())).isEqualTo(member);
        assertThat(Pocket.parse(account.toString())).isEqualTo(account);
    }

    @Test
    void an_empty_field_is_no_pocket() {
        assertThat(Pocket.parse("").isEmpty()).isTrue();
        assertThat(Pocket.parse(null).isEmpty()).isTrue();
    }

    @Test
    void takes_the_account_field_of_an_answer_before_the_member_field() throws Exception {
        var toAccount = JSON.readTree("{\"from\":\"u1\",\"to\":\"u2\",\"toAccount\":\"a1\"}");

        assertThat(Pocket.of(toAccount, "from", "fromAccount")).isEqualTo(Pocket.member("u1"));
        assertThat(Pocket.of(toAccount, "to", "toAccount")).isEqualTo(Pocket.account("a1"));
        assertThat(Pocket.of(JSON.readTree("{}"), "paidBy", "paidFromAccount").isEmpty())
                .isTrue();
    }

    @Test
    void fills_the_field_the_api_has_for_its_kind() {
        Map<String, String> body = new LinkedHashMap<>();

        Pocket.parse("u1").putInto(body, "from", "fromAccount");
        Pocket.parse("account:a1").putInto(body, "to", "toAccount");

        assertThat(body).containsExactly(Map.entry("from", "u1"), Map.entry("toAccount", "a1"));
    }
}
