package org.safetyportal.content.education.lessons;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.database.TransactionScope;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;

/**
 * The published lessons as the public reads them: read whole once per ledger head and served from
 * memory. Lessons by audience and topic, the campaign featured today with its lessons, a lesson's HTML,
 * the seed's images, and each lesson's bank for the quiz (which the server alone grades).
 */
@Singleton
public class LessonLibrary {

    private final LessonRepository repository;
    private final EducationReference reference;
    private final CityClock clock;
    private final PerHeadCache<Boolean, Map<String, PublishedLesson>> cache;
    // A published edition never changes (a change is a new edition with an id of its own), so its bank is kept
    // across ledger heads: a classroom joining while other lessons are published keeps reading memory.
    private final Cache<Integer, PublishedLesson> editions = Caffeine.newBuilder().maximumSize(256).build();
    private final PerHeadCache<Boolean, Set<String>> publishedImages;
    // A picture's name is its hash: its bytes never change, so the pictures readers ask for are kept, up to a bound.
    private final Cache<String, LessonImage> pictures = Caffeine.newBuilder().maximumWeight(32L << 20)
            .weigher((String name, LessonImage image) -> image.bytes().length).build();
    private final LessonImageRepository images;

    LessonLibrary(LessonRepository repository, EducationReference reference, CityClock clock, PublicationHead head,
            LessonImageRepository images) {
        this.repository = repository;
        this.images = images;
        this.publishedImages = new PerHeadCache<>(head, 2);
        this.reference = reference;
        this.clock = clock;
        this.cache = new PerHeadCache<>(head, 2);
    }

    /** The newest edition of every published lesson, by code. */
    public List<Lesson> lessons() {
        return published().values().stream().map(PublishedLesson::lesson).toList();
    }

    public Optional<Lesson> lesson(String code) {
        return published(code).map(PublishedLesson::lesson);
    }

    /** The lesson's bank as published, right answers and explanations included: for the server's quiz only. */
    public Optional<List<BankQuestion>> bank(String code) {
        return published(code).map(PublishedLesson::questions);
    }

    /**
     * The bank of one published edition (by its id), whichever edition is newest now: an attempt started on an
     * edition is graded and reviewed against that edition's bank, even after a newer one is published.
     */
    public Optional<List<BankQuestion>> bankOfEdition(int lessonId) {
        return edition(lessonId).map(PublishedLesson::questions);
    }

    /** The code of the lesson a published edition (by its id) belongs to. */
    public Optional<String> codeOfEdition(int lessonId) {
        return edition(lessonId).map(p -> p.lesson().code());
    }

    private Optional<PublishedLesson> edition(int lessonId) {
        PublishedLesson kept = editions.getIfPresent(lessonId);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<PublishedLesson> read = repository.byId(lessonId);
        // Read inside a transaction, the edition may be one not yet committed (and perhaps never): kept once it is.
        read.ifPresent(p -> TransactionScope.afterCommit(() -> editions.put(lessonId, p)));
        return read;
    }

    public List<Lesson> forAudience(Audience audience) {
        return lessons().stream().filter(l -> l.audiences().contains(audience)).toList();
    }

    public List<Lesson> onTopic(Topic topic) {
        return lessons().stream().filter(l -> l.topics().contains(topic)).toList();
    }

    public List<Audience> audiences() {
        return reference.audiences();
    }

    /** Every topic of the reference data, in its order. */
    public List<Topic> topics() {
        return reference.topics();
    }

    /** The topics that have at least one lesson, in the order of the reference data. */
    public List<Topic> topicsWithLessons() {
        List<Lesson> lessons = lessons();
        return reference.topics().stream().filter(t -> lessons.stream().anyMatch(l -> l.topics().contains(t))).toList();
    }

    public Optional<Topic> topic(String code) {
        return reference.topic(code);
    }

    /** The campaign featured today in the city (running, or starting soon, else the next), with the lessons on its topics. */
    public Optional<FeaturedCampaign> featuredCampaign() {
        var today = clock.today();
        return reference.featured(today).map(dates -> new FeaturedCampaign(dates, dates.runsOn(today),
                lessons().stream().filter(l -> l.topics().stream().anyMatch(dates.campaign().topics()::contains)).toList()));
    }

    /** The lesson's body in the reader's language as safe HTML, its images under {@code imageBase}. */
    public String html(Lesson lesson, Locale locale, String imageBase) {
        return LessonMarkdown.html(lesson.body(locale), imageBase);
    }

    /** An image of the seed by its file name ({@code gas-valve-steps.svg}); nothing for any other name. */
    public Optional<byte[]> image(String name) {
        if (name == null || !LessonMarkdown.IMAGE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return EducationSeedFiles.bytes("images/" + name);
    }

    /**
     * An uploaded picture by its name ({@code 3f9a0c1b2d4e5f60.png}), only while the newest published edition of a
     * lesson shows it: nothing for a picture that only a draft (or an edition since replaced) shows, or no picture.
     */
    public Optional<LessonImage> publishedImage(String name) {
        if (name == null || !LessonMarkdown.UPLOADED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Set<String> shown = publishedImages.get(Boolean.TRUE, any -> {
            Set<String> names = new HashSet<>();
            lessons().forEach(l -> names.addAll(LessonMarkdown.uploadedImages(l.bodyZh(), l.bodyEn())));
            return Set.copyOf(names);
        });
        return shown.contains(name) ? Optional.ofNullable(pictures.get(name, n -> images.byName(n).orElse(null)))
                : Optional.empty();
    }

    /** The uploaded pictures a lesson's bodies show, with their bytes (for its printed version). */
    public Map<String, LessonImage> imagesOf(Lesson lesson) {
        Map<String, LessonImage> byName = new HashMap<>();
        images.byNames(LessonMarkdown.uploadedImages(lesson.bodyZh(), lesson.bodyEn())).forEach(i -> byName.put(i.name(), i));
        return byName;
    }

    private Optional<PublishedLesson> published(String code) {
        if (code == null || code.length() > LessonSeedParser.MAX_CODE || !code.matches(LessonSeedParser.CODE_PATTERN)) {
            return Optional.empty();
        }
        return Optional.ofNullable(published().get(code));
    }

    private Map<String, PublishedLesson> published() {
        return cache.get(Boolean.TRUE, any -> {
            Map<String, PublishedLesson> byCode = new LinkedHashMap<>();
            repository.current().forEach(p -> byCode.put(p.lesson().code(), p));
            return java.util.Collections.unmodifiableMap(byCode);
        });
    }
}
