package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.transactions.ledger.EventGate.EventView;
import geventator.transactions.ledger.EventGate.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Settling up: who owes whom, from the database's sums of every member's pocket (see {@link SettleUp}). */
public final class Settling {

    private final Entries entries;
    private final Access access;
    private final EventGate events;
    private final Bookkeeping bookkeeping;

    public Settling(Entries entries, EventGate events, Bookkeeping bookkeeping) {
        this.entries = entries;
        this.access = new Access(events);
        this.events = events;
        this.bookkeeping = bookkeeping;
    }

    public record Statement(EventView event, Map<String, Person> people, SettleUp.Result result) {
        public String name(String userId) {
            Person person = people.get(userId);
            return person == null ? userId : person.displayName();
        }
    }

    public Statement statement(EventId eventId, Caller caller) {
        EventView event = access.toRead(eventId, caller);
        Map<String, Person> people = people(eventId, caller);
        Set<String> sharers = people.values().stream()
                .filter(Person::sharesCosts)
                .map(person -> person.userId().value())
                .collect(Collectors.toSet());
        Entries.Pockets pockets = entries.pockets(eventId);
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> taken = new HashMap<>();
        for (Entries.Pocket pocket : pockets.members()) {
            paid.put(pocket.member().value(), pocket.paid());
            taken.put(pocket.member().value(), pocket.taken());
        }
        long netCost = pockets.sums().stream()
                .mapToLong(s -> -s.kind().sign() * s.minor())
                .sum();
        return new Statement(event, people, SettleUp.settle(sharers, paid, taken, netCost));
    }

    /** Records one transfer, suggested or not, as a settlement entry. */
    public Bookkeeping.Recorded recordTransfer(
            EventId eventId, Caller caller, String from, String to, String amount, String idempotencyKey) {
        Map<String, Person> people = people(eventId, caller);
        EntryDraft draft = EntryDraft.builder()
                .kind(Kind.SETTLEMENT.label())
                .concept("Settle-up: " + name(people, from) + " pays " + name(people, to))
                .quantity("1")
                .unitPrice(amount)
                .category("settle-up")
                .paidBy(from)
                .receivedBy(to)
                .tags(List.of())
                .build();
        return bookkeeping.record(eventId, caller, draft, idempotencyKey);
    }

    private Map<String, Person> people(EventId eventId, Caller caller) {
        return events.members(eventId, caller).stream()
                .collect(Collectors.toMap(person -> person.userId().value(), Function.identity()));
    }

    private static String name(Map<String, Person> people, String userId) {
        Person person = userId == null ? null : people.get(userId);
        return person == null ? String.valueOf(userId) : person.displayName();
    }
}
