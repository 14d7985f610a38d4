package org.safetyportal.content.oversight;

import java.util.Objects;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;

/**
 * Who was inspected, assessed or supervised: the government of a county-level area, or a department.
 * Exactly one of the two is set.
 */
public record InspectedParty(Area area, Department department) {

    public InspectedParty {
        if ((area == null) == (department == null)) {
            throw new IllegalArgumentException("an area government or a department, exactly one");
        }
    }

    public static InspectedParty government(Area area) {
        return new InspectedParty(Objects.requireNonNull(area), null);
    }

    public static InspectedParty department(Department department) {
        return new InspectedParty(null, Objects.requireNonNull(department));
    }

    public boolean isGovernment() {
        return area != null;
    }

    /** The area's code for a government ({@code ZZ}), the department's code otherwise ({@code ZZ-EMERGENCY}). */
    public String code() {
        return isGovernment() ? area.code() : department.code();
    }
}
