package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.DraftProblem;
import org.safetyportal.content.education.lessons.LessonDraftText;
import org.safetyportal.content.education.lessons.LessonDrafting;
import org.safetyportal.content.education.lessons.Topic;
import org.safetyportal.portal.ui.education.LessonView;

/**
 * The fields of a lesson draft, with the body rendered beside them as the public will see it and every problem
 * that keeps the draft from being published, both kept up to date as the editor types.
 */
class LessonDraftForm extends Composite<VerticalLayout> {

    /** Where editors see uploaded pictures, published or not ({@code LessonDraftImagesController}). */
    static final String UPLOADED_BASE = "/api/admin/education/lesson-images/";

    private final LessonDrafting drafting;
    private final String code;
    private final TextField titleZh = field("TITLE_ZH");
    private final TextField titleEn = field("TITLE_EN");
    private final TextArea summaryZh = area("SUMMARY_ZH");
    private final TextArea summaryEn = area("SUMMARY_EN");
    private final CheckboxGroup<Audience> audiences = new CheckboxGroup<>();
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();
    private final IntegerField minutes = new IntegerField();
    private final TextArea bodyZh = area("BODY_ZH");
    private final TextArea bodyEn = area("BODY_EN");
    private final TextArea bank = area("BANK");
    private final Div preview = new Div();
    private final UnorderedList problems = new UnorderedList();

    LessonDraftForm(LessonDrafting drafting, LessonDraftText text, List<Audience> allAudiences, List<Topic> allTopics) {
        this.drafting = drafting;
        this.code = text.code();
        Locale locale = getLocale();
        audiences.setLabel(getTranslation("education.draft.field.AUDIENCES"));
        audiences.setId("lesson-draft-AUDIENCES");
        audiences.setItems(allAudiences);
        audiences.setItemLabelGenerator(a -> a.name().in(locale));
        topics.setLabel(getTranslation("education.draft.field.TOPICS"));
        topics.setId("lesson-draft-TOPICS");
        topics.setItems(allTopics);
        topics.setItemLabelGenerator(t -> t.name().in(locale));
        minutes.setLabel(getTranslation("education.draft.field.MINUTES"));
        minutes.setId("lesson-draft-MINUTES");
        bank.setHelperText(getTranslation("education.draft.bankHelp"));
        fill(text, allAudiences, allTopics);
        preview.setId("lesson-draft-preview");
        preview.addClassName("lesson-body");
        problems.setId("lesson-draft-problems");
        FormLayout fields = new FormLayout(titleZh, titleEn, summaryZh, summaryEn, audiences, topics, minutes, bodyZh, bodyEn,
                bank);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("800px", 2));
        fields.setColspan(bodyZh, 2);
        fields.setColspan(bodyEn, 2);
        fields.setColspan(bank, 2);
        getContent().add(fields, new H3(getTranslation("education.draft.problems")), problems,
                new H3(getTranslation("education.draft.preview")), preview);
        List.of(titleZh, titleEn).forEach(f -> f.addValueChangeListener(change -> refresh()));
        List.of(summaryZh, summaryEn, bodyZh, bodyEn, bank).forEach(a -> a.addValueChangeListener(change -> refresh()));
        audiences.addValueChangeListener(change -> refresh());
        topics.addValueChangeListener(change -> refresh());
        minutes.addValueChangeListener(change -> refresh());
        refresh();
    }

    LessonDraftText text() {
        return new LessonDraftText(code, titleZh.getValue(), titleEn.getValue(), summaryZh.getValue(), summaryEn.getValue(),
                audiences.getSelectedItems().stream().map(Audience::code).toList(),
                topics.getSelectedItems().stream().map(Topic::code).toList(),
                minutes.getValue() == null ? 0 : minutes.getValue(), bodyZh.getValue(), bodyEn.getValue(), bank.getValue());
    }

    /** Adds a line (an uploaded picture's Markdown) at the end of the Chinese body. */
    void insertIntoBody(String line) {
        String body = bodyZh.getValue();
        bodyZh.setValue(body.isBlank() ? line : body.stripTrailing() + "\n\n" + line);
    }

    private void fill(LessonDraftText text, List<Audience> allAudiences, List<Topic> allTopics) {
        titleZh.setValue(text.titleZh());
        titleEn.setValue(text.titleEn());
        summaryZh.setValue(text.summaryZh());
        summaryEn.setValue(text.summaryEn());
        audiences.setValue(new java.util.LinkedHashSet<>(allAudiences.stream().filter(a -> text.audiences().contains(a.code())).toList()));
        topics.setValue(new java.util.LinkedHashSet<>(allTopics.stream().filter(t -> text.topics().contains(t.code())).toList()));
        minutes.setValue(text.minutes());
        bodyZh.setValue(text.bodyZh());
        bodyEn.setValue(text.bodyEn() == null ? "" : text.bodyEn());
        bank.setValue(text.bank());
    }

    private void refresh() {
        LessonDraftText text = text();
        // Rendered by the same safe Markdown as the public page: raw HTML escaped, script links dropped.
        preview.getElement().setProperty("innerHTML", drafting.preview(text, getLocale(), LessonView.IMAGE_BASE, UPLOADED_BASE));
        problems.removeAll();
        for (DraftProblem problem : drafting.problems(text)) {
            String field = getTranslation("education.draft.field." + problem.field().name());
            String why = getTranslation(problem.messageKey(), problem.arguments());
            ListItem item = new ListItem(problem.line() > 0
                    ? getTranslation("education.draft.problemOnLine", field, problem.line(), why)
                    : getTranslation("education.draft.problemIn", field, why));
            item.addClassName("lesson-draft-problem");
            problems.add(item);
        }
    }

    private TextField field(String name) {
        return named(new TextField(), name);
    }

    private TextArea area(String name) {
        return named(new TextArea(), name);
    }

    private <F extends Component & HasLabel & HasValueChangeMode & HasSize> F named(F field, String name) {
        field.setLabel(getTranslation("education.draft.field." + name));
        field.setId("lesson-draft-" + name);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        return field;
    }
}
