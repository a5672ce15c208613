package geventator.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OctetCountingTest {

    @Test
    void counts_octets_not_characters_and_adds_nothing_after_the_message() {
        byte[] frame = OctetCounting.frame("<14>1 é");

        assertThat(new String(frame, StandardCharsets.UTF_8)).isEqualTo("8 <14>1 é");
    }
}
