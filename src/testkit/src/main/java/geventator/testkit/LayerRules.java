package geventator.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import geventator.platform.RoleModule;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The layer rules inside one role module, as ArchUnit rules: MongoDB driver and BSON types only in its
 * store classes, Javalin only in its web classes. The module's composition root (its {@link RoleModule})
 * may use both, since it takes the database from the platform and receives the routes.
 *
 * <p>A module with subpackages names them; a flat module names its classes by pattern:
 *
 * <pre>{@code
 * LayerRules.of("geventator.transactions").storeIn("geventator.transactions.store").webIn("geventator.transactions.web");
 * LayerRules.of("geventator.events").storeNamed("Mongo*", "*Documents").webNamed("*Routes", "*Bodies", "Versions");
 * }</pre>
 *
 * <p>{@link #check(ArchRule...)} runs every rule over the module's production classes, and fails too when the store
 * or the web matches no class at all, so that a misspelt package cannot make the rules pass silently.
 * {@link #assertReports(ArchRule, Class[])} proves a rule fires on a planted violation.
 */
public final class LayerRules {

    private static final String[] DRIVER_AND_BSON = {"com.mongodb..", "org.bson.."};
    private static final String[] JAVALIN = {"io.javalin.."};
    private static final String[] PLATFORM_HTTP = {"geventator.platform.http.."};

    private final String root;
    private final DescribedPredicate<JavaClass> store;
    private final DescribedPredicate<JavaClass> web;

    private LayerRules(String root, DescribedPredicate<JavaClass> store, DescribedPredicate<JavaClass> web) {
        this.root = root;
        this.store = store;
        this.web = web;
    }

    /** The rules of the module whose classes live in {@code rootPackage} and its subpackages. */
    public static LayerRules of(String rootPackage) {
        return new LayerRules(rootPackage, nothing("store"), nothing("web"));
    }

    /** Store classes are those in {@code packageName} and its subpackages. */
    public LayerRules storeIn(String packageName) {
        return new LayerRules(root, inPackage(packageName), web);
    }

    /** Store classes are those whose simple name matches one of the globs, such as {@code Mongo*}. */
    public LayerRules storeNamed(String... globs) {
        return new LayerRules(root, named(globs), web);
    }

    /** Web classes are those in {@code packageName} and its subpackages. */
    public LayerRules webIn(String packageName) {
        return new LayerRules(root, store, inPackage(packageName));
    }

    /** Web classes are those whose simple name matches one of the globs, such as {@code *Routes}. */
    public LayerRules webNamed(String... globs) {
        return new LayerRules(root, store, named(globs));
    }

    /** No class outside the store and the composition root depends on the MongoDB driver or on BSON. */
    public ArchRule driverAndBsonOnlyInStore() {
        return onlyIn(store, "store", DRIVER_AND_BSON);
    }

    /** No class outside the web and the composition root depends on Javalin. */
    public ArchRule javalinOnlyInWeb() {
        return onlyIn(web, "web", JAVALIN);
    }

    /**
     * No class outside the web and the composition root depends on the platform's HTTP helpers ({@code
     * Problem}, {@code Requests}, {@code FieldError}): use cases refuse with {@code Refusal} instead. Not in
     * {@link #rules()}, for modules that still throw problems from their use cases.
     */
    public ArchRule platformHttpOnlyInWeb() {
        return onlyIn(web, "web", PLATFORM_HTTP);
    }

    /** The two rules every role module keeps: driver and BSON in the store, Javalin in the web. */
    public List<ArchRule> rules() {
        return List.of(driverAndBsonOnlyInStore(), javalinOnlyInWeb());
    }

    /** The module's production classes, from the class path, without its tests. */
    public JavaClasses mainClasses() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        assertThat(classes).as("production classes in " + root).isNotEmpty();
        return classes;
    }

    /** Checks {@link #rules()} and {@code more} over {@link #mainClasses()}. */
    public void check(ArchRule... more) {
        check(mainClasses(), more);
    }

    /** Checks {@link #rules()} and {@code more} over {@code classes}, which must hold a store and a web class. */
    public void check(JavaClasses classes, ArchRule... more) {
        assertThat(classes.stream().anyMatch(store))
                .as("some class of %s is a store class (%s)", root, store.getDescription())
                .isTrue();
        assertThat(classes.stream().anyMatch(web))
                .as("some class of %s is a web class (%s)", root, web.getDescription())
                .isTrue();
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
        for (ArchRule rule : more) {
            rule.check(classes);
        }
    }

    /**
     * Proves that {@code rule} fires: evaluated over the {@code planted} classes only (compiled from a
     * test source, such as a class under a {@code planted} package that uses BSON), it reports every one.
     */
    public static void assertReports(ArchRule rule, Class<?>... planted) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(planted));
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (Class<?> violation : planted) {
            assertThat(report).as(rule.getDescription()).contains(violation.getName());
        }
    }

    private ArchRule onlyIn(DescribedPredicate<JavaClass> allowed, String layer, String... packages) {
        DescribedPredicate<JavaClass> inModule = inPackage(root);
        DescribedPredicate<JavaClass> elsewhere = DescribedPredicate.not(allowed.or(compositionRoot()));
        return noClasses()
                .that(inModule.and(elsewhere)
                        .as(
                                "are in %s but neither in its %s (%s) nor its composition root",
                                root, layer, allowed.getDescription()))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .because("only the " + layer + " of a module may use " + String.join(", ", packages));
    }

    private static DescribedPredicate<JavaClass> compositionRoot() {
        return DescribedPredicate.describe("the RoleModule", c -> outermost(c).isAssignableTo(RoleModule.class));
    }

    private static DescribedPredicate<JavaClass> inPackage(String packageName) {
        return DescribedPredicate.describe(
                "in " + packageName,
                c -> c.getPackageName().equals(packageName)
                        || c.getPackageName().startsWith(packageName + "."));
    }

    /** Matches a nested or anonymous class by its outermost class, so {@code MongoEntries$1} is a store class. */
    private static DescribedPredicate<JavaClass> named(String... globs) {
        List<Pattern> patterns = Arrays.stream(globs)
                .map(g -> Pattern.compile(
                        Arrays.stream(g.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"))))
                .toList();
        return DescribedPredicate.describe(
                "named " + String.join(" or ", globs),
                c -> patterns.stream()
                        .anyMatch(p -> p.matcher(outermost(c).getSimpleName()).matches()));
    }

    private static DescribedPredicate<JavaClass> nothing(String layer) {
        return DescribedPredicate.describe("no " + layer + " declared", c -> false);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
