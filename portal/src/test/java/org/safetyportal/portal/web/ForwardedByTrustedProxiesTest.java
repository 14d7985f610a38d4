package org.safetyportal.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

class ForwardedByTrustedProxiesTest {

    @Test
    void noConfiguredProxy_believesNoForwardedHeaders() {
        assertEquals(Optional.empty(), ForwardedByTrustedProxies.valve(""));
        assertEquals(Optional.empty(), ForwardedByTrustedProxies.valve(" , "));
        assertEquals(Optional.empty(), ForwardedByTrustedProxies.valve(null));
    }

    @Test
    void onlyTheConfiguredProxies_areBelieved_notTomcatsDefaultPrivateRanges() {
        RemoteIpValve valve = ForwardedByTrustedProxies.valve("10.0.0.5, 192.0.2.10").orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertTrue(trusted.matcher("10.0.0.5").matches());
        assertTrue(trusted.matcher("192.0.2.10").matches());
        assertFalse(trusted.matcher("10.0.0.6").matches(), "another private address is no proxy of ours");
        assertFalse(trusted.matcher("127.0.0.1").matches());
        assertFalse(trusted.matcher("10.0.0.50").matches(), "dots are not wildcards");
        assertEquals("X-Forwarded-Proto", valve.getProtocolHeader());
        assertEquals("https", valve.getProtocolHeaderHttpsValue());
        assertEquals("X-Forwarded-For", valve.getRemoteIpHeader());
    }
}
