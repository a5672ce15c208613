package geventator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import geventator.testkit.planted.PlantedModule;
import geventator.testkit.planted.domain.AnsweringHttp;
import geventator.testkit.planted.domain.CountingWithTheDriver;
import geventator.testkit.planted.domain.RefusingWithProblem;
import geventator.testkit.planted.domain.ThingWithBsonId;
import geventator.testkit.planted.domain.Things;
import geventator.testkit.planted.store.MongoThings;
import geventator.testkit.planted.web.RoutesReadingBson;
import geventator.testkit.planted.web.ThingRoutes;
import geventator.testkit.plantedflat.MongoWidgets;
import geventator.testkit.plantedflat.WidgetHandler;
import geventator.testkit.plantedflat.WidgetRoutes;
import geventator.testkit.plantedflat.Widgeting;
import geventator.testkit.plantedflat.WidgetingWithBson;
import org.junit.jupiter.api.Test;

/** The layer rules against planted modules: each rule passes what keeps its layer and reports what does not. */
class LayerRulesTest {

    static final LayerRules PACKAGES = LayerRules.of("geventator.testkit.planted")
            .storeIn("geventator.testkit.planted.store")
            .webIn("geventator.testkit.planted.web");

    static final LayerRules NAMES = LayerRules.of("geventator.testkit.plantedflat")
            .storeNamed("Mongo*", "*Documents")
            .webNamed("*Routes", "*Bodies");

    @Test
    void passes_a_module_whose_store_web_and_composition_root_keep_their_layers() {
        PACKAGES.check(
                classes(MongoThings.class, ThingRoutes.class, Things.class, PlantedModule.class),
                PACKAGES.platformHttpOnlyInWeb());
    }

    @Test
    void reports_driver_and_bson_types_outside_the_store_the_web_included() {
        LayerRules.assertReports(
                PACKAGES.driverAndBsonOnlyInStore(),
                ThingWithBsonId.class,
                CountingWithTheDriver.class,
                RoutesReadingBson.class);
    }

    @Test
    void reports_javalin_outside_the_web() {
        LayerRules.assertReports(PACKAGES.javalinOnlyInWeb(), AnsweringHttp.class);
    }

    @Test
    void reports_the_platforms_http_problems_outside_the_web() {
        LayerRules.assertReports(PACKAGES.platformHttpOnlyInWeb(), RefusingWithProblem.class);
    }

    @Test
    void over_a_whole_module_names_the_violations_and_only_them() {
        JavaClasses all = new ClassFileImporter().importPackages("geventator.testkit.planted");

        assertThat(report(PACKAGES.driverAndBsonOnlyInStore(), all))
                .contains(ThingWithBsonId.class.getName(), CountingWithTheDriver.class.getName())
                .doesNotContain("<" + MongoThings.class.getName(), "<" + PlantedModule.class.getName());
        assertThat(report(PACKAGES.javalinOnlyInWeb(), all))
                .contains(AnsweringHttp.class.getName())
                .doesNotContain("<" + ThingRoutes.class.getName(), "<" + PlantedModule.class.getName());
        assertThatThrownBy(() -> PACKAGES.check(all)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_store_or_web_that_matches_no_class_fails_instead_of_passing_silently() {
        JavaClasses clean = classes(MongoThings.class, ThingRoutes.class, Things.class);

        assertThatThrownBy(() -> LayerRules.of("geventator.testkit.planted")
                        .storeIn("geventator.testkit.planted.stores")
                        .webIn("geventator.testkit.planted.web")
                        .check(clean))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("store class");
        assertThatThrownBy(() -> LayerRules.of("geventator.testkit.planted")
                        .storeIn("geventator.testkit.planted.store")
                        .check(clean))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("web class");
    }

    @Test
    void the_proof_itself_fails_when_a_rule_does_not_fire() {
        assertThatThrownBy(() -> LayerRules.assertReports(PACKAGES.driverAndBsonOnlyInStore(), Things.class))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(
                        () -> LayerRules.assertReports(PACKAGES.javalinOnlyInWeb(), AnsweringHttp.class, Things.class))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void in_a_flat_module_names_decide_and_a_nested_class_counts_as_its_outer_class() {
        NAMES.check(classes(
                MongoWidgets.class,
                classNamed("geventator.testkit.plantedflat.MongoWidgets$Row"),
                classNamed("geventator.testkit.plantedflat.WidgetDocuments"),
                WidgetRoutes.class,
                Widgeting.class));
        LayerRules.assertReports(NAMES.driverAndBsonOnlyInStore(), WidgetingWithBson.class);
        LayerRules.assertReports(NAMES.javalinOnlyInWeb(), WidgetHandler.class);
    }

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static String report(ArchRule rule, JavaClasses classes) {
        return String.join("\n", rule.evaluate(classes).getFailureReport().getDetails());
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
