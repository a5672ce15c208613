package geventator.transactions.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import geventator.transactions.ledger.ClosingOut;
import geventator.transactions.ledger.Money;
import geventator.transactions.ledger.SettleUp;
import geventator.transactions.ledger.Settling;
import geventator.transactions.web.EntryBodies.EntryView;
import java.util.List;

/** The JSON bodies of the settle-up and the close-out, as views with one getter per property. */
final class SettleUpBodies {

    private SettleUpBodies() {}

    /**
     * A transfer from a member ({@code from}) or an account ({@code fromAccount}) to a member ({@code to}) or an
     * account ({@code toAccount}); {@code overpayment: true} records more than what is owed, on purpose. A
     * suggested transfer of the settle-up may be sent back as it is: its words and names are ignored.
     */
    @JsonIgnoreProperties({"fromName", "toName", "currency", "text"})
    record TransferRequest(
            String from, String fromAccount, String to, String toAccount, String amount, Boolean overpayment) {}

    /** {@code version}: the close-out statement's, as read; {@code reason} is kept as the transfers' note. */
    record CloseOutRequest(String version, String reason) {}

    @JsonPropertyOrder({"eventId", "currency", "worth", "eventPosition", "positions", "accounts", "transfers"})
    static class SettleUpView {
        final Settling.Statement statement;

        SettleUpView(Settling.Statement statement) {
            this.statement = statement;
        }

        public String getEventId() {
            return statement.event().eventId().value();
        }

        public String getCurrency() {
            return statement.event().currency();
        }

        /** The event's accounts minus what it owes the members: its profit when positive. */
        public String getWorth() {
            return money(statement.result().worth());
        }

        /** Where the event stands after the split: positive when the members owe it. */
        public String getEventPosition() {
            return money(statement.result().event());
        }

        public List<PositionView> getPositions() {
            return statement.result().positions().stream()
                    .map(p -> new PositionView(p, statement))
                    .toList();
        }

        public List<AccountView> getAccounts() {
            return statement.result().accounts().stream()
                    .map(a -> new AccountView(a.id(), statement.event().accountName(a.id()), money(a.balance())))
                    .toList();
        }

        public List<TransferView> getTransfers() {
            return statement.result().transfers().stream()
                    .map(t -> new TransferView(t, statement))
                    .toList();
        }

        String money(long minor) {
            return Money.format(minor, statement.event().currency());
        }
    }

    record AccountView(String accountId, String name, String balance) {}

    /** The close-out statement: the settle-up's parts, what each member invested and their stake, and its version. */
    @JsonPropertyOrder({
        "eventId",
        "currency",
        "version",
        "closed",
        "worth",
        "eventPosition",
        "members",
        "positions",
        "accounts",
        "transfers"
    })
    static final class CloseOutView extends SettleUpView {

        CloseOutView(Settling.Statement statement) {
            super(statement);
        }

        public String getVersion() {
            return statement.version();
        }

        public boolean isClosed() {
            return statement.event().closed();
        }

        public List<CloseOutRow> getMembers() {
            return statement.result().positions().stream()
                    .map(p -> new CloseOutRow(
                            p.userId(),
                            statement.name(p.userId()),
                            statement.isFormer(p.userId()),
                            money(statement.invested(p.userId())),
                            money(p.paid() - p.taken() + p.split() - statement.invested(p.userId())),
                            statement.weight(p.userId(), true).toPlainString(),
                            money(p.share()),
                            money(p.position())))
                    .toList();
        }
    }

    /**
     * One member's close-out: the investments repaid first, the rest of what they are owed (or owe, negative),
     * their stake and part of the event's profit or loss, and the final position the transfers square.
     */
    record CloseOutRow(
            String userId,
            String name,
            boolean former,
            String invested,
            String rest,
            String stake,
            String part,
            String position) {}

    /** A confirmed close-out: the transfers recorded now and the event, closed. */
    record ClosedView(String eventId, boolean closed, String version, List<EntryView> recorded) {
        static ClosedView of(ClosingOut.Closed closed) {
            return new ClosedView(
                    closed.event().eventId().value(),
                    closed.event().closed(),
                    closed.statement().version(),
                    closed.recorded().stream().map(EntryView::new).toList());
        }
    }

    /** Where one member stands: paid out of pocket, taken in, their split parts, their share, and the result. */
    @JsonPropertyOrder({"userId", "name", "former", "paid", "taken", "split", "share", "position"})
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

        public boolean isFormer() {
            return statement.isFormer(position.userId());
        }

        public String getPaid() {
            return money(position.paid());
        }

        public String getTaken() {
            return money(position.taken());
        }

        public String getSplit() {
            return money(position.split());
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

    /**
     * One transfer, from a member ({@code from}) or account ({@code fromAccount}) to a member or account, also
     * said in words: "Luis pays Ana 40.00 EUR". Posted back as it is, it records the transfer.
     */
    @JsonPropertyOrder({"from", "fromAccount", "fromName", "to", "toAccount", "toName", "amount", "currency", "text"})
    static final class TransferView {
        private final SettleUp.Transfer transfer;
        private final Settling.Statement statement;

        TransferView(SettleUp.Transfer transfer, Settling.Statement statement) {
            this.transfer = transfer;
            this.statement = statement;
        }

        public String getFrom() {
            return transfer.from().account() ? null : transfer.from().id();
        }

        public String getFromAccount() {
            return transfer.from().account() ? transfer.from().id() : null;
        }

        public String getFromName() {
            return statement.name(transfer.from());
        }

        public String getTo() {
            return transfer.to().account() ? null : transfer.to().id();
        }

        public String getToAccount() {
            return transfer.to().account() ? transfer.to().id() : null;
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
