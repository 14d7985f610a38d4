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
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safetyportal.portal.security.AccessControl;

/**
 * The first response of every page carries the page itself, not only the application's shell: its
 * title, a description, its canonical address, its language, and its content as plain HTML, so that a
 * reader without JavaScript, a crawler and a journalist's script read what a browser shows. The server
 * has already run the navigation for that response (the initial UIDL is eager), so the content is the
 * view's own component tree. In a browser with JavaScript the copy is hidden by a style and removed
 * once Vaadin has drawn the page ({@code MainLayout}); without JavaScript a {@code noscript} style shows
 * it.
 *
 * <p>Every new visitor's first page load asks for it, so the copy of a public page shown to a visitor
 * who is not signed in is written once per ledger head and kept ({@link ReaderCopies}).
 */
@Singleton
public class PageForReaders implements VaadinServiceInitListener {

    public static final String ID = "page-for-readers";
    private static final int DESCRIPTION_LENGTH = 160;

    private final ReaderCopies copies;
    private final AccessControl access;

    PageForReaders(ReaderCopies copies, AccessControl access) {
        this.copies = copies;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        UI ui = response.getUI().orElse(null);
        if (ui == null) {
            return;
        }
        String canonical = canonical(response);
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        ReaderCopy copy;
        if (!chain.isEmpty() && sameForEveryone(chain.get(0))) {
            copy = copies.of(canonical, ui.getLocale(), () -> copy(ui, chain));
        } else {
            copy = copy(ui, chain);
        }
        Document document = response.getDocument();
        document.selectFirst("html").attr("lang", copy.language());
        document.title(copy.title());
        Element head = document.head();
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        head.appendElement("style").text("#" + ID + "{display:none}");
        head.appendElement("noscript").appendElement("style").text("#" + ID + "{display:block}");
        if (copy.feedPath() != null) {
            head.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                    .attr("href", copy.feedPath()).attr("title", copy.feedTitle());
        }
        head.appendElement("meta").attr("name", "description").attr("content", copy.description());
        // Written out as it was kept: the copy is HTML that ReadableHtml made, never text from the request.
        document.body().prependChild(new DataNode(copy.html()));
    }

    /** A public page (or an error page) seen by a visitor who has not signed in, showing only what is published. */
    private boolean sameForEveryone(HasElement view) {
        boolean publicPage = view instanceof HasErrorParameter<?> || view.getClass().isAnnotationPresent(AnonymousAllowed.class);
        return publicPage && !(view instanceof ShowsMoreThanPublished)
                && !access.isSignedIn() && !access.isSignedInToDisabledAccount();
    }

    private static ReaderCopy copy(UI ui, List<HasElement> chain) {
        String title = ui.getInternals().getTitle();
        String language = ui.getLocale().toLanguageTag();
        Element page = new Element("div").attr("id", ID);
        if (chain.isEmpty()) {
            return new ReaderCopy(language, pageTitle(ui, title), null, null, describe(ui.getTranslation("footer.about")),
                    page.outerHtml());
        }
        HasElement view = chain.get(0);
        String feedPath = null;
        String feedTitle = null;
        if (view instanceof AdvertisesFeed feed) {
            feedPath = feed.feedPath();
            feedTitle = feed.feedTitle();
        }
        // Error pages (404, 403) are for everyone; any other view is copied only when it says it is public.
        boolean staffOnly = !(view instanceof HasErrorParameter<?>) && !view.getClass().isAnnotationPresent(AnonymousAllowed.class);
        if (!staffOnly) {
            ReadableHtml html = new ReadableHtml(ui::getTranslation);
            html.write(chain.get(chain.size() - 1).getElement(), page, view.getElement());
        }
        return new ReaderCopy(language, pageTitle(ui, title), feedPath, feedTitle, description(ui, page), page.outerHtml());
    }

    private static String pageTitle(UI ui, String title) {
        return title == null || title.isBlank() ? ui.getTranslation("app.title") : title;
    }

    /** A page's own introduction, where it has one, says best what the page is. */
    private static String description(UI ui, Element page) {
        Element introduction = page.selectFirst("main > p");
        Element heading = page.selectFirst("main h1");
        if (introduction != null && !introduction.text().isBlank()) {
            return describe(introduction.text());
        } else if (heading != null && !heading.text().isBlank()) {
            return describe(heading.text() + " · " + ui.getTranslation("footer.about"));
        }
        return describe(ui.getTranslation("footer.about"));
    }

    private static String describe(String text) {
        return text.length() > DESCRIPTION_LENGTH ? text.substring(0, DESCRIPTION_LENGTH - 1) + "…" : text;
    }

    /** The address as requested, with its query: on the register pages the filter in the address is the page. */
    private static String canonical(IndexHtmlResponse response) {
        HttpServletRequest request = ((VaadinServletRequest) response.getVaadinRequest()).getHttpServletRequest();
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
