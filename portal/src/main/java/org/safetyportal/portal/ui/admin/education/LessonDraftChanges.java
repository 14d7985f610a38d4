package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.safetyportal.content.education.lessons.LessonDraft;
import org.safetyportal.content.education.lessons.LessonDraftText;

/**
 * What publishing a submitted draft changes: each field that differs from the published edition, the published text
 * beside the draft's; for a new lesson, every field. The second person decides on the whole text, bank included.
 */
class LessonDraftChanges extends Composite<VerticalLayout> {

    private record Part(String field, Function<LessonDraftText, Object> value) {
    }

    private static final List<Part> PARTS = List.of(new Part("TITLE_ZH", LessonDraftText::titleZh),
            new Part("TITLE_EN", LessonDraftText::titleEn), new Part("SUMMARY_ZH", LessonDraftText::summaryZh),
            new Part("SUMMARY_EN", LessonDraftText::summaryEn),
            new Part("AUDIENCES", t -> String.join(", ", t.audiences())),
            new Part("TOPICS", t -> String.join(", ", t.topics())), new Part("MINUTES", LessonDraftText::minutes),
            new Part("BODY_ZH", LessonDraftText::bodyZh), new Part("BODY_EN", LessonDraftText::bodyEn),
            new Part("BANK", LessonDraftText::bank));

    LessonDraftChanges(LessonDraftText published, LessonDraft draft) {
        getContent().setId("lesson-draft-changes");
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation(published == null ? "education.draft.changes.new" : "education.draft.changes",
                draft.basedOnEdition())));
        LessonDraftText proposed = draft.text();
        int shown = 0;
        for (Part part : PARTS) {
            String name = part.field();
            Function<LessonDraftText, Object> value = part.value();
            String after = text(value.apply(proposed));
            String before = published == null ? null : text(value.apply(published));
            if (Objects.equals(before, after)) {
                continue;
            }
            shown++;
            Div sides = new Div();
            sides.addClassName("lesson-draft-change");
            sides.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1em");
            if (before != null) {
                sides.add(side("education.draft.changes.before", before, "before"));
            }
            sides.add(side("education.draft.changes.after", after, "after"));
            H3 label = new H3(getTranslation("education.draft.field." + name));
            label.setId("lesson-change-" + name);
            getContent().add(label, sides);
        }
        if (shown == 0) {
            getContent().add(new Paragraph(getTranslation("education.draft.changes.none")));
        }
    }

    private Div side(String key, String text, String kind) {
        Pre pre = new Pre(text);
        pre.getStyle().set("white-space", "pre-wrap").set("max-width", "40em");
        Div side = new Div(new Paragraph(getTranslation(key)), pre);
        side.addClassName("lesson-draft-" + kind);
        side.getStyle().set("flex", "1 1 20em");
        return side;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
