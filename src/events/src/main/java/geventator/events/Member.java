package geventator.events;

import geventator.events.api.MemberRole;
import geventator.events.api.MemberSummary;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member of an event, with the user's names as they were when the member was added. {@code share} and
 * {@code stake} are null until an owner sets them: the share then follows the role (1 for owners and
 * organizers, 0 for viewers) and the stake follows the share. A member who left or was removed keeps their
 * place with {@code leftAt} set: the ledger still knows them, the event no longer lets them in.
 */
record Member(
        String userId,
        String username,
        String displayName,
        MemberRole role,
        BigDecimal share,
        BigDecimal stake,
        Instant leftAt) {

    static Member joining(String userId, String username, String displayName, MemberRole role) {
        return new Member(userId, username, displayName, role, null, null, null);
    }

    boolean isCurrent() {
        return leftAt == null;
    }

    boolean isCurrentOwner() {
        return isCurrent() && role == MemberRole.OWNER;
    }

    Member withRole(MemberRole newRole) {
        return new Member(userId, username, displayName, newRole, share, stake, leftAt);
    }

    Member withWeights(BigDecimal newShare, BigDecimal newStake) {
        return new Member(userId, username, displayName, role, newShare, newStake, leftAt);
    }

    Member leaving(Instant at) {
        return new Member(userId, username, displayName, role, share, stake, at);
    }

    /** A former member back, with the role given now and the weights they had. */
    Member rejoining(MemberRole newRole) {
        return new Member(userId, username, displayName, newRole, share, stake, null);
    }

    BigDecimal effectiveShare() {
        if (share != null) {
            return share;
        }
        return role.canEdit() ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    BigDecimal effectiveStake() {
        return stake != null ? stake : effectiveShare();
    }

    MemberSummary summary() {
        return new MemberSummary(
                userId,
                username,
                displayName,
                role,
                effectiveShare().toPlainString(),
                effectiveStake().toPlainString(),
                !isCurrent());
    }
}
