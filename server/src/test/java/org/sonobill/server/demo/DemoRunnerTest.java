package org.sonobill.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonobill.server.TestServer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoRunnerTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(DemoData.class, () -> TestServer.get().context().getBean(DemoData.class))
            .withUserConfiguration(DemoRunner.class);

    @Test
    void theDemoIsLoadedOnlyWhenTheDemoCommandAsksForIt() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(DemoRunner.class));
        runner.withPropertyValues("sonobill.demo=false").run(ctx -> assertThat(ctx).doesNotHaveBean(DemoRunner.class));
        runner.withPropertyValues("sonobill.demo=true").run(ctx -> assertThat(ctx).hasSingleBean(DemoRunner.class));
    }

    @Test
    void theServerOfTheTestsHasNoDemoRunner() {
        assertThat(TestServer.get().context().getBeansOfType(DemoRunner.class)).isEmpty();
    }
}
