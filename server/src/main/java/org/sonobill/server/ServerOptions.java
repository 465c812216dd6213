package org.sonobill.server;

/**
 * The server's command line: {@code serve|demo [--port N] [--address HOST] [--help]}. The third command,
 * {@code loadtest}, has options of its own ({@link org.sonobill.server.load.LoadTestOptions}).
 *
 * @param command serve or demo
 * @param port the HTTP port (default 8080, or {@code SONOBILL_PORT})
 * @param address the address to listen on (default 127.0.0.1: the embedded setup is for one machine)
 * @param help true when --help was asked
 * @param hl7Port the HL7 v2 (MLLP) listener's loopback port, or null for off (or {@code SONOBILL_HL7_PORT})
 * @param hl7As the user the HL7 listener acts as, USER@ORG (or {@code SONOBILL_HL7_AS})
 */
public record ServerOptions(String command, int port, String address, boolean help, Integer hl7Port, String hl7As) {

    /** Options without the HL7 listener. */
    public ServerOptions(String command, int port, String address, boolean help) {
        this(command, port, address, help, null, null);
    }

    /** Parses the arguments. */
    public static ServerOptions parse(String[] args) {
        String command = "serve";
        String env = System.getenv("SONOBILL_PORT");
        int port = env == null || env.isBlank() ? 8080 : port(env, "SONOBILL_PORT");
        String address = "127.0.0.1";
        boolean help = false;
        Integer hl7Port = null;
        String hl7As = null;
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("-")) {
            command = args[0];
            if (!command.equals("serve") && !command.equals("demo")) {
                throw new IllegalArgumentException("unknown command \"" + command
                        + "\"; expected serve, demo, init or loadtest");
            }
            i = 1;
        }
        for (; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--port" -> port = port(value(args, ++i, a), a);
                case "--address" -> address = value(args, ++i, a);
                case "--hl7-port" -> hl7Port = port(value(args, ++i, a), a);
                case "--hl7-as" -> hl7As = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--port=")) {
                        port = port(a.substring(7), "--port");
                    } else if (a.startsWith("--address=")) {
                        address = a.substring(10);
                    } else {
                        throw new IllegalArgumentException("unknown option \"" + a + "\"");
                    }
                }
            }
        }
        if (hl7Port != null && hl7As == null && blank(System.getenv("SONOBILL_HL7_AS"))) {
            throw new IllegalArgumentException("--hl7-port needs --hl7-as USER@ORG (the coder, manager or administrator "
                    + "the HL7 feed acts as)");
        }
        return new ServerOptions(command, port, address, help, hl7Port, hl7As);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String s, String option) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a port number 0-65535, found \"" + s + "\"");
        }
    }

    /** The help text of a command. */
    public static String help(String command) {
        String what = command.equals("demo")
                ? "Starts the SonoBill server with the demo organisation (created on first run: payers, providers,\n"
                  + "studies, claims in every state, remittances and denials over the past six months).\n"
                  + "Sign in at http://localhost:PORT/login as demo-manager (password: sonobill-demo).\n"
                : "Starts the SonoBill server: the REST API (documented at /api/docs), sign-in at /login,\n"
                  + "health at /actuator/health.\n";
        return "Usage: sonobill " + command + " [--port N] [--address HOST]\n\n" + what + "\n"
                + "Options:\n"
                + "      --port N         HTTP port (default 8080, or $SONOBILL_PORT)\n"
                + "      --address HOST   address to listen on (default 127.0.0.1)\n"
                + "      --hl7-port N     listen for HL7 v2 results (MLLP) on 127.0.0.1:N (default off, or\n"
                + "                       $SONOBILL_HL7_PORT; 2575 is the usual port)\n"
                + "      --hl7-as USER@ORG  the user the HL7 feed acts as: a coder, manager or administrator\n"
                + "                       of the organisation the results are for (or $SONOBILL_HL7_AS)\n"
                + "  -h, --help           show this help\n\n"
                + "Database: an embedded PostgreSQL 17 in $SONOBILL_DB_DIR (default ~/.sonobill/db), started and\n"
                + "stopped with the server; or any PostgreSQL 15+ server given by $SONOBILL_DB_URL\n"
                + "(jdbc:postgresql://host:port/db) with $SONOBILL_DB_USER and $SONOBILL_DB_PASSWORD.\n"
                + "Reference data, payer packs and coverage articles: $SONOBILL_HOME/reference (default\n"
                + "~/.sonobill/reference), as imported with `sonobill data import`.\n";
    }
}
