package org.safetyportal.portal.ui.blacklist;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.portal.ui.enterprises.EnterpriseView;

/** The permalink of one blacklist entry: basis, dates, expiry, early removal, history and the objection route. */
@Route(value = "blacklist/:" + BlacklistEntryView.ID)
@AnonymousAllowed
@Prototype
public class BlacklistEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final BlacklistRegister register;
    private String enterpriseName;

    BlacklistEntryView(BlacklistRegister register) {
        this.register = register;
        addClassName("blacklist-entry-view");
    }

    public static RouteParameters parameters(int id) {
        return new RouteParameters(ID, Integer.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BlacklistEntry> found = event.getRouteParameters().get(ID)
                .filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> register.entry(Integer.parseInt(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        BlacklistEntry entry = found.get();
        enterpriseName = entry.enterpriseName();
        removeAll();
        H1 heading = new H1(entry.enterpriseName());
        heading.setId("blacklist-heading");
        RouterLink enterprise = new RouterLink(entry.creditCode(), EnterpriseView.class,
                new RouteParameters(EnterpriseView.CREDIT_CODE, entry.creditCode()));
        enterprise.setId("blacklist-enterprise-link");
        Paragraph ledger = new Paragraph(getTranslation("blacklist.contentHash", entry.contentHash()) + " ");
        ledger.add(PublicCredit.ledgerLink(this, entry.ledgerSubject()));
        ledger.addClassName("blacklist-ledger");
        RouterLink back = new RouterLink(getTranslation("blacklist.back"), BlacklistView.class);
        back.setId("blacklist-back");
        add(heading, new BlacklistDetails(entry, register.today()), new Paragraph(enterprise), ledger, back);
    }

    @Override
    public String getPageTitle() {
        return (enterpriseName == null ? getTranslation("section.blacklist.title") : enterpriseName)
                + " · " + getTranslation("app.title");
    }
}
