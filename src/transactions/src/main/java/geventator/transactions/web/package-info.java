/**
 * The ledger's HTTP API under {@code /events/{eventId}/ledger}: one routes class per resource, their JSON
 * bodies, the parsing of path, query and headers (malformed parts answer 400 as platform problems) and the
 * CSV format of export and import. The only package of the module that sees Javalin.
 */
package geventator.transactions.web;
