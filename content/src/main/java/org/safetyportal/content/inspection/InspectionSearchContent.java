package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every published inspection result as it reads now (corrections applied), found by the enterprise, its credit code, the findings and the measures. */
@Singleton
class InspectionSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("INSPECTION", 20, "/inspections/");

    private final InspectionRegister register;

    InspectionSearchContent(InspectionRegister register) {
        this.register = register;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        return register.search(InspectionFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(r -> new SearchDocument(KIND, r.recordCode(), r.department(),
                        new Translatable("inspections.kind." + r.kind().name()), r.recordCode(), r.enterpriseName(),
                        SearchDocument.body(r.creditCode(), r.area().name().zh(), r.sector().name().zh(),
                                r.findings(), r.violationDescription(), r.violationBasis(), r.measures(),
                                r.decisionNo())))
                .toList();
    }
}
