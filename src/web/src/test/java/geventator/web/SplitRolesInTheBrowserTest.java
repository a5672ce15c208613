package geventator.web;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.boot.Application;
import geventator.platform.boot.Launcher;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough once more with the three roles as three servers, each told where the others are, and the
 * browser at the event role's address: its web app reaches the user and transaction roles over HTTP at their
 * configured URLs.
 */
class SplitRolesInTheBrowserTest {

    static final List<Application> roles = new ArrayList<>();
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        int user = RoleProcess.freePort();
        int event = RoleProcess.freePort();
        int transaction = RoleProcess.freePort();
        String prefix = TestDatabase.freshPrefix();
        for (var role :
                Map.of("user", user, "event", event, "transaction", transaction).entrySet()) {
            roles.add(Launcher.start(
                    Map.of(
                            "role",
                            role.getKey(),
                            "host",
                            "127.0.0.1",
                            "port",
                            String.valueOf(role.getValue()),
                            "mongodb-uri",
                            TestDatabase.uri(),
                            "database-prefix",
                            prefix,
                            "data-dir",
                            Files.createTempDirectory("geventator-split").toString(),
                            "user-url",
                            "http://127.0.0.1:" + user,
                            "event-url",
                            "http://127.0.0.1:" + event,
                            "transaction-url",
                            "http://127.0.0.1:" + transaction),
                    TestApp.FAST_PASSWORDS,
                    TestApp.modules()));
        }
        browser = Browser.open("http://127.0.0.1:" + event, "en-GB,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        roles.forEach(Application::close);
    }

    @Test
    void the_whole_walkthrough_from_the_event_roles_address() throws Exception {
        signUp("luis", "Luis");
        browser.clickAndWait("header form[action='/sign-out'] button");
        signUp("marta", "Marta");

        browser.go("/new-event");
        browser.type("#f-name", "Split fair");
        browser.set("#f-start", "2027-07-01T09:00");
        browser.set("#f-end", "2027-07-01T23:00");
        browser.type("#f-timeZone", "Europe/Berlin");
        browser.clickAndWait("form[action='/new-event'] button[type=submit]");
        String event = browser.driver.getCurrentUrl().substring(browser.baseUrl.length());

        browser.go(event + "/members");
        browser.type("#f-username", "luis");
        browser.clickAndWait("form[action$='/members'] button[type=submit]");
        assertThat(browser.text("#members")).contains("Luis");

        browser.go(event + "/ledger/new?kind=sale");
        browser.type("#f-concept", "Tickets");
        browser.type("#f-quantity", "10");
        browser.type("#f-unitPrice", "8.00");
        browser.clickAndWait("#record");
        assertThat(browser.text("#entries")).contains("€80.00");

        browser.go(event + "/timetable");
        addActivity("Opening", "10:00", "11:00");
        addActivity("Soundcheck", "10:30", "11:30");
        assertThat(browser.text("#clashes")).contains("Opening");
        browser.clickAndWait("#keep-both");
        assertThat(browser.text("#conflicts")).contains("Soundcheck");

        browser.go(event + "/settle-up");
        // The ticket money Marta holds is the event's: she hands it to the event's account, nobody splits it.
        assertThat(browser.text("#transfers")).contains("Marta pays Kitty €80.00");
        browser.clickAndWait("#transfers a");
        browser.clickAndWait("#confirm");
        assertThat(browser.text("#square")).contains("square");
        assertThat(browser.text("#accounts")).contains("Kitty").contains("€80.00");

        Path csv = Files.createTempFile("split", ".csv");
        Files.writeString(csv, "kind,concept,unitPrice\npurchase,Ice,3.00\n", StandardCharsets.UTF_8);
        browser.go(event + "/import");
        browser.find("#f-file").sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndWait("#dry-run");
        browser.clickAndWait("#confirm-import");
        assertThat(browser.text("#flash")).contains("Imported 1 entries");
    }

    private static void signUp(String username, String name) {
        browser.go("/sign-up");
        browser.type("#f-username", username);
        browser.type("#f-displayName", name);
        browser.type("#f-email", username + "@example.org");
        browser.type("#f-password", "correct horse battery");
        browser.clickAndWait("form[action='/sign-up'] button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("My events");
    }

    private static void addActivity(String title, String from, String to) {
        browser.type("#f-title", title);
        browser.set("#f-day", "2027-07-01");
        browser.set("#f-from", from);
        browser.set("#f-to", to);
        browser.type("#f-location", "Main stage");
        browser.clickAndWait("form[action$='/timetable'] button[type=submit]:not(#keep-both)");
    }
}
