/**
 * What every GEventator role shares: settings, the HTTP conventions (problems, request ids, bodies),
 * MongoDB access, access-token verification, calls to other roles, and the contract by which a role
 * module plugs itself in.
 */
module geventator.platform {
    // Only what the exported signatures name: RoutesConfig and Context, ObjectMapper, MongoDatabase, JWKSource.
    requires transitive io.javalin;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive org.mongodb.driver.sync.client;
    requires transitive com.nimbusds.jose.jwt;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires java.net.http;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires geventator.logging;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires org.slf4j;

    exports geventator.platform;
    exports geventator.platform.http;
    exports geventator.platform.boot to
            geventator.app;

    uses geventator.platform.RoleModule;
    uses geventator.platform.Frontend;
    uses geventator.platform.boot.EmbeddedDatabase;
}
