package org.safetyportal.reporting.routing;

import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * Where a hazard in one sector and county goes. {@code escalatedToCity} is true when the county has
 * no department of the supervising kind and the city's department takes the report instead.
 */
public record ResponsibleDepartment(Sector sector, Department department, boolean escalatedToCity) {
}
