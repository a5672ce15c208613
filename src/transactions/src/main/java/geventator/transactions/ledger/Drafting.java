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
import java.util.List;
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

    private final EventGate events;

    Drafting(EventGate events) {
        this.events = events;
    }

    Revision revision(EntryDraft draft, EventView event, Caller caller, Instant now, int version) {
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
        kind.ifPresent(k -> checkPockets(k, draft, errors));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Kind k = kind.orElseThrow();
        String paidBy = k.hasPayer() ? Optional.ofNullable(draft.paidBy()).orElse(caller.userId()) : null;
        String receivedBy = k.hasReceiver() && k != Kind.SETTLEMENT
                ? Optional.ofNullable(draft.receivedBy()).orElse(caller.userId())
                : draft.receivedBy();
        BigDecimal amount = acceptable(draft, event, caller, paidBy, receivedBy);
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
                .tags(draft.tags() == null ? List.of() : draft.tags())
                .note(draft.note())
                .outsideEvent(!event.isDuring(date))
                .revised(new MemberId(caller.userId()), now)
                .build();
    }

    private BigDecimal acceptable(EntryDraft draft, EventView event, Caller caller, String paidBy, String receivedBy) {
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
        checkMembers(event, caller, paidBy, receivedBy);
        return amount;
    }

    private void checkMembers(EventView event, Caller caller, String paidBy, String receivedBy) {
        boolean onlyCaller = (paidBy == null || paidBy.equals(caller.userId()))
                && (receivedBy == null || receivedBy.equals(caller.userId()));
        if (onlyCaller) {
            return;
        }
        Set<String> members = Set.copyOf(events.members(event.eventId(), caller).stream()
                .map(person -> person.userId().value())
                .toList());
        if (paidBy != null && !members.contains(paidBy)) {
            throw unprocessable("not-a-member", "paidBy", paidBy + " is not a member of the event");
        }
        if (receivedBy != null && !members.contains(receivedBy)) {
            throw unprocessable("not-a-member", "receivedBy", receivedBy + " is not a member of the event");
        }
    }

    private static void checkPockets(Kind kind, EntryDraft draft, List<Field> errors) {
        if (!kind.hasPayer() && draft.paidBy() != null) {
            errors.add(new Field("paidBy", "money in has no payer among the members; use receivedBy"));
        }
        if (!kind.hasReceiver() && draft.receivedBy() != null) {
            errors.add(new Field("receivedBy", "money out has no receiver among the members; use paidBy"));
        }
        if (kind == Kind.SETTLEMENT
                && (draft.receivedBy() == null || draft.receivedBy().isBlank())) {
            errors.add(new Field("receivedBy", "a settlement names the member who is paid back"));
        }
        if (kind == Kind.SETTLEMENT
                && draft.receivedBy() != null
                && draft.receivedBy().equals(draft.paidBy())) {
            errors.add(new Field("receivedBy", "a member cannot pay themselves back"));
        }
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
