package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.transactions.ledger.SettleUp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SettleUpTest {

    record Flow(int member, boolean out, long minor) {}

    @Property(tries = 200)
    void positions_sum_to_zero_and_transfers_square_everyone(
            @ForAll @IntRange(min = 1, max = 8) int members, @ForAll("flows") List<Flow> flows) {
        Set<String> sharers = new TreeSet<>();
        for (int i = 0; i < members; i++) {
            sharers.add("m" + i);
        }
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> taken = new HashMap<>();
        long netCost = 0;
        for (Flow flow : flows) {
            String member = "m" + (flow.member() % (members + 2));
            (flow.out() ? paid : taken).merge(member, flow.minor(), Long::sum);
            netCost += flow.out() ? flow.minor() : -flow.minor();
        }

        SettleUp.Result result = SettleUp.settle(sharers, paid, taken, netCost);

        assertThat(result.positions().stream()
                        .mapToLong(SettleUp.Position::position)
                        .sum())
                .isZero();
        Map<String, Long> after = new HashMap<>();
        result.positions().forEach(p -> after.put(p.userId(), p.position()));
        for (SettleUp.Transfer t : result.transfers()) {
            assertThat(t.amount()).isPositive();
            after.merge(t.from(), t.amount(), Long::sum);
            after.merge(t.to(), -t.amount(), Long::sum);
        }
        assertThat(after.values()).allMatch(position -> position == 0);
        assertThat(result.transfers().size())
                .isLessThanOrEqualTo(Math.max(0, result.positions().size() - 1));
    }

    @net.jqwik.api.Example
    void shares_the_odd_cent_with_the_first_sharers_and_nobody_else() {
        SettleUp.Result result = SettleUp.settle(Set.of("a", "b", "c"), Map.of("a", 10_000L), Map.of(), 10_000);

        assertThat(result.positions()).extracting(SettleUp.Position::share).containsExactly(3_334L, 3_333L, 3_333L);
        assertThat(result.positions())
                .extracting(SettleUp.Position::position)
                .containsExactly(6_666L, -3_333L, -3_333L);
        assertThat(result.transfers())
                .containsExactly(new SettleUp.Transfer("b", "a", 3_333), new SettleUp.Transfer("c", "a", 3_333));
    }

    @net.jqwik.api.Example
    void a_viewer_who_paid_shares_the_cost_too() {
        SettleUp.Result result = SettleUp.settle(Set.of("owner"), Map.of("viewer", 5_000L), Map.of(), 5_000);

        assertThat(result.positions())
                .extracting(SettleUp.Position::userId, SettleUp.Position::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("owner", -2_500L),
                        org.assertj.core.groups.Tuple.tuple("viewer", 2_500L));
    }

    @net.jqwik.api.Example
    void a_profit_is_shared_as_well() {
        SettleUp.Result result = SettleUp.settle(Set.of("a", "b"), Map.of(), Map.of("a", 6_001L), -6_001);

        assertThat(result.positions()).extracting(SettleUp.Position::share).containsExactly(-3_000L, -3_001L);
        assertThat(result.transfers()).containsExactly(new SettleUp.Transfer("a", "b", 3_001));
    }

    @Provide
    Arbitrary<List<Flow>> flows() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.of(true, false),
                        Arbitraries.longs().between(1, 100_000_000_000L))
                .as(Flow::new)
                .list()
                .ofMaxSize(30);
    }
}
