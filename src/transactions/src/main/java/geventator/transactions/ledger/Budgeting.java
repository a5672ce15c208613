package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import geventator.transactions.ledger.EventGate.EventView;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The owners' plan of spending, per category and per activity of the event's timetable. */
public final class Budgeting {

    private final Budgets budgets;
    private final Access access;
    private final EventGate events;
    private final Clock clock;

    public Budgeting(Budgets budgets, EventGate events, Clock clock) {
        this.budgets = budgets;
        this.access = new Access(events);
        this.events = events;
        this.clock = clock;
    }

    /** A budget with the currency its minor units are counted in: the event's, now. */
    public record Current(Budget budget, String currency) {}

    public Current budget(EventId eventId, Caller caller) {
        EventView event = access.toRead(eventId, caller);
        return new Current(budgets.of(eventId).orElse(Budget.none(eventId)), event.currency());
    }

    /** Replaces the budget; amounts are decimal strings in the event's currency, zero allowed. */
    public Current setBudget(
            EventId eventId, Caller caller, Map<String, String> categories, Map<String, String> activities) {
        EventView event = access.toBudget(eventId, caller);
        List<Field> errors = new ArrayList<>();
        Map<String, Long> plannedCategories = planned("categories", categories, event.currency(), errors);
        Map<String, Long> plannedActivities = planned("activities", activities, event.currency(), errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Set<String> known = plannedActivities.isEmpty()
                ? Set.of()
                : events.activityTitles(eventId, plannedActivities.keySet(), caller)
                        .keySet();
        List<Field> unknown = plannedActivities.keySet().stream()
                .filter(activityId -> !known.contains(activityId))
                .map(activityId -> new Field("activities." + activityId, "is not an activity of the event"))
                .toList();
        if (!unknown.isEmpty()) {
            throw Refusal.unprocessable(
                    "unknown-activity",
                    unknown.size() == 1
                            ? "the event has no activity "
                                    + unknown.get(0).field().substring("activities.".length())
                            : unknown.size() + " of the budget's activities are not the event's",
                    unknown);
        }
        Budget budget = Budget.none(eventId)
                .withCategories(plannedCategories)
                .withActivities(plannedActivities)
                .by(new MemberId(caller.userId()), clock.instant());
        budgets.put(budget, event.currency());
        return new Current(budget, event.currency());
    }

    private static Map<String, Long> planned(
            String field, Map<String, String> plans, String currency, List<Field> errors) {
        Map<String, Long> planned = new TreeMap<>();
        if (plans == null) {
            return planned;
        }
        plans.forEach((name, amount) -> {
            String where = field + "." + name;
            if (name.isBlank() || name.length() > 100) {
                errors.add(new Field(where, "names must be 1 to 100 characters"));
                return;
            }
            var problem = Money.plannedProblem(amount, currency);
            if (problem.isPresent()) {
                errors.add(new Field(where, problem.get()));
                return;
            }
            BigDecimal value = Money.decimal(amount);
            if (value.compareTo(Money.MAX_AMOUNT.multiply(BigDecimal.valueOf(1000))) > 0) {
                errors.add(new Field(where, "is too large"));
                return;
            }
            planned.put(name, Money.toMinor(value.setScale(Money.minorDigits(currency)), currency));
        });
        return planned;
    }
}
