package geventator.transactions;

import geventator.platform.Caller;
import geventator.platform.http.Problem;
import geventator.transactions.EventGate.EventView;
import java.util.Optional;

/** Who may do what with an event's ledger: members read it, owners and organizers record, owners budget. */
final class Access {

    private final EventGate events;

    Access(EventGate events) {
        this.events = events;
    }

    EventView toRead(String eventId, Caller caller) {
        return ifReadable(eventId, caller).orElseThrow(() -> Problem.notFound("no event " + eventId));
    }

    Optional<EventView> ifReadable(String eventId, Caller caller) {
        return events.event(eventId, caller);
    }

    EventView toRecord(String eventId, Caller caller) {
        EventView event = toRead(eventId, caller);
        if (!event.canRecord()) {
            throw Problem.forbidden("only the event's owners and organizers record entries");
        }
        return event;
    }

    EventView toBudget(String eventId, Caller caller) {
        EventView event = toRead(eventId, caller);
        if (!event.canBudget()) {
            throw Problem.forbidden("only the event's owners set its budget");
        }
        return event;
    }
}
