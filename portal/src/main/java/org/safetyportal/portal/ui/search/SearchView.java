package org.safetyportal.portal.ui.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchHit;
import org.safetyportal.content.search.SearchResults;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.MainLayout;
import org.safetyportal.portal.ui.lists.ListVersionView;

/** One search box over everything published, with the matching words marked. The address holds the query, so results can be shared. */
@Route(value = "search", layout = MainLayout.class)
@Prototype
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUERY = "q";

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
        event.getLocation().getQueryParameters().getSingleParameter(QUERY).ifPresent(text -> {
            query.setValue(text);
            show(text);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.title");
    }

    private void submit() {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of(QUERY, query.getValue())));
    }

    private void show(String text) {
        results.removeAll();
        SearchResults found;
        try {
            found = search.search(text);
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
        for (SearchHit hit : found.hits()) {
            results.add(hitCard(hit));
        }
    }

    private Div hitCard(SearchHit hit) {
        RouterLink title = new RouterLink("", ListVersionView.class,
                new RouteParameters("id", Integer.toString(hit.versionId())));
        // The search marks matches in text it has HTML-escaped itself; nothing else is inserted.
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        Span where = new Span(hit.department().name().in(getLocale()) + " · "
                + getTranslation("lists.type." + hit.listType().name()) + " · " + hit.itemCode());
        where.addClassName("search-hit-where");
        Paragraph snippet = new Paragraph();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        Div card = new Div(title, where, snippet);
        card.addClassName("search-hit");
        return card;
    }
}
