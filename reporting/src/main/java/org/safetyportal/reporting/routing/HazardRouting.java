package org.safetyportal.reporting.routing;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;

/**
 * 管行业必须管安全: a report is routed to the department that supervises its sector, in the county
 * where the hazard is. The mapping is data (sector → supervising kind of department, kind × area →
 * department); nothing here names a sector or a department.
 */
@Singleton
public class HazardRouting {

    private final OrganizationDirectory organization;

    HazardRouting(OrganizationDirectory organization) {
        this.organization = organization;
    }

    public ResponsibleDepartment route(String sectorCode, String areaCode) {
        Sector sector = organization.sector(sectorCode)
                .orElseThrow(() -> new ValidationException("routing.sector.unknown", sectorCode));
        Area area = organization.area(areaCode)
                .orElseThrow(() -> new ValidationException("routing.area.unknown", areaCode));
        var local = organization.department(sector.supervisorTypeCode(), area.code());
        if (local.isPresent()) {
            return new ResponsibleDepartment(sector, local.get(), false);
        }
        return cityArea()
                .flatMap(city -> organization.department(sector.supervisorTypeCode(), city.code()))
                .map(department -> new ResponsibleDepartment(sector, department, true))
                .orElseThrow(() -> new ValidationException("routing.noDepartment", sectorCode, areaCode));
    }

    private Optional<Area> cityArea() {
        return organization.areas().stream().filter(a -> a.kind() == AreaKind.CITY).findFirst();
    }
}
