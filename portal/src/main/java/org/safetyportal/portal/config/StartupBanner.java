package org.safetyportal.portal.config;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Tells whoever started the portal where to open it. */
@Singleton
class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        int port = event.getSource().getPort();
        System.out.printf("Safety Portal is running at http://localhost:%d/%n", port);
    }
}
