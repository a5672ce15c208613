package geventator.events.api;

import geventator.platform.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event role's answers for other modules, always on behalf of a caller. Each method answers empty when
 * the event does not exist or the caller is not a member, so that callers answer 404 in both cases and an
 * event's existence is never revealed to an outsider.
 *
 * @see geventator.platform.http.Problem#roleUnavailable thrown when the event role cannot be reached
 */
public interface EventDirectory {

    /** The caller's access to the event: their role in it, its currency, dates and status. */
    Optional<EventAccess> access(String eventId, Caller caller);

    /** One activity of the event's timetable. */
    Optional<ActivitySummary> activity(String eventId, String activityId, Caller caller);

    /**
     * Those of {@code activityIds} that are activities of the event, by the id as asked, in one question
     * (a budget names many); ids that are not the event's, or not ids at all, are left out. Empty when the
     * caller may not see the event.
     */
    Map<String, ActivitySummary> activities(String eventId, Set<String> activityIds, Caller caller);

    /**
     * Every member of the event with their role, share and stake, former members included (marked so);
     * empty list when the caller may not see the event.
     */
    List<MemberSummary> members(String eventId, Caller caller);

    /**
     * Closes the event, and so its books, on an owner's behalf (as after a close-out); an event already closed
     * stays as it is. Empty when the event does not exist or the caller is not a member.
     *
     * @throws geventator.platform.Refusal FORBIDDEN when the caller is not an owner
     */
    Optional<EventAccess> close(String eventId, Caller caller);
}
