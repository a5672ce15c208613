package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Importing a CSV (upload, the dry run's problems as a table, then confirm) and the exports. The uploaded
 * file waits in the web module's database between the dry run and the confirmation, for this session only;
 * its id is the import's Idempotency-Key, so confirming twice writes once.
 */
final class ImportPages {

    static final int MAX_UPLOAD = 1024 * 1024;

    private final Web web;

    ImportPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/e/{eventId}/import", web.page(x -> show(x, 200, null, null, null)));
        routes.post("/e/{eventId}/import", web.page(this::dryRun));
        routes.post("/e/{eventId}/import/confirm", web.page(this::confirm));
        routes.get("/e/{eventId}/export.csv", web.page(x -> export(x, "export.csv", "text/csv; charset=utf-8", "csv")));
        routes.get("/e/{eventId}/export.json", web.page(x -> export(x, "export.json", "application/json", "json")));
        routes.get(
                "/e/{eventId}/export.xlsx",
                web.page(x -> export(
                        x,
                        "export.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "xlsx")));
    }

    private void show(Exchange x, int status, Form form, JsonNode report, String uploadId) {
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + x.path("eventId"));
        x.render(
                status,
                "import",
                model(
                        "event",
                        event,
                        "form",
                        form == null ? Form.empty() : form,
                        "report",
                        report,
                        "uploadId",
                        uploadId));
    }

    private void dryRun(Exchange x) throws IOException {
        String id = x.path("eventId");
        UploadedFile file = x.ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            show(x, 422, Form.empty().error("file", x.page.t("import.noFile")), null, null);
            return;
        }
        if (file.size() > MAX_UPLOAD) {
            show(x, 413, Form.empty().error("file", x.page.t("import.tooLarge")), null, null);
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        RoleApis.Reply report = x.call(
                RoleApis.TRANSACTION,
                "POST",
                "/events/" + id + "/ledger/import?dryRun=true",
                content,
                mediaType(content),
                Map.of());
        if (!report.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), report, x.page), report.json(), null);
            return;
        }
        boolean clean = report.json().path("errors").isEmpty();
        String uploadId =
                clean ? web.sessions.keepUpload(x.session.id(), file.filename(), content, web.clock.instant()) : null;
        show(x, clean ? 200 : 422, Form.empty(), report.json(), uploadId);
    }

    private void confirm(Exchange x) {
        String id = x.path("eventId");
        String uploadId = x.form("uploadId");
        byte[] content = web.sessions.upload(uploadId, x.session.id()).orElse(null);
        if (content == null) {
            show(x, 410, Form.empty().problem(x.page.t("import.expired")), null, null);
            return;
        }
        RoleApis.Reply imported = x.call(
                RoleApis.TRANSACTION,
                "POST",
                "/events/" + id + "/ledger/import",
                content,
                mediaType(content),
                Map.of("Idempotency-Key", "web-" + uploadId));
        if (!imported.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), imported, x.page), imported.json(), null);
            return;
        }
        JsonNode result = imported.json();
        x.flash(
                "import.done",
                result.path("written").asInt(),
                result.path("alreadyImported").asInt());
        x.redirect("/e/" + id + "/ledger");
    }

    /** A workbook (every XLSX is a zip: "PK\3\4") or else CSV, whatever the file was called. */
    static String mediaType(byte[] content) {
        boolean zip =
                content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? XLSX : "text/csv";
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private void export(Exchange x, String file, String contentType, String extension) {
        String id = x.path("eventId");
        RoleApis.Reply reply = x.call(RoleApis.TRANSACTION, "GET", "/events/" + id + "/ledger/" + file, null, Map.of());
        if (!reply.ok()) {
            throw new Exchange.Refused(reply);
        }
        x.ctx.contentType(contentType);
        x.ctx.header("Content-Disposition", "attachment; filename=\"ledger-" + id + "." + extension + "\"");
        x.ctx.result(reply.bytes());
    }
}
