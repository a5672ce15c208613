package geventator.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The vendored stylesheet and scripts, read from the jar once and served under names that carry a hash of
 * their content ({@code htmx.min.3f2a9c1d.js}), so that browsers may keep them for a year: a new version is
 * a new name. Each is kept gzipped too, and sent so to browsers that accept it.
 */
final class Assets {

    static final List<String> FILES = List.of("pico.classless.min.css", "app.css", "htmx.min.js", "app.js");

    private record Asset(String contentType, byte[] plain, byte[] gzipped) {}

    private final Map<String, String> fingerprinted = new LinkedHashMap<>();
    private final Map<String, Asset> byName = new LinkedHashMap<>();

    Assets() {
        for (String file : FILES) {
            byte[] content = read(file);
            String hash = HexFormat.of().formatHex(sha256(content)).substring(0, 12);
            int dot = file.lastIndexOf('.');
            String name = file.substring(0, dot) + "." + hash + file.substring(dot);
            fingerprinted.put(file, "/assets/" + name);
            byName.put(
                    name,
                    new Asset(
                            file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
                            content,
                            gzip(content)));
        }
    }

    /** The address of {@code file} (one of {@link #FILES}) as pages link it. */
    String url(String file) {
        String url = fingerprinted.get(file);
        if (url == null) {
            throw new IllegalArgumentException("no asset " + file);
        }
        return url;
    }

    void serve(Context ctx) {
        Asset asset = byName.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(asset.contentType());
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(asset.gzipped());
        } else {
            ctx.result(asset.plain());
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = Assets.class.getResourceAsStream("/geventator/web/assets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("asset " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
