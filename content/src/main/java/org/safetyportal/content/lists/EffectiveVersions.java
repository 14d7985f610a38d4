package org.safetyportal.content.lists;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which public version of a list is in force on a day: the one rule every page, the API, the feeds and
 * hazard-report routing read versions by (through {@link ListCatalogue}).
 * <p>
 * A published version takes effect on its effective date. Until then the version before it stays in
 * force ({@link VersionStatus#PUBLISHED}, 现行有效) and the new one is {@link VersionStatus#ANNOUNCED}
 * ("takes effect on …"); from that day the new one is in force and the old one superseded. The stored
 * statuses keep the publication chain as the ledger records it (the newest published version PUBLISHED,
 * those before it SUPERSEDED, a repealed list's last version REPEALED); standing on a day is read from
 * them with the city's today, here and nowhere else.
 */
final class EffectiveVersions {

    /** The statuses of versions the public sees. */
    static final EnumSet<VersionStatus> PUBLIC = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED, VersionStatus.REPEALED);

    private EffectiveVersions() {
    }

    /** The versions as given, in the same order, each with its standing on {@code today}. */
    static List<ListVersion> on(Collection<ListVersion> versions, LocalDate today) {
        Map<Integer, VersionStatus> standing = new HashMap<>();
        versions.stream().collect(Collectors.groupingBy(v -> v.department().id() + "/" + v.type() + "/" + v.year()))
                .values().forEach(list -> standing.putAll(ofOneList(list, today)));
        return versions.stream().map(v -> v.withStatus(standing.getOrDefault(v.id(), v.status()))).toList();
    }

    /**
     * One stored version with its standing on {@code today} and the version of its list announced to take
     * effect later, if any, read from the database as it stands (inside a deciding transaction, where the
     * catalogue's per-head answers must not be used).
     */
    static Standing of(ListRepository repository, ListVersion stored, LocalDate today) {
        List<ListVersion> list = on(repository.versionsOf(stored.department().id(), PUBLIC).stream()
                .filter(v -> v.type() == stored.type() && v.year() == stored.year()).toList(), today);
        ListVersion version = list.stream().filter(v -> v.id() == stored.id()).findFirst().orElse(stored);
        return new Standing(version, list.stream().filter(v -> v.status() == VersionStatus.ANNOUNCED).findFirst());
    }

    record Standing(ListVersion version, Optional<ListVersion> announced) {

        boolean inForce() {
            return version.status() == VersionStatus.PUBLISHED;
        }
    }

    /** The standing of each version of one list on {@code today}, by version id. */
    private static Map<Integer, VersionStatus> ofOneList(List<ListVersion> list, LocalDate today) {
        int lastRepeal = list.stream().filter(v -> v.status() == VersionStatus.REPEALED)
                .mapToInt(ListVersion::versionNo).max().orElse(0);
        // Versions after the last repeal (all of them if none); a repealed list with nothing after it is not in force.
        List<ListVersion> chain = list.stream()
                .filter(v -> v.versionNo() > lastRepeal && (v.status() == VersionStatus.PUBLISHED
                        || v.status() == VersionStatus.SUPERSEDED))
                .sorted(Comparator.comparingInt(ListVersion::versionNo).reversed())
                .toList();
        Map<Integer, VersionStatus> standing = new HashMap<>();
        if (chain.isEmpty()) {
            return standing;
        }
        Optional<ListVersion> inForce = chain.stream().filter(v -> isEffective(v, today)).findFirst();
        ListVersion newest = chain.get(0);
        for (ListVersion version : chain) {
            if (inForce.isPresent() && version.id() == inForce.get().id()) {
                standing.put(version.id(), VersionStatus.PUBLISHED);
            } else if (version.id() == newest.id()) {
                standing.put(version.id(), VersionStatus.ANNOUNCED);
            } else {
                // Older than the one in force, or a dated version amended before it ever took effect.
                standing.put(version.id(), VersionStatus.SUPERSEDED);
            }
        }
        return standing;
    }

    private static boolean isEffective(ListVersion version, LocalDate today) {
        return version.effectiveDate() == null || !version.effectiveDate().isAfter(today);
    }
}
