package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.logIn;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    static TestApp app;
    static Http http;
    static String userId;
    static String username;
    static String token;

    @BeforeAll
    static void start() {
        app = TestApp.start("user");
        http = app.http();
        username = uniqueName("kim");
        userId = register(http, username);
        token = logIn(http, username, PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_token_is_an_es256_jwt_that_verifies_against_the_published_keys() throws Exception {
        JWKSet published =
                JWKSet.parse(http.get("/.well-known/jwks.json").send().text());
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(userId);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("preferred_username")).isEqualTo(username);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("geventator");
    }

    @Test
    void the_published_key_set_holds_no_private_key() {
        String keys = http.get("/.well-known/jwks.json").send().text();

        assertThat(keys).contains("\"kty\":\"EC\"").doesNotContain("\"d\"");
    }

    @Test
    void the_signing_key_is_kept_across_restarts_of_the_same_data_directory() throws Exception {
        String keysBefore = http.get("/.well-known/jwks.json").send().text();
        try (TestApp again = TestApp.start(
                "user",
                app.databasePrefix(),
                java.util.Map.of(
                        "GEVENTATOR_TOKEN_KEYS_FILE",
                        app.dataDir().resolve("token-keys.json").toString()))) {
            assertThat(again.http().get("/.well-known/jwks.json").send().text()).isEqualTo(keysBefore);
            assertThat(again.http().get("/users/me").bearer(token).send().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void requests_without_a_valid_token_answer_401() throws Exception {
        assertThat(http.get("/users/me").send().status()).isEqualTo(401);
        assertThat(http.get("/users/me").bearer("not.a.jwt").send().status()).isEqualTo(401);
        assertThat(http.get("/users/me")
                        .header("Authorization", "Basic a2ltOnB3")
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/users/me").bearer(tampered(token)).send().status())
                .isEqualTo(401);
        assertThat(http.get("/users/me")
                        .bearer(signedBy(ownKey(), Instant.now().minusSeconds(120)))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/users/me")
                        .bearer(signedBy(strangerKey(), Instant.now().plusSeconds(600)))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/users/me").bearer(unsigned()).send().status()).isEqualTo(401);
    }

    @Test
    void a_token_signed_by_the_own_key_and_still_valid_is_accepted() throws Exception {
        assertThat(http.get("/users/me")
                        .bearer(signedBy(ownKey(), Instant.now().plusSeconds(120)))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_token_issued_in_the_future_beyond_the_clock_skew_is_refused_though_properly_signed() throws Exception {
        Instant issued = Instant.now().plusSeconds(600);
        String early = signed(ownKey(), claims(userId, issued, issued.plusSeconds(120)));

        assertThat(http.get("/users/me").bearer(early).send().status()).isEqualTo(401);
    }

    @Test
    void a_token_living_longer_than_the_configured_maximum_is_refused_though_properly_signed() throws Exception {
        Instant issued = Instant.now().minusSeconds(10);
        String longLived = signed(ownKey(), claims(userId, issued, issued.plusSeconds(3600)));

        assertThat(http.get("/users/me").bearer(longLived).send().status()).isEqualTo(401);
    }

    @Test
    void a_token_whose_subject_is_not_a_user_id_answers_401_not_500() throws Exception {
        Instant issued = Instant.now().minusSeconds(10);
        String strange = signed(ownKey(), claims("not-a-user-id", issued, issued.plusSeconds(120)));

        Http.Reply reply = http.get("/users/me").bearer(strange).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_access_token_lifetime_over_five_minutes_stops_the_start_naming_the_setting() {
        assertThatThrownBy(
                        () -> TestApp.start("user", TestDatabase.freshPrefix(), Map.of("GEVENTATOR_TOKEN_TTL", "PT1H")))
                .hasMessageContaining("token-ttl");
    }

    @Test
    void a_401_is_a_problem_that_never_echoes_the_token() {
        Http.Reply reply = http.get("/users/me").bearer(tampered(token)).send();

        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text()).doesNotContain(token.substring(0, 20));
    }

    private static ECKey ownKey() throws Exception {
        return (ECKey) JWKSet.load(app.dataDir().resolve("token-keys.json").toFile())
                .getKeys()
                .get(0);
    }

    private static ECKey strangerKey() throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID(ownKey().getKeyID()).generate();
    }

    private static String signedBy(ECKey key, Instant expiresAt) throws Exception {
        return signed(key, claims(expiresAt));
    }

    private static String signed(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(String subject, Instant issued, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer("geventator")
                .subject(subject)
                .claim("preferred_username", username)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String unsigned() {
        return new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize();
    }

    private static JWTClaimsSet claims(Instant expiresAt) {
        return claims(userId, expiresAt.minusSeconds(240), expiresAt);
    }

    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace(userId, "0123456789abcdef01234567");
        return parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }
}
