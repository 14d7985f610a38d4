package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class DemoLessonEditorsTest {

    @OnEveryTestDatabase
    void theDemoPairOfLessonEditors_isMadeOnce_andOneMayPublishWhatTheOtherDrafted(String kind) {
        try (TestWorld world = TestWorld.start(kind, Instant.parse("2027-06-10T02:00:00Z"))) {
            DemoLessonEditors demo = world.bean(DemoLessonEditors.class);
            assertEquals(2, demo.createMissing());
            assertEquals(0, demo.createMissing());
            world.bean(LessonPublishing.class).publishMissing();
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonDraft draft = drafting.startEdition(world.actor("demo.lessons.drafter"), "test-smoke-alarm");
            drafting.submit(world.actor("demo.lessons.drafter"), draft.id());
            LessonDraft submitted = drafting.draft(world.actor("demo.lessons.publisher"), draft.id()).orElseThrow();
            assertFalse(drafting.mayDecide(world.actor("demo.lessons.drafter"), submitted));
            assertTrue(drafting.mayDecide(world.actor("demo.lessons.publisher"), submitted));
            assertTrue(world.actor("demo.lessons.publisher").isPermitted(Permissions.PUBLISH_LESSONS));
        }
    }
}
