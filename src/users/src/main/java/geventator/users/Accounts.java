package geventator.users;

import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.ModuleContext;
import geventator.platform.Refusal;
import geventator.users.api.AccountClosing;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The use cases of the user role: register, log in, read and change one's own account, close it. */
final class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 1024;
    private static final int MAX_DISPLAY_NAME = 100;
    private static final String WRONG_CREDENTIALS = "wrong username, email or password";

    private final Users users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LogInThrottle throttle;
    private final ModuleContext.Hooks<AccountClosing> closing;
    private final Clock clock;

    Accounts(
            Users users,
            Passwords passwords,
            Sessions sessions,
            LogInThrottle throttle,
            ModuleContext.Hooks<AccountClosing> closing,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.closing = closing;
        this.clock = clock;
    }

    User register(String username, String email, String displayName, String password) {
        List<Refusal.Field> errors = new ArrayList<>();
        checkUsername(username, errors);
        checkEmail(email, errors);
        checkDisplayName(displayName, errors);
        checkPassword("password", password, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Instant now = clock.instant();
        User user =
                new User(Ids.newId(), username, email.trim(), displayName.trim(), passwords.hash(password), now, now);
        try {
            users.add(user);
        } catch (Users.Taken taken) {
            throw Refusal.conflict(taken.field() + "-taken", "this " + taken.field() + " is already registered");
        }
        return user;
    }

    /** Signs in from {@code address}: a session with its access and refresh tokens. */
    Sessions.Tokens logIn(String login, String password, String address) {
        if (login == null || login.isBlank() || password == null || password.length() > MAX_PASSWORD) {
            throw Refusal.unauthenticated(WRONG_CREDENTIALS);
        }
        LogInThrottle.Admitted attempt = throttle.admit(login, address);
        Optional<User> user;
        boolean right;
        try {
            user = users.byLogin(login);
            if (user.isPresent()) {
                right = passwords.matches(password, user.get().passwordHash());
            } else {
                passwords.spendTimeOfACheck(password);
                right = false;
            }
        } catch (RuntimeException unchecked) {
            throttle.giveBack(attempt); // no password was checked: the database or the password work was busy
            throw unchecked;
        }
        if (!right) {
            throw Refusal.unauthenticated(WRONG_CREDENTIALS);
        }
        throttle.giveBack(attempt);
        return sessions.open(user.get());
    }

    User profile(Caller caller) {
        return users.byId(caller.userId()).orElseThrow(() -> Refusal.notFound("this account no longer exists"));
    }

    User updateProfile(Caller caller, String email, String displayName) {
        User current = profile(caller);
        List<Refusal.Field> errors = new ArrayList<>();
        if (email != null) {
            checkEmail(email, errors);
        }
        if (displayName != null) {
            checkDisplayName(displayName, errors);
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        User updated = current.withProfile(
                email == null ? current.email() : email.trim(),
                displayName == null ? current.displayName() : displayName.trim(),
                clock.instant());
        try {
            if (!users.updateProfile(updated)) {
                throw Refusal.notFound("this account no longer exists");
            }
        } catch (Users.Taken taken) {
            throw Refusal.conflict("email-taken", "this email is already registered");
        }
        return updated;
    }

    /** Replaces the password and ends every session of the account, this one's refresh token included. */
    void changePassword(Caller caller, String currentPassword, String newPassword) {
        List<Refusal.Field> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new Refusal.Field("currentPassword", "is required"));
        }
        checkPassword("newPassword", newPassword, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        User user = profile(caller);
        if (currentPassword.length() > MAX_PASSWORD || !passwords.matches(currentPassword, user.passwordHash())) {
            throw Refusal.forbidden("the current password is wrong");
        }
        if (!users.replacePasswordHash(user.id(), user.passwordHash(), passwords.hash(newPassword))) {
            throw Refusal.conflict("password-changed", "the password was changed at the same time; try again");
        }
        sessions.endAll(user.id());
    }

    /**
     * Closes the account: refused while it holds something others need (an event it alone owns with other
     * members); otherwise its memberships go, then the account, then every session.
     */
    void delete(Caller caller) {
        User user = profile(caller);
        List<AccountClosing.Holding> holdings = closing.all().stream()
                .flatMap(hook -> hook.holdings(caller).stream())
                .toList();
        if (!holdings.isEmpty()) {
            throw kept(holdings);
        }
        closing.all().forEach(hook -> hook.close(caller));
        if (!users.remove(user.id())) {
            throw Refusal.notFound("this account no longer exists");
        }
        sessions.endAll(user.id());
    }

    static Refusal kept(List<AccountClosing.Holding> holdings) {
        String named = holdings.stream()
                .map(h -> "'" + h.name() + "' (" + h.id() + "): " + h.reason())
                .collect(Collectors.joining("; "));
        return Refusal.conflict("account-holds-events", "hand these over before closing the account: " + named)
                .with("holdings", holdings);
    }

    Optional<User> byId(String id) {
        return Ids.isValid(id) ? users.byId(Ids.normalized(id)) : Optional.empty();
    }

    Optional<User> byUsername(String username) {
        return isUsername(username) ? users.byUsername(username) : Optional.empty();
    }

    static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static void checkUsername(String username, List<Refusal.Field> errors) {
        if (!isUsername(username)) {
            errors.add(new Refusal.Field("username", "must be 3 to 32 letters, digits, '_', '.' or '-'"));
        }
    }

    private static void checkEmail(String email, List<Refusal.Field> errors) {
        if (email == null
                || email.trim().length() > 254
                || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new Refusal.Field("email", "must be an email address"));
        }
    }

    private static void checkDisplayName(String displayName, List<Refusal.Field> errors) {
        if (displayName == null
                || displayName.isBlank()
                || displayName.trim().length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Refusal.Field("displayName", "must be 1 to " + MAX_DISPLAY_NAME + " printable characters"));
        }
    }

    private static void checkPassword(String field, String password, List<Refusal.Field> errors) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new Refusal.Field(field, "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
    }
}
