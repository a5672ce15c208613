package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger: the list with filters and pages, recording an entry in a form that fits its kind, edit, void, history. */
final class LedgerPages {

    static final List<String> MONEY_IN = List.of("sale", "donation", "sponsorship", "deposit");
    static final List<String> MONEY_OUT = List.of("purchase", "expense", "investment");
    static final List<String> KINDS =
            List.of("purchase", "expense", "investment", "sale", "donation", "sponsorship", "deposit", "settlement");
    static final int PAGE = 20;
    /** How the pocket field names one of the event's accounts rather than a member. */
    private final Web web;

    LedgerPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/e/{eventId}/ledger", web.page(this::list));
        routes.get("/e/{eventId}/ledger/new", web.page(this::newEntry));
        routes.post("/e/{eventId}/ledger", web.page(this::record));
        routes.get("/e/{eventId}/ledger/{entryId}", web.page(this::entry));
        routes.post("/e/{eventId}/ledger/{entryId}", web.page(this::edit));
        routes.post("/e/{eventId}/ledger/{entryId}/void", web.page(this::voidEntry));
    }

    private void list(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode members = x.get(RoleApis.EVENT, "/events/" + id + "/members?former=true");
        ZoneId zone = ZoneId.of(event.path("timeZone").asText("UTC"));
        Form filters = Form.empty();
        for (String f : List.of("kind", "category", "member", "from", "to", "q")) {
            filters.with(f, x.query(f));
        }
        StringBuilder query = new StringBuilder("?limit=" + PAGE);
        add(query, "kind", filters.value("kind"));
        add(query, "category", filters.value("category"));
        add(query, "member", filters.value("member"));
        add(query, "q", filters.value("q"));
        add(query, "includeVoided", x.query("voided").equals("true") ? "true" : "");
        // Days are days where the event happens: the first and last instant of each in the event's zone.
        dayBound(filters, "from", zone, false).ifPresent(v -> add(query, "from", v));
        dayBound(filters, "to", zone, true).ifPresent(v -> add(query, "to", v));
        add(query, "cursor", x.query("cursor"));
        JsonNode page;
        if (filters.failed()) {
            page = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        } else {
            RoleApis.Reply reply =
                    x.call(RoleApis.TRANSACTION, "GET", "/events/" + id + "/ledger/entries" + query, null, Map.of());
            if (!reply.ok()) {
                FormErrors.apply(filters, reply, x.page);
                page = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            } else {
                page = reply.json();
            }
        }
        String next = page.path("nextCursor").isTextual()
                ? pageLink(id, x, page.path("nextCursor").asText())
                : null;
        x.render(
                "ledger",
                model(
                        "event",
                        event,
                        "members",
                        names(members, event),
                        "memberList",
                        members,
                        "filters",
                        filters,
                        "entries",
                        page.path("items"),
                        "next",
                        next,
                        "kinds",
                        KINDS,
                        "voided",
                        x.query("voided").equals("true")));
    }

    private static String pageLink(String id, Exchange x, String cursor) {
        StringBuilder link =
                new StringBuilder("/e/" + id + "/ledger?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        for (String f : List.of("kind", "category", "member", "from", "to", "q", "voided")) {
            add(link, f, x.query(f));
        }
        return link.toString();
    }

    private static java.util.Optional<String> dayBound(Form filters, String field, ZoneId zone, boolean end) {
        String day = filters.value(field);
        if (day.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(day);
            var instant = end
                    ? date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1)
                    : date.atStartOfDay(zone).toInstant();
            return java.util.Optional.of(instant.toString());
        } catch (DateTimeParseException e) {
            filters.error(field, "yyyy-mm-dd");
            return java.util.Optional.empty();
        }
    }

    private static void add(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.append(query.indexOf("?") < 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Every member's name (former ones too) and every account's, by id: whoever an entry names. */
    static Map<String, String> names(JsonNode members, JsonNode event) {
        Map<String, String> names = names(members);
        event.path("accounts")
                .forEach(a -> names.put(a.path("id").asText(), a.path("name").asText()));
        return names;
    }

    static Map<String, String> names(JsonNode members) {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode m : members) {
            names.put(
                    m.path("userId").asText(),
                    m.path("displayName").asText(m.path("username").asText()));
        }
        return names;
    }

    private void newEntry(Exchange x) {
        String kind =
                KINDS.contains(x.query("kind")) && !x.query("kind").equals("settlement") ? x.query("kind") : "purchase";
        Form form = Form.empty()
                .with("kind", kind)
                .with("quantity", "1")
                .with("pocket", x.session.userId())
                .with("formKey", Exchange.formKey());
        showForm(x, 200, form, null);
    }

    private void showForm(Exchange x, int status, Form form, JsonNode entry) {
        x.render(status, entry == null ? "entry-new" : "entry", formModel(x, form, entry, List.of()));
    }

    /** What the entry pages show: the event, who and which account can hold the money, and the entry's history. */
    private static Map<String, Object> formModel(Exchange x, Form form, JsonNode entry, List<Change> changes) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode everyone = x.get(RoleApis.EVENT, "/events/" + id + "/members?former=true");
        com.fasterxml.jackson.databind.node.ArrayNode members =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        everyone.forEach(m -> {
            if (!m.path("former").asBoolean()) {
                members.add(m);
            }
        });
        JsonNode activities = x.get(RoleApis.EVENT, "/events/" + id + "/activities");
        return model(
                "event",
                event,
                "members",
                members,
                "accounts",
                event.path("accounts"),
                "activities",
                activities,
                "form",
                form,
                "kinds",
                KINDS.subList(0, 7),
                "moneyIn",
                MONEY_IN.contains(form.value("kind")),
                "entry",
                entry,
                "history",
                entry == null
                        ? null
                        : x.get(
                                RoleApis.TRANSACTION,
                                "/events/" + id + "/ledger/entries/"
                                        + entry.path("id").asText() + "/history"),
                "names",
                names(everyone, event),
                "changes",
                changes);
    }

    private static Form read(Exchange x) {
        Form form = Form.empty();
        for (String f : List.of(
                "kind",
                "concept",
                "quantity",
                "unitPrice",
                "date",
                "category",
                "activityId",
                "counterparty",
                "pocket",
                "note",
                "version",
                "formKey")) {
            form.with(f, x.form(f));
        }
        return form.with("splitAmong", String.join(",", x.ctx.formParams("splitAmong")));
    }

    /** The API's body from the form, amounts read in the person's language; null with errors set. */
    private static Map<String, Object> body(Exchange x, Form form, boolean editing) {
        Map<String, Object> body = new LinkedHashMap<>();
        String kind = form.value("kind");
        if (!editing) {
            body.put("kind", kind);
        }
        body.put("concept", form.value("concept"));
        String quantity = form.value("quantity").isEmpty() ? "1" : form.value("quantity");
        Amounts.parse(quantity, x.lang())
                .ifPresentOrElse(q -> body.put("quantity", q), () -> form.error("quantity", x.page.t("field.amount")));
        Amounts.parse(form.value("unitPrice"), x.lang())
                .ifPresentOrElse(
                        a -> body.put("unitPrice", a), () -> form.error("unitPrice", x.page.t("field.amount")));
        if (!form.value("date").isEmpty()) {
            body.put("date", form.value("date"));
        }
        optional(body, "category", form.value("category"), editing);
        optional(body, "activityId", form.value("activityId"), editing);
        optional(body, "counterparty", form.value("counterparty"), editing);
        optional(body, "note", form.value("note"), editing);
        Pocket pocket = Pocket.parse(form.value("pocket"));
        boolean in = MONEY_IN.contains(kind);
        String member = in ? "receivedBy" : "paidBy";
        String account = in ? "receivedByAccount" : "paidFromAccount";
        if (!pocket.isEmpty()) {
            pocket.putInto(body, member, account);
            if (editing) {
                body.put(pocket.account() ? member : account, null); // a merge patch: the other no longer holds it
            }
        }
        List<String> split = form.value("splitAmong").isEmpty()
                ? List.of()
                : List.of(form.value("splitAmong").split(","));
        if (!split.isEmpty()) {
            body.put("splitAmong", split);
        } else if (editing) {
            body.put("splitAmong", null); // the event's again
        }
        return form.failed() ? null : body;
    }

    private static void optional(Map<String, Object> body, String field, String value, boolean editing) {
        if (!value.isEmpty()) {
            body.put(field, value);
        }
    }

    private void record(Exchange x) {
        String id = x.path("eventId");
        Form form = read(x);
        if (!KINDS.subList(0, 7).contains(form.value("kind"))) {
            form.with("kind", "purchase");
        }
        x.once(() -> {
            Map<String, Object> body = body(x, form, false);
            if (body == null) {
                showForm(x, 422, form, null);
                return null;
            }
            RoleApis.Reply recorded = x.call(
                    RoleApis.TRANSACTION,
                    "POST",
                    "/events/" + id + "/ledger/entries",
                    body,
                    Map.of("Idempotency-Key", form.value("formKey")));
            if (!recorded.ok()) {
                FormErrors.apply(form, recorded, x.page);
                showForm(x, 422, form, null);
                return null;
            }
            x.flash("entry.recorded", form.value("concept"));
            return "/e/" + id + "/ledger";
        });
    }

    private void entry(Exchange x) {
        String id = x.path("eventId");
        JsonNode entry = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/entries/" + x.path("entryId"));
        showForm(x, 200, formOf(entry, x), entry);
    }

    private static Form formOf(JsonNode entry, Exchange x) {
        String date = entry.path("date").asText("");
        return Form.empty()
                .with("kind", entry.path("kind").asText())
                .with("concept", entry.path("concept").asText())
                .with("quantity", x.page.decimal(entry.path("quantity").asText()))
                .with("unitPrice", x.page.decimal(entry.path("unitPrice").asText()))
                .with("date", date.length() >= 10 ? date.substring(0, 10) : "")
                .with("category", entry.path("category").asText(""))
                .with("activityId", entry.path("activityId").asText(""))
                .with("counterparty", entry.path("counterparty").asText(""))
                .with("pocket", pocketOf(entry))
                .with("splitAmong", splitOf(entry))
                .with("note", entry.path("note").asText(""))
                .with("version", entry.path("version").asText())
                .with("formKey", Exchange.formKey());
    }

    private static String pocketOf(JsonNode entry) {
        boolean in = MONEY_IN.contains(entry.path("kind").asText());
        return in
                ? Pocket.of(entry, "receivedBy", "receivedByAccount").toString()
                : Pocket.of(entry, "paidBy", "paidFromAccount").toString();
    }

    private static String splitOf(JsonNode entry) {
        List<String> ids = new ArrayList<>();
        entry.path("splitAmong")
                .forEach(m -> ids.add(m.isObject() ? m.path("userId").asText() : m.asText()));
        return String.join(",", ids);
    }

    private void edit(Exchange x) {
        String id = x.path("eventId");
        String entryId = x.path("entryId");
        JsonNode before = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/entries/" + entryId);
        Form form = read(x).with("kind", before.path("kind").asText());
        x.once(() -> {
            Map<String, Object> body = body(x, form, true);
            if (body == null) {
                showForm(x, 422, form, before);
                return null;
            }
            RoleApis.Reply edited = x.call(
                    RoleApis.TRANSACTION,
                    "PATCH",
                    "/events/" + id + "/ledger/entries/" + entryId,
                    body,
                    Map.of("If-Match", "\"" + form.value("version") + "\""));
            if (edited.status() == 412) {
                stale(x, form, before);
                return null;
            }
            if (!edited.ok()) {
                FormErrors.apply(form, edited, x.page);
                form.with("formKey", Exchange.formKey());
                showForm(x, 422, form, before);
                return null;
            }
            x.flash("entry.edited", form.value("concept"));
            return "/e/" + id + "/ledger/" + entryId;
        });
    }

    /** Someone edited the entry meanwhile: show each field that differs from what the person typed, then let them redo it. */
    private void stale(Exchange x, Form yours, JsonNode current) {
        Form now = formOf(current, x);
        List<Change> changes = new ArrayList<>();
        for (String f : List.of("concept", "quantity", "unitPrice", "date", "category", "counterparty", "note")) {
            if (!now.value(f).equals(yours.value(f))) {
                changes.add(new Change(f, yours.value(f), now.value(f)));
            }
        }
        yours.with("version", current.path("version").asText()).with("formKey", Exchange.formKey());
        yours.problem(x.page.t("stale.entry"));
        x.render(412, "entry", formModel(x, yours, current, changes));
    }

    private void voidEntry(Exchange x) {
        String id = x.path("eventId");
        String entryId = x.path("entryId");
        x.once(() -> {
            RoleApis.Reply voided = x.send(
                    RoleApis.TRANSACTION,
                    "POST",
                    "/events/" + id + "/ledger/entries/" + entryId + "/void",
                    Map.of("reason", x.form("reason")));
            if (!voided.ok()) {
                JsonNode entry = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/entries/" + entryId);
                Form form = formOf(entry, x);
                FormErrors.apply(form, voided, x.page);
                showForm(x, 422, form, entry);
                return null;
            }
            x.flash("entry.voided");
            return "/e/" + id + "/ledger/" + entryId;
        });
    }
}
