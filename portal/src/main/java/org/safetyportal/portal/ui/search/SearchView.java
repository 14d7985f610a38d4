package org.safetyportal.portal.ui.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchHit;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchResults;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** One search box over everything published, with the matching words marked. The address holds the query, so results can be shared. */
@Route(value = "search")
@AnonymousAllowed
@PortalSection(title = "nav.search", icon = VaadinIcon.SEARCH, order = 90)
@Prototype
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUERY = "q";
    static final String KIND = "kind";

    private final PublicSearch search;
    private final TextField query = new TextField();
    private final Div results = new Div();

    SearchView(PublicSearch search) {
        this.search = search;
        H1 heading = new H1(getTranslation("search.title"));
        heading.setId("search-heading");
        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setMaxLength(PublicSearch.MAX_QUERY_LENGTH);
        query.setClearButtonVisible(true);
        query.setWidthFull();
        Button go = new Button(getTranslation("search.submit"), click -> submit());
        go.setId("search-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        FlexLayout box = new FlexLayout(query, go);
        box.addClassName("search-box");
        results.setId("search-results");
        results.setWidthFull();
        add(heading, box, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        // An unknown kind in a shared address shows every kind rather than nothing.
        Optional<SearchKind> kind = parameters.getSingleParameter(KIND)
                .flatMap(search::kind);
        parameters.getSingleParameter(QUERY).ifPresent(text -> {
            query.setValue(text);
            show(text, kind);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.title");
    }

    private void submit() {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of(QUERY, query.getValue())));
    }

    private void show(String text, Optional<SearchKind> kind) {
        results.removeAll();
        SearchResults found;
        try {
            found = search.search(text, kind);
        } catch (LocalizedException refused) {
            Paragraph error = new Paragraph(Messages.describe(getLocale(), refused));
            error.addClassName("form-error");
            error.setId("search-error");
            results.add(error);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("search.summary", found.total(), found.query()));
        summary.setId("search-summary");
        results.add(summary);
        if (found.totalOfAllKinds() > 0) {
            results.add(kindChoice(found));
        }
        for (SearchHit hit : found.hits()) {
            results.add(hitCard(hit));
        }
    }

    /** All kinds, then each kind that has hits, with its count; the one shown is marked. */
    private Nav kindChoice(SearchResults found) {
        Nav choice = new Nav();
        choice.setId("search-kinds");
        choice.addClassName("search-kinds");
        choice.add(kindLink("ALL", getTranslation("search.kind.ALL"), found.totalOfAllKinds(), found.query(),
                found.kind().isEmpty()));
        found.totalsByKind().forEach((kind, count) -> choice.add(kindLink(kind.name(),
                getTranslation("search.kind." + kind.name()), count, found.query(),
                found.kind().filter(kind::equals).isPresent())));
        return choice;
    }

    private RouterLink kindLink(String name, String label, long count, String text, boolean current) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(QUERY, text);
        if (!"ALL".equals(name)) {
            parameters.put(KIND, name);
        }
        RouterLink link = new RouterLink(getTranslation("search.kind.count", label, count), SearchView.class);
        link.setQueryParameters(QueryParameters.simple(parameters));
        link.setId("search-kind-" + name);
        if (current) {
            link.addClassName("current");
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    private Div hitCard(SearchHit hit) {
        Anchor title = new Anchor(hit.kind().permalink(hit.key()).substring(1), "");
        // The search marks matches in text it has HTML-escaped itself; nothing else is inserted.
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        List<String> where = new ArrayList<>();
        where.add(getTranslation("search.kind." + hit.kind().name()));
        if (hit.department() != null) {
            where.add(hit.department().name().in(getLocale()));
        }
        if (hit.category() != null) {
            where.add(getTranslation(hit.category().key()));
        }
        where.add(hit.code());
        Span whereLine = new Span(String.join(" · ", where));
        whereLine.addClassName("search-hit-where");
        Paragraph snippet = new Paragraph();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        Div card = new Div(title, whereLine, snippet);
        card.addClassName("search-hit");
        return card;
    }
}
