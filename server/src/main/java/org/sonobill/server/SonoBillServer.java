package org.sonobill.server;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SonoBill server: {@code serve} runs the system of record on the embedded PostgreSQL (or the server named by
 * {@code SONOBILL_DB_URL}); {@code demo} does the same and, on first run, creates the demo organisation.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SonoBillServer {
    /** Exit status for a command line that cannot be understood (the CLI's convention). */
    static final int USAGE = 2;

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Starts the server for a command line; returns non-zero when the command line is wrong. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sonobill: " + e.getMessage());
            err.println("Try 'sonobill serve --help'.");
            return USAGE;
        }
        if (options.help()) {
            out.print(ServerOptions.help(options.command()));
            return 0;
        }
        start(options);
        return 0;
    }

    /** Starts the application with the options as Spring properties. */
    public static ConfigurableApplicationContext start(ServerOptions options) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", options.port());
        props.put("server.address", options.address());
        props.put("sonobill.demo", options.command().equals("demo"));
        SpringApplication app = new SpringApplication(SonoBillServer.class);
        app.setDefaultProperties(props);
        return app.run();
    }
}
