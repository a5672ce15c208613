/**
 * The organizers' web app, served by every process at {@code /}: pages rendered on the server from JTE
 * templates compiled at build time, calling each role's public JSON API over HTTP like any other client.
 * Nothing is exported; the platform finds it as a {@link geventator.platform.Frontend}.
 */
module geventator.web {
    requires geventator.platform;
    requires gg.jte.runtime;
    requires org.slf4j;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires java.net.http;
    requires static java.compiler;

    provides geventator.platform.Frontend with
            geventator.web.WebApp;
}
