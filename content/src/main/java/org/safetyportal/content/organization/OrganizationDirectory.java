package org.safetyportal.content.organization;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Who is who in the city's safety system: areas, departments, sectors. Read-only for callers. */
@Singleton
public class OrganizationDirectory {

    private final OrganizationRepository repository;

    OrganizationDirectory(OrganizationRepository repository) {
        this.repository = repository;
    }

    public List<Area> areas() {
        return repository.areas();
    }

    /** The county-level areas (县、市、区 and the development zone), without the city itself. */
    public List<Area> counties() {
        return areas().stream().filter(a -> a.kind() == AreaKind.COUNTY).toList();
    }

    public Optional<Area> area(String code) {
        return repository.area(code);
    }

    public List<Department> departments() {
        return repository.departments();
    }

    public Optional<Department> department(int id) {
        return repository.department(id);
    }

    /** The department of the given kind in the given area, e.g. Zezhou County's emergency management bureau. */
    public Optional<Department> department(String typeCode, String areaCode) {
        return repository.department(typeCode, areaCode);
    }

    public List<Sector> sectors() {
        return repository.sectors();
    }

    public Optional<Sector> sector(String code) {
        return repository.sector(code);
    }
}
