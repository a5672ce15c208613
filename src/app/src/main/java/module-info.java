/** The runnable GEventator: reads the command line and starts the roles found on the module or class path. */
module geventator.app {
    requires geventator.platform;

    uses geventator.platform.RoleModule;
}
