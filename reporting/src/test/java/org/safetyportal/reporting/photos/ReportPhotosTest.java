package org.safetyportal.reporting.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.testing.ReportingWorld;

class ReportPhotosTest {

    @OnEveryTestDatabase
    void aReportWithPhotos_isStoredWithThem_andTheCaseHandlerReadsThemBack(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            PreparedPhoto first = PhotoPreparation.prepare(TestImages.jpegWithExif(800, 600, 1));
            PreparedPhoto second = PhotoPreparation.prepare(TestImages.png(300, 500));

            Receipt receipt = world.intake().submit(withPhotos(ReportingWorld.gasLeak("燃气管道被占压"), List.of(first, second)));

            int caseId = receipt.hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            List<StoredPhoto> photos = work.photos(world.actor("zz.gas"), caseId);
            assertEquals(2, photos.size());
            assertEquals(List.of(1, 2), photos.stream().map(StoredPhoto::position).toList());
            assertEquals(StoredPhoto.Kind.BEFORE, photos.get(0).kind());
            assertEquals(800, photos.get(0).width());
            assertEquals(500, photos.get(1).height());
            assertArrayEquals(first.jpeg(), work.photo(world.actor("zz.gas"), caseId, photos.get(0).id(), false).orElseThrow());
            assertArrayEquals(second.thumbnail(), work.photo(world.actor("zz.gas"), caseId, photos.get(1).id(), true).orElseThrow());
            assertTrue(work.photo(world.actor("zz.gas"), caseId, photos.get(1).id() + 1000, false).isEmpty());
        }
    }

    @OnEveryTestDatabase
    void aHandlerOfAnotherCounty_getsNoPhoto(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            PreparedPhoto photo = PhotoPreparation.prepare(TestImages.jpeg(100, 100));
            int caseId = world.intake().submit(withPhotos(ReportingWorld.gasLeak("燃气味"), List.of(photo))).hazardCase().id();
            int photoId = world.bean(ReportPhotos.class).of(caseId).get(0).id();

            assertThrows(AccessDeniedException.class, () -> world.bean(CaseWork.class).photos(world.actor("gp.gas"), caseId));
            assertThrows(AccessDeniedException.class,
                    () -> world.bean(CaseWork.class).photo(world.actor("gp.gas"), caseId, photoId, false));
        }
    }

    @OnEveryTestDatabase
    void aSixthPhoto_isRefused_andNothingIsStored(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            PreparedPhoto photo = PhotoPreparation.prepare(TestImages.jpeg(50, 50));

            ValidationException refused = assertThrows(ValidationException.class, () -> world.intake()
                    .submit(withPhotos(ReportingWorld.gasLeak("燃气味"), Collections.nCopies(6, photo))));

            assertEquals("reports.photo.tooMany", refused.messageKey());
            assertEquals(0, world.bean(ReportRepository.class).count());
        }
    }

    static NewReport withPhotos(NewReport r, List<PreparedPhoto> photos) {
        return new NewReport(r.sectorCode(), r.areaCode(), r.townshipCode(), r.address(), r.latitude(), r.longitude(),
                r.enterpriseName(), r.creditCode(), r.description(), r.reporter(), r.consent(), photos);
    }
}
