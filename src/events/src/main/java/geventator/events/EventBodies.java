package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.events.api.EventStatus;
import geventator.events.api.MemberRole;
import geventator.platform.http.Problem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of events and members in the event role's HTTP API. */
final class EventBodies {

    private EventBodies() {}

    record NewEvent(
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency) {
        EventDetails details() {
            return new EventDetails(
                    name,
                    description,
                    location,
                    start,
                    end,
                    timeZone,
                    currency == null ? EventChecks.DEFAULT_CURRENCY : currency);
        }
    }

    /** A partial update: an absent field keeps its value. */
    record EventChange(
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency,
            EventStatus status,
            String reopenReason,
            Long version) {
        EventDetails applyTo(Event event) {
            EventDetails d = event.details();
            return new EventDetails(
                    or(name, d.name()),
                    or(description, d.description()),
                    or(location, d.location()),
                    or(start, d.start()),
                    or(end, d.end()),
                    or(timeZone, d.timeZone()),
                    or(currency, d.currency()));
        }

        private static <T> T or(T value, T current) {
            return value == null ? current : value;
        }
    }

    record EventView(
            String id,
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency,
            EventStatus status,
            MemberRole role,
            long version,
            List<Reopening> reopenings,
            List<AccountSummary> accounts) {
        static EventView of(Membership membership) {
            Event e = membership.event();
            EventDetails d = e.details();
            return new EventView(
                    e.id(),
                    d.name(),
                    d.description(),
                    d.location(),
                    d.start(),
                    d.end(),
                    d.timeZone(),
                    d.currency(),
                    e.status(),
                    membership.role(),
                    e.version(),
                    e.reopenings(),
                    e.accounts());
        }
    }

    /** Adds a user by {@code username} or by {@code userId}, as a viewer unless a role is given. */
    record NewMember(String username, String userId, MemberRole role) {
        MemberRole roleOrViewer() {
            return role == null ? MemberRole.VIEWER : role;
        }
    }

    /**
     * A member's change as sent. {@code stake} is kept as sent so that an explicit null (follow the share
     * again) differs from leaving it out.
     */
    static final class MemberChange {
        private MemberRole role;
        private String share;
        private String stake;
        private boolean stakeSent;

        public void setRole(MemberRole role) {
            this.role = role;
        }

        public void setShare(String share) {
            if (share == null) {
                throw Problem.invalid("share", "cannot be cleared; send a weight such as \"1\" or \"0\"");
            }
            this.share = share;
        }

        public void setStake(String stake) {
            this.stake = stake;
            this.stakeSent = true;
        }

        boolean isEmpty() {
            return role == null && share == null && !stakeSent;
        }

        Organizing.MemberChange toChange() {
            return new Organizing.MemberChange(
                    role, weight("share", share), weight("stake", stake), stakeSent && stake == null);
        }
    }

    /** A member's share or stake as sent: a decimal string from 0 to 1000 with at most three decimals. */
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    /** The weight, or null when {@code text} is null. */
    static BigDecimal weight(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal weight = new BigDecimal(text.strip());
            if (weight.signum() >= 0
                    && weight.compareTo(MAX_WEIGHT) <= 0
                    && weight.stripTrailingZeros().scale() <= 3) {
                return weight.signum() == 0 ? BigDecimal.ZERO : weight.stripTrailingZeros();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problem.invalid(field, "must be a decimal string from \"0\" to \"1000\" with at most 3 decimals");
    }
}
