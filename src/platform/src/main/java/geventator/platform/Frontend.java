package geventator.platform;

/**
 * A part of GEventator that every process serves whatever its role, such as the organizers' web app. It is
 * no role: {@code --role} never names it, it has no URL setting, it provides and needs no module API, and it
 * reaches the roles only through their public HTTP APIs. Provided through
 * {@code provides geventator.platform.Frontend with ...}; the platform finds it with
 * {@link java.util.ServiceLoader}, starts it after every role module, and adds its routes after theirs.
 */
public interface Frontend {

    /** The name of its own database, {@code <database-prefix>_<name>}. */
    String name();

    /**
     * Builds the frontend. Its context is local in every process and has its {@linkplain
     * ModuleContext#database(String) own database}, settings, JSON mapper and clock; it has no peer, and no
     * module API or hook, which would be a way around the roles' HTTP APIs.
     */
    RoleModule.Routes start(ModuleContext context);
}
