package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.sessions.EducationOrganisation;
import org.safetyportal.content.education.sessions.GroupSession;
import org.safetyportal.content.education.sessions.GroupSessions;
import org.safetyportal.content.education.sessions.JoinCode;
import org.safetyportal.content.education.sessions.Organisations;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.clusters.LessonSuggestions;

/** An educator's sessions: create one for a group (lesson, questions, times, audience), and open its page for the code and results. */
@Route(value = "admin/education/sessions")
@PortalSection(title = "admin.education.sessions.title", icon = VaadinIcon.GROUP, order = 85,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-education-sessions")
@RequiresPermission(Permissions.RUN_SESSIONS)
@Prototype
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final GroupSessions sessions;
    private final AccessControl accessControl;
    private final LessonLibrary library;
    private final CityClock clock;
    private final Select<EducationOrganisation> organisation = new Select<>();
    private final Grid<GroupSession> grid = new Grid<>();
    private final Span message = new Span();

    SessionsView(GroupSessions sessions, Organisations organisations, AccessControl accessControl, LessonLibrary library,
            EducationReference reference, CityClock clock, LessonSuggestions lessonSuggestions) {
        this.sessions = sessions;
        this.accessControl = accessControl;
        this.library = library;
        this.clock = clock;
        add(new H1(getTranslation("admin.education.sessions.title")));
        List<EducationOrganisation> mine = organisations.of(accessControl.actor());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("admin.education.sessions.noOrganisation"));
            none.setId("sessions-no-organisation");
            add(none);
            return;
        }
        organisation.setId("session-organisation");
        organisation.setLabel(getTranslation("admin.education.sessions.organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(EducationOrganisation::name);
        organisation.setValue(mine.get(0));

        Select<Lesson> lesson = new Select<>();
        lesson.setId("session-lesson");
        lesson.setLabel(getTranslation("admin.education.sessions.lesson"));
        lesson.setItems(library.lessons().stream().filter(l -> library.bank(l.code()).map(b -> !b.isEmpty()).orElse(false))
                .toList());
        lesson.setItemLabelGenerator(l -> l.title().in(getLocale()));
        Select<Audience> audience = new Select<>();
        audience.setId("session-audience");
        audience.setLabel(getTranslation("admin.education.sessions.audience"));
        audience.setItems(reference.audiences());
        audience.setItemLabelGenerator(a -> a.name().in(getLocale()));
        reference.audience(mine.get(0).audienceCode()).ifPresent(audience::setValue);
        ClusterSuggestions suggestions = new ClusterSuggestions(lessonSuggestions, code -> library.lesson(code)
                .ifPresent(lesson::setValue));
        suggestions.show(mine.get(0).areaId());
        organisation.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                reference.audience(change.getValue().audienceCode()).ifPresent(audience::setValue);
                suggestions.show(change.getValue().areaId());
                refresh();
            }
        });
        IntegerField count = new IntegerField(getTranslation("admin.education.sessions.questionCount"));
        count.setId("session-question-count");
        count.setValue(10);
        count.setMin(1);
        count.setStepButtonsVisible(true);
        LocalDateTime now = clock.at(clock.now()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        DateTimePicker opens = new DateTimePicker(getTranslation("admin.education.sessions.opens"));
        opens.setId("session-opens");
        opens.setValue(now);
        DateTimePicker closes = new DateTimePicker(getTranslation("admin.education.sessions.closes"));
        closes.setId("session-closes");
        closes.setValue(now.plusHours(1));
        Button create = new Button(getTranslation("admin.education.sessions.create"), click -> {
            try {
                GroupSession created = sessions.create(accessControl.actor(), new GroupSessions.NewSession(
                        organisation.getValue().id(), lesson.getValue() == null ? null : lesson.getValue().code(),
                        audience.getValue() == null ? null : audience.getValue().code(),
                        count.getValue() == null ? 0 : count.getValue(),
                        opens.getValue() == null ? null : opens.getValue().atZone(clock.zone()).toInstant(),
                        closes.getValue() == null ? null : closes.getValue().atZone(clock.zone()).toInstant()));
                getUI().ifPresent(ui -> ui.navigate(SessionView.class,
                        new RouteParameters(SessionView.ID, String.valueOf(created.id()))));
            } catch (LocalizedException refused) {
                message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
            }
        });
        create.setId("session-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("session-message");
        message.addClassName("form-error");
        HorizontalLayout form = new HorizontalLayout(organisation, lesson, audience, count, opens, closes, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("sessions-grid");
        grid.addComponentColumn(s -> {
            RouterLink link = new RouterLink(JoinCode.grouped(s.joinCode()), SessionView.class,
                    new RouteParameters(SessionView.ID, String.valueOf(s.id())));
            link.setId("session-link-" + s.joinCode());
            return link;
        }).setHeader(getTranslation("admin.education.sessions.code")).setAutoWidth(true);
        grid.addColumn(s -> library.lesson(s.lessonCode()).map(l -> l.title().in(getLocale())).orElse(s.lessonCode()))
                .setHeader(getTranslation("admin.education.sessions.lesson")).setFlexGrow(1);
        grid.addColumn(s -> SessionView.time(clock, s.opensAt()) + " – " + SessionView.time(clock, s.closesAt()))
                .setHeader(getTranslation("admin.education.sessions.when")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(form, message, suggestions, new H2(getTranslation("admin.education.sessions.list")), grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(sessions.sessionsOf(accessControl.actor(), organisation.getValue().id()));
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.education.sessions.title") + " · " + getTranslation("app.title");
    }
}
