package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ModuleWiringTest {

    interface Directory {}

    interface Ledger {}

    interface Veto {}

    /** A module that declares what it is told to and does what {@code start} says. */
    record Declared(
            String role,
            List<Class<?>> provides,
            List<Class<?>> needs,
            List<Class<?>> contributes,
            Consumer<ModuleContext> body)
            implements RoleModule {

        @Override
        public Routes start(ModuleContext context) {
            body.accept(context);
            return Routes.NONE;
        }
    }

    private static final Declared EVENTS = new Declared(
            "event",
            List.of(Directory.class),
            List.of(),
            List.of(),
            c -> c.publish(Directory.class, new Directory() {}));
    private static final Declared LEDGER =
            new Declared("transaction", List.of(Ledger.class), List.of(Directory.class), List.of(Veto.class), c -> {
                c.api(Directory.class);
                c.publish(Ledger.class, new Ledger() {});
                c.contribute(Veto.class, new Veto() {});
            });

    private static ModuleWiring wiring(List<RoleModule> modules) {
        List<String> roles = modules.stream().map(RoleModule::role).toList();
        var settings = LoadedSettings.load(PlatformSettings.all(roles), Map.of(), Map.of());
        return new ModuleWiring(settings, null, Set.copyOf(roles), Json.mapper(), Clock.systemUTC());
    }

    @Test
    void starts_each_module_after_the_providers_of_its_needs_whatever_order_they_were_found_in() {
        List<RoleModule> found = new ArrayList<>(List.of(LEDGER, EVENTS));
        assertThat(ModuleWiring.order(found)).containsExactly(EVENTS, LEDGER);
        Collections.reverse(found);
        assertThat(ModuleWiring.order(found)).containsExactly(EVENTS, LEDGER);
    }

    @Test
    void fails_the_start_in_one_line_when_a_need_has_no_provider() {
        assertThatThrownBy(() -> ModuleWiring.order(List.of(LEDGER)))
                .isInstanceOf(StartupException.class)
                .hasMessage("the transaction module needs " + Directory.class.getName() + ", which no module provides");
    }

    @Test
    void fails_the_start_when_needs_form_a_cycle() {
        Declared a = new Declared("a", List.of(Directory.class), List.of(Ledger.class), List.of(), c -> {});
        Declared b = new Declared("b", List.of(Ledger.class), List.of(Directory.class), List.of(), c -> {});
        assertThatThrownBy(() -> ModuleWiring.order(List.of(a, b)))
                .isInstanceOf(StartupException.class)
                .hasMessage("the modules' needs form a cycle: a, b");
    }

    @Test
    void fails_the_start_when_a_module_does_not_publish_what_it_declares() {
        Declared silent = new Declared("event", List.of(Directory.class), List.of(), List.of(), c -> {});
        assertThatThrownBy(() -> wiring(List.of(silent)).start(List.of(silent), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("the event module declares " + Directory.class.getName() + " but did not publish it");
    }

    @Test
    void a_module_reaches_only_the_apis_it_declared_as_needs() {
        Declared greedy = new Declared("transaction", List.of(), List.of(), List.of(), c -> c.api(Directory.class));
        assertThatThrownBy(() -> wiring(List.of(EVENTS, greedy)).start(List.of(EVENTS, greedy), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("the transaction module cannot start: ")
                .hasMessageEndingWith(Directory.class.getName() + " is not among its needs");
    }

    @Test
    void fails_the_start_when_the_platform_needs_an_api_no_module_provides() {
        assertThatThrownBy(() -> wiring(List.of(EVENTS)).start(List.of(EVENTS), List.of(Ledger.class)))
                .isInstanceOf(StartupException.class)
                .hasMessage("the platform needs " + Ledger.class.getName() + ", which no module provides");
    }

    @Test
    void hooks_are_complete_once_start_up_ends_and_cannot_be_read_before() {
        List<ModuleContext.Hooks<Veto>> seen = new ArrayList<>();
        Declared asking = new Declared("event", List.of(Directory.class), List.of(), List.of(), c -> {
            ModuleContext.Hooks<Veto> vetoes = c.hooks(Veto.class);
            assertThatThrownBy(vetoes::all).isInstanceOf(IllegalStateException.class);
            seen.add(vetoes);
            c.publish(Directory.class, new Directory() {});
        });
        List<RoleModule> modules = List.of(LEDGER, asking);
        wiring(modules).start(modules, List.of());
        assertThat(seen.get(0).all()).hasSize(1);
    }
}
