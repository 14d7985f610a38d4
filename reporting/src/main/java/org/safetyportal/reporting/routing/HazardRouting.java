package org.safetyportal.reporting.routing;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.ResponsibilityCoverage;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;

/**
 * 管行业必须管安全, as the departments published it. A hazard in sector S and county C goes
 * <ol>
 * <li>to the department of C whose 责任清单 in force covers S ({@link RoutingRule#COUNTY_RESPONSIBILITY_LIST});</li>
 * <li>else to the city department whose 责任清单 in force covers S, escalated ({@link RoutingRule#CITY_RESPONSIBILITY_LIST});</li>
 * <li>else, for sectors no published list covers yet, by the reference data's mapping from a sector to
 * the kind of department that supervises it: that kind's department in C ({@link RoutingRule#SUPERVISOR_MAPPING}),
 * or the city's ({@link RoutingRule#SUPERVISOR_MAPPING_CITY}).</li>
 * </ol>
 * Routing is data throughout: the lists and the seed tables; nothing here names a sector or a department.
 */
@Singleton
public class HazardRouting {

    private final OrganizationDirectory organization;
    private final ResponsibilityCoverage coverage;

    HazardRouting(OrganizationDirectory organization, ResponsibilityCoverage coverage) {
        this.organization = organization;
        this.coverage = coverage;
    }

    public ResponsibleDepartment route(String sectorCode, String areaCode) {
        Sector sector = organization.sector(sectorCode)
                .orElseThrow(() -> new ValidationException("routing.sector.unknown", sectorCode));
        Area area = organization.area(areaCode)
                .orElseThrow(() -> new ValidationException("routing.area.unknown", areaCode));
        Optional<Area> city = cityArea();
        Optional<PublishedItem> local = coverage.responsible(sector, area.code());
        if (local.isPresent()) {
            RoutingRule rule = area.kind() == AreaKind.CITY ? RoutingRule.CITY_RESPONSIBILITY_LIST : RoutingRule.COUNTY_RESPONSIBILITY_LIST;
            return byList(sector, area, rule, local.get());
        }
        Optional<PublishedItem> citywide = city.filter(c -> !c.code().equals(area.code()))
                .flatMap(c -> coverage.responsible(sector, c.code()));
        if (citywide.isPresent()) {
            return byList(sector, area, RoutingRule.CITY_RESPONSIBILITY_LIST, citywide.get());
        }
        var supervisor = organization.department(sector.supervisorTypeCode(), area.code());
        if (supervisor.isPresent()) {
            RoutingRule rule = area.kind() == AreaKind.CITY ? RoutingRule.SUPERVISOR_MAPPING_CITY : RoutingRule.SUPERVISOR_MAPPING;
            return new ResponsibleDepartment(sector, area, supervisor.get(), rule, null);
        }
        return city.flatMap(c -> organization.department(sector.supervisorTypeCode(), c.code()))
                .map(department -> new ResponsibleDepartment(sector, area, department, RoutingRule.SUPERVISOR_MAPPING_CITY, null))
                .orElseThrow(() -> new ValidationException("routing.noDepartment", sectorCode, areaCode));
    }

    private static ResponsibleDepartment byList(Sector sector, Area area, RoutingRule rule, PublishedItem item) {
        return new ResponsibleDepartment(sector, area, item.version().department(), rule, item);
    }

    private Optional<Area> cityArea() {
        return organization.areas().stream().filter(a -> a.kind() == AreaKind.CITY).findFirst();
    }
}
