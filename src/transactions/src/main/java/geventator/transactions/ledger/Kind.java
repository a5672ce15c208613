package geventator.transactions.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an entry is, which decides the sign of its amount in the event's totals. */
public enum Kind {
    SALE(Direction.IN),
    DONATION(Direction.IN),
    SPONSORSHIP(Direction.IN),
    DEPOSIT(Direction.IN),
    PURCHASE(Direction.OUT),
    EXPENSE(Direction.OUT),
    INVESTMENT(Direction.OUT),
    /**
     * A member or one of the event's accounts paying another back: moves money between pockets, neither in
     * nor out of the event.
     */
    SETTLEMENT(Direction.BETWEEN_MEMBERS);

    public enum Direction {
        IN,
        OUT,
        BETWEEN_MEMBERS
    }

    private final Direction direction;

    Kind(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }

    /** +1 for money in, -1 for money out, 0 for a settlement. */
    public int sign() {
        return switch (direction) {
            case IN -> 1;
            case OUT -> -1;
            case BETWEEN_MEMBERS -> 0;
        };
    }

    /** Whose pocket the money leaves: money out and the paying member of a settlement. */
    public boolean hasPayer() {
        return direction != Direction.IN;
    }

    /** Whose pocket the money enters: money in and the paid member of a settlement. */
    public boolean hasReceiver() {
        return direction != Direction.OUT;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.label().equals(text)).findFirst();
    }
}
