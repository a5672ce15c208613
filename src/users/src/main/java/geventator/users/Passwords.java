package geventator.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.CompletableFuture;

/**
 * Argon2id at a configurable cost (OWASP's minimum by default: 19 MiB, 2 passes, 1 lane), every run through
 * the bounded {@link PasswordWork}. Checking an unknown user's password runs the same work against a
 * throw-away hash, so a failed log-in takes about as long whether or not the account exists. That hash is made
 * on a thread of its own while the process starts (an Argon2id run on a JVM that has compiled nothing yet
 * took a quarter of a start): readiness does not wait for it, a check against it does.
 */
final class Passwords {

    private final Argon2Function function;
    private final PasswordWork work;
    private final CompletableFuture<String> decoy = new CompletableFuture<>();

    Passwords(int memoryKib, int iterations, int parallelism, PasswordWork work) {
        // What Argon2 (RFC 9106, 3.1) requires, checked here since the decoy no longer fails the start.
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs a parallelism and iterations of at least 1 and at least "
                    + "8 KiB of memory per lane (password-memory-kib, password-iterations, password-parallelism)");
        }
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID);
        this.work = work;
        Thread maker = new Thread(
                () -> {
                    try {
                        // Outside the bound of PasswordWork: once, before any request, so a full queue cannot
                        // refuse it and leave unknown accounts without their decoy.
                        decoy.complete(Password.hash("decoy password for unknown accounts")
                                .addRandomSalt(16)
                                .with(function)
                                .getResult());
                    } catch (RuntimeException | Error e) {
                        decoy.completeExceptionally(e);
                    }
                },
                "geventator-password-decoy");
        maker.setDaemon(true);
        maker.start();
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
        matches(password, decoy.join());
    }
}
