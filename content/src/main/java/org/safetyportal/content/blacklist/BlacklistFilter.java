package org.safetyportal.content.blacklist;

/** A public search of the blacklist; every part but the scope is optional (null: not narrowed). Year is the listing year. */
public record BlacklistFilter(BlacklistScope scope, String areaCode, String sectorCode, Integer departmentId, Integer year) {

    public BlacklistFilter {
        scope = scope == null ? BlacklistScope.ALL : scope;
    }

    public static BlacklistFilter of(BlacklistScope scope) {
        return new BlacklistFilter(scope, null, null, null, null);
    }
}
