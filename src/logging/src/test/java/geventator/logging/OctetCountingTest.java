package geventator.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OctetCountingTest {

    @Test
    void counts_octets_not_characters_and_adds_nothing_after_the_message() {
        byte[] frame = OctetCounting.frame("<14>1 é");

        assertThat(new String(frame, StandardCharsets.UTF_8)).isEqualTo("8 <14>1 é");
    }

    @Test
    void reads_classic_and_solarwinds_destinations() {
        assertThat(SyslogDestination.parse("logs3.papertrailapp.com:12345"))
                .isEqualTo(new SyslogDestination("logs3.papertrailapp.com", 12345));
        assertThat(SyslogDestination.parse(" syslog.collector.na-01.cloud.solarwinds.com:6514 "))
                .isEqualTo(new SyslogDestination("syslog.collector.na-01.cloud.solarwinds.com", 6514));
    }

    @Test
    void rejects_a_destination_without_a_port() {
        assertThatThrownBy(() -> SyslogDestination.parse("logs3.papertrailapp.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maps_logback_levels_to_syslog_severities() {
        assertThat(LogEntry.severityOf(ch.qos.logback.classic.Level.ERROR)).hasToString("ERROR");
        assertThat(LogEntry.severityOf(ch.qos.logback.classic.Level.WARN)).hasToString("WARNING");
        assertThat(LogEntry.severityOf(ch.qos.logback.classic.Level.INFO)).hasToString("INFORMATIONAL");
        assertThat(LogEntry.severityOf(ch.qos.logback.classic.Level.TRACE)).hasToString("DEBUG");
    }
}
