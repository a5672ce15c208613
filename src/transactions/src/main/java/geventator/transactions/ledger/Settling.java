package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
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

    /**
     * Records one transfer, suggested or not, as a settlement entry. A transfer larger than what {@code from}
     * owes and {@code to} is owed is refused (422 {@code overpayment}, with what is owed) unless
     * {@code overpayment} says it is meant; a retry of a transfer already recorded answers that one.
     */
    public Bookkeeping.Recorded recordTransfer(
            EventId eventId,
            Caller caller,
            String from,
            String to,
            String amount,
            boolean overpayment,
            String idempotencyKey) {
        access.toRecord(eventId, caller); // who may record, and whether the books are open, come first
        Map<String, Person> people = people(eventId, caller);
        boolean retry = idempotencyKey != null
                && !idempotencyKey.isBlank()
                && entries.byClientKey(eventId, idempotencyKey).isPresent();
        if (!overpayment && !retry) {
            refuseOverpayment(eventId, caller, from, to, amount);
        }
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

    private void refuseOverpayment(EventId eventId, Caller caller, String from, String to, String amount) {
        Statement statement = statement(eventId, caller);
        String currency = statement.event().currency();
        if (amount == null || Money.unitPriceProblem(amount, currency).isPresent()) {
            return; // the entry's own checks name what is wrong with the amount
        }
        long owes = 0;
        long owed = 0;
        for (SettleUp.Position position : statement.result().positions()) {
            if (position.userId().equals(from)) {
                owes = Math.max(0, -position.position());
            }
            if (position.userId().equals(to)) {
                owed = Math.max(0, position.position());
            }
        }
        long due = Math.min(owes, owed);
        if (Money.toMinor(Money.decimal(amount).setScale(Money.minorDigits(currency)), currency) > due) {
            String dueText = Money.format(due, currency);
            throw Refusal.unprocessable(
                            "overpayment",
                            statement.name(from) + " owes " + statement.name(to) + " at most " + dueText + " "
                                    + currency + "; send \"overpayment\": true to record more on purpose",
                            List.of(new Field("amount", "is more than the " + dueText + " owed")))
                    .with("owed", dueText);
        }
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
