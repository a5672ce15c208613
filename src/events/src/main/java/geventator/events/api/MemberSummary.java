package geventator.events.api;

import java.math.BigDecimal;

/**
 * A member of an event, or a former one. {@code share} is the member's weight in sharing what the event's
 * own accounts cannot cover (a decimal string, 0 or more; 1 for owners and organizers and 0 for viewers
 * unless an owner set it); {@code stake} their weight at close-out, equal to the share unless an owner set it.
 * A {@code former} member left or was removed: they keep their place in the ledger (their entries, their
 * position, settlements to or from them) and have no access to the event.
 */
public record MemberSummary(
        String userId,
        String username,
        String displayName,
        MemberRole role,
        String share,
        String stake,
        boolean former) {

    /** The share as a number. */
    public BigDecimal shareWeight() {
        return new BigDecimal(share);
    }

    /** The stake as a number. */
    public BigDecimal stakeWeight() {
        return new BigDecimal(stake);
    }
}
