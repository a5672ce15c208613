package geventator.testkit.planted.domain;

/** Allowed: a use case that needs neither the database nor HTTP. */
public final class Things {

    public int count(String... names) {
        return names.length;
    }
}
