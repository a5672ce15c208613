package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

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

    record Flow(int member, boolean out, long minor) {
    }

    @Property(tries = 200)
    void positions_sum_to_zero_and_transfers_square_everyone(@ForAll @IntRange(min = 1, max = 8) int members,
                                                             @ForAll("flows") List<Flow> flows) {
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

        assertThat(result.positions().stream().mapToLong(SettleUp.Position::position).sum()).isZero();
        Map<String, Long> after = new HashMap<>();
        result.positions().forEach(p -> after.put(p.userId(), p.position()));
        for (SettleUp.Transfer t : result.transfers()) {
            assertThat(t.amount()).isPositive();
            after.merge(t.from(), t.amount(), Long::sum);
            after.merge(t.to(), -t.amount(), Long::sum);
        }
        assertThat(after.values()).allMatch(position -> position == 0);
        assertThat(result.transfers().size()).isLessThanOrEqualTo(Math.max(0, result.positions().size() - 1));
    }

    @Provide
    Arbitrary<List<Flow>> flows() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(true, false),
                Arbitraries.longs().between(1, 100_000_000_000L)).as(Flow::new).list().ofMaxSize(30);
    }
}
