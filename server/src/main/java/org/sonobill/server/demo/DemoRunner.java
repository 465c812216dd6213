package org.sonobill.server.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./sonobill demo}: once the server listens, makes sure the demo organisation exists and says in one log line
 * what it holds and how to sign in. Counts only: no patient data reaches the log.
 */
@Component
@ConditionalOnProperty(name = "sonobill.demo", havingValue = "true")
class DemoRunner implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoData demo;
    private final ApplicationContext context;

    DemoRunner(DemoData demo, ApplicationContext context) {
        this.demo = demo;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        DemoSummary s = demo.load(DemoData.CODE, LocalDate.now());
        String how = s.created() ? String.format("created in %.1f s", (System.nanoTime() - start) / 1e9)
                : "found from an earlier run";
        LOG.info("Demo organisation ready ({}): {}; sign in at http://localhost:{}/login as demo-manager, password {}",
                how, s.describe(), port(), DemoOrganisation.PASSWORD);
    }

    private String port() {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            return String.valueOf(web.getWebServer().getPort());
        }
        return context.getEnvironment().getProperty("local.server.port", "8080");
    }
}
