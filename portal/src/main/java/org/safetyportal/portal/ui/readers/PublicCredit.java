package org.safetyportal.portal.ui.readers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.safetyportal.content.organization.Department;

/**
 * Who published something, as the public sees it: the department and the role the action needed (发布员,
 * 审核员), never a staff member's user name; and where the publication stands in the ledger, as a link to
 * its entries rather than the ledger's internal subject key.
 */
public final class PublicCredit {

    public static final String PUBLISHER = "PUBLISHER";
    public static final String REVIEWER = "REVIEWER";

    private PublicCredit() {
    }

    /** "泽州县应急管理局发布员" / "Publisher, Zezhou County Emergency Management Bureau". */
    public static String of(Component context, Department department, String role) {
        UI ui = UI.getCurrent();
        return context.getTranslation("credit.roleOf", department.name().in(ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale()),
                context.getTranslation("role." + role));
    }

    /** The address of a publication's entries in the ledger. */
    public static String ledgerAddress(String subject) {
        return "/ledger/entries?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    /** A link to a publication's entries in the ledger, where its hashes can be checked. */
    public static Anchor ledgerLink(Component context, String subject) {
        Anchor link = new Anchor(ledgerAddress(subject), context.getTranslation("credit.ledgerLink"));
        link.addClassName("ledger-entries-link");
        link.setRouterIgnore(true);
        return link;
    }
}
