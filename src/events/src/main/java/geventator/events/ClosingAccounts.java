package geventator.events;

import geventator.events.api.EventDeletionGuard;
import geventator.events.api.MemberRole;
import geventator.platform.Caller;
import geventator.platform.ModuleContext;
import geventator.platform.Refusal;
import geventator.users.api.AccountClosing;
import java.util.List;
import java.util.Optional;

/**
 * The event role's part in closing an account. An event the account alone owns while others belong to it
 * must be handed over first; an event the account is the only member of goes with it, unless its ledger
 * keeps it; every other membership is simply removed.
 */
final class ClosingAccounts implements AccountClosing {

    private static final String KIND = "event";

    private final Organizing organizing;
    private final ModuleContext.Hooks<EventDeletionGuard> deletionGuards;

    ClosingAccounts(Organizing organizing, ModuleContext.Hooks<EventDeletionGuard> deletionGuards) {
        this.organizing = organizing;
        this.deletionGuards = deletionGuards;
    }

    @Override
    public List<Holding> holdings(Caller caller) {
        return organizing.mine(caller).stream()
                .map(membership -> holding(membership, caller))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void close(Caller caller) {
        List<Holding> holdings = holdings(caller);
        if (!holdings.isEmpty()) {
            String named = holdings.stream()
                    .map(h -> "'" + h.name() + "' (" + h.id() + ")")
                    .toList()
                    .toString();
            throw Refusal.conflict(
                            "account-holds-events", "hand these events over before closing the account: " + named)
                    .with("holdings", holdings);
        }
        for (Membership membership : organizing.mine(caller)) {
            if (membership.event().currentMembers().size() == 1) {
                organizing.delete(membership.event().id(), caller);
            } else {
                organizing.removeMember(membership.event().id(), caller, caller.userId());
            }
        }
    }

    private static long ownersOf(Event event) {
        return event.members().stream().filter(Member::isCurrentOwner).count();
    }

    private Optional<Holding> holding(Membership membership, Caller caller) {
        Event event = membership.event();
        String id = event.id();
        if (event.currentMembers().size() == 1) {
            return deletionGuards.all().stream()
                    .map(guard -> guard.reasonToKeep(id, caller))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(reason ->
                            new Holding(KIND, id, event.details().name(), "you are its only member and " + reason));
        }
        if (membership.role() == MemberRole.OWNER && ownersOf(event) == 1) {
            return Optional.of(new Holding(
                    KIND,
                    id,
                    event.details().name(),
                    "you are its only owner and it has other members; make one of them owner first"));
        }
        return Optional.empty();
    }
}
