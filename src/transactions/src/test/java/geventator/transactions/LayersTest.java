package geventator.transactions;

import geventator.testkit.LayerRules;
import geventator.transactions.planted.UseCaseWithBson;
import geventator.transactions.planted.UseCaseWithJavalin;
import geventator.transactions.planted.UseCaseWithProblem;
import org.junit.jupiter.api.Test;

/**
 * Inside the module: the driver and BSON only in {@code store}, Javalin and the platform's HTTP problems only
 * in {@code web}; the composition root takes the database and receives the routes. Each rule is shown to
 * fire on a class planted in the test sources.
 */
class LayersTest {

    static final LayerRules LAYERS = LayerRules.of("geventator.transactions")
            .storeIn("geventator.transactions.store")
            .webIn("geventator.transactions.web");

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
