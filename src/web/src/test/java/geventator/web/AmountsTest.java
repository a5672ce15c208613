package geventator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void spanish_reads_a_decimal_comma_and_grouping_dots() {
        assertThat(Amounts.parse("12,50", "es")).contains("12.50");
        assertThat(Amounts.parse("1.250,00", "es")).contains("1250.00");
        assertThat(Amounts.parse("1.250", "es")).contains("1250");
        assertThat(Amounts.parse("12.5", "es")).contains("12.5");
        assertThat(Amounts.parse(" 7 € ", "es")).contains("7");
    }

    @Test
    void english_reads_a_decimal_point_and_grouping_commas() {
        assertThat(Amounts.parse("12.50", "en")).contains("12.50");
        assertThat(Amounts.parse("1,250.00", "en")).contains("1250.00");
        assertThat(Amounts.parse("1,250", "en")).contains("1250");
        assertThat(Amounts.parse("12,50", "en")).contains("12.50");
    }

    @Test
    void refuses_what_is_no_positive_decimal() {
        assertThat(Amounts.parse("-3", "en")).isEmpty();
        assertThat(Amounts.parse("1e3", "en")).isEmpty();
        assertThat(Amounts.parse("abc", "es")).isEmpty();
        assertThat(Amounts.parse("1,2,3", "es")).isEmpty();
        assertThat(Amounts.parse("", "es")).isEmpty();
        assertThat(Amounts.parse(null, "es")).isEmpty();
    }

    @Test
    void the_language_comes_from_the_switch_then_accept_language() {
        assertThat(Messages.choose(null, "es-ES,es;q=0.9,en;q=0.8")).isEqualTo("es");
        assertThat(Messages.choose("en", "es-ES")).isEqualTo("en");
        assertThat(Messages.choose(null, "de-DE")).isEqualTo("en");
        assertThat(Messages.choose("xx", "not a header ;;")).isEqualTo("en");
    }
}
