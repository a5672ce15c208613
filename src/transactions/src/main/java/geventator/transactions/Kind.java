package geventator.transactions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an entry is, which decides the sign of its amount in the event's totals. */
enum Kind {
    SALE(Direction.IN),
    DONATION(Direction.IN),
    SPONSORSHIP(Direction.IN),
    DEPOSIT(Direction.IN),
    PURCHASE(Direction.OUT),
    EXPENSE(Direction.OUT),
    INVESTMENT(Direction.OUT),
    /** One member paying another back: moves money between pockets, neither in nor out of the event. */
    SETTLEMENT(Direction.BETWEEN_MEMBERS);

    enum Direction {
        IN,
        OUT,
        BETWEEN_MEMBERS
    }

    private final Direction direction;

    Kind(Direction direction) {
        this.direction = direction;
    }

    Direction direction() {
        return direction;
    }

    /** +1 for money in, -1 for money out, 0 for a settlement. */
    int sign() {
        return switch (direction) {
            case IN -> 1;
            case OUT -> -1;
            case BETWEEN_MEMBERS -> 0;
        };
    }

    /** Whose pocket the money leaves: money out and the paying member of a settlement. */
    boolean hasPayer() {
        return direction != Direction.IN;
    }

    /** Whose pocket the money enters: money in and the paid member of a settlement. */
    boolean hasReceiver() {
        return direction != Direction.OUT;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.label().equals(text)).findFirst();
    }
}
