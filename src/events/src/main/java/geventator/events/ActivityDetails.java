package geventator.events;

import java.time.OffsetDateTime;
import java.util.List;

/** What organizers write about an activity. {@code responsible} holds user ids of members. */
record ActivityDetails(
        String title,
        String description,
        OffsetDateTime start,
        OffsetDateTime end,
        String location,
        List<String> responsible,
        List<String> tags) {

    ActivityDetails {
        responsible = List.copyOf(responsible);
        tags = List.copyOf(tags);
    }
}
