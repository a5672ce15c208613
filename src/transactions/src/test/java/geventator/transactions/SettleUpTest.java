package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import geventator.transactions.ledger.SettleUp;
import geventator.transactions.ledger.SettleUp.Account;
import geventator.transactions.ledger.SettleUp.Member;
import geventator.transactions.ledger.SettleUp.Party;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The settle-up's arithmetic over any members, shares and accounts (issue 10's model). */
class SettleUpTest {

    record Ledger(List<Member> members, List<Account> accounts) {}

    @Property(tries = 500)
    void positions_of_members_and_event_sum_to_zero_and_transfers_square_everyone(@ForAll("ledgers") Ledger l) {
        for (boolean closing : new boolean[] {false, true}) {
            SettleUp.Result result =
                    closing ? SettleUp.closeOut(l.members(), l.accounts()) : SettleUp.settle(l.members(), l.accounts());

            long members = result.positions().stream()
                    .mapToLong(SettleUp.Position::position)
                    .sum();
            assertThat(members + result.event()).isZero();
            Map<Party, Long> after = new HashMap<>();
            result.positions().forEach(p -> after.put(Party.member(p.userId()), p.position()));
            Map<String, Long> balances = new HashMap<>();
            l.accounts().forEach(a -> balances.put(a.id(), a.balance()));
            long event = result.event();
            for (SettleUp.Transfer t : result.transfers()) {
                assertThat(t.amount()).isPositive();
                assertThat(t.from()).isNotEqualTo(t.to());
                event += move(after, balances, t.from(), t.amount());
                event += move(after, balances, t.to(), -t.amount());
            }
            assertThat(after.values()).as("members square").allMatch(position -> position == 0);
            assertThat(event).as("the event square").isZero();
            if (closing) {
                assertThat(balances.values()).as("every account at zero").allMatch(balance -> balance == 0);
            }
        }
    }

    /** Moves money out of ({@code amount} > 0) or into a party; answers what it does to the event. */
    private static long move(Map<Party, Long> after, Map<String, Long> balances, Party party, long amount) {
        if (party.account()) {
            balances.merge(party.id(), -amount, Long::sum);
            return amount;
        }
        after.merge(party, amount, Long::sum);
        return 0;
    }

    @Property(tries = 500)
    void a_shortfall_is_fully_distributed_by_weight_within_one_minor_unit(@ForAll("ledgers") Ledger l) {
        for (boolean closing : new boolean[] {false, true}) {
            SettleUp.Result result =
                    closing ? SettleUp.closeOut(l.members(), l.accounts()) : SettleUp.settle(l.members(), l.accounts());
            long worth = result.worth();
            long shared = result.positions().stream()
                    .mapToLong(SettleUp.Position::share)
                    .sum();
            boolean anyoneShares = l.members().stream().anyMatch(m -> m.weight().signum() > 0 || m.fallback());
            if (!anyoneShares || (!closing && worth >= 0)) {
                assertThat(shared).isZero();
                continue;
            }
            assertThat(shared).as("all of the worth, no more and no less").isEqualTo(worth);
            long balance = l.accounts().stream().mapToLong(Account::balance).sum();
            assertThat(result.event())
                    .as("the event then owes exactly what its accounts hold")
                    .isEqualTo(-balance);
            BigDecimal total = l.members().stream().map(Member::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                continue;
            }
            Map<String, Long> shares = new HashMap<>();
            result.positions().forEach(p -> shares.put(p.userId(), p.share()));
            for (Member m : l.members()) {
                BigDecimal exact =
                        BigDecimal.valueOf(worth).multiply(m.weight()).divide(total, MathContext.DECIMAL128);
                BigDecimal got = BigDecimal.valueOf(shares.getOrDefault(m.userId(), 0L));
                assertThat(got.subtract(exact).abs()).as(m.userId()).isLessThan(BigDecimal.ONE);
            }
        }
    }

    @Property(tries = 500)
    void with_no_account_used_and_only_costs_it_is_the_old_equal_split(
            @ForAll("costs") List<Long> paid, @ForAll("viewers") int viewers) {
        List<Member> members = new ArrayList<>();
        Map<String, Long> byMember = new HashMap<>();
        for (int i = 0; i < paid.size(); i++) {
            members.add(new Member("m" + i, paid.get(i), 0, 0, BigDecimal.ONE, true));
            byMember.put("m" + i, paid.get(i));
        }
        for (int i = 0; i < viewers; i++) {
            members.add(new Member("v" + i, 0, 0, 0, BigDecimal.ZERO, false));
        }

        SettleUp.Result result = SettleUp.settle(members, List.of(new Account("kitty", 0)));

        List<Long> expected = oldEqualSplit(paid);
        assertThat(result.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, paid.size())
                        .mapToObj(i -> tuple("m" + i, expected.get(i)))
                        .toList());
        assertThat(result.transfers()).allMatch(t -> !t.from().account() && !t.to().account(), "only between members");
    }

    /** The settle-up before issue 10: the net cost split equally, odd minor units to the first by user id. */
    private static List<Long> oldEqualSplit(List<Long> paid) {
        long cost = paid.stream().mapToLong(Long::longValue).sum();
        long each = Math.floorDiv(cost, paid.size());
        long remainder = Math.floorMod(cost, paid.size());
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            positions.add(paid.get(i) - each - (i < remainder ? 1 : 0));
        }
        return positions;
    }

    @Example
    void shares_the_odd_cent_with_the_first_sharers_and_nobody_else() {
        SettleUp.Result result = SettleUp.settle(
                List.of(member("a", 10_000, 0, "1"), member("b", 0, 0, "1"), member("c", 0, 0, "1")), kitty(0));

        assertThat(result.positions()).extracting(SettleUp.Position::share).containsExactly(-3_334L, -3_333L, -3_333L);
        assertThat(result.positions())
                .extracting(SettleUp.Position::position)
                .containsExactly(6_666L, -3_333L, -3_333L);
        assertThat(result.transfers())
                .containsExactly(
                        new SettleUp.Transfer(Party.member("b"), Party.member("a"), 3_333),
                        new SettleUp.Transfer(Party.member("c"), Party.member("a"), 3_333));
    }

    /** Before issue 10 a viewer who paid became a sharer; with a share of 0 the event now repays them whole. */
    @Example
    void a_viewer_who_paid_is_repaid_by_the_sharers() {
        SettleUp.Result result =
                SettleUp.settle(List.of(member("owner", 0, 0, "1"), member("viewer", 5_000, 0, "0")), kitty(0));

        assertThat(result.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::position)
                .containsExactly(tuple("owner", -5_000L), tuple("viewer", 5_000L));
    }

    /** Before issue 10 a profit was split among the members; now it stays with the event, in its account. */
    @Example
    void a_profit_held_by_a_member_goes_to_the_kitty() {
        SettleUp.Result result = SettleUp.settle(List.of(member("a", 0, 6_001, "1"), member("b", 0, 0, "1")), kitty(0));

        assertThat(result.positions()).extracting(SettleUp.Position::share).containsExactly(0L, 0L);
        assertThat(result.event()).isEqualTo(6_001);
        assertThat(result.transfers())
                .containsExactly(new SettleUp.Transfer(Party.member("a"), Party.account("kitty"), 6_001));
    }

    @Example
    void weights_split_a_shortfall_by_the_largest_remainder() {
        SettleUp.Result result = SettleUp.settle(
                List.of(member("a", 100, 0, "2"), member("b", 0, 0, "1"), member("c", 0, 0, "0")), kitty(0));

        assertThat(result.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::share)
                .containsExactly(tuple("a", -67L), tuple("b", -33L));
    }

    @Example
    void a_debt_of_the_event_is_paid_from_the_richest_accounts_first() {
        SettleUp.Result result = SettleUp.settle(
                List.of(member("a", 900, 0, "1")), List.of(new Account("cash", 300), new Account("bank", 700)));

        assertThat(result.worth()).isEqualTo(100);
        assertThat(result.transfers())
                .containsExactly(
                        new SettleUp.Transfer(Party.account("bank"), Party.member("a"), 700),
                        new SettleUp.Transfer(Party.account("cash"), Party.member("a"), 200));
    }

    @Example
    void at_close_out_investments_are_repaid_then_the_profit_is_split_by_stake() {
        SettleUp.Result result =
                SettleUp.closeOut(List.of(member("ana", 1_000, 0, "3"), member("luis", 0, 0, "1")), kitty(1_800));

        assertThat(result.worth()).isEqualTo(800);
        assertThat(result.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::share, SettleUp.Position::position)
                .containsExactly(tuple("ana", 600L, 1_600L), tuple("luis", 200L, 200L));
        assertThat(result.transfers())
                .containsExactly(
                        new SettleUp.Transfer(Party.account("kitty"), Party.member("ana"), 1_600),
                        new SettleUp.Transfer(Party.account("kitty"), Party.member("luis"), 200));
    }

    /** The worked example of docs/ARCHITECTURE.md ("Whose money it is"). */
    @Example
    void the_architecture_documents_worked_example() {
        List<Member> shares = List.of(
                new Member("ana", 109_000, 0, -3_000, BigDecimal.ONE, true),
                new Member("luis", 0, 0, -3_000, BigDecimal.ONE, true),
                new Member("vera", 0, 5_000, -3_000, BigDecimal.ZERO, false));
        List<Member> stakes = List.of(
                new Member("ana", 109_000, 0, -3_000, new BigDecimal("3"), true),
                new Member("luis", 0, 0, -3_000, BigDecimal.ONE, true),
                new Member("vera", 0, 5_000, -3_000, BigDecimal.ZERO, false));

        SettleUp.Result midEvent = SettleUp.settle(shares, kitty(180_000));
        SettleUp.Result closeOut = SettleUp.closeOut(stakes, kitty(180_000));

        assertThat(midEvent.worth()).isEqualTo(85_000);
        assertThat(midEvent.event()).isEqualTo(-95_000);
        assertThat(midEvent.transfers())
                .containsExactly(
                        new SettleUp.Transfer(Party.account("kitty"), Party.member("ana"), 95_000),
                        new SettleUp.Transfer(Party.member("vera"), Party.member("ana"), 8_000),
                        new SettleUp.Transfer(Party.member("luis"), Party.member("ana"), 3_000));
        assertThat(closeOut.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::share, SettleUp.Position::position)
                .containsExactly(
                        tuple("ana", 63_750L, 169_750L), tuple("luis", 21_250L, 18_250L), tuple("vera", 0L, -8_000L));
        assertThat(closeOut.transfers())
                .containsExactly(
                        new SettleUp.Transfer(Party.account("kitty"), Party.member("ana"), 169_750),
                        new SettleUp.Transfer(Party.account("kitty"), Party.member("luis"), 10_250),
                        new SettleUp.Transfer(Party.member("vera"), Party.member("luis"), 8_000));
    }

    private static Member member(String id, long paid, long taken, String weight) {
        return new Member(id, paid, taken, 0, new BigDecimal(weight), true);
    }

    private static List<Account> kitty(long balance) {
        return List.of(new Account("kitty", balance));
    }

    @Provide
    Arbitrary<Ledger> ledgers() {
        Arbitrary<Member> member = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000_000L),
                        Arbitraries.longs().between(0, 10_000_000_000L),
                        Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                        Arbitraries.of("0", "1", "1", "2", "0.5", "1.25", "3"),
                        Arbitraries.of(true, false))
                .as((paid, taken, split, weight, fallback) ->
                        new Member("", paid, taken, split, new BigDecimal(weight), fallback));
        Arbitrary<List<Member>> members = member.list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(list -> {
                    List<Member> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Member m = list.get(i);
                        // m0 owns the event: every event has a current owner, who shares when no weight is set
                        named.add(new Member(
                                "m" + i, m.paid(), m.taken(), m.split(), m.weight(), i == 0 || m.fallback()));
                    }
                    return named;
                });
        Arbitrary<List<Account>> accounts = Arbitraries.longs()
                .between(-1_000_000_000L, 20_000_000_000L)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(balances -> {
                    List<Account> list = new ArrayList<>();
                    for (int i = 0; i < balances.size(); i++) {
                        list.add(new Account("a" + i, balances.get(i)));
                    }
                    return list;
                });
        return Combinators.combine(members, accounts).as(Ledger::new);
    }

    @Provide
    Arbitrary<List<Long>> costs() {
        return Arbitraries.longs()
                .between(0, 100_000_000_000L)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> viewers() {
        return Arbitraries.integers().between(0, 3);
    }
}
