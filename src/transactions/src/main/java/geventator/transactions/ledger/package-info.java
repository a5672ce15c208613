/**
 * The ledger's domain and use cases, in its own terms: ids and money as values, entries built by name, ports
 * named as plural nouns. Use cases ({@code Bookkeeping}, {@code Balancing}, {@code Budgeting},
 * {@code Settling}, {@code Exporting}, {@code Importing}) check access through the event role and refuse with
 * {@link geventator.platform.Refusal}; they know neither the database nor HTTP.
 */
package geventator.transactions.ledger;
