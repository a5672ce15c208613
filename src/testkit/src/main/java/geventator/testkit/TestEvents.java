package geventator.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;

/** Events for a test, made through the event role's HTTP API as a client makes them. */
public final class TestEvents {

    private TestEvents() {}

    /**
     * A one-day "Street festival" on 1 July 2027 in Berlin, in euros, owned by the token's user; answers its id.
     * Fails the test unless the role answers 201, with {@code context} (a process's output, say) in the message.
     */
    public static String streetFestival(Http eventApi, String token, Supplier<String> context) {
        return oneDay(eventApi, token, "Street festival", context);
    }

    /** {@link #streetFestival(Http, String, Supplier)} with the reply alone in a failure's message. */
    public static String streetFestival(Http eventApi, String token) {
        return streetFestival(eventApi, token, () -> "");
    }

    /** The same one-day event under another name. */
    public static String oneDay(Http eventApi, String token, String name) {
        return oneDay(eventApi, token, name, () -> "");
    }

    private static String oneDay(Http eventApi, String token, String name, Supplier<String> context) {
        var created = eventApi.post(
                        "/events",
                        Map.of(
                                "name",
                                name,
                                "currency",
                                "EUR",
                                "start",
                                "2027-07-01T09:00:00+02:00",
                                "end",
                                "2027-07-01T23:00:00+02:00",
                                "timeZone",
                                "Europe/Berlin"))
                .bearer(token)
                .send();
        assertThat(created.status()).as(() -> created + "\n" + context.get()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
