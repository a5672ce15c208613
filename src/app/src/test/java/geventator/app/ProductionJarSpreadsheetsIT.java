package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestEvents;
import geventator.testkit.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet round trip on the production jar, which the image ships and which leaves parts of its
 * libraries out (all of commons-compress but its zip reading, aalto's XML writer): an XLSX export imports
 * back into another event, so whatever the workbook reader needs is in that jar.
 */
class ProductionJarSpreadsheetsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static RoleProcess app;
    static Http api;
    static String ana;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.production.jar", "../../target/geventator-production.jar"));
        app = RoleProcess.of(jar, "all")
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", TestDatabase.freshPrefix())
                .start();
        api = app.http();
        ana = TestUsers.signUp(api, "ana", "Ana");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void an_xlsx_export_imports_back_into_another_event_from_the_production_jar() throws Exception {
        String from = event();
        for (var entry : new Map[] {
            Map.of("kind", "sale", "concept", "Tickets", "quantity", "25", "unitPrice", "8.00", "date", "2027-07-01"),
            Map.of("kind", "purchase", "concept", "Sound", "quantity", "1", "unitPrice", "150.25", "date", "2027-07-01")
        }) {
            var posted = api.post("/events/" + from + "/ledger/entries", entry)
                    .bearer(ana)
                    .send();
            assertThat(posted.status()).as(posted + "\n" + app.output()).isEqualTo(201);
        }
        HttpResponse<byte[]> export = CLIENT.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/events/" + from + "/ledger/export.xlsx"))
                        .header("Authorization", "Bearer " + ana)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String to = event();

        HttpResponse<String> imported = CLIENT.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/events/" + to + "/ledger/import"))
                        .header("Authorization", "Bearer " + ana)
                        .header("Content-Type", XLSX)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(export.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode report = new ObjectMapper().readTree(imported.body());
        JsonNode balance =
                api.get("/events/" + to + "/ledger/balance").bearer(ana).send().json();

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(imported.statusCode())
                .as(imported.body() + "\n" + app.output())
                .isEqualTo(201);
        assertThat(report.path("written").asInt()).isEqualTo(2);
        assertThat(balance.path("in").asText()).isEqualTo("200.00");
        assertThat(balance.path("out").asText()).isEqualTo("150.25");
    }

    static String event() {
        return TestEvents.streetFestival(api, ana, app::output);
    }
}
