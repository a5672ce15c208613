package geventator.transactions.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Squares the members and the event against each other, in minor units so that nothing is rounded away.
 *
 * <p>The parties are the members (former ones included) and the event, which keeps its money in its accounts.
 * A member's base position is what left their pocket (paid, settlements included), minus what entered it
 * (taken), plus their parts of entries split among named members (+ of money in, − of money out); positive
 * means the others owe them. The event's position is minus the members' sum, so all positions always sum to
 * zero. The event's worth is its accounts' balance minus what it owes the members: {@code W = B − Σ base}.
 *
 * <p>Mid-event ({@link #settle}) a negative worth (the accounts cannot cover what the event owes) is split
 * among the members by their weights (shares); a profit stays with the event. At close-out ({@link #closeOut})
 * the worth, whatever its sign, is split by the weights (stakes), and the accounts pay out everything. A split
 * gives each member the floor of their exact part and hands the minor units left over one each by the largest
 * remainder, ties by user id; when every weight is 0 the fallback members (current owners and organizers)
 * split it equally.
 *
 * <p>Transfers pair the largest debtor with the largest creditor, the event as one party, until everyone is
 * square. A transfer to the event goes into the default (first) account; one from the event is paid from the
 * accounts with the largest balances first, split across accounts when one does not cover it.
 */
public final class SettleUp {

    /**
     * One member's sums in minor units: {@code split} is their parts of split entries (+ of money in, − of money
     * out); {@code weight} their share (settle-up) or stake (close-out); {@code fallback} whether they split
     * when every weight is 0 (a current owner or organizer).
     */
    public record Member(String userId, long paid, long taken, long split, BigDecimal weight, boolean fallback) {
        long base() {
            return Math.addExact(Math.subtractExact(paid, taken), split);
        }
    }

    /** One of the event's accounts and its balance: received into it minus paid from it. */
    public record Account(String id, long balance) {}

    /** Where one member stands: {@code share} is their part of the event's worth, {@code position} the result. */
    public record Position(String userId, long paid, long taken, long split, long share, long position) {}

    /** A member, or one of the event's accounts. */
    public record Party(String id, boolean account) {
        public static Party member(String userId) {
            return new Party(userId, false);
        }

        public static Party account(String accountId) {
            return new Party(accountId, true);
        }
    }

    public record Transfer(Party from, Party to, long amount) {}

    /**
     * The positions of the members, the event's position after the split ({@code event}), the worth before
     * it, the accounts' balances and the transfers that square everyone.
     */
    public record Result(
            List<Position> positions, long event, long worth, List<Account> accounts, List<Transfer> transfers) {}

    private SettleUp() {}

    /** Mid-event: only a shortfall is split (by share); a profit stays with the event. */
    public static Result settle(List<Member> members, List<Account> accounts) {
        return square(members, accounts, false);
    }

    /** Closing the books: the worth is split by stake whatever its sign, and every account is emptied. */
    public static Result closeOut(List<Member> members, List<Account> accounts) {
        return square(members, accounts, true);
    }

    private static Result square(List<Member> members, List<Account> accounts, boolean closing) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one account");
        }
        List<Member> sorted =
                members.stream().sorted(Comparator.comparing(Member::userId)).toList();
        long balance = accounts.stream().mapToLong(Account::balance).reduce(0, Math::addExact);
        long owed = sorted.stream().mapToLong(Member::base).reduce(0, Math::addExact);
        long worth = Math.subtractExact(balance, owed);
        Map<String, Long> shares = closing || worth < 0 ? split(worth, sorted) : Map.of();
        List<Position> positions = new ArrayList<>();
        for (Member m : sorted) {
            long share = shares.getOrDefault(m.userId(), 0L);
            long position = Math.addExact(m.base(), share);
            boolean shown = m.weight().signum() > 0 || m.paid() != 0 || m.taken() != 0 || m.split() != 0;
            if (shown || position != 0 || share != 0) {
                positions.add(new Position(m.userId(), m.paid(), m.taken(), m.split(), share, position));
            }
        }
        long event = -positions.stream().mapToLong(Position::position).reduce(0, Math::addExact);
        List<Transfer> transfers = transfers(positions, event, accounts, closing);
        return new Result(positions, event, worth, List.copyOf(accounts), transfers);
    }

    /** {@code amount} split by weight (largest remainder, ties by user id), with its sign. */
    static Map<String, Long> split(long amount, List<Member> members) {
        Map<String, Long> parts = new LinkedHashMap<>();
        if (amount == 0) {
            return parts;
        }
        List<Member> weighted =
                members.stream().filter(m -> m.weight().signum() > 0).toList();
        boolean equally = weighted.isEmpty();
        List<Member> sharing =
                equally ? members.stream().filter(Member::fallback).toList() : weighted;
        if (sharing.isEmpty()) {
            return parts; // nobody to share with: it stays with the event
        }
        BigDecimal total = equally
                ? BigDecimal.valueOf(sharing.size())
                : sharing.stream().map(Member::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole = BigDecimal.valueOf(Math.abs(amount));
        record Cut(String userId, long floor, BigDecimal remainder) {}
        List<Cut> cuts = new ArrayList<>();
        long given = 0;
        for (Member m : sharing) {
            BigDecimal exact = whole.multiply(equally ? BigDecimal.ONE : m.weight());
            BigDecimal floor = exact.divide(total, 0, RoundingMode.FLOOR);
            cuts.add(new Cut(m.userId(), floor.longValueExact(), exact.subtract(floor.multiply(total))));
            given += floor.longValueExact();
        }
        long left = Math.abs(amount) - given;
        List<Cut> byRemainder = cuts.stream()
                .sorted(Comparator.comparing(Cut::remainder).reversed().thenComparing(Cut::userId))
                .toList();
        long sign = Long.signum(amount);
        for (int i = 0; i < byRemainder.size(); i++) {
            Cut cut = byRemainder.get(i);
            parts.put(cut.userId(), sign * (cut.floor() + (i < left ? 1 : 0)));
        }
        return parts;
    }

    private static List<Transfer> transfers(
            List<Position> positions, long event, List<Account> accounts, boolean closing) {
        List<Party> parties = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (Position p : positions) {
            parties.add(Party.member(p.userId()));
            amounts.add(p.position());
        }
        Party theEvent = new Party(null, true);
        parties.add(theEvent);
        amounts.add(event);
        Map<String, Long> left = new LinkedHashMap<>();
        accounts.forEach(a -> left.put(a.id(), a.balance()));
        String defaultAccount = accounts.get(0).id();
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer t : greedy(parties, amounts)) {
            if (t.to() == theEvent) {
                transfers.add(new Transfer(t.from(), Party.account(defaultAccount), t.amount()));
                left.merge(defaultAccount, t.amount(), Long::sum);
            } else if (t.from() == theEvent) {
                transfers.addAll(fromAccounts(t, left, defaultAccount));
            } else {
                transfers.add(t);
            }
        }
        if (closing) {
            transfers.addAll(betweenAccounts(left));
        }
        return transfers;
    }

    /** A transfer from the event, paid from the accounts with the largest balances left first. */
    private static List<Transfer> fromAccounts(Transfer t, Map<String, Long> left, String defaultAccount) {
        List<Transfer> paid = new ArrayList<>();
        long due = t.amount();
        List<String> richestFirst = left.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        for (String account : richestFirst) {
            if (due == 0) {
                break;
            }
            long amount = Math.min(due, left.get(account));
            paid.add(new Transfer(Party.account(account), t.to(), amount));
            left.merge(account, -amount, Long::sum);
            due -= amount;
        }
        if (due > 0) {
            paid.add(new Transfer(Party.account(defaultAccount), t.to(), due));
            left.merge(defaultAccount, -due, Long::sum);
        }
        return paid;
    }

    /** At close-out: what is left in some accounts covers those overdrawn, so that every one ends at zero. */
    private static List<Transfer> betweenAccounts(Map<String, Long> left) {
        List<Party> parties = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        left.forEach((account, balance) -> {
            parties.add(Party.account(account));
            amounts.add(-balance); // an account with money left owes it out, an overdrawn one is owed
        });
        return greedy(parties, amounts);
    }

    /** Largest debtor pays largest creditor (ties by order) until all are square: at most n − 1 transfers. */
    private static List<Transfer> greedy(List<Party> parties, List<Long> positions) {
        Comparator<long[]> byAmountThenOrder =
                Comparator.<long[]>comparingLong(a -> -a[0]).thenComparingLong(a -> a[1]);
        List<long[]> creditors = new ArrayList<>();
        List<long[]> debtors = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            long position = positions.get(i);
            if (position > 0) {
                creditors.add(new long[] {position, i});
            } else if (position < 0) {
                debtors.add(new long[] {-position, i});
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        while (!creditors.isEmpty() && !debtors.isEmpty()) {
            creditors.sort(byAmountThenOrder);
            debtors.sort(byAmountThenOrder);
            long[] creditor = creditors.get(0);
            long[] debtor = debtors.get(0);
            long amount = Math.min(creditor[0], debtor[0]);
            transfers.add(new Transfer(parties.get((int) debtor[1]), parties.get((int) creditor[1]), amount));
            creditor[0] -= amount;
            debtor[0] -= amount;
            if (creditor[0] == 0) {
                creditors.remove(0);
            }
            if (debtor[0] == 0) {
                debtors.remove(0);
            }
        }
        return transfers;
    }
}
