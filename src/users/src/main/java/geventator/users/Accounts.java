package geventator.users;

import geventator.platform.Caller;
import geventator.platform.http.FieldError;
import geventator.platform.http.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;

/** The use cases of the user role: register, log in, read and change one's own account. */
final class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 1024;
    private static final int MAX_DISPLAY_NAME = 100;

    private final Users users;
    private final Passwords passwords;
    private final TokenIssuer tokens;
    private final Clock clock;

    Accounts(Users users, Passwords passwords, TokenIssuer tokens, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
    }

    User register(String username, String email, String displayName, String password) {
        List<FieldError> errors = new ArrayList<>();
        checkUsername(username, errors);
        checkEmail(email, errors);
        checkDisplayName(displayName, errors);
        checkPassword("password", password, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Instant now = clock.instant();
        User user = new User(
                new ObjectId(), username, email.trim(), displayName.trim(), passwords.hash(password), now, now);
        try {
            users.add(user);
        } catch (Users.Taken taken) {
            throw Problem.conflict(taken.field() + "-taken", "this " + taken.field() + " is already registered");
        }
        return user;
    }

    TokenIssuer.AccessToken logIn(String login, String password) {
        if (login == null || login.isBlank() || password == null || password.length() > MAX_PASSWORD) {
            throw Problem.unauthorized("wrong username, email or password");
        }
        Optional<User> user = users.byLogin(login);
        if (user.isEmpty()) {
            passwords.spendTimeOfACheck(password);
            throw Problem.unauthorized("wrong username, email or password");
        }
        if (!passwords.matches(password, user.get().passwordHash())) {
            throw Problem.unauthorized("wrong username, email or password");
        }
        return tokens.issue(user.get());
    }

    User profile(Caller caller) {
        return users.byId(new ObjectId(caller.userId()))
                .orElseThrow(() -> Problem.notFound("this account no longer exists"));
    }

    User updateProfile(Caller caller, String email, String displayName) {
        User current = profile(caller);
        List<FieldError> errors = new ArrayList<>();
        if (email != null) {
            checkEmail(email, errors);
        }
        if (displayName != null) {
            checkDisplayName(displayName, errors);
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        User updated = current.withProfile(
                email == null ? current.email() : email.trim(),
                displayName == null ? current.displayName() : displayName.trim(),
                clock.instant());
        try {
            if (!users.updateProfile(updated)) {
                throw Problem.notFound("this account no longer exists");
            }
        } catch (Users.Taken taken) {
            throw Problem.conflict("email-taken", "this email is already registered");
        }
        return updated;
    }

    void changePassword(Caller caller, String currentPassword, String newPassword) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "is required"));
        }
        checkPassword("newPassword", newPassword, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        User user = profile(caller);
        if (currentPassword.length() > MAX_PASSWORD || !passwords.matches(currentPassword, user.passwordHash())) {
            throw Problem.forbidden("the current password is wrong");
        }
        if (!users.replacePasswordHash(user.id(), user.passwordHash(), passwords.hash(newPassword))) {
            throw Problem.conflict("password-changed", "the password was changed at the same time; try again");
        }
    }

    void delete(Caller caller) {
        if (!users.remove(new ObjectId(caller.userId()))) {
            throw Problem.notFound("this account no longer exists");
        }
    }

    Optional<User> byId(String id) {
        return ObjectId.isValid(id) ? users.byId(new ObjectId(id)) : Optional.empty();
    }

    Optional<User> byUsername(String username) {
        return username != null && USERNAME.matcher(username).matches() ? users.byUsername(username) : Optional.empty();
    }

    static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static void checkUsername(String username, List<FieldError> errors) {
        if (!isUsername(username)) {
            errors.add(new FieldError("username", "must be 3 to 32 letters, digits, '_', '.' or '-'"));
        }
    }

    private static void checkEmail(String email, List<FieldError> errors) {
        if (email == null
                || email.trim().length() > 254
                || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", "must be an email address"));
        }
    }

    private static void checkDisplayName(String displayName, List<FieldError> errors) {
        if (displayName == null
                || displayName.isBlank()
                || displayName.trim().length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "must be 1 to " + MAX_DISPLAY_NAME + " printable characters"));
        }
    }

    private static void checkPassword(String field, String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError(field, "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
    }
}
