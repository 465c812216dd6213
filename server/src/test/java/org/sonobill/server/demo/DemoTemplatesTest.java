package org.sonobill.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.study.InvalidStudyException;
import org.sonobill.engine.study.StudyJsonReader;
import org.sonobill.server.TestServer;
import org.sonobill.server.config.EngineData;
import org.sonobill.server.demo.DemoResources.Template;
import tools.jackson.databind.json.JsonMapper;

class DemoTemplatesTest {
    private final EngineData engine = TestServer.get().context().getBean(EngineData.class);
    private final DemoResources resources = DemoResources.read(TestServer.get().context().getBean(JsonMapper.class));

    @Test
    void everyTemplateIsReadByTheEngineAndCodesAtLeastOneLine() throws InvalidStudyException {
        StudyJsonReader reader = new StudyJsonReader(engine.coding().vocabulary());
        for (Template t : resources.templates()) {
            CodedStudy coded = engine.coding().code(reader.read(t.document().toString(), t.spec().file(), 1));
            assertThat(coded.lines()).as(t.spec().file()).isNotEmpty();
            assertThat(coded.status()).as(t.spec().file()).isNotEqualTo(CodingStatus.BLOCKED);
        }
    }

    @Test
    void theTemplatesCoverEveryExamFamilyOfTheEngine() {
        Set<String> covered = new TreeSet<>();
        resources.templates().forEach(t -> covered.add(t.exam()));
        assertThat(covered).containsAll(engine.catalogue().families().keySet());
    }

    @Test
    void everyTemplateNamesProvidersOfItsGroupsAndPlacesOfService() {
        for (Template t : resources.templates()) {
            assertThat(resources.organisation().providers()).as(t.spec().file())
                    .anyMatch(p -> p.role().equals("interpreting") && p.groups().contains(t.spec().readers()))
                    .anyMatch(p -> p.role().equals("ordering") && p.groups().contains(t.spec().orderers()));
            assertThat(t.spec().places()).as(t.spec().file()).isNotEmpty().allMatch(p -> p.matches("11|21|22|23"));
            assertThat(t.spec().ageYears() != null || t.spec().ageDays() != null).as(t.spec().file()).isTrue();
        }
    }
}
