/**
 * The transaction role's internals: each event's entries in the {@code entries} collection of its own
 * {@code transactions} database, one document per entry holding every revision; budgets in {@code budgets};
 * the money rules ({@link geventator.transactions.Money}); the settle-up ({@link geventator.transactions.SettleUp});
 * CSV through Apache Commons CSV; and the HTTP routes. Membership, roles, currency and activities come from
 * the event role's API, translated in one place. Only {@link geventator.transactions.TransactionsModule} is
 * public, for the service loader.
 *
 * <p>Every write touches one document, because the ledger must also run on a MongoDB (or the in-process
 * wire-protocol server) without multi-document transactions. Amounts are stored as Decimal128 and as a count
 * of minor units; the database sums the latter, which is exact everywhere.
 */
package geventator.transactions;
