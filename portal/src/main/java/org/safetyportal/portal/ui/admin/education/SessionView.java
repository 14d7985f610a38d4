package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.sessions.GroupSession;
import org.safetyportal.content.education.sessions.GroupSessions;
import org.safetyportal.content.education.sessions.JoinCode;
import org.safetyportal.content.education.sessions.JoinQrCode;
import org.safetyportal.content.education.sessions.SessionResults;
import org.safetyportal.content.education.sessions.SessionWorkbook;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;

/**
 * One session for its educator: the join code and QR code to show on a classroom screen or print, the 进家庭
 * link and QR code for families at home (its participants are marked as families), and the
 * results as they come in (counts, score distribution, correct rate per question, each participant), with an
 * Excel download. Participants' names are shown here only, to the educators of the session's organisation.
 */
@Route(value = "admin/education/sessions/:" + SessionView.ID)
@RequiresPermission(Permissions.RUN_SESSIONS)
@Prototype
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GroupSessions sessions;
    private final AccessControl accessControl;
    private final LessonLibrary library;
    private final CityClock clock;
    private final Div results = new Div();
    private GroupSession session;

    SessionView(GroupSessions sessions, AccessControl accessControl, LessonLibrary library, CityClock clock) {
        this.sessions = sessions;
        this.accessControl = accessControl;
        this.library = library;
        this.clock = clock;
        addClassName("session-view");
    }

    static String time(CityClock clock, Instant instant) {
        return TIME.format(clock.at(instant));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = accessControl.actor();
        try {
            int id = Integer.parseInt(event.getRouteParameters().get(ID).orElse(""));
            session = sessions.session(actor, id);
        } catch (NumberFormatException | LocalizedException notHers) {
            // Another organisation's session is as unknown to this educator as one that does not exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String address = siteAddress() + "/join/" + session.joinCode();
        H1 heading = new H1(library.lesson(session.lessonCode()).map(l -> l.title().in(getLocale())).orElse(""));
        heading.setId("session-lesson");
        Paragraph code = new Paragraph(JoinCode.grouped(session.joinCode()));
        code.setId("session-code");
        code.addClassName("session-code");
        Paragraph join = new Paragraph(getTranslation("admin.education.session.joinAt", address));
        join.setId("session-address");
        Paragraph when = new Paragraph(getTranslation("admin.education.session.when", time(clock, session.opensAt()),
                time(clock, session.closesAt()), session.questionCount()));
        when.setId("session-when");
        byte[] png = JoinQrCode.png(address, 320);
        Image qr = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(png), "join-" + session.joinCode() + ".png", "image/png", png.length)),
                getTranslation("admin.education.session.qr", JoinCode.grouped(session.joinCode())));
        qr.setId("session-qr");
        qr.setWidth("320px");
        // 进家庭: the same session through a second link, so that what families answer at home is counted apart.
        String familyAddress = address + "?for=family";
        Paragraph familyJoin = new Paragraph(getTranslation("admin.education.session.familyJoinAt", familyAddress));
        familyJoin.setId("session-family-address");
        byte[] familyPng = JoinQrCode.png(familyAddress, 240);
        Image familyQr = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(familyPng), "join-" + session.joinCode() + "-family.png", "image/png",
                familyPng.length)), getTranslation("admin.education.session.familyQr", JoinCode.grouped(session.joinCode())));
        familyQr.setId("session-family-qr");
        familyQr.setWidth("240px");
        H2 family = new H2(getTranslation("admin.education.session.family"));
        Button print = new Button(getTranslation("admin.education.session.print"),
                click -> getElement().executeJs("window.print()"));
        print.setId("session-print");
        Button refresh = new Button(getTranslation("admin.education.session.refresh"), click -> showResults(actor));
        refresh.setId("session-refresh");
        Locale locale = getLocale();
        int sessionId = session.id();
        Anchor excel = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] workbook = workbook(actor, sessionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(workbook), "session-" + session.joinCode() + ".xlsx",
                    XLSX, workbook.length);
        }), AttachmentType.DOWNLOAD, getTranslation("admin.education.session.excel"));
        excel.setId("session-excel");
        add(heading, code, join, when, qr, family, familyJoin, familyQr, new HorizontalLayout(print, refresh, excel), results);
        showResults(actor);
    }

    private byte[] workbook(Actor actor, int sessionId, Locale locale) {
        SessionResults now = sessions.results(actor, sessionId);
        return SessionWorkbook.write(now, clock.zone(),
                List.of(Messages.get(locale, "admin.education.session.participant"),
                        Messages.get(locale, "admin.education.session.joined"),
                        Messages.get(locale, "admin.education.session.score"),
                        Messages.get(locale, "admin.education.session.total"),
                        Messages.get(locale, "admin.education.session.passed"),
                        Messages.get(locale, "admin.education.session.familyColumn")),
                List.of(Messages.get(locale, "admin.education.session.question"),
                        Messages.get(locale, "admin.education.session.papers"),
                        Messages.get(locale, "admin.education.session.right"),
                        Messages.get(locale, "admin.education.session.rate")),
                Messages.get(locale, "admin.education.session.yes"), Messages.get(locale, "admin.education.session.no"));
    }

    private void showResults(Actor actor) {
        results.removeAll();
        SessionResults now;
        try {
            now = sessions.results(actor, session.id());
        } catch (LocalizedException refused) {
            Paragraph error = new Paragraph(getTranslation(refused.messageKey(), refused.messageArguments()));
            error.setId("session-error");
            results.add(error);
            return;
        }
        Paragraph counts = new Paragraph(getTranslation("admin.education.session.counts", now.joined(), now.submitted()));
        counts.setId("session-counts");
        Paragraph apart = new Paragraph(getTranslation("admin.education.session.countsApart", now.groupJoined(),
                now.groupSubmitted(), now.familiesJoined(), now.familiesSubmitted()));
        apart.setId("session-counts-apart");
        Div distribution = new Div();
        distribution.setId("session-distribution");
        now.scoreCounts().forEach((score, count) -> {
            Paragraph line = new Paragraph(getTranslation("admin.education.session.scoreLine", score,
                    now.session().questionCount(), count));
            line.setId("session-score-" + score);
            distribution.add(line);
        });
        Grid<SessionResults.QuestionRate> questions = new Grid<>();
        questions.setId("session-questions");
        questions.addColumn(q -> "en".equals(getLocale().getLanguage()) && q.stemEn() != null ? q.stemEn() : q.stemZh())
                .setHeader(getTranslation("admin.education.session.question")).setFlexGrow(1);
        questions.addColumn(SessionResults.QuestionRate::answered).setHeader(getTranslation("admin.education.session.papers"))
                .setAutoWidth(true);
        questions.addColumn(q -> q.percent() + " %").setHeader(getTranslation("admin.education.session.rate"))
                .setAutoWidth(true);
        questions.setItems(now.questions());
        questions.setAllRowsVisible(true);
        Grid<SessionResults.Participant> people = new Grid<>();
        people.setId("session-participants");
        people.addColumn(SessionResults.Participant::displayName)
                .setHeader(getTranslation("admin.education.session.participant")).setFlexGrow(1);
        people.addColumn(p -> time(clock, p.joinedAt())).setHeader(getTranslation("admin.education.session.joined"))
                .setAutoWidth(true);
        people.addColumn(p -> p.score() == null ? getTranslation("admin.education.session.notSubmitted")
                : getTranslation("admin.education.session.scoreOf", p.score(), p.total()))
                .setHeader(getTranslation("admin.education.session.score")).setAutoWidth(true);
        people.addColumn(p -> p.family() ? getTranslation("admin.education.session.familyMark") : "")
                .setHeader(getTranslation("admin.education.session.familyColumn")).setAutoWidth(true);
        people.setItems(now.participants());
        people.setAllRowsVisible(true);
        results.add(counts, apart, new H2(getTranslation("admin.education.session.distribution")), distribution,
                new H2(getTranslation("admin.education.session.questions")), questions,
                new H2(getTranslation("admin.education.session.participants")), people);
    }

    /** This site's address as the educator reached it: the QR code points participants to the same place. */
    private static String siteAddress() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        String address = request.getRequestURL().toString();
        return address.substring(0, address.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.session.title") + " · " + getTranslation("app.title");
    }
}
