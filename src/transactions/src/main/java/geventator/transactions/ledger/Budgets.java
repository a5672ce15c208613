package geventator.transactions.ledger;

import java.util.Optional;

/** Each event's budget, one document per event. */
public interface Budgets {

    Optional<Budget> of(EventId eventId);

    void put(Budget budget, String currency);
}
