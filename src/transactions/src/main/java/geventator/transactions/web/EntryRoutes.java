package geventator.transactions.web;

import static geventator.transactions.web.LedgerParameters.BASE;
import static geventator.transactions.web.LedgerParameters.entryId;
import static geventator.transactions.web.LedgerParameters.eventId;

import geventator.platform.http.Requests;
import geventator.platform.http.Versions;
import geventator.transactions.ledger.Bookkeeping;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryDraft;
import geventator.transactions.ledger.EntryQuery;
import geventator.transactions.ledger.LocalLedgers;
import geventator.transactions.web.EntryBodies.EntryView;
import geventator.transactions.web.EntryBodies.History;
import geventator.transactions.web.EntryBodies.Page;
import geventator.transactions.web.EntryBodies.SummaryView;
import geventator.transactions.web.EntryBodies.VoidRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** An event's entries: record, list, read, edit, void, their history, and how many the ledger holds. */
public final class EntryRoutes {

    private static final String ENTRY = BASE + "/entries/{entryId}";
    /** The fields that carry decimals, which a JSON number may not stand for. */
    private static final String[] DECIMALS = {"quantity", "unitPrice"};

    private final Bookkeeping bookkeeping;
    private final LocalLedgers ledgers;

    public EntryRoutes(Bookkeeping bookkeeping, LocalLedgers ledgers) {
        this.bookkeeping = bookkeeping;
        this.ledgers = ledgers;
    }

    public void addTo(RoutesConfig routes) {
        routes.post(BASE + "/entries", this::record);
        routes.get(BASE + "/entries", this::list);
        routes.get(ENTRY, this::entry);
        routes.patch(ENTRY, this::edit);
        routes.post(ENTRY + "/void", this::voidEntry);
        routes.get(ENTRY + "/history", this::history);
        routes.get(BASE + "/summary", this::summary);
    }

    private void record(Context ctx) {
        var caller = Requests.caller(ctx);
        EntryDraft draft = LedgerJson.body(ctx, EntryDraft.class, DECIMALS).value();
        created(ctx, bookkeeping.record(eventId(ctx), caller, draft, LedgerParameters.idempotencyKey(ctx)));
    }

    private void list(Context ctx) {
        var caller = Requests.caller(ctx);
        EntryQuery query = ListParameters.query(ctx, eventId(ctx));
        Bookkeeping.Page page = bookkeeping.list(caller, query);
        List<Entry> found = page.entries();
        String next = page.more() ? ListParameters.cursorAfter(found.get(found.size() - 1)) : null;
        if (next != null) {
            ctx.header("Link", "<" + ListParameters.nextPage(ctx, next) + ">; rel=\"next\"");
        }
        ctx.json(new Page(found.stream().map(EntryView::new).toList(), next));
    }

    private void entry(Context ctx) {
        render(ctx, bookkeeping.entry(eventId(ctx), entryId(ctx), Requests.caller(ctx)));
    }

    private void edit(Context ctx) {
        var caller = Requests.caller(ctx);
        var change = LedgerJson.body(ctx, EntryDraft.class, DECIMALS);
        var entryId = entryId(ctx);
        long version = LedgerParameters.expectedVersion(ctx);
        render(ctx, bookkeeping.edit(eventId(ctx), entryId, caller, change.value(), change.nulls(), version));
    }

    private void voidEntry(Context ctx) {
        var caller = Requests.caller(ctx);
        VoidRequest body = Requests.body(ctx, VoidRequest.class);
        var entryId = entryId(ctx);
        ctx.json(new EntryView(bookkeeping.voidEntry(eventId(ctx), entryId, caller, body.reason())));
    }

    private void history(Context ctx) {
        ctx.json(History.of(bookkeeping.entry(eventId(ctx), entryId(ctx), Requests.caller(ctx))));
    }

    private void summary(Context ctx) {
        var summary = ledgers.summary(eventId(ctx), Requests.caller(ctx));
        ctx.json(new SummaryView(summary.eventId(), summary.entries()));
    }

    private static void render(Context ctx, Entry entry) {
        Versions.tag(ctx, entry.version());
        ctx.json(new EntryView(entry));
    }

    /** An entry just recorded, or the one an idempotent retry recorded before. */
    static void created(Context ctx, Bookkeeping.Recorded recorded) {
        Entry entry = recorded.entry();
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/events/" + entry.eventId() + "/ledger/entries/" + entry.id())
                .header("Idempotent-Replayed", String.valueOf(!recorded.created()));
        render(ctx, entry);
    }
}
