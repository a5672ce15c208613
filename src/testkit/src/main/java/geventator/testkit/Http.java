package geventator.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON client for tests: real HTTP, real sockets. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    public Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    public Call put(String path, Object body) {
        return new Call("PUT", path, body);
    }

    public Call patch(String path, Object body) {
        return new Call("PATCH", path, body);
    }

    /** One request being built: headers, then {@link #send()}. */
    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Sends the body as given when it is a String (raw JSON or not), else as JSON. */
        public Reply send() {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::setHeader);
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : toJson(body)));
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the server answered. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String text) {

        public JsonNode json() {
            if (text == null || text.isEmpty()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (" + status + "): " + text, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
