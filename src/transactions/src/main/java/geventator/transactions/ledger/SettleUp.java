package geventator.transactions.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Squares the members' pockets, in minor units so that nothing is rounded away.
 *
 * <p>The event's net cost (money out minus money in) is shared equally by the sharers: the owners and
 * organizers, plus anyone else whose pocket the money touched (a viewer who paid for something). A
 * member's position is what they paid out of pocket, minus what they took in, minus their share; positive
 * means the others owe them. The minor units that do not divide evenly go one each to the first sharers by
 * user id, so positions always sum to exactly zero. Transfers pair the largest debtor with the largest creditor until everyone is square; each transfer
 * squares at least one of the two, so there are at most sharers − 1 of them.
 */
public final class SettleUp {

    public record Position(String userId, long paid, long taken, long share, long position) {}

    public record Transfer(String from, String to, long amount) {}

    public record Result(List<Position> positions, List<Transfer> transfers) {}

    private SettleUp() {}

    /**
     * The positions of everyone the money touched, and the transfers that square them.
     *
     * @param sharers who shares the net cost (may be empty only when nobody paid or took anything)
     * @param paid    minor units that left each member's pocket, settlements included
     * @param taken   minor units that entered each member's pocket, settlements included
     * @param netCost money out minus money in, settlements excluded
     */
    public static Result settle(Set<String> sharers, Map<String, Long> paid, Map<String, Long> taken, long netCost) {
        TreeSet<String> people = new TreeSet<>(sharers);
        paid.forEach((person, amount) -> add(people, person, amount));
        taken.forEach((person, amount) -> add(people, person, amount));
        List<String> sharing = List.copyOf(people);
        Map<String, Long> shares = shares(sharing, netCost);
        List<Position> positions = new ArrayList<>();
        for (String person : people) {
            long p = paid.getOrDefault(person, 0L);
            long t = taken.getOrDefault(person, 0L);
            long s = shares.getOrDefault(person, 0L);
            positions.add(new Position(person, p, t, s, Math.subtractExact(Math.subtractExact(p, t), s)));
        }
        return new Result(positions, transfers(positions));
    }

    private static void add(Set<String> people, String person, long amount) {
        if (amount != 0) {
            people.add(person);
        }
    }

    private static Map<String, Long> shares(List<String> sharing, long netCost) {
        Map<String, Long> shares = new TreeMap<>();
        if (sharing.isEmpty()) {
            return shares;
        }
        long each = Math.floorDiv(netCost, sharing.size());
        long remainder = Math.floorMod(netCost, sharing.size());
        for (int i = 0; i < sharing.size(); i++) {
            shares.put(sharing.get(i), each + (i < remainder ? 1 : 0));
        }
        return shares;
    }

    private static List<Transfer> transfers(List<Position> positions) {
        Comparator<long[]> byAmountThenId =
                Comparator.<long[]>comparingLong(a -> -a[0]).thenComparingLong(a -> a[1]);
        List<String> ids = positions.stream().map(Position::userId).toList();
        List<long[]> creditors = new ArrayList<>();
        List<long[]> debtors = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            long position = positions.get(i).position();
            if (position > 0) {
                creditors.add(new long[] {position, i});
            } else if (position < 0) {
                debtors.add(new long[] {-position, i});
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        while (!creditors.isEmpty() && !debtors.isEmpty()) {
            creditors.sort(byAmountThenId);
            debtors.sort(byAmountThenId);
            long[] creditor = creditors.get(0);
            long[] debtor = debtors.get(0);
            long amount = Math.min(creditor[0], debtor[0]);
            transfers.add(new Transfer(ids.get((int) debtor[1]), ids.get((int) creditor[1]), amount));
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
