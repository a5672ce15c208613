package geventator.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One address in front of several instances of each role, as a load balancer in front of a scaled-out
 * deployment: every request goes to the next instance of the role its path belongs to, round robin, request
 * by request (not connection by connection, so a client's kept-alive connection still reaches every instance).
 * The answer says which instance served it in {@link #SERVED_BY}. A test may pin one request to an instance
 * with {@link #ROUTE_TO} (its index), to say "made on the first, used on the second" exactly.
 */
final class RoundRobinProxy implements AutoCloseable {

    static final String SERVED_BY = "X-Served-By";
    static final String ROUTE_TO = "X-Route-To";

    /** Headers that belong to one hop, or that the JDK's client sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "upgrade",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "date",
            ROUTE_TO.toLowerCase(Locale.ROOT));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "round-robin-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Function<String, String> roleOfPath;
    private final Map<String, List<String>> instances;
    private final Map<String, AtomicInteger> next;

    /**
     * @param roleOfPath which role serves a request path
     * @param instances each role's instances, as base URLs
     */
    RoundRobinProxy(Function<String, String> roleOfPath, Map<String, List<String>> instances) {
        this.roleOfPath = roleOfPath;
        this.instances = Map.copyOf(instances);
        this.next = instances.keySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(role -> role, role -> new AtomicInteger()));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The name {@link #SERVED_BY} gives the {@code index}th instance of {@code role}. */
    static String name(String role, int index) {
        return role + "-" + index;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String role = roleOfPath.apply(path);
            List<String> targets = instances.get(role);
            String pinned = exchange.getRequestHeaders().getFirst(ROUTE_TO);
            int index = pinned != null
                    ? Integer.parseInt(pinned)
                    : Math.floorMod(next.get(role).getAndIncrement(), targets.size());
            String query = exchange.getRequestURI().getRawQuery();
            URI target = URI.create(targets.get(index) + path + (query == null ? "" : "?" + query));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.getResponseHeaders().set(SERVED_BY, name(role, index));
            byte[] answer = response.body();
            boolean bodiless = response.statusCode() == 204
                    || response.statusCode() == 304
                    || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), bodiless || answer.length == 0 ? -1 : answer.length);
            if (!bodiless && answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
