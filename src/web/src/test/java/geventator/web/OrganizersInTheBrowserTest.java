package geventator.web;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.RunningApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A whole event in a real browser, against every role in one process on a random port: two people sign
 * up, one creates the event and adds the other, both record entries (one in Spanish, with a decimal comma,
 * by keyboard alone), a timetable conflict is kept on purpose, a transfer is settled, a CSV is imported
 * after a dry run. Every page passes axe-core and is photographed at 360 and 1280 pixels.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizersInTheBrowserTest {

    @RegisterExtension
    static RunningApp app = RunningApp.role("all");

    static Browser browser;
    static String eventPath;

    @BeforeAll
    static void openBrowser() throws Exception {
        Browser.requireChromium();
        Files.createDirectories(Browser.REPORT);
        Files.writeString(
                Browser.REPORT.resolve("axe.md"), "| page | violations | serious or critical |\n|---|---|---|\n");
        Files.writeString(Browser.REPORT.resolve("weights.md"), "| page | first load, compressed bytes |\n|---|---|\n");
        browser = Browser.open(app.app().baseUrl(), "en-GB,en");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void bob_signs_up_and_signs_out() {
        browser.go("/sign-up");
        browser.check("signup");
        signUp("bob", "Bob");
        assertThat(browser.text("h1")).isEqualTo("My events");
        browser.check("events-empty");
        browser.clickAndWait("header form[action='/sign-out'] button");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        browser.check("signin");
    }

    @Test
    @Order(2)
    void ana_signs_up_creates_the_event_and_adds_bob() {
        browser.go("/sign-up");
        signUp("ana", "Ana");
        browser.clickAndWait("a[href='/new-event']");
        browser.check("new-event");
        browser.type("#f-name", "Street festival");
        browser.set("#f-start", "2027-07-01T09:00");
        browser.set("#f-end", "2027-07-02T23:00");
        browser.type("#f-timeZone", "Europe/Madrid");
        browser.clickAndWait("form[action='/new-event'] button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Street festival");
        assertThat(browser.text("#flash")).contains("Event created");
        eventPath = browser.driver.getCurrentUrl().substring(browser.baseUrl.length());

        browser.clickAndWait("nav.tabs a[href$='/members']");
        browser.type("#f-username", "nobody");
        browser.clickAndWait("form[action$='/members'] button[type=submit]");
        assertThat(browser.text("#problem")).contains("There is no user with that username");
        browser.type("#f-username", "bob");
        browser.set("#f-role", "ORGANIZER");
        browser.clickAndWait("form[action$='/members'] button[type=submit]");
        assertThat(browser.text("#flash")).contains("bob was added");
        assertThat(browser.text("#members")).contains("Bob").contains("Organizer");
        browser.check("members");
    }

    @Test
    @Order(3)
    void ana_records_a_purchase_and_plans_the_budget() {
        browser.go(eventPath + "/ledger/new?kind=purchase");
        browser.check("entry-new");
        browser.type("#f-concept", "Stage rental");
        browser.type("#f-unitPrice", "800.00");
        browser.type("#f-category", "stage");
        browser.set("#f-date", "2027-07-01");
        browser.clickAndWait("#record");
        assertThat(browser.text("#flash")).contains("Recorded “Stage rental”");
        assertThat(browser.text("#entries")).contains("-€800.00");

        browser.go(eventPath + "/budget");
        browser.type("#cat-1", "stage");
        browser.type("#amt-1", "700.00");
        browser.type("#cat-2", "food");
        browser.type("#amt-2", "100");
        browser.clickAndWait("form[action$='/budget'] button[type=submit]");
        assertThat(browser.text("#flash")).contains("Budget saved");
        browser.check("budget");
    }

    @Test
    @Order(4)
    void a_timetable_conflict_is_shown_and_both_are_kept() {
        browser.go(eventPath + "/timetable");
        addActivity("Opening", "10:00", "11:00", "Main stage");
        assertThat(browser.text("#flash")).contains("Added “Opening”");
        addActivity("Soundcheck", "10:30", "11:30", "Main stage");
        assertThat(browser.text("#clashes")).contains("Opening");
        browser.check("timetable-conflict");
        browser.clickAndWait("#keep-both");
        assertThat(browser.text("#flash")).contains("keeping both");
        assertThat(browser.text("#conflicts")).contains("Opening").contains("Soundcheck");

        browser.clickAndWait("form[action$='/calendar-link'] button");
        assertThat(browser.find("#calendar-url").getAttribute("value"))
                .contains("/calendar/")
                .contains(".ics?key=");
        browser.check("timetable");
    }

    @Test
    @Order(5)
    void bob_records_in_spanish_with_a_decimal_comma_using_only_the_keyboard() {
        browser.clickAndWait("header form[action='/sign-out'] button");
        browser.clickAndWait("header form[action='/lang'] button");
        assertThat(browser.text("h1")).isEqualTo("Entrar");
        browser.type("#f-login", "bob");
        browser.type("#f-password", "correct horse battery");
        browser.clickAndWait("form[action='/sign-in'] button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Mis eventos");
        browser.check("events");

        browser.go(eventPath + "/ledger/new?kind=purchase");
        browser.find("#f-concept").click();
        new Actions(browser.driver)
                .sendKeys("Bebidas", Keys.TAB, "3", Keys.TAB, "12,50", Keys.TAB)
                .perform();
        browser.set("#f-date", "2027-07-01");
        browser.find("#f-unitPrice").click();
        org.openqa.selenium.WebElement html = browser.find("html");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
        assertThat(browser.text("#flash")).contains("Registrado «Bebidas»");
        assertThat(browser.text("#entries")).contains("-37,50 €");
        browser.check("ledger");

        browser.go(eventPath);
        assertThat(browser.text("#fig-out")).isEqualTo("837,50 €");
        assertThat(browser.text("#alerts")).contains("stage supera el presupuesto");
        browser.check("event-home");
    }

    @Test
    @Order(6)
    void settle_up_is_confirmed_and_recorded() {
        browser.go(eventPath + "/settle-up");
        assertThat(browser.text("#transfers")).contains("Bob paga a Ana 381,25 €");
        browser.check("settle-up");
        browser.clickAndWait("#transfers a");
        assertThat(browser.text("#confirm-text")).contains("Bob paga a Ana 381,25 €");
        browser.check("settle-confirm");
        browser.clickAndWait("#confirm");
        assertThat(browser.text("#flash")).contains("Transferencia registrada");
        assertThat(browser.text("#square")).contains("en paz");
    }

    @Test
    @Order(7)
    void a_csv_is_imported_after_a_dry_run_shows_its_problems() throws Exception {
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(
                bad,
                "kind,concept,quantity,unitPrice\npurchase,Ice,2,1.50\nnonsense,Oops,1,abc\n",
                StandardCharsets.UTF_8);
        Path good = Files.createTempFile("good", ".csv");
        Files.writeString(
                good,
                "kind,concept,quantity,unitPrice,category\npurchase,Ice,2,1.50,food\nsale,Tickets,10,8.00,tickets\n",
                StandardCharsets.UTF_8);

        browser.go(eventPath + "/import");
        browser.check("import");
        browser.find("#f-file").sendKeys(bad.toAbsolutePath().toString());
        browser.clickAndWait("#dry-run");
        assertThat(browser.text("#import-errors")).contains("3");
        browser.check("import-problems");

        browser.find("#f-file").sendKeys(good.toAbsolutePath().toString());
        browser.clickAndWait("#dry-run");
        assertThat(browser.text("#dry-run-ok")).contains("2");
        browser.clickAndWait("#confirm-import");
        assertThat(browser.text("#flash")).contains("Importados 2 apuntes (0 ya estaban)");
        assertThat(browser.page()).contains("Tickets").contains("Ice");
    }

    @Test
    @Order(8)
    void an_entry_is_edited_voided_and_its_history_shown() {
        browser.go(eventPath + "/ledger?q=Ice");
        browser.clickAndWait("#entries a[href*='/ledger/']");
        browser.type("#f-unitPrice", "1,75");
        browser.clickAndWait("#edit-form button[type=submit]");
        assertThat(browser.text("#flash")).contains("Guardados los cambios");
        assertThat(browser.text("#entry-amount")).isEqualTo("-3,50 €");
        browser.type("#f-reason", "duplicado");
        browser.clickAndWait("form[action$='/void'] button");
        assertThat(browser.text("#history")).contains("Anulado: duplicado");
        browser.check("entry");
    }

    @Test
    @Order(10)
    void the_ledger_filter_and_the_kind_tabs_swap_their_part_of_the_page_in_place() {
        browser.go(eventPath + "/ledger");
        org.openqa.selenium.WebElement html = browser.find("html");
        browser.find("details summary").click();
        browser.type("#q", "Bebidas");
        org.openqa.selenium.WebElement entries = browser.find("#entries");
        browser.find("form[hx-get] button[type=submit]").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(entries));
        assertThat(browser.text("#entries")).contains("Bebidas").doesNotContain("Stage rental");
        assertThat(html.isDisplayed())
                .as("the page itself stayed: only #entries was swapped")
                .isTrue();
        assertThat(browser.driver.getCurrentUrl()).contains("q=Bebidas");

        browser.go(eventPath + "/ledger/new?kind=purchase");
        html = browser.find("html");
        org.openqa.selenium.WebElement area = browser.find("#entry-form-area");
        browser.find("#kinds a[href$='kind=sale']").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(area));
        assertThat(browser.text("#entry-form-area h2")).contains("Venta").contains("entrada de dinero");
        assertThat(html.isDisplayed())
                .as("the page itself stayed: only the form was swapped")
                .isTrue();
        assertThat(browser.driver.getCurrentUrl()).endsWith("kind=sale");
    }

    @Test
    @Order(9)
    void the_account_pages_work() {
        browser.go("/account");
        browser.check("account");
        browser.go("/account/delete");
        browser.check("delete-account");
    }

    @Test
    @Order(11)
    void a_donation_goes_into_the_kitty_and_a_dinner_is_split_between_two() {
        browser.go(eventPath + "/ledger/new?kind=donation");
        browser.type("#f-concept", "Hucha");
        browser.type("#f-unitPrice", "50");
        new org.openqa.selenium.support.ui.Select(browser.find("#f-pocket")).selectByVisibleText("Kitty");
        browser.clickAndWait("#record");
        assertThat(browser.text("#entries")).contains("Hucha").contains("Kitty");

        browser.go(eventPath + "/ledger/new?kind=purchase");
        browser.type("#f-concept", "Cena");
        browser.type("#f-unitPrice", "60,00");
        for (org.openqa.selenium.WebElement box : browser.all("#split input[type=checkbox]")) {
            box.click(); // Ana and Bob, the two who went
        }
        browser.check("entry-new-split");
        browser.clickAndWait("#record");
        assertThat(browser.text("#flash")).contains("Registrado «Cena»");

        browser.go(eventPath + "/settle-up");
        // 837.50 spent for the event and 80 taken in: a loss of 757.50 the 50 in the kitty cannot cover, so
        // the rest is shared by share (1 and 1); the dinner only between the two who went.
        assertThat(browser.text("#accounts")).contains("Kitty").contains("50,00 €");
        assertThat(browser.text("#transfers"))
                .contains("Kitty paga a Ana 35,00 €")
                .contains("Kitty paga a Bob 15,00 €");
        browser.check("settle-up-kitty");
    }

    @Test
    @Order(12)
    void the_owner_closes_the_books_and_the_ledger_takes_no_more_entries() {
        browser.clickAndWait("header form[action='/sign-out'] button");
        browser.type("#f-login", "ana");
        browser.type("#f-password", "correct horse battery");
        browser.clickAndWait("form[action='/sign-in'] button[type=submit]");
        browser.go(eventPath + "/settle-up");
        browser.clickAndWait("#close-out-link");
        assertThat(browser.text("#close-out")).contains("Ana").contains("Bob");
        assertThat(browser.text("#close-out-transfers"))
                .contains("Kitty paga a Ana 35,00 €")
                .contains("Kitty paga a Bob 15,00 €");
        browser.check("close-out");
        browser.type("#f-reason", "Fin de la fiesta");
        browser.clickAndWait("#confirm-close-out");
        assertThat(browser.text("#flash")).contains("Cuentas cerradas: 2 transferencias registradas");

        browser.go(eventPath + "/settle-up");
        assertThat(browser.text("#square")).contains("en paz");
        browser.go(eventPath + "/ledger/new?kind=purchase");
        browser.type("#f-concept", "Tarde");
        browser.type("#f-unitPrice", "1");
        browser.clickAndWait("#record");
        assertThat(browser.text("#problem")).contains("Las cuentas de este evento están cerradas");
        browser.go(eventPath + "/close-out");
        assertThat(browser.text("#books-closed")).contains("cerradas");
    }

    private static void signUp(String username, String name) {
        browser.type("#f-username", username);
        browser.type("#f-displayName", name);
        browser.type("#f-email", username + "@example.org");
        browser.type("#f-password", "correct horse battery");
        browser.clickAndWait("form[action='/sign-up'] button[type=submit]");
    }

    private static void addActivity(String title, String from, String to, String room) {
        browser.type("#f-title", title);
        browser.set("#f-day", "2027-07-01");
        browser.set("#f-from", from);
        browser.set("#f-to", to);
        browser.type("#f-location", room);
        browser.clickAndWait("form[action$='/timetable'] button[type=submit]:not(#keep-both)");
    }
}
