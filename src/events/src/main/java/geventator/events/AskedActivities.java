package geventator.events;

import geventator.events.api.ActivitySummary;
import geventator.platform.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The activity ids another module asked about: the valid ones under the spelling they are stored in (lower
 * case), and the answer keyed back by the id as it was asked.
 */
final class AskedActivities {

    private final Map<String, List<String>> asked = new LinkedHashMap<>();

    AskedActivities(Set<String> activityIds) {
        for (String id : activityIds) {
            if (Ids.isValid(id)) {
                asked.computeIfAbsent(Ids.normalized(id), stored -> new ArrayList<>())
                        .add(id);
            }
        }
    }

    boolean isEmpty() {
        return asked.isEmpty();
    }

    /** The valid ids, lower case, in the order asked. */
    List<String> stored() {
        return List.copyOf(asked.keySet());
    }

    Map<String, ActivitySummary> answer(Collection<ActivitySummary> found) {
        Map<String, ActivitySummary> answer = new LinkedHashMap<>();
        for (ActivitySummary activity : found) {
            asked.getOrDefault(activity.id(), List.of()).forEach(id -> answer.put(id, activity));
        }
        return answer;
    }
}
