package geventator.transactions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the ledger's HTTP API. Every amount is a decimal string in the event's currency. */
final class LedgerBodies {

    private LedgerBodies() {}

    record VoidRequest(String reason) {}

    record BudgetRequest(Map<String, String> categories, Map<String, String> activities) {}

    record TransferRequest(String from, String to, String amount) {}

    record EntryView(
            String id,
            String eventId,
            int version,
            String kind,
            String direction,
            String concept,
            String description,
            String quantity,
            String unitPrice,
            String amount,
            String signedAmount,
            String currency,
            Instant date,
            String category,
            String activityId,
            String counterparty,
            String paidBy,
            String receivedBy,
            List<String> tags,
            String note,
            boolean outsideEvent,
            String recordedBy,
            Instant recordedAt,
            String revisedBy,
            Instant revisedAt,
            boolean voided,
            VoidingView voiding) {

        static EntryView of(Entry e) {
            Revision r = e.current();
            return new EntryView(
                    e.id().toHexString(),
                    e.eventId(),
                    r.version(),
                    r.kind().label(),
                    r.kind().direction().name().toLowerCase(java.util.Locale.ROOT),
                    r.concept(),
                    r.description(),
                    r.quantity().toPlainString(),
                    r.unitPrice().toPlainString(),
                    r.amount().toPlainString(),
                    r.amount()
                            .multiply(java.math.BigDecimal.valueOf(r.kind().sign()))
                            .toPlainString(),
                    e.currency(),
                    r.date(),
                    r.category(),
                    r.activityId(),
                    r.counterparty(),
                    r.paidBy(),
                    r.receivedBy(),
                    r.tags(),
                    r.note(),
                    r.outsideEvent(),
                    e.recordedBy(),
                    e.recordedAt(),
                    r.revisedBy(),
                    r.revisedAt(),
                    e.isVoided(),
                    e.isVoided() ? VoidingView.of(e.voided()) : null);
        }
    }

    record VoidingView(String reason, String by, Instant at) {
        static VoidingView of(Voiding v) {
            return new VoidingView(v.reason(), v.by(), v.at());
        }
    }

    record Page(List<EntryView> items, String nextCursor) {}

    record RevisionView(
            int version,
            String kind,
            String concept,
            String description,
            String quantity,
            String unitPrice,
            String amount,
            Instant date,
            String category,
            String activityId,
            String counterparty,
            String paidBy,
            String receivedBy,
            List<String> tags,
            String note,
            String revisedBy,
            Instant revisedAt) {
        static RevisionView of(Revision r) {
            return new RevisionView(
                    r.version(),
                    r.kind().label(),
                    r.concept(),
                    r.description(),
                    r.quantity().toPlainString(),
                    r.unitPrice().toPlainString(),
                    r.amount().toPlainString(),
                    r.date(),
                    r.category(),
                    r.activityId(),
                    r.counterparty(),
                    r.paidBy(),
                    r.receivedBy(),
                    r.tags(),
                    r.note(),
                    r.revisedBy(),
                    r.revisedAt());
        }
    }

    record History(String entryId, List<RevisionView> revisions, VoidingView voiding) {
        static History of(Entry e) {
            return new History(
                    e.id().toHexString(),
                    e.history().stream().map(RevisionView::of).toList(),
                    e.isVoided() ? VoidingView.of(e.voided()) : null);
        }
    }

    record Export(String eventId, String currency, Instant exportedAt, List<ExportedEntry> entries) {}

    record ExportedEntry(EntryView entry, List<RevisionView> revisions) {
        static ExportedEntry of(Entry e) {
            return new ExportedEntry(
                    EntryView.of(e), e.history().stream().map(RevisionView::of).toList());
        }
    }

    record FlowView(String in, String out, String net, long entries) {
        static FlowView of(Balances.Flow f, String currency) {
            return new FlowView(
                    Money.format(f.in(), currency),
                    Money.format(f.out(), currency),
                    Money.format(f.net(), currency),
                    f.count());
        }
    }

    record PlanView(String name, String planned, String actual, String remaining, boolean overBudget) {
        static PlanView of(Balances.Plan p, String currency) {
            return new PlanView(
                    p.name(),
                    p.planned() == null ? null : Money.format(p.planned(), currency),
                    Money.format(p.actual(), currency),
                    p.planned() == null ? null : Money.format(p.planned() - p.actual(), currency),
                    p.isOver());
        }
    }

    record BudgetView(List<PlanView> categories, List<PlanView> activities, PlanView overall) {}

    record BalanceView(
            String eventId,
            String currency,
            String in,
            String out,
            String net,
            long entries,
            Map<String, FlowView> byKind,
            Map<String, FlowView> byCategory,
            Map<String, FlowView> byMonth,
            BudgetView budget) {

        static BalanceView of(Balances.Report r) {
            String c = r.currency();
            Map<String, FlowView> byKind = new java.util.LinkedHashMap<>();
            r.byKind().forEach((kind, flow) -> byKind.put(kind.label(), FlowView.of(flow, c)));
            return new BalanceView(
                    r.eventId(),
                    c,
                    Money.format(r.total().in(), c),
                    Money.format(r.total().out(), c),
                    Money.format(r.total().net(), c),
                    r.total().count(),
                    byKind,
                    flows(r.byCategory(), c),
                    flows(r.byMonth(), c),
                    new BudgetView(
                            r.categoryPlans().stream()
                                    .map(p -> PlanView.of(p, c))
                                    .toList(),
                            r.activityPlans().stream()
                                    .map(p -> PlanView.of(p, c))
                                    .toList(),
                            PlanView.of(r.overallPlan(), c)));
        }

        private static Map<String, FlowView> flows(Map<String, Balances.Flow> flows, String currency) {
            Map<String, FlowView> views = new java.util.LinkedHashMap<>();
            flows.forEach((name, flow) -> views.put(name, FlowView.of(flow, currency)));
            return views;
        }
    }

    record BudgetBody(
            String eventId,
            String currency,
            Map<String, String> categories,
            Map<String, String> activities,
            String setBy,
            Instant setAt) {
        static BudgetBody of(Budget b, String currency) {
            Map<String, String> categories = new java.util.TreeMap<>();
            b.categories().forEach((k, v) -> categories.put(k, Money.format(v, currency)));
            Map<String, String> activities = new java.util.TreeMap<>();
            b.activities().forEach((k, v) -> activities.put(k, Money.format(v, currency)));
            return new BudgetBody(b.eventId(), currency, categories, activities, b.setBy(), b.setAt());
        }
    }

    record PositionView(String userId, String name, String paid, String taken, String share, String position) {}

    record TransferView(
            String from, String fromName, String to, String toName, String amount, String currency, String text) {}

    record SettleUpView(String eventId, String currency, List<PositionView> positions, List<TransferView> transfers) {
        static SettleUpView of(Settling.Statement s) {
            String c = s.event().currency();
            return new SettleUpView(
                    s.event().eventId(),
                    c,
                    s.result().positions().stream()
                            .map(p -> new PositionView(
                                    p.userId(),
                                    s.name(p.userId()),
                                    Money.format(p.paid(), c),
                                    Money.format(p.taken(), c),
                                    Money.format(p.share(), c),
                                    Money.format(p.position(), c)))
                            .toList(),
                    s.result().transfers().stream()
                            .map(t -> new TransferView(
                                    t.from(),
                                    s.name(t.from()),
                                    t.to(),
                                    s.name(t.to()),
                                    Money.format(t.amount(), c),
                                    c,
                                    s.name(t.from()) + " pays " + s.name(t.to()) + " " + Money.format(t.amount(), c)
                                            + " " + c))
                            .toList());
        }
    }
}
