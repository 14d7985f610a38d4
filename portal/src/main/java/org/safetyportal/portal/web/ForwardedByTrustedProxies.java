package org.safetyportal.portal.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;

/**
 * Behind a reverse proxy that ends TLS, the portal learns the visitor's address and scheme from
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, but only from the proxies configured in
 * {@code PORTAL_TRUSTED_PROXIES}: anyone else could send those headers to pose as another address
 * (and escape the sign-in throttle) or to claim HTTPS.
 */
final class ForwardedByTrustedProxies {

    private ForwardedByTrustedProxies() {
    }

    /** Tomcat's valve for the given comma-separated proxy addresses; none when the list is empty. */
    static Optional<RemoteIpValve> valve(String trustedProxies) {
        String addresses = trustedProxies == null ? "" : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(address -> !address.isEmpty())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        RemoteIpValve valve = new RemoteIpValve();
        // Tomcat's default trusts every private address; only the configured ones are trusted here.
        valve.setInternalProxies(addresses);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        return Optional.of(valve);
    }
}
