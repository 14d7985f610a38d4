package org.safetyportal.content.organization;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.account.Actor;

/**
 * Who is who in the city's safety system: areas, departments, sectors. Read-only for callers.
 *
 * <p>Reference data changes only through a migration or the reference-data load at start-up, yet
 * every list version, inspection or hazard names its department: the directory therefore reads the
 * tables once into an immutable snapshot and answers from memory. {@link #reload()} reads them again
 * after a change ({@link ReferenceDataLoader#load()} calls it).
 */
@Singleton
public class OrganizationDirectory {

    private final OrganizationRepository repository;
    private volatile Snapshot snapshot;

    OrganizationDirectory(OrganizationRepository repository) {
        this.repository = repository;
    }

    /** Reads the reference data again; answers in-flight callers from the old snapshot until the new one is whole. */
    public void reload() {
        Snapshot fresh = Snapshot.of(repository.areas(), repository.departments(), repository.sectors());
        synchronized (this) {
            snapshot = fresh;
        }
    }

    public List<Area> areas() {
        return snapshot().areas();
    }

    /** The city itself, the one area of kind {@link AreaKind#CITY}; empty before the reference data is loaded. */
    public Optional<Area> city() {
        return snapshot().areas().stream().filter(a -> a.kind() == AreaKind.CITY).findFirst();
    }

    /** The county-level areas (县、市、区 and the development zone), without the city itself. */
    public List<Area> counties() {
        return snapshot().counties();
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(snapshot().areasByCode().get(code));
    }

    public Optional<Area> area(int id) {
        return Optional.ofNullable(snapshot().areasById().get(id));
    }

    public List<Department> departments() {
        return snapshot().departments();
    }

    public Optional<Department> department(int id) {
        return Optional.ofNullable(snapshot().departmentsById().get(id));
    }

    /** The department with that code, e.g. {@code JC-ENERGY}. */
    public Optional<Department> department(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().departmentsByCode().get(code));
    }

    /** The department of the given kind in the given area, e.g. Zezhou County's emergency management bureau. */
    public Optional<Department> department(String typeCode, String areaCode) {
        return Optional.ofNullable(snapshot().departmentsByKind().get(new Kind(typeCode, areaCode)));
    }

    /**
     * The departments the actor may act for with any of the permissions, in directory order. Pass the
     * actor as their rights stand now ({@code CurrentRights.of}) where the answer decides an action.
     */
    public List<Department> departmentsFor(Actor actor, String... permissions) {
        return snapshot().departments().stream()
                .filter(d -> Arrays.stream(permissions).anyMatch(p -> actor.isPermitted(p, d.id(), null)))
                .toList();
    }

    /** Departments that are no area's government (the governments have their own lists). */
    public List<Department> departmentsOtherThanGovernments() {
        return snapshot().departments().stream().filter(d -> !d.isGovernment()).toList();
    }

    public List<Sector> sectors() {
        return snapshot().sectors();
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().sectorsByCode().get(code));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = Snapshot.of(repository.areas(), repository.departments(), repository.sectors());
                }
                current = snapshot;
            }
        }
        return current;
    }

    /** A kind of department in one area: each area has at most one department of each kind. */
    private record Kind(String typeCode, String areaCode) {
    }

    /** The reference data as read at one moment, with the look-ups every caller needs. */
    private record Snapshot(List<Area> areas, List<Area> counties, Map<String, Area> areasByCode,
            Map<Integer, Area> areasById, List<Department> departments, Map<Integer, Department> departmentsById,
            Map<String, Department> departmentsByCode, Map<Kind, Department> departmentsByKind, List<Sector> sectors, Map<String, Sector> sectorsByCode) {

        static Snapshot of(List<Area> areas, List<Department> departments, List<Sector> sectors) {
            return new Snapshot(List.copyOf(areas), areas.stream().filter(a -> a.kind() == AreaKind.COUNTY).toList(),
                    index(areas, Area::code), index(areas, Area::id), List.copyOf(departments),
                    index(departments, Department::id), index(departments, Department::code),
                    index(departments, d -> new Kind(d.typeCode(), d.area().code())), List.copyOf(sectors),
                    index(sectors, Sector::code));
        }

        private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
            return Map.copyOf(values.stream().collect(Collectors.toMap(key, Function.identity())));
        }
    }
}
