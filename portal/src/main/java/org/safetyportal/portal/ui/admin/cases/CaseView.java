package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.reports.PhotoPicker;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseDetails;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.CaseTransition;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.identity.SealedIdentities;
import org.safetyportal.reporting.intake.ReportingPlaces;
import org.safetyportal.reporting.photos.StoredPhoto;
import org.safetyportal.reporting.rewards.Rewards;

/**
 * One case for its handlers (/admin/cases/12): the report, every step with internal notes, the actions
 * the transition table allows this member of staff now (a request for verification with the handler's
 * "after" photos, which can also be added on their own while rectifying), and, for a real-name report,
 * the reporter's reward and "reveal" with a reason.
 */
@Route(value = "admin/cases/:" + CaseView.ID)
@RequiresPermission(Permissions.HANDLE_CASES)
@Prototype
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "caseId";
    private final DateTimeFormatter when;

    private final CaseWork work;
    private final SealedIdentities identities;
    private final ReportingPlaces places;
    private final Rewards rewards;
    private final Actor actor;
    private int caseId;

    CaseView(CaseWork work, SealedIdentities identities, ReportingPlaces places, Rewards rewards, AccessControl accessControl,
            CityClock clock) {
        this.rewards = rewards;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.zone());
        this.work = work;
        this.identities = identities;
        this.places = places;
        this.actor = accessControl.actor();
        addClassName("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        if (!id.matches("\\d{1,9}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        caseId = Integer.parseInt(id);
        try {
            show(work.details(actor, caseId));
        } catch (ValidationException | AccessDeniedException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.case.title", caseId) + " · " + getTranslation("app.title");
    }

    private void show(CaseDetails details) {
        removeAll();
        HazardCase c = details.hazardCase();
        H1 heading = new H1(getTranslation("cases.case.title", c.id()));
        heading.setId("case-heading");
        Paragraph status = new Paragraph(getTranslation("track.status", getTranslation("case.status." + c.status())));
        status.setId("case-status");
        add(heading, status, facts(c));
        List<StoredPhoto> photos = work.photos(actor, c.id());
        if (!photos.isEmpty()) {
            add(new CasePhotos(work, actor, c.id(), photos));
        }
        add(actions(details), new H2(getTranslation("track.history")), steps(details));
        if (c.realName()) {
            if (details.allowed().stream().anyMatch(t -> t.actorKind() == CaseTransition.ActorKind.HANDLER)) {
                // The reward is the handlers' (a safety committee office deciding a dispute sees none); the service checks again.
                add(new CaseRewardPanel(rewards, actor).show(c));
            }
            add(reveal());
        }
    }

    private Div facts(HazardCase c) {
        Div facts = new Div(new Paragraph(getTranslation("track.where", c.sector().name().in(getLocale()),
                        c.area().name().in(getLocale()), places.township(c.townshipCode()).map(t -> t.name().in(getLocale()))
                                .orElse(""), c.address())),
                new Paragraph(c.description()),
                new Paragraph(getTranslation("track.department", c.department().name().in(getLocale()))),
                new Paragraph(getTranslation("cases.case.routed", c.routedDepartment().name().in(getLocale()),
                        getTranslation("cases.rule." + c.rule().name()))));
        if (c.enterpriseName() != null || c.creditCode() != null) {
            facts.add(new Paragraph(getTranslation("cases.case.enterprise",
                    c.enterpriseName() == null ? "" : c.enterpriseName(), c.creditCode() == null ? "" : c.creditCode())));
        }
        if (c.latitude() != null) {
            facts.add(new Paragraph(getTranslation("report.locate.found", c.latitude().toPlainString(),
                    c.longitude().toPlainString())));
        }
        facts.setId("case-facts");
        return facts;
    }

    private Div actions(CaseDetails details) {
        Div actions = new Div();
        actions.setId("case-actions");
        for (CaseTransition transition : details.allowed()) {
            Button button = new Button(getTranslation("case.action." + transition.action()), click -> {
                PhotoPicker afterPhotos = CaseActions.REQUEST_VERIFICATION.equals(transition.action())
                        ? PhotoPicker.afterPhotos(work.afterPhotosLeft(actor, caseId), CaseWork::tooManyAfterPhotos) : null;
                new CaseActionDialog(transition, work.workflow().outcomes(transition), work.departments(), afterPhotos,
                        command -> {
                            work.act(actor, caseId, command, afterPhotos == null ? List.of() : afterPhotos.photos());
                            showOrLeave();
                        }).open();
            });
            button.setId("action-" + transition.action());
            actions.add(button);
        }
        if (work.takesAfterPhotos(details.hazardCase()) && details.allowed().stream()
                .anyMatch(t -> t.actorKind() == CaseTransition.ActorKind.HANDLER)) {
            Button after = new Button(getTranslation("case.action.AFTER_PHOTOS"), click -> new AfterPhotosDialog(
                    work.afterPhotosLeft(actor, caseId), photos -> {
                        work.addAfterPhotos(actor, caseId, photos);
                        showOrLeave();
                    }).open());
            after.setId("action-AFTER_PHOTOS");
            actions.add(after);
        }
        Button note = new Button(getTranslation("case.action.NOTE"), click -> new CaseActionDialog(
                new CaseTransition("NOTE", details.hazardCase().status(), details.hazardCase().status(),
                        CaseTransition.ActorKind.HANDLER, false, false, false, false),
                List.of(), List.of(), command -> {
                    work.act(actor, caseId, command);
                    showOrLeave();
                }).open());
        note.setId("action-NOTE");
        actions.add(note);
        return actions;
    }

    /** After a transfer or a decided dispute the case may no longer be this member of staff's: back to the queue. */
    private void showOrLeave() {
        try {
            show(work.details(actor, caseId));
        } catch (AccessDeniedException noLongerOurs) {
            getUI().ifPresent(ui -> ui.navigate(CaseQueueView.class));
        }
    }

    private OrderedList steps(CaseDetails details) {
        OrderedList steps = new OrderedList();
        steps.setId("case-steps");
        for (CaseEvent e : details.events()) {
            ListItem item = new ListItem(new Span(when.format(e.occurredAt()) + " · " + getTranslation("case.action." + e.action())
                    + " · " + e.department().name().in(getLocale()) + " · " + e.actor()));
            if (e.publicNote() != null) {
                item.add(new Paragraph(e.publicNote()));
            }
            if (e.internalNote() != null) {
                Paragraph internal = new Paragraph(getTranslation("cases.internalNote", e.internalNote()));
                internal.addClassName("case-internal-note");
                item.add(internal);
            }
            steps.add(item);
        }
        return steps;
    }

    private Div reveal() {
        TextField reason = new TextField(getTranslation("cases.reveal.reason"));
        reason.setId("reveal-reason");
        Paragraph shown = new Paragraph();
        shown.setId("revealed-identity");
        Button reveal = new Button(getTranslation("cases.reveal"), click -> {
            try {
                identities.reveal(actor, caseId, reason.getValue()).ifPresent(identity -> shown.setText(getTranslation(
                        "cases.revealed", identity.name(), identity.phone(), identity.email() == null ? "" : identity.email())));
            } catch (ValidationException refused) {
                shown.setText(Messages.describe(getLocale(), refused));
            }
        });
        reveal.setId("reveal-identity");
        Div box = new Div(new H2(getTranslation("cases.reveal.title")), new Paragraph(getTranslation("cases.reveal.explain")),
                reason, reveal, shown);
        box.setId("case-reveal");
        return box;
    }
}
