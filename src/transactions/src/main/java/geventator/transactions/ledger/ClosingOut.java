package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.transactions.ledger.EventGate.EventView;
import geventator.transactions.ledger.SettleUp.Party;
import geventator.transactions.ledger.Settling.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing the books: a statement that repays every member what they put in and squares what they owe, then
 * splits the event's profit or loss by stake and empties its accounts; confirmed by an owner, it records the
 * transfers and closes the event.
 *
 * <p>The confirmation names the statement's version, so that nobody closes books other than those they read.
 * Its transfers are recorded under keys derived from that version, which the version itself leaves out: a
 * confirmation that failed halfway is retried with the same version, the statement then computed squares only
 * what is still open, and no transfer is recorded twice.
 */
public final class ClosingOut {

    private final Settling settling;
    private final Bookkeeping bookkeeping;
    private final EventGate events;
    private final Access access;

    public ClosingOut(Settling settling, Bookkeeping bookkeeping, EventGate events) {
        this.settling = settling;
        this.bookkeeping = bookkeeping;
        this.events = events;
        this.access = new Access(events);
    }

    public Statement statement(EventId eventId, Caller caller) {
        return settling.statement(eventId, caller, true);
    }

    /** The transfers recorded now (none when a retry finds them all recorded) and the closed event. */
    public record Closed(Statement statement, List<Entry> recorded, EventView event) {}

    public Closed confirm(EventId eventId, Caller caller, String version, String reason) {
        EventView event = access.toRead(eventId, caller);
        if (!event.canBudget()) {
            throw Refusal.forbidden("only the event's owners close out its books");
        }
        if (version == null || version.isBlank()) {
            throw Refusal.invalid("version", "send the version of the close-out statement you read");
        }
        if (reason != null && reason.length() > 500) {
            throw Refusal.invalid("reason", "must be at most 500 characters");
        }
        Statement statement = statement(eventId, caller);
        if (!statement.version().equals(version)) {
            throw Refusal.stale("the ledger changed since close-out version " + version
                            + "; read the close-out statement again")
                    .with("currentVersion", statement.version());
        }
        List<SettleUp.Transfer> transfers = statement.result().transfers();
        if (event.closed() && transfers.isEmpty()) {
            return new Closed(statement, List.of(), event); // confirmed before: nothing is left to record
        }
        List<Entry> recorded = new ArrayList<>();
        for (SettleUp.Transfer t : transfers) {
            String amount = Money.format(t.amount(), event.currency());
            EntryDraft draft = Settling.settlement(statement, t.from(), t.to(), amount, reason).toBuilder()
                    .concept(concept("Close-out: " + statement.name(t.from()) + " pays " + statement.name(t.to())))
                    .category("close-out")
                    .build();
            String key = Entries.DERIVED_KEY_PREFIX + "close-out:" + version + ":" + key(t.from()) + ":" + key(t.to())
                    + ":" + t.amount();
            Bookkeeping.Recorded r = bookkeeping.recordDerived(eventId, caller, draft, key);
            if (r.created()) {
                recorded.add(r.entry());
            }
        }
        return new Closed(statement, recorded, events.close(eventId, caller));
    }

    private static String concept(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String key(Party party) {
        return (party.account() ? "a-" : "m-") + party.id();
    }
}
