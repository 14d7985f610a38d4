package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditEntry;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/**
 * Rights count at the moment of the action, not when the page was opened; and four eyes hold against
 * anyone who changed a version, not only its drafter and submitter (issue 9).
 */
class ListRightsTest {

    private static final ListVersionApproval ANNUAL = new ListVersionApproval(LocalDate.of(2026, 1, 1), ChangeReason.ANNUAL_UPDATE, null);

    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-01-05T02:00:00Z"), World::new);
        }

        /** Drafted with two duties and submitted by the publisher. */
        ListVersion submitted() {
            ListVersion draft = draft(ListType.RESPONSIBILITY, 0, List.of(
                    ListPublishingTest.duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"),
                    ListPublishingTest.duty("ZR-002", "消防安全监管", "FIRE")));
            return publishing().submit(actor("publisher"), draft.id());
        }

        /** The version's status as the department's publisher sees it in the work list, or in the catalogue once public. */
        VersionStatus statusOf(ListVersion version) {
            return publishing().openVersions(actor("publisher")).stream().filter(v -> v.id() == version.id()).findFirst()
                    .map(ListVersion::status)
                    .orElseGet(() -> catalogue().version(version.id()).orElseThrow().status());
        }

        List<AuditEntry> audit() {
            return bean(AuditLog.class).recent(admin(), 100);
        }
    }

    @OnEveryTestDatabase
    void aReviewerDisabledWhileTheVersionIsOpenOnTheirPage_cannotPublishIt(String kind) {
        try (World world = World.start(kind)) {
            ListVersion submitted = world.submitted();
            Actor reviewerAsThePageHoldsThem = world.actor("reviewer");

            world.disable("reviewer");

            assertThrows(AccessDeniedException.class,
                    () -> world.publishing().approve(reviewerAsThePageHoldsThem, submitted.id(), ANNUAL));
            assertEquals(VersionStatus.SUBMITTED, world.statusOf(submitted));
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void aRoleTakenAwayWhileThePageIsOpen_countsFromTheNextClick(String kind) {
        try (World world = World.start(kind)) {
            ListVersion submitted = world.submitted();
            Actor reviewerAsThePageHoldsThem = world.actor("reviewer");

            world.regrant("reviewer", RoleGrant.inDepartment("REVIEWER", world.energy()));

            assertThrows(AccessDeniedException.class,
                    () -> world.publishing().approve(reviewerAsThePageHoldsThem, submitted.id(), ANNUAL));
            assertThrows(AccessDeniedException.class,
                    () -> world.publishing().returnForChanges(reviewerAsThePageHoldsThem, submitted.id(), "请补充"));
            assertEquals(VersionStatus.SUBMITTED, world.statusOf(submitted));
        }
    }

    @OnEveryTestDatabase
    void aPublisherDisabledWhileEditing_cannotSaveOrSubmitTheDraft(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draft = world.draft(ListType.RESPONSIBILITY, 0, List.of(ListPublishingTest.duty("ZR-001", "职责", "FIRE")));
            Actor publisherAsThePageHoldsThem = world.actor("publisher");

            world.disable("publisher");

            assertThrows(AccessDeniedException.class, () -> world.publishing().saveItems(publisherAsThePageHoldsThem, draft.id(),
                    List.of(ListPublishingTest.duty("ZR-009", "改过的职责", "FIRE"))));
            assertThrows(AccessDeniedException.class, () -> world.publishing().submit(publisherAsThePageHoldsThem, draft.id()));
            assertThrows(AccessDeniedException.class, () -> world.publishing().startDraft(publisherAsThePageHoldsThem,
                    world.emergency(), ListType.POWER, 0));
            assertEquals(List.of("ZR-001"), world.publishing().items(world.actor("reviewer"), draft.id()).stream()
                    .map(ListItem::code).toList());
        }
    }

    @OnEveryTestDatabase
    void whoeverEditedAnotherPublishersDraft_mayNotPublishIt_andTheRefusalIsAudited(String kind) {
        try (World world = World.start(kind)) {
            ListVersion draft = world.draft(ListType.RESPONSIBILITY, 0, List.of(
                    ListPublishingTest.duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"),
                    ListPublishingTest.duty("ZR-002", "消防安全监管", "FIRE")));
            // The second account, holding both roles, removes an item from the publisher's draft.
            world.publishing().saveItems(world.actor("both"), draft.id(),
                    List.of(ListPublishingTest.duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            world.publishing().submit(world.actor("publisher"), draft.id());

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> world.publishing().approve(world.actor("both"), draft.id(), ANNUAL));

            assertEquals("lists.review.contributor", refused.messageKey());
            assertEquals(VersionStatus.SUBMITTED, world.statusOf(draft));
            assertEquals(0, world.ledger().size());
            AuditEntry latest = world.audit().get(0);
            assertEquals("both", latest.actor());
            assertEquals("fourEyes.refused", latest.action());
            assertEquals("list-version:" + draft.id(), latest.target());
            assertFalse(world.publishing().mayDecide(world.actor("both"), world.publishing().openVersions(world.actor("both"))
                    .stream().filter(v -> v.id() == draft.id()).findFirst().orElseThrow()));
            assertTrue(world.publishing().mayDecide(world.actor("reviewer"), world.publishing().openVersions(world.actor("reviewer"))
                    .stream().filter(v -> v.id() == draft.id()).findFirst().orElseThrow()));
            assertEquals(VersionStatus.PUBLISHED, world.publishing().approve(world.actor("reviewer"), draft.id(), ANNUAL).status());
        }
    }

    @OnEveryTestDatabase
    void whoeverImportedItemsIntoADraft_mayNotPublishIt(String kind) throws IOException {
        try (World world = World.start(kind)) {
            ListVersion draft = world.draft(ListType.RESPONSIBILITY, 0, List.of(ListPublishingTest.duty("ZR-001", "职责", "FIRE")));
            assertEquals(List.of(), world.publishing().importItems(world.actor("both"), draft.id(), filledTemplate()));
            world.publishing().submit(world.actor("publisher"), draft.id());

            assertEquals("lists.review.contributor", assertThrows(ValidationException.class,
                    () -> world.publishing().approve(world.actor("both"), draft.id(), ANNUAL)).messageKey());
        }
    }

    /** The responsibility list's template with one duty filled in. */
    private static byte[] filledTemplate() throws IOException {
        byte[] template = ListSheetTemplate.write(ListType.RESPONSIBILITY, false, List.of(), Locale.SIMPLIFIED_CHINESE, List.of());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row row = workbook.getSheet("items").createRow(2);
            String[] cells = {"ZR-1", "煤矿安全监管", "COAL_MINE", "《安全生产法》", "执法支队", "未履行监管职责"};
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
