package org.safetyportal.portal.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Marker;

/**
 * A browser that leaves while the portal is still answering (a closed tab, a cancelled download)
 * makes the write fail with a broken pipe. That is no error of the portal: such warnings and errors
 * are kept out of the log, which should hold only what someone must look at. Installed in
 * {@code logback.xml}; anything else passes untouched.
 */
public class DepartedClients extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (!level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return thrown != null && isDepartedClient(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** Whether the failure, or one of its causes, is the client having gone away. */
    static boolean isDepartedClient(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset by peer")) {
                    return true;
                }
            }
        }
        return false;
    }
}
