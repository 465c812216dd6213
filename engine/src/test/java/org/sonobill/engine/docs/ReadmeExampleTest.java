package org.sonobill.engine.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.finding.Finding;
import org.sonobill.engine.study.StudyJsonReader;

/** The README's example study codes as the README's example output says (documentation that executes). */
class ReadmeExampleTest {
    private static final Pattern INPUT = Pattern.compile("```json\\n(\\{\\n  \"id\": \"ACC-1001\".*?\\n\\})\\n```", Pattern.DOTALL);

    @Test
    void theReadmeExampleIsALimitedAbdomenOrderedCompleteWithTheSpleenMissing() throws Exception {
        String readme = ProjectFiles.read(ProjectFiles.root().resolve("README.md"));
        Matcher m = INPUT.matcher(readme);
        assertThat(m.find()).as("README.md holds the example study").isTrue();
        CodingEngine engine = CodingEngine.bundled();
        CodedStudy s = engine.code(new StudyJsonReader(engine.vocabulary()).read(m.group(1), "README.md", 1));

        assertThat(s.status().key()).isEqualTo("needs-review");
        assertThat(s.lines()).extracting(CodedLine::code).containsExactly("76705");
        assertThat(s.lines().get(0).modifiers()).containsExactly("26");
        Finding ordered = s.findings().stream().filter(f -> f.code().equals("SB-DOC-011")).findFirst().orElseThrow();
        assertThat(readme).contains(ordered.message());
        assertThat(readme).contains("\"revenueImpact\":" + ordered.revenueImpact().toPlainString());
    }
}
