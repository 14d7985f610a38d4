package org.safetyportal.portal.ui.readers;

/**
 * A page with an Atom feed of what it shows. {@link PageForReaders} names the feed in the head of the
 * first response ({@code <link rel="alternate" type="application/atom+xml">}), where feed readers and
 * browsers look for it.
 */
public interface AdvertisesFeed {

    /** The feed's path on this site, such as {@code /feeds/hazards.atom}. */
    String feedPath();

    /** The feed's title in the reader's language. */
    String feedTitle();
}
