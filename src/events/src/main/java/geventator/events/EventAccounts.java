package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event's own accounts (its kitty): an owner names them; every member sees them. There is no deletion,
 * since entries may name an account: an account no longer used is renamed or simply left at zero.
 */
final class EventAccounts {

    static final int MAX_ACCOUNTS = 20;
    private static final int MAX_NAME = 80;

    private final Organizing organizing;
    private final Events events;

    EventAccounts(Organizing organizing, Events events) {
        this.organizing = organizing;
        this.events = events;
    }

    List<AccountSummary> of(String eventId, Caller caller) {
        return organizing.open(eventId, caller).event().accounts();
    }

    AccountSummary add(String eventId, Caller caller, String name) {
        String checked = checkedName(name);
        AccountSummary added = new AccountSummary(Ids.newId(), checked);
        change(eventId, caller, accounts -> {
            if (accounts.size() >= MAX_ACCOUNTS) {
                throw Refusal.conflict("too-many-accounts", "an event has at most " + MAX_ACCOUNTS + " accounts");
            }
            refuseTaken(accounts, checked, null);
            List<AccountSummary> next = new ArrayList<>(accounts);
            next.add(added);
            return next;
        });
        return added;
    }

    AccountSummary rename(String eventId, Caller caller, String accountId, String name) {
        String checked = checkedName(name);
        change(eventId, caller, accounts -> {
            if (accounts.stream().noneMatch(a -> a.id().equals(accountId))) {
                throw Refusal.notFound("no account " + accountId + " in this event");
            }
            refuseTaken(accounts, checked, accountId);
            return accounts.stream()
                    .map(a -> a.id().equals(accountId) ? new AccountSummary(a.id(), checked) : a)
                    .toList();
        });
        return new AccountSummary(accountId, checked);
    }

    private void change(String eventId, Caller caller, java.util.function.UnaryOperator<List<AccountSummary>> change) {
        CompareAndSet.retry("the accounts of this event", () -> {
            Event current = organizing
                    .open(eventId, caller)
                    .requireManage()
                    .requireOpen()
                    .event();
            return events.replaceAccounts(current, change.apply(current.accounts()));
        });
    }

    private static void refuseTaken(List<AccountSummary> accounts, String name, String except) {
        String key = key(name);
        for (AccountSummary account : accounts) {
            if (!account.id().equals(except) && key(account.name()).equals(key)) {
                throw Refusal.conflict("account-exists", "the event already has an account called " + account.name())
                        .with("accountId", account.id());
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw Refusal.invalid("name", "name the account in 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }
}
