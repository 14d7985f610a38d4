package org.safetyportal.portal.web;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** Vaadin's servlet, with views created by Micronaut. Not a bean: Micronaut would register it a second time. */
class PortalServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    PortalServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        PortalServletService service = new PortalServletService(this, configuration, context);
        service.init();
        return service;
    }
}
