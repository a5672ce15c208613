package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.transactions.ledger.EventGate.EventView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The balance of an event, summed by the database over its non-voided entries (never by loading them), and
 * held against the owners' budget, both read in one question ({@link BalanceSheets}). A budget plans
 * spending: its actuals are money out.
 */
public final class Balancing {

    private final BalanceSheets sheets;
    private final Access access;
    private final EventGate events;

    public Balancing(BalanceSheets sheets, EventGate events) {
        this.sheets = sheets;
        this.access = new Access(events);
        this.events = events;
    }

    public record Flow(long in, long out, long count) {
        public long net() {
            return in - out;
        }

        Flow plus(Kind kind, long minor, long entries) {
            return new Flow(in + (kind.sign() > 0 ? minor : 0), out + (kind.sign() < 0 ? minor : 0), count + entries);
        }
    }

    /** {@code title}: an activity's, beside its id; null for a category. */
    public record Plan(String name, String title, Long planned, long actual) {
        public boolean isOver() {
            return planned != null && actual > planned;
        }
    }

    public record Report(
            EventId eventId,
            String currency,
            Flow total,
            Map<Kind, Flow> byKind,
            Map<String, Flow> byCategory,
            Map<String, Flow> byMonth,
            List<Plan> categoryPlans,
            List<Plan> activityPlans,
            Plan overallPlan,
            List<AccountBalance> accounts) {}

    /** One of the event's accounts: received into it minus paid from it, settlements included. */
    public record AccountBalance(String accountId, String name, long balance) {}

    public Report balance(EventId eventId, Caller caller) {
        EventView event = access.toRead(eventId, caller);
        BalanceSheets.Sheet sheet = sheets.of(eventId);
        List<Entries.Sums> sums = sheet.sums();
        Budget budget = sheet.budget().orElse(Budget.none(eventId));
        Map<Kind, Flow> byKind = new TreeMap<>();
        Flow total = new Flow(0, 0, 0);
        for (Entries.Sums s : sums) {
            byKind.merge(s.kind(), new Flow(0, 0, 0).plus(s.kind(), s.minor(), s.count()), Balancing::add);
            total = total.plus(s.kind(), s.minor(), s.count());
        }
        Map<String, Flow> byCategory = by(sums, s -> s.category() == null ? "" : s.category());
        Map<String, Flow> byMonth = by(sums, Entries.Sums::month);
        Map<String, Flow> byActivity = by(sums, s -> s.activityId() == null ? "" : s.activityId());
        List<Plan> categoryPlans = plans(budget.categories(), byCategory, name -> null);
        Set<String> activityIds = new TreeSet<>(budget.activities().keySet());
        activityIds.addAll(byActivity.keySet());
        activityIds.remove("");
        Map<String, String> titles =
                activityIds.isEmpty() ? Map.of() : events.activityTitles(eventId, activityIds, caller);
        List<Plan> activityPlans = plans(budget.activities(), byActivity, titles::get);
        Long plannedOverall = budget.categories().isEmpty()
                ? null
                : budget.categories().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
        return new Report(
                eventId,
                event.currency(),
                total,
                byKind,
                byCategory,
                byMonth,
                categoryPlans,
                activityPlans,
                new Plan("overall", null, plannedOverall, total.out()),
                accounts(event, sums));
    }

    private static List<AccountBalance> accounts(EventView event, List<Entries.Sums> sums) {
        Map<String, Long> balances = new LinkedHashMap<>();
        event.accounts().forEach(a -> balances.put(a.id(), 0L));
        for (Entries.Sums s : sums) {
            if (s.receivedByAccount() != null) {
                balances.merge(s.receivedByAccount(), s.minor(), Long::sum);
            }
            if (s.paidFromAccount() != null) {
                balances.merge(s.paidFromAccount(), -s.minor(), Long::sum);
            }
        }
        List<AccountBalance> accounts = new ArrayList<>();
        balances.forEach((id, balance) -> accounts.add(new AccountBalance(id, event.accountName(id), balance)));
        return accounts;
    }

    private static Map<String, Flow> by(List<Entries.Sums> sums, Function<Entries.Sums, String> key) {
        Map<String, Flow> flows = new TreeMap<>();
        for (Entries.Sums s : sums) {
            flows.merge(key.apply(s), new Flow(0, 0, 0).plus(s.kind(), s.minor(), s.count()), Balancing::add);
        }
        return flows;
    }

    private static List<Plan> plans(
            Map<String, Long> planned, Map<String, Flow> actual, Function<String, String> title) {
        TreeSet<String> names = new TreeSet<>(planned.keySet());
        names.addAll(actual.keySet());
        names.remove("");
        return names.stream()
                .map(name -> new Plan(
                        name,
                        title.apply(name),
                        planned.get(name),
                        actual.getOrDefault(name, new Flow(0, 0, 0)).out()))
                .toList();
    }

    private static Flow add(Flow a, Flow b) {
        return new Flow(a.in() + b.in(), a.out() + b.out(), a.count() + b.count());
    }
}
