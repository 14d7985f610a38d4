package org.safetyportal.portal.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.http.SameSiteCookies;
import org.safetyportal.portal.config.PortalConfiguration;

/**
 * Adjusts Micronaut's Tomcat before it starts:
 * <ul>
 * <li>Tomcat's usual MIME mappings: Micronaut's Tomcat has none, and browsers refuse JavaScript
 * modules served without a Content-Type, leaving the page blank;</li>
 * <li>Tomcat's own error pages show neither stack traces nor the server version;</li>
 * <li>the session cookie is {@code SameSite=Lax}, and {@code Secure} whenever the request came over
 * HTTPS, which behind a reverse proxy is known from {@code X-Forwarded-Proto} of a configured proxy
 * ({@link ForwardedByTrustedProxies});</li>
 * <li>{@link VaadinBootstrap} runs after Micronaut's initializer, so it can extend Micronaut's servlet.</li>
 * </ul>
 */
@Singleton
class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    private final VaadinBootstrap bootstrap;
    private final PortalConfiguration configuration;

    TomcatCustomizer(VaadinBootstrap bootstrap, PortalConfiguration configuration) {
        this.bootstrap = bootstrap;
        this.configuration = configuration;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        Host host = tomcat.getHost();
        ErrorReportValve quietErrors = new ErrorReportValve();
        quietErrors.setShowReport(false);
        quietErrors.setShowServerInfo(false);
        host.getPipeline().addValve(quietErrors);
        ForwardedByTrustedProxies.valve(configuration.getTrustedProxies()).ifPresent(host.getPipeline()::addValve);
        for (Container child : host.findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                // Tomcat marks the session cookie Secure itself when the request is secure.
                Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
                cookies.setSameSiteCookies(SameSiteCookies.LAX.getValue());
                context.setCookieProcessor(cookies);
                context.addServletContainerInitializer((classes, servletContext) -> bootstrap.onStartup(servletContext), null);
            }
        }
        return tomcat;
    }
}
