package org.sonobill.server.hl7;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sonobill.fhir.hl7.Hl7Charset;
import org.sonobill.fhir.hl7.Mllp;
import org.sonobill.fhir.hl7.MllpException;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.sonobill.server.web.ProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The HL7 v2 listener: MLLP over TCP on a loopback port (an interface engine on the same machine, or a tunnel to
 * it), off unless {@code sonobill.hl7.port} is set. Each connection gets its own thread; each frame is one message,
 * taken by {@link Hl7Intake} as the user named by {@code sonobill.hl7.as} (a coder, manager or administrator of
 * the organisation the feed belongs to) and answered with its ACK or NAK before the next frame is read. It starts
 * when the application is ready and stops with the Spring context.
 *
 * <p>Logs say what happened to which inbox row, never what a message holds.
 */
@Component
public class MllpListener implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(MllpListener.class);
    private static final Set<Role> MAY_CREATE_STUDIES = Set.of(Role.CODER, Role.MANAGER, Role.ADMIN);
    private final Hl7Intake intake;
    private final UserStore users;
    private final Environment env;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionCount = new AtomicLong();
    private volatile ServerSocket server;
    private volatile SonoBillUser user;
    private volatile boolean running;

    public MllpListener(Hl7Intake intake, UserStore users, Environment env) {
        this.intake = intake;
        this.users = users;
        this.env = env;
    }

    /**
     * Starts once the application is ready, after the start-up runners: {@code ./sonobill demo} creates the demo
     * organisation (and so the feed's user) in one of them.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        start();
    }

    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {
        String port = env.getProperty("sonobill.hl7.port");
        boolean listens = env.getProperty("sonobill.hl7.listen", Boolean.class, true); // false for the commands
        if (!listens || port == null || port.isBlank() || port.trim().equals("off")) {
            running = true;
            return;
        }
        int p = port(port);
        user = feedUser(env.getProperty("sonobill.hl7.as"));
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), p));
            server = s;
        } catch (IOException e) {
            throw new IllegalStateException("sonobill.hl7.port: cannot listen on 127.0.0.1:" + p + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        running = true;
        Thread accept = new Thread(this::acceptLoop, "hl7-mllp-accept");
        accept.setDaemon(true);
        accept.start();
        LOG.info("HL7 v2 (MLLP) listener on 127.0.0.1:{} for organisation {}", server.getLocalPort(),
                user.organisationCode());
    }

    /** The port listened on (useful when 0 asked for any free port), or -1 when the listener is off. */
    public int port() {
        ServerSocket s = server;
        return s == null ? -1 : s.getLocalPort();
    }

    private int port(String value) {
        try {
            int p = Integer.parseInt(value.trim());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("sonobill.hl7.port: expected a port number 0-65535 (or off), found \""
                    + value + "\"");
        }
    }

    private SonoBillUser feedUser(String as) {
        if (as == null || as.isBlank()) {
            throw new IllegalStateException("sonobill.hl7.as: the HL7 listener needs the user it acts as "
                    + "(USER@ORG, a coder, manager or administrator of the organisation the feed is for)");
        }
        SonoBillUser u;
        try {
            u = (SonoBillUser) users.loadUserByUsername(as.trim());
        } catch (UsernameNotFoundException e) {
            throw new IllegalStateException("sonobill.hl7.as: no user \"" + as + "\" (give USER@ORG)");
        }
        if (!u.active() || u.roles().stream().noneMatch(MAY_CREATE_STUDIES::contains)) {
            throw new IllegalStateException("sonobill.hl7.as: " + u.actor() + " may not create studies (roles: "
                    + "coder, manager, admin)");
        }
        return u;
    }

    private void acceptLoop() {
        while (running && server != null && !server.isClosed()) {
            try {
                Socket socket = server.accept();
                int max = env.getProperty("sonobill.hl7.max-connections", Integer.class, 16);
                if (connections.size() >= max) {
                    // an interface engine holds one or a few connections; more is a runaway sender
                    LOG.warn("HL7 listener: {} connections open already; a new one was closed", max);
                    socket.close();
                    continue;
                }
                connections.add(socket);
                Thread t = new Thread(() -> serve(socket), "hl7-mllp-" + connectionCount.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("HL7 listener: accepting a connection failed ({})", e.getClass().getSimpleName());
                }
            }
        }
    }

    private void serve(Socket socket) {
        int maxBytes = env.getProperty("sonobill.hl7.max-bytes", Integer.class, 4 * 1024 * 1024);
        int idleMillis = env.getProperty("sonobill.hl7.idle-seconds", Integer.class, 600) * 1000;
        java.time.Duration frameTime = java.time.Duration.ofSeconds(env.getProperty("sonobill.hl7.frame-seconds",
                Integer.class, 60));
        try (socket) {
            socket.setSoTimeout(idleMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (running) {
                byte[] frame = Mllp.read(in, maxBytes, frameTime);
                if (frame == null) {
                    return;
                }
                Hl7Outcome o = take(frame);
                Mllp.write(out, o.ack().getBytes(StandardCharsets.UTF_8));
                LOG.info("HL7 message {} (inbox {}): {}", o.status(), o.inboxId(), o.ackCode());
            }
        } catch (SocketTimeoutException e) {
            LOG.info("HL7 connection idle for {} s: closed", idleMillis / 1000);
        } catch (MllpException e) {
            // a broken frame has no message to keep or answer: the framing error is about bytes, not content
            LOG.warn("HL7 connection closed: {}", e.getMessage());
        } catch (IOException e) {
            if (running) {
                LOG.info("HL7 connection closed ({})", e.getClass().getSimpleName());
            }
        } finally {
            connections.remove(socket);
        }
    }

    private Hl7Outcome take(byte[] frame) {
        try {
            return intake.take(user, "mllp", Hl7Charset.decode(frame));
        } catch (RuntimeException e) {
            // the inbox itself could not be written (database down): answer AE so the sender keeps the message
            String incident = ProblemHandler.logIncident(e);
            String problem = "SonoBill could not keep the message (incident " + incident + "); send it again later";
            return new Hl7Outcome(-1, "failed", "AE", "207", problem, java.util.List.of(), java.util.List.of(),
                    intake.applicationError(user, Hl7Charset.decode(frame), problem));
        }
    }

    @Override
    public void stop() {
        running = false;
        ServerSocket s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a listening socket that is already closed
            }
        }
        for (Socket c : connections) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the peer may have gone already
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stopped before the web server and the database it writes to
        return Integer.MAX_VALUE - 100;
    }
}
