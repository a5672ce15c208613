/** Starting a GEventator process; exported to the app module only. */
package geventator.platform.boot;
