package org.safetyportal.portal.ui.admin.blacklist;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.NewBlacklistEntry;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/** The fields of a new listing; the service checks them, this form only collects them. */
class BlacklistEntryForm extends FormLayout {

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField enterpriseName = field("bl-enterprise", "admin.blacklist.enterpriseName");
    private final TextField creditCode = field("bl-credit-code", "admin.blacklist.creditCode");
    private final TextField responsiblePerson = field("bl-person", "blacklist.field.responsiblePerson");
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final TextArea conduct = area("bl-conduct", "blacklist.field.conduct");
    private final TextArea legalBasis = area("bl-basis", "blacklist.field.legalBasis");
    private final TextField decisionNo = field("bl-decision", "blacklist.field.decisionNo");
    private final DatePicker listingDate = new DatePicker();
    private final TextField objectionContact = field("bl-objection-contact", "blacklist.objection.contact");
    private final TextField objectionPhone = field("bl-objection-phone", "blacklist.objection.phone");
    private final TextArea objectionChannel = area("bl-objection-channel", "blacklist.objection.channel");

    BlacklistEntryForm(List<Department> departments, List<Area> counties, List<Sector> sectors, LocalDate today) {
        setId("bl-form");
        department.setId("bl-department");
        department.setLabel(getTranslation("admin.blacklist.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (departments.size() == 1) {
            department.setValue(departments.get(0));
        }
        county.setId("bl-county");
        county.setLabel(getTranslation("admin.blacklist.county"));
        county.setItems(counties);
        county.setItemLabelGenerator(a -> a == null ? "" : a.name().in(getLocale()));
        sector.setId("bl-sector");
        sector.setLabel(getTranslation("admin.blacklist.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s == null ? "" : s.name().in(getLocale()));
        listingDate.setId("bl-listing-date");
        listingDate.setLabel(getTranslation("admin.blacklist.listingDate"));
        listingDate.setValue(today);
        add(department, enterpriseName, creditCode, responsiblePerson, county, sector, conduct, legalBasis, decisionNo,
                listingDate, objectionContact, objectionPhone, objectionChannel);
    }

    NewBlacklistEntry value() {
        if (department.isEmpty() || county.isEmpty() || sector.isEmpty()) {
            throw new ValidationException("admin.blacklist.chooseDepartment");
        }
        return new NewBlacklistEntry(department.getValue().id(), enterpriseName.getValue(), creditCode.getValue(),
                responsiblePerson.getValue(), county.getValue().code(), sector.getValue().code(), conduct.getValue(),
                legalBasis.getValue(), decisionNo.getValue(), listingDate.getValue(), objectionContact.getValue(),
                objectionPhone.getValue(), objectionChannel.getValue());
    }

    void clearEntity() {
        enterpriseName.clear();
        creditCode.clear();
        responsiblePerson.clear();
        decisionNo.clear();
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        return area;
    }
}
