package org.sonobill.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcdCodeSetSearchTest {
    private final IcdCodeSet icd = ReferenceLibrary.bundled().icd10cm(LocalDate.of(2026, 3, 1)).table();

    private static List<String> codes(List<IcdCode> found) {
        return found.stream().map(IcdCode::code).toList();
    }

    @Test
    void aCodePrefixFindsTheCodesUnderItWithOrWithoutTheDot() {
        List<String> dotted = codes(icd.search("R10.1", 20));
        assertThat(dotted).contains("R101", "R1011", "R1013").allMatch(c -> c.startsWith("R101"));
        assertThat(codes(icd.search("r101", 20))).isEqualTo(dotted);
    }

    @Test
    void wordsFindCodesWhoseTitleHasEveryWordInAnyOrder() {
        List<IcdCode> found = icd.search("calculus gallbladder", 50);
        assertThat(found).isNotEmpty();
        assertThat(found).allMatch(c -> c.longTitle().toLowerCase().contains("calculus")
                && c.longTitle().toLowerCase().contains("gallbladder"));
        assertThat(codes(found)).contains("K8020");
    }

    @Test
    void wordStartsMatchSoAbbreviatedWordsWork() {
        assertThat(codes(icd.search("gross hemat", 50))).contains("R310");
        assertThat(icd.search("ematuria", 10)).isEmpty();
    }

    @Test
    void theLimitAndEmptyQueriesAreRespected() {
        assertThat(icd.search("pain", 5)).hasSize(5);
        assertThat(icd.search("   ", 5)).isEmpty();
        assertThat(icd.search("pain", 0)).isEmpty();
    }
}
