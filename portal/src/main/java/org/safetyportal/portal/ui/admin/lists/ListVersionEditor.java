package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListVersionApproval;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.lists.ListDiffPanel;

/**
 * One open version of a list. Its publisher edits the items and submits it; a reviewer of the
 * department then publishes it or returns it with a reason. The services enforce who may do what.
 */
@Route(value = "admin/lists/version/:" + ListVersionEditor.ID)
@RequiresPermission({Permissions.DRAFT_LISTS, Permissions.REVIEW_LISTS})
@Prototype
public class ListVersionEditor extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ListPublishing publishing;
    private final List<Sector> sectors;
    private final Actor actor;
    private ListVersion version;
    private List<ListItem> items = List.of();

    ListVersionEditor(ListPublishing publishing, AccessControl accessControl, OrganizationDirectory organization) {
        this.publishing = publishing;
        this.actor = accessControl.actor();
        this.sectors = organization.sectors();
        addClassName("list-version-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListVersion> found = event.getRouteParameters().get(ID).filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> publishing.openVersions(actor).stream().filter(v -> v.id() == Integer.parseInt(id)).findFirst());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lists.title") + " · " + getTranslation("app.title");
    }

    private void show(ListVersion shown) {
        version = shown;
        items = publishing.items(actor, version.id());
        removeAll();
        H1 heading = new H1(version.department().name().in(getLocale()) + " · " + getTranslation(version.titleKey()));
        heading.setId("editor-heading");
        Paragraph status = new Paragraph(getTranslation("admin.lists.versionStatus", version.versionNo(),
                getTranslation("lists.status." + version.status().name())));
        status.setId("editor-status");
        add(heading, status, new RouterLink(getTranslation("admin.lists.backToWork"), ListWorkView.class));
        if (version.reviewComment() != null && version.status() == VersionStatus.DRAFT) {
            Paragraph comment = new Paragraph(getTranslation("admin.lists.returnedBecause", version.reviewComment()));
            comment.setId("review-comment");
            comment.addClassName("coming-soon-status");
            add(comment);
        }
        boolean editable = version.status() == VersionStatus.DRAFT
                && actor.isPermitted(Permissions.DRAFT_LISTS, version.department().id(), null);
        boolean reviewer = version.status() == VersionStatus.SUBMITTED
                && actor.isPermitted(Permissions.REVIEW_LISTS, version.department().id(), null);
        boolean reviewable = reviewer && publishing.mayDecide(actor, version);
        add(createItemsGrid(editable));
        if (editable) {
            emptiedFields().ifPresent(this::add);
            add(createDraftActions(), new SheetImportPanel(publishing, actor, version, this::imported));
        }
        if (reviewable) {
            add(createReview());
        } else if (reviewer) {
            Paragraph fourEyes = new Paragraph(getTranslation("admin.lists.contributorCannotReview"));
            fourEyes.setId("review-four-eyes");
            fourEyes.addClassName("coming-soon-status");
            add(fourEyes);
        }
    }

    private Grid<ListItem> createItemsGrid(boolean editable) {
        Grid<ListItem> grid = new Grid<>();
        grid.setId("editor-items");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ListItem::code).setHeader(getTranslation("lists.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListItem::title).setHeader(getTranslation("lists.field.title")).setFlexGrow(3);
        grid.addColumn(item -> item.responsibleBody() == null ? "" : item.responsibleBody())
                .setHeader(getTranslation("lists.field.responsibleBody")).setFlexGrow(1);
        if (editable) {
            grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component rowActions(ListItem item) {
        Button edit = new Button(getTranslation("admin.lists.edit"), click ->
                new ListItemDialog(version.type(), item, sectors, changed -> saveReplacing(item, changed)).open());
        edit.setId("edit-" + item.code());
        Button remove = new Button(getTranslation("admin.lists.remove"), click -> saveReplacing(item, null));
        remove.setId("remove-" + item.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new Div(edit, remove);
    }

    private Component createDraftActions() {
        Button add = new Button(getTranslation("admin.lists.addItem"), click ->
                new ListItemDialog(version.type(), null, sectors, this::saveAdding).open());
        add.setId("add-item");
        Button submit = new Button(getTranslation("admin.lists.submit"), click -> {
            show(publishing.submit(actor, version.id()));
            done("admin.lists.submitted");
        });
        submit.setId("submit-version");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(add, submit);
        actions.addClassName("row-actions");
        return actions;
    }

    /**
     * Fields the draft leaves empty where the version in force filled them, as an upload without their
     * column would: said before the draft is submitted, so a loss is never published unnoticed.
     */
    private Optional<Component> emptiedFields() {
        Map<String, Integer> emptied = publishing.changes(actor, version.id()).emptiedFields();
        if (emptied.isEmpty()) {
            return Optional.empty();
        }
        String fields = emptied.entrySet().stream()
                .map(field -> getTranslation("admin.lists.emptiedField", getTranslation("lists.field." + field.getKey()),
                        field.getValue()))
                .collect(Collectors.joining(getTranslation("lists.separator")));
        Paragraph warning = new Paragraph(getTranslation("admin.lists.emptiedFields", fields));
        warning.setId("draft-emptied-fields");
        warning.addClassName("form-error");
        warning.getElement().setAttribute("role", "status");
        return Optional.of(warning);
    }

    /** The whole change the reviewer is about to publish, field by field, against the version in force. */
    private Component changes() {
        ListDiff diff = publishing.changes(actor, version.id());
        Paragraph against = new Paragraph(diff.from() == null
                ? getTranslation("admin.lists.reviewFirstVersion", diff.added().size())
                : getTranslation("admin.lists.reviewAgainst", diff.from().versionNo(), String.valueOf(diff.from().effectiveDate())));
        against.setId("review-against");
        Div changes = new Div(new H3(getTranslation("admin.lists.reviewChanges")), against, new ListDiffPanel(diff, sectors));
        changes.setId("review-changes");
        return changes;
    }

    private Component createReview() {
        DatePicker effective = new DatePicker(getTranslation("admin.lists.effectiveDate"));
        effective.setId("review-effective");
        Select<ChangeReason> reason = new Select<>();
        reason.setId("review-reason");
        reason.setLabel(getTranslation("admin.lists.changeReason"));
        reason.setItems(ChangeReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("lists.changeReason." + r.name()));
        TextArea note = new TextArea(getTranslation("admin.lists.reviewNote"));
        note.setId("review-note");
        note.setWidthFull();
        Button publish = new Button(getTranslation("admin.lists.publish"), click -> {
            ListVersion published = publishing.approve(actor, version.id(),
                    new ListVersionApproval(effective.getValue(), reason.getValue(), blankToNull(note.getValue())));
            version = published;
            removeAll();
            Paragraph confirmation = new Paragraph(getTranslation("admin.lists.published", published.versionNo()));
            confirmation.setId("publish-confirmation");
            add(confirmation, new RouterLink(getTranslation("admin.lists.backToWork"), ListWorkView.class));
        });
        publish.setId("publish-version");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button sendBack = new Button(getTranslation("admin.lists.return"), click -> {
            show(publishing.returnForChanges(actor, version.id(), note.getValue()));
            done("admin.lists.wasReturned");
        });
        sendBack.setId("return-version");
        FlexLayout fields = new FlexLayout(effective, reason);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("row-actions");
        Div review = new Div(new H2(getTranslation("admin.lists.review")), changes(), fields, note, new Div(publish, sendBack));
        review.setId("review-form");
        return review;
    }

    /** Saves the whole draft with one item replaced or removed; a refusal leaves the draft as it was. */
    private void saveReplacing(ListItem old, ListItem changed) {
        List<ListItem> next = new ArrayList<>();
        for (ListItem item : items) {
            if (item.equals(old)) {
                if (changed != null) {
                    next.add(changed);
                }
            } else {
                next.add(item);
            }
        }
        save(next);
    }

    private void saveAdding(ListItem added) {
        List<ListItem> next = new ArrayList<>(items);
        next.add(added);
        save(next);
    }

    private void save(List<ListItem> next) {
        publishing.saveItems(actor, version.id(), next);
        show(publishing.openVersions(actor).stream().filter(v -> v.id() == version.id()).findFirst().orElse(version));
        done("admin.lists.saved");
    }

    private void imported() {
        show(publishing.openVersions(actor).stream().filter(v -> v.id() == version.id()).findFirst().orElse(version));
        Notification.show(getTranslation("admin.lists.import.done", items.size()), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
