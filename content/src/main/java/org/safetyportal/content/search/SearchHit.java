package org.safetyportal.content.search;

import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.organization.Department;

/**
 * One item found. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only
 * the matching words are wrapped in {@code <mark>}, so they can be shown as they are.
 */
public record SearchHit(int versionId, Department department, ListType listType, String itemCode,
        String titleHtml, String snippetHtml) {
}
