package org.safetyportal.portal.ui.admin.education;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.portal.ui.education.LessonView;
import org.safetyportal.reporting.clusters.LessonSuggestions;
import org.safetyportal.reporting.clusters.ReportCluster;

/**
 * On a session leader's page: the hazards citizens have lately reported again and again in the organisation's
 * county, each with the lessons that answer it, and a button that picks the lesson for a new session.
 */
class ClusterSuggestions extends Div {

    private final LessonSuggestions suggestions;
    private final Consumer<String> useLesson;
    private final Div list = new Div();

    ClusterSuggestions(LessonSuggestions suggestions, Consumer<String> useLesson) {
        this.suggestions = suggestions;
        this.useLesson = useLesson;
        setId("cluster-suggestions");
        addClassName("cluster-suggestions");
        add(new H2(getTranslation("admin.education.suggestions.title")),
                new Paragraph(getTranslation("admin.education.suggestions.why", LessonSuggestions.WINDOW.toDays(),
                        LessonSuggestions.MIN_CASES)), list);
    }

    /** The clusters of the county an organisation is in. */
    void show(int areaId) {
        list.removeAll();
        List<ReportCluster> clusters = suggestions.forCounty(areaId);
        if (clusters.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("admin.education.suggestions.none"));
            none.setId("cluster-suggestions-none");
            list.add(none);
            return;
        }
        for (ReportCluster cluster : clusters) {
            Div item = new Div();
            item.setId("cluster-" + cluster.sector().code());
            item.addClassName("cluster-suggestion");
            Span what = new Span(getTranslation("admin.education.suggestions.cluster", cluster.sector().name().in(getLocale()),
                    cluster.county().name().in(getLocale()), LessonSuggestions.WINDOW.toDays(), cluster.cases()));
            what.addClassName("cluster-what");
            item.add(what);
            for (Lesson lesson : cluster.lessons()) {
                RouterLink link = new RouterLink(lesson.title().in(getLocale()), LessonView.class,
                        new RouteParameters(LessonView.CODE, lesson.code()));
                Button use = new Button(getTranslation("admin.education.suggestions.use"), click -> useLesson.accept(lesson.code()));
                use.setId("cluster-use-" + cluster.sector().code() + "-" + lesson.code());
                use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                Div line = new Div(link, use);
                line.addClassName("cluster-lesson");
                item.add(line);
            }
            list.add(item);
        }
    }
}
