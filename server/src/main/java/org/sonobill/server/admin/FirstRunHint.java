package org.sonobill.server.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On a server with no organisation yet (and not the demo), says how to create the first one. */
@Component
class FirstRunHint implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FirstRunHint.class);
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    FirstRunHint(JdbcClient jdbc, ApplicationContext context) {
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = context.getEnvironment().getProperty("sonobill.demo", Boolean.class, false);
        if (demo || !(context instanceof WebServerApplicationContext)) {
            return;
        }
        long organisations = jdbc.sql("SELECT count(*) FROM organisations").query(Long.class).single();
        if (organisations == 0) {
            LOG.info("No organisation yet: create the first with `./sonobill init CODE \"NAME\" --admin USER`, "
                    + "or try `./sonobill demo`.");
        }
    }
}
