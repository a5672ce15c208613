package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.EventMembers;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.testkit.TestEvents;
import geventator.testkit.TestUsers;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages the browser walkthrough passes by, each driven end to end over plain HTTP as a browser posts
 * forms, and checked against what the roles' APIs then answer.
 */
class PagesOverHttpTest {

    @RegisterExtension
    static RunningApp app = RunningApp.role("all");

    static final String PASSWORD = TestUsers.PASSWORD;

    record Person(WebClient web, String token, String id) {}

    static Person signUp(String username) {
        String base = app.app().baseUrl();
        WebClient web = new WebClient();
        web.get(base + "/sign-up");
        assertThat(web.post(
                                base + "/sign-up",
                                form(
                                        web,
                                        "username",
                                        username,
                                        "displayName",
                                        "Name " + username,
                                        "email",
                                        username + "@example.org",
                                        "password",
                                        PASSWORD))
                        .status())
                .isEqualTo(303);
        web.get(base + "/"); // as a browser follows the redirect: the signed-in session's CSRF token
        String accessToken = TestUsers.accessToken(app.http(), username);
        return new Person(web, accessToken, TestUsers.idOf(app.http(), accessToken));
    }

    static String event(Person owner, String name) {
        return TestEvents.oneDay(app.http(), owner.token(), name);
    }

    @Test
    void profile_password_and_deleting_the_account() {
        String base = app.app().baseUrl();
        Person pia = signUp("pia");
        assertThat(pia.web()
                        .post(base + "/account", form(pia.web(), "displayName", "Pia P.", "email", "pia.p@example.org"))
                        .status())
                .isEqualTo(303);
        assertThat(app.http()
                        .get("/users/me")
                        .bearer(pia.token())
                        .send()
                        .json()
                        .path("displayName")
                        .asText())
                .isEqualTo("Pia P.");
        assertThat(pia.web().get(base + "/").body()).contains("Pia P.");

        WebClient.Answer wrong = pia.web()
                .post(
                        base + "/account/password",
                        form(pia.web(), "currentPassword", "not my password", "newPassword", "a brand new secret"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("That is not your current password");
        assertThat(pia.web()
                        .post(
                                base + "/account/password",
                                form(pia.web(), "currentPassword", PASSWORD, "newPassword", "a brand new secret"))
                        .status())
                .isEqualTo(303);
        assertThat(app.http()
                        .post("/tokens", Map.of("login", "pia", "password", "a brand new secret"))
                        .send()
                        .status())
                .isEqualTo(200);

        assertThat(pia.web()
                        .post(base + "/account/delete", form(pia.web(), "confirm", "someone"))
                        .status())
                .isEqualTo(422);
        WebClient.Answer deleted = pia.web().post(base + "/account/delete", form(pia.web(), "confirm", "pia"));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(app.http()
                        .post("/tokens", Map.of("login", "pia", "password", "a brand new secret"))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(pia.web().get(base + "/").header("Location")).isEqualTo("/sign-in");
    }

    @Test
    void members_change_role_are_removed_and_leave() {
        String base = app.app().baseUrl();
        Person olga = signUp("olga");
        Person quim = signUp("quim");
        Person rosa = signUp("rosa");
        String id = event(olga, "Members fair");
        String members = base + "/e/" + id + "/members";
        olga.web().get(members);
        assertThat(olga.web()
                        .post(members, form(olga.web(), "username", "quim", "role", "VIEWER"))
                        .status())
                .isEqualTo(303);
        assertThat(olga.web()
                        .post(members, form(olga.web(), "username", "rosa", "role", "ORGANIZER"))
                        .status())
                .isEqualTo(303);
        WebClient.Answer twice = olga.web().post(members, form(olga.web(), "username", "rosa", "role", "ORGANIZER"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("already a member");

        assertThat(olga.web()
                        .post(members + "/" + quim.id() + "/role", form(olga.web(), "role", "ORGANIZER"))
                        .status())
                .isEqualTo(303);
        assertThat(roleOf(olga, id, quim.id())).isEqualTo("ORGANIZER");
        assertThat(olga.web()
                        .post(members + "/" + quim.id() + "/remove", form(olga.web()))
                        .status())
                .isEqualTo(303);
        assertThat(roleOf(olga, id, quim.id())).isNull();

        rosa.web().get(base + "/");
        assertThat(rosa.web()
                        .post(base + "/e/" + id + "/leave", form(rosa.web()))
                        .status())
                .isEqualTo(303);
        assertThat(roleOf(olga, id, rosa.id())).isNull();
        WebClient.Answer last = olga.web().post(base + "/e/" + id + "/leave", form(olga.web()));
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.body()).contains("An event always keeps an owner");
    }

    @Test
    void an_activity_moved_onto_another_shows_the_clash_and_a_stale_move_what_changed() {
        String base = app.app().baseUrl();
        Person sara = signUp("sara");
        String id = event(sara, "Moves fair");
        Http api = app.http();
        api.post(
                        "/events/" + id + "/activities",
                        Map.of(
                                "title",
                                "Opening",
                                "start",
                                "2027-07-01T10:00:00+02:00",
                                "end",
                                "2027-07-01T11:00:00+02:00",
                                "location",
                                "Main stage"))
                .bearer(sara.token())
                .send();
        String talk = api.post(
                        "/events/" + id + "/activities",
                        Map.of(
                                "title",
                                "Talk",
                                "start",
                                "2027-07-01T12:00:00+02:00",
                                "end",
                                "2027-07-01T13:00:00+02:00",
                                "location",
                                "Main stage"))
                .bearer(sara.token())
                .send()
                .json()
                .path("id")
                .asText();
        String path = base + "/e/" + id + "/timetable/" + talk;
        String page = sara.web().get(path).body();
        assertThat(value(page, "from")).isEqualTo("12:00");

        WebClient.Answer clash = sara.web()
                .post(
                        path,
                        form(
                                sara.web(),
                                "formKey",
                                value(page, "formKey"),
                                "version",
                                "1",
                                "day",
                                "2027-07-01",
                                "from",
                                "10:30",
                                "to",
                                "11:30",
                                "location",
                                "Main stage"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body())
                .contains("This clashes with")
                .contains("Opening")
                .contains("Keep both");

        api.patch("/events/" + id + "/activities/" + talk, Map.of("location", "Side stage"))
                .bearer(sara.token())
                .header("If-Match", "\"1\"")
                .send();
        WebClient.Answer stale = sara.web()
                .post(
                        path,
                        form(
                                sara.web(),
                                "formKey",
                                value(page, "formKey"),
                                "version",
                                "1",
                                "day",
                                "2027-07-01",
                                "from",
                                "14:00",
                                "to",
                                "15:00",
                                "location",
                                "Main stage"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("What changed meanwhile").contains("Side stage");
        WebClient.Answer redo = sara.web()
                .post(
                        path,
                        form(
                                sara.web(),
                                "formKey",
                                value(stale.body(), "formKey"),
                                "version",
                                value(stale.body(), "version"),
                                "day",
                                "2027-07-01",
                                "from",
                                "14:00",
                                "to",
                                "15:00",
                                "location",
                                "Main stage"));
        assertThat(redo.status()).isEqualTo(303);
        JsonNode moved = api.get("/events/" + id + "/activities/" + talk)
                .bearer(sara.token())
                .send()
                .json();
        assertThat(moved.path("start").asText()).startsWith("2027-07-01T14:00");

        String timetable = base + "/e/" + id + "/timetable";
        assertThat(sara.web()
                        .post(base + "/e/" + id + "/calendar-link", form(sara.web()))
                        .status())
                .isEqualTo(303);
        String shown = sara.web().get(timetable).body();
        Matcher link = Pattern.compile("id=\"calendar-url\" type=\"text\" readonly value=\"([^\"]+)\"")
                .matcher(shown);
        assertThat(link.find()).isTrue();
        String feed = link.group(1).replace("&amp;", "&");
        assertThat(new Http("").get(feed).send().text())
                .contains("BEGIN:VCALENDAR")
                .contains("Talk");
        assertThat(sara.web().get(timetable).body()).as("shown once").doesNotContain("id=\"calendar-url\"");
        assertThat(sara.web()
                        .post(base + "/e/" + id + "/calendar-link/revoke", form(sara.web()))
                        .status())
                .isEqualTo(303);
        assertThat(new Http("").get(feed).send().status()).isEqualTo(404);
    }

    @Test
    void my_events_come_in_pages_and_the_ledger_exports_download() {
        String base = app.app().baseUrl();
        Person tom = signUp("tom");
        String first = null;
        for (int i = 0; i < EventPages.PAGE_SIZE + 1; i++) {
            String id = event(tom, "Event " + i);
            first = first == null ? id : first;
        }
        String page1 = tom.web().get(base + "/").body();
        assertThat(page1).contains("href=\"/?page=2\"");
        assertThat(Pattern.compile("href=\"/e/[0-9a-f]{24}\"")
                        .matcher(page1)
                        .results()
                        .count())
                .isEqualTo(EventPages.PAGE_SIZE);
        String page2 = tom.web().get(base + "/?page=2").body();
        assertThat(Pattern.compile("href=\"/e/[0-9a-f]{24}\"")
                        .matcher(page2)
                        .results()
                        .count())
                .isEqualTo(1);

        app.http()
                .post(
                        "/events/" + first + "/ledger/entries",
                        Map.of("kind", "sale", "concept", "Tickets", "quantity", "3", "unitPrice", "8.00"))
                .bearer(tom.token())
                .send();
        WebClient.Answer csv = tom.web().get(base + "/e/" + first + "/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(csv.body()).contains("Tickets").contains("24.00");
    }

    @Test
    void an_owner_sets_weights_names_accounts_and_sees_former_members_on_the_members_page() {
        String base = app.app().baseUrl();
        Person salma = signUp("salma");
        Person teo = signUp("teo");
        String id = event(salma, "Weights fair");
        String members = base + "/e/" + id + "/members";
        salma.web().get(members);
        salma.web().post(members, form(salma.web(), "username", "teo", "role", "ORGANIZER"));

        WebClient.Answer weighted = salma.web()
                .post(
                        members + "/" + teo.id() + "/role",
                        form(
                                salma.web(),
                                "role",
                                "ORGANIZER",
                                "share",
                                "0.5",
                                "shareShown",
                                "1",
                                "stake",
                                "1",
                                "stakeShown",
                                "1"));
        assertThat(weighted.status()).isEqualTo(303);
        JsonNode teoNow = memberOf(salma, id, teo.id());
        assertThat(teoNow.path("share").asText()).isEqualTo("0.5");
        assertThat(teoNow.path("stake").asText()).isEqualTo("0.5"); // unchanged on the page: still follows

        WebClient.Answer bad = salma.web()
                .post(
                        members + "/" + teo.id() + "/role",
                        form(salma.web(), "role", "ORGANIZER", "share", "lots", "shareShown", "0.5"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("Write a weight such as 1 or 0.5.");

        assertThat(salma.web()
                        .post(base + "/e/" + id + "/accounts", form(salma.web(), "accountName", "Bank account"))
                        .status())
                .isEqualTo(303);
        WebClient.Answer clash =
                salma.web().post(base + "/e/" + id + "/accounts", form(salma.web(), "accountName", "bank ACCOUNT"));
        assertThat(clash.status()).isEqualTo(422);
        assertThat(clash.body()).contains("already has an account with that name");

        salma.web().post(members + "/" + teo.id() + "/remove", form(salma.web()));
        WebClient.Answer page = salma.web().get(members);
        assertThat(page.body()).contains("Former members").contains("id=\"former-members\"");
        assertThat(page.body().substring(page.body().indexOf("id=\"former-members\"")))
                .contains("teo");
        assertThat(page.body()).contains("Bank account").contains("Kitty");

        WebClient.Answer xlsx = salma.web().get(base + "/e/" + id + "/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.response().headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK"); // a zip, as every XLSX is
    }

    private static JsonNode memberOf(Person asker, String event, String userId) {
        return EventMembers.member(app.http(), asker.token(), event, userId);
    }

    private static String roleOf(Person asker, String event, String userId) {
        return EventMembers.currentMember(app.http(), asker.token(), event, userId)
                .map(m -> m.path("role").asText())
                .orElse(null);
    }

    private static String value(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" type=\"[a-z]+\" value=\"([^\"]*)\"|name=\"" + name
                        + "\" value=\"([^\"]*)\"")
                .matcher(page);
        assertThat(m.find()).as(name + " in the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
