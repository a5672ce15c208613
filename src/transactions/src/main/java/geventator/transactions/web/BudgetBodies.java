package geventator.transactions.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import geventator.transactions.ledger.Balancing;
import geventator.transactions.ledger.Budgeting;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON bodies of the budget and the balance, as views with one getter per property. */
final class BudgetBodies {

    private BudgetBodies() {}

    record BudgetRequest(Map<String, String> categories, Map<String, String> activities) {}

    @JsonPropertyOrder(
            value = {"eventId", "currency"},
            alphabetic = true)
    static final class BudgetView {
        private final Budgeting.Current current;

        BudgetView(Budgeting.Current current) {
            this.current = current;
        }

        public String getEventId() {
            return current.budget().eventId().value();
        }

        public String getCurrency() {
            return current.currency();
        }

        public Map<String, String> getCategories() {
            return formatted(current.budget().categories(), current.currency());
        }

        public Map<String, String> getActivities() {
            return formatted(current.budget().activities(), current.currency());
        }

        public String getSetBy() {
            return MemberId.text(current.budget().setBy());
        }

        public Instant getSetAt() {
            return current.budget().setAt();
        }

        private static Map<String, String> formatted(Map<String, Long> plans, String currency) {
            Map<String, String> formatted = new TreeMap<>();
            plans.forEach((name, minor) -> formatted.put(name, Money.format(minor, currency)));
            return formatted;
        }
    }

    /** Money in, out and net of some entries, and how many they are. */
    @JsonPropertyOrder({"in", "out", "net", "entries"})
    static final class FlowView {
        private final Balancing.Flow flow;
        private final String currency;

        FlowView(Balancing.Flow flow, String currency) {
            this.flow = flow;
            this.currency = currency;
        }

        public String getIn() {
            return Money.format(flow.in(), currency);
        }

        public String getOut() {
            return Money.format(flow.out(), currency);
        }

        public String getNet() {
            return Money.format(flow.net(), currency);
        }

        public long getEntries() {
            return flow.count();
        }
    }

    /** One line of the budget: planned, actual money out, what remains. */
    @JsonPropertyOrder({"name", "title", "planned", "actual", "remaining", "overBudget"})
    static final class PlanView {
        private final Balancing.Plan plan;
        private final String currency;

        PlanView(Balancing.Plan plan, String currency) {
            this.plan = plan;
            this.currency = currency;
        }

        public String getName() {
            return plan.name();
        }

        /** An activity's title beside its id (absent for categories and the overall line). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String getTitle() {
            return plan.title();
        }

        public String getPlanned() {
            return plan.planned() == null ? null : Money.format(plan.planned(), currency);
        }

        public String getActual() {
            return Money.format(plan.actual(), currency);
        }

        public String getRemaining() {
            return plan.planned() == null ? null : Money.format(plan.planned() - plan.actual(), currency);
        }

        public boolean isOverBudget() {
            return plan.isOver();
        }
    }

    record AccountView(String accountId, String name, String balance) {}

    record PlansView(List<PlanView> categories, List<PlanView> activities, PlanView overall) {}

    /** The balance: the totals, then by kind, category and month, then held against the budget. */
    @JsonPropertyOrder(
            value = {"eventId", "currency", "in", "out", "net", "entries"},
            alphabetic = true)
    static final class BalanceView {
        private final Balancing.Report report;
        private final FlowView total;

        BalanceView(Balancing.Report report) {
            this.report = report;
            this.total = new FlowView(report.total(), report.currency());
        }

        public String getEventId() {
            return report.eventId().value();
        }

        public String getCurrency() {
            return report.currency();
        }

        public String getIn() {
            return total.getIn();
        }

        public String getOut() {
            return total.getOut();
        }

        public String getNet() {
            return total.getNet();
        }

        public long getEntries() {
            return total.getEntries();
        }

        public Map<String, FlowView> getByKind() {
            Map<String, FlowView> byKind = new LinkedHashMap<>();
            report.byKind().forEach((kind, flow) -> byKind.put(kind.label(), new FlowView(flow, report.currency())));
            return byKind;
        }

        public Map<String, FlowView> getByCategory() {
            return flows(report.byCategory());
        }

        public Map<String, FlowView> getByMonth() {
            return flows(report.byMonth());
        }

        /** Each of the event's accounts with its balance, the default first. */
        public List<AccountView> getAccounts() {
            return report.accounts().stream()
                    .map(a -> new AccountView(a.accountId(), a.name(), Money.format(a.balance(), report.currency())))
                    .toList();
        }

        public PlansView getBudget() {
            return new PlansView(
                    plans(report.categoryPlans()), plans(report.activityPlans()), plan(report.overallPlan()));
        }

        private Map<String, FlowView> flows(Map<String, Balancing.Flow> flows) {
            Map<String, FlowView> views = new LinkedHashMap<>();
            flows.forEach((name, flow) -> views.put(name, new FlowView(flow, report.currency())));
            return views;
        }

        private List<PlanView> plans(List<Balancing.Plan> plans) {
            return plans.stream().map(this::plan).toList();
        }

        private PlanView plan(Balancing.Plan plan) {
            return new PlanView(plan, report.currency());
        }
    }
}
