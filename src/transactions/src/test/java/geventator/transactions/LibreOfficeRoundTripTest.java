package geventator.transactions;

import static geventator.transactions.Organizers.entry;
import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The XLSX export opened by real LibreOffice (headless) under an English and a German locale: the sums it
 * computes from the Entries sheet equal the ledger's balance, and the files it saves back (CSV and XLSX)
 * import in a dry run with nothing new. The semicolon CSV opened by a German LibreOffice: numbers are numbers
 * and days are dates, summing to the balance. In CI (CI=true) soffice must be there; elsewhere the test is skipped, saying so, when it is absent.
 */
class LibreOfficeRoundTripTest extends LedgerFixture {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-US, 44, 1033, .", "de-DE, 59, 1031, ','"})
    void libreoffice_sums_the_export_to_the_balance_and_its_resaved_file_passes_a_dry_run(
            String locale, int separator, int language, char decimal) throws Exception {
        String soffice = soffice();
        post(ana, entry("sale", "Tickets", "25", "8.00"));
        post(luis, purchase("Drinks", "30", "3.00"));
        post(luis, entry("sponsorship", "Bakery", "1", "100.00"));
        post(ana, purchase("Sound", "1", "150.25"));
        String wrong =
                post(ana, purchase("Wrong", "1", "99.99")).json().path("id").asText();
        http.post(base() + "/entries/" + wrong + "/void", Map.of("reason", "twice"))
                .bearer(ana.token())
                .send();
        var balance = get(ana, "/balance").json();
        Path xlsx = work.resolve("ledger.xlsx");
        Files.write(xlsx, Spreadsheets.download(http, running.app().baseUrl() + base() + "/export.xlsx", ana.token()));

        Path out = Files.createDirectories(work.resolve("out-" + locale));
        convert(soffice, locale, xlsx, out, separator + ",34,76,1,," + language + ",false,true,true,false,false,-1");
        List<CSVRecord> sheet = read(out.resolve("ledger-Balance.csv"), (char) separator);
        List<CSVRecord> entries = read(out.resolve("ledger-Entries.csv"), (char) separator);

        assertThat(number(row(sheet, "in"), decimal))
                .isEqualByComparingTo(balance.path("in").asText());
        assertThat(number(row(sheet, "out"), decimal))
                .isEqualByComparingTo(balance.path("out").asText());
        assertThat(number(row(sheet, "net from the Entries sheet"), decimal))
                .as("LibreOffice's SUM over the Entries sheet")
                .isEqualByComparingTo(balance.path("net").asText());
        assertThat(entries.get(1).get(1)).as("a day where the event happens").isEqualTo("2026-06-02");

        byte[] resaved = Files.readAllBytes(out.resolve("ledger-Entries.csv"));
        var dryRun = Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import?dryRun=true", ana.token(), "text/csv", resaved);
        var report = new ObjectMapper().readTree(dryRun.body());

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(report.path("errors").size()).as(dryRun.body()).isZero();
        assertThat(report.path("alreadyImported").asInt()).isEqualTo(5);
        assertThat(count()).isEqualTo(5);

        Path resavedXlsx = Files.createDirectories(work.resolve("xlsx-" + locale));
        convert(soffice, locale, xlsx, resavedXlsx, List.of("--convert-to", "xlsx:Calc MS Excel 2007 XML"));
        var workbookDryRun = Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import?dryRun=true",
                ana.token(),
                LedgerXlsxImportTest.XLSX,
                Files.readAllBytes(resavedXlsx.resolve("ledger.xlsx")));
        var workbookReport = new ObjectMapper().readTree(workbookDryRun.body());

        assertThat(workbookDryRun.statusCode()).as(workbookDryRun.body()).isEqualTo(200);
        assertThat(workbookReport.path("errors").size())
                .as(workbookDryRun.body())
                .isZero();
        assertThat(workbookReport.path("rows").asInt()).isEqualTo(5);
        assertThat(workbookReport.path("alreadyImported").asInt()).isEqualTo(5);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void a_german_libreoffice_opens_the_semicolon_csv_with_numbers_as_numbers_and_days_as_dates() throws Exception {
        String soffice = soffice();
        post(ana, entry("sale", "Tickets", "25", "8.00"));
        post(luis, purchase("Drinks", "30", "3.00"));
        post(ana, purchase("Sound", "1", "150.25"));
        String wrong =
                post(ana, purchase("Wrong", "1", "99.99")).json().path("id").asText();
        http.post(base() + "/entries/" + wrong + "/void", Map.of("reason", "twice"))
                .bearer(ana.token())
                .send();
        var balance = get(ana, "/balance").json();
        Path csv = work.resolve("ledger.csv");
        Files.write(
                csv,
                Spreadsheets.download(
                        http,
                        running.app().baseUrl() + base() + "/export.csv?separator=semicolon&decimal=comma",
                        ana.token()));

        // What opening the file in a German Calc does: semicolons, UTF-8, German number reading, and no
        // "detect special numbers" (off unless the user ticks it), under which only ISO days become dates.
        Path out = Files.createDirectories(work.resolve("csv-de-DE"));
        convert(
                soffice,
                "de-DE",
                csv,
                out,
                List.of("--infilter=CSV:59,34,76,1,,1031,false,false", "--convert-to", "xlsx:Calc MS Excel 2007 XML"));
        Path opened = out.resolve("ledger.xlsx");
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out_ = BigDecimal.ZERO;
        List<org.dhatim.fastexcel.reader.Row> rows;
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(opened.toFile())) {
            rows = workbook.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
            for (var row : rows.subList(1, rows.size())) {
                var signed = row.getCell(header.indexOf("signedAmount"));
                var day = row.getCell(header.indexOf("date"));
                assertThat(signed.getType()).as("signedAmount in " + row).isEqualTo(CellType.NUMBER);
                assertThat(day.getType()).as("date in " + row).isEqualTo(CellType.NUMBER);
                assertThat(day.asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 2));
                if (row.getCellText(header.indexOf("voided")).equalsIgnoreCase("true")) {
                    continue;
                }
                BigDecimal amount = signed.asNumber();
                if (amount.signum() > 0) {
                    in = in.add(amount);
                } else {
                    out_ = out_.add(amount.negate());
                }
            }
        }
        var dryRun = Spreadsheets.upload(
                running.app().baseUrl() + base() + "/import?dryRun=true",
                ana.token(),
                LedgerXlsxImportTest.XLSX,
                Files.readAllBytes(opened));
        var report = new ObjectMapper().readTree(dryRun.body());

        assertThat(rows).hasSize(5);
        assertThat(in).isEqualByComparingTo(balance.path("in").asText());
        assertThat(out_).isEqualByComparingTo(balance.path("out").asText());
        assertThat(in.subtract(out_)).isEqualByComparingTo(balance.path("net").asText());
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(report.path("errors").size()).as(dryRun.body()).isZero();
        assertThat(report.path("alreadyImported").asInt()).isEqualTo(4);
        assertThat(count()).isEqualTo(4);
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("soffice is not installed; CI installs libreoffice-calc-nogui in .ci/run");
        }
        Assumptions.abort("soffice is not installed (apt-get install libreoffice-calc-nogui); skipped outside CI");
        return null;
    }

    /** Opens the workbook with LibreOffice in {@code locale} and saves every sheet as CSV in that locale. */
    private void convert(String soffice, String locale, Path xlsx, Path out, String options) throws Exception {
        convert(soffice, locale, xlsx, out, List.of("--convert-to", "csv:Text - txt - csv (StarCalc):" + options));
    }

    /** Opens {@code file} with LibreOffice in {@code locale} and saves it as {@code how} says, into {@code out}. */
    private void convert(String soffice, String locale, Path file, Path out, List<String> how) throws Exception {
        Path profile = work.resolve("profile-" + locale);
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(
                user.resolve("registrymodifications.xcu"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
                        + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                        + "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\""
                        + " oor:op=\"fuse\"><value>" + locale + "</value></prop></item>\n"
                        + "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooLocale\""
                        + " oor:op=\"fuse\"><value>" + locale + "</value></prop></item>\n"
                        + "</oor:items>\n");
        List<String> command = new ArrayList<>(
                List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
        command.addAll(how);
        command.addAll(List.of("--outdir", out.toString(), file.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice-" + locale + ".log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("soffice did not finish converting within 5 minutes");
        }
        assertThat(process.exitValue())
                .as(Files.readString(work.resolve("soffice-" + locale + ".log")))
                .isZero();
    }

    private static List<CSVRecord> read(Path csv, char separator) throws IOException {
        assertThat(csv).as("LibreOffice wrote " + csv.getFileName()).exists();
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .get()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
                .getRecords();
    }

    private static CSVRecord row(List<CSVRecord> sheet, String label) {
        return sheet.stream()
                .filter(r -> r.get(0).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + sheet));
    }

    /** The value LibreOffice shows, in its locale's decimal mark. */
    private static BigDecimal number(CSVRecord row, char decimal) {
        String shown = row.get(1);
        assertThat(shown).as("shown with the locale's decimal mark").contains(String.valueOf(decimal));
        return new BigDecimal(decimal == ',' ? shown.replace(".", "").replace(',', '.') : shown.replace(",", ""));
    }
}
