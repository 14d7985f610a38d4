package org.safetyportal.portal.web;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import java.net.URL;

class PortalServletService extends VaadinServletService {

    private final ApplicationContext context;

    PortalServletService(PortalServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
        super(servlet, configuration);
        this.context = context;
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new MicronautInstantiator(this, context);
    }

    /**
     * Embedded Tomcat has no web application whose jars it would search for
     * {@code META-INF/resources}; look on the class path where the webjars and Vaadin's static files are.
     */
    @Override
    public URL getStaticResource(String path) {
        URL resource = super.getStaticResource(path);
        if (resource == null && path != null && !path.contains("..")) {
            String normalised = path.startsWith("/") ? path : "/" + path;
            resource = getClassLoader().getResource("META-INF/resources" + normalised);
        }
        return resource;
    }
}
