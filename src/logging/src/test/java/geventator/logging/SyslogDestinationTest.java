package geventator.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyslogDestinationTest {

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
}
