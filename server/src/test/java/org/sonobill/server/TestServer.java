package org.sonobill.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.sonobill.server.admin.OrganisationSetup;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.UserStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One running server for all the API tests of a JVM: real Tomcat on a loopback port, real PostgreSQL — the embedded
 * one in a temporary directory, or the server named by the system property {@code sonobill.test.db.url} (CI runs
 * the suite once more against Debian's PostgreSQL). Each test class makes its own organisation, so tests never see
 * each other's data, exactly as two customers never do.
 */
public final class TestServer {
    private static TestServer instance;
    private static final AtomicInteger ORGS = new AtomicInteger();
    private final ConfigurableApplicationContext context;
    private final String url;
    private final Path dir;

    private TestServer(ConfigurableApplicationContext context, Path dir) {
        this.context = context;
        this.dir = dir;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.url = "http://127.0.0.1:" + port;
    }

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("sonobill-server-test");
                instance = new TestServer(start(dir, Map.of()), dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** Starts a server on a data directory (a test of restarts starts its own). */
    public static ConfigurableApplicationContext start(Path dir, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", 0);
        props.put("server.address", "127.0.0.1");
        props.put("sonobill.data-dir", dir.resolve("reference").toString());
        String external = System.getProperty("sonobill.test.db.url");
        if (external != null && !external.isBlank()) {
            props.put("sonobill.db.url", external);
            props.put("sonobill.db.user", System.getProperty("sonobill.test.db.user", ""));
            props.put("sonobill.db.password", System.getProperty("sonobill.test.db.password", ""));
        } else {
            props.put("sonobill.db.dir", dir.resolve("db").toString());
        }
        props.putAll(extra);
        SpringApplication app = new SpringApplication(SonoBillServer.class);
        app.setDefaultProperties(props);
        return app.run();
    }

    /** True when the tests run on an external PostgreSQL rather than the embedded one. */
    public static boolean external() {
        String external = System.getProperty("sonobill.test.db.url");
        return external != null && !external.isBlank();
    }

    private void stop() {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    public String url() {
        return url;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /**
     * A new organisation with one user per role (each holding only that role, with an API token), a billing
     * provider and a charge master.
     */
    public TestOrg newOrganisation(String label) {
        String code = label + "-" + ProcessHandle.current().pid() + "-" + ORGS.incrementAndGet();
        long org = context.getBean(OrganisationSetup.class).create(code, "Test " + label, "admin", "Administrator",
                "admin-password-123");
        UserStore users = context.getBean(UserStore.class);
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            long id = r == Role.ADMIN
                    ? jdbc().sql("SELECT id FROM users WHERE organisation_id = ? AND username = 'admin'").params(org)
                            .query(Long.class).single()
                    : users.create(org, r.key(), "Test " + r.key(), r.key() + "-password-123", Set.of(r));
            ids.put(r, id);
            tokens.put(r, users.issueToken(org, id, "test " + r.key()).token());
        }
        jdbc().sql("INSERT INTO providers (organisation_id, npi, name, role, specialty) VALUES (?, '1245319599', "
                + "'Valley Imaging Group', 'billing', 'Radiology')").params(org).update();
        for (String[] c : new String[][] {{"76700", "420.00"}, {"76705", "260.00"}, {"76770", "380.00"},
                {"76775", "240.00"}, {"76856", "350.00"}, {"76830", "360.00"}, {"76536", "300.00"},
                {"93880", "520.00"}, {"93970", "540.00"}, {"93971", "330.00"}, {"93306", "900.00"},
                {"76641", "310.00"}, {"76642", "220.00"}, {"76942", "240.00"}, {"10005", "410.00"},
                {"76801", "380.00"}, {"76805", "380.00"}, {"76817", "300.00"}, {"76870", "290.00"}}) {
            jdbc().sql("INSERT INTO charge_master (organisation_id, code, charge) VALUES (?, ?, ?::numeric)")
                    .params(org, c[0], c[1]).update();
        }
        return new TestOrg(org, code, tokens, ids);
    }

    /** A test organisation: its id and code, and a token and user id per role. */
    public record TestOrg(long id, String code, Map<Role, String> tokens, Map<Role, Long> userIds) {
        public String token(Role r) {
            return tokens.get(r);
        }
    }
}
