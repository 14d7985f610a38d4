package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.portal.ui.reports.PhotoPicker;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.photos.PreparedPhoto;

/**
 * The handler's "after" photos of the rectified place, added on their own while the case is being
 * rectified or awaits verification. Prepared exactly as the reporter's are; the service checks the
 * rights, the status and the count; a refusal stays in the dialog.
 */
class AfterPhotosDialog extends Dialog {

    AfterPhotosDialog(int left, Consumer<List<PreparedPhoto>> add) {
        setHeaderTitle(getTranslation("case.action.AFTER_PHOTOS"));
        PhotoPicker picker = PhotoPicker.afterPhotos(left, CaseWork::tooManyAfterPhotos);
        Paragraph error = new Paragraph();
        error.setId("case-action-error");
        error.addClassName("report-error");
        error.setVisible(false);
        add(picker, error);
        CaseActionDialog.confirmOrCancel(this, error, () -> add.accept(picker.photos()));
    }
}
