package org.sonobill.server.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogConfigurationException;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

/**
 * Commons Logging (the API Spring and Spring Security log through) on SLF4J, asking the level before a message is made.
 *
 * <p>Why: commons-logging 1.3's own SLF4J bridge turns every message into a string before SLF4J looks at the level,
 * so each disabled debug or trace line still runs its {@code LogMessage} supplier. Spring Security logs several per
 * request that way (the method interceptor's "Authorizing method invocation ..." and the filter chain's "Invoking
 * ..."), which cost about 1.6 % of the server's CPU under the API load test (docs/benchmarks.md). Commons Logging
 * finds this factory through {@code META-INF/services/org.apache.commons.logging.LogFactory}, before its own
 * detection of SLF4J.
 */
public final class Slf4jLogFactory extends LogFactory {
    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(String name) throws LogConfigurationException {
        return logs.computeIfAbsent(name, n -> new Slf4jLog(LoggerFactory.getLogger(n)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Log getInstance(Class clazz) throws LogConfigurationException {
        return getInstance(clazz.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }
}
