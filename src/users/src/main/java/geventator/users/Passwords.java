package geventator.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id at a configurable cost (OWASP's minimum by default: 19 MiB, 2 passes, 1 lane), every run through
 * the bounded {@link PasswordWork}. Checking an unknown user's password runs the same work against a
 * throw-away hash, so a failed log-in takes about as long whether or not the account exists.
 */
final class Passwords {

    private final Argon2Function function;
    private final PasswordWork work;
    private final String decoy;

    Passwords(int memoryKib, int iterations, int parallelism, PasswordWork work) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID);
        this.work = work;
        this.decoy = hash("decoy password for unknown accounts");
    }

    String hash(String password) {
        return work.run(
                () -> Password.hash(password).addRandomSalt(16).with(function).getResult());
    }

    boolean matches(String password, String hash) {
        return work.run(() -> Argon2Function.getInstanceFromHash(hash).check(password, hash));
    }

    /** Spends the time of a check when there is no account to check against. */
    void spendTimeOfACheck(String password) {
        matches(password, decoy);
    }
}
