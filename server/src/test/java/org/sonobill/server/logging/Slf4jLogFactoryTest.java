package org.sonobill.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/** Spring's logging goes through our factory, and a message at a level that is off is never made. */
class Slf4jLogFactoryTest {

    @Test
    void commonsLoggingFindsOurFactory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(Slf4jLogFactory.class);
        assertThat(LogFactory.getLog("org.springframework.security.test")).isInstanceOf(Slf4jLog.class);
    }

    @Test
    void aDebugMessageIsNotMadeWhenDebugIsOff() {
        Log log = LogFactory.getLog("org.sonobill.server.logging.test");
        assertThat(log.isDebugEnabled()).as("the test logging configuration leaves debug off").isFalse();
        AtomicInteger made = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                made.incrementAndGet();
                return "expensive";
            }
        };
        log.debug(message);
        log.trace(message, new IllegalStateException("x"));
        assertThat(made).hasValue(0);
        log.warn(message);
        assertThat(made).hasValue(1);
    }
}
