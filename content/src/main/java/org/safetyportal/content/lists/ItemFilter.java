package org.safetyportal.content.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.safetyportal.content.ValidationException;

/**
 * Which published items of the lists in force to show: by department (code), list type, power type
 * (权力清单 only), covered sector, the department's area (the city or a county), the year of an annual
 * list, and the range of the versions' effective dates (both ends inclusive). Null means any.
 *
 * <p>A filter has one written form, {@link #parameters()}, used alike in page addresses, the API and
 * export provenance, so that a filtered view can be cited and reopened.
 */
public record ItemFilter(String department, ListType listType, PowerType powerType, String sector, String area,
        Integer year, LocalDate from, LocalDate to) {

    public static final String DEPARTMENT = "department";
    public static final String LIST_TYPE = "listType";
    public static final String POWER_TYPE = "powerType";
    public static final String SECTOR = "sector";
    public static final String AREA = "area";
    public static final String YEAR = "year";
    public static final String FROM = "from";
    public static final String TO = "to";

    /** Every item of every list in force. */
    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, null, null, null);

    public ItemFilter {
        department = blankToNull(department);
        sector = blankToNull(sector);
        area = blankToNull(area);
    }

    /**
     * Reads a filter from its written form; absent or blank values mean any. A value that cannot be
     * read is refused ({@code lists.items.filter.invalid} with the parameter's name).
     */
    public static ItemFilter parse(Map<String, String> parameters) {
        return new ItemFilter(parameters.get(DEPARTMENT),
                read(parameters, LIST_TYPE, ListType::valueOf),
                read(parameters, POWER_TYPE, PowerType::valueOf),
                parameters.get(SECTOR), parameters.get(AREA),
                read(parameters, YEAR, Integer::valueOf),
                read(parameters, FROM, LocalDate::parse),
                read(parameters, TO, LocalDate::parse));
    }

    /** The filter's values by parameter name, in a fixed order, leaving out what is not set. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, DEPARTMENT, department);
        put(parameters, LIST_TYPE, listType == null ? null : listType.name());
        put(parameters, POWER_TYPE, powerType == null ? null : powerType.name());
        put(parameters, SECTOR, sector);
        put(parameters, AREA, area);
        put(parameters, YEAR, year == null ? null : year.toString());
        put(parameters, FROM, from == null ? null : from.toString());
        put(parameters, TO, to == null ? null : to.toString());
        return parameters;
    }

    /** The written form as a URL query without the question mark, e.g. {@code listType=RESPONSIBILITY&sector=GAS}; empty for {@link #ALL}. */
    public String query() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    public ItemFilter withListType(ListType type) {
        return new ItemFilter(department, type, powerType, sector, area, year, from, to);
    }

    private static <T> T read(Map<String, String> parameters, String name, Function<String, T> parser) {
        String value = blankToNull(parameters.get(name));
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ValidationException("lists.items.filter.invalid", name);
        }
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
