package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import geventator.platform.PeerClient;
import geventator.platform.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The roles' public HTTP APIs, called like any other client would: at the role's configured URL, or, for a
 * role that runs in this very process, at the address the browser's request reached (loopback HTTP, so the
 * web app never takes a way around an API's rules). A role that cannot be reached, or answers 502 to 504,
 * becomes {@link RoleUnavailable} naming it.
 */
final class RoleApis {

    static final String USER = "user";
    static final String EVENT = "event";
    static final String TRANSACTION = "transaction";

    private final Settings settings;
    private final ObjectMapper json;
    private final PeerClient client;

    private final Duration timeout;

    RoleApis(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.timeout = settings.duration("peer-timeout").plusSeconds(5);
        this.client = new PeerClient(settings.duration("peer-connect-timeout"));
    }

    /** Where {@code role} answers, as seen from a request that reached this process at {@code self}. */
    URI baseUrl(String role, URI self) {
        String running = settings.text("role").trim().toLowerCase(Locale.ROOT);
        if (running.equals("all") || running.equals(role)) {
            return self;
        }
        return settings.url(role + "-url");
    }

    /** One call. {@code body} is JSON unless {@code contentType} says otherwise. */
    Reply call(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.base().resolve(call.path()))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        Optional.ofNullable(MDC.get("requestId")).ifPresent(id -> request.header("X-Request-Id", id));
        call.headers().forEach(request::header);
        HttpRequest.BodyPublisher body;
        if (call.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (call.body() instanceof byte[] bytes) {
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            request.header("Content-Type", call.contentType());
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(toJson(call.body()));
            request.header("Content-Type", "application/json");
        }
        request.method(call.method(), body);
        HttpResponse<byte[]> response;
        try {
            response = client.get().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RoleUnavailable(call.role());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoleUnavailable(call.role());
        }
        int status = response.statusCode();
        if (status >= 502 && status <= 504) {
            throw new RoleUnavailable(call.role());
        }
        Reply reply = new Reply(
                status,
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().map(),
                json);
        if (status == 503 && reply.json().path("type").asText().endsWith("role-unavailable")) {
            throw new RoleUnavailable(reply.json().path("role").asText(call.role()));
        }
        return reply;
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write a request body", e);
        }
    }

    /** A request to one role. */
    record Call(
            String role,
            URI base,
            String method,
            String path,
            String token,
            Object body,
            String contentType,
            Map<String, String> headers) {}

    /** What a role answered. */
    record Reply(
            int status,
            byte[] bytes,
            String contentType,
            Map<String, java.util.List<String>> headers,
            ObjectMapper mapper) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            if (bytes.length == 0 || !contentType.contains("json")) {
                return MissingNode.getInstance();
            }
            try {
                return mapper.readTree(bytes);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }
    }

    /** A role that did not answer: the page shows a banner naming it. */
    static final class RoleUnavailable extends RuntimeException {
        private final String role;

        RoleUnavailable(String role) {
            super(role + " role unavailable", null, false, false);
            this.role = role;
        }

        String role() {
            return role;
        }
    }
}
