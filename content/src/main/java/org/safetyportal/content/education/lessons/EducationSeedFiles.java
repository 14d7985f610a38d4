package org.safetyportal.content.education.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The education seed on the class path ({@value #ROOT}): its files by name and the names in one of its
 * folders. Folders are listed from every class-path root that has them (a directory while developing,
 * the portal's jar when it runs), so lessons are found without an index file to keep in step.
 */
final class EducationSeedFiles {

    static final String ROOT = "seed/education/";

    private EducationSeedFiles() {
    }

    /** The file's text, or empty when the seed has no such file. */
    static Optional<String> text(String path) {
        return bytes(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    static Optional<byte[]> bytes(String path) {
        try (InputStream in = loader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + ROOT + path, e);
        }
    }

    /** The names of the files directly in a folder of the seed that end with the suffix, sorted. */
    static TreeSet<String> names(String folder, String suffix) {
        TreeSet<String> names = new TreeSet<>();
        String prefix = ROOT + folder + "/";
        try {
            Enumeration<URL> roots = loader().getResources(prefix);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).forEach(names::add);
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                                .map(name -> name.substring(prefix.length()))
                                .filter(name -> name.endsWith(suffix))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list seed folder " + prefix, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list seed folder " + prefix, e);
        }
        return names;
    }

    private static ClassLoader loader() {
        return EducationSeedFiles.class.getClassLoader();
    }
}
