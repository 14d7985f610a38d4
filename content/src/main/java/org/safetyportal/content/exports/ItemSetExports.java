package org.safetyportal.content.exports;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.PublishedItems;

/**
 * The items of the lists in force that pass a filter, as CSV, Excel or JSON, with their provenance:
 * the filter and the time the file was made (in the JSON, on the Excel sheet "about", and in every
 * file's name), and for each item the published version it belongs to with that version's content
 * hash, so that each row can be checked against the publication ledger.
 */
@Singleton
public class ItemSetExports {

    private static final Map<ExportFormat, ExportWriter> WRITERS = Map.of(
            ExportFormat.CSV, new CsvWriter(),
            ExportFormat.XLSX, new XlsxWriter(),
            ExportFormat.JSON, new JsonWriter());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 150;

    private final PublishedItems items;
    private final Clock clock;
    private final CityClock city;

    ItemSetExports(PublishedItems items, Clock clock, CityClock city) {
        this.items = items;
        this.clock = clock;
        this.city = city;
    }

    /**
     * One file of the filtered items, headed in the reader's language; refused when the filter is bad or
     * matches more than {@link PublishedItems#MAX_ITEMS} items.
     */
    public ItemSetExport export(ItemFilter filter, ExportFormat format, Locale reader) {
        long count = items.count(filter);
        if (count > PublishedItems.MAX_ITEMS) {
            throw new ValidationException("lists.items.export.tooMany", count, PublishedItems.MAX_ITEMS);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<PublishedItem> found = items.find(filter, 0, PublishedItems.MAX_ITEMS);
        ItemSet set = new ItemSet(filter, now, city.today(), found);
        return new ItemSetExport(filter, format, now, found.size(), fileName(filter, now, format),
                WRITERS.get(format).write(set, Headings.in(reader)));
    }

    /** E.g. {@code list-items_listType-RESPONSIBILITY_sector-GAS_20261128T131700Z.csv}: ASCII, naming the filter and the time. */
    static String fileName(ItemFilter filter, Instant generatedAt, ExportFormat format) {
        StringBuilder name = new StringBuilder("list-items");
        filter.parameters().forEach((parameter, value) -> name.append('_').append(parameter).append('-').append(value));
        String safe = name.toString().replaceAll("[^A-Za-z0-9._-]", "-");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME);
        }
        return safe + "_" + STAMP.format(generatedAt) + "." + format.extension();
    }
}
