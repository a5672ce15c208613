package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The budget per category and per activity, and settling up with a confirmation for each transfer. */
final class MoneyPages {

    static final int BLANK_ROWS = 3;

    private final Web web;

    MoneyPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/e/{eventId}/budget", web.page(x -> budget(x, 200, null, null, null)));
        routes.post("/e/{eventId}/budget", web.page(this::setBudget));
        routes.get("/e/{eventId}/settle-up", web.page(this::settleUp));
        routes.get("/e/{eventId}/settle-up/confirm", web.page(this::confirm));
        routes.post("/e/{eventId}/settle-up", web.page(this::record));
        routes.get("/e/{eventId}/close-out", web.page(this::closeOut));
        routes.post("/e/{eventId}/close-out", web.page(this::confirmCloseOut));
    }

    private void budget(
            Exchange x, int status, List<BudgetLine> categories, Map<String, String> activityAmounts, Form form) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode activities = x.get(RoleApis.EVENT, "/events/" + id + "/activities");
        JsonNode budget = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/budget");
        JsonNode balance = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/balance");
        if (categories == null) {
            categories = new ArrayList<>();
            var names = budget.path("categories").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                categories.add(new BudgetLine(
                        name,
                        x.page.decimal(budget.path("categories").path(name).asText()),
                        null));
            }
            activityAmounts = new LinkedHashMap<>();
            var ids = budget.path("activities").fieldNames();
            while (ids.hasNext()) {
                String activity = ids.next();
                activityAmounts.put(
                        activity,
                        x.page.decimal(budget.path("activities").path(activity).asText()));
            }
            form = Form.empty().with("formKey", Exchange.formKey());
        }
        List<BudgetLine> rows = new ArrayList<>(categories);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new BudgetLine("", "", null));
        }
        x.render(
                status,
                "budget",
                model(
                        "event",
                        event,
                        "rows",
                        rows,
                        "activities",
                        activities,
                        "activityAmounts",
                        activityAmounts,
                        "balance",
                        balance,
                        "bars",
                        BudgetBars.of(balance.path("budget").path("categories")),
                        "form",
                        form));
    }

    private void setBudget(Exchange x) {
        String id = x.path("eventId");
        List<String> names = x.ctx.formParams("category");
        List<String> amounts = x.ctx.formParams("planned");
        List<BudgetLine> lines = new ArrayList<>();
        Map<String, String> categories = new LinkedHashMap<>();
        boolean bad = false;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String typed = i < amounts.size() ? amounts.get(i).strip() : "";
            if (name.isEmpty() && typed.isEmpty()) {
                continue;
            }
            var amount = Amounts.parse(typed, x.lang());
            if (name.isEmpty() || amount.isEmpty()) {
                bad = true;
                lines.add(
                        new BudgetLine(name, typed, x.page.t(name.isEmpty() ? "budget.nameMissing" : "field.amount")));
            } else {
                lines.add(new BudgetLine(name, typed, null));
                categories.put(name, amount.get());
            }
        }
        Map<String, String> activityAmounts = new LinkedHashMap<>();
        Map<String, String> activities = new LinkedHashMap<>();
        Form form = Form.empty().with("formKey", x.form("formKey"));
        for (var entry : x.ctx.formParamMap().entrySet()) {
            if (entry.getKey().startsWith("activity_")
                    && !entry.getValue().get(0).isBlank()) {
                String activity = entry.getKey().substring("activity_".length());
                String typed = entry.getValue().get(0).strip();
                activityAmounts.put(activity, typed);
                var amount = Amounts.parse(typed, x.lang());
                if (amount.isEmpty()) {
                    bad = true;
                    form.error("activity_" + activity, x.page.t("field.amount"));
                } else {
                    activities.put(activity, amount.get());
                }
            }
        }
        if (bad) {
            budget(x, 422, lines, activityAmounts, form.problem(x.page.t("budget.invalid")));
            return;
        }
        RoleApis.Reply set = x.send(
                RoleApis.TRANSACTION,
                "PUT",
                "/events/" + id + "/ledger/budget",
                Map.of("categories", categories, "activities", activities));
        if (!set.ok()) {
            budget(x, 422, lines, activityAmounts, FormErrors.apply(form, set, x.page));
            return;
        }
        x.flash("budget.saved");
        x.redirect("/e/" + id + "/budget");
    }

    private void settleUp(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode statement = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/settle-up");
        x.render("settle-up", model("event", event, "statement", statement));
    }

    private void confirm(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode statement = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/settle-up");
        JsonNode transfer = null;
        for (JsonNode t : statement.path("transfers")) {
            if (side(t, "from").equals(Pocket.parse(x.query("from")))
                    && side(t, "to").equals(Pocket.parse(x.query("to")))) {
                transfer = t;
            }
        }
        if (transfer == null) {
            x.flash("settle.gone");
            x.redirect("/e/" + id + "/settle-up");
            return;
        }
        x.render(
                "settle-confirm",
                model(
                        "event",
                        event,
                        "transfer",
                        transfer,
                        "from",
                        side(transfer, "from").toString(),
                        "to",
                        side(transfer, "to").toString(),
                        "formKey",
                        Exchange.formKey()));
    }

    /** One side of a transfer as a link or form names it. */
    static Pocket side(JsonNode transfer, String side) {
        return Pocket.of(transfer, side, side + "Account");
    }

    private void record(Exchange x) {
        String id = x.path("eventId");
        x.once(() -> {
            Map<String, String> body = new LinkedHashMap<>();
            Pocket.parse(x.form("from")).putInto(body, "from", "fromAccount");
            Pocket.parse(x.form("to")).putInto(body, "to", "toAccount");
            body.put("amount", x.form("amount"));
            RoleApis.Reply recorded =
                    x.send(RoleApis.TRANSACTION, "POST", "/events/" + id + "/ledger/settle-up/transfers", body);
            if (!recorded.ok()) {
                throw new Exchange.Refused(recorded);
            }
            x.flash("settle.recorded");
            return "/e/" + id + "/settle-up";
        });
    }

    private void closeOut(Exchange x) {
        showCloseOut(x, 200, null);
    }

    private void showCloseOut(Exchange x, int status, String problem) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode statement = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/close-out");
        Form form = Form.empty().with("formKey", Exchange.formKey());
        if (problem != null) {
            form.problem(problem);
        }
        x.render(status, "close-out", model("event", event, "statement", statement, "form", form));
    }

    /**
     * Confirms the close-out the person read: the statement's version goes with it, so that an entry recorded
     * meanwhile (412) shows the statement again, as it is now, instead of closing on figures nobody saw.
     */
    private void confirmCloseOut(Exchange x) {
        String id = x.path("eventId");
        x.once(() -> {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("version", x.form("version"));
            if (!x.form("reason").isEmpty()) {
                body.put("reason", x.form("reason"));
            }
            RoleApis.Reply closed = x.send(RoleApis.TRANSACTION, "POST", "/events/" + id + "/ledger/close-out", body);
            if (closed.status() == 412) {
                showCloseOut(x, 412, x.page.t("closeOut.changed"));
                return null;
            }
            if (!closed.ok()) {
                throw new Exchange.Refused(closed);
            }
            x.flash("closeOut.done", closed.json().path("recorded").size());
            return "/e/" + id;
        });
    }
}
