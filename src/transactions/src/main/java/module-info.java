/**
 * The transaction role: one shared ledger per event, its balance, budget and settle-up, CSV and JSON export
 * and CSV import. Membership, roles and the event's currency come from the event role's API; other modules
 * see only {@link geventator.transactions.api}.
 */
module geventator.transactions {
    requires geventator.platform;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires geventator.events;
    requires org.apache.commons.csv;
    requires org.slf4j;

    exports geventator.transactions.api;

    provides geventator.platform.RoleModule with
            geventator.transactions.TransactionsModule;
}
