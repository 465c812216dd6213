package org.sonobill.report.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.reference.IcdCode;
import org.sonobill.engine.reference.IcdCodeSet;
import org.sonobill.engine.reference.ReferenceLibrary;

class LexiconTest {

    @Test
    void everyIndicationCodeIsABillableIcd10CmCodeOfTheCurrentFiscalYear() {
        IcdCodeSet fy2026 = ReferenceLibrary.bundled().icd10cm(LocalDate.of(2026, 3, 2)).table();
        List<String> problems = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("indications.tsv", 2)) {
            IcdCode c = fy2026.get(r.col(1).split("\\|")[0]);
            if (c == null || !c.billable()) {
                problems.add(r.where() + " " + r.col(0) + " -> " + r.col(1) + (c == null ? " (no such code)"
                        : " (a header, not billable)"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noPhraseIsGivenTwoDifferentCodes() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("indications.tsv", 2)) {
            String phrase = String.join(" ", PhraseMatcher.words(r.col(0)));
            String before = seen.put(phrase, r.col(1));
            if (before != null && !before.equals(r.col(1))) {
                problems.add(r.where() + " \"" + phrase + "\": " + before + " and " + r.col(1));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExamAndElementNamesTheEnginesFamiliesAndKeys() {
        Catalogue catalogue = Catalogue.bundled();
        List<String> problems = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("exams.tsv", 3)) {
            String f = r.col(1);
            if (!f.equals("-") && !f.equals("other") && !f.equals("unsupported") && catalogue.family(f) == null) {
                problems.add(r.where() + ": unknown family " + f);
            }
        }
        for (LexiconFile.Row r : LexiconFile.read("elements.tsv", 3)) {
            for (String family : r.col(0).split(",")) {
                if (family.equals("echo_tte")) {
                    continue;
                }
                var fam = catalogue.family(family);
                for (String key : r.col(2).split(",")) {
                    if (fam == null || !fam.elementKeys().contains(key)) {
                        problems.add(r.where() + ": " + family + " has no element " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProcedureCodeIsInTheCatalogueOrAKnownPrimary() {
        Catalogue catalogue = Catalogue.bundled();
        List<String> problems = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("procedures.tsv", 5)) {
            if (catalogue.guidance(r.col(4)) == null) {
                problems.add(r.where() + ": unknown guidance kind " + r.col(4));
            }
            if (!r.col(3).equals("joint")) {
                for (String pair : r.col(3).split(";")) {
                    String code = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : pair;
                    if (!code.matches("[0-9]{5}") && !code.equals("joint")) {
                        problems.add(r.where() + ": not a CPT code: " + code);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMalformedLineIsRefusedWithItsFileAndLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LexiconFile.read("no-such-file.tsv", 2))
                .hasMessageContaining("report/no-such-file.tsv");
    }
}
