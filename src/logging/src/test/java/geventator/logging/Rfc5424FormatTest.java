package geventator.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.cloudbees.syslog.Severity;
import org.junit.jupiter.api.Test;

class Rfc5424FormatTest {

    @Test
    void maps_logback_levels_to_syslog_severities() {
        assertThat(LogEntry.severityOf(Level.ERROR)).isEqualTo(Severity.ERROR);
        assertThat(LogEntry.severityOf(Level.WARN)).isEqualTo(Severity.WARNING);
        assertThat(LogEntry.severityOf(Level.INFO)).isEqualTo(Severity.INFORMATIONAL);
        assertThat(LogEntry.severityOf(Level.TRACE)).isEqualTo(Severity.DEBUG);
    }

    @Test
    void keeps_a_pasted_token_from_breaking_the_structured_data() {
        assertThat(Rfc5424Format.sdName(" abc=de]f\"g \n")).isEqualTo("abcdefg");
    }

    @Test
    void writes_nilvalue_for_an_empty_header_field() {
        assertThat(Rfc5424Format.printable(" \t", 48)).isEqualTo("-");
    }
}
