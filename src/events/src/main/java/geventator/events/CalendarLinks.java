package geventator.events;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Calendar feeds: members read theirs with a token; for calendar apps, which cannot send one, the owner can
 * create a secret link. Only the key's SHA-256 is stored, and keys are compared in constant time.
 */
final class CalendarLinks {

    private static final int KEY_BYTES = 32;
    private final SecureRandom random = new SecureRandom();
    private final Organizing organizing;
    private final Events events;
    private final Activities activities;

    CalendarLinks(Organizing organizing, Events events, Activities activities) {
        this.organizing = organizing;
        this.events = events;
        this.activities = activities;
    }

    String feedFor(String eventId, Caller caller) {
        return feed(organizing.open(eventId, caller).event());
    }

    /** The feed behind a secret link; 404 for a wrong or revoked key, as for an unknown event. */
    String feedByKey(String eventId, String key) {
        Optional<String> stored = events.calendarKeyHash(eventId);
        if (key == null
                || stored.isEmpty()
                || !MessageDigest.isEqual(
                        Text.sha256Hex(key).getBytes(StandardCharsets.US_ASCII),
                        stored.get().getBytes(StandardCharsets.US_ASCII))) {
            throw Refusal.notFound("no calendar at this link");
        }
        return feed(events.byId(eventId).orElseThrow(() -> Refusal.notFound("no calendar at this link")));
    }

    /** A new secret key, which replaces any earlier one. */
    String create(String eventId, Caller caller) {
        organizing.open(eventId, caller).requireManage();
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        events.replaceCalendarKeyHash(eventId, Text.sha256Hex(key));
        return key;
    }

    void revoke(String eventId, Caller caller) {
        organizing.open(eventId, caller).requireManage();
        events.replaceCalendarKeyHash(eventId, null);
    }

    private String feed(Event event) {
        return CalendarFeed.of(event, activities.of(event.id(), Activities.Filter.ALL));
    }
}
