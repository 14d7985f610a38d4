package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.VersionStatus;

/**
 * One line on a version: its number, its standing today (in force, announced, superseded, repealed), its
 * effective date ("takes effect on" for an announced one), reason for the change, and when it was published.
 */
class VersionSummary extends Div {

    VersionSummary(ListVersion version, ZoneId cityZone) {
        DateTimeFormatter published = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(cityZone);
        addClassName("version-summary");
        Span status = new Span(getTranslation("lists.status." + version.status().name()));
        status.getElement().getThemeList().add("badge");
        status.addClassNames("version-status", "version-status-" + version.status().name().toLowerCase(Locale.ROOT));
        String effective = version.status() == VersionStatus.ANNOUNCED ? "lists.takesEffectOn" : "lists.effectiveFrom";
        add(new Span(title(this, version)), status,
                new Span(getTranslation(effective, String.valueOf(version.effectiveDate()))),
                new Span(getTranslation("lists.changeReason." + version.changeReason().name())),
                new Span(getTranslation("lists.publishedAt", published.format(version.publishedAt()))));
    }

    static String title(Component context, ListVersion version) {
        return version.type().isAnnual()
                ? context.getTranslation("lists.versionOfYear", version.year(), version.versionNo())
                : context.getTranslation("lists.versionNo", version.versionNo());
    }
}
