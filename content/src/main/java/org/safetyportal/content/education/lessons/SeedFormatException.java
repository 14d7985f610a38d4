package org.safetyportal.content.education.lessons;

/**
 * A mistake in an education seed file, named by file and line so that whoever writes the content can
 * find it: the portal refuses to start with it rather than publish half a lesson.
 */
public class SeedFormatException extends IllegalStateException {

    private final String file;
    private final int line;

    public SeedFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line the problem is on, counted from 1; 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
