package geventator.events.api;

/** A member's role in an event. */
public enum MemberRole {
    /** Everything, including managing members and deleting the event. */
    OWNER,
    /** Edits the event and its activities, records money. */
    ORGANIZER,
    /** Reads only: a sponsor, an auditor, a treasurer's assistant. */
    VIEWER;

    public boolean canEdit() {
        return this != VIEWER;
    }

    public boolean canManage() {
        return this == OWNER;
    }
}
