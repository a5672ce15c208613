package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.transactions.ledger.EventGate.EventView;
import java.util.Optional;

/** Who may do what with an event's ledger: members read it, owners and organizers record, owners budget. */
final class Access {

    private final EventGate events;

    Access(EventGate events) {
        this.events = events;
    }

    EventView toRead(EventId eventId, Caller caller) {
        return ifReadable(eventId, caller).orElseThrow(() -> Refusal.notFound("no event " + eventId));
    }

    Optional<EventView> ifReadable(EventId eventId, Caller caller) {
        return events.event(eventId, caller);
    }

    EventView toRecord(EventId eventId, Caller caller) {
        EventView event = toRead(eventId, caller);
        if (!event.canRecord()) {
            throw Refusal.forbidden("only the event's owners and organizers record entries");
        }
        return event;
    }

    EventView toBudget(EventId eventId, Caller caller) {
        EventView event = toRead(eventId, caller);
        if (!event.canBudget()) {
            throw Refusal.forbidden("only the event's owners set its budget");
        }
        return event;
    }
}
