/**
 * The ledger's ports on MongoDB: {@code entries} (one document per entry holding every revision) and
 * {@code budgets} (one per event) in the module's own database. The only package of the module that sees BSON
 * or the driver.
 */
package geventator.transactions.store;
