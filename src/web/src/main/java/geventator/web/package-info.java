/**
 * The web app (backend-for-frontend). The browser holds one HttpOnly, SameSite=Lax session cookie; the
 * session, with the person's access token, lives in this module's own database so that any instance behind
 * one address serves it. Pages call the roles' public HTTP APIs only ({@link geventator.web.RoleApis}), never
 * their internals, render a template, and map an API's problem to field messages in one place
 * ({@link geventator.web.FormErrors}).
 */
package geventator.web;
