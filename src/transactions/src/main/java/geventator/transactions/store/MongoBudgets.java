package geventator.transactions.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import geventator.transactions.ledger.Budget;
import geventator.transactions.ledger.Budgets;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Money;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Budgets in the {@code budgets} collection, keyed by event. Plans are arrays of {name, amount}, not
 * sub-documents keyed by name, because a category may contain '.' or start with '$'.
 */
public final class MongoBudgets implements Budgets {

    static final String COLLECTION = "budgets";

    private final MongoCollection<Document> budgets;

    public MongoBudgets(MongoDatabase database) {
        this.budgets = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<Budget> of(EventId eventId) {
        return Optional.ofNullable(
                        budgets.find(Filters.eq("_id", eventId.value())).first())
                .map(d -> budgetOf(eventId, d));
    }

    /** A stored budget document as the ledger's {@link Budget}. */
    static Budget budgetOf(EventId eventId, Document d) {
        return Budget.none(eventId)
                .withCategories(plans(d, "categories"))
                .withActivities(plans(d, "activities"))
                .by(new MemberId(d.getString("setBy")), d.getDate("setAt").toInstant());
    }

    @Override
    public void put(Budget budget, String currency) {
        Document document = new Document("_id", budget.eventId().value())
                .append("currency", currency)
                .append("categories", plans(budget.categories(), currency))
                .append("activities", plans(budget.activities(), currency))
                .append("setBy", budget.setBy().value())
                .append("setAt", Date.from(budget.setAt()));
        budgets.replaceOne(Filters.eq("_id", budget.eventId().value()), document, new ReplaceOptions().upsert(true));
    }

    private static List<Document> plans(Map<String, Long> plans, String currency) {
        return plans.entrySet().stream()
                .map(e -> new Document("name", e.getKey())
                        .append("planned", new Decimal128(Money.fromMinor(e.getValue(), currency)))
                        .append("plannedMinor", e.getValue()))
                .toList();
    }

    private static Map<String, Long> plans(Document d, String field) {
        Map<String, Long> plans = new LinkedHashMap<>();
        for (Document plan : d.getList(field, Document.class, List.of())) {
            plans.put(plan.getString("name"), ((Number) plan.get("plannedMinor")).longValue());
        }
        return plans;
    }
}
