package org.safetyportal.portal.web;

import com.vaadin.flow.server.InitParameters;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.HandlesTypes;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.portal.config.PortalConfiguration;
import org.safetyportal.portal.i18n.LanguageFilter;
import org.safetyportal.portal.security.PortalRealm;
import org.safetyportal.portal.security.PortalShiroFilter;
import org.safetyportal.portal.security.StaffIdleTimeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Vaadin inside Micronaut's embedded Tomcat and wires the servlet context in one known order.
 * The embedded Tomcat does not scan for Vaadin's own {@link ServletContainerInitializer}s, so this
 * runs them itself, handing each the classes its {@link HandlesTypes} asks for (found with ClassGraph).
 * It runs after Micronaut's own initializer (see {@link TomcatCustomizer}), so Micronaut's servlet is
 * already at {@code /api/*}; this adds {@code /health}, {@code /feeds/*}, {@code /open311/*}, {@code /robots.txt} and
 * {@code /sitemap.xml} to it, HEAD as GET, the security headers, the language and Shiro filters on
 * every path, HTTP caching on the open data, and Vaadin at {@code /*}.
 */
@Singleton
class VaadinBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinBootstrap.class);
    private static final String[] SCANNED_PACKAGES = {"com.vaadin", "org.safetyportal.portal"};

    private final ApplicationContext applicationContext;
    private final PortalRealm realm;
    private final PortalConfiguration configuration;
    private final SessionLifetimes sessionLifetimes;

    VaadinBootstrap(ApplicationContext applicationContext, PortalRealm realm, PortalConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.realm = realm;
        this.configuration = configuration;
        this.sessionLifetimes = new SessionLifetimes(configuration.getVisitorSessionTimeout());
    }

    void onStartup(ServletContext context) throws ServletException {
        // Cookies only: a ;jsessionid= in a URL is rejected by Vaadin's router and leaks the session.
        context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        context.setSessionTimeout((int) Math.max(1, configuration.getSessionTimeout().toMinutes()));
        context.addListener(sessionLifetimes);
        context.getSessionCookieConfig().setHttpOnly(true);

        mapToMicronaut(context, "/health", "/feeds/*", "/open311/*", "/robots.txt", "/sitemap.xml");

        EnumSet<DispatcherType> all = EnumSet.allOf(DispatcherType.class);
        context.addFilter("head-as-get", new HeadAsGet()).addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        context.addFilter("security-headers", new SecurityHeaders()).addMappingForUrlPatterns(all, false, "/*");
        context.addFilter("initial-uidl-escaping", new InitialUidlEscaping())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        context.addFilter("language", new LanguageFilter()).addMappingForUrlPatterns(all, false, "/*");
        context.addFilter("shiro", new PortalShiroFilter(realm)).addMappingForUrlPatterns(all, true, "/*");
        Clock clock = applicationContext.getBean(Clock.class);
        context.addFilter("staff-idle-timeout", new StaffIdleTimeout(configuration.getSessionTimeout(), clock))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        context.addFilter("open-data-caching", new OpenDataCaching(applicationContext.getBean(PublicationHead.class), clock))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/v1/*", "/feeds/*", "/open311/*");
        context.addFilter("ledger-head", new LedgerHeadHeader(applicationContext.getBean(PublicationLedger.class)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/v1/*", "/feeds/*", "/open311/*");

        runVaadinInitializers(context);

        ServletRegistration.Dynamic vaadin = context.addServlet("vaadin", new PortalServlet(applicationContext));
        vaadin.addMapping("/*");
        vaadin.setAsyncSupported(false);
        vaadin.setLoadOnStartup(1);
        // Heartbeats keep an open tab's session: a visitor reading a long page keeps a working page. A closed
        // tab's session ends after the visitor timeout (SessionLifetimes); an idle signed-in one after the
        // staff timeout, heartbeats or not (StaffIdleTimeout).
        vaadin.setInitParameter("closeIdleSessions", "false");
        vaadin.setInitParameter("heartbeatInterval", Integer.toString(sessionLifetimes.heartbeatSeconds()));
        // The first load of a page runs the navigation on the server, so that the page itself is sent
        // with its view's status: 404 for an unknown address or code, 500 when opening it failed.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_INITIAL_UIDL, "true");
    }

    private static void mapToMicronaut(ServletContext context, String... patterns) {
        context.getServletRegistrations().values().stream()
                .filter(registration -> registration.getClassName() != null
                        && registration.getClassName().startsWith("io.micronaut.servlet"))
                .findFirst()
                .ifPresentOrElse(registration -> registration.addMapping(patterns),
                        () -> LOG.warn("Micronaut's servlet is not registered; {} will not answer", String.join(", ", patterns)));
    }

    private static void runVaadinInitializers(ServletContext context) throws ServletException {
        List<ServletContainerInitializer> initializers = ServiceLoader.load(ServletContainerInitializer.class,
                        VaadinBootstrap.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(initializer -> initializer.getClass().getName().startsWith("com.vaadin."))
                .toList();
        long started = System.nanoTime();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES).scan()) {
            for (ServletContainerInitializer initializer : initializers) {
                initializer.onStartup(handledClasses(initializer, scan), context);
            }
        }
        LOG.info("Vaadin initialised ({} initializers) in {} ms", initializers.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Set<Class<?>> handledClasses(ServletContainerInitializer initializer, ScanResult scan) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        Set<Class<?>> classes = new HashSet<>();
        if (handles == null) {
            return classes;
        }
        for (Class<?> type : handles.value()) {
            ClassInfoList found;
            if (type.isAnnotation()) {
                found = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                found = scan.getClassesImplementing(type.getName());
            } else {
                found = scan.getSubclasses(type.getName());
            }
            classes.addAll(found.loadClasses(true));
        }
        return classes;
    }
}
