package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventStatus;
import geventator.events.api.MemberRole;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.ModuleContext;
import geventator.platform.Refusal;
import geventator.users.api.UserDirectory;
import geventator.users.api.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The use cases of events and their members. */
final class Organizing {

    private final Events events;
    private final Activities activities;
    private final UserDirectory users;
    private final ModuleContext.Hooks<EventDeletionGuard> deletionGuards;
    private final ModuleContext.Hooks<CurrencyLock> currencyLocks;
    private final Clock clock;

    Organizing(
            Events events,
            Activities activities,
            UserDirectory users,
            ModuleContext.Hooks<EventDeletionGuard> deletionGuards,
            ModuleContext.Hooks<CurrencyLock> currencyLocks,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.activities = activities;
        this.users = users;
        this.deletionGuards = deletionGuards;
        this.currencyLocks = currencyLocks;
    }

    Event create(EventDetails details, Caller caller) {
        EventDetails checked = EventChecks.checked(details);
        Member owner = Member.joining(caller.userId(), caller.username(), displayNameOf(caller), MemberRole.OWNER);
        Event event = new Event(
                Ids.newId(),
                checked,
                EventStatus.PLANNING,
                List.of(owner),
                1,
                1,
                List.of(),
                List.of(new AccountSummary(Ids.newId(), Event.DEFAULT_ACCOUNT)));
        events.add(event);
        return event;
    }

    /** The event as the caller sees it; 404 when it does not exist or the caller is not a member. */
    Membership open(String eventId, Caller caller) {
        return find(eventId, caller).orElseThrow(() -> Refusal.notFound("no event " + eventId + " among yours"));
    }

    Optional<Membership> find(String eventId, Caller caller) {
        return events.byId(eventId).flatMap(e -> e.roleOf(caller.userId()).map(role -> new Membership(e, role)));
    }

    List<Membership> mine(Caller caller) {
        return events.withMember(caller.userId()).stream()
                .map(e -> new Membership(e, e.roleOf(caller.userId()).orElseThrow()))
                .toList();
    }

    Membership update(
            String eventId,
            Caller caller,
            Function<Event, EventDetails> change,
            EventStatus status,
            String reopenReason,
            long expectedVersion) {
        Membership membership = open(eventId, caller).requireEdit();
        Event current = membership.event();
        EventStatus newStatus = status == null ? current.status() : status;
        if (Event.isClosed(newStatus) && newStatus != current.status()) {
            membership.requireManage(); // closing the event closes its books: an owner's decision
        }
        Reopening reopening = null;
        if (current.closed() && !Event.isClosed(newStatus)) {
            membership.requireManage();
            if (reopenReason == null || reopenReason.isBlank() || reopenReason.length() > 500) {
                throw Refusal.invalid("reopenReason", "say in 1 to 500 characters why the closed event reopens");
            }
            reopening = new Reopening(reopenReason.strip(), caller.userId(), clock.instant());
        }
        Staleness.require(current.version(), expectedVersion);
        EventDetails details = EventChecks.checked(change.apply(current));
        if (current.closed() && reopening == null && !details.equals(current.details())) {
            membership.requireOpen();
        }
        keepMeaningOfWhatIsStored(current, details, caller);
        if (!events.replaceDetails(eventId, expectedVersion, details, newStatus, reopening)) {
            throw Staleness.stale(expectedVersion);
        }
        return open(eventId, caller);
    }

    /**
     * An edit may not change what stored money or times mean: the currency stays while the ledger holds
     * entries in it, and the dates may not leave activities outside them. (A new time zone changes neither:
     * times are stored as instants with the offset they were written with.)
     */
    private void keepMeaningOfWhatIsStored(Event current, EventDetails details, Caller caller) {
        if (!details.currency().equals(current.details().currency())) {
            for (CurrencyLock lock : currencyLocks.all()) {
                Optional<String> reason = lock.reasonToKeepCurrency(current.id(), caller);
                if (reason.isPresent()) {
                    throw Refusal.conflict(
                                    "currency-locked",
                                    "the currency stays " + current.details().currency() + ": " + reason.get())
                            .with("currency", current.details().currency());
                }
            }
        }
        if (!details.start().isEqual(current.details().start())
                || !details.end().isEqual(current.details().end())) {
            Event moved = current.withDetails(details);
            List<Map<String, String>> outside = activities.of(current.id(), Activities.Filter.ALL).stream()
                    .filter(a -> !moved.covers(a.details().start(), a.details().end()))
                    .map(a -> Map.of("id", a.id(), "title", a.details().title()))
                    .toList();
            if (!outside.isEmpty()) {
                throw Refusal.conflict(
                                "activities-outside",
                                outside.size()
                                        + " activities would fall outside the new dates; move or delete them first")
                        .with("activities", outside);
            }
        }
    }

    Membership archive(String eventId, Caller caller) {
        Event current = open(eventId, caller).requireManage().event();
        if (current.status() != EventStatus.ARCHIVED
                && !events.replaceDetails(eventId, current.version(), current.details(), EventStatus.ARCHIVED, null)) {
            throw Staleness.stale(current.version());
        }
        return open(eventId, caller);
    }

    /** Closes the event and its books; an event already closed or archived stays as it is. */
    Membership close(String eventId, Caller caller) {
        CompareAndSet.retry("the event", () -> {
            Event current = open(eventId, caller).requireManage().event();
            return current.closed()
                    || events.replaceDetails(eventId, current.version(), current.details(), EventStatus.CLOSED, null);
        });
        return open(eventId, caller);
    }

    void delete(String eventId, Caller caller) {
        open(eventId, caller).requireManage();
        for (EventDeletionGuard guard : deletionGuards.all()) {
            Optional<String> reason = guard.reasonToKeep(eventId, caller);
            if (reason.isPresent()) {
                throw Refusal.conflict("event-kept", reason.get());
            }
        }
        events.remove(eventId);
        activities.removeAllOf(eventId);
    }

    /** Adds a user as a member; a former member comes back with the role given now and the weights they had. */
    Member addMember(String eventId, Caller caller, String username, String userId, MemberRole role) {
        UserSummary user = lookUp(username, userId, caller);
        Event changed = changeMembers(eventId, caller, membership -> {
            membership.requireManage();
            Optional<Member> existing = membership.event().memberOf(user.id());
            if (existing.isPresent() && existing.get().isCurrent()) {
                throw Refusal.conflict("already-member", user.username() + " is already a member");
            }
            List<Member> members = new ArrayList<>(membership.event().members());
            if (existing.isPresent()) {
                members.replaceAll(m -> m.userId().equals(user.id()) ? m.rejoining(role) : m);
            } else {
                members.add(Member.joining(user.id(), user.username(), user.displayName(), role));
            }
            return members;
        });
        return changed.memberOf(user.id()).orElseThrow();
    }

    /**
     * An owner's change of a member: the role (current members only), the share and the stake (current and
     * former members: a former member's weights still count in the ledger). A null weight in {@code change}
     * leaves it; {@link MemberChange#clearStake()} makes the stake follow the share again.
     */
    Member changeMember(String eventId, Caller caller, String userId, MemberChange change) {
        Event changed = changeMembers(eventId, caller, membership -> {
            membership.requireManage();
            Member member = existingMember(membership.event(), userId);
            if (change.role() != null && !member.isCurrent()) {
                throw Refusal.conflict(
                        "former-member", member.username() + " left the event; add them again to give a role");
            }
            Member next = change.role() == null ? member : member.withRole(change.role());
            next = next.withWeights(
                    change.share() == null ? member.share() : change.share(),
                    change.clearStake() ? null : change.stake() == null ? member.stake() : change.stake());
            Member replacement = next;
            return membership.event().members().stream()
                    .map(m -> m.userId().equals(member.userId()) ? replacement : m)
                    .toList();
        });
        return changed.memberOf(userId).orElseThrow();
    }

    /** What an owner changes of a member; each part optional. */
    record MemberChange(MemberRole role, java.math.BigDecimal share, java.math.BigDecimal stake, boolean clearStake) {}

    /**
     * Ends a membership; any member may leave, only an owner may remove another. The member stays as a former
     * member so that the ledger keeps their entries, their position and settlements to or from them.
     */
    void removeMember(String eventId, Caller caller, String userId) {
        changeMembers(eventId, caller, membership -> {
            if (!userId.equals(caller.userId())) {
                membership.requireManage();
            }
            Member member = existingMember(membership.event(), userId);
            if (!member.isCurrent()) {
                throw Refusal.notFound("no member " + userId + " in this event");
            }
            return membership.event().members().stream()
                    .map(m -> m.equals(member) ? m.leaving(clock.instant()) : m)
                    .toList();
        });
    }

    /**
     * Applies {@code change} to the members as they are now and stores the result in one conditional update;
     * when another change got there first, reads again and reapplies, so the checks always see what is stored.
     */
    private Event changeMembers(String eventId, Caller caller, Function<Membership, List<Member>> change) {
        CompareAndSet.retry("the members of this event", () -> {
            Membership membership = open(eventId, caller);
            List<Member> members = change.apply(membership);
            if (members.stream().noneMatch(Member::isCurrentOwner)) {
                throw Refusal.conflict(
                        "last-owner", "an event keeps at least one owner; make another member " + "owner first");
            }
            return events.replaceMembers(membership.event(), members);
        });
        return events.byId(eventId).orElseThrow(() -> Refusal.notFound("the event was just deleted"));
    }

    /** The caller's display name; their username while the user role is unreachable, so creating never waits on it. */
    private String displayNameOf(Caller caller) {
        try {
            return users.findById(caller.userId(), caller)
                    .map(UserSummary::displayName)
                    .orElse(caller.username());
        } catch (Refusal unreachable) {
            if (unreachable.kind() != Refusal.Kind.UNAVAILABLE) {
                throw unreachable;
            }
            return caller.username();
        }
    }

    private UserSummary lookUp(String username, String userId, Caller caller) {
        if ((username == null) == (userId == null)) {
            throw Refusal.invalid("username", "give either username or userId");
        }
        Optional<UserSummary> user =
                username != null ? users.findByUsername(username, caller) : users.findById(userId, caller);
        return user.orElseThrow(() -> Refusal.unprocessable(
                "unknown-user", "no user is " + (username != null ? "called " + username : "with id " + userId)));
    }

    private static Member existingMember(Event event, String userId) {
        return event.memberOf(userId).orElseThrow(() -> Refusal.notFound("no member " + userId + " in this event"));
    }
}
