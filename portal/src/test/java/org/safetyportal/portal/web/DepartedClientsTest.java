package org.safetyportal.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

class DepartedClientsTest {

    private final DepartedClients filter = new DepartedClients();
    private final Logger logger = new LoggerContext().getLogger("test");

    @Test
    void aBrokenPipe_isKeptOutOfTheLog_howeverDeepItIsWrapped() {
        Exception brokenPipe = new RuntimeException("Error writing response",
                new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe"))));

        assertEquals(FilterReply.DENY, filter.decide(null, logger, Level.ERROR, "failed", null, brokenPipe));
        assertEquals(FilterReply.DENY, filter.decide(null, logger, Level.WARN, "failed {}", new Object[] {"x", brokenPipe}, null));
        assertEquals(FilterReply.DENY, filter.decide(null, logger, Level.ERROR, "failed", null,
                new IOException("Connection reset by peer")));
    }

    @Test
    void realFailures_andQuietLevels_passUntouched() {
        assertEquals(FilterReply.NEUTRAL, filter.decide(null, logger, Level.ERROR, "failed", null,
                new IllegalStateException("Table 'portal.list_version' doesn't exist")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(null, logger, Level.ERROR, "failed", null, new IOException("Disk full")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(null, logger, Level.DEBUG, "gone", null, new ClientAbortException()));
        assertEquals(FilterReply.NEUTRAL, filter.decide(null, logger, Level.ERROR, "no exception", null, null));
    }
}
