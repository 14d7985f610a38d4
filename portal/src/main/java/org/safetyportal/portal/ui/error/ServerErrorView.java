package org.safetyportal.portal.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.safetyportal.portal.ui.MainLayout;
import org.safetyportal.portal.ui.home.HomeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any unexpected failure while opening a page: logged in full under an error id, a plain apology
 * with that id for the visitor, and status 500 (sent with the page itself, as the first navigation
 * runs on the server).
 */
@ParentLayout(MainLayout.class)
@Prototype
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error id {}: failure while opening /{}", errorId, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        H1 heading = new H1(getTranslation("error.500.title"));
        heading.setId("server-error");
        Paragraph id = new Paragraph(getTranslation("error.500.errorId", errorId));
        id.setId("error-id");
        add(heading, new Paragraph(getTranslation("error.500.text")), id,
                new RouterLink(getTranslation("error.backHome"), HomeView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.500.title");
    }
}
