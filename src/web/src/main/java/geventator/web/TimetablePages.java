package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The timetable by day and room, adding and moving an activity, conflicts, the calendar link. */
final class TimetablePages {

    private final Web web;

    TimetablePages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/e/{eventId}/timetable", web.page(x -> show(x, 200, null)));
        routes.post("/e/{eventId}/timetable", web.page(this::add));
        routes.get("/e/{eventId}/timetable/{activityId}", web.page(this::editPage));
        routes.post("/e/{eventId}/timetable/{activityId}", web.page(this::move));
        routes.post("/e/{eventId}/timetable/{activityId}/delete", web.page(this::delete));
        routes.post("/e/{eventId}/calendar-link", web.page(this::createLink));
        routes.post("/e/{eventId}/calendar-link/revoke", web.page(this::revokeLink));
    }

    private void show(Exchange x, int status, Form form) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode activities = x.get(RoleApis.EVENT, "/events/" + id + "/activities");
        JsonNode conflicts = x.get(RoleApis.EVENT, "/events/" + id + "/conflicts");
        String zone = event.path("timeZone").asText();
        if (form == null) {
            form = Form.empty()
                    .with(
                            "day",
                            Page.zoned(event.path("start").asText(), zone)
                                    .toLocalDate()
                                    .toString())
                    .with("formKey", Exchange.formKey());
        }
        x.render(
                status,
                "timetable",
                model("event", event, "days", days(activities, zone, x), "conflicts", conflicts, "form", form));
    }

    static List<TimetableDay> days(JsonNode activities, String zone, Exchange x) {
        Map<LocalDate, Map<String, List<JsonNode>>> byDay = new TreeMap<>();
        for (JsonNode a : activities) {
            LocalDate day = Page.zoned(a.path("start").asText(), zone).toLocalDate();
            String room = a.path("location").asText("");
            byDay.computeIfAbsent(day, d -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                    .computeIfAbsent(room, r -> new ArrayList<>())
                    .add(a);
        }
        List<TimetableDay> days = new ArrayList<>();
        byDay.forEach((day, rooms) -> {
            List<TimetableDay.Room> list = new ArrayList<>();
            rooms.forEach((name, items) -> list.add(new TimetableDay.Room(name, items)));
            String label =
                    day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                            .withLocale(x.page.locale()));
            days.add(new TimetableDay(label, list));
        });
        return days;
    }

    private static Form read(Exchange x) {
        Form form = Form.empty();
        for (String field : List.of("title", "day", "from", "to", "location", "version", "formKey")) {
            form.with(field, x.form(field));
        }
        return form;
    }

    /** The activity's body from the form, or null with the form's errors set. */
    private static Map<String, Object> body(Exchange x, Form form, String zone, boolean withTitle) {
        String start = EventPages.offsetTime(form.value("day") + "T" + form.value("from"), zone);
        String end = EventPages.offsetTime(form.value("day") + "T" + form.value("to"), zone);
        if (start == null) {
            form.error("from", x.page.t("field.time"));
        }
        if (end == null) {
            form.error("to", x.page.t("field.time"));
        }
        if (form.failed()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (withTitle) {
            body.put("title", form.value("title"));
        }
        body.put("start", start);
        body.put("end", end);
        body.put("location", form.value("location"));
        return body;
    }

    private void add(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        Form form = read(x);
        boolean keepBoth = x.form("keepBoth").equals("true");
        x.once(() -> {
            Map<String, Object> body = body(x, form, event.path("timeZone").asText(), true);
            if (body == null) {
                show(x, 422, form);
                return null;
            }
            RoleApis.Reply added = x.send(
                    RoleApis.EVENT,
                    "POST",
                    "/events/" + id + "/activities" + (keepBoth ? "?acceptOverlap=true" : ""),
                    body);
            if (!added.ok()) {
                refused(x, form, added, event, null);
                return null;
            }
            x.flash(keepBoth ? "timetable.keptBoth" : "timetable.added", form.value("title"));
            return "/e/" + id + "/timetable";
        });
    }

    /** A conflict shows the clashing activities and a "keep both" button; any other refusal, its messages. */
    private void refused(Exchange x, Form form, RoleApis.Reply reply, JsonNode event, JsonNode activity) {
        FormErrors.apply(form, reply, x.page);
        form.with("formKey", Exchange.formKey());
        JsonNode conflicts = reply.status() == 409 ? reply.json().path("conflicts") : null;
        if (activity == null) {
            String id = event.path("id").asText();
            JsonNode activities = x.get(RoleApis.EVENT, "/events/" + id + "/activities");
            JsonNode all = x.get(RoleApis.EVENT, "/events/" + id + "/conflicts");
            x.render(
                    reply.status() == 409 ? 409 : 422,
                    "timetable",
                    model(
                            "event", event,
                            "days", days(activities, event.path("timeZone").asText(), x),
                            "conflicts", all,
                            "form", form,
                            "clashes", conflicts));
        } else {
            x.render(
                    reply.status() == 409 ? 409 : 422,
                    "activity",
                    model(
                            "event",
                            event,
                            "activity",
                            activity,
                            "form",
                            form,
                            "clashes",
                            conflicts,
                            "changes",
                            List.of()));
        }
    }

    private void editPage(Exchange x) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode activity = x.get(RoleApis.EVENT, "/events/" + id + "/activities/" + x.path("activityId"));
        x.render(
                "activity",
                model(
                        "event",
                        event,
                        "activity",
                        activity,
                        "form",
                        formOf(activity, event),
                        "clashes",
                        null,
                        "changes",
                        List.of()));
    }

    private static Form formOf(JsonNode activity, JsonNode event) {
        String zone = event.path("timeZone").asText();
        ZonedDateTime start = Page.zoned(activity.path("start").asText(), zone);
        ZonedDateTime end = Page.zoned(activity.path("end").asText(), zone);
        return Form.empty()
                .with("title", activity.path("title").asText())
                .with("day", start.toLocalDate().toString())
                .with("from", start.toLocalTime().toString())
                .with("to", end.toLocalTime().toString())
                .with("location", activity.path("location").asText(""))
                .with("version", activity.path("version").asText())
                .with("formKey", Exchange.formKey());
    }

    private void move(Exchange x) {
        String id = x.path("eventId");
        String activityId = x.path("activityId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode activity = x.get(RoleApis.EVENT, "/events/" + id + "/activities/" + activityId);
        Form form = read(x);
        boolean keepBoth = x.form("keepBoth").equals("true");
        x.once(() -> {
            Map<String, Object> body = body(x, form, event.path("timeZone").asText(), false);
            if (body == null) {
                x.render(
                        422,
                        "activity",
                        model(
                                "event",
                                event,
                                "activity",
                                activity,
                                "form",
                                form,
                                "clashes",
                                null,
                                "changes",
                                List.of()));
                return null;
            }
            RoleApis.Reply moved = x.call(
                    RoleApis.EVENT,
                    "PATCH",
                    "/events/" + id + "/activities/" + activityId + (keepBoth ? "?acceptOverlap=true" : ""),
                    body,
                    Map.of("If-Match", "\"" + form.value("version") + "\""));
            if (moved.status() == 412) {
                stale(x, form, event, activity);
                return null;
            }
            if (!moved.ok()) {
                refused(x, form, moved, event, activity);
                return null;
            }
            x.flash("timetable.moved", activity.path("title").asText());
            return "/e/" + id + "/timetable";
        });
    }

    /** Someone changed the activity meanwhile: show what is there now beside what the person typed. */
    private static void stale(Exchange x, Form yours, JsonNode event, JsonNode current) {
        Form now = formOf(current, event);
        List<Change> changes = new ArrayList<>();
        for (String field : List.of("day", "from", "to", "location")) {
            if (!now.value(field).equals(yours.value(field))) {
                changes.add(new Change(field, yours.value(field), now.value(field)));
            }
        }
        yours.with("version", current.path("version").asText()).with("formKey", Exchange.formKey());
        yours.problem(x.page.t("stale.activity"));
        x.render(
                412,
                "activity",
                model("event", event, "activity", current, "form", yours, "clashes", null, "changes", changes));
    }

    private void delete(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply deleted =
                x.send(RoleApis.EVENT, "DELETE", "/events/" + id + "/activities/" + x.path("activityId"), null);
        if (!deleted.ok()) {
            throw new Exchange.Refused(deleted);
        }
        x.flash("timetable.deleted");
        x.redirect("/e/" + id + "/timetable");
    }

    private void createLink(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply link = x.send(RoleApis.EVENT, "POST", "/events/" + id + "/calendar-link", null);
        if (!link.ok()) {
            throw new Exchange.Refused(link);
        }
        URI browserSelf = URI.create(x.ctx.scheme() + "://" + x.ctx.host());
        URI events = web.apis.baseUrl(RoleApis.EVENT, browserSelf);
        String url = events.resolve(link.json().path("url").asText()).toString();
        x.redirectWithSecret("/e/" + id + "/timetable#calendar", "calendar.created", url);
    }

    private void revokeLink(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply revoked = x.send(RoleApis.EVENT, "DELETE", "/events/" + id + "/calendar-link", null);
        if (!revoked.ok() && revoked.status() != 404) {
            throw new Exchange.Refused(revoked);
        }
        x.flash("calendar.revoked");
        x.redirect("/e/" + id + "/timetable#calendar");
    }
}
