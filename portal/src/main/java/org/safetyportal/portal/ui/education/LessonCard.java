package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.Topic;

/** A lesson in a list: its title as a link to its page, its summary, its topics and how long it takes. */
final class LessonCard extends Div {

    LessonCard(Lesson lesson, Locale locale) {
        addClassName("lesson-card");
        getElement().setAttribute("data-lesson", lesson.code());
        RouterLink title = new RouterLink(lesson.title().in(locale), LessonView.class,
                new RouteParameters(LessonView.CODE, lesson.code()));
        title.addClassName("lesson-link");
        Span about = new Span(lesson.topics().stream().map(t -> t.name().in(locale)).collect(Collectors.joining(" · "))
                + " · " + getTranslation("education.lesson.minutes", lesson.minutes()));
        about.addClassName("lesson-about");
        add(title, about, new Paragraph(lesson.summary().in(locale)));
    }

    static String topics(Lesson lesson, Locale locale) {
        return lesson.topics().stream().map(Topic::name).map(n -> n.in(locale)).collect(Collectors.joining("、"));
    }
}
