/**
 * The transaction role: one shared ledger per event, its balance, budget and settle-up, CSV, XLSX and JSON export
 * and CSV and XLSX import. Membership, roles and the event's currency come from the event role's API; other modules
 * see only {@link geventator.transactions.api}.
 */
module geventator.transactions {
    requires transitive geventator.platform; // its api names Caller
    requires geventator.events;
    requires com.fasterxml.jackson.databind;
    requires io.javalin;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires org.mongodb.driver.sync.client;
    requires org.apache.commons.csv;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires org.apache.commons.compress; // bounds what a workbook unpacks to

    exports geventator.transactions.api;

    provides geventator.platform.RoleModule with
            geventator.transactions.TransactionsModule;
}
