package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.lists.ItemPermalinks;
import org.safetyportal.reporting.routing.HazardRouting;
import org.safetyportal.reporting.routing.ResponsibleDepartment;

/** Open reference data: areas, departments, sectors, and who is responsible for a sector in an area. */
@Controller("/api/v1")
class OrganizationController {

    private final OrganizationDirectory organization;
    private final HazardRouting routing;

    OrganizationController(OrganizationDirectory organization, HazardRouting routing) {
        this.organization = organization;
        this.routing = routing;
    }

    @Serdeable
    record AreaJson(String code, String kind, String nameZh, String nameEn) {
        static AreaJson of(Area area) {
            return new AreaJson(area.code(), area.kind().name(), area.name().zh(), area.name().en());
        }
    }

    @Serdeable
    record DepartmentJson(String code, String type, String area, String nameZh, String nameEn) {
        static DepartmentJson of(Department d) {
            return new DepartmentJson(d.code(), d.typeCode(), d.area().code(), d.name().zh(), d.name().en());
        }
    }

    @Serdeable
    record SectorJson(String code, String kind, String nameZh, String nameEn, String supervisorType) {
        static SectorJson of(Sector s) {
            return new SectorJson(s.code(), s.kind().name(), s.name().zh(), s.name().en(), s.supervisorTypeCode());
        }
    }

    /** The 责任清单 item that decided a routing: which version of whose list, and its permalink. */
    @Serdeable
    record BasisJson(String department, String listType, int versionId, int versionNo, String contentHash,
            String ledgerSubject, String itemCode, String itemTitle, String permalink, String versionPermalink) {
        static BasisJson of(PublishedItem item) {
            ListVersion v = item.version();
            return new BasisJson(v.department().code(), v.type().name(), v.id(), v.versionNo(), v.contentHash(),
                    v.ledgerSubject(), item.code(), item.item().title(), ItemPermalinks.inForce(v, item.code()),
                    ItemPermalinks.inVersion(v, item.code()));
        }
    }

    /** {@code rule} names how the department was found; {@code basis}, when a list decided, the item that did. */
    @Serdeable
    record RoutingJson(String sector, String area, DepartmentJson department, boolean escalatedToCity, String rule,
            BasisJson basis) {
    }

    @Get("/areas")
    List<AreaJson> areas() {
        return organization.areas().stream().map(AreaJson::of).toList();
    }

    @Get("/departments")
    List<DepartmentJson> departments() {
        return organization.departments().stream().map(DepartmentJson::of).toList();
    }

    @Get("/sectors")
    List<SectorJson> sectors() {
        return organization.sectors().stream().map(SectorJson::of).toList();
    }

    @Get("/routing")
    RoutingJson route(@QueryValue String sector, @QueryValue String area) {
        ResponsibleDepartment responsible = routing.route(sector, area);
        return new RoutingJson(sector, area, DepartmentJson.of(responsible.department()), responsible.escalatedToCity(),
                responsible.rule().name(), responsible.justification().map(BasisJson::of).orElse(null));
    }
}
