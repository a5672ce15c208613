package geventator.transactions.web;

import static geventator.transactions.web.LedgerParameters.BASE;
import static geventator.transactions.web.LedgerParameters.eventId;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.transactions.ledger.Exporting;
import geventator.transactions.ledger.ImportFile;
import geventator.transactions.ledger.Importing;
import geventator.transactions.web.FileBodies.Export;
import geventator.transactions.web.FileBodies.ExportedEntry;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The whole ledger as a file: exported as CSV, XLSX or JSON, imported from CSV or XLSX. */
public final class FileRoutes {

    private final Exporting exporting;
    private final Importing importing;
    private final Clock clock;

    public FileRoutes(Exporting exporting, Importing importing, Clock clock) {
        this.exporting = exporting;
        this.importing = importing;
        this.clock = clock;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE + "/export.csv", this::exportCsv);
        routes.get(BASE + "/export.json", this::exportJson);
        routes.get(BASE + "/export.xlsx", this::exportXlsx);
        routes.post(BASE + "/import", this::importFile);
    }

    private void exportCsv(Context ctx) {
        var eventId = eventId(ctx);
        var export = exporting.everything(eventId, Requests.caller(ctx));
        CsvDialect dialect = CsvDialect.forExport(ctx);
        String text = LedgerCsv.export(export, dialect);
        ctx.header("Content-Disposition", "attachment; filename=\"ledger-" + eventId + ".csv\"")
                .contentType("text/csv; charset=utf-8")
                .result(((dialect.wantsByteOrderMark() ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
    }

    private void exportXlsx(Context ctx) {
        var eventId = eventId(ctx);
        byte[] workbook = LedgerXlsx.export(exporting.everything(eventId, Requests.caller(ctx)));
        ctx.header("Content-Disposition", "attachment; filename=\"ledger-" + eventId + ".xlsx\"")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .result(workbook);
    }

    private void exportJson(Context ctx) {
        var caller = Requests.caller(ctx);
        var export = exporting.everything(eventId(ctx), caller);
        ctx.json(new Export(
                export.eventId().value(),
                export.currency(),
                clock.instant(),
                export.entries().stream().map(ExportedEntry::of).toList()));
    }

    /**
     * The body as the ledger reads it: an XLSX workbook when it says so or is one (a zip archive), else CSV;
     * the same query parameters declare the decimal mark and day format of cells written as text.
     */
    private static ImportFile upload(Context ctx) {
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] body = ctx.bodyAsBytes();
        boolean workbook = type.equals(LedgerXlsxFile.MEDIA_TYPE)
                || (LedgerXlsxFile.looksLikeOne(body)
                        && (type.equals("text/csv") || type.equals("application/octet-stream")));
        if (!workbook && !type.equals("text/csv")) {
            throw new Problem(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the ledger as text/csv or as an XLSX workbook (" + LedgerXlsxFile.MEDIA_TYPE + ")",
                    List.of());
        }
        if (workbook) {
            return LedgerXlsxFile.file(body, CsvDialect.of(ctx, ""));
        }
        String text = CsvDialect.text(ctx);
        return LedgerCsv.file(text, CsvDialect.of(ctx, text));
    }

    private void importFile(Context ctx) {
        var report = importing.importFile(
                eventId(ctx),
                Requests.caller(ctx),
                upload(ctx),
                "true".equals(ctx.queryParam("dryRun")),
                LedgerParameters.idempotencyKey(ctx));
        ctx.status(report.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).json(report);
    }
}
