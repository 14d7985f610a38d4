package org.safetyportal.portal;

import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.bridge.SLF4JBridgeHandler;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // Tomcat logs through java.util.logging; send it to the same log as everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        keepTomcatWorkFilesOutOfTheWorkingDirectory();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }

    /** Embedded Tomcat otherwise writes a {@code tomcat.<port>/} folder wherever the portal was started. */
    private static void keepTomcatWorkFilesOutOfTheWorkingDirectory() {
        if (System.getProperty("catalina.base") == null) {
            try {
                System.setProperty("catalina.base", Files.createTempDirectory("safety-portal-tomcat").toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a work folder for Tomcat", e);
            }
        }
    }
}
