package org.safetyportal.portal.api;

import java.util.List;
import org.safetyportal.content.ValidationException;

/** The bounds of {@code offset} and {@code limit} on every paged collection of the open-data API. */
final class Paging {

    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    /** Refuses, with the translated {@code api.page.invalid}, an offset below 0 or a limit outside 1 to {@value #MAX_LIMIT}. */
    static void check(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("api.page.invalid", MAX_LIMIT);
        }
    }

    /** One page of a list held in full. */
    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
