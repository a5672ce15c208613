/**
 * What other modules may know of the ledger: only its size, through {@link geventator.transactions.api.Ledgers}.
 * Entries, balances and settle-ups are read over HTTP by clients, never by other modules.
 */
package geventator.transactions.api;
