package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.html.Anchor;
import org.safetyportal.portal.ui.readers.PublicCredit;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.ui.readers.RegisterColumns;
import org.safetyportal.portal.ui.ledger.LedgerView;

/** A permanent page for one published version, current or superseded, with its ledger record. */
@Route(value = "lists/version/:" + ListVersionView.ID)
@AnonymousAllowed
@Prototype
public class ListVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = VersionRoute.ID;

    private final ListCatalogue catalogue;
    private final PublicationLedger ledger;
    private final OrganizationDirectory organization;
    private final ListRepeals repeals;
    private final TaskProgressUpdates progress;
    private final CityClock city;
    private ListVersion version;

    ListVersionView(ListCatalogue catalogue, PublicationLedger ledger, OrganizationDirectory organization,
            ListRepeals repeals, TaskProgressUpdates progress, CityClock city) {
        this.city = city;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.organization = organization;
        this.repeals = repeals;
        this.progress = progress;
        addClassName("list-version-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListVersion> found = VersionRoute.find(event, catalogue);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        version = found.get();
        removeAll();
        H1 heading = new H1(version.department().name().in(getLocale()) + " · "
                + getTranslation(version.titleKey()));
        heading.setId("version-heading");
        add(heading, new VersionSummary(version, city.zone()));
        if (version.status() == VersionStatus.ANNOUNCED) {
            Paragraph announced = new Paragraph(getTranslation("lists.announcedVersionNotice", String.valueOf(version.effectiveDate())));
            announced.setId("announced-notice");
            announced.addClassName("coming-soon-status");
            add(announced);
        }
        if (version.status() == VersionStatus.SUPERSEDED) {
            Paragraph superseded = new Paragraph(getTranslation("lists.supersededNotice"));
            superseded.setId("superseded-notice");
            superseded.addClassName("coming-soon-status");
            add(superseded);
        }
        addMarks();
        add(new RouterLink(getTranslation("lists.allOfDepartment"), DepartmentListsView.class,
                new RouteParameters(DepartmentListsView.CODE, version.department().code())));
        catalogue.previous(version).ifPresent(previous -> {
            RouterLink compare = new RouterLink(getTranslation("lists.diff.comparePrevious"), ListDiffView.class,
                    ListDiffView.parameters(previous, version));
            compare.setId("compare-previous");
            add(compare);
        });
        List<ListItem> items = catalogue.items(version);
        add(new ExportLinks(version),
                RegisterColumns.area(new ListItemsGrid(version, items, organization.sectors(), getLocale(),
                        progress.latestByItem(version), city.today())));
        if (version.type() == ListType.ANNUAL_TASKS) {
            add(new TaskProgressList(progress.updates(version),
                    items.stream().collect(Collectors.toMap(ListItem::code, ListItem::title)), version.department()));
        }
        add(provenance());
    }

    /** Marks on an old version, derived from the events after it: the version that amended it, or its repeal. */
    private void addMarks() {
        Optional<ListRepeal> repeal = repeals.publishedRepealOf(version);
        if (repeal.isPresent()) {
            Paragraph repealed = new Paragraph(getTranslation("lists.repealedNotice", String.valueOf(repeal.get().repealedOn()),
                    repeal.get().reason()));
            repealed.setId("repealed-notice");
            repealed.addClassName("coming-soon-status");
            add(repealed);
            return;
        }
        catalogue.amendedBy(version).ifPresent(next -> {
            RouterLink link = new RouterLink(getTranslation("lists.amendedBy.link", next.versionNo()), ListVersionView.class,
                    new RouteParameters(ID, Integer.toString(next.id())));
            Paragraph amended = new Paragraph(getTranslation("lists.amendedBy", next.versionNo(),
                    String.valueOf(next.effectiveDate()), getTranslation("lists.changeReason." + next.changeReason().name())));
            amended.add(" ");
            amended.add(link);
            amended.setId("amended-by");
            add(amended);
        });
    }

    @Override
    public String getPageTitle() {
        return version == null ? getTranslation("section.lists.title")
                : version.department().name().in(getLocale()) + " · " + VersionSummary.title(this, version);
    }

    private Div provenance() {
        Code hash = new Code(version.contentHash());
        hash.setId("content-hash");
        Div provenance = new Div(
                new Paragraph(getTranslation("lists.provenance", PublicCredit.of(this, version.department(), PublicCredit.PUBLISHER),
                        PublicCredit.of(this, version.department(), PublicCredit.REVIEWER))),
                new Paragraph(getTranslation("lists.contentHash")), hash);
        ledger.entriesFor(version.ledgerSubject()).stream().findFirst().map(LedgerEntry::seq).ifPresent(seq -> {
            Anchor entry = new Anchor(PublicCredit.ledgerAddress(version.ledgerSubject()), getTranslation("lists.ledgerEntry", seq));
            entry.setRouterIgnore(true);
            provenance.add(new Paragraph(entry));
        });
        provenance.addClassName("provenance");
        return provenance;
    }
}
