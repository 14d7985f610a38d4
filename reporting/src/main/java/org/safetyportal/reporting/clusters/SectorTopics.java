package org.safetyportal.reporting.clusters;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.lessons.Topic;
import org.safetyportal.content.seed.SeedTable;

/** Which lesson topics answer reports of a sector, as the seed says; a topic the education seed does not know stops the start. */
@Singleton
public class SectorTopics {

    static final String SEED = "seed/reporting/sector_topics.tsv";

    private final Map<String, List<Topic>> topics = new LinkedHashMap<>();

    SectorTopics(EducationReference reference) {
        for (Map<String, String> row : SeedTable.read(SEED).rows()) {
            List<Topic> ofSector = Arrays.stream(row.get("topic_codes").split(",")).map(String::strip)
                    .map(code -> reference.topic(code).orElseThrow(() -> new IllegalStateException(
                            SEED + " names topic " + code + " for sector " + row.get("sector_code") + ", which the education seed does not know")))
                    .toList();
            if (topics.put(row.get("sector_code"), ofSector) != null) {
                throw new IllegalStateException(SEED + " names sector " + row.get("sector_code") + " twice");
            }
        }
    }

    public List<Topic> of(String sectorCode) {
        return topics.getOrDefault(sectorCode, List.of());
    }

    /** The sectors the seed names, for checking them against the reference data. */
    List<String> sectorCodes() {
        return List.copyOf(topics.keySet());
    }
}
