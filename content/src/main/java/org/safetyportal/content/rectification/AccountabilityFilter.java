package org.safetyportal.content.rectification;

/** A public search of the 追责问责清单: {@code measure} is an {@link AccountabilityMeasure} name, null for all. */
public record AccountabilityFilter(String measure) {

    public static AccountabilityFilter all() {
        return new AccountabilityFilter(null);
    }
}
