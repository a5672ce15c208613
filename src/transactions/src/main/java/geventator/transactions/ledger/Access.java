package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.transactions.ledger.EventGate.EventView;
import java.util.Optional;

/**
 * Who may do what with an event's ledger: members read it, owners and organizers record, owners budget,
 * and nobody writes while the event is closed.
 */
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
        return open(event);
    }

    /** A closed (or archived) event's books are closed too: nothing is recorded, edited, voided or budgeted. */
    private static EventView open(EventView event) {
        if (event.closed()) {
            throw Refusal.conflict(
                    "event-closed", "the event is closed, and so are its books; an owner can reopen it with a reason");
        }
        return event;
    }

    EventView toBudget(EventId eventId, Caller caller) {
        EventView event = toRead(eventId, caller);
        if (!event.canBudget()) {
            throw Refusal.forbidden("only the event's owners set its budget");
        }
        return open(event);
    }
}
