package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.portal.ui.readers.ShowsMoreThanPublished;

/**
 * One lesson's permanent page ({@code /education/lessons/{code}}): the lesson as published, then its self-study quiz,
 * whose passed attempt earns a self-study certificate.
 */
@Route(value = "education/lessons/:" + LessonView.CODE)
@AnonymousAllowed
@Prototype
public class LessonView extends VerticalLayout implements ShowsMoreThanPublished, BeforeEnterObserver, HasDynamicTitle {

    public static final String CODE = "code";
    /** Where the portal serves the seed's images ({@code EducationImagesController}). */
    public static final String IMAGE_BASE = "/api/education/images/";

    private final LessonLibrary library;
    private final CityClock clock;
    private final QuizEngine quiz;
    private final Certificates certificates;
    private String title;

    LessonView(LessonLibrary library, CityClock clock, QuizEngine quiz, Certificates certificates) {
        this.library = library;
        this.clock = clock;
        this.quiz = quiz;
        this.certificates = certificates;
        addClassName("lesson-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Lesson> found = event.getRouteParameters().get(CODE).flatMap(library::lesson);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Lesson lesson = found.get();
        title = lesson.title().in(getLocale());
        removeAll();
        H1 heading = new H1(title);
        heading.setId("lesson-title");
        Paragraph summary = new Paragraph(lesson.summary().in(getLocale()));
        summary.setId("lesson-summary");
        Span about = new Span(getTranslation("education.lesson.about",
                lesson.audiences().stream().map(a -> a.name().in(getLocale())).collect(Collectors.joining("、")),
                LessonCard.topics(lesson, getLocale()), lesson.minutes()));
        about.setId("lesson-about");
        about.addClassName("lesson-about");
        RouterLink back = new RouterLink(getTranslation("education.lesson.back"), EducationView.class);
        back.setId("lesson-back");
        add(heading, summary, about, back);
        if ("en".equals(getLocale().getLanguage()) && !lesson.hasEnglishBody()) {
            add(new Paragraph(getTranslation("education.lesson.chineseOnly")));
        }
        Div body = new Div();
        body.setId("lesson-body");
        body.addClassName("lesson-body");
        // Markdown rendered with raw HTML escaped and only the seed's own images (LessonMarkdown).
        body.getElement().setProperty("innerHTML", library.html(lesson, getLocale(), IMAGE_BASE));
        Span edition = new Span(getTranslation("education.lesson.editionOf", lesson.edition(),
                clock.dateOf(lesson.publishedAt()).toString()));
        edition.setId("lesson-edition");
        edition.addClassName("lesson-about");
        add(edition);
        // The public is told which role published, never a staff member's account (as the open data does).
        String publisher = Actor.SYSTEM.equals(lesson.publishedBy()) ? getTranslation("education.lesson.publisher.portal")
                : getTranslation("role.LESSON_EDITOR");
        Paragraph ledger = new Paragraph(getTranslation("education.lesson.ledger", publisher,
                clock.dateOf(lesson.publishedAt()).toString(), lesson.ledgerSubject(), lesson.contentHash()));
        ledger.setId("lesson-ledger");
        ledger.addClassName("lesson-about");
        Anchor print = new Anchor("/api/education/lessons/" + lesson.code() + ".pdf?lang=" + getLocale().toLanguageTag(),
                getTranslation("education.print.download"));
        print.setId("lesson-pdf");
        print.getElement().setAttribute("download", true);
        add(body, ledger, print);
        quiz.selfStudy(lesson.code()).ifPresent(settings -> add(new QuizPanel(quiz, certificates, lesson.code(), settings,
                getLocale(), clock.zone())));
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("section.education.title") : title) + " · " + getTranslation("app.title");
    }
}
