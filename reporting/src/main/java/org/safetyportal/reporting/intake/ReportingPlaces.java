package org.safetyportal.reporting.intake;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.seed.SeedTable;

/**
 * The seed data a reporter chooses from besides the reference data: the townships of each county and
 * plain-language examples of each sector, so that a citizen who does not know the word 危险化学品
 * still finds the right category. Read once; the files are part of the release.
 */
@Singleton
public class ReportingPlaces {

    static final String TOWNSHIPS = "seed/reporting/townships.tsv";
    static final String SECTOR_EXAMPLES = "seed/reporting/sector_examples.tsv";

    private final Map<String, Township> townships = new LinkedHashMap<>();
    private final Map<String, LocalizedName> examples = new LinkedHashMap<>();

    ReportingPlaces() {
        for (Map<String, String> row : SeedTable.read(TOWNSHIPS).rows()) {
            Township township = new Township(row.get("code"), row.get("area_code"),
                    new LocalizedName(row.get("name_zh"), row.get("name_en")));
            if (townships.put(township.code(), township) != null) {
                throw new IllegalStateException(TOWNSHIPS + " names township " + township.code() + " twice");
            }
        }
        for (Map<String, String> row : SeedTable.read(SECTOR_EXAMPLES).rows()) {
            examples.put(row.get("sector_code"), new LocalizedName(row.get("examples_zh"), row.get("examples_en")));
        }
    }

    /** The townships of a county in seed order; none for a county the seed does not list. */
    public List<Township> townships(String areaCode) {
        return townships.values().stream().filter(t -> t.areaCode().equals(areaCode)).toList();
    }

    public Optional<Township> township(String code) {
        return Optional.ofNullable(code == null ? null : townships.get(code));
    }

    /** What a sector covers, in everyday words. */
    public Optional<LocalizedName> examples(String sectorCode) {
        return Optional.ofNullable(examples.get(sectorCode));
    }
}
