/**
 * The transaction role: each event's shared ledger. Only {@link geventator.transactions.TransactionsModule},
 * the composition root, is public to the service loader; what other modules may ask is in {@code api}. Here
 * too: the client of another process's ledger ({@code RemoteLedgers}) and the event role's deletion hook.
 *
 * <ul>
 *   <li>{@code ledger}: the domain and its use cases: entries and their revisions, the money rules, the
 *       balance, budget, settle-up, export and import, and the ports they need ({@code Entries},
 *       {@code Budgets}, {@code EventGate}, which translates the event role's API in one place). No BSON,
 *       no Javalin; refusals are {@link geventator.platform.Refusal}s.
 *   <li>{@code store}: the MongoDB implementations of the ports and their BSON mapping.
 *   <li>{@code web}: the routes per resource (entries, budget, settle-up, files), their bodies, the parsing of
 *       path, query and headers, and the CSV format.
 * </ul>
 *
 * <p>Every write touches one document, because the ledger must also run on a MongoDB (or the in-process
 * wire-protocol server) without multi-document transactions. Amounts are stored as Decimal128 and as a count
 * of minor units; the database sums the latter, which is exact everywhere.
 */
package geventator.transactions;
