package org.safetyportal.reporting.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.impl.DSL;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.publiccases.PublicCases;
import org.safetyportal.reporting.testing.ReportingWorld;

/**
 * Reports posted by Open311 apps (issue 12, item 7): only with a key an administrator issued and has not
 * revoked, through the same intake as the form, with a token committed beside the report.
 */
class Open311SubmissionsTest {

    private static Open311Post gasLeak(String description, String device) {
        return Open311Post.of("GAS", "ZZ", "南村镇示例街12号", "35.49", "112.85", description, device,
                null, null, null, null, null, null);
    }

    @OnEveryTestDatabase
    void anAppWithAKey_postsAReport_thatIsRoutedPublishedAndFoundByItsToken(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ApiKeys.Issued issued = world.bean(ApiKeys.class).issue(world.world().admin(), "示例随手拍应用");
            Open311Submissions submissions = world.bean(Open311Submissions.class);

            Open311Submissions.Submission made = submissions.submit(issued.key(), gasLeak("示例小区燃气表漏气", "phone-1"));

            HazardCase stored = world.bean(ReportRepository.class).byTrackingCode(made.trackingCode().replace("-", "")).orElseThrow();
            assertEquals("ZZ-URBAN_MANAGEMENT", stored.department().code());
            assertFalse(stored.realName(), "reports through an app are anonymous");
            assertTrue(made.pin().matches("\\d{6}"));
            assertEquals(made.serviceRequestId(), submissions.requestOfToken(made.token()).orElseThrow());
            assertTrue(world.bean(PublicCases.class).byNumber(made.serviceRequestId()).isPresent(), "public at once");
            assertTrue(world.ledger().verify().intact());
            String keptHash = String.valueOf(world.world().database().dsl().fetchValue("SELECT key_hash FROM open311_api_key"));
            assertEquals(Sha256.of(issued.key()), keptHash, "only the key's hash is kept");
            assertTrue(issued.key().endsWith(issued.apiKey().hint()));
        }
    }

    @OnEveryTestDatabase
    void withoutAValidKey_nothingIsStored_andARevokedKeyStopsAtOnce(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ApiKeys keys = world.bean(ApiKeys.class);
            Open311Submissions submissions = world.bean(Open311Submissions.class);
            ApiKeys.Issued issued = keys.issue(world.world().admin(), "示例应用");

            for (String wrong : new String[] {null, "", "o311-" + "a".repeat(32), issued.key().toUpperCase(), "' OR 1=1 --"}) {
                assertThrows(ApiKeyRefusedException.class, () -> submissions.submit(wrong, gasLeak("漏气", null)));
            }
            keys.revoke(world.world().admin(), issued.apiKey().id());
            assertThrows(ApiKeyRefusedException.class, () -> submissions.submit(issued.key(), gasLeak("漏气", null)));
            assertEquals("open311.keys.notRevocable", assertThrows(ValidationException.class,
                    () -> keys.revoke(world.world().admin(), issued.apiKey().id())).messageKey());

            assertEquals(0, world.bean(ReportRepository.class).count());
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void onlyAdministratorsIssueAndRevoke_andBothAreAudited(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ApiKeys keys = world.bean(ApiKeys.class);
            assertThrows(AccessDeniedException.class, () -> keys.issue(world.world().actor("zz.gas"), "示例应用"));
            ApiKeys.Issued issued = keys.issue(world.world().admin(), "示例应用");
            assertThrows(AccessDeniedException.class, () -> keys.revoke(world.world().actor("zz.gas"), issued.apiKey().id()));
            assertThrows(AccessDeniedException.class, () -> keys.all(world.world().actor("zz.gas")));

            keys.revoke(world.world().admin(), issued.apiKey().id());
            List<String> actions = world.bean(AuditLog.class).recent(world.world().admin(), 10).stream()
                    .map(entry -> entry.action()).toList();
            assertTrue(actions.contains(ApiKeys.AUDIT_ISSUED) && actions.contains(ApiKeys.AUDIT_REVOKED), actions.toString());
            assertEquals("open311.keys.name", assertThrows(ValidationException.class,
                    () -> keys.issue(world.world().admin(), "<script>")).messageKey());
        }
    }

    @OnEveryTestDatabase
    void personalFieldsAndPhotoAddresses_areRefusedInWords_andBadInputReachesTheIntakesRules(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            assertEquals("open311.error.personal", assertThrows(ValidationException.class, () -> Open311Post.of("GAS", "ZZ",
                    null, null, null, "漏气", null, null, null, null, "13800000000", null, null)).messageKey());
            assertEquals("open311.error.mediaUrl", assertThrows(ValidationException.class, () -> Open311Post.of("GAS", "ZZ",
                    null, null, null, "漏气", null, null, null, null, null, null, "http://127.0.0.1/x.jpg")).messageKey());
            assertEquals("open311.error.number", assertThrows(ValidationException.class, () -> Open311Post.of("GAS", "ZZ",
                    null, "north", null, "漏气", null, null, null, null, null, null, null)).messageKey());

            ApiKeys.Issued issued = world.bean(ApiKeys.class).issue(world.world().admin(), "示例应用");
            Open311Submissions submissions = world.bean(Open311Submissions.class);
            assertThrows(ValidationException.class, () -> submissions.submit(issued.key(), gasLeak("险".repeat(4001), null)));
            assertThrows(ValidationException.class, () -> submissions.submit(issued.key(),
                    Open311Post.of("NOPE", "ZZ", null, null, null, "漏气", null, null, null, null, null, null, null)));
            assertEquals(0, world.bean(ReportRepository.class).count());
            assertEquals(0, world.world().database().dsl().fetchCount(DSL.table("open311_submission")));
        }
    }

    @OnEveryTestDatabase
    void oneCitizensDevice_isLimitedLikeTheForm_whileTheAppsOtherUsersAreNot(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ApiKeys.Issued issued = world.bean(ApiKeys.class).issue(world.world().admin(), "示例应用");
            Open311Submissions submissions = world.bean(Open311Submissions.class);
            for (int i = 0; i < 5; i++) {
                submissions.submit(issued.key(), gasLeak("漏气 " + i, "phone-A"));
            }
            ValidationException limited = assertThrows(ValidationException.class,
                    () -> submissions.submit(issued.key(), gasLeak("漏气 again", "phone-A")));
            assertTrue(limited.messageKey().startsWith("report.limit.device"), limited.messageKey());
            submissions.submit(issued.key(), gasLeak("另一位市民", "phone-B"));
            assertEquals(6, world.bean(ReportRepository.class).count());
        }
    }
}
