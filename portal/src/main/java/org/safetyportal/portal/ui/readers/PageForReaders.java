package org.safetyportal.portal.ui.readers;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first response of every page carries the page itself, not only the application's shell: its
 * title, a description, its canonical address, its language, and its content as plain HTML, so that a
 * reader without JavaScript, a crawler and a journalist's script read what a browser shows. The server
 * has already run the navigation for that response (the initial UIDL is eager), so the content is the
 * view's own component tree. In a browser with JavaScript the copy is hidden by a style and removed
 * once Vaadin has drawn the page ({@code MainLayout}); without JavaScript a {@code noscript} style shows
 * it.
 */
@Singleton
public class PageForReaders implements VaadinServiceInitListener {

    public static final String ID = "page-for-readers";
    private static final int DESCRIPTION_LENGTH = 160;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        UI ui = response.getUI().orElse(null);
        if (ui == null) {
            return;
        }
        Document document = response.getDocument();
        document.selectFirst("html").attr("lang", ui.getLocale().toLanguageTag());
        String title = ui.getInternals().getTitle();
        document.title(title == null || title.isBlank() ? ui.getTranslation("app.title") : title);
        Element head = document.head();
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical(response));
        head.appendElement("style").text("#" + ID + "{display:none}");
        head.appendElement("noscript").appendElement("style").text("#" + ID + "{display:block}");

        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            describe(head, ui.getTranslation("footer.about"));
            return;
        }
        HasElement view = chain.get(0);
        if (view instanceof AdvertisesFeed feed) {
            head.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                    .attr("href", feed.feedPath()).attr("title", feed.feedTitle());
        }
        // Error pages (404, 403) are for everyone; any other view is copied only when it says it is public.
        boolean staffOnly = !(view instanceof HasErrorParameter<?>) && !view.getClass().isAnnotationPresent(AnonymousAllowed.class);
        Element page = document.body().prependElement("div").attr("id", ID);
        if (!staffOnly) {
            ReadableHtml html = new ReadableHtml(ui::getTranslation);
            html.write(chain.get(chain.size() - 1).getElement(), page, view.getElement());
        }
        // A page's own introduction, where it has one, says best what the page is.
        Element introduction = page.selectFirst("main > p");
        Element heading = page.selectFirst("main h1");
        if (introduction != null && !introduction.text().isBlank()) {
            describe(head, introduction.text());
        } else if (heading != null && !heading.text().isBlank()) {
            describe(head, heading.text() + " · " + ui.getTranslation("footer.about"));
        } else {
            describe(head, ui.getTranslation("footer.about"));
        }
    }

    private static void describe(Element head, String text) {
        String description = text.length() > DESCRIPTION_LENGTH ? text.substring(0, DESCRIPTION_LENGTH - 1) + "…" : text;
        head.appendElement("meta").attr("name", "description").attr("content", description);
    }

    /** The address as requested, with its query: on the register pages the filter in the address is the page. */
    private static String canonical(IndexHtmlResponse response) {
        HttpServletRequest request = ((VaadinServletRequest) response.getVaadinRequest()).getHttpServletRequest();
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
