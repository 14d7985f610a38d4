package org.safetyportal.content.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.bench.Figures.Timed;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.inspection.InspectionExports;
import org.safetyportal.content.exports.RegisterExport;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.NewInspectionRecord;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ResponsibilityCoverage;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchResults;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.content.testing.TestWorld;
import org.safetyportal.i18n.SupportedLocales;

/**
 * How fast the publishing side is, as figures: inspection results published through the register
 * (with the ledger), filtered exports as CSV and Excel, 责任清单 versions through the four-eyes
 * workflow, routing by the lists in force, the ledger's verification and the public search (index
 * rebuild and warm queries). Runs on a fresh {@link TestWorld}: embedded H2, or a new database on
 * the server {@code PORTAL_TEST_DB_URL} names. Not a test: nothing here runs in {@code mvn verify};
 * the README says how to run it ({@code -Pbenchmark}).
 *
 * <p>Scale: arguments {@code name=value} (several in one argument, separated by spaces or commas) or
 * system properties {@code bench.<name>}; see {@link Scale}.
 */
public final class PublishingBenchmark {

    /** The world's clock: every made-up inspection was published before this day. */
    static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private static final LocalDate LISTS_EFFECTIVE = LocalDate.of(2026, 11, 1);
    /** The most records one export file holds (the register refuses more). */
    private static final int EXPORT_LIMIT = 10_000;

    private final TestWorld world;
    private final Scale scale;
    private final Figures figures;
    private final OrganizationDirectory organization;
    private final List<Sector> sectors;

    private PublishingBenchmark(TestWorld world, Scale scale, Figures figures) {
        this.world = world;
        this.scale = scale;
        this.figures = figures;
        this.organization = world.bean(OrganizationDirectory.class);
        this.sectors = organization.sectors();
    }

    public static void main(String[] args) {
        Scale scale;
        try {
            scale = Scale.of(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Scale.USAGE);
            System.exit(2);
            return;
        }
        Figures figures = new Figures(System.out);
        Timed<TestWorld> start = Figures.time(() -> TestWorld.start(scale.database(), NOW));
        try (TestWorld world = start.value()) {
            PublishingBenchmark benchmark = new PublishingBenchmark(world, scale, figures);
            benchmark.header();
            figures.columns();
            figures.line("world.start", 1, start.nanos(), "migrations, reference data, first administrator");
            benchmark.run();
        }
    }

    private void run() {
        InspectionRegister register = world.bean(InspectionRegister.class);
        List<Department> bureaus = publishInspections(register);
        exportInspections(register, bureaus);
        publishLists();
        route();
        verifyLedger();
        search();
    }

    private void header() {
        figures.fact("benchmark", "Safety Portal publishing (content module); wall-clock times of one run, "
                + "the first operations of each kind include JIT warm-up");
        figures.fact("database", database());
        figures.fact("jvm", String.format(Locale.ROOT, "%s %s (%s), %d processors, max heap %d MiB",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        figures.fact("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        figures.fact("scale", scale.toString());
    }

    private String database() {
        try (Connection connection = world.database().dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return String.format(Locale.ROOT, "%s %s, jOOQ dialect %s, %s", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), world.database().dsl().dialect(), world.database().jdbcUrl());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's name and version", e);
        }
    }

    /** Publishes the made-up inspection results, each by a publisher of its county's emergency bureau. */
    private List<Department> publishInspections(InspectionRegister register) {
        List<Department> bureaus = organization.counties().stream()
                .map(county -> organization.department("EMERGENCY", county.code()))
                .flatMap(Optional::stream)
                .toList();
        Map<Integer, Actor> publishers = new HashMap<>();
        for (Department bureau : bureaus) {
            String username = "bench." + bureau.area().code().toLowerCase(Locale.ROOT);
            world.staff(username, RoleGrant.inDepartment("PUBLISHER", bureau.id()));
            publishers.put(bureau.id(), world.actor(username));
        }
        int count = scale.inspections();
        int enterprises = Math.max(1, count / 4);
        List<NewInspectionRecord> records = IntStream.range(0, count)
                .mapToObj(i -> SyntheticData.inspection(i, enterprises, bureaus, sectors))
                .toList();
        Timed<Integer> published = Figures.time(() -> {
            records.forEach(r -> register.publish(publishers.get(r.departmentId()), r));
            return records.size();
        });
        long stored = register.count(InspectionFilter.all());
        if (stored != count) {
            throw new IllegalStateException(count + " inspection results published, but the register holds " + stored);
        }
        figures.line("inspection.publish", count, published.nanos(),
                bureaus.size() + " county bureaus, " + enterprises + " enterprises, each with its ledger entry");
        return bureaus;
    }

    /** One county's results, and the whole register when one file may hold it, as CSV and as a workbook. */
    private void exportInspections(InspectionRegister register, List<Department> bureaus) {
        InspectionExports exports = world.bean(InspectionExports.class);
        List<InspectionFilter> filters = new ArrayList<>();
        filters.add(new InspectionFilter(bureaus.get(0).area().code(), null, null, null, null));
        if (register.count(InspectionFilter.all()) <= EXPORT_LIMIT) {
            filters.add(InspectionFilter.all());
        }
        for (InspectionFilter filter : filters) {
            long expected = register.count(filter);
            for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
                long nanos = 0;
                RegisterExport file = null;
                for (int repeat = 0; repeat < scale.exportRepeats(); repeat++) {
                    Timed<RegisterExport> one = Figures.time(() -> exports.export(filter, format, SupportedLocales.CHINESE));
                    nanos += one.nanos();
                    file = one.value();
                }
                if (file.total() != expected) {
                    throw new IllegalStateException("The export of " + file.filter() + " holds " + file.total()
                            + " records, the register " + expected);
                }
                figures.line("export." + format.extension() + " " + file.filter(), (long) file.total() * scale.exportRepeats(),
                        nanos, String.format(Locale.ROOT, "%d files of %d records, %d KiB each", scale.exportRepeats(),
                                file.total(), file.bytes().length / 1024));
            }
        }
    }

    /**
     * Publishes 责任清单 versions through the four-eyes workflow, taking the supervising departments
     * in turn, so that each publishes its first version and then new ones superseding it.
     */
    private void publishLists() {
        List<Department> departments = organization.departments().stream()
                .filter(d -> !d.isGovernment())
                .filter(d -> sectors.stream().anyMatch(s -> s.supervisorTypeCode().equals(d.typeCode())))
                .toList();
        List<Map.Entry<Department, List<ListItem>>> versions = new ArrayList<>();
        Map<Integer, Integer> versionNo = new HashMap<>();
        for (int v = 0; v < scale.listVersions(); v++) {
            Department department = departments.get(v % departments.size());
            int no = versionNo.merge(department.id(), 1, Integer::sum);
            versions.add(Map.entry(department, SyntheticData.responsibilities(department, no, scale.listItems(), sectors)));
        }
        PublishedLists lists = new PublishedLists(world.context());
        Timed<Integer> published = Figures.time(() -> {
            versions.forEach(v -> lists.publish(v.getKey().code(), ListType.RESPONSIBILITY, LISTS_EFFECTIVE.getYear(),
                    LISTS_EFFECTIVE, v.getValue()));
            return versions.size();
        });
        figures.line("lists.publish (draft+save+submit+approve)", published.value(), published.nanos(),
                String.format(Locale.ROOT, "%d departments, %d items per version", versionNo.size(), scale.listItems()));
    }

    /** Who is responsible for every sector in every area, by the 责任清单 in force, some rounds over. */
    private void route() {
        ResponsibilityCoverage coverage = world.bean(ResponsibilityCoverage.class);
        List<Area> areas = organization.areas();
        Timed<Integer> routed = Figures.time(() -> {
            int found = 0;
            for (int round = 0; round < scale.routingRounds(); round++) {
                for (Area area : areas) {
                    for (Sector sector : sectors) {
                        if (coverage.responsible(sector, area.code()).isPresent()) {
                            found++;
                        }
                    }
                }
            }
            return found;
        });
        int pairs = areas.size() * sectors.size();
        figures.line("routing.responsible", (long) pairs * scale.routingRounds(), routed.nanos(),
                String.format(Locale.ROOT, "%d rounds of %d sector x area pairs, %d resolved per round",
                        scale.routingRounds(), pairs, routed.value() / scale.routingRounds()));
    }

    private void verifyLedger() {
        Timed<LedgerVerification> verified = Figures.time(() -> world.ledger().verify());
        if (!verified.value().intact()) {
            throw new IllegalStateException("The ledger does not verify: " + verified.value());
        }
        figures.line("ledger.verify", verified.value().entriesChecked(), verified.nanos(),
                "chain and every published content recomputed; intact");
    }

    /**
     * The first query after the publications rebuilds the index; the rebuild is that query's time less
     * a warm query's. Warm queries go through the same public method (each also asks the ledger's size).
     */
    private void search() {
        PublicSearch search = world.bean(PublicSearch.class);
        Timed<SearchResults> first = Figures.time(() -> search.search(SyntheticData.QUERIES.get(0)));
        if (first.value().totalOfAllKinds() == 0) {
            throw new IllegalStateException("The first search found nothing: " + SyntheticData.QUERIES.get(0));
        }
        long nanos = 0;
        long hits = 0;
        for (int q = 0; q < scale.queries(); q++) {
            String text = SyntheticData.QUERIES.get(q % SyntheticData.QUERIES.size());
            Timed<SearchResults> one = Figures.time(() -> search.search(text));
            nanos += one.nanos();
            hits += one.value().totalOfAllKinds();
        }
        long meanWarm = scale.queries() == 0 ? 0 : nanos / scale.queries();
        int documents = world.context().getBeansOfType(SearchableContent.class).stream()
                .mapToInt(content -> content.documents().size()).sum();
        figures.line("search.first (rebuild + query)", 1, first.nanos(),
                first.value().totalOfAllKinds() + " hits for " + first.value().query());
        figures.line("search.rebuild (first - mean warm)", documents, first.nanos() - meanWarm,
                documents + " documents indexed");
        figures.line("search.warm", scale.queries(), nanos, String.format(Locale.ROOT,
                "%d different queries in turn, %d hits per query on average",
                Math.min(scale.queries(), SyntheticData.QUERIES.size()), scale.queries() == 0 ? 0 : hits / scale.queries()));
    }

    /**
     * How much the benchmark publishes and how often it repeats the reads. Defaults finish in a minute
     * or two on a two-core machine with H2.
     */
    record Scale(int inspections, int listVersions, int listItems, int queries, int exportRepeats, int routingRounds,
            String database) {

        static final String USAGE = "Arguments (or system properties bench.<name>): inspections=2000 listVersions=200 "
                + "listItems=20 queries=100 exportRepeats=3 routingRounds=10 database=h2|mysql "
                + "(mysql: a new database on the server " + TestDatabase.URL_VARIABLE + " names; its default when that is set)";

        Scale {
            for (int value : new int[] {inspections, listVersions, listItems, exportRepeats, routingRounds}) {
                if (value < 1) {
                    throw new IllegalArgumentException("Every count must be at least 1");
                }
            }
            if (queries < 0) {
                throw new IllegalArgumentException("queries must not be negative");
            }
            if (!database.equals("h2") && !database.equals("mysql")) {
                throw new IllegalArgumentException("database must be h2 or mysql, not " + database);
            }
        }

        static Scale of(String[] args, Properties properties) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("inspections", "2000");
            values.put("listVersions", "200");
            values.put("listItems", "20");
            values.put("queries", "100");
            values.put("exportRepeats", "3");
            values.put("routingRounds", "10");
            values.put("database", TestDatabase.externalServerUrl() == null ? "h2" : "mysql");
            for (String name : List.copyOf(values.keySet())) {
                String property = properties.getProperty("bench." + name);
                if (property != null && !property.isBlank()) {
                    values.put(name, property.strip());
                }
            }
            for (String arg : args) {
                for (String setting : arg.strip().split("[\\s,]+")) {
                    if (setting.isEmpty()) {
                        continue;
                    }
                    int equals = setting.indexOf('=');
                    String name = equals < 0 ? setting : setting.substring(0, equals);
                    if (equals < 0 || !values.containsKey(name)) {
                        throw new IllegalArgumentException("Unknown setting: " + setting);
                    }
                    values.put(name, setting.substring(equals + 1));
                }
            }
            return new Scale(number(values, "inspections"), number(values, "listVersions"), number(values, "listItems"),
                    number(values, "queries"), number(values, "exportRepeats"), number(values, "routingRounds"),
                    values.get("database"));
        }

        private static int number(Map<String, String> values, String name) {
            try {
                return Integer.parseInt(values.get(name));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not " + values.get(name));
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "inspections=%d listVersions=%d listItems=%d queries=%d exportRepeats=%d "
                    + "routingRounds=%d database=%s", inspections, listVersions, listItems, queries, exportRepeats,
                    routingRounds, database);
        }
    }
}
