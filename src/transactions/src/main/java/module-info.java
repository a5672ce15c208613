/**
 * The transaction role: one shared ledger per event, its balance, budget and settle-up, CSV and JSON export
 * and CSV import. Other modules see only {@link geventator.transactions.api}.
 */
module geventator.transactions {
    requires geventator.platform;
    requires org.apache.commons.csv;
    requires org.slf4j;

    exports geventator.transactions.api;
}
