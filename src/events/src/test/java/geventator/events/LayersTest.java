package geventator.events;

import geventator.events.planted.SchedulingWithBson;
import geventator.events.planted.SchedulingWithJavalin;
import geventator.events.planted.SchedulingWithProblem;
import geventator.testkit.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * The event module is a simple context and stays flat, so its layers are named: the driver and BSON only in
 * its {@code Mongo*} classes, Javalin and the platform's HTTP problems only in its {@code *Routes} and
 * {@code *Bodies}. Each rule is shown to fire on a class planted in the test sources.
 */
class LayersTest {

    static final LayerRules LAYERS =
            LayerRules.of("geventator.events").storeNamed("Mongo*").webNamed("*Routes", "*Bodies");

    @Test
    void the_store_alone_sees_bson_and_the_web_alone_sees_javalin_and_problems() {
        LAYERS.check(LAYERS.platformHttpOnlyInWeb());
    }

    @Test
    void each_rule_reports_a_planted_violation() {
        LayerRules.assertReports(LAYERS.driverAndBsonOnlyInStore(), SchedulingWithBson.class);
        LayerRules.assertReports(LAYERS.javalinOnlyInWeb(), SchedulingWithJavalin.class);
        LayerRules.assertReports(LAYERS.platformHttpOnlyInWeb(), SchedulingWithProblem.class);
    }
}
