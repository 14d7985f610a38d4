package org.safetyportal.content.oversight;

import java.util.Objects;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;

/**
 * Who was inspected, assessed or supervised: the government of a county-level area, or a department.
 * A government is the area's {@link Department#GOVERNMENT} department, so it carries the name the
 * seed gives it (the development zone's is an administrative committee); it is stored and cited by
 * its area's code.
 */
public record InspectedParty(Department department) {

    public InspectedParty {
        Objects.requireNonNull(department);
    }

    public static InspectedParty government(Department government) {
        if (!government.isGovernment()) {
            throw new IllegalArgumentException(government.code() + " is not an area government");
        }
        return new InspectedParty(government);
    }

    public static InspectedParty department(Department department) {
        if (department.isGovernment()) {
            throw new IllegalArgumentException(department.code() + " is an area government");
        }
        return new InspectedParty(department);
    }

    public boolean isGovernment() {
        return department.isGovernment();
    }

    /** The area of the government, or the area the department belongs to. */
    public Area area() {
        return department.area();
    }

    public LocalizedName name() {
        return department.name();
    }

    /** The area's code for a government ({@code ZZ}), the department's code otherwise ({@code ZZ-EMERGENCY}). */
    public String code() {
        return isGovernment() ? area().code() : department.code();
    }
}
