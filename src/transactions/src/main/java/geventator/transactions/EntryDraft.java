package geventator.transactions;

import java.util.List;

/**
 * An entry as a client writes it: every decimal is a string, every field optional until {@link Drafting}
 * checks it. A PATCH sends only what changes; {@link #over(EntryDraft)} lays it over the current revision.
 */
record EntryDraft(
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
        List<String> tags,
        String note) {

    static EntryDraft of(Revision r, String currency) {
        return new EntryDraft(
                r.kind().label(),
                r.concept(),
                r.description(),
                r.quantity().toPlainString(),
                r.unitPrice().toPlainString(),
                currency,
                r.date().toString(),
                r.category(),
                r.activityId(),
                r.counterparty(),
                r.paidBy(),
                r.receivedBy(),
                r.tags(),
                r.note());
    }

    /**
     * This change laid over {@code base}: what this draft leaves out stays as it was, except whose pockets
     * the money touched when the kind changes direction, which fall back to the defaults of the new kind.
     */
    EntryDraft over(EntryDraft base) {
        if (kind != null && !kind.equals(base.kind)) {
            base = new EntryDraft(
                    base.kind,
                    base.concept,
                    base.description,
                    base.quantity,
                    base.unitPrice,
                    base.currency,
                    base.date,
                    base.category,
                    base.activityId,
                    base.counterparty,
                    null,
                    null,
                    base.tags,
                    base.note);
        }
        return new EntryDraft(
                or(kind, base.kind),
                or(concept, base.concept),
                or(description, base.description),
                or(quantity, base.quantity),
                or(unitPrice, base.unitPrice),
                or(currency, base.currency),
                or(date, base.date),
                or(category, base.category),
                or(activityId, base.activityId),
                or(counterparty, base.counterparty),
                or(paidBy, base.paidBy),
                or(receivedBy, base.receivedBy),
                or(tags, base.tags),
                or(note, base.note));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
