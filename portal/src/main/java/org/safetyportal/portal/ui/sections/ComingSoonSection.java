package org.safetyportal.portal.ui.sections;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A section whose feature is still being built: it says plainly what will be here and where to turn
 * meanwhile, rather than showing an empty page or made-up content.
 */
abstract class ComingSoonSection extends VerticalLayout implements HasDynamicTitle {

    private final String sectionKey;

    ComingSoonSection(String sectionKey) {
        this.sectionKey = sectionKey;
        addClassName("coming-soon");
        H1 heading = new H1(getTranslation("section." + sectionKey + ".title"));
        heading.setId("section-heading");
        Paragraph purpose = new Paragraph(getTranslation("section." + sectionKey + ".purpose"));
        Paragraph status = new Paragraph(getTranslation("section.comingSoon"));
        status.addClassName("coming-soon-status");
        add(heading, purpose, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section." + sectionKey + ".title") + " · " + getTranslation("app.title");
    }
}
