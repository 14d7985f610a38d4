package org.safetyportal.content.oversight;

/**
 * A public search of oversight results; every part is optional (null: not narrowed). {@code areaCode}
 * finds what concerns an area: its government and its departments; {@code departmentCode} finds the
 * results of one inspected department.
 */
public record OversightFilter(OversightKind kind, Integer year, String areaCode, String departmentCode) {

    public static OversightFilter all() {
        return new OversightFilter(null, null, null, null);
    }

    public static OversightFilter concerningDepartment(String departmentCode) {
        return new OversightFilter(null, null, null, departmentCode);
    }
}
