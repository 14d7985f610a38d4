package org.safetyportal.portal.ui.admin.inspections;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.safetyportal.content.inspection.InspectionFacts;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.NewInspectionRecord;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Sector;

/**
 * The fields of an inspection result, for a new record or a correction. It only gathers input; the
 * register checks it and its messages say what is wrong. In correction mode the record number,
 * status and publication date are fixed and a reason is asked for.
 */
class InspectionForm extends FormLayout {

    private final TextField recordCode = text("ins-record-code", "inspections.field.recordCode");
    private final Select<InspectionKind> kind = new Select<>();
    private final TextField enterprise = text("ins-enterprise", "inspections.field.enterpriseName");
    private final TextField creditCode = text("ins-credit-code", "inspections.field.creditCode");
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final DatePicker inspectionDate = date("ins-inspection-date", "inspections.field.inspectionDate");
    private final TextArea findings = area("ins-findings", "inspections.field.findings");
    private final TextArea violationBasis = area("ins-violation-basis", "inspections.field.violationBasis");
    private final TextArea violationDescription = area("ins-violation-description", "inspections.field.violationDescription");
    private final TextArea measures = area("ins-measures", "inspections.field.measures");
    private final TextField decisionNo = text("ins-decision-no", "inspections.field.decisionNo");
    private final BigDecimalField fine = new BigDecimalField();
    private final DatePicker deadline = date("ins-deadline", "inspections.field.rectificationDeadline");
    private final Select<RectificationStatus> status = new Select<>();
    private final DatePicker decisionDate = date("ins-decision-date", "inspections.field.decisionDate");
    private final DatePicker publishedElsewhereOn = date("ins-published-elsewhere", "inspections.field.publishedElsewhereOn");
    private final TextArea reason = area("ins-reason", "inspections.correction.reason");

    InspectionForm(List<Area> counties, List<Sector> sectors, LocalDate today) {
        kind.setId("ins-kind");
        kind.setLabel(getTranslation("inspections.field.kind"));
        kind.setItems(InspectionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("inspections.kind." + k.name()));
        county.setId("ins-county");
        county.setLabel(getTranslation("inspections.field.area"));
        county.setItems(counties);
        county.setItemLabelGenerator(a -> a == null ? "" : a.name().in(getLocale()));
        sector.setId("ins-sector");
        sector.setLabel(getTranslation("inspections.field.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s == null ? "" : s.name().in(getLocale()));
        fine.setId("ins-fine");
        fine.setLabel(getTranslation("inspections.field.fineAmount"));
        status.setId("ins-status");
        status.setLabel(getTranslation("inspections.field.rectificationStatus"));
        status.setItems(Arrays.stream(RectificationStatus.values()).filter(RectificationStatus::isPublishable).toList());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("inspections.rectification." + s.name()));
        status.setValue(RectificationStatus.PENDING);
        // The portal's publication day is the day it publishes; staff may only add an earlier one elsewhere.
        publishedElsewhereOn.setHelperText(getTranslation("inspections.form.publishedElsewhereHelp"));
        publishedElsewhereOn.setMax(today);
        creditCode.setMaxLength(18);
        reason.setVisible(false);
        add(recordCode, kind, enterprise, creditCode, county, sector, inspectionDate, decisionDate, findings,
                violationBasis, violationDescription, measures, decisionNo, fine, status, deadline, publishedElsewhereOn, reason);
        setColspan(findings, 2);
        setColspan(violationDescription, 2);
        setColspan(reason, 2);
    }

    NewInspectionRecord newRecord(int departmentId) {
        return new NewInspectionRecord(recordCode.getValue(), kind.getValue(), departmentId, enterprise.getValue(),
                creditCode.getValue(), county.getValue() == null ? null : county.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(), inspectionDate.getValue(), findings.getValue(),
                violationBasis.getValue(), violationDescription.getValue(), measures.getValue(), decisionNo.getValue(),
                fine.getValue(), deadline.getValue(), status.getValue(), decisionDate.getValue(), publishedElsewhereOn.getValue());
    }

    InspectionFacts facts() {
        return new InspectionFacts(kind.getValue(), enterprise.getValue(), creditCode.getValue(),
                county.getValue() == null ? null : county.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(), inspectionDate.getValue(), findings.getValue(),
                violationBasis.getValue(), violationDescription.getValue(), measures.getValue(), decisionNo.getValue(),
                fine.getValue(), deadline.getValue(), decisionDate.getValue());
    }

    String reason() {
        return reason.getValue();
    }

    /** Correction mode: the record's values in force to start from, and a reason to give. */
    void correcting(InspectionRecord record) {
        recordCode.setValue(record.recordCode());
        kind.setValue(record.kind());
        enterprise.setValue(record.enterpriseName());
        creditCode.setValue(record.creditCode());
        county.setValue(record.area());
        sector.setValue(record.sector());
        inspectionDate.setValue(record.inspectionDate());
        findings.setValue(record.findings());
        violationBasis.setValue(orEmpty(record.violationBasis()));
        violationDescription.setValue(orEmpty(record.violationDescription()));
        measures.setValue(orEmpty(record.measures()));
        decisionNo.setValue(orEmpty(record.decisionNo()));
        fine.setValue(record.fineAmount());
        deadline.setValue(record.rectificationDeadline());
        decisionDate.setValue(record.decisionDate());
        publishedElsewhereOn.setValue(record.publishedElsewhereOn());
        reason.clear();
        setCorrecting(true);
    }

    void clearForNew(LocalDate today) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(recordCode, kind, enterprise, creditCode, county, sector,
                inspectionDate, findings, violationBasis, violationDescription, measures, decisionNo, fine, deadline,
                decisionDate, publishedElsewhereOn, reason)) {
            field.clear();
        }
        status.setValue(RectificationStatus.PENDING);
        publishedElsewhereOn.setMax(today);
        setCorrecting(false);
    }

    private void setCorrecting(boolean correcting) {
        recordCode.setReadOnly(correcting);
        status.setVisible(!correcting);
        publishedElsewhereOn.setReadOnly(correcting);
        reason.setVisible(correcting);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private TextArea area(String id, String labelKey) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private DatePicker date(String id, String labelKey) {
        DatePicker field = new DatePicker(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
