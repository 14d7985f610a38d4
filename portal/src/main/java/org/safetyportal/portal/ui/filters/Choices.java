package org.safetyportal.portal.ui.filters;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;

/**
 * What a register's filter field may be set to: the values, the name a visitor reads and the code the
 * address and the open-data API use. The organisation's choices are the same on every register, so they
 * are made here once.
 */
public record Choices<T>(Collection<T> values, Function<T, String> nameOf, Function<T, String> codeOf) {

    public static Choices<Area> counties(OrganizationDirectory organization, Locale locale) {
        return new Choices<>(organization.counties(), area -> area.name().in(locale), Area::code);
    }

    /** The city and its counties: results about the city itself are filtered by the city's code. */
    public static Choices<Area> areas(OrganizationDirectory organization, Locale locale) {
        return new Choices<>(organization.areas(), area -> area.name().in(locale), Area::code);
    }

    public static Choices<Sector> sectors(OrganizationDirectory organization, Locale locale) {
        return new Choices<>(organization.sectors(), sector -> sector.name().in(locale), Sector::code);
    }

    public static Choices<Department> departments(OrganizationDirectory organization, Locale locale) {
        return new Choices<>(organization.departments(), department -> department.name().in(locale), Department::code);
    }

    /** Years as the address writes them ({@code 2026}), named by {@code nameOf}. */
    public static Choices<Integer> years(List<Integer> years, Function<Integer, String> nameOf) {
        return new Choices<>(years, nameOf, year -> Integer.toString(year));
    }

    /** Constants of an enum, in the address by their names. */
    public static <E extends Enum<E>> Choices<E> of(E[] values, Function<E, String> nameOf) {
        return new Choices<>(List.of(values), nameOf, Enum::name);
    }
}
