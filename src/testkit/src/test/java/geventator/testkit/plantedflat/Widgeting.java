package geventator.testkit.plantedflat;

/** Allowed in a flat module: a use case. */
public final class Widgeting {

    public String name() {
        return "widget";
    }
}
