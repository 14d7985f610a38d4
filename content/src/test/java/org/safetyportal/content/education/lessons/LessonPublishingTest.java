package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchResults;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class LessonPublishingTest {

    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00.7Z");

    @OnEveryTestDatabase
    void theSeedLessons_arePublishedThroughTheLedgerOnce_withTheirBanks_andReadFromMemory(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            LessonPublishing publishing = world.bean(LessonPublishing.class);
            LessonLibrary library = world.bean(LessonLibrary.class);

            LessonPublishing.Summary first = publishing.publishMissing();
            LessonPublishing.Summary second = publishing.publishMissing();

            int seeded = SeedLessons.read(world.bean(EducationReference.class)).size();
            assertEquals(seeded, first.published());
            assertEquals(0, second.published());
            assertEquals(seeded, second.alreadyPublished());
            assertEquals(List.of(), second.seedDiffers());

            Lesson lesson = library.lesson("test-smoke-alarm").orElseThrow();
            assertEquals("（测试）家里的烟雾报警器", lesson.title().zh());
            assertEquals(List.of("FAMILY", "SCHOOL"), lesson.audiences().stream().map(Audience::code).toList());
            assertEquals(Actor_SYSTEM, lesson.publishedBy());
            assertEquals(Instant.parse("2027-06-10T02:00:00Z"), lesson.publishedAt());
            assertTrue(lesson.body(Locale.ENGLISH).startsWith("## Where it goes"));
            assertTrue(lesson.body(Locale.CHINA).startsWith("## 装在哪里"));

            List<BankQuestion> bank = library.bank("test-smoke-alarm").orElseThrow();
            assertEquals(4, bank.size());
            assertEquals(QuestionKind.MULTIPLE, bank.get(1).kind());
            assertEquals(List.of(true, true, false, false), bank.get(1).options().stream().map(BankOption::correct).toList());
            assertEquals("The ceiling of the hallway outside the bedrooms", bank.get(0).options().get(0).text(Locale.ENGLISH));

            LedgerEntry entry = world.ledger().entriesFor(lesson.ledgerSubject()).get(0);
            assertEquals(LessonPublishing.LEDGER_EVENT, entry.eventType());
            assertEquals(lesson.contentHash(), entry.contentHash());
            assertTrue(world.ledger().verify().intact());

            assertTrue(library.forAudience(world.bean(EducationReference.class).audience("SCHOOL").orElseThrow())
                    .contains(lesson));
            FeaturedCampaign june = library.featuredCampaign().orElseThrow();
            assertEquals("WORK_SAFETY_MONTH", june.dates().campaign().code());
            assertTrue(june.running());

            SearchResults found = world.bean(PublicSearch.class).search("烟雾报警器", Optional.of(LessonSearchContent.KIND));
            assertTrue(found.hits().stream().anyMatch(h -> h.key().equals("test-smoke-alarm")), found.toString());
        }
    }

    @OnEveryTestDatabase
    void anUnknownOrMalformedCode_findsNothing(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            world.bean(LessonPublishing.class).publishMissing();
            LessonLibrary library = world.bean(LessonLibrary.class);

            assertTrue(library.lesson("no-such-lesson").isEmpty());
            assertTrue(library.lesson("../etc/passwd").isEmpty());
            assertTrue(library.lesson(null).isEmpty());
            assertTrue(library.image("test-alarm.svg").isPresent());
            assertTrue(library.image("../lessons/test-smoke-alarm.md").isEmpty());
        }
    }

    private static final String Actor_SYSTEM = org.safetyportal.content.account.Actor.SYSTEM;
}
