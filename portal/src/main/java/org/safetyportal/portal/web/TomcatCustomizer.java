package org.safetyportal.portal.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Adjusts Micronaut's Tomcat before it starts:
 * <ul>
 * <li>Tomcat's usual MIME mappings: Micronaut's Tomcat has none, and browsers refuse JavaScript
 * modules served without a Content-Type, leaving the page blank;</li>
 * <li>Tomcat's own error pages show neither stack traces nor the server version;</li>
 * <li>{@link VaadinBootstrap} runs after Micronaut's initializer, so it can extend Micronaut's servlet.</li>
 * </ul>
 */
@Singleton
class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    private final VaadinBootstrap bootstrap;

    TomcatCustomizer(VaadinBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        Host host = tomcat.getHost();
        ErrorReportValve quietErrors = new ErrorReportValve();
        quietErrors.setShowReport(false);
        quietErrors.setShowServerInfo(false);
        host.getPipeline().addValve(quietErrors);
        for (Container child : host.findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                context.addServletContainerInitializer((classes, servletContext) -> bootstrap.onStartup(servletContext), null);
            }
        }
        return tomcat;
    }
}
