package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** XLSX workbooks sent to the import: our own export, and sheets organizers make themselves. */
class LedgerXlsxImportTest extends LedgerFixture {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpResponse<String> upload(String query, String contentType, byte[] body) {
        return Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import" + query, ana.token(), contentType, body);
    }

    private static JsonNode json(HttpResponse<String> reply) throws IOException {
        return JSON.readTree(reply.body());
    }

    /** A workbook of one sheet, written by fastexcel as a spreadsheet program would save it. */
    static byte[] workbook(Consumer<Worksheet> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Calc", "1.0");
        rows.accept(workbook.newWorksheet("Sheet1"));
        workbook.finish();
        return bytes.toByteArray();
    }

    @Test
    void our_own_export_imports_back_with_nothing_new_to_write_and_its_voided_row_never_comes_back_live()
            throws Exception {
        post(ana, entry("sale", "Tickets", "25", "8.00"));
        post(luis, purchase("Drinks", "30", "3.00"));
        String wrong =
                post(ana, purchase("Wrong", "1", "99.99")).json().path("id").asText();
        http.post(base() + "/entries/" + wrong + "/void", Map.of("reason", "twice"))
                .bearer(ana.token())
                .send();
        var balance = get(ana, "/balance").json();
        byte[] export = Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.xlsx", ana.token());

        var dryRun = upload("?dryRun=true", XLSX, export);
        var again = upload("", XLSX, export);
        String otherEvent = Organizers.event(http, ana);
        Organizers.addMember(http, otherEvent, ana, luis, "ORGANIZER");
        var elsewhere = Spreadsheets.upload(
                running.app().baseUrl() + "/events/" + otherEvent + "/ledger/import?dryRun=true",
                ana.token(),
                XLSX,
                export);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(json(dryRun).path("errors").size()).as(dryRun.body()).isZero();
        assertThat(json(dryRun).path("rows").asInt()).isEqualTo(3);
        assertThat(json(dryRun).path("alreadyImported").asInt()).isEqualTo(3);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again).path("written").asInt()).isZero();
        assertThat(count()).isEqualTo(3);
        assertThat(get(ana, "/balance").json()).isEqualTo(balance);
        assertThat(json(elsewhere).path("errors").findValuesAsText("field")).containsExactly("voided");
        assertThat(json(elsewhere).path("errors").get(0).path("line").asInt())
                .as("the voided entry's row in the Entries sheet: the export is newest first")
                .isEqualTo(2);
    }

    @Test
    void our_export_imported_into_another_event_writes_its_live_rows_with_the_same_days_and_amounts() throws Exception {
        post(ana, entry("sale", "Tickets", "25", "8.00"));
        post(luis, purchase("Sound", "1", "150.25"));
        var balance = get(ana, "/balance").json();
        byte[] export = Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.xlsx", ana.token());
        String before = eventId;
        event();

        var reply = upload("", XLSX, export);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(json(reply).path("written").asInt()).isEqualTo(2);
        assertThat(eventId).isNotEqualTo(before);
        var moved = get(ana, "/balance").json();
        assertThat(moved.path("in").asText()).isEqualTo(balance.path("in").asText());
        assertThat(moved.path("out").asText()).isEqualTo(balance.path("out").asText());
        assertThat(get(ana, "/entries?from=2026-06-02&to=2026-06-02")
                        .json()
                        .path("items")
                        .size())
                .as("both entries keep the day the export gave them")
                .isEqualTo(2);
    }

    @Test
    void takes_a_sheet_organizers_made_with_capitalized_headers_typed_cells_and_text_in_the_declared_formats()
            throws Exception {
        byte[] sheet = workbook(s -> {
            String[] header = {"Kind", "CONCEPT", "Quantity", "UnitPrice", "Date", "Category", "Voided"};
            for (int c = 0; c < header.length; c++) {
                s.value(0, c, header[c]);
            }
            // numbers as numbers, a real date cell, a boolean cell
            s.value(1, 0, "purchase");
            s.value(1, 1, "Drinks");
            s.value(1, 2, 2);
            s.value(1, 3, new BigDecimal("12.50"));
            s.value(1, 4, LocalDate.of(2026, 6, 1));
            s.style(1, 4).format("dd.mm.yyyy").set();
            s.value(1, 5, "food");
            s.value(1, 6, false);
            // numbers and the day as text, the way a German sheet types them
            s.value(2, 0, "sale");
            s.value(2, 1, "Tickets");
            s.value(2, 2, "3");
            s.value(2, 3, "8,00");
            s.value(2, 4, "02.06.2026");
            s.value(2, 5, "tickets");
            s.value(2, 6, "FALSE");
        });

        var reply = upload("?dateFormat=dd.MM.yyyy", XLSX, sheet);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(json(reply).path("written").asInt()).isEqualTo(2);
        var balance = get(ana, "/balance").json();
        assertThat(balance.path("out").asText()).isEqualTo("25.00");
        assertThat(balance.path("in").asText()).isEqualTo("24.00");
        assertThat(concepts(get(ana, "/entries?from=2026-06-01&to=2026-06-01").json()))
                .containsExactly("Drinks");
        assertThat(concepts(get(ana, "/entries?from=2026-06-02&to=2026-06-02").json()))
                .containsExactly("Tickets");
    }

    @Test
    void reports_a_bad_cell_with_its_row_and_writes_nothing() throws Exception {
        byte[] sheet = workbook(s -> {
            s.value(0, 0, "kind");
            s.value(0, 1, "concept");
            s.value(0, 2, "unitPrice");
            s.value(1, 0, "purchase");
            s.value(1, 1, "Tea");
            s.value(1, 2, 2);
            s.value(2, 0, "purchase");
            s.value(2, 1, "Cake");
            s.value(2, 2, "two euros");
        });

        var dryRun = upload("?dryRun=true", XLSX, sheet);
        var real = upload("", XLSX, sheet);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(json(dryRun).path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(json(dryRun).path("errors").get(0).path("field").asText()).isEqualTo("unitPrice");
        assertThat(real.statusCode()).as(real.body()).isEqualTo(422);
        assertThat(json(real).path("errors").findValuesAsText("field")).containsExactly("line 3: unitPrice");
        assertThat(count()).isZero();
    }

    @Test
    void an_error_cell_is_a_400_naming_its_row_and_column() throws Exception {
        byte[] sheet = withErrorCell(workbook(s -> {
            s.value(0, 0, "kind");
            s.value(0, 1, "concept");
            s.value(0, 2, "unitPrice");
            s.value(1, 0, "purchase");
            s.value(1, 1, "Tea");
            s.value(1, 2, 2);
            s.value(2, 0, "purchase");
            s.value(2, 1, "Cake");
            s.value(2, 2, 777);
        }));

        var reply = upload("?dryRun=true", XLSX, sheet);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        assertThat(json(reply).path("errors").get(0).path("field").asText()).isEqualTo("row 3: unitPrice");
        assertThat(json(reply).path("errors").get(0).path("reason").asText()).contains("C3", "#DIV/0!");
        assertThat(count()).isZero();
    }

    @Test
    void knows_a_workbook_by_its_zip_signature_and_refuses_one_that_is_not() throws Exception {
        byte[] sheet = workbook(s -> {
            s.value(0, 0, "kind");
            s.value(0, 1, "concept");
            s.value(0, 2, "unitPrice");
            s.value(1, 0, "purchase");
            s.value(1, 1, "Tea");
            s.value(1, 2, 2);
        });

        var octets = upload("?dryRun=true", "application/octet-stream", sheet);
        var labelledCsv = upload("?dryRun=true", "text/csv", sheet);
        var notOne = upload("?dryRun=true", XLSX, "kind,concept,unitPrice\r\n".getBytes(StandardCharsets.UTF_8));
        var truncated = upload("?dryRun=true", XLSX, java.util.Arrays.copyOf(sheet, sheet.length / 2));
        var json = upload("?dryRun=true", "application/json", sheet);
        var tinyOctets = upload("?dryRun=true", "application/octet-stream", "{}".getBytes(StandardCharsets.UTF_8));
        var tinyCsv = upload("?dryRun=true", "text/csv", "k".getBytes(StandardCharsets.UTF_8));

        assertThat(octets.statusCode()).as(octets.body()).isEqualTo(200);
        assertThat(json(octets).path("rows").asInt()).isEqualTo(1);
        assertThat(labelledCsv.statusCode()).as(labelledCsv.body()).isEqualTo(200);
        assertThat(notOne.statusCode()).isEqualTo(400);
        assertThat(json(notOne).path("detail").asText()).contains("not an XLSX workbook");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).doesNotContain("Exception", "org.", "dhatim");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(tinyOctets.statusCode()).as("shorter than a zip signature").isEqualTo(415);
        assertThat(tinyCsv.statusCode()).as(tinyCsv.body()).isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void refuses_a_workbook_that_unpacks_to_far_more_than_it_weighs() throws Exception {
        byte[] small = workbook(s -> {
            s.value(0, 0, "kind");
            s.value(0, 1, "concept");
            s.value(0, 2, "unitPrice");
            s.value(1, 0, "purchase");
            s.value(1, 1, "Tea");
            s.value(1, 2, 2);
        });
        Path file = Files.createTempFile("bomb", ".xlsx");
        byte[] bomb;
        try {
            Files.write(file, small);
            try (FileSystem zip = FileSystems.newFileSystem(file)) {
                Files.write(zip.getPath("xl/padding.xml"), new byte[40 * 1024 * 1024]);
            }
            bomb = Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }

        var reply = upload("?dryRun=true", XLSX, bomb);

        assertThat(bomb.length).as("under the 1 MiB body limit").isLessThan(1024 * 1024);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(json(reply).path("detail").asText()).contains("unpacks to more than 32 MiB");
        assertThat(count()).isZero();
    }

    /** The workbook with cell C3 turned into the error a spreadsheet saves for a division by zero. */
    private static byte[] withErrorCell(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("error-cell", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (FileSystem zip = FileSystems.newFileSystem(file)) {
                Path sheet = zip.getPath("xl/worksheets/sheet1.xml");
                String xml = Files.readString(sheet);
                String patched = xml.replaceFirst("<c r=\"C3\"[^>]*>.*?</c>", "<c r=\"C3\" t=\"e\"><v>#DIV/0!</v></c>");
                assertThat(patched).as(xml).isNotEqualTo(xml);
                Files.writeString(sheet, patched);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }
}
