package geventator.transactions.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an entry said at one version, and who made it say so. Built by name: {@link #builder()}. */
public record Revision(
        int version,
        Kind kind,
        String concept,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        Instant date,
        String category,
        String activityId,
        String counterparty,
        MemberId paidBy,
        MemberId receivedBy,
        List<String> tags,
        String note,
        boolean outsideEvent,
        MemberId revisedBy,
        Instant revisedAt) {

    public Revision {
        tags = List.copyOf(tags);
    }

    /** The amount with the sign of its kind: positive money in, negative money out, zero for a settlement. */
    public BigDecimal signedAmount() {
        return amount.multiply(BigDecimal.valueOf(kind.sign()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every component, so that no two of the many strings can be swapped unnoticed. */
    public static final class Builder {
        private int version;
        private Kind kind;
        private String concept;
        private String description;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private BigDecimal amount;
        private Instant date;
        private String category;
        private String activityId;
        private String counterparty;
        private MemberId paidBy;
        private MemberId receivedBy;
        private List<String> tags = List.of();
        private String note;
        private boolean outsideEvent;
        private MemberId revisedBy;
        private Instant revisedAt;

        private Builder() {}

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder kind(Kind kind) {
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

        /** Quantity, unit price and the amount computed from them. */
        public Builder pricing(BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.amount = amount;
            return this;
        }

        public Builder date(Instant date) {
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

        public Builder paidBy(MemberId paidBy) {
            this.paidBy = paidBy;
            return this;
        }

        public Builder receivedBy(MemberId receivedBy) {
            this.receivedBy = receivedBy;
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

        public Builder outsideEvent(boolean outsideEvent) {
            this.outsideEvent = outsideEvent;
            return this;
        }

        public Builder revised(MemberId by, Instant at) {
            this.revisedBy = by;
            this.revisedAt = at;
            return this;
        }

        public Revision build() {
            return new Revision(
                    version,
                    kind,
                    concept,
                    description,
                    quantity,
                    unitPrice,
                    amount,
                    date,
                    category,
                    activityId,
                    counterparty,
                    paidBy,
                    receivedBy,
                    tags,
                    note,
                    outsideEvent,
                    revisedBy,
                    revisedAt);
        }
    }
}
