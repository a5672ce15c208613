package geventator.transactions.store;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Field;
import geventator.transactions.ledger.BalanceSheets;
import geventator.transactions.ledger.Budgets;
import geventator.transactions.ledger.Entries;
import geventator.transactions.ledger.EventId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The balance's sums and the event's budget in one aggregation over the entries: the live entries grouped
 * as {@link MongoEntries#sums} groups them, those groups gathered into one document, then the budget joined
 * from its own collection by {@code $lookup} on the event's id. One round trip where the two finds made two.
 * An event with no live entry gives no document to join to, so its budget is then read by itself (a second
 * round trip only for an empty ledger). Grouped before anything else, so the groups are few whatever the
 * number of entries. (A {@code $facet} would hold no more: MongoDB streams a facet's input to its
 * sub-pipelines in batches of at most {@code internalQueryFacetBufferSizeBytes}, 100 MB, and limits each
 * facet's result to 100 MB; an earlier note here, that a facet buffers every document it reads, was wrong.)
 *
 * <p>Few, not bounded: the gathered groups must fit one 16 MB document, about 80,000 distinct combinations
 * of kind, category, month, activity and accounts. Should MongoDB refuse the one aggregation for that, or
 * for any other reason of its own (a command error, not an outage), the balance asks the two questions
 * separately, whose groups come back through a cursor of any length.
 */
public final class MongoBalanceSheets implements BalanceSheets {

    private static final String SUMS = "sums";
    private static final String EVENT = "event";
    private static final String BUDGET = "budget";

    private final MongoCollection<Document> collection;
    private final Entries entries;
    private final Budgets budgets;

    /** {@code entries} and {@code budgets}: the stores on the same database, for the two-question way. */
    public MongoBalanceSheets(MongoDatabase database, Entries entries, Budgets budgets) {
        this.collection = database.getCollection(MongoEntries.COLLECTION);
        this.entries = entries;
        this.budgets = budgets;
    }

    @Override
    public Sheet of(EventId eventId) {
        try {
            return inOneAggregation(eventId);
        } catch (MongoCommandException refused) {
            return new Sheet(entries.sums(eventId), budgets.of(eventId));
        }
    }

    private Sheet inOneAggregation(EventId eventId) {
        Document sheet = collection
                .aggregate(List.of(
                        MongoEntries.live(eventId),
                        MongoEntries.sumsGroup(),
                        Aggregates.group(null, Accumulators.push(SUMS, "$$ROOT")),
                        Aggregates.addFields(new Field<>(EVENT, new Document("$literal", eventId.value()))),
                        Aggregates.lookup(MongoBudgets.COLLECTION, EVENT, "_id", BUDGET)))
                .first();
        if (sheet == null) {
            return new Sheet(List.of(), budgets.of(eventId));
        }
        List<Entries.Sums> sums = new ArrayList<>();
        for (Document group : sheet.getList(SUMS, Document.class)) {
            sums.add(MongoEntries.sumsOf(group));
        }
        List<Document> budget = sheet.getList(BUDGET, Document.class);
        return new Sheet(
                sums, budget.isEmpty() ? Optional.empty() : Optional.of(MongoBudgets.budgetOf(eventId, budget.get(0))));
    }
}
