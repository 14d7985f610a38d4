package org.safetyportal.content.education.lessons;

/**
 * A picture uploaded for lessons, as stored: its name in a lesson's Markdown ({@code images/<name>}), the SHA-256 of
 * its bytes (which is also its ETag: a name never changes what it shows) and the bytes the portal wrote.
 */
public record LessonImage(String name, String sha256, String mediaType, int width, int height, byte[] bytes) {

    /** The line an editor puts into the Markdown to show it, with a description to fill in. */
    public String markdown(String description) {
        return "![" + description.replace("]", "").replace("[", "") + "](images/" + name + ")";
    }
}
