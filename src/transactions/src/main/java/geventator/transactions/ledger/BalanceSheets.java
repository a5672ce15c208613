package geventator.transactions.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What a balance is made of, the live entries' {@linkplain Entries#sums sums} and the event's
 * {@linkplain Budgets#of budget}, asked of the store as one question: both live in this module's database,
 * and one aggregation answers them together where two finds would be two round trips.
 */
public interface BalanceSheets {

    Sheet of(EventId eventId);

    /** The sums exactly as {@link Entries#sums} gives them, and the budget as {@link Budgets#of} does. */
    record Sheet(List<Entries.Sums> sums, Optional<Budget> budget) {}
}
