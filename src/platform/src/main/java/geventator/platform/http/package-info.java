/**
 * The HTTP conventions every role follows: failures are {@link geventator.platform.http.Problem}s rendered
 * once as RFC 9457 {@code application/problem+json}; bodies, ids and the caller are read through
 * {@link geventator.platform.http.Requests}, which turns every malformed input into a 400 or 401 problem.
 */
package geventator.platform.http;
