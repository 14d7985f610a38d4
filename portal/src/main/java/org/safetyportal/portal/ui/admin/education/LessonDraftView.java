package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.education.lessons.DraftStatus;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonDraft;
import org.safetyportal.content.education.lessons.LessonDrafting;
import org.safetyportal.content.education.lessons.LessonImages;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.education.LessonView;

/**
 * One lesson draft: its editors write it with a live preview and submit it; a second editor sees what it changes
 * against the published edition and publishes it or returns it with a reason. The buttons shown follow the rights
 * and the four-eyes rule; the service checks both again when a button is pressed.
 */
@Route(value = "admin/education/lessons/draft/:" + LessonDraftView.ID)
@RequiresPermission({Permissions.DRAFT_LESSONS, Permissions.PUBLISH_LESSONS})
@Prototype
public class LessonDraftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final LessonDrafting drafting;
    private final LessonLibrary library;
    private final LessonImages images;
    private final Actor actor;
    private final Span message = new Span();

    LessonDraftView(LessonDrafting drafting, LessonLibrary library, LessonImages images, AccessControl accessControl) {
        this.drafting = drafting;
        this.images = images;
        this.library = library;
        this.actor = accessControl.actor();
        message.setId("lesson-draft-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<LessonDraft> found = event.getRouteParameters().get(ID).filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> drafting.draft(actor, Integer.parseInt(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    /** Where a draft stands, in words. */
    static String standing(Component in, LessonDraft draft) {
        return in.getTranslation("education.draft.standing", draft.nextEdition(), in.getTranslation(
                "education.draft.status." + draft.status().name(), draft.draftedBy(),
                draft.submittedBy() == null ? "" : draft.submittedBy()));
    }

    private void show(LessonDraft draft) {
        removeAll();
        H1 heading = new H1(getTranslation("admin.education.lessons.draftOf", draft.code()));
        heading.setId("lesson-draft-heading");
        Paragraph status = new Paragraph(standing(this, draft));
        status.setId("lesson-draft-status");
        add(heading, status, new RouterLink(getTranslation("admin.education.lessons.back"), LessonDraftsView.class), message);
        if (draft.returnReason() != null && draft.status() == DraftStatus.DRAFT) {
            Paragraph returned = new Paragraph(getTranslation("education.draft.returned", draft.returnedBy(), draft.returnReason()));
            returned.setId("lesson-draft-returned");
            add(returned);
        }
        if (drafting.mayEdit(actor, draft)) {
            LessonDraftForm form = new LessonDraftForm(drafting, draft.text(), library.audiences(), library.topics());
            Button save = new Button(getTranslation("education.draft.save"), click -> act(() -> {
                drafting.save(actor, draft.id(), form.text());
                return "education.draft.saved";
            }, draft.id()));
            save.setId("lesson-draft-save");
            Button submit = new Button(getTranslation("education.draft.submit"), click -> act(() -> {
                drafting.save(actor, draft.id(), form.text());
                drafting.submit(actor, draft.id());
                return "education.draft.submitted";
            }, draft.id()));
            submit.setId("lesson-draft-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, new LessonImageUpload(images, actor, draft.id(), form::insertIntoBody), new HorizontalLayout(save, submit));
        } else if (draft.status() == DraftStatus.SUBMITTED) {
            add(new LessonDraftChanges(drafting.publishedText(actor, draft).orElse(null), draft));
            if (drafting.mayDecide(actor, draft)) {
                add(createDecision(draft));
            } else {
                Paragraph waiting = new Paragraph(getTranslation("education.draft.waitsForSecond"));
                waiting.setId("lesson-draft-waiting");
                add(waiting);
            }
        }
    }

    private Component createDecision(LessonDraft draft) {
        Button publish = new Button(getTranslation("education.draft.publish"), click -> {
            try {
                Lesson published = drafting.publish(actor, draft.id());
                removeAll();
                Paragraph done = new Paragraph(getTranslation("education.draft.published", published.edition()));
                done.setId("lesson-draft-published");
                add(done, new RouterLink(published.title().in(getLocale()), LessonView.class,
                        new RouteParameters(LessonView.CODE, published.code())),
                        new RouterLink(getTranslation("admin.education.lessons.back"), LessonDraftsView.class));
            } catch (LocalizedException refused) {
                message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
            }
        });
        publish.setId("lesson-draft-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = new TextArea(getTranslation("education.draft.returnReason"));
        reason.setId("lesson-draft-reason");
        reason.setWidthFull();
        Button back = new Button(getTranslation("education.draft.return"), click -> act(() -> {
            drafting.returnForChanges(actor, draft.id(), reason.getValue());
            return "education.draft.returnDone";
        }, draft.id()));
        back.setId("lesson-draft-return");
        VerticalLayout decision = new VerticalLayout(publish, reason, back);
        decision.setPadding(false);
        return decision;
    }

    /** Runs an action of the service; a refusal is said in words, and the draft is shown as it now stands. */
    private void act(java.util.function.Supplier<String> action, int draftId) {
        String done;
        try {
            done = getTranslation(action.get());
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
            return;
        }
        drafting.draft(actor, draftId).ifPresent(this::show);
        message.setText(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.lessons.title") + " · " + getTranslation("app.title");
    }
}
