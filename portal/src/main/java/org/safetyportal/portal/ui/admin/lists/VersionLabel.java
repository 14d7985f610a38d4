package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.safetyportal.content.lists.ListVersion;

/** A list version named for choosing it: department, list type, year if annual, version number. */
final class VersionLabel {

    private VersionLabel() {
    }

    static String of(Component context, ListVersion version) {
        return version.department().name().in(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()) + " · "
                + context.getTranslation(version.titleKey()) + " · "
                + (version.type().isAnnual()
                        ? context.getTranslation("lists.versionOfYear", version.year(), version.versionNo())
                        : context.getTranslation("lists.versionNo", version.versionNo()));
    }
}
