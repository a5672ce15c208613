package geventator.transactions.ledger;

/**
 * The user id of a member of the event: who recorded, revised or voided an entry, whose pocket the money
 * left or entered. Whether it names a member is the event role's answer, checked when an entry is drafted.
 */
public record MemberId(String value) {

    public MemberId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a member id is required");
        }
    }

    /** The id of {@code value}, or null for null: for optional pockets. */
    public static MemberId orNull(String value) {
        return value == null ? null : new MemberId(value);
    }

    /** The text of {@code id}, or null for null. */
    public static String text(MemberId id) {
        return id == null ? null : id.value();
    }

    @Override
    public String toString() {
        return value;
    }
}
