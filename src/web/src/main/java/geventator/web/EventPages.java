package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** My events, a new event, and an event's home page: the event role's and the ledger's answers together. */
final class EventPages {

    static final int PAGE_SIZE = 20;

    private final Web web;

    EventPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/", web.page(this::myEvents));
        routes.get("/new-event", web.page(this::newEvent));
        routes.post("/new-event", web.page(this::create));
        routes.get("/e/{eventId}", web.page(this::home));
    }

    private void myEvents(Exchange x) {
        JsonNode all = x.get(RoleApis.EVENT, "/events");
        // The event role answers every event at once today; the page cuts it into pages until it pages itself.
        List<JsonNode> events = new ArrayList<>();
        all.forEach(events::add);
        int pageNumber = Math.max(1, parseInt(x.query("page"), 1));
        int from = Math.min(events.size(), (pageNumber - 1) * PAGE_SIZE);
        int to = Math.min(events.size(), from + PAGE_SIZE);
        x.render(
                "events", model("events", events.subList(from, to), "page", pageNumber, "hasNext", to < events.size()));
    }

    private void newEvent(Exchange x) {
        Form form = Form.empty()
                .with("timeZone", x.lang().equals("es") ? "Europe/Madrid" : "Europe/London")
                .with("currency", "EUR")
                .with("formKey", Exchange.formKey());
        x.render("new-event", model("form", form, "zones", Zones.COMMON));
    }

    private void create(Exchange x) {
        Form form = Form.empty();
        for (String field :
                List.of("name", "description", "location", "start", "end", "timeZone", "currency", "formKey")) {
            form.with(field, x.form(field));
        }
        x.once(() -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", form.value("name"));
            if (!form.value("description").isEmpty()) {
                body.put("description", form.value("description"));
            }
            if (!form.value("location").isEmpty()) {
                body.put("location", form.value("location"));
            }
            body.put("timeZone", form.value("timeZone"));
            body.put("currency", form.value("currency"));
            String start = offsetTime(form.value("start"), form.value("timeZone"));
            String end = offsetTime(form.value("end"), form.value("timeZone"));
            if (start == null) {
                form.error("start", x.page.t("field.datetime"));
            }
            if (end == null) {
                form.error("end", x.page.t("field.datetime"));
            }
            if (form.failed()) {
                x.render(422, "new-event", model("form", form, "zones", Zones.COMMON));
                return null;
            }
            body.put("start", start);
            body.put("end", end);
            RoleApis.Reply created = x.send(RoleApis.EVENT, "POST", "/events", body);
            if (!created.ok()) {
                x.render(
                        422,
                        "new-event",
                        model("form", FormErrors.apply(form, created, x.page), "zones", Zones.COMMON));
                return null;
            }
            x.flash("event.created");
            return "/e/" + created.json().path("id").asText();
        });
    }

    /** A {@code datetime-local} value in the event's zone, as the API's ISO-8601 time with its offset. */
    static String offsetTime(String local, String zone) {
        try {
            return LocalDateTime.parse(local)
                    .atZone(ZoneId.of(zone))
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private void home(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode balance = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/balance");
        JsonNode settle = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/settle-up");
        JsonNode conflicts = x.get(RoleApis.EVENT, "/events/" + id + "/conflicts");
        JsonNode activities = x.get(RoleApis.EVENT, "/events/" + id + "/activities");
        JsonNode recent = x.get(RoleApis.TRANSACTION, "/events/" + id + "/ledger/entries?limit=200");
        String myPosition = null;
        for (JsonNode position : settle.path("positions")) {
            if (position.path("userId").asText().equals(x.session.userId())) {
                myPosition = position.path("position").asText();
            }
        }
        long outside = 0;
        for (JsonNode entry : recent.path("items")) {
            if (entry.path("outsideEvent").asBoolean()) {
                outside++;
            }
        }
        List<JsonNode> over = new ArrayList<>();
        for (JsonNode plan : balance.path("budget").path("categories")) {
            if (plan.path("overBudget").asBoolean()) {
                over.add(plan);
            }
        }
        Instant now = web.clock.instant();
        List<JsonNode> next = new ArrayList<>();
        for (JsonNode activity : activities) {
            if (next.size() < 5
                    && Page.zoned(activity.path("end").asText(), "UTC")
                            .toInstant()
                            .isAfter(now)) {
                next.add(activity);
            }
        }
        x.render(
                "event-home",
                model(
                        "event", event,
                        "balance", balance,
                        "myPosition", myPosition,
                        "bars", BudgetBars.of(balance.path("budget").path("categories")),
                        "over", over,
                        "outside", outside,
                        "conflicts", conflicts.size(),
                        "next", next));
    }

    static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() || text.equals("null") ? BigDecimal.ZERO : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
