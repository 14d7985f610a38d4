package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.lists.ListVersion;

/** One line on a version: its number, status, effective date, reason for the change, and when it was published. */
class VersionSummary extends Div {

    VersionSummary(ListVersion version, ZoneId cityZone) {
        DateTimeFormatter published = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(cityZone);
        addClassName("version-summary");
        Span status = new Span(getTranslation("lists.status." + version.status().name()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("version-status");
        add(new Span(title(this, version)), status,
                new Span(getTranslation("lists.effectiveFrom", String.valueOf(version.effectiveDate()))),
                new Span(getTranslation("lists.changeReason." + version.changeReason().name())),
                new Span(getTranslation("lists.publishedAt", published.format(version.publishedAt()))));
    }

    static String title(Component context, ListVersion version) {
        return version.type().isAnnual()
                ? context.getTranslation("lists.versionOfYear", version.year(), version.versionNo())
                : context.getTranslation("lists.versionNo", version.versionNo());
    }
}
