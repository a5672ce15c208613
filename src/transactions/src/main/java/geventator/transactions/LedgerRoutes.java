package geventator.transactions;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.transactions.LedgerBodies.BalanceView;
import geventator.transactions.LedgerBodies.BudgetBody;
import geventator.transactions.LedgerBodies.BudgetRequest;
import geventator.transactions.LedgerBodies.EntryView;
import geventator.transactions.LedgerBodies.Export;
import geventator.transactions.LedgerBodies.ExportedEntry;
import geventator.transactions.LedgerBodies.History;
import geventator.transactions.LedgerBodies.Page;
import geventator.transactions.LedgerBodies.SettleUpView;
import geventator.transactions.LedgerBodies.TransferRequest;
import geventator.transactions.LedgerBodies.VoidRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The transaction role's HTTP API, under {@code /events/{eventId}/ledger}. */
final class LedgerRoutes {

    private static final String BASE = "/events/{eventId}/ledger";
    private static final String ENTRY = BASE + "/entries/{entryId}";

    private final Ledger ledger;
    private final Balances balances;
    private final Budgeting budgeting;
    private final Settling settling;
    private final LedgerCsv csv;
    private final Exporting exporting;
    private final Clock clock;

    LedgerRoutes(
            Ledger ledger,
            Balances balances,
            Budgeting budgeting,
            Settling settling,
            LedgerCsv csv,
            Exporting exporting,
            Clock clock) {
        this.ledger = ledger;
        this.balances = balances;
        this.budgeting = budgeting;
        this.settling = settling;
        this.csv = csv;
        this.exporting = exporting;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.post(BASE + "/entries", this::record);
        routes.get(BASE + "/entries", this::list);
        routes.get(ENTRY, this::entry);
        routes.patch(ENTRY, this::edit);
        routes.post(ENTRY + "/void", this::voidEntry);
        routes.get(ENTRY + "/history", this::history);
        routes.get(BASE + "/balance", this::balance);
        routes.get(BASE + "/budget", this::budget);
        routes.put(BASE + "/budget", this::setBudget);
        routes.get(BASE + "/settle-up", this::settleUp);
        routes.post(BASE + "/settle-up/transfers", this::recordTransfer);
        routes.get(BASE + "/export.csv", this::exportCsv);
        routes.get(BASE + "/export.json", this::exportJson);
        routes.post(BASE + "/import", this::importCsv);
        routes.get(BASE + "/summary", this::summary);
    }

    private void record(Context ctx) {
        var caller = Requests.caller(ctx);
        EntryDraft draft = Requests.body(ctx, EntryDraft.class);
        created(ctx, ledger.record(eventId(ctx), caller, draft, ctx.header("Idempotency-Key")));
    }

    private void list(Context ctx) {
        var caller = Requests.caller(ctx);
        EntryQuery query = ListParameters.query(ctx, eventId(ctx));
        List<Entry> page = ledger.list(caller, query);
        String next = page.size() == query.limit() ? ListParameters.cursorAfter(page.get(page.size() - 1)) : null;
        ctx.json(new Page(page.stream().map(EntryView::of).toList(), next));
    }

    private void entry(Context ctx) {
        Entry entry = ledger.entry(eventId(ctx), Requests.objectId(ctx, "entryId"), Requests.caller(ctx));
        ctx.header("ETag", "\"" + entry.version() + "\"").json(EntryView.of(entry));
    }

    private void edit(Context ctx) {
        var caller = Requests.caller(ctx);
        EntryDraft change = Requests.body(ctx, EntryDraft.class);
        var entryId = Requests.objectId(ctx, "entryId");
        Entry entry = ledger.edit(eventId(ctx), entryId, caller, change, expectedVersion(ctx));
        ctx.header("ETag", "\"" + entry.version() + "\"").json(EntryView.of(entry));
    }

    private void voidEntry(Context ctx) {
        var caller = Requests.caller(ctx);
        VoidRequest body = Requests.body(ctx, VoidRequest.class);
        var entryId = Requests.objectId(ctx, "entryId");
        ctx.json(EntryView.of(ledger.voidEntry(eventId(ctx), entryId, caller, body.reason())));
    }

    private void history(Context ctx) {
        ctx.json(History.of(ledger.entry(eventId(ctx), Requests.objectId(ctx, "entryId"), Requests.caller(ctx))));
    }

    private void balance(Context ctx) {
        ctx.json(BalanceView.of(balances.balance(eventId(ctx), Requests.caller(ctx))));
    }

    private void budget(Context ctx) {
        var caller = Requests.caller(ctx);
        String eventId = eventId(ctx);
        ctx.json(BudgetBody.of(budgeting.budget(eventId, caller), exporting.currency(eventId, caller)));
    }

    private void setBudget(Context ctx) {
        var caller = Requests.caller(ctx);
        BudgetRequest body = Requests.body(ctx, BudgetRequest.class);
        String eventId = eventId(ctx);
        var budget = budgeting.setBudget(eventId, caller, body.categories(), body.activities());
        ctx.json(BudgetBody.of(budget, exporting.currency(eventId, caller)));
    }

    private void settleUp(Context ctx) {
        ctx.json(SettleUpView.of(settling.statement(eventId(ctx), Requests.caller(ctx))));
    }

    private void recordTransfer(Context ctx) {
        var caller = Requests.caller(ctx);
        TransferRequest body = Requests.body(ctx, TransferRequest.class);
        if (body.from() == null || body.to() == null) {
            throw Problem.invalid(body.from() == null ? "from" : "to", "is required");
        }
        created(
                ctx,
                settling.recordTransfer(
                        eventId(ctx), caller, body.from(), body.to(), body.amount(), ctx.header("Idempotency-Key")));
    }

    private void exportCsv(Context ctx) {
        String eventId = eventId(ctx);
        String text = csv.export(exporting.everything(eventId, Requests.caller(ctx)));
        ctx.header("Content-Disposition", "attachment; filename=\"ledger-" + eventId + ".csv\"")
                .contentType("text/csv; charset=utf-8")
                .result(text.getBytes(StandardCharsets.UTF_8));
    }

    private void exportJson(Context ctx) {
        var caller = Requests.caller(ctx);
        String eventId = eventId(ctx);
        List<Entry> all = exporting.everything(eventId, caller);
        ctx.json(new Export(
                eventId,
                exporting.currency(eventId, caller),
                clock.instant(),
                all.stream().map(ExportedEntry::of).toList()));
    }

    private void importCsv(Context ctx) {
        var caller = Requests.caller(ctx);
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            throw new Problem(
                    415, "unsupported-media-type", "Unsupported media type", "send the ledger as text/csv", List.of());
        }
        var report = csv.importCsv(
                eventId(ctx),
                caller,
                new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8),
                "true".equals(ctx.queryParam("dryRun")),
                ctx.header("Idempotency-Key"));
        ctx.status(report.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).json(report);
    }

    private void summary(Context ctx) {
        String eventId = eventId(ctx);
        ctx.json(Map.of("eventId", eventId, "entries", exporting.count(eventId, Requests.caller(ctx))));
    }

    private static void created(Context ctx, Ledger.Recorded recorded) {
        Entry entry = recorded.entry();
        ctx.status(HttpStatus.CREATED)
                .header(
                        "Location",
                        "/events/" + entry.eventId() + "/ledger/entries/"
                                + entry.id().toHexString())
                .header("ETag", "\"" + entry.version() + "\"")
                .header("Idempotent-Replayed", String.valueOf(!recorded.created()))
                .json(EntryView.of(entry));
    }

    private static String eventId(Context ctx) {
        return Requests.objectId(ctx, "eventId").toHexString();
    }

    /** The version an edit was made against: If-Match ("3" or W/"3") or ?version=3. */
    private static int expectedVersion(Context ctx) {
        String text = ctx.header("If-Match");
        if (text == null) {
            text = ctx.queryParam("version");
        }
        if (text == null) {
            throw new Problem(
                    428,
                    "version-required",
                    "The version is required",
                    "send the version the edit was made against as If-Match: \"<version>\"",
                    List.of());
        }
        String digits = text.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Problem.invalid("If-Match", "must be the entry's version, such as \"3\"");
        }
    }
}
