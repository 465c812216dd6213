package org.sonobill.server.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.spi.LocationAwareLogger;

/**
 * One Commons Logging log on an SLF4J logger: the message object becomes a string only when its level is on. The
 * caller's class and line stay those of the code that logged (SLF4J's location-aware call, told this class's name).
 */
final class Slf4jLog implements Log {
    private static final String FQCN = Slf4jLog.class.getName();

    private final Logger logger;
    private final LocationAwareLogger located;

    Slf4jLog(Logger logger) {
        this.logger = logger;
        this.located = logger instanceof LocationAwareLogger l ? l : null;
    }

    private void log(int level, Object message, Throwable t) {
        String text = String.valueOf(message);
        if (located != null) {
            located.log(null, FQCN, level, text, null, t);
            return;
        }
        switch (level) {
            case LocationAwareLogger.TRACE_INT -> logger.trace(text, t);
            case LocationAwareLogger.DEBUG_INT -> logger.debug(text, t);
            case LocationAwareLogger.INFO_INT -> logger.info(text, t);
            case LocationAwareLogger.WARN_INT -> logger.warn(text, t);
            default -> logger.error(text, t);
        }
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(Object message) {
        trace(message, null);
    }

    @Override
    public void trace(Object message, Throwable t) {
        if (logger.isTraceEnabled()) {
            log(LocationAwareLogger.TRACE_INT, message, t);
        }
    }

    @Override
    public void debug(Object message) {
        debug(message, null);
    }

    @Override
    public void debug(Object message, Throwable t) {
        if (logger.isDebugEnabled()) {
            log(LocationAwareLogger.DEBUG_INT, message, t);
        }
    }

    @Override
    public void info(Object message) {
        info(message, null);
    }

    @Override
    public void info(Object message, Throwable t) {
        if (logger.isInfoEnabled()) {
            log(LocationAwareLogger.INFO_INT, message, t);
        }
    }

    @Override
    public void warn(Object message) {
        warn(message, null);
    }

    @Override
    public void warn(Object message, Throwable t) {
        if (logger.isWarnEnabled()) {
            log(LocationAwareLogger.WARN_INT, message, t);
        }
    }

    @Override
    public void error(Object message) {
        error(message, null);
    }

    @Override
    public void error(Object message, Throwable t) {
        if (logger.isErrorEnabled()) {
            log(LocationAwareLogger.ERROR_INT, message, t);
        }
    }

    @Override
    public void fatal(Object message) {
        error(message, null);
    }

    @Override
    public void fatal(Object message, Throwable t) {
        error(message, t);
    }
}
