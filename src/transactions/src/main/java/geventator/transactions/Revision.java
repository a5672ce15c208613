package geventator.transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an entry said at one version, and who made it say so. */
record Revision(
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
        String paidBy,
        String receivedBy,
        List<String> tags,
        String note,
        boolean outsideEvent,
        String revisedBy,
        Instant revisedAt) {

    Revision {
        tags = List.copyOf(tags);
    }

    Revision next(String by, Instant at) {
        return new Revision(
                version + 1,
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
                by,
                at);
    }
}
