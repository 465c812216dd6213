package org.sonobill.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load test's HTTP client reads each kind of answer a server may give and keeps or drops the connection. */
class LoopbackHttpTest {

    /** A server that answers each request with the next canned answer and counts the connections it accepted. */
    private static final class Canned implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread;

        Canned(List<String> answers) throws IOException {
            thread = new Thread(() -> {
                int next = 0;
                try {
                    while (next < answers.size()) {
                        try (Socket s = server.accept()) {
                            connections.incrementAndGet();
                            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                                    StandardCharsets.ISO_8859_1));
                            OutputStream out = s.getOutputStream();
                            while (next < answers.size()) {
                                int length = 0;
                                String line = in.readLine();
                                if (line == null) {
                                    break;
                                }
                                for (; !line.isEmpty(); line = in.readLine()) {
                                    if (line.toLowerCase().startsWith("content-length:")) {
                                        length = Integer.parseInt(line.substring(15).trim());
                                    }
                                }
                                in.skip(length);
                                String answer = answers.get(next++);
                                out.write(answer.getBytes(StandardCharsets.UTF_8));
                                out.flush();
                                if (answer.contains("Connection: close")) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the test is over
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void readsLengthChunkedAndEmptyAnswersOnOneKeptConnection() throws IOException {
        try (Canned server = new Canned(List.of(
                "HTTP/1.1 201 Created\r\nContent-Length: 9\r\nETag: \"3\"\r\n\r\n{\"id\":7}\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=1\r\n:1}\r\n0\r\n\r\n",
                "HTTP/1.1 204 No Content\r\nContent-Length: 12\r\n\r\n"));
             LoopbackHttp http = new LoopbackHttp(server.base())) {
            LoopbackHttp.Answer created = http.post("/api/studies", "sb_x", "{}", null);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.etag()).isEqualTo("\"3\"");
            assertThat(created.body()).isEqualTo("{\"id\":7}\n");
            assertThat(http.post("/api/x", "sb_x", null, "\"3\"").body()).isEqualTo("{\"a\":1}");
            LoopbackHttp.Answer none = http.post("/api/y", "sb_x", null, null);
            assertThat(none.status()).isEqualTo(204);
            assertThat(none.body()).isEmpty();
            assertThat(server.connections).hasValue(1);
        }
    }

    @Test
    void opensANewConnectionAfterTheServerSaidClose() throws IOException {
        try (Canned server = new Canned(List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive, close\r\n\r\nok",
                "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes"));
             LoopbackHttp http = new LoopbackHttp(server.base())) {
            assertThat(http.post("/a", "sb_x", null, null).body()).isEqualTo("ok");
            assertThat(http.post("/b", "sb_x", null, null).body()).isEqualTo("yes");
            assertThat(server.connections).hasValue(2);
        }
    }
}
