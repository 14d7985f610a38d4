package org.safetyportal.content.education.lessons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lesson's Markdown as HTML that is safe to put into a page: raw HTML in the Markdown is escaped, not
 * passed through; links with a script scheme are dropped; images are only the lesson's own, pointed at where the
 * portal serves them: the seed's ({@code images/<file>.svg}) and pictures uploaded by editors
 * ({@code images/<16 hex digits of the SHA-256>.png} or {@code .jpg}).
 */
final class LessonMarkdown {

    static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}\\.svg");
    static final Pattern UPLOADED_NAME = Pattern.compile("[0-9a-f]{16}\\.(?:png|jpg)");
    private static final Pattern SEED_IMAGE = Pattern.compile("(?:\\./)?images/(" + IMAGE_NAME.pattern() + ")");
    private static final Pattern UPLOADED_IMAGE = Pattern.compile("(?:\\./)?images/(" + UPLOADED_NAME.pattern() + ")");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private LessonMarkdown() {
    }

    /** The body as HTML, the seed's images and uploaded pictures both under {@code imageBase} (ending in /). */
    static String html(String markdown, String imageBase) {
        return html(markdown, imageBase, imageBase);
    }

    /** The body as HTML, the seed's images under {@code imageBase}, uploaded pictures under {@code uploadedBase}. */
    static String html(String markdown, String imageBase, String uploadedBase) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image) {
                        String src = attributes.getOrDefault("src", "");
                        Matcher own = SEED_IMAGE.matcher(src);
                        Matcher uploaded = UPLOADED_IMAGE.matcher(src);
                        if (own.matches()) {
                            attributes.put("src", imageBase + own.group(1));
                        } else if (uploaded.matches()) {
                            attributes.put("src", uploadedBase + uploaded.group(1));
                        } else {
                            attributes.remove("src");
                        }
                    }
                })
                .build();
        return renderer.render(PARSER.parse(markdown));
    }

    /** The names of the uploaded pictures the Markdown shows, in the order they first appear. */
    static Set<String> uploadedImages(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        if (markdown == null || markdown.isEmpty()) {
            return names;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                Matcher uploaded = UPLOADED_IMAGE.matcher(image.getDestination());
                if (uploaded.matches()) {
                    names.add(uploaded.group(1));
                }
                visitChildren(image);
            }
        });
        return names;
    }

    /** The uploaded pictures shown by either body of a lesson. */
    static Set<String> uploadedImages(String bodyZh, String bodyEn) {
        Set<String> names = uploadedImages(bodyZh);
        names.addAll(uploadedImages(bodyEn));
        return names;
    }
}
