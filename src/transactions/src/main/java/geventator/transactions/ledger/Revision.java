package geventator.transactions.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        String paidFromAccount,
        String receivedByAccount,
        List<MemberId> splitAmong,
        List<String> tags,
        String note,
        boolean outsideEvent,
        MemberId revisedBy,
        Instant revisedAt) {

    public Revision {
        tags = List.copyOf(tags);
        splitAmong = splitAmong == null ? List.of() : List.copyOf(splitAmong);
    }

    /** Whether the entry is some members' own (a dinner for three) rather than the event's. */
    public boolean isSplit() {
        return !splitAmong.isEmpty();
    }

    /**
     * Each named member's part of the amount in minor units, by user id: equal parts, the minor units that do
     * not divide one each to the first. Empty when the entry is the event's.
     */
    public Map<MemberId, Long> splitParts(String currency) {
        Map<MemberId, Long> parts = new LinkedHashMap<>();
        if (splitAmong.isEmpty()) {
            return parts;
        }
        long minor = Money.toMinor(amount, currency);
        List<MemberId> members = splitAmong.stream()
                .sorted(Comparator.comparing(MemberId::value))
                .toList();
        long each = minor / members.size();
        long remainder = minor % members.size();
        for (int i = 0; i < members.size(); i++) {
            parts.put(members.get(i), each + (i < remainder ? 1 : 0));
        }
        return parts;
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
        private String paidFromAccount;
        private String receivedByAccount;
        private List<MemberId> splitAmong = List.of();
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

        /** The event's account the money left (money out, or the paying side of a settlement). */
        public Builder paidFromAccount(String paidFromAccount) {
            this.paidFromAccount = paidFromAccount;
            return this;
        }

        /** The event's account the money entered (money in, or the paid side of a settlement). */
        public Builder receivedByAccount(String receivedByAccount) {
            this.receivedByAccount = receivedByAccount;
            return this;
        }

        public Builder splitAmong(List<MemberId> splitAmong) {
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
                    paidFromAccount,
                    receivedByAccount,
                    splitAmong,
                    tags,
                    note,
                    outsideEvent,
                    revisedBy,
                    revisedAt);
        }
    }
}
