package org.sonobill.server.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sonobill.server.SonoBillServer;
import org.sonobill.server.security.Role;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.security.UserStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code sonobill hl7 import} and {@code sonobill fhir import} share: the command line ({@code import FILE...
 * --as USER@ORG [--format text|json]}), the user and role check, one result line per message, progress on a
 * terminal only, and the exit status (0 every message taken, 2 some refused or a wrong command line, 1 a file that
 * could not be read).
 */
public final class ImportRun {
    private static final Set<Role> MAY_CREATE_STUDIES = Set.of(Role.CODER, Role.MANAGER, Role.ADMIN);

    private ImportRun() {
    }

    /**
     * What became of one message or document of a file.
     *
     * @param file the file
     * @param position its place in the file (1 for the first)
     * @param status processed, duplicate, refused or failed
     * @param text what was done, or the problem naming the field
     * @param studyIds the studies made
     */
    public record Item(String file, int position, String status, String text, List<Long> studyIds) {
        public Item {
            studyIds = List.copyOf(studyIds);
        }

        /** Taken: a new study, or one SonoBill had already. */
        public boolean taken() {
            return status.equals("processed") || status.equals("duplicate");
        }
    }

    /** Imports one file, reporting each item as it is done. */
    @FunctionalInterface
    public interface Importer {
        void importFile(ConfigurableApplicationContext context, SonoBillUser user, Path file, Consumer<Item> done)
                throws IOException;
    }

    /** Runs {@code COMMAND import FILE... --as USER@ORG [--format text|json]}; returns the exit status. */
    public static int run(String command, String usage, String[] args, PrintStream out, PrintStream err,
                          Importer importer) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            out.print(usage);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("import")) {
            return usage(command, err, "unknown subcommand \"" + args[0] + "\"; expected import");
        }
        String as = null;
        String format = "text";
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.print(usage);
                    return 0;
                }
                case "--as" -> {
                    if (++i >= args.length) {
                        return usage(command, err, "--as needs USER@ORG");
                    }
                    as = args[i];
                }
                case "--format" -> {
                    if (++i >= args.length || !(args[i].equals("text") || args[i].equals("json"))) {
                        return usage(command, err, "--format: expected text or json");
                    }
                    format = args[i];
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(command, err, "unknown option \"" + a + "\"");
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (as == null) {
            return usage(command, err, "expected --as USER@ORG (who imports; the studies are audited under that name)");
        }
        if (files.isEmpty()) {
            return usage(command, err, "expected one or more files");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                return usage(command, err, f + ": no such file");
            }
        }
        try (ConfigurableApplicationContext context = SonoBillServer.commandContext()) {
            SonoBillUser user;
            try {
                user = (SonoBillUser) context.getBean(UserStore.class).loadUserByUsername(as);
            } catch (UsernameNotFoundException e) {
                return usage(command, err, "no user \"" + as + "\" (give USER@ORG)");
            }
            if (!user.active() || user.roles().stream().noneMatch(MAY_CREATE_STUDIES::contains)) {
                return usage(command, err, user.actor() + " may not create studies (roles: coder, manager, admin)");
            }
            return importAll(context, user, files, format, importer, out, err);
        }
    }

    private static int importAll(ConfigurableApplicationContext context, SonoBillUser user, List<Path> files,
                                 String format, Importer importer, PrintStream out, PrintStream err) {
        boolean terminal = System.console() != null;
        boolean text = format.equals("text");
        List<Item> items = new ArrayList<>();
        int status = 0;
        for (Path f : files) {
            try {
                importer.importFile(context, user, f, item -> {
                    items.add(item);
                    if (text) {
                        out.println(item.file() + " #" + item.position() + ": " + item.status() + ": " + item.text());
                    } else if (terminal) {
                        err.print("\r" + items.size() + " imported");
                    }
                });
            } catch (IOException e) {
                err.println("sonobill: " + f + ": cannot read (" + e.getClass().getSimpleName() + ")");
                status = 1;
            }
        }
        if (!text) {
            if (terminal) {
                err.print("\r\033[K");
            }
            out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(items));
        }
        long refused = items.stream().filter(i -> !i.taken()).count();
        if (text) {
            out.println(items.size() - refused + " of " + items.size() + " imported" + (refused == 0 ? ""
                    : "; " + refused + " refused or failed (kept for review; the lines above say why)"));
        }
        return refused > 0 ? 2 : status;
    }

    private static int usage(String command, PrintStream err, String problem) {
        err.println("sonobill " + command + ": " + problem);
        err.println("Try 'sonobill " + command + " --help'.");
        return 2;
    }
}
