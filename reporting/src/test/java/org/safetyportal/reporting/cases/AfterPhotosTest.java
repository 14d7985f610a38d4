package org.safetyportal.reporting.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.photos.PhotoPreparation;
import org.safetyportal.reporting.photos.PreparedPhoto;
import org.safetyportal.reporting.photos.StoredPhoto;
import org.safetyportal.reporting.photos.TestImages;
import org.safetyportal.reporting.testing.ReportingWorld;

/** The handler's "after" photos: with the request for verification, or on their own while rectifying. */
class AfterPhotosTest {

    private static final LocalDate IN_A_MONTH = LocalDate.of(2026, 4, 2);

    @OnEveryTestDatabase
    void afterPhotos_comeWithTheRequestForVerification_andTheVerifierSeesThem(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气管道被占压")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));
            PreparedPhoto after = PhotoPreparation.prepare(TestImages.jpegWithExif(640, 480, 1));

            assertEquals("cases.afterPhotos.notNow", assertThrows(ValidationException.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE"), List.of(after))).messageKey());
            assertEquals("cases.afterPhotos.notNow", assertThrows(ValidationException.class,
                    () -> work.addAfterPhotos(world.actor("zz.gas"), id, List.of(after))).messageKey());
            work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ORDER_RECTIFICATION").withDeadline(IN_A_MONTH));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("REQUEST_VERIFICATION").withOutcome("RECTIFIED"), List.of(after));

            List<StoredPhoto> seen = work.photos(world.actor("zz.gas2"), id);
            assertEquals(List.of(StoredPhoto.Kind.AFTER), seen.stream().map(StoredPhoto::kind).toList());
            byte[] jpeg = work.photo(world.actor("zz.gas2"), id, seen.get(0).id(), false).orElseThrow();
            assertTrue(!new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1).contains(TestImages.CAMERA),
                    "re-encoded: no EXIF");
            assertThrows(AccessDeniedException.class, () -> work.photo(world.actor("gp.gas"), id, seen.get(0).id(), false));
            assertEquals("CLOSED", work.act(world.actor("zz.gas2"), id, CaseCommand.of("VERIFY_CLOSE")).status());
        }
    }

    @OnEveryTestDatabase
    void whileRectifying_upToFiveAfterPhotos_areAdded_byTheCasesHandlersOnly(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ORDER_RECTIFICATION").withDeadline(IN_A_MONTH));
            PreparedPhoto photo = PhotoPreparation.prepare(TestImages.jpeg(80, 60));

            assertThrows(AccessDeniedException.class, () -> work.addAfterPhotos(world.actor("gp.gas"), id, List.of(photo)));
            assertEquals("cases.afterPhotos.required", assertThrows(ValidationException.class,
                    () -> work.addAfterPhotos(world.actor("zz.gas"), id, List.of())).messageKey());
            assertEquals(3, work.addAfterPhotos(world.actor("zz.gas"), id, Collections.nCopies(3, photo)).size());
            assertEquals("cases.afterPhotos.tooMany", assertThrows(ValidationException.class,
                    () -> work.addAfterPhotos(world.actor("zz.gas"), id, Collections.nCopies(3, photo))).messageKey());
            assertEquals(2, work.afterPhotosLeft(world.actor("zz.gas"), id));
            assertEquals(5, work.addAfterPhotos(world.actor("zz.gas"), id, Collections.nCopies(2, photo)).size());
            assertEquals(0, work.afterPhotosLeft(world.actor("zz.gas2"), id));
            assertEquals("cases.afterPhotos.tooMany", assertThrows(ValidationException.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("REQUEST_VERIFICATION").withOutcome("RECTIFIED"),
                            List.of(photo))).messageKey());
            assertEquals("RECTIFYING", world.bean(org.safetyportal.reporting.internal.ReportRepository.class).byId(id)
                    .orElseThrow().status(), "the refused request changed nothing");
        }
    }
}
