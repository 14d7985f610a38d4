package org.safetyportal.portal.web;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import java.util.stream.Stream;

/**
 * Lets Vaadin create views and components through Micronaut, so that they get constructor injection.
 * Classes that are not Micronaut beans (Vaadin's own, mostly) are created the default way.
 */
class MicronautInstantiator extends DefaultInstantiator {

    private final ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return context.findBean(type).orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.getBean(I18NProvider.class);
    }
}
