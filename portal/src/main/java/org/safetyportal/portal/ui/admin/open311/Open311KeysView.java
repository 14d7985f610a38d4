package org.safetyportal.portal.ui.admin.open311;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.open311.ApiKey;
import org.safetyportal.reporting.open311.ApiKeys;

/** Administrators issue Open311 keys to the organisations whose apps post reports, and revoke them. */
@Route(value = "admin/open311")
@PortalSection(title = "admin.open311.title", icon = VaadinIcon.CONNECT, order = 95,
        place = PortalSection.Place.STAFF_TOOLS, id = "tool-open311")
@RequiresPermission(Permissions.MANAGE_USERS)
@Prototype
public class Open311KeysView extends VerticalLayout implements HasDynamicTitle {

    private final ApiKeys keys;
    private final AccessControl accessControl;
    private final Grid<ApiKey> grid = new Grid<>();
    private final Span message = new Span();
    private final TextField issuedKey = new TextField();

    Open311KeysView(ApiKeys keys, AccessControl accessControl, CityClock city) {
        this.keys = keys;
        this.accessControl = accessControl;
        message.setId("open311-message");
        issuedKey.setId("open311-new-key");
        issuedKey.setLabel(getTranslation("admin.open311.newKey"));
        issuedKey.setHelperText(getTranslation("admin.open311.newKey.help"));
        issuedKey.setReadOnly(true);
        issuedKey.setWidthFull();
        issuedKey.setVisible(false);
        add(new H1(getTranslation("admin.open311.title")), new Paragraph(getTranslation("admin.open311.intro")), issueForm(),
                message, issuedKey, grid(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(city.zone())));
        refresh();
    }

    private HorizontalLayout issueForm() {
        TextField client = new TextField(getTranslation("admin.open311.client"));
        client.setId("open311-client");
        client.setMaxLength(100);
        Button issue = new Button(getTranslation("admin.open311.issue"), click -> act(() -> {
            ApiKeys.Issued issued = keys.issue(accessControl.actor(), client.getValue());
            client.clear();
            issuedKey.setValue(issued.key());
            issuedKey.setVisible(true);
            return getTranslation("admin.open311.issued", issued.apiKey().clientName());
        }));
        issue.setId("open311-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(client, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<ApiKey> grid(DateTimeFormatter time) {
        grid.setId("open311-keys");
        grid.addColumn(ApiKey::clientName).setHeader(getTranslation("admin.open311.client")).setAutoWidth(true);
        grid.addColumn(k -> "…" + k.hint()).setHeader(getTranslation("admin.open311.hint")).setAutoWidth(true);
        grid.addColumn(k -> time.format(k.issuedAt()) + " · " + k.issuedBy())
                .setHeader(getTranslation("admin.open311.issuedAt")).setAutoWidth(true);
        grid.addColumn(k -> k.revoked() ? getTranslation("admin.open311.revokedAt", time.format(k.revokedAt()), k.revokedBy())
                : getTranslation("admin.open311.active")).setHeader(getTranslation("admin.open311.status")).setAutoWidth(true);
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("admin.open311.revoke"), click -> act(() -> {
                keys.revoke(accessControl.actor(), k.id());
                issuedKey.setVisible(false);
                return getTranslation("admin.open311.revoked", k.clientName());
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(!k.revoked());
            return revoke;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(Supplier<String> action) {
        try {
            message.setText(action.get());
        } catch (LocalizedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.all(accessControl.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.open311.title") + " · " + getTranslation("app.title");
    }
}
