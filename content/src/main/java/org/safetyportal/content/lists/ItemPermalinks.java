package org.safetyportal.content.lists;

/**
 * The stable addresses of one list item: in the list in force,
 * {@code /lists/JC-EMERGENCY/RESPONSIBILITY/items/ZR-YJ-001} (an annual list adds its year,
 * {@code /lists/JC-EMERGENCY/ANNUAL_TASKS/2026/items/RW-YJ-2026-01}); and as one version holds it,
 * {@code /lists/version/7/items/ZR-YJ-001}, the form to cite for exactly what was read.
 */
public final class ItemPermalinks {

    private ItemPermalinks() {
    }

    public static String inForce(String departmentCode, ListType type, int year, String code) {
        return "/lists/" + departmentCode + "/" + type.name() + (type.isAnnual() ? "/" + year : "") + "/items/" + code;
    }

    public static String inForce(ListVersion version, String code) {
        return inForce(version.department().code(), version.type(), version.year(), code);
    }

    public static String inVersion(ListVersion version, String code) {
        return "/lists/version/" + version.id() + "/items/" + code;
    }
}
