package org.safetyportal.content.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What kind of published thing a search hit is. The feature that publishes it declares its kind
 * ({@link SearchableContent#kind()}): its name (translated as {@code search.kind.<name>}), its place
 * among the kinds, and the public page under which each of its things has its permalink.
 */
public record SearchKind(String name, int order, String pagePath) {

    /** The public page of one thing of this kind, as a path a visitor or a journalist can cite. */
    public String permalink(String key) {
        return pagePath + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
