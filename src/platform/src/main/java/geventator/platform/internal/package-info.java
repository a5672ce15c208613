/**
 * How the platform works inside: loading settings, opening the database (a configured MongoDB, or the
 * embedded default), assembling the Javalin server with request ids, request logs, health checks and the
 * one place where exceptions become problems. Nothing here is exported.
 */
package geventator.platform.internal;
