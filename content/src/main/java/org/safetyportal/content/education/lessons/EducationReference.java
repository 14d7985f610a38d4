package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.LocalizedName;

/**
 * The education reference data: the five audiences, the topics and the campaign calendar, read once
 * from {@code seed/education/*.tsv} and held in memory. Campaign dates are data: which campaign is
 * featured on a day follows from the file, never from code.
 */
@Singleton
public class EducationReference {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Map<String, Audience> audiences;
    private final Map<String, Topic> topics;
    private final List<Campaign> campaigns;

    public EducationReference() {
        this.audiences = named("audiences.tsv", Audience::new);
        this.topics = named("topics.tsv", Topic::new);
        this.campaigns = readCampaigns();
    }

    public List<Audience> audiences() {
        return List.copyOf(audiences.values());
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public List<Campaign> campaigns() {
        return campaigns;
    }

    public Optional<Audience> audience(String code) {
        return Optional.ofNullable(code == null ? null : audiences.get(code));
    }

    public Optional<Topic> topic(String code) {
        return Optional.ofNullable(code == null ? null : topics.get(code));
    }

    /**
     * The campaign to feature on a day: of those featured then (running, or starting within
     * {@value CampaignDates#FEATURED_DAYS_BEFORE} days), the shortest, so that a campaign day stands out
     * within a campaign month or season; when none is, the next to start.
     */
    public Optional<CampaignDates> featured(LocalDate day) {
        List<CampaignDates> dates = campaigns.stream().map(c -> c.around(day)).toList();
        Optional<CampaignDates> now = dates.stream().filter(d -> d.featuredOn(day))
                .min(Comparator.comparingLong(CampaignDates::days).thenComparing(CampaignDates::starts));
        return now.isPresent() ? now : dates.stream().min(Comparator.comparing(CampaignDates::starts));
    }

    private interface Named<T> {
        T of(String code, LocalizedName name);
    }

    private static <T> Map<String, T> named(String file, Named<T> kind) {
        TsvFile tsv = TsvFile.read(file, List.of("code", "name_zh", "name_en"));
        Map<String, T> byCode = new LinkedHashMap<>();
        for (TsvFile.Row row : tsv.rows()) {
            String code = row.get("code");
            if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
                throw new SeedFormatException(tsv.file(), row.line(), "code " + code + " is not upper case letters, digits and _");
            }
            if (row.get("name_zh").isEmpty()) {
                throw new SeedFormatException(tsv.file(), row.line(), "name_zh is empty");
            }
            if (byCode.put(code, kind.of(code, new LocalizedName(row.get("name_zh"), row.get("name_en")))) != null) {
                throw new SeedFormatException(tsv.file(), row.line(), "code " + code + " appears twice");
            }
        }
        return byCode;
    }

    private List<Campaign> readCampaigns() {
        TsvFile tsv = TsvFile.read("campaigns.tsv", List.of("code", "name_zh", "name_en", "starts", "ends", "topics"));
        List<Campaign> read = new ArrayList<>();
        for (TsvFile.Row row : tsv.rows()) {
            List<Topic> featured = new ArrayList<>();
            for (String code : row.get("topics").split(",")) {
                featured.add(topic(code.strip()).orElseThrow(() -> new SeedFormatException(tsv.file(), row.line(),
                        "topic " + code.strip() + " is not in topics.tsv")));
            }
            read.add(new Campaign(row.get("code"), new LocalizedName(row.get("name_zh"), row.get("name_en")),
                    monthDay(tsv, row, "starts"), monthDay(tsv, row, "ends"), featured));
        }
        return List.copyOf(read);
    }

    private static MonthDay monthDay(TsvFile tsv, TsvFile.Row row, String column) {
        try {
            return MonthDay.parse(row.get(column), MONTH_DAY);
        } catch (DateTimeException e) {
            throw new SeedFormatException(tsv.file(), row.line(), column + " " + row.get(column) + " is not MM-DD");
        }
    }
}
