package org.sonobill.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's data files under {@code /demo}: the organisation (people, payers, names) and the study templates with
 * what varies per template. Kept as data so that a new template or provider needs no Java.
 */
record DemoResources(Organisation organisation, List<Template> templates) {

    /** Reads the bundled files; every template document is read once and copied per study. */
    static DemoResources read(JsonMapper json) {
        Organisation org = json.readValue(open("/demo/organisation.json"), Organisation.class);
        TemplateIndex index = json.readValue(open("/demo/templates.json"), TemplateIndex.class);
        List<Template> templates = new ArrayList<>();
        for (TemplateSpec spec : index.templates()) {
            ObjectNode doc = (ObjectNode) json.readTree(open("/demo/templates/" + spec.file()));
            templates.add(new Template(spec, doc));
        }
        return new DemoResources(org, List.copyOf(templates));
    }

    Template template(String file) {
        return templates.stream().filter(t -> t.spec().file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo template " + file + " is not in templates.json"));
    }

    private static InputStream open(String path) {
        InputStream in = DemoResources.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException(path + " is missing from the server jar"));
        }
        return in;
    }

    /** organisation.json. */
    record Organisation(String name, String state, String pricingLocality, ProviderSpec billing,
                        List<ProviderSpec> providers, List<PayerSpec> payers, List<UserSpec> users,
                        List<String> technologists, Map<String, List<String>> firstNames, List<String> lastNames,
                        List<String> notSeenReasons) {
    }

    /** A clinician (or the billing group): who reads or orders which templates is said by its groups. */
    record ProviderSpec(String npi, String name, String role, String specialty, List<String> groups) {
    }

    /**
     * A payer: its rule pack, its id on the 837/835, the weekday its payments arrive and how many days after
     * submission it usually adjudicates.
     */
    record PayerSpec(String code, String name, String rulePack, String x12, DayOfWeek paysOn, int[] lagDays,
                     List<String> appealsAddress) {
    }

    /** A sign-in user of the demo with one role. */
    record UserSpec(String username, String name, String role) {
    }

    private record TemplateIndex(List<TemplateSpec> templates) {
    }

    /**
     * What varies for a template: weight among templates, places of service (drawn from the list, so a repeated code is
     * more likely), the patient it fits (sex, age in years or, for infants, in days), the payer when only one fits,
     * provider groups, companion studies of the same visit, and the report text.
     */
    record TemplateSpec(String file, int weight, List<String> places, String sex, int[] ageYears, int[] ageDays,
                        String payer, String readers, String orderers, List<Companion> companions, String findings,
                        String impression) {
        TemplateSpec {
            companions = companions == null ? List.of() : companions;
        }
    }

    /** Another study the same patient may have at the same visit, with its probability. */
    record Companion(String file, double chance) {
    }

    /** A template: its spec and its study document (docs/study-format.md). */
    record Template(TemplateSpec spec, ObjectNode document) {
        String exam() {
            return document.path("exam").asString();
        }

        boolean infant() {
            return spec.ageDays() != null;
        }
    }
}
