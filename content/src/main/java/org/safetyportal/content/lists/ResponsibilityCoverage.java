package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.organization.Sector;

/**
 * 管行业必须管安全 as the departments published it: which items of the 责任清单 in force of the
 * departments of one area cover a sector (through the sectors each item names). Only versions in
 * force count; a superseded version no longer does. An area government's list names the sectors its
 * leaders oversee, not who supervises them, so it never makes the government the responsible department.
 */
@Singleton
public class ResponsibilityCoverage {

    private final ListItemQueries queries;
    private final CityClock clock;
    /** Every hazard report is routed through here: the answers change only with the lists' publications or the day. */
    private final PerHeadCache<Key, List<PublishedItem>> answers;

    ResponsibilityCoverage(ListItemQueries queries, CityClock clock, PublicationHead head) {
        this.queries = queries;
        this.clock = clock;
        this.answers = new PerHeadCache<>(head, ListCatalogue.PUBLICATIONS, 1_000);
    }

    private record Key(String sectorCode, String areaCode, LocalDate day) {
    }

    /**
     * The 责任清单 items in force of the area's departments that cover the sector. When several
     * departments' lists cover it, the department of the kind that supervises the sector comes first,
     * then the others in directory order; within one department, items as listed.
     */
    public List<PublishedItem> covering(Sector sector, String areaCode) {
        return answers.get(new Key(sector.code(), areaCode, clock.today()), key -> find(sector, areaCode));
    }

    private List<PublishedItem> find(Sector sector, String areaCode) {
        ItemFilter filter = new ItemFilter(null, ListType.RESPONSIBILITY, null, sector.code(), areaCode, null, null, null);
        return queries.find(filter, 0, PublishedItems.MAX_ITEMS).stream()
                .filter(item -> !item.version().department().isGovernment())
                .sorted(Comparator.comparing(item -> !item.version().department().typeCode().equals(sector.supervisorTypeCode())))
                .toList();
    }

    /** The first of {@link #covering}: the item that makes a department of the area responsible for the sector. */
    public Optional<PublishedItem> responsible(Sector sector, String areaCode) {
        return covering(sector, areaCode).stream().findFirst();
    }
}
