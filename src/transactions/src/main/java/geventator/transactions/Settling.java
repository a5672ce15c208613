package geventator.transactions;

import geventator.platform.Caller;
import geventator.transactions.EventGate.EventView;
import geventator.transactions.EventGate.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Settling up: who owes whom, from the database's sums of every member's pocket (see {@link SettleUp}). */
final class Settling {

    private final Entries entries;
    private final Access access;
    private final EventGate events;
    private final Ledger ledger;

    Settling(Entries entries, Access access, EventGate events, Ledger ledger) {
        this.entries = entries;
        this.access = access;
        this.events = events;
        this.ledger = ledger;
    }

    record Statement(EventView event, Map<String, Person> people, SettleUp.Result result) {
        String name(String userId) {
            Person person = people.get(userId);
            return person == null ? userId : person.displayName();
        }
    }

    Statement statement(String eventId, Caller caller) {
        EventView event = access.toRead(eventId, caller);
        Map<String, Person> people =
                events.members(eventId, caller).stream().collect(Collectors.toMap(Person::userId, Function.identity()));
        Set<String> sharers = people.values().stream()
                .filter(Person::sharesCosts)
                .map(Person::userId)
                .collect(Collectors.toSet());
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> taken = new HashMap<>();
        for (Entries.Pocket pocket : entries.pockets(eventId)) {
            paid.put(pocket.userId(), pocket.paid());
            taken.put(pocket.userId(), pocket.taken());
        }
        long netCost = entries.sums(eventId).stream()
                .mapToLong(s -> -s.kind().sign() * s.minor())
                .sum();
        return new Statement(event, people, SettleUp.settle(sharers, paid, taken, netCost));
    }

    /** Records one transfer, suggested or not, as a settlement entry. */
    Ledger.Recorded recordTransfer(
            String eventId, Caller caller, String from, String to, String amount, String idempotencyKey) {
        Map<String, Person> people =
                events.members(eventId, caller).stream().collect(Collectors.toMap(Person::userId, Function.identity()));
        String concept = "Settle-up: " + name(people, from) + " pays " + name(people, to);
        EntryDraft draft = new EntryDraft(
                Kind.SETTLEMENT.label(),
                concept,
                null,
                "1",
                amount,
                null,
                null,
                "settle-up",
                null,
                null,
                from,
                to,
                List.of(),
                null);
        return ledger.record(eventId, caller, draft, idempotencyKey);
    }

    private static String name(Map<String, Person> people, String userId) {
        Person person = userId == null ? null : people.get(userId);
        return person == null ? String.valueOf(userId) : person.displayName();
    }
}
