package geventator.transactions.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Revision;
import geventator.transactions.ledger.Voiding;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON bodies of entries. Every amount is a decimal string in the event's currency. The wide answers are
 * views with one getter per JSON property, so that no property is filled by position; the order of the
 * properties is fixed, the first ones named and the others alphabetical.
 */
final class EntryBodies {

    private EntryBodies() {}

    record VoidRequest(String reason) {}

    /** One revision as clients read it, in the history and the export. */
    @JsonPropertyOrder(
            value = {"version", "kind", "concept"},
            alphabetic = true)
    static class RevisionView {
        private final Revision revision;

        RevisionView(Revision revision) {
            this.revision = revision;
        }

        public int getVersion() {
            return revision.version();
        }

        public String getKind() {
            return revision.kind().label();
        }

        public String getConcept() {
            return revision.concept();
        }

        public String getDescription() {
            return revision.description();
        }

        public String getQuantity() {
            return revision.quantity().toPlainString();
        }

        public String getUnitPrice() {
            return revision.unitPrice().toPlainString();
        }

        public String getAmount() {
            return revision.amount().toPlainString();
        }

        public Instant getDate() {
            return revision.date();
        }

        public String getCategory() {
            return revision.category();
        }

        public String getActivityId() {
            return revision.activityId();
        }

        public String getCounterparty() {
            return revision.counterparty();
        }

        public String getPaidBy() {
            return MemberId.text(revision.paidBy());
        }

        public String getReceivedBy() {
            return MemberId.text(revision.receivedBy());
        }

        public String getPaidFromAccount() {
            return revision.paidFromAccount();
        }

        public String getReceivedByAccount() {
            return revision.receivedByAccount();
        }

        /** The members whose own the entry is, split equally; empty when it is the event's. */
        public List<String> getSplitAmong() {
            return revision.splitAmong().stream().map(MemberId::value).toList();
        }

        public List<String> getTags() {
            return revision.tags();
        }

        public String getNote() {
            return revision.note();
        }

        public String getRevisedBy() {
            return revision.revisedBy().value();
        }

        public Instant getRevisedAt() {
            return revision.revisedAt();
        }
    }

    /** An entry as clients read it: its current revision, what the server computed, and whether it is void. */
    @JsonPropertyOrder(
            value = {"id", "eventId", "version", "kind", "concept"},
            alphabetic = true)
    static final class EntryView extends RevisionView {
        private final Entry entry;

        EntryView(Entry entry) {
            super(entry.current());
            this.entry = entry;
        }

        public String getId() {
            return entry.id().value();
        }

        public String getEventId() {
            return entry.eventId().value();
        }

        public String getDirection() {
            return entry.current().kind().direction().name().toLowerCase(Locale.ROOT);
        }

        public String getSignedAmount() {
            return entry.current().signedAmount().toPlainString();
        }

        public String getCurrency() {
            return entry.currency();
        }

        public boolean isOutsideEvent() {
            return entry.current().outsideEvent();
        }

        public String getRecordedBy() {
            return entry.recordedBy().value();
        }

        public Instant getRecordedAt() {
            return entry.recordedAt();
        }

        public boolean isVoided() {
            return entry.isVoided();
        }

        public VoidingView getVoiding() {
            return entry.isVoided() ? VoidingView.of(entry.voided()) : null;
        }
    }

    record VoidingView(String reason, String by, Instant at) {
        static VoidingView of(Voiding v) {
            return new VoidingView(v.reason(), v.by().value(), v.at());
        }
    }

    record Page(List<EntryView> items, String nextCursor) {}

    record History(String entryId, List<RevisionView> revisions, VoidingView voiding) {
        static History of(Entry e) {
            return new History(
                    e.id().value(),
                    e.history().stream().map(RevisionView::new).toList(),
                    e.isVoided() ? VoidingView.of(e.voided()) : null);
        }
    }

    record SummaryView(String eventId, long entries) {}
}
