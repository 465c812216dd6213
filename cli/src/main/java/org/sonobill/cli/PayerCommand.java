package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sonobill.engine.payer.InvalidPackException;
import org.sonobill.engine.payer.PayerPack;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.payer.PayerRule;
import org.sonobill.engine.study.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sonobill payer}: see, check and install payer rule packs. */
@Command(name = "payer", mixinStandardHelpOptions = true,
        description = {"Payer rule packs: how each payer wants services billed (bilateral, distinct-service modifier), its "
                + "timely-filing limit, fee schedule, and rules (conditions over code, modifier, diagnosis, place of "
                + "service, provider, age, sex, units and date; actions error, warning, hold, require-modifier, "
                + "require-prior-auth, frequency-limit, bilateral-as-rt-lt, bilateral-as-50). See docs/payer-rules.md.",
                "", "To try rules on claims without installing them: sonobill scrub --try-rules PAYER=FILE or --try-pack FILE."},
        subcommands = {PayerCommand.ListPacks.class, PayerCommand.Show.class, PayerCommand.Check.class,
                PayerCommand.Install.class})
final class PayerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The bundled and installed packs, or null after naming the problems of a broken installed pack. */
    static PayerPacks installed(DataDirOption dataDir, CommandLine.Model.CommandSpec spec, String command) {
        try {
            return PayerPacks.withUserPacks(dataDir.payers());
        } catch (InvalidPackException e) {
            problems(spec.commandLine().getErr(), command, e);
            return null;
        }
    }

    static void problems(PrintWriter err, String command, InvalidPackException e) {
        for (InputProblem p : e.problems()) {
            err.println("sonobill payer " + command + ": " + p.describe());
        }
    }

    /** {@code sonobill payer list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the payer packs: bundled and installed.")
    static final class ListPacks implements Callable<Integer> {
        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        CodeCommand.Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PayerPacks packs = installed(dataDir, spec, "list");
            if (packs == null) {
                return SonoBill.INVALID_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == CodeCommand.Format.json) {
                out.println(json(packs));
                return 0;
            }
            out.printf("%-16s %-6s %-9s %-8s %-7s %s%n", "PACK", "RULES", "FILING", "PRICING", "LCDS", "FROM");
            for (String id : new TreeSet<>(packs.ids())) {
                PayerPack p = packs.get(id);
                out.printf("%-16s %-6d %-9s %-8s %-7s %s%n", id, p.rules().size(), p.timelyFilingDays() + " d",
                        p.pricingPercent() == null ? "-" : p.pricingPercent().stripTrailingZeros().toPlainString() + "%",
                        p.medicareCoverage() ? "yes" : "no", packs.origin(id));
            }
            return 0;
        }

        private static String json(PayerPacks packs) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                g.writeStartArray();
                for (String id : new TreeSet<>(packs.ids())) {
                    PayerPack p = packs.get(id);
                    g.writeStartObject();
                    g.writeStringField("id", id);
                    g.writeStringField("name", p.name());
                    g.writeNumberField("rules", p.rules().size());
                    g.writeNumberField("timelyFilingDays", p.timelyFilingDays());
                    if (p.pricingPercent() != null) {
                        g.writeNumberField("percentOfMedicare", p.pricingPercent());
                    }
                    g.writeBooleanField("medicareCoverage", p.medicareCoverage());
                    g.writeStringField("origin", packs.origin(id));
                    g.writeEndObject();
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }
    }

    /** {@code sonobill payer show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a pack's settings and rules.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "PACK", description = "The pack id, e.g. medicare.")
        String id;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PayerPacks packs = installed(dataDir, spec, "show");
            if (packs == null) {
                return SonoBill.INVALID_INPUT;
            }
            PayerPack p = packs.get(id);
            if (p == null) {
                spec.commandLine().getErr().println("sonobill payer show: unknown pack \"" + id + "\"; expected one of "
                        + new TreeSet<>(packs.ids()));
                return SonoBill.INVALID_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(p.id() + ": " + p.name() + "  (" + packs.origin(id) + ")");
            out.println("  bilateral: " + (p.bilateralStyle() == PayerPack.BilateralStyle.MODIFIER_50 ? "one line with 50"
                    : "RT and LT lines") + "; distinct services: " + p.distinctModifier() + "; timely filing: "
                    + p.timelyFilingDays() + " days; fee schedule: "
                    + (p.pricingPercent() == null ? "none" : p.pricingPercent().stripTrailingZeros().toPlainString() + "% of Medicare")
                    + "; Medicare coverage articles: " + (p.medicareCoverage() ? "yes" : "no"));
            out.println("  source: " + p.source());
            for (PayerRule r : p.rules()) {
                out.println("  " + r.id() + "  [" + r.then().kind().key() + "]  " + r.description());
                out.println("      source: " + r.source());
            }
            return 0;
        }
    }

    /** {@code sonobill payer check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a pack file without installing it: every problem is named with its line and field.",
            footer = {"", "Exit codes: 0 valid; 2 invalid."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A payer pack (.json).")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                PayerPack p = PayerPacks.read(file);
                spec.commandLine().getOut().printf("%s: pack %s is valid (%d rules)%n", file, p.id(), p.rules().size());
                return 0;
            } catch (InvalidPackException e) {
                problems(spec.commandLine().getErr(), "check", e);
                return SonoBill.INVALID_INPUT;
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println("sonobill payer check: " + e.getMessage());
                return SonoBill.INVALID_INPUT;
            }
        }
    }

    /** {@code sonobill payer install FILE}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Validate a pack and install it into the data directory, replacing a pack of the same id "
                    + "(bundled packs are never changed: the installed one takes precedence).",
                    "Try it first: sonobill scrub --try-pack FILE CLAIMS..."},
            footer = {"", "Exit codes: 0 installed; 2 invalid (nothing installed); 3 could not write."})
    static final class Install implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A payer pack (.json).")
        Path file;

        @CommandLine.Mixin
        DataDirOption dataDir = new DataDirOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                PayerPack p = PayerPacks.install(file, dataDir.payers());
                spec.commandLine().getOut().printf("installed payer pack %s (%d rules) into %s%n", p.id(), p.rules().size(),
                        dataDir.payers());
                return 0;
            } catch (InvalidPackException e) {
                problems(spec.commandLine().getErr(), "install", e);
                return SonoBill.INVALID_INPUT;
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println("sonobill payer install: " + e.getMessage());
                return SonoBill.INTERNAL;
            }
        }
    }
}
