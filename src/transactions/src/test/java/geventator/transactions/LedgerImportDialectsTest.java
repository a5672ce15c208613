package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files that organizers make themselves, in the dialects their spreadsheets write. */
class LedgerImportDialectsTest extends LedgerFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpResponse<String> upload(String query, String contentType, byte[] body) {
        return Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import" + query, ana.token(), contentType, body);
    }

    private static JsonNode json(HttpResponse<String> reply) throws Exception {
        return JSON.readTree(reply.body());
    }

    @Test
    void takes_semicolons_capitalized_headers_decimal_commas_and_declared_day_formats() throws Exception {
        String csv = "Kind;Concept;Quantity;UnitPrice;Date;Category\r\n"
                + "purchase;Drinks;2;12,50;01.06.2026;food\r\n"
                + "sale;Tickets;3;8,00;02.06.2026;tickets\r\n"
                + "\r\n\r\n";

        var reply = upload("?dateFormat=dd.MM.yyyy", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(json(reply).path("written").asInt()).isEqualTo(2);
        var balance = get(ana, "/balance").json();
        assertThat(balance.path("out").asText()).isEqualTo("25.00");
        assertThat(balance.path("in").asText()).isEqualTo("24.00");
        assertThat(get(ana, "/entries?from=2026-06-01&to=2026-06-01")
                        .json()
                        .path("items")
                        .get(0)
                        .path("concept")
                        .asText())
                .isEqualTo("Drinks");
    }

    @Test
    void refuses_numbers_written_with_both_decimal_marks_unless_one_is_declared() throws Exception {
        String csv = "kind,concept,quantity,unitPrice\r\npurchase,Drinks,1.5,\"12,50\"\r\n";

        var reply = upload("?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(json(reply).path("errors").findValuesAsText("field")).containsExactly("decimal");
    }

    @Test
    void names_the_line_of_bytes_that_are_not_utf8_and_honours_a_declared_charset() throws Exception {
        byte[] latin1 = "kind,concept,unitPrice\r\npurchase,Tea,2.00\r\npurchase,Café,3.00\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        var refused = upload("", "text/csv", latin1);
        var declared = upload("", "text/csv; charset=ISO-8859-1", latin1);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("errors").get(0).path("reason").asText()).startsWith("line 3 is not UTF-8");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        assertThat(concepts(get(ana, "/entries").json())).contains("Café");
    }

    @Test
    void takes_utf8_with_a_byte_order_mark() throws Exception {
        var reply = upload(
                "",
                "text/csv",
                "\uFEFFkind,concept,unitPrice\r\npurchase,Ñandú,3.00\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(concepts(get(ana, "/entries").json())).containsExactly("Ñandú");
    }

    @Test
    void re_importing_an_export_recognises_its_entries_and_never_brings_a_voided_one_back() throws Exception {
        post(ana, purchase("Ice", "1", "3.00"));
        String wrong =
                post(ana, purchase("Wrong", "1", "9.00")).json().path("id").asText();
        http.post(base() + "/entries/" + wrong + "/void", Map.of("reason", "typo"))
                .bearer(ana.token())
                .send();
        byte[] export = Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.csv", ana.token());
        // a spreadsheet writes booleans in capitals
        byte[] resaved = new String(export, StandardCharsets.UTF_8)
                .replace(",true,", ",TRUE,")
                .replace(",false,", ",FALSE,")
                .getBytes(StandardCharsets.UTF_8);

        var again = upload("", "text/csv", resaved);
        var elsewhere = Spreadsheets.upload(
                running.app().baseUrl() + "/events/" + Organizers.event(http, ana) + "/ledger/import?dryRun=true",
                ana.token(),
                "text/csv",
                resaved);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again).path("written").asInt()).isZero();
        assertThat(json(again).path("alreadyImported").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
        assertThat(json(elsewhere).path("errors").findValuesAsText("field")).containsExactly("voided");
    }

    @Test
    void exports_the_european_dialect_on_request_and_reads_it_back_with_the_same_parameters() throws Exception {
        post(ana, purchase("Drinks", "2", "12.50"));
        post(ana, Organizers.entry("sale", "Tickets", "3", "8.00"));
        var balance = get(ana, "/balance").json();
        String dialect = "?separator=semicolon&decimal=comma&dateFormat=dd.MM.yyyy";
        byte[] european =
                Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.csv" + dialect, ana.token());
        byte[] plain = Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.csv", ana.token());
        String text = new String(european, StandardCharsets.UTF_8);
        var rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text.substring(1)))
                .getRecords();
        String other = Organizers.event(http, ana);

        var back = Spreadsheets.upload(
                running.app().baseUrl() + "/events/" + other + "/ledger/import" + dialect,
                ana.token(),
                "text/csv",
                european);

        assertThat(text).as("a BOM, so that Excel reads UTF-8 too").startsWith("\uFEFFid;date;kind;");
        assertThat(rows).extracting(r -> r.get("unitPrice")).containsExactlyInAnyOrder("12,50", "8,00");
        assertThat(rows).extracting(r -> r.get("signedAmount")).containsExactlyInAnyOrder("-25,00", "24,00");
        assertThat(rows).extracting(r -> r.get("date")).containsOnly("02.06.2026");
        assertThat(new String(plain, StandardCharsets.UTF_8))
                .as("the default stays RFC 4180 with decimal points and ISO days")
                .startsWith("id,date,kind,")
                .contains(",2026-06-02,", ",12.50,", ",-25.00,");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        var moved = http.get("/events/" + other + "/ledger/balance")
                .bearer(ana.token())
                .send()
                .json();
        assertThat(moved.path("in").asText()).isEqualTo(balance.path("in").asText());
        assertThat(moved.path("out").asText()).isEqualTo(balance.path("out").asText());
    }

    @Test
    void refuses_an_export_dialect_that_would_not_read_back() {
        var commaComma = get(ana, "/export.csv?separator=comma&decimal=comma");
        var timeOfDay = get(ana, "/export.csv?dateFormat=HH:mm");
        var noYear = get(ana, "/export.csv?dateFormat=dd.MM");
        var commaAlone = get(ana, "/export.csv?decimal=comma");

        assertThat(commaComma.status()).isEqualTo(400);
        assertThat(commaComma.json().path("errors").findValuesAsText("field")).containsExactly("separator");
        assertThat(timeOfDay.status()).isEqualTo(400);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().path("errors").findValuesAsText("field")).containsExactly("dateFormat");
        assertThat(commaAlone.status()).isEqualTo(200);
        assertThat(commaAlone.text()).as("a decimal comma implies semicolons").startsWith("\uFEFFid;date;");
    }
}
