package geventator.users;

import geventator.testkit.LayerRules;
import geventator.users.planted.UseCaseWithBson;
import geventator.users.planted.UseCaseWithJavalin;
import geventator.users.planted.UseCaseWithProblem;
import org.junit.jupiter.api.Test;

/**
 * Inside the user module, which is flat: the driver and BSON only in its {@code Mongo*} classes, Javalin and
 * the platform's HTTP problems only in {@code *Routes} and {@code *Bodies}; the composition root takes the
 * database and hands out the routes. Each rule is shown to fire on a class planted in the test sources.
 */
class LayersTest {

    static final LayerRules LAYERS =
            LayerRules.of("geventator.users").storeNamed("Mongo*").webNamed("*Routes", "*Bodies");

    @Test
    void the_store_alone_sees_bson_and_the_web_alone_sees_javalin_and_problems() {
        LAYERS.check(LAYERS.platformHttpOnlyInWeb());
    }

    @Test
    void each_rule_reports_a_planted_violation() {
        LayerRules.assertReports(LAYERS.driverAndBsonOnlyInStore(), UseCaseWithBson.class);
        LayerRules.assertReports(LAYERS.javalinOnlyInWeb(), UseCaseWithJavalin.class);
        LayerRules.assertReports(LAYERS.platformHttpOnlyInWeb(), UseCaseWithProblem.class);
    }
}
