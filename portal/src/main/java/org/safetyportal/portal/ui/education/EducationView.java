package org.safetyportal.portal.ui.education;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.CampaignDates;
import org.safetyportal.content.education.lessons.FeaturedCampaign;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.Topic;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * 五进 safety education ({@code /education}): the campaign featured now with its lessons, then the lessons
 * for each of the five audiences, narrowed to one topic by the address ({@code ?topic=FIRE}).
 */
@Route(value = "education")
@AnonymousAllowed
@PortalSection(title = "nav.education", icon = VaadinIcon.ACADEMY_CAP, order = 60)
@Prototype
public class EducationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOPIC = "topic";

    private final LessonLibrary library;

    EducationView(LessonLibrary library) {
        this.library = library;
        addClassName("education-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // An unknown topic in a shared address shows every lesson rather than nothing.
        Optional<Topic> topic = event.getLocation().getQueryParameters().getSingleParameter(TOPIC).flatMap(library::topic);
        removeAll();
        H1 heading = new H1(getTranslation("section.education.title"));
        heading.setId("section-heading");
        RouterLink figures = new RouterLink(getTranslation("education.figures.link"), CampaignFiguresView.class);
        figures.setId("education-figures-link");
        add(heading, new Paragraph(getTranslation("section.education.purpose")), new Paragraph(figures));
        library.featuredCampaign().ifPresent(campaign -> add(campaign(campaign)));
        add(topicChoice(topic), audiences(topic));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.education.title") + " · " + getTranslation("app.title");
    }

    private Component campaign(FeaturedCampaign featured) {
        CampaignDates dates = featured.dates();
        Div section = new Div(new H2(getTranslation("education.campaign.heading", dates.campaign().name().in(getLocale()))));
        section.setId("education-campaign");
        section.addClassName("inspection-card");
        String key = (featured.running() ? "education.campaign.running" : "education.campaign.upcoming")
                + (dates.days() == 1 ? "Day" : "");
        Paragraph when = new Paragraph(getTranslation(key, dates.starts().toString(), dates.ends().toString()));
        when.setId("education-campaign-dates");
        section.add(when);
        if (featured.lessons().isEmpty()) {
            section.add(new Paragraph(getTranslation("education.campaign.none")));
        } else {
            section.add(new H3(getTranslation("education.campaign.lessons")));
            featured.lessons().forEach(lesson -> section.add(new LessonCard(lesson, getLocale())));
        }
        return section;
    }

    private Component topicChoice(Optional<Topic> shown) {
        Nav choice = new Nav();
        choice.setId("education-topics");
        choice.addClassName("search-kinds");
        choice.add(new H2(getTranslation("education.byTopic")));
        RouterLink all = new RouterLink(getTranslation("education.topic.all"), EducationView.class);
        all.setId("education-topic-ALL");
        choice.add(all);
        for (Topic topic : library.topicsWithLessons()) {
            RouterLink link = new RouterLink(topic.name().in(getLocale()), EducationView.class);
            link.setQueryParameters(QueryParameters.of(TOPIC, topic.code()));
            link.setId("education-topic-" + topic.code());
            if (shown.filter(topic::equals).isPresent()) {
                link.addClassName("current");
            }
            choice.add(link);
        }
        return choice;
    }

    private Component audiences(Optional<Topic> topic) {
        Div byAudience = new Div(new H2(topic.map(t -> getTranslation("education.topic.shown", t.name().in(getLocale())))
                .orElse(getTranslation("education.byAudience"))));
        byAudience.setId("education-audiences");
        List<Lesson> all = library.lessons();
        if (all.isEmpty()) {
            byAudience.add(new Paragraph(getTranslation("education.empty")));
            return byAudience;
        }
        for (Audience audience : library.audiences()) {
            List<Lesson> lessons = all.stream().filter(l -> l.audiences().contains(audience))
                    .filter(l -> topic.map(l.topics()::contains).orElse(true)).toList();
            Div group = new Div(new H3(audience.name().in(getLocale())));
            group.setId("education-audience-" + audience.code());
            group.addClassName("lesson-group");
            if (lessons.isEmpty()) {
                group.add(new Paragraph(getTranslation("education.audience.none")));
            }
            lessons.forEach(lesson -> group.add(new LessonCard(lesson, getLocale())));
            byAudience.add(group);
        }
        return byAudience;
    }
}
