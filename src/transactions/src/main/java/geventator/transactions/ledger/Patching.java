package geventator.transactions.ledger;

import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An edit as JSON Merge Patch (RFC 7396) reads it: a field left out stays as it was, a field sent as
 * {@code null} is cleared, and a field sent with a value replaces it. Two rules keep an edit from moving
 * money silently: what an entry cannot be without (kind, concept, unit price, date, and the pocket its
 * kind names) cannot be cleared, and an edit that turns money in into money out (or either into a
 * settlement, or back) must name the new pocket, because the old one no longer applies.
 */
final class Patching {

    private static final Set<String> REQUIRED = Set.of("kind", "concept", "unitPrice", "date");

    private Patching() {}

    /** {@code change} laid over {@code current}; refuses a clearing or a turn that would lose a pocket. */
    static EntryDraft merged(Revision current, String currency, EntryDraft change, Set<String> cleared) {
        List<Field> errors = new ArrayList<>();
        cleared.stream()
                .filter(REQUIRED::contains)
                .sorted()
                .forEach(field -> errors.add(new Field(field, "cannot be cleared; send a new value")));
        Kind kind = change.kind() == null
                ? current.kind()
                : Kind.parse(change.kind()).orElse(null);
        boolean turned = kind != null && kind.direction() != current.kind().direction();
        if (kind != null && !turned) {
            if (kind.hasPayer() && clearsPocket(cleared, change, "paidBy", "paidFromAccount", current)) {
                errors.add(new Field("paidBy", "cannot be cleared; name the member or the account that paid"));
            }
            if (kind.hasReceiver() && clearsPocket(cleared, change, "receivedBy", "receivedByAccount", current)) {
                errors.add(new Field(
                        "receivedBy", "cannot be cleared; name the member or the account that received the money"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (turned) {
            requirePockets(current.kind(), kind, change);
        }
        EntryDraft base = EntryDraft.of(current, currency);
        EntryDraft.Builder under = base.toBuilder();
        if (turned) {
            under.paidBy(null).receivedBy(null).paidFromAccount(null).receivedByAccount(null);
        }
        // One pocket per side: naming the member replaces the account, and naming the account the member.
        if (change.paidBy() != null || change.paidFromAccount() != null) {
            under.paidBy(null).paidFromAccount(null);
        }
        if (change.receivedBy() != null || change.receivedByAccount() != null) {
            under.receivedBy(null).receivedByAccount(null);
        }
        if (kind == Kind.SETTLEMENT) {
            under.splitAmong(null);
        }
        EntryDraft below = under.build();
        return EntryDraft.builder()
                .kind(pick(change.kind(), "kind", cleared, below.kind()))
                .concept(pick(change.concept(), "concept", cleared, below.concept()))
                .description(pick(change.description(), "description", cleared, below.description()))
                .quantity(pick(change.quantity(), "quantity", cleared, below.quantity()))
                .unitPrice(pick(change.unitPrice(), "unitPrice", cleared, below.unitPrice()))
                .currency(pick(change.currency(), "currency", cleared, below.currency()))
                .date(pick(change.date(), "date", cleared, below.date()))
                .category(pick(change.category(), "category", cleared, below.category()))
                .activityId(pick(change.activityId(), "activityId", cleared, below.activityId()))
                .counterparty(pick(change.counterparty(), "counterparty", cleared, below.counterparty()))
                .paidBy(pick(change.paidBy(), "paidBy", cleared, below.paidBy()))
                .receivedBy(pick(change.receivedBy(), "receivedBy", cleared, below.receivedBy()))
                .paidFromAccount(pick(change.paidFromAccount(), "paidFromAccount", cleared, below.paidFromAccount()))
                .receivedByAccount(
                        pick(change.receivedByAccount(), "receivedByAccount", cleared, below.receivedByAccount()))
                .splitAmong(pick(change.splitAmong(), "splitAmong", cleared, below.splitAmong()))
                .tags(pick(change.tags(), "tags", cleared, below.tags()))
                .note(pick(change.note(), "note", cleared, below.note()))
                .build();
    }

    /** Whether the edit clears the side's pocket (the member or the account) without naming the other one. */
    private static boolean clearsPocket(
            Set<String> cleared, EntryDraft change, String member, String account, Revision current) {
        boolean namesMember = "paidBy".equals(member) ? change.paidBy() != null : change.receivedBy() != null;
        boolean namesAccount =
                "paidBy".equals(member) ? change.paidFromAccount() != null : change.receivedByAccount() != null;
        boolean hadAccount =
                "paidBy".equals(member) ? current.paidFromAccount() != null : current.receivedByAccount() != null;
        boolean clearsMember = cleared.contains(member) && !namesAccount && !hadAccount;
        boolean clearsAccount = cleared.contains(account) && !namesMember && hadAccount;
        return clearsMember || clearsAccount;
    }

    /** Whether {@code next} says what {@code current} says: then the edit adds no revision. */
    static boolean changesNothing(Revision current, Revision next) {
        return current.kind() == next.kind()
                && Objects.equals(current.concept(), next.concept())
                && Objects.equals(current.description(), next.description())
                && same(current.quantity(), next.quantity())
                && same(current.unitPrice(), next.unitPrice())
                && same(current.amount(), next.amount())
                && current.date().equals(next.date())
                && Objects.equals(current.category(), next.category())
                && Objects.equals(current.activityId(), next.activityId())
                && Objects.equals(current.counterparty(), next.counterparty())
                && Objects.equals(current.paidBy(), next.paidBy())
                && Objects.equals(current.receivedBy(), next.receivedBy())
                && Objects.equals(current.paidFromAccount(), next.paidFromAccount())
                && Objects.equals(current.receivedByAccount(), next.receivedByAccount())
                && current.splitAmong().equals(next.splitAmong())
                && current.tags().equals(next.tags())
                && Objects.equals(current.note(), next.note());
    }

    private static void requirePockets(Kind from, Kind to, EntryDraft change) {
        List<Field> missing = new ArrayList<>();
        if (to.hasPayer() && change.paidBy() == null && change.paidFromAccount() == null) {
            missing.add(new Field(
                    "paidBy", "name the member (or paidFromAccount) who paid, now that the entry is " + to.label()));
        }
        if (to.hasReceiver() && change.receivedBy() == null && change.receivedByAccount() == null) {
            missing.add(new Field(
                    "receivedBy",
                    "name the member (or receivedByAccount) who received the money, now that the entry is "
                            + to.label()));
        }
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable(
                    "pocket-required",
                    "changing a " + from.label() + " into a " + to.label()
                            + " moves the money to another pocket; name it in the same edit",
                    missing);
        }
    }

    private static <T> T pick(T value, String field, Set<String> cleared, T fallback) {
        if (value != null) {
            return value;
        }
        return cleared.contains(field) ? null : fallback;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
