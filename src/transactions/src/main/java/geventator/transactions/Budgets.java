package geventator.transactions;

import java.util.Optional;

/** Each event's budget, one document per event. */
interface Budgets {

    Optional<Budget> of(String eventId);

    void put(Budget budget, String currency);
}
