/**
 * The contract between the platform and the role modules.
 *
 * <p>A role module ({@link geventator.platform.RoleModule}) is found through {@link java.util.ServiceLoader}.
 * In every process it first publishes its API: the in-process implementation when its role runs here,
 * an HTTP client to its role otherwise. Then, only where its role runs, it serves its routes. Modules
 * reach each other only through {@link geventator.platform.ModuleContext#api(Class)}.
 */
package geventator.platform;
