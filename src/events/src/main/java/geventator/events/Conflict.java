package geventator.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Two activities that share time and either a location or a responsible member. */
record Conflict(Activity first, Activity second, String reason) {

    /** Every conflict of a timetable, found in one sweep over the activities in order of start. */
    static List<Conflict> in(List<Activity> timetable) {
        List<Activity> sorted = timetable.stream()
                .sorted(Comparator.comparing(a -> a.details().start()))
                .toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Activity first = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && first.overlaps(sorted.get(j)); j++) {
                between(first, sorted.get(j)).ifPresent(conflicts::add);
            }
        }
        return conflicts;
    }

    private static Optional<Conflict> between(Activity first, Activity second) {
        String location = first.details().location();
        if (Room.same(location, second.details().location())) {
            return Optional.of(new Conflict(first, second, "both take place in " + location));
        }
        return first.details().responsible().stream()
                .filter(second.details().responsible()::contains)
                .findFirst()
                .map(member -> new Conflict(first, second, "member " + member + " is responsible for both"));
    }
}
