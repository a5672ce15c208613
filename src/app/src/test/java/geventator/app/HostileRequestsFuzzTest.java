package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.bson.Document;
import org.slf4j.LoggerFactory;

/**
 * Hostile requests over real HTTP to every route of every role (the list is read from the running server,
 * so a new route is covered without editing this test): path parameters, queries, headers and bodies that
 * are wrong in the ways testers and attackers try. Whatever comes in, the answer is never a 5xx; every error
 * is an RFC 9457 problem without a stack trace or a class name; no error answer leaves a write behind; and
 * nothing is logged as an unexpected failure.
 *
 * <p>The default build sends 2,500 requests; {@code -Djqwik.tries.default=10000} sends more. Each run draws
 * its requests from a new random seed, printed at the start and quoted in every failure;
 * {@code -Dgeventator.fuzz.seed=<seed>} draws the same requests again, to re-run a failure.
 */
class HostileRequestsFuzzTest {

    static final String SEED_PROPERTY = "geventator.fuzz.seed";
    static final String SEED = Optional.ofNullable(System.getProperty(SEED_PROPERTY))
            .filter(seed -> !seed.isBlank())
            .map(String::strip)
            .orElseGet(() -> Long.toString(new SecureRandom().nextLong()));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\(|(?:java|javax|jakarta|org|com|io|net|de|geventator)\\.[a-z]\\w*\\.[\\w.$]*[A-Z]"
                    + "|Exception\\b|\\bjava\\.|\\.java:\\d");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    static TestApp app;
    static List<String> routes;
    static String owner;
    static String bystander;
    static Map<String, String> ids;
    static MongoClient mongo;
    static ListAppender<ILoggingEvent> errors;
    static final AtomicInteger sent = new AtomicInteger();
    static final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @BeforeContainer
    static void start() {
        app = TestApp.start("all");
        routes = app.routes();
        Http http = app.http();
        owner = signUp(http, "fuzzer");
        bystander = signUp(http, "bystander");
        String eventId = http.post(
                        "/events",
                        Map.of(
                                "name",
                                "Fuzz fair",
                                "start",
                                "2027-06-10T09:00:00+02:00",
                                "end",
                                "2027-06-12T18:00:00+02:00",
                                "timeZone",
                                "Europe/Madrid"))
                .bearer(owner)
                .send()
                .json()
                .path("id")
                .asText();
        String activityId = http.post(
                        "/events/" + eventId + "/activities",
                        Map.of(
                                "title",
                                "Opening",
                                "start",
                                "2027-06-10T10:00:00+02:00",
                                "end",
                                "2027-06-10T11:00:00+02:00"))
                .bearer(owner)
                .send()
                .json()
                .path("id")
                .asText();
        String entryId = http.post(
                        "/events/" + eventId + "/ledger/entries",
                        Map.of("kind", "sale", "concept", "Tickets", "unitPrice", "12.50"))
                .bearer(owner)
                .send()
                .json()
                .path("id")
                .asText();
        String userId =
                http.get("/users/me").bearer(owner).send().json().path("id").asText();
        ids = Map.of("eventId", eventId, "activityId", activityId, "entryId", entryId, "userId", userId, "id", userId);
        mongo = MongoClients.create(TestDatabase.uri());
        errors = new ListAppender<>();
        errors.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(errors);
    }

    @AfterContainer
    static void stop() {
        System.out.printf(
                "fuzz: seed %s, %d requests over %d routes, answers by status %s%n",
                SEED, sent.get(), routes.size(), statuses);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(errors);
        mongo.close();
        app.close();
    }

    @Property
    @AddLifecycleHook(SeedFromSystemProperty.class)
    void no_hostile_request_gets_a_5xx_a_leak_or_a_half_write(@ForAll("requests") Hostile request) throws Exception {
        boolean write = WRITES.contains(request.method());
        String before = write ? fingerprint() : null;
        int loggedBefore = errors.list.size();

        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (IOException closed) {
            // Past Jetty's 8 KiB of request headers the server answers 431 and closes the connection; the
            // client can lose that answer to the TCP reset of what it had not read yet. Only such a request may go
            // unanswered, and it must still change nothing and leave the server answering.
            assertThat(headerBytesAtMost(request))
                    .as(request + " got no answer although its headers fit the server's limit: " + closed)
                    .isGreaterThan(REQUEST_HEADER_LIMIT);
            assertThat(CLIENT.send(
                                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/health/live"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
            if (write) {
                assertThat(fingerprint())
                        .as("a refused oversized request left a write: " + request)
                        .isEqualTo(before);
            }
            return;
        }
        sent.incrementAndGet();
        synchronized (statuses) {
            statuses.merge(response.statusCode(), 1, Integer::sum);
        }

        String body = response.body();
        String seen = request + " -> " + response.statusCode() + " " + body;
        assertThat(response.statusCode()).as(seen).isLessThan(500);
        assertThat(errorsSince(loggedBefore)).as("logged as errors: " + seen).isEmpty();
        if (response.statusCode() >= 400 && isWebPage(request.path())) {
            // The web app answers a browser with a page or a line of text (an asset that is not there: the platform's
            // problem), never with a trace of the server's insides.
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(seen)
                    .matches("(text/html|text/plain|application/problem\\+json).*");
            assertThat(LEAK.matcher(body).find())
                    .as("stack trace or class name in " + seen)
                    .isFalse();
        } else if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(seen)
                    .startsWith("application/problem+json");
            if (!request.method().equals("HEAD")) {
                JsonNode problem = JSON.readTree(body);
                assertThat(problem.path("type").asText()).as(seen).startsWith("urn:geventator:problem:");
                assertThat(problem.path("status").asInt()).as(seen).isEqualTo(response.statusCode());
                assertThat(LEAK.matcher(body).find())
                        .as("stack trace or class name in " + seen)
                        .isFalse();
            }
            if (write) {
                assertThat(fingerprint())
                        .as("an error answer left a write behind: " + seen)
                        .isEqualTo(before);
            }
        }
    }

    @Provide
    Arbitrary<Hostile> requests() {
        return Arbitraries.of(routes)
                .flatMap(route -> Combinators.combine(
                                Arbitraries.integers().between(0, 99),
                                queries(),
                                authorizations(),
                                contentTypes(),
                                Arbitraries.oneOf(bodies(), mutated(route), mutated(route)),
                                extraHeaders(),
                                Arbitraries.integers().between(0, 1 << 20))
                        .as((methodDie, query, authorization, contentType, body, extra, seed) -> {
                            String method = route.substring(0, route.indexOf(' '));
                            if (methodDie >= 88) {
                                method = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")
                                        .get(methodDie % 7);
                            }
                            String path = fill(route.substring(route.indexOf(' ') + 1), seed);
                            if (path.equals("/users/me") && method.equals("DELETE")
                                    || path.equals("/users/me/password")) {
                                authorization =
                                        authorization.equals("Bearer " + owner) ? "Bearer " + bystander : authorization;
                            }
                            if (route.endsWith("/import") && !contentType.equals("application/json")) {
                                contentType = "text/csv";
                            }
                            return new Hostile(method, path, query, authorization, contentType, body, extra);
                        }));
    }

    /** A body the route would accept, with one or two of its fields made hostile, so checks deep inside run. */
    private static Arbitrary<String> mutated(String route) {
        if (route.endsWith("/import")) {
            return csvMutations();
        }
        Map<String, Object> template = TEMPLATES.get(route);
        if (template == null) {
            return bodies();
        }
        List<String> fields = new ArrayList<>(template.keySet());
        fields.add("x");
        Arbitrary<Map.Entry<String, Object>> change =
                Combinators.combine(Arbitraries.of(fields), values()).as(HostileRequestsFuzzTest::entry);
        return change.list().ofMinSize(1).ofMaxSize(2).map(changes -> {
            Map<String, Object> body = new LinkedHashMap<>(template);
            changes.forEach(c -> body.put(c.getKey(), c.getValue()));
            return toJson(body);
        });
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }

    private static final Map<String, Map<String, Object>> TEMPLATES = Map.ofEntries(
            Map.entry(
                    "POST /events",
                    Map.of(
                            "name", "Fair",
                            "start", "2027-06-10T09:00:00+02:00",
                            "end", "2027-06-12T18:00:00+02:00",
                            "timeZone", "Europe/Madrid",
                            "currency", "EUR")),
            Map.entry("PATCH /events/{eventId}", Map.of("name", "Fair")),
            Map.entry(
                    "POST /events/{eventId}/activities",
                    Map.of(
                            "title", "Talk",
                            "start", "2027-06-11T09:00:00+02:00",
                            "end", "2027-06-11T10:00:00+02:00",
                            "location", "Hall")),
            Map.entry("PATCH /events/{eventId}/activities/{activityId}", Map.of("title", "Talk")),
            Map.entry(
                    "POST /events/{eventId}/ledger/entries",
                    Map.of(
                            "kind",
                            "sale",
                            "concept",
                            "Tickets",
                            "quantity",
                            "2",
                            "unitPrice",
                            "12.50",
                            "date",
                            "2027-06-10")),
            Map.entry("PATCH /events/{eventId}/ledger/entries/{entryId}", Map.of("concept", "Tickets")),
            Map.entry("POST /events/{eventId}/ledger/entries/{entryId}/void", Map.of("reason", "twice")),
            Map.entry("PUT /events/{eventId}/ledger/budget", Map.of("categories", Map.of("food", "10.00"))),
            Map.entry(
                    "POST /events/{eventId}/ledger/settle-up/transfers",
                    Map.of("from", "x", "to", "y", "amount", "1.00")),
            Map.entry("POST /events/{eventId}/members", Map.of("username", "bystander", "role", "VIEWER")),
            Map.entry("PATCH /events/{eventId}/members/{userId}", Map.of("role", "ORGANIZER")),
            Map.entry(
                    "POST /users",
                    Map.of(
                            "username", "newcomer",
                            "email", "newcomer@example.org",
                            "displayName", "Newcomer",
                            "password", "correct horse battery")),
            Map.entry("POST /tokens", Map.of("login", "fuzzer", "password", "correct horse battery")),
            Map.entry("PATCH /users/me", Map.of("displayName", "Fuzzer")),
            Map.entry(
                    "PUT /users/me/password",
                    Map.of("currentPassword", "correct horse battery", "newPassword", "correct horse battery")));

    private static Arbitrary<String> csvMutations() {
        Arbitrary<String> date = Arbitraries.of(
                "2027-06-10",
                "+999999999-12-31",
                "-999999999-01-01",
                "2027-02-30",
                "-0001-01-01",
                "10000-01-01",
                "2027-06-10T09:00:00+02:00",
                "+999999999-12-31T23:59:59Z",
                "\"unclosed",
                "");
        Arbitrary<String> price = Arbitraries.of("12.50", "-1", "1e400", "abc", "0.001", "99999999999999999999999");
        return Combinators.combine(date, price, Arbitraries.of("sale", "purchase", "settlement", "x"))
                .as((d, p, k) -> "date,kind,concept,quantity,unitPrice\r\n" + d + "," + k + ",Tickets,1," + p + "\r\n");
    }

    /** Each path parameter becomes a real id, a random one, or something that is no id at all. */
    private static String fill(String template, int seed) {
        Matcher matcher = TEMPLATE_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int turn = seed;
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            int choice = turn % 10;
            turn = turn / 10 + 7;
            String value;
            if (choice < 5) {
                value = name.equals("file")
                        ? ids.get("eventId") + ".ics"
                        : name.equals("username") ? "fuzzer" : ids.getOrDefault(name, ids.get("eventId"));
            } else if (choice < 7) {
                value = String.format("%024x", (long) seed * 2654435761L).substring(0, 24);
            } else {
                value = HOSTILE_SEGMENTS.get((seed + turn) % HOSTILE_SEGMENTS.size());
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "x",
            "%00",
            "%2e%2e",
            "..",
            "a%2Fb",
            "%C3%BF",
            "%F0%9F%92%A5",
            "9".repeat(300),
            "-1",
            "me",
            "null",
            "%20",
            "6b0bce36a7436fab704a303",
            "6b0bce36a7436fab704a3033Z",
            "x.ics",
            "%0d%0aSet-Cookie:%20a=b",
            "%25",
            "'%20OR%201=1");

    private static Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of(
                "limit",
                "cursor",
                "kind",
                "category",
                "member",
                "from",
                "to",
                "q",
                "includeVoided",
                "day",
                "location",
                "dryRun",
                "acceptOverlap",
                "key",
                "version",
                "x");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of(
                        "0",
                        "-1",
                        "201",
                        "99999999999999999999",
                        "1e309",
                        "NaN",
                        "true",
                        "maybe",
                        "2027-06-10",
                        "+999999999-12-31",
                        "-999999999-01-01",
                        "2027-02-30",
                        "2027-06-10T09:00:00+02:00",
                        "-999999999-01-01T00:00:00+18:00",
                        "+999999999-12-31T23:59:59Z",
                        "1780272000000_6651f0c2a1b2c3d4e5f60718",
                        "99999999999999999999_zz",
                        "_",
                        "sale",
                        "a\u0000b",
                        "\r\n",
                        "(((((",
                        ".*",
                        "[",
                        "\\",
                        "$where",
                        "{\"$gt\":\"\"}",
                        "ÿ",
                        "💥",
                        ""),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> pair = Arbitraries.oneOf(
                Combinators.combine(name, value).as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)),
                Arbitraries.of(
                        "day=%2B999999999-12-31",
                        "day=-999999999-01-01",
                        "from=-999999999-01-01",
                        "to=%2B999999999-12-31",
                        "from=-999999999-01-01T00:00:00%2B18:00",
                        "to=%2B999999999-12-31T23:59:59Z",
                        "q=a%00b",
                        "q=%00",
                        "limit=99999999999",
                        "cursor=99999999999999999999_6651f0c2a1b2c3d4e5f60718",
                        "cursor=-99999999999999_6651f0c2a1b2c3d4e5f60718"));
        return pair.list().ofMaxSize(3).map(parts -> String.join("&", parts));
    }

    private static Arbitrary<String> authorizations() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(14, Arbitraries.just("owner")),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                        net.jqwik.api.Tuple.of(
                                2,
                                Arbitraries.of(
                                        "Bearer ",
                                        "Bearer x.y.z",
                                        "Basic Zm9vOmJhcg==",
                                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                                        "bearer  " + "a".repeat(5000))),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just("bystander")))
                .map(a -> a.equals("owner") ? "Bearer " + owner : a.equals("bystander") ? "Bearer " + bystander : a);
    }

    private static Arbitrary<String> contentTypes() {
        return Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, "application/json"),
                net.jqwik.api.Tuple.of(2, "text/csv"),
                net.jqwik.api.Tuple.of(1, ""),
                net.jqwik.api.Tuple.of(1, "text/plain"),
                net.jqwik.api.Tuple.of(1, "application/json; charset=latin1"),
                net.jqwik.api.Tuple.of(1, "multipart/form-data; boundary=x"));
    }

    private static Arbitrary<Map<String, String>> extraHeaders() {
        Arbitrary<Map<String, String>> one = Arbitraries.of(
                Map.of("If-Match", "\"1\""),
                Map.of("If-Match", "W/\"2\""),
                Map.of("If-Match", "*"),
                Map.of("If-Match", "\"99999999999999999999\""),
                Map.of("If-Match", "\"abc\""),
                Map.of("Idempotency-Key", "k1"),
                Map.of("Idempotency-Key", "k".repeat(2000)),
                Map.of("Idempotency-Key", "ü\u00e9"),
                Map.of("X-Request-Id", "../../etc/passwd"),
                Map.of("X-Forwarded-Proto", "https"),
                Map.of("Accept", "text/html"));
        return one.list().ofMaxSize(2).map(list -> {
            Map<String, String> headers = new LinkedHashMap<>();
            list.forEach(headers::putAll);
            return headers;
        });
    }

    private static Arbitrary<String> bodies() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(10, jsonObjects()),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "{",
                                "[null]",
                                "null",
                                "42",
                                "\"text\"",
                                "{} {}",
                                "{\"a\":1,\"a\":2}",
                                "{\"name\":\"\\u0000\"}",
                                "[" + "[".repeat(3000) + "]".repeat(3000) + "]",
                                "{\"n\":" + "9".repeat(2000) + "}",
                                "\uFEFF{}")),
                net.jqwik.api.Tuple.of(2, csv()),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
    }

    private static Arbitrary<String> jsonObjects() {
        Arbitrary<String> field = Arbitraries.of(
                "name",
                "description",
                "location",
                "start",
                "end",
                "timeZone",
                "currency",
                "status",
                "version",
                "title",
                "responsible",
                "tags",
                "acceptOverlap",
                "username",
                "userId",
                "role",
                "email",
                "displayName",
                "password",
                "login",
                "currentPassword",
                "newPassword",
                "kind",
                "concept",
                "quantity",
                "unitPrice",
                "date",
                "category",
                "activityId",
                "counterparty",
                "member",
                "reason",
                "from",
                "to",
                "amount",
                "categories",
                "activities",
                "paidBy",
                "x");
        Arbitrary<Object> value = values();
        Arbitrary<Map<String, Object>> object = Combinators.combine(field, value)
                .as((f, v) -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put(f, v);
                    return one;
                })
                .list()
                .ofMaxSize(6)
                .map(parts -> {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    parts.forEach(merged::putAll);
                    return merged;
                });
        return object.map(HostileRequestsFuzzTest::toJson);
    }

    private static Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.<Object>of(
                        "Fair",
                        "",
                        " ",
                        "2027-06-10T09:00:00+02:00",
                        "2027-06-11T09:00:00+02:00",
                        "-999999999-01-01T00:00:00+18:00",
                        "+999999999-12-31T23:59:59-18:00",
                        "+999999999-12-31",
                        "2027-06-10",
                        "SystemV/AST4",
                        "SystemV/EST5EDT",
                        "Europe/Madrid",
                        "Mars/Olympus",
                        "EUR",
                        "JPY",
                        "KWD",
                        "XXX",
                        "OWNER",
                        "ARCHIVED",
                        "sale",
                        "purchase",
                        "settlement",
                        "12.50",
                        "-1",
                        "0",
                        "1e400",
                        "99999999999999999999999999.999",
                        "0.001",
                        "NaN",
                        "a\u0000b",
                        "line\r\nBEGIN:VEVENT",
                        "\u001b[31mred",
                        "\u0085",
                        "x".repeat(6000),
                        "fuzzer",
                        "correct horse battery",
                        "fuzzer@example.org"),
                Arbitraries.<Object>of(
                        0,
                        -1,
                        1,
                        2,
                        Integer.MAX_VALUE,
                        Long.MAX_VALUE,
                        1.5,
                        true,
                        false,
                        List.of(),
                        java.util.Arrays.asList((Object) null),
                        List.of("a", "b"),
                        List.of(1),
                        Map.of(),
                        Map.of("food", "10.00"),
                        Map.of("food", -5),
                        Map.of("$gt", "")),
                Arbitraries.<Object>just(null));
    }

    private static Arbitrary<String> csv() {
        Arbitrary<String> cell = Arbitraries.of(
                "sale",
                "purchase",
                "Tickets",
                "12.50",
                "-3",
                "abc",
                "2027-06-10",
                "+999999999-12-31",
                "-999999999-01-01",
                "2027-06-10T09:00:00+02:00",
                "\"unclosed",
                "\"a\"\"b\"",
                "",
                "x".repeat(300),
                "=cmd|' /C calc'!A0");
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(12).map(cells -> String.join(",", cells));
        Arbitrary<String> header = Arbitraries.of(
                "date,kind,concept,quantity,unitPrice,category",
                "kind,concept,unitPrice",
                "date,kind,concept,quantity,unitPrice,amount,category,counterparty,description",
                "a,b,c",
                "");
        return Combinators.combine(header, row.list().ofMaxSize(4))
                .as((h, rows) -> h + "\n" + String.join("\n", rows) + "\n");
    }

    private static HttpResponse<String> send(Hostile request) throws IOException, InterruptedException {
        String target = app.baseUrl() + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(target, request));
        builder.timeout(Duration.ofSeconds(30));
        if (!request.authorization().isEmpty()) {
            builder.header("Authorization", request.authorization());
        }
        if (!request.contentType().isEmpty()) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        if (request.method().equals("PATCH") && !request.headers().containsKey("If-Match")) {
            currentVersion(target).ifPresent(etag -> builder.header("If-Match", etag));
        }
        builder.method(
                request.method(),
                request.body().isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String target, Hostile request) {
        try {
            return URI.create(target);
        } catch (IllegalArgumentException notAUri) {
            return URI.create(app.baseUrl() + "/" + URLEncoder.encode(request.path(), StandardCharsets.UTF_8));
        }
    }

    /** The ETag the resource has now, so that an edit is not refused as stale before its body is read. */
    private static java.util.Optional<String> currentVersion(String target) throws IOException, InterruptedException {
        try {
            HttpResponse<Void> current = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(target.replaceFirst("\\?.*$", "")))
                            .header("Authorization", "Bearer " + owner)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return current.headers().firstValue("ETag");
        } catch (IllegalArgumentException notAUri) {
            return java.util.Optional.empty();
        }
    }

    /** Jetty's default limit on a request's line and headers. */
    private static final int REQUEST_HEADER_LIMIT = 8 * 1024;

    /** An upper bound of the bytes of {@code request}'s line and headers: percent-encoding at most triples text. */
    private static int headerBytesAtMost(Hostile request) {
        int bytes = 3
                * (request.path().getBytes(StandardCharsets.UTF_8).length
                        + request.query().getBytes(StandardCharsets.UTF_8).length);
        bytes += request.authorization().length() + request.contentType().length() + 64;
        for (var header : request.headers().entrySet()) {
            bytes += header.getKey().length() + 3 * header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
        }
        return bytes;
    }

    /** The web app's pages, for a browser: HTML answers, not problems. */
    private static boolean isWebPage(String path) {
        return path.equals("/")
                || Stream.of("/e/", "/account", "/assets/", "/lang", "/new-event", "/sign-")
                        .anyMatch(path::startsWith);
    }

    /**
     * Bookkeeping that an error answer writes on purpose: a refused log-in counts against the throttle (that is
     * its point), and a browser's first request gets an anonymous web session for its CSRF token.
     */
    private static final Set<String> BOOKKEEPING = Set.of("users.login_attempts", "web.sessions");

    /**
     * Every document in every database of the app but its bookkeeping, in a stable order: equal before and
     * after means no write.
     */
    private static String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String name : mongo.listDatabaseNames()) {
            if (!name.startsWith(app.databasePrefix() + "_")) {
                continue;
            }
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames().into(new ArrayList<>()).stream()
                    .sorted()
                    .toList()) {
                if (BOOKKEEPING.contains(name.substring(app.databasePrefix().length() + 1) + "." + collection)) {
                    continue;
                }
                all.append(name).append('.').append(collection).append(':');
                database.getCollection(collection)
                        .find()
                        .sort(Sorts.ascending("_id"))
                        .forEach((Document d) -> all.append(d.toJson()).append('\n'));
            }
        }
        return all.toString();
    }

    private static List<String> errorsSince(int index) {
        synchronized (errors.list) {
            return errors.list.subList(index, errors.list.size()).stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                    .map(ILoggingEvent::getFormattedMessage)
                    .collect(Collectors.toList());
        }
    }

    private static String signUp(Http http, String username) {
        return TestUsers.signUp(http, username, username);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes jqwik draw from {@link #SEED}, the given one or a new one, rather than from a seed of its own (or the
     * previous failure's), so the printed seed is always the run's.
     */
    static final class SeedFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setSeed(SEED);
            context.attributes().setWhenFixedSeed(FixedSeedMode.ALLOW);
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
            System.out.printf("fuzz: seed %s (-D%s=%s draws these requests again)%n", SEED, SEED_PROPERTY, SEED);
            return property.execute();
        }
    }

    /** One request as sent; its toString is what a failure quotes, with the seed that drew it. */
    record Hostile(
            String method,
            String path,
            String query,
            String authorization,
            String contentType,
            String body,
            Map<String, String> headers) {
        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + ")" : body;
            return "(seed " + SEED + ") " + method + " " + path + (query.isEmpty() ? "" : "?" + query) + " ["
                    + contentType + "] "
                    + headers + " auth="
                    + (authorization.length() > 20 ? authorization.substring(0, 20) + "…" : authorization)
                    + " " + shown;
        }
    }
}
