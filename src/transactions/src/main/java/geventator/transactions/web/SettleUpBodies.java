package geventator.transactions.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import geventator.transactions.ledger.Money;
import geventator.transactions.ledger.SettleUp;
import geventator.transactions.ledger.Settling;
import java.util.List;

/** The JSON bodies of the settle-up, as views with one getter per property. */
final class SettleUpBodies {

    private SettleUpBodies() {}

    record TransferRequest(String from, String to, String amount) {}

    @JsonPropertyOrder({"eventId", "currency", "positions", "transfers"})
    static final class SettleUpView {
        private final Settling.Statement statement;

        SettleUpView(Settling.Statement statement) {
            this.statement = statement;
        }

        public String getEventId() {
            return statement.event().eventId().value();
        }

        public String getCurrency() {
            return statement.event().currency();
        }

        public List<PositionView> getPositions() {
            return statement.result().positions().stream()
                    .map(p -> new PositionView(p, statement))
                    .toList();
        }

        public List<TransferView> getTransfers() {
            return statement.result().transfers().stream()
                    .map(t -> new TransferView(t, statement))
                    .toList();
        }
    }

    /** Where one member stands: paid out of pocket, taken in, their share, and the difference. */
    @JsonPropertyOrder({"userId", "name", "paid", "taken", "share", "position"})
    static final class PositionView {
        private final SettleUp.Position position;
        private final Settling.Statement statement;

        PositionView(SettleUp.Position position, Settling.Statement statement) {
            this.position = position;
            this.statement = statement;
        }

        public String getUserId() {
            return position.userId();
        }

        public String getName() {
            return statement.name(position.userId());
        }

        public String getPaid() {
            return money(position.paid());
        }

        public String getTaken() {
            return money(position.taken());
        }

        public String getShare() {
            return money(position.share());
        }

        public String getPosition() {
            return money(position.position());
        }

        private String money(long minor) {
            return Money.format(minor, statement.event().currency());
        }
    }

    /** One transfer that squares two members, also said in words: "Luis pays Ana 40.00 EUR". */
    @JsonPropertyOrder({"from", "fromName", "to", "toName", "amount", "currency", "text"})
    static final class TransferView {
        private final SettleUp.Transfer transfer;
        private final Settling.Statement statement;

        TransferView(SettleUp.Transfer transfer, Settling.Statement statement) {
            this.transfer = transfer;
            this.statement = statement;
        }

        public String getFrom() {
            return transfer.from();
        }

        public String getFromName() {
            return statement.name(transfer.from());
        }

        public String getTo() {
            return transfer.to();
        }

        public String getToName() {
            return statement.name(transfer.to());
        }

        public String getAmount() {
            return Money.format(transfer.amount(), getCurrency());
        }

        public String getCurrency() {
            return statement.event().currency();
        }

        public String getText() {
            return getFromName() + " pays " + getToName() + " " + getAmount() + " " + getCurrency();
        }
    }
}
