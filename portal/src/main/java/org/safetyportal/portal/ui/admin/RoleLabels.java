package org.safetyportal.portal.ui.admin;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;

/** Says a role grant in words: the role, then its department and county where it has them. */
@Prototype
public class RoleLabels {

    private final Map<Integer, Department> departments;
    private final Map<Integer, Area> areas;

    @Inject
    RoleLabels(OrganizationDirectory organization) {
        this(organization.departments(), organization.areas());
    }

    public RoleLabels(List<Department> departments, List<Area> areas) {
        this.departments = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        this.areas = areas.stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    public String role(String roleCode, Locale locale) {
        return Messages.get(locale, "role." + roleCode);
    }

    public String describe(RoleGrant grant, Locale locale) {
        StringBuilder text = new StringBuilder(role(grant.roleCode(), locale));
        if (grant.departmentId() != null && departments.containsKey(grant.departmentId())) {
            text.append(" · ").append(departments.get(grant.departmentId()).name().in(locale));
        }
        if (grant.areaId() != null && areas.containsKey(grant.areaId())) {
            text.append(" · ").append(areas.get(grant.areaId()).name().in(locale));
        }
        return text.toString();
    }
}
