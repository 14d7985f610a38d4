package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;

/**
 * One enterprise as open data, like its page: everything published under its unified social credit
 * code (blacklist entries, listed major hazards, inspection results), each in the form of its own API.
 */
@Controller("/api/v1/enterprises")
class EnterprisesController {

    private final InspectionRegister inspections;
    private final MajorHazardRegister hazards;
    private final BlacklistRegister blacklist;

    EnterprisesController(InspectionRegister inspections, MajorHazardRegister hazards, BlacklistRegister blacklist) {
        this.inspections = inspections;
        this.hazards = hazards;
        this.blacklist = blacklist;
    }

    @Serdeable
    record EnterpriseJson(String creditCode, String enterpriseName, List<BlacklistController.EntryJson> blacklist,
            List<HazardsController.HazardJson> hazards, List<InspectionsController.RecordJson> records) {
    }

    @Get("/{creditCode}")
    EnterpriseJson enterprise(@PathVariable String creditCode) {
        List<InspectionRecord> records = inspections.byCreditCode(creditCode);
        List<MajorHazard> listed = hazards.byCreditCode(creditCode);
        List<BlacklistEntry> listings = blacklist.byCreditCode(creditCode);
        String name = !records.isEmpty() ? records.get(0).enterpriseName()
                : !listed.isEmpty() ? listed.get(0).enterpriseName()
                : listings.stream().findFirst().map(BlacklistEntry::enterpriseName).orElseThrow(ResourceNotFoundException::new);
        LocalDate today = blacklist.today();
        return new EnterpriseJson(creditCode, name, listings.stream().map(e -> BlacklistController.EntryJson.of(e, today)).toList(),
                listed.stream().map(HazardsController.HazardJson::of).toList(),
                records.stream().map(InspectionsController.RecordJson::of).toList());
    }
}
