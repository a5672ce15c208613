package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Dates;
import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import geventator.platform.Text;
import geventator.transactions.ledger.EventGate.EventView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a draft into a revision, or refuses it with every reason it cannot be one. Malformed fields are
 * refused all together as invalid; a well-formed draft the event cannot take (another currency, an amount
 * too large, someone who is not a member, an activity of another event) is unprocessable.
 */
final class Drafting {

    private static final int TEXT_LIMIT = 500;
    private static final int TAG_LIMIT = 20;
    private static final int MAX_SPLIT = 200;

    private final EventGate events;

    Drafting(EventGate events) {
        this.events = events;
    }

    Revision revision(EntryDraft draft, EventView event, Caller caller, Instant now, int version) {
        return revision(draft, event, caller, now, version, null);
    }

    /**
     * {@code before} is the revision an edit starts from (null for a new entry): the members it already names
     * may since have left, and an edit of something else keeps them.
     */
    Revision revision(EntryDraft draft, EventView event, Caller caller, Instant now, int version, Revision before) {
        List<Field> errors = new ArrayList<>();
        Optional<Kind> kind = Optional.ofNullable(draft.kind()).flatMap(Kind::parse);
        if (kind.isEmpty()) {
            errors.add(new Field(
                    "kind",
                    "must be one of sale, donation, sponsorship, deposit, purchase, "
                            + "expense, investment, settlement"));
        }
        if (draft.concept() == null || draft.concept().isBlank()) {
            errors.add(new Field("concept", "is required"));
        }
        String quantity = draft.quantity() == null ? "1" : draft.quantity();
        Money.quantityProblem(quantity).ifPresent(reason -> errors.add(new Field("quantity", reason)));
        Money.unitPriceProblem(draft.unitPrice(), event.currency())
                .ifPresent(reason -> errors.add(new Field("unitPrice", reason)));
        Instant date = date(draft.date(), event, now, errors);
        checkLengths(draft, errors);
        List<String> splitAmong = splitAmong(draft.splitAmong(), errors);
        kind.ifPresent(k -> checkPockets(k, draft, splitAmong, caller, errors));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Kind k = kind.orElseThrow();
        String paidBy = k.hasPayer() && draft.paidFromAccount() == null
                ? Optional.ofNullable(draft.paidBy()).orElse(caller.userId())
                : null;
        String receivedBy = k.hasReceiver() && k != Kind.SETTLEMENT && draft.receivedByAccount() == null
                ? Optional.ofNullable(draft.receivedBy()).orElse(caller.userId())
                : draft.receivedBy();
        BigDecimal amount = acceptable(draft, event, caller);
        checkAccounts(event, draft);
        checkMembers(event, caller, k, paidBy, receivedBy, splitAmong, before);
        return Revision.builder()
                .version(version)
                .kind(k)
                .concept(draft.concept().strip())
                .description(draft.description())
                .pricing(Money.decimal(quantity), Money.decimal(draft.unitPrice()), amount)
                .date(date)
                .category(Text.blankToNull(draft.category()))
                .activityId(Text.blankToNull(draft.activityId()))
                .counterparty(draft.counterparty())
                .paidBy(MemberId.orNull(paidBy))
                .receivedBy(MemberId.orNull(receivedBy))
                .paidFromAccount(draft.paidFromAccount())
                .receivedByAccount(draft.receivedByAccount())
                .splitAmong(splitAmong.stream().sorted().map(MemberId::new).toList())
                .tags(draft.tags() == null ? List.of() : draft.tags())
                .note(draft.note())
                .outsideEvent(!event.isDuring(date))
                .revised(new MemberId(caller.userId()), now)
                .build();
    }

    private BigDecimal acceptable(EntryDraft draft, EventView event, Caller caller) {
        if (draft.currency() != null && !draft.currency().equals(event.currency())) {
            throw unprocessable(
                    "currency-mismatch",
                    "currency",
                    "the event keeps its ledger in " + event.currency() + ", not " + draft.currency());
        }
        BigDecimal amount = Money.amount(
                Money.decimal(draft.quantity() == null ? "1" : draft.quantity()),
                Money.decimal(draft.unitPrice()),
                event.currency());
        if (amount.compareTo(Money.MAX_AMOUNT) > 0) {
            throw unprocessable(
                    "amount-too-large",
                    "unitPrice",
                    "an entry may not exceed " + Money.MAX_AMOUNT.toPlainString() + " " + event.currency());
        }
        if (amount.signum() == 0) {
            throw unprocessable(
                    "amount-rounds-to-zero", "unitPrice", "quantity × unit price rounds to 0 " + event.currency());
        }
        if (draft.activityId() != null
                && !draft.activityId().isBlank()
                && !events.hasActivity(event.eventId(), draft.activityId(), caller)) {
            throw unprocessable("unknown-activity", "activityId", "the event has no activity " + draft.activityId());
        }
        return amount;
    }

    private static void checkAccounts(EventView event, EntryDraft draft) {
        for (String[] account : new String[][] {
            {"paidFromAccount", draft.paidFromAccount()}, {"receivedByAccount", draft.receivedByAccount()}
        }) {
            if (account[1] != null && event.account(account[1]).isEmpty()) {
                throw unprocessable("unknown-account", account[0], "the event has no account " + account[1]);
            }
        }
    }

    /**
     * Money in or out names current members only; a settlement may pay a former member back (or be paid by
     * one). What the edited revision already named stays acceptable.
     */
    private void checkMembers(
            EventView event,
            Caller caller,
            Kind kind,
            String paidBy,
            String receivedBy,
            List<String> splitAmong,
            Revision before) {
        boolean onlyCaller = (paidBy == null || paidBy.equals(caller.userId()))
                && (receivedBy == null || receivedBy.equals(caller.userId()))
                && splitAmong.isEmpty();
        if (onlyCaller) {
            return;
        }
        Map<String, EventGate.Person> members = new HashMap<>();
        events.members(event.eventId(), caller)
                .forEach(p -> members.put(p.userId().value(), p));
        boolean formerAllowed = kind == Kind.SETTLEMENT;
        checkMember(members, "paidBy", paidBy, formerAllowed || named(before, paidBy, Revision::paidBy));
        checkMember(
                members, "receivedBy", receivedBy, formerAllowed || named(before, receivedBy, Revision::receivedBy));
        for (int i = 0; i < splitAmong.size(); i++) {
            String member = splitAmong.get(i);
            boolean keeps = before != null && before.splitAmong().contains(new MemberId(member));
            checkMember(members, "splitAmong[" + i + "]", member, keeps);
        }
    }

    private static boolean named(
            Revision before, String member, java.util.function.Function<Revision, MemberId> pocket) {
        return before != null && member != null && member.equals(MemberId.text(pocket.apply(before)));
    }

    private static void checkMember(
            Map<String, EventGate.Person> members, String field, String member, boolean formerAllowed) {
        if (member == null) {
            return;
        }
        EventGate.Person person = members.get(member);
        if (person == null || (person.former() && !formerAllowed)) {
            throw unprocessable(
                    "not-a-member",
                    field,
                    member
                            + (person == null
                                    ? " is not a member of the event"
                                    : " is no longer a member of the event"));
        }
    }

    private static List<String> splitAmong(List<String> members, List<Field> errors) {
        if (members == null) {
            return List.of();
        }
        if (members.size() > MAX_SPLIT) {
            errors.add(new Field("splitAmong", "at most " + MAX_SPLIT + " members"));
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            if (member == null || member.isBlank()) {
                errors.add(new Field("splitAmong[" + i + "]", "must be a member's user id"));
            } else if (!seen.add(member)) {
                errors.add(new Field("splitAmong[" + i + "]", "names " + member + " twice"));
            }
        }
        return List.copyOf(seen);
    }

    /** Who the money left and who it entered: a member or one of the event's accounts, never both. */
    private static void checkPockets(
            Kind kind, EntryDraft draft, List<String> splitAmong, Caller caller, List<Field> errors) {
        if (!kind.hasPayer() && draft.paidBy() != null) {
            errors.add(new Field("paidBy", "money in has no payer among the members; use receivedBy"));
        }
        if (!kind.hasPayer() && draft.paidFromAccount() != null) {
            errors.add(new Field("paidFromAccount", "money in is received; use receivedByAccount"));
        }
        if (!kind.hasReceiver() && draft.receivedBy() != null) {
            errors.add(new Field("receivedBy", "money out has no receiver among the members; use paidBy"));
        }
        if (!kind.hasReceiver() && draft.receivedByAccount() != null) {
            errors.add(new Field("receivedByAccount", "money out is paid; use paidFromAccount"));
        }
        if (draft.paidBy() != null && draft.paidFromAccount() != null) {
            errors.add(new Field("paidFromAccount", "name the member who paid or the account, not both"));
        }
        if (draft.receivedBy() != null && draft.receivedByAccount() != null) {
            errors.add(new Field("receivedByAccount", "name the member who received it or the account, not both"));
        }
        if (kind == Kind.INVESTMENT && draft.paidFromAccount() != null) {
            errors.add(new Field("paidFromAccount", "an investment is what a member puts in; name paidBy"));
        }
        if (kind == Kind.SETTLEMENT && !splitAmong.isEmpty()) {
            errors.add(new Field("splitAmong", "a settlement moves money between two pockets and is not split"));
        }
        if (kind == Kind.SETTLEMENT) {
            checkSettlement(draft, caller, errors);
        }
    }

    private static void checkSettlement(EntryDraft draft, Caller caller, List<Field> errors) {
        if (blank(draft.receivedBy()) && blank(draft.receivedByAccount())) {
            errors.add(new Field("receivedBy", "a settlement names who is paid: receivedBy or receivedByAccount"));
            return;
        }
        String payer = draft.paidFromAccount() == null
                ? Optional.ofNullable(draft.paidBy()).orElse(caller.userId())
                : null;
        if (draft.receivedBy() != null && draft.receivedBy().equals(payer)) {
            errors.add(new Field("receivedBy", "a member cannot pay themselves back"));
        }
        if (draft.receivedByAccount() != null && draft.receivedByAccount().equals(draft.paidFromAccount())) {
            errors.add(new Field("receivedByAccount", "an account cannot pay itself"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void checkLengths(EntryDraft draft, List<Field> errors) {
        checkLength("concept", draft.concept(), 200, errors);
        checkLength("description", draft.description(), TEXT_LIMIT, errors);
        checkLength("category", draft.category(), 100, errors);
        checkLength("counterparty", draft.counterparty(), 200, errors);
        checkLength("note", draft.note(), TEXT_LIMIT, errors);
        if (draft.tags() != null) {
            if (draft.tags().size() > TAG_LIMIT) {
                errors.add(new Field("tags", "at most " + TAG_LIMIT + " tags"));
            }
            for (int i = 0; i < draft.tags().size(); i++) {
                String tag = draft.tags().get(i);
                if (tag == null || tag.isBlank() || tag.length() > 40) {
                    errors.add(new Field("tags[" + i + "]", "must be 1 to 40 characters"));
                }
            }
        }
    }

    private static void checkLength(String field, String value, int limit, List<Field> errors) {
        if (value != null && value.length() > limit) {
            errors.add(new Field(field, "must be at most " + limit + " characters"));
        }
    }

    /** A day ({@code 2026-05-01}, taken at the start of that day where the event happens) or an instant. */
    private static Instant date(String text, EventView event, Instant now, List<Field> errors) {
        if (text == null) {
            return now;
        }
        try {
            Instant date = text.length() == 10
                    ? LocalDate.parse(text)
                            .atStartOfDay(ZoneId.of(event.timeZone()))
                            .toInstant()
                    : text.endsWith("Z")
                            ? Instant.parse(text)
                            : OffsetDateTime.parse(text).toInstant();
            if (Dates.inRange(date)) {
                return date;
            }
            errors.add(new Field("date", "must be " + Dates.RANGE));
        } catch (DateTimeParseException e) {
            errors.add(new Field("date", "must be a day such as 2026-05-01 or an ISO-8601 instant"));
        }
        return now;
    }

    private static Refusal unprocessable(String code, String field, String detail) {
        return Refusal.unprocessable(code, detail, List.of(new Field(field, detail)));
    }
}
