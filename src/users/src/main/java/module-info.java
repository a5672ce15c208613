/**
 * The user role: registration, log-in, profiles, and the access tokens every role verifies with the public
 * keys published at {@code /.well-known/jwks.json}. Other modules see only {@link geventator.users.api}.
 */
module geventator.users {
    requires geventator.platform;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires password4j;
    requires org.slf4j;

    exports geventator.users.api;

    provides geventator.platform.RoleModule with
            geventator.users.UsersModule;
}
