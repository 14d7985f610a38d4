package org.safetyportal.portal.ui.readers;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;

/**
 * The copies for readers of the public pages, each written once per ledger head, address and language
 * and then served from memory: a public page shows only what is published, so its copy changes only when
 * the ledger grows (or the city's day turns, for the pages that count days). Bounded by size; never a
 * copy made for a signed-in visitor or of a page that shows more than what is published.
 */
@Singleton
public class ReaderCopies {

    /** Pages kept: the register pages with their filters in the address are many, their copies tens of KB. */
    static final int PAGES = 300;

    private final PerHeadCache<Address, ReaderCopy> copies;
    private final CityClock city;

    ReaderCopies(PublicationHead head, CityClock city) {
        this.copies = new PerHeadCache<>(head, PAGES);
        this.city = city;
    }

    /** The copy of this address in this language, written by {@code write} when none is kept for the current head. */
    ReaderCopy of(String address, Locale locale, Supplier<ReaderCopy> write) {
        return copies.get(new Address(address, locale.toLanguageTag(), city.today()), ignored -> write.get());
    }

    private record Address(String url, String language, LocalDate day) {
    }
}
