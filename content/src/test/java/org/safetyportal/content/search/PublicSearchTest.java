package org.safetyportal.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.blacklist.DemoBlacklist;
import org.safetyportal.content.majorhazards.DemoHazards;
import org.safetyportal.content.inspection.DemoInspections;
import org.safetyportal.content.oversight.DemoOversight;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListVersionApproval;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class PublicSearchTest {

    /** The module over a database holding all the demo publications. */
    private static TestWorld start(String kind) {
        return TestWorld.start(kind, Instant.parse("2026-11-28T00:00:00Z")).then(world -> {
            world.bean(DemoLists.class).publishIfNoListsExist();
            world.bean(DemoInspections.class).publishIfNoneExist();
            world.bean(DemoHazards.class).publishIfNoneExist();
            world.bean(DemoBlacklist.class).publishIfNoneExist();
            world.bean(DemoOversight.class).publishIfNoneExist();
            return world;
        });
    }

    @OnEveryTestDatabase
    void chineseWordsFindItemsWithTheMatchHighlighted(String kind) {
        try (TestWorld world = start(kind)) {
            PublicSearch search = world.bean(PublicSearch.class);

            SearchResults chemicals = search.search("危险化学品");
            List<String> codes = chemicals.hits().stream().map(SearchHit::code).toList();
            assertTrue(codes.containsAll(List.of("ZR-YJ-001", "QL-YJ-001")), codes.toString());
            assertTrue(chemicals.hits().get(0).titleHtml().contains("<mark>"), chemicals.hits().get(0).titleHtml());

            assertTrue(search.search("燃气").hits().stream().anyMatch(h -> h.code().equals("ZR-CG-001")));
            assertTrue(search.search("煤矿 隐蔽致灾").hits().stream().anyMatch(h -> h.code().equals("ZR-NY-001")),
                    "every word must match, in any field");
            assertEquals(List.of("ZR-YJ-002"), search.search("ZR-YJ-002").hits().stream().map(SearchHit::code).toList());

            // Sector names find items in either language, but a snippet shows the item's own text only.
            SearchHit bySectorInEnglish = search.search("gas").hits().stream()
                    .filter(h -> h.code().equals("ZR-CG-001")).findFirst().orElseThrow();
            assertTrue(chemicals.hits().stream().noneMatch(h -> h.snippetHtml().contains("Hazardous chemicals")),
                    chemicals.hits().toString());
            assertTrue(!bySectorInEnglish.snippetHtml().toLowerCase(java.util.Locale.ROOT).contains("gas"),
                    bySectorInEnglish.snippetHtml());
        }
    }

    @OnEveryTestDatabase
    void oneSearchFindsListItemsAndInspectionResultsAndCanBeNarrowedToOneKind(String kind) {
        try (TestWorld world = start(kind)) {
            PublicSearch search = world.bean(PublicSearch.class);

            SearchResults chemicals = search.search("危险化学品");
            assertTrue(chemicals.totalsByKind().get(search.kind("LIST_ITEM").orElseThrow()) > 0, chemicals.totalsByKind().toString());
            assertTrue(chemicals.totalsByKind().get(search.kind("INSPECTION").orElseThrow()) > 0, chemicals.totalsByKind().toString());
            assertEquals(chemicals.totalOfAllKinds(), chemicals.total());

            SearchResults inspections = search.search("危险化学品", Optional.of(search.kind("INSPECTION").orElseThrow()));
            assertEquals(chemicals.totalsByKind().get(search.kind("INSPECTION").orElseThrow()), inspections.total());
            assertTrue(inspections.hits().stream().allMatch(h -> h.kind().equals(search.kind("INSPECTION").orElseThrow())));
            assertEquals(chemicals.totalsByKind(), inspections.totalsByKind(), "the counts per kind do not narrow");

            SearchResults byName = search.search("泽州县示例化工", Optional.of(search.kind("INSPECTION").orElseThrow()));
            SearchHit enterprise = byName.hits().stream().filter(h -> h.key().equals("ZZYJ-2025-031")).findFirst()
                    .orElseThrow();
            assertEquals("inspections.kind.ENFORCEMENT", enterprise.category().key());
            assertTrue(enterprise.titleHtml().contains("<mark>"), enterprise.titleHtml());
            assertTrue(search.search("91140525MA0DEM002T").hits().stream().anyMatch(h -> h.key().equals("ZZYJ-2025-031")),
                    "an enterprise is found by its credit code");
        }
    }

    @OnEveryTestDatabase
    void majorHazardsBlacklistEntriesAndOversightResultsAreFoundToo(String kind) {
        try (TestWorld world = start(kind)) {
            PublicSearch search = world.bean(PublicSearch.class);

            SearchResults enterprise = search.search("泽州县示例化工");
            assertTrue(enterprise.totalsByKind().keySet().containsAll(
                    Set.of(search.kind("INSPECTION").orElseThrow(), search.kind("BLACKLIST").orElseThrow())), enterprise.totalsByKind().toString());

            SearchHit hazard = search.search("采空区积水", Optional.of(search.kind("MAJOR_HAZARD").orElseThrow())).hits().stream()
                    .filter(h -> h.key().equals("ZDYH-JCNY-2025-011")).findFirst().orElseThrow();
            assertTrue(hazard.snippetHtml().contains("<mark>"), hazard.snippetHtml());
            assertTrue(hazard.category().key().startsWith("hazards.status."), hazard.category().key());

            SearchResults assessments = search.search("安全生产工作考核", Optional.of(search.kind("OVERSIGHT").orElseThrow()));
            assertTrue(assessments.hits().stream().anyMatch(h -> h.key().equals("JCAW-KH-2025-01")
                    && h.category().key().equals("oversight.kind.ASSESSMENT")), assessments.hits().toString());
        }
    }

    @OnEveryTestDatabase
    void whatVisitorsTypeIsTakenLiterallyAndEscaped(String kind) {
        try (TestWorld world = start(kind)) {
            PublicSearch search = world.bean(PublicSearch.class);

            assertEquals(0, search.search("<script>alert(1)</script>").total());
            assertEquals(search.search("and").total(), search.search("AND (\"").total(),
                    "query syntax is not interpreted: AND is the word and");
            assertEquals("search.query.empty", assertThrows(ValidationException.class, () -> search.search("  ")).messageKey());
            assertEquals("search.query.tooLong",
                    assertThrows(ValidationException.class, () -> search.search("安".repeat(101))).messageKey());
        }
    }

    @OnEveryTestDatabase
    void aNewPublicationIsFoundAtOnceAndTheOldWordingNoLonger(String kind) {
        try (TestWorld world = start(kind)) {
            PublicSearch search = world.bean(PublicSearch.class);
            assertFalse(search.search("尾矿库").hits().isEmpty());

            int department = world.department("EMERGENCY", "JC");
            Map<String, Set<String>> permissions = new HashMap<>();
            world.bean(AccountService.class).roles().forEach(r -> permissions.put(r.code(), r.permissions()));
            Actor publisher = Actor.builtIn("p", List.of(RoleGrant.inDepartment("PUBLISHER", department)), permissions);
            Actor reviewer = Actor.builtIn("r", List.of(RoleGrant.inDepartment("REVIEWER", department)), permissions);
            ListPublishing publishing = world.bean(ListPublishing.class);
            ListVersion draft = publishing.startDraft(publisher, department, ListType.RESPONSIBILITY, 0);
            publishing.saveItems(publisher, draft.id(), List.of(new ListItem("ZR-YJ-009", "负责工贸行业粉尘涉爆企业安全监管", null,
                    "《安全生产法》", "市应急管理局", null, "失职的", null, List.of("METALLURGY_MANUFACTURING"),
                    null, null, null, null, null)));
            publishing.submit(publisher, draft.id());
            publishing.approve(reviewer, draft.id(), new ListVersionApproval(LocalDate.of(2026, 11, 28), ChangeReason.CORRECTION, null));

            assertEquals(List.of("ZR-YJ-009"), search.search("粉尘涉爆").hits().stream()
                    .filter(h -> h.department().id() == department).map(SearchHit::code).toList());
            assertTrue(search.search("尾矿库").hits().isEmpty(), "superseded wording is not in force");
        }
    }
}
