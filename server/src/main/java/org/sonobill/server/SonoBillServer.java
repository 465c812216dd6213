package org.sonobill.server;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.sonobill.server.admin.InitCommand;
import org.sonobill.server.load.LoadTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SonoBill server: {@code serve} runs the system of record on the embedded PostgreSQL (or the server named by
 * {@code SONOBILL_DB_URL}); {@code demo} does the same and, on first run, creates the demo organisation;
 * {@code loadtest} measures the API under concurrent users on a temporary database ({@link LoadTest}).
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SonoBillServer {
    /** Exit status for a command line that cannot be understood (the CLI's convention). */
    static final int USAGE = 2;

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // serve and demo go on in the web server's threads; a load test or init is over when run returns
        if (status != 0 || isLoadTest(args) || isInit(args) || isRemit(args) || isImport(args)
                || args.length > 0 && args[0].equals(org.sonobill.server.load.PostingBenchmark.COMMAND)
                || args.length > 0 && args[0].equals(org.sonobill.server.load.DenialBenchmark.COMMAND)) {
            System.exit(status);
        }
    }

    /**
     * Starts the server for a command line; returns non-zero when the command line is wrong. A load test runs to
     * its end and returns its exit status.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (isLoadTest(args)) {
            return LoadTest.command(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (isInit(args)) {
            return InitCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(org.sonobill.server.load.PostingBenchmark.COMMAND)) {
            return org.sonobill.server.load.PostingBenchmark.command(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(org.sonobill.server.load.DenialBenchmark.COMMAND)) {
            return org.sonobill.server.load.DenialBenchmark.command(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(org.sonobill.server.denial.DenialsCommand.COMMAND)) {
            return org.sonobill.server.denial.DenialsCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(org.sonobill.server.fhir.FhirCommand.COMMAND)) {
            return org.sonobill.server.fhir.FhirCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(org.sonobill.server.hl7.Hl7Command.COMMAND)) {
            return org.sonobill.server.hl7.Hl7Command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (isRemit(args)) {
            return org.sonobill.server.remit.RemitCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
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

    private static boolean isImport(String[] args) {
        return args.length > 0 && (args[0].equals(org.sonobill.server.hl7.Hl7Command.COMMAND)
                || args[0].equals(org.sonobill.server.fhir.FhirCommand.COMMAND));
    }

    private static boolean isInit(String[] args) {
        return args.length > 0 && args[0].equals(InitCommand.COMMAND);
    }

    private static boolean isRemit(String[] args) {
        return args.length > 0 && args[0].equals(org.sonobill.server.remit.RemitCommand.COMMAND);
    }

    private static boolean isLoadTest(String[] args) {
        return args.length > 0 && args[0].equals(LoadTest.COMMAND);
    }

    /**
     * The application without its web server, for a command that works on the server's database and ends
     * (init, remit post): quiet, and never making the demo organisation.
     */
    public static ConfigurableApplicationContext commandContext() {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        props.put("sonobill.demo", false);
        props.put("sonobill.denials.daily", false);
        props.put("sonobill.hl7.listen", false);
        SpringApplication app = new SpringApplication(SonoBillServer.class);
        app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        app.setDefaultProperties(props);
        return app.run();
    }

    /** Starts the application with the options as Spring properties. */
    public static ConfigurableApplicationContext start(ServerOptions options) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", options.port());
        props.put("server.address", options.address());
        props.put("sonobill.demo", options.command().equals("demo"));
        SpringApplication app = new SpringApplication(SonoBillServer.class);
        app.setDefaultProperties(props);
        // given on the command line, the listener's settings win over the environment's
        java.util.List<String> args = new java.util.ArrayList<>();
        if (options.hl7Port() != null) {
            args.add("--sonobill.hl7.port=" + options.hl7Port());
        }
        if (options.hl7As() != null) {
            args.add("--sonobill.hl7.as=" + options.hl7As());
        }
        return app.run(args.toArray(String[]::new));
    }
}
