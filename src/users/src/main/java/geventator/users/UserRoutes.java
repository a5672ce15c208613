package geventator.users;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.users.UserBodies.LogIn;
import geventator.users.UserBodies.PasswordChange;
import geventator.users.UserBodies.Profile;
import geventator.users.UserBodies.ProfileChange;
import geventator.users.UserBodies.Refresh;
import geventator.users.UserBodies.Registration;
import geventator.users.UserBodies.Token;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The user role's HTTP API. */
final class UserRoutes {

    private final Accounts accounts;
    private final Sessions sessions;
    private final SigningKeys keys;

    UserRoutes(Accounts accounts, Sessions sessions, SigningKeys keys) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.keys = keys;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/users", this::register);
        routes.post("/tokens", this::logIn);
        routes.post("/tokens/refresh", this::refresh);
        routes.post("/tokens/revoke", this::revoke);
        routes.delete("/tokens/current", this::signOut);
        routes.get("/users/me", this::profile);
        routes.patch("/users/me", this::updateProfile);
        routes.put("/users/me/password", this::changePassword);
        routes.delete("/users/me", this::delete);
        routes.get("/users/by-username/{username}", this::byUsername);
        routes.get("/users/{id}", this::byId);
        routes.get("/.well-known/jwks.json", this::publicKeys);
    }

    private void register(Context ctx) {
        Registration body = Requests.body(ctx, Registration.class);
        User user = accounts.register(body.username(), body.email(), body.displayName(), body.password());
        ctx.status(HttpStatus.CREATED).header("Location", "/users/" + user.id()).json(Profile.of(user));
    }

    private void logIn(Context ctx) {
        LogIn body = Requests.body(ctx, LogIn.class);
        ctx.header("Cache-Control", "no-store").json(Token.of(accounts.logIn(body.login(), body.password(), ctx.ip())));
    }

    private void refresh(Context ctx) {
        Refresh body = Requests.body(ctx, Refresh.class);
        ctx.header("Cache-Control", "no-store").json(Token.of(sessions.refresh(body.refreshToken())));
    }

    private void revoke(Context ctx) {
        sessions.revoke(Requests.body(ctx, Refresh.class).refreshToken());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void signOut(Context ctx) {
        sessions.signOut(Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void profile(Context ctx) {
        ctx.json(Profile.of(accounts.profile(Requests.caller(ctx))));
    }

    private void updateProfile(Context ctx) {
        var caller = Requests.caller(ctx);
        ProfileChange body = Requests.body(ctx, ProfileChange.class);
        ctx.json(Profile.of(accounts.updateProfile(caller, body.email(), body.displayName())));
    }

    private void changePassword(Context ctx) {
        var caller = Requests.caller(ctx);
        PasswordChange body = Requests.body(ctx, PasswordChange.class);
        accounts.changePassword(caller, body.currentPassword(), body.newPassword());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void delete(Context ctx) {
        accounts.delete(Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void byId(Context ctx) {
        Requests.caller(ctx);
        String id = Requests.id(ctx, "id");
        ctx.json(accounts.byId(id)
                .orElseThrow(() -> Problem.notFound("no user has id " + id))
                .summary());
    }

    private void byUsername(Context ctx) {
        Requests.caller(ctx);
        String username = ctx.pathParam("username");
        if (!Accounts.isUsername(username)) {
            throw Problem.invalid("username", "must be 3 to 32 letters, digits, '_', '.' or '-'");
        }
        ctx.json(accounts.byUsername(username)
                .orElseThrow(() -> Problem.notFound("no user is called " + username))
                .summary());
    }

    private void publicKeys(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300")
                .contentType("application/jwk-set+json")
                .result(keys.publicKeys().toString());
    }
}
