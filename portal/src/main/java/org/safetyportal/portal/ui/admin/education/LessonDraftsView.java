package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.function.Supplier;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonDraft;
import org.safetyportal.content.education.lessons.LessonDraftText;
import org.safetyportal.content.education.lessons.LessonDrafting;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** Lesson editors start a new lesson or the next edition of a published one, and see the drafts that await work. */
@Route(value = "admin/education/lessons")
@PortalSection(title = "admin.education.lessons.title", icon = VaadinIcon.BOOK, order = 84,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-education-lessons")
@RequiresPermission({Permissions.DRAFT_LESSONS, Permissions.PUBLISH_LESSONS})
@Prototype
public class LessonDraftsView extends VerticalLayout implements HasDynamicTitle {

    private final LessonDrafting drafting;
    private final Actor actor;
    private final Span message = new Span();

    LessonDraftsView(LessonDrafting drafting, LessonLibrary library, AccessControl accessControl) {
        this.drafting = drafting;
        this.actor = accessControl.actor();
        message.setId("lesson-drafts-message");
        H1 heading = new H1(getTranslation("admin.education.lessons.title"));
        heading.setId("lesson-drafts-heading");
        add(heading, new Paragraph(getTranslation("admin.education.lessons.purpose")), message,
                new H2(getTranslation("admin.education.lessons.open")), createOpenDrafts());
        if (actor.isPermitted(Permissions.DRAFT_LESSONS)) {
            add(new H2(getTranslation("admin.education.lessons.new")), createNewLessonForm(),
                    new H2(getTranslation("admin.education.lessons.editions")), createEditionList(library.lessons()));
        }
    }

    private Component createOpenDrafts() {
        UnorderedList open = new UnorderedList();
        open.setId("lesson-drafts-open");
        for (LessonDraft draft : drafting.openDrafts(actor)) {
            RouterLink link = new RouterLink(getTranslation("admin.education.lessons.draftLine", draft.code(),
                    draft.text().titleZh(), LessonDraftView.standing(this, draft)), LessonDraftView.class,
                    new RouteParameters(LessonDraftView.ID, Integer.toString(draft.id())));
            link.setId("lesson-draft-link-" + draft.code());
            open.add(new ListItem(link));
        }
        if (open.getChildren().findAny().isEmpty()) {
            return new Paragraph(getTranslation("admin.education.lessons.noneOpen"));
        }
        return open;
    }

    private Component createNewLessonForm() {
        TextField code = new TextField(getTranslation("education.draft.field.CODE"));
        code.setId("lesson-new-code");
        code.setHelperText(getTranslation("admin.education.lessons.codeHelp"));
        Button start = new Button(getTranslation("admin.education.lessons.start"), click -> open(() -> drafting.startNew(actor,
                new LessonDraftText(code.getValue().strip(), "", "", "", "", List.of(), List.of(), 10, "", null, ""))));
        start.setId("lesson-new-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(code, start);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "0.5em").set("flex-wrap", "wrap");
        return form;
    }

    private Component createEditionList(List<Lesson> lessons) {
        Div list = new Div();
        list.setId("lesson-editions");
        for (Lesson lesson : lessons) {
            Button next = new Button(getTranslation("admin.education.lessons.nextEdition", lesson.edition() + 1),
                    click -> open(() -> drafting.startEdition(actor, lesson.code())));
            next.setId("lesson-edition-" + lesson.code());
            next.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(new Span(getTranslation("admin.education.lessons.published", lesson.title().in(getLocale()),
                    lesson.code(), lesson.edition())), next);
            row.getStyle().set("margin-block", "0.25em");
            list.add(row);
        }
        return list;
    }

    private void open(Supplier<LessonDraft> start) {
        try {
            LessonDraft draft = start.get();
            UI.getCurrent().navigate(LessonDraftView.class, new RouteParameters(LessonDraftView.ID, Integer.toString(draft.id())));
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.lessons.title") + " · " + getTranslation("app.title");
    }
}
