package org.safetyportal.content.search;

import org.safetyportal.content.organization.Department;
import org.safetyportal.i18n.Translatable;

/**
 * One thing found. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only
 * the matching words are wrapped in {@code <mark>}, so they can be shown as they are.
 */
public record SearchHit(SearchKind kind, String key, Department department, Translatable category, String code,
        String titleHtml, String snippetHtml) {
}
