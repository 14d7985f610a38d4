package org.safetyportal.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.safetyportal.content.search.SearchHit;

/** The public page of each kind of published thing, as a path a visitor or a journalist can cite. */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String of(SearchHit hit) {
        String key = URLEncoder.encode(hit.key(), StandardCharsets.UTF_8).replace("+", "%20");
        return switch (hit.kind()) {
            case LIST_ITEM -> "/lists/version/" + key;
            case INSPECTION -> "/inspections/" + key;
            case MAJOR_HAZARD -> "/hazards/" + key;
            case BLACKLIST -> "/blacklist/" + key;
            case OVERSIGHT -> "/oversight/" + key;
            case LESSON -> "/education/lessons/" + key;
        };
    }
}
