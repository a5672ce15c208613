package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.transactions.Organizers.Person;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LedgerCsvTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.role("all");

    static Http http;
    static Person ana;
    String eventId;

    @BeforeAll
    static void start() {
        http = running.http();
        ana = Organizers.register(http, "Ana");
    }

    @BeforeEach
    void event() {
        eventId = Organizers.event(http, ana);
    }

    @Test
    void exports_rfc_4180_csv_that_reads_back_with_plain_decimals() throws Exception {
        Map<String, Object> tricky = purchase("Chairs, \"folding\"\nblue", "3", "12.50");
        tricky.put("note", "ñandú €");
        http.post(base() + "/entries", tricky).bearer(ana.token()).send();

        var export = http.get(base() + "/export.csv").bearer(ana.token()).send();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.text()))
                .getRecords();

        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.text()).contains("\r\n");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("concept")).isEqualTo("Chairs, \"folding\"\nblue");
        assertThat(rows.get(0).get("amount")).isEqualTo("37.50");
        assertThat(rows.get(0).get("signedAmount")).isEqualTo("-37.50");
        assertThat(rows.get(0).get("note")).isEqualTo("ñandú €");
        assertThat(http.get(base() + "/export.json")
                        .bearer(ana.token())
                        .send()
                        .json()
                        .path("entries"))
                .hasSize(1);
    }

    @Test
    void exports_text_that_a_spreadsheet_would_run_as_a_formula_as_inert_text() throws Exception {
        http.post(base() + "/entries", purchase("=HYPERLINK(\"http://evil\")", "1", "1.00"))
                .bearer(ana.token())
                .send();

        var export = http.get(base() + "/export.csv").bearer(ana.token()).send();
        CSVRecord row = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.text()))
                .getRecords()
                .get(0);

        assertThat(row.get("concept")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(row.get("signedAmount")).isEqualTo("-1.00");
    }

    @Test
    void a_dry_run_reports_every_bad_row_and_writes_nothing() throws Exception {
        String csv = "kind,concept,quantity,unitPrice,category\r\n"
                + "purchase,Cups,10,0.50,food\r\n"
                + "purchase,,1,2.00,food\r\n"
                + "gift,Cake,1,2.001,food\r\n"
                + "sale,Tickets,20,5.00,tickets\r\n";

        var dryRun = importCsv(csv, true);
        var real = importCsv(csv, false);

        assertThat(dryRun.statusCode()).isEqualTo(200);
        JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dryRun.body());
        assertThat(report.path("errors"))
                .extracting(e -> e.path("line").asInt() + ":" + e.path("field").asText())
                .containsExactlyInAnyOrder("3:concept", "4:kind", "4:unitPrice");
        assertThat(real.statusCode()).isEqualTo(422);
        assertThat(entries()).isZero();
    }

    @Test
    void imports_valid_rows_once_even_when_sent_again() throws Exception {
        String csv = "kind,concept,quantity,unitPrice,category,date\r\n"
                + "purchase,Cups,10,0.50,food,2026-06-01\r\n"
                + "sale,Tickets,20,5.00,tickets,2026-06-02\r\n";

        var dryRun = importCsv(csv, true);
        var first = importCsv(csv, false);
        var again = importCsv(csv, false);

        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).contains("\"written\":0", "\"alreadyImported\":2");
        assertThat(entries()).isEqualTo(2);
        assertThat(http.get(base() + "/balance")
                        .bearer(ana.token())
                        .send()
                        .json()
                        .path("net")
                        .asText())
                .isEqualTo("95.00");
    }

    HttpResponse<String> importCsv(String csv, boolean dryRun) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        running.app().baseUrl() + base() + "/import" + (dryRun ? "?dryRun=true" : "")))
                                .header("Authorization", "Bearer " + ana.token())
                                .header("Content-Type", "text/csv; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    int entries() {
        return http.get(base() + "/entries?includeVoided=true")
                .bearer(ana.token())
                .send()
                .json()
                .path("items")
                .size();
    }

    String base() {
        return "/events/" + eventId + "/ledger";
    }
}
