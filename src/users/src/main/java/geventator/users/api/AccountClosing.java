package geventator.users.api;

import geventator.platform.Caller;
import java.util.List;

/**
 * A hook through which another module takes part in closing an account: it names what the account must
 * hand over first, and removes the account from everything the module keeps. The user role consults it
 * when one is published, before it deletes the account; the module that publishes it depends on this
 * module, never the other way round.
 */
public interface AccountClosing {

    /** Something the caller must hand over before their account can close, such as an event they alone own. */
    record Holding(String kind, String id, String name, String reason) {}

    /** What keeps the caller's account open; empty when it may close. */
    List<Holding> holdings(Caller caller);

    /**
     * Removes the caller from everything the module keeps of them (their memberships). Refuses, changing
     * nothing more, when a holding appeared since {@link #holdings} was asked.
     */
    void close(Caller caller);
}
