package org.sonobill.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests to the test server, with an API token or without. */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final String token;

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Requests with this API token. */
    public static Api as(String token) {
        return new Api(TestServer.get().url(), token);
    }

    /** Requests to another server (one a test started itself) with this token. */
    public static Api at(String base, String token) {
        return new Api(base, token);
    }

    /** Requests without credentials. */
    public static Api anonymous() {
        return new Api(TestServer.get().url(), null);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, headers);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any request. */
    public Response send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (json != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a GET as bytes (a PDF); fails the test unless the answer is 200. */
    public byte[] bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + new String(r.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response. */
    public record Response(int status, String body, String contentType, String etag) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
