package geventator.transactions.ledger;

import java.util.List;

/**
 * An entry as a client writes it: every decimal is a string, every field optional until {@link Drafting}
 * checks it. A PATCH sends only what changes; {@link Patching} lays it over the current revision.
 */
public record EntryDraft(
        String kind,
        String concept,
        String description,
        String quantity,
        String unitPrice,
        String currency,
        String date,
        String category,
        String activityId,
        String counterparty,
        String paidBy,
        String receivedBy,
        String paidFromAccount,
        String receivedByAccount,
        List<String> splitAmong,
        List<String> tags,
        String note) {

    /** The draft that would make {@code r} again. */
    public static EntryDraft of(Revision r, String currency) {
        return builder()
                .kind(r.kind().label())
                .concept(r.concept())
                .description(r.description())
                .quantity(r.quantity().toPlainString())
                .unitPrice(r.unitPrice().toPlainString())
                .currency(currency)
                .date(r.date().toString())
                .category(r.category())
                .activityId(r.activityId())
                .counterparty(r.counterparty())
                .paidBy(MemberId.text(r.paidBy()))
                .receivedBy(MemberId.text(r.receivedBy()))
                .paidFromAccount(r.paidFromAccount())
                .receivedByAccount(r.receivedByAccount())
                .splitAmong(
                        r.isSplit()
                                ? r.splitAmong().stream().map(MemberId::value).toList()
                                : null)
                .tags(r.tags())
                .note(r.note())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return builder()
                .kind(kind)
                .concept(concept)
                .description(description)
                .quantity(quantity)
                .unitPrice(unitPrice)
                .currency(currency)
                .date(date)
                .category(category)
                .activityId(activityId)
                .counterparty(counterparty)
                .paidBy(paidBy)
                .receivedBy(receivedBy)
                .paidFromAccount(paidFromAccount)
                .receivedByAccount(receivedByAccount)
                .splitAmong(splitAmong)
                .tags(tags)
                .note(note);
    }

    public static final class Builder {
        private String kind;
        private String concept;
        private String description;
        private String quantity;
        private String unitPrice;
        private String currency;
        private String date;
        private String category;
        private String activityId;
        private String counterparty;
        private String paidBy;
        private String receivedBy;
        private String paidFromAccount;
        private String receivedByAccount;
        private List<String> splitAmong;
        private List<String> tags;
        private String note;

        private Builder() {}

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder concept(String concept) {
            this.concept = concept;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder quantity(String quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder unitPrice(String unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder activityId(String activityId) {
            this.activityId = activityId;
            return this;
        }

        public Builder counterparty(String counterparty) {
            this.counterparty = counterparty;
            return this;
        }

        public Builder paidBy(String paidBy) {
            this.paidBy = paidBy;
            return this;
        }

        public Builder receivedBy(String receivedBy) {
            this.receivedBy = receivedBy;
            return this;
        }

        public Builder paidFromAccount(String paidFromAccount) {
            this.paidFromAccount = paidFromAccount;
            return this;
        }

        public Builder receivedByAccount(String receivedByAccount) {
            this.receivedByAccount = receivedByAccount;
            return this;
        }

        public Builder splitAmong(List<String> splitAmong) {
            this.splitAmong = splitAmong;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public EntryDraft build() {
            return new EntryDraft(
                    kind,
                    concept,
                    description,
                    quantity,
                    unitPrice,
                    currency,
                    date,
                    category,
                    activityId,
                    counterparty,
                    paidBy,
                    receivedBy,
                    paidFromAccount,
                    receivedByAccount,
                    splitAmong,
                    tags,
                    note);
        }
    }
}
