package org.safetyportal.content.education.lessons;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lesson's Markdown as HTML that is safe to put into a page: raw HTML in the Markdown is escaped, not
 * passed through; links with a script scheme are dropped; images are only the lesson's own
 * ({@code images/<file>.svg} of the seed), pointed at where the portal serves them.
 */
final class LessonMarkdown {

    static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}\\.svg");
    private static final Pattern SEED_IMAGE = Pattern.compile("(?:\\./)?images/(" + IMAGE_NAME.pattern() + ")");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private LessonMarkdown() {
    }

    /** The body as HTML; {@code imageBase} is the address under which the portal serves the seed's images (ending in /). */
    static String html(String markdown, String imageBase) {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image) {
                        Matcher own = SEED_IMAGE.matcher(attributes.getOrDefault("src", ""));
                        if (own.matches()) {
                            attributes.put("src", imageBase + own.group(1));
                        } else {
                            attributes.remove("src");
                        }
                    }
                })
                .build();
        return renderer.render(PARSER.parse(markdown));
    }
}
