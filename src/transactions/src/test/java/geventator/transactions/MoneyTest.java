package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.transactions.ledger.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void multiplies_exactly_and_rounds_half_even_to_the_minor_unit() {
        assertThat(Money.amount(new BigDecimal("3"), new BigDecimal("0.10"), "EUR"))
                .isEqualByComparingTo("0.30");
        assertThat(Money.amount(new BigDecimal("0.125"), new BigDecimal("1.00"), "EUR"))
                .isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.amount(new BigDecimal("0.135"), new BigDecimal("1.00"), "EUR"))
                .isEqualTo(new BigDecimal("0.14"));
        assertThat(Money.amount(new BigDecimal("1.5"), new BigDecimal("3"), "JPY"))
                .isEqualTo(new BigDecimal("4"));
    }

    @Test
    void rejects_what_is_not_a_positive_plain_decimal() {
        for (String bad :
                new String[] {"-1", "0", "0.00", "NaN", "1e309", "1E3", "Infinity", "", " 1", "1.", ".5", "0x10", "١٢"
                }) {
            assertThat(Money.unitPriceProblem(bad, "EUR")).as(bad).isPresent();
        }
        assertThat(Money.unitPriceProblem("12.505", "EUR")).contains("must have at most 2 decimals");
        assertThat(Money.unitPriceProblem("12.5", "JPY")).contains("must be a whole number");
        assertThat(Money.quantityProblem("1.2345")).contains("must have at most 3 decimals");
        assertThat(Money.unitPriceProblem("12.50", "EUR")).isEmpty();
        assertThat(Money.quantityProblem("0.001")).isEmpty();
    }

    @Test
    void counts_minor_units_of_each_currency() {
        assertThat(Money.toMinor(new BigDecimal("42.50"), "EUR")).isEqualTo(4250);
        assertThat(Money.toMinor(new BigDecimal("42"), "JPY")).isEqualTo(42);
        assertThat(Money.toMinor(new BigDecimal("1.234"), "KWD")).isEqualTo(1234);
        assertThat(Money.format(-4250, "EUR")).isEqualTo("-42.50");
    }
}
