package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import geventator.platform.Text;
import geventator.transactions.ledger.EventGate.EventView;
import geventator.transactions.ledger.EventGate.Person;
import geventator.transactions.ledger.SettleUp.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Settling up: who owes whom among the members and the event's accounts, from the database's sums of every
 * pocket (see {@link SettleUp}), and recording a transfer.
 */
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

    /**
     * A settle-up or close-out with everyone's name: {@code invested} is each member's investments (which
     * their position repays first), {@code version} a digest of the ledger's state that any new, edited or
     * voided entry changes.
     */
    public record Statement(
            EventView event,
            Map<String, Person> people,
            SettleUp.Result result,
            Map<String, Long> invested,
            String version) {

        public String name(String userId) {
            Person person = people.get(userId);
            return person == null ? userId : person.displayName();
        }

        public String name(Party party) {
            return party.account() ? event.accountName(party.id()) : name(party.id());
        }

        public boolean isFormer(String userId) {
            Person person = people.get(userId);
            return person != null && person.former();
        }

        public BigDecimal weight(String userId, boolean stake) {
            Person person = people.get(userId);
            return person == null ? BigDecimal.ZERO : stake ? person.stake() : person.share();
        }

        public long invested(String userId) {
            return invested.getOrDefault(userId, 0L);
        }
    }

    public Statement statement(EventId eventId, Caller caller) {
        return statement(eventId, caller, false);
    }

    /**
     * The mid-event settle-up, or ({@code closeOut}) the close-out's: the worth split by stake, accounts emptied.
     * Once the books are closed, or a close-out's transfers are recorded, the settle-up is the close-out's too:
     * the profit was handed out by stake and is not owed back to the event.
     */
    Statement statement(EventId eventId, Caller caller, boolean closeOut) {
        EventView event = access.toRead(eventId, caller);
        Map<String, Person> people = people(eventId, caller);
        Entries.Pockets pockets = entries.pockets(eventId);
        boolean closing = closeOut || event.closed() || pockets.state().derived() > 0;
        Map<String, long[]> sums = new TreeMap<>(); // paid, taken, split
        Map<String, Long> balances = new LinkedHashMap<>();
        event.accounts().forEach(a -> balances.put(a.id(), 0L));
        Map<String, Long> invested = new TreeMap<>();
        for (Entries.Flow f : pockets.flows()) {
            if (f.paidBy() != null) {
                sums(sums, f.paidBy().value())[0] += f.minor();
            }
            if (f.receivedBy() != null) {
                sums(sums, f.receivedBy().value())[1] += f.minor();
            }
            if (f.paidFromAccount() != null) {
                balances.merge(f.paidFromAccount(), -f.minor(), Long::sum);
            }
            if (f.receivedByAccount() != null) {
                balances.merge(f.receivedByAccount(), f.minor(), Long::sum);
            }
            if (f.kind() == Kind.INVESTMENT && f.paidBy() != null) {
                invested.merge(f.paidBy().value(), f.minor(), Long::sum);
            }
        }
        for (Entries.Part part : pockets.parts()) {
            sums(sums, part.member().value())[2] += part.kind().sign() * part.minor();
        }
        people.keySet().forEach(userId -> sums(sums, userId));
        List<SettleUp.Member> members = new ArrayList<>();
        sums.forEach((userId, s) -> {
            Person person = people.get(userId);
            boolean fallback = person != null && person.organizes() && !person.former();
            BigDecimal weight = person == null ? BigDecimal.ZERO : closing ? person.stake() : person.share();
            members.add(new SettleUp.Member(userId, s[0], s[1], s[2], weight, fallback));
        });
        List<SettleUp.Account> accounts = new ArrayList<>();
        balances.forEach((id, balance) -> accounts.add(new SettleUp.Account(id, balance)));
        SettleUp.Result result = closing ? SettleUp.closeOut(members, accounts) : SettleUp.settle(members, accounts);
        return new Statement(event, people, result, invested, version(pockets.state()));
    }

    private static long[] sums(Map<String, long[]> sums, String userId) {
        return sums.computeIfAbsent(userId, id -> new long[3]);
    }

    private static String version(Entries.State s) {
        return Text.sha256Hex(s.entries() + ":" + s.revisions() + ":" + s.voided() + ":" + s.lastId() + ":"
                        + s.derivedVoided())
                .substring(0, 20);
    }

    /**
     * Records one transfer, suggested or not, as a settlement entry; either side is a member or one of the
     * event's accounts. A transfer larger than what {@code from} owes and {@code to} is owed is refused (422
     * {@code overpayment}, with what is owed) unless {@code overpayment} says it is meant; a retry of a
     * transfer already recorded answers that one.
     */
    public Bookkeeping.Recorded recordTransfer(
            EventId eventId,
            Caller caller,
            Party from,
            Party to,
            String amount,
            boolean overpayment,
            String idempotencyKey) {
        access.toRecord(eventId, caller); // who may record, and whether the books are open, come first
        boolean retry = idempotencyKey != null
                && !idempotencyKey.isBlank()
                && entries.byClientKey(eventId, idempotencyKey).isPresent();
        Statement statement = statement(eventId, caller);
        if (!overpayment && !retry) {
            refuseOverpayment(statement, from, to, amount);
        }
        return bookkeeping.record(eventId, caller, settlement(statement, from, to, amount, null), idempotencyKey);
    }

    static EntryDraft settlement(Statement statement, Party from, Party to, String amount, String note) {
        String concept = "Settle-up: " + statement.name(from) + " pays " + statement.name(to);
        return EntryDraft.builder()
                .kind(Kind.SETTLEMENT.label())
                .concept(concept.length() > 200 ? concept.substring(0, 200) : concept)
                .quantity("1")
                .unitPrice(amount)
                .category("settle-up")
                .paidBy(from.account() ? null : from.id())
                .paidFromAccount(from.account() ? from.id() : null)
                .receivedBy(to.account() ? null : to.id())
                .receivedByAccount(to.account() ? to.id() : null)
                .tags(List.of())
                .note(note)
                .build();
    }

    private static void refuseOverpayment(Statement statement, Party from, Party to, String amount) {
        String currency = statement.event().currency();
        if (amount == null || Money.unitPriceProblem(amount, currency).isPresent()) {
            return; // the entry's own checks name what is wrong with the amount
        }
        long due = Math.min(owes(statement, from), Math.max(0, position(statement, to)));
        if (from.account() && to.account()) {
            due = Math.max(0, balance(statement, from.id())); // the event's money moving inside the event
        }
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

    /** What a party owes: a member their negative position, an account what the event owes, up to its balance. */
    private static long owes(Statement statement, Party party) {
        if (!party.account()) {
            return Math.max(0, -position(statement, party));
        }
        return Math.max(0, Math.min(-statement.result().event(), balance(statement, party.id())));
    }

    /** A member's position, or the event's for an account. */
    private static long position(Statement statement, Party party) {
        if (party.account()) {
            return statement.result().event();
        }
        return statement.result().positions().stream()
                .filter(p -> p.userId().equals(party.id()))
                .mapToLong(SettleUp.Position::position)
                .findFirst()
                .orElse(0);
    }

    private static long balance(Statement statement, String accountId) {
        return statement.result().accounts().stream()
                .filter(a -> a.id().equals(accountId))
                .mapToLong(SettleUp.Account::balance)
                .findFirst()
                .orElse(0);
    }

    private Map<String, Person> people(EventId eventId, Caller caller) {
        return events.members(eventId, caller).stream()
                .collect(Collectors.toMap(
                        person -> person.userId().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
