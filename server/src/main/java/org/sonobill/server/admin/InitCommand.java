package org.sonobill.server.admin;

import java.io.Console;
import java.io.PrintStream;
import org.sonobill.server.SonoBillServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code sonobill init CODE "NAME" --admin USER}: creates an organisation with its first administrator in the
 * server's database, without starting the web server. The password comes from {@code SONOBILL_ADMIN_PASSWORD} or
 * is asked on the terminal (not echoed); it is never printed.
 */
public final class InitCommand {
    public static final String COMMAND = "init";
    private static final String USAGE = "Usage: sonobill init CODE NAME --admin USER [--admin-name \"FULL NAME\"]\n\n"
            + "Creates an organisation (CODE: lower-case letters, digits, dashes; NAME: its name) with its first\n"
            + "administrator, in the database the server uses ($SONOBILL_DB_URL, or the embedded one in\n"
            + "$SONOBILL_DB_DIR, default ~/.sonobill/db). The administrator's password (12 characters or more) is read\n"
            + "from $SONOBILL_ADMIN_PASSWORD, or asked on the terminal. Then `sonobill serve` and sign in at /login as\n"
            + "USER@CODE; the administrator adds users (POST /api/users) and API tokens (POST /api/tokens).\n\n"
            + "Exit codes: 0 created; 2 wrong command line or the organisation exists already.\n";

    private InitCommand() {
    }

    /** Runs the command; returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String code = null;
        String name = null;
        String admin = null;
        String adminName = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.print(USAGE);
                return 0;
            } else if (a.equals("--admin") && i + 1 < args.length) {
                admin = args[++i];
            } else if (a.equals("--admin-name") && i + 1 < args.length) {
                adminName = args[++i];
            } else if (a.startsWith("-")) {
                return usage(err, "unknown or incomplete option \"" + a + "\"");
            } else if (code == null) {
                code = a;
            } else if (name == null) {
                name = a;
            } else {
                return usage(err, "unexpected argument \"" + a + "\"");
            }
        }
        if (code == null || name == null || admin == null) {
            return usage(err, "expected CODE, NAME and --admin USER");
        }
        if (!admin.matches("[A-Za-z0-9._-]{2,64}")) {
            return usage(err, "--admin: expected 2 to 64 letters, digits, dots, dashes or underscores");
        }
        String password = System.getenv("SONOBILL_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            Console console = System.console();
            if (console == null) {
                return usage(err, "no terminal to ask the administrator's password on: set SONOBILL_ADMIN_PASSWORD");
            }
            char[] typed = console.readPassword("Password for %s (12 characters or more): ", admin);
            char[] again = console.readPassword("The same again: ");
            if (typed == null || again == null || !java.util.Arrays.equals(typed, again)) {
                return usage(err, "the two passwords differ");
            }
            password = new String(typed);
        }
        try (ConfigurableApplicationContext context = SonoBillServer.commandContext()) {
            OrganisationSetup setup = context.getBean(OrganisationSetup.class);
            setup.create(code, name, admin, adminName == null ? admin : adminName, password);
            out.println("Organisation " + code + " created; sign in as " + admin + "@" + code
                    + " after `sonobill serve`.");
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("sonobill init: " + problem);
        err.println("Try 'sonobill init --help'.");
        return 2;
    }
}
