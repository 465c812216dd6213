package org.sonobill.server.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One virtual user's HTTP/1.1 connection to the server under test: blocking, keep-alive, one request at a time, as a
 * person's browser or an interface engine holds one. It sends JSON POSTs and reads the status, the ETag and the body
 * (by Content-Length or chunked).
 *
 * <p>Why not {@link java.net.http.HttpClient}: the load generator shares the two cores with the server and PostgreSQL,
 * and the JDK client's selector thread, futures and per-request objects took about 12 % of the process's CPU in the
 * load test's profile (docs/benchmarks.md) — CPU the server did not get. This client does what {@code wrk} would:
 * little besides writing the request and reading the answer.
 */
final class LoopbackHttp implements Closeable {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** An answer: its status, ETag header (or null) and body. */
    record Answer(int status, String etag, String body) {
    }

    /**
     * Sends a POST on the open connection, or a new one when the server closed the last (it said so with
     * {@code Connection: close}). A connection that fails is closed, and the failure is the request's: a POST is not
     * sent twice.
     */
    Answer post(String path, String token, String body, String ifMatch) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\nAuthorization: Bearer ").append(token)
                .append("\r\nAccept: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
        }
        if (ifMatch != null) {
            head.append("If-Match: ").append(ifMatch).append("\r\n");
        }
        head.append("\r\n");
        if (socket == null) {
            connect();
        }
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            // the connection may be part-way through an answer: never read the next one from it
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Answer read() throws IOException {
        String statusLine = line();
        // HTTP/1.1 200 (reason optional)
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        String etag = null;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = Arrays.stream(value.split(","))
                        .anyMatch(t -> t.trim().equalsIgnoreCase("close"));
                case "etag" -> etag = value;
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 4096);
        // RFC 9112, 6.3: these answers never have a body, whatever their headers say
        if (status < 200 || status == 204 || status == 304) {
            length = 0;
            chunked = false;
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers: none expected
            }
        } else if (length >= 0) {
            copy(length, body);
        } else {
            // no length: the body runs to the end of the connection
            in.transferTo(body);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Answer(status, etag, body.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        String l = line();
        int semi = l.indexOf(';');
        return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new EOFException("the server closed the connection in the middle of an answer");
            }
            to.write(buffer, 0, r);
            n -= r;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
