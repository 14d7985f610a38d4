package org.safetyportal.portal.config;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.blacklist.DemoBlacklist;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.education.lessons.DemoLessonEditors;
import org.safetyportal.content.education.sessions.DemoEducation;
import org.safetyportal.content.majorhazards.DemoHazards;
import org.safetyportal.content.rectification.DemoRectification;
import org.safetyportal.content.inspection.DemoInspections;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.oversight.DemoOversight;
import org.slf4j.Logger;
import org.safetyportal.reporting.demo.DemoReports;
import org.slf4j.LoggerFactory;

/** Loads reference data (and demo lists, inspection results and blacklist entries where wanted) and makes sure there is an administrator, before the first request. */
@Singleton
class PortalStartup implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PortalStartup.class);

    private final ReferenceDataLoader referenceData;
    private final AccountService accounts;
    private final DemoLists demoLists;
    private final DemoInspections demoInspections;
    private final DemoHazards demoHazards;
    private final DemoOversight demoOversight;
    private final DemoRectification demoRectification;
    private final DemoBlacklist demoBlacklist;
    private final PortalConfiguration configuration;
    private final DemoReports demoReports;
    private final LessonPublishing lessons;
    private final DemoEducation demoEducation;
    private final DemoLessonEditors demoLessonEditors;

    PortalStartup(ReferenceDataLoader referenceData, AccountService accounts, DemoLists demoLists,
            DemoInspections demoInspections, DemoHazards demoHazards, DemoOversight demoOversight,
            DemoBlacklist demoBlacklist, PortalConfiguration configuration, DemoReports demoReports,
            LessonPublishing lessons, DemoRectification demoRectification, DemoEducation demoEducation,
            DemoLessonEditors demoLessonEditors) {
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.demoLists = demoLists;
        this.demoInspections = demoInspections;
        this.demoHazards = demoHazards;
        this.demoOversight = demoOversight;
        this.demoRectification = demoRectification;
        this.demoBlacklist = demoBlacklist;
        this.configuration = configuration;
        this.demoReports = demoReports;
        this.lessons = lessons;
        this.demoEducation = demoEducation;
        this.demoLessonEditors = demoLessonEditors;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ReferenceDataLoader.Summary summary = referenceData.load();
        LOG.info("Reference data: {} areas, {} kinds of department, {} departments, {} sectors",
                summary.areas(), summary.departmentTypes(), summary.departments(), summary.sectors());
        // The lessons written for the portal are its content, not demonstration data: published on every start that lacks them.
        LessonPublishing.Summary lessonSummary = lessons.publishMissing();
        LOG.info("Education: {} lessons published now, {} already published", lessonSummary.published(),
                lessonSummary.alreadyPublished());
        if (!lessonSummary.seedDiffers().isEmpty()) {
            LOG.warn("Education: the seed files of {} differ from the lessons published; the published ones stay",
                    lessonSummary.seedDiffers());
        }
        if (configuration.isDemoData()) {
            int published = demoLists.publishIfNoListsExist();
            if (published > 0) {
                LOG.info("Demo data: {} list versions published by {} and {}", published,
                        DemoLists.DEMO_PUBLISHER, DemoLists.DEMO_REVIEWER);
            }
            int inspections = demoInspections.publishIfNoneExist();
            if (inspections > 0) {
                LOG.info("Demo data: {} inspection results of fictional enterprises published by {}", inspections,
                        DemoLists.DEMO_PUBLISHER);
            }
            int hazards = demoHazards.publishIfNoneExist();
            if (hazards > 0) {
                LOG.info("Demo data: {} major hazards of fictional enterprises listed by {}, accepted by {}", hazards,
                        DemoLists.DEMO_PUBLISHER, DemoLists.DEMO_REVIEWER);
            }
            int oversight = demoOversight.publishIfNoneExist();
            if (oversight > 0) {
                LOG.info("Demo data: {} oversight results (inspection tours, assessments, supervision) published by {}",
                        oversight, DemoLists.DEMO_PUBLISHER);
            }
            int rectification = demoRectification.publishIfNoneExist();
            if (rectification > 0) {
                LOG.info("Demo data: {} problems to rectify and accountability decisions of fictional enterprises", rectification);
            }
            int blacklisted = demoBlacklist.publishIfNoneExist();
            if (blacklisted > 0) {
                LOG.info("Demo data: {} blacklist entries of fictional enterprises", blacklisted);
            }
            int reports = demoReports.loadIfNeeded();
            if (reports > 0) {
                LOG.info("Demo data: {} citizen reports and case steps of fictional places", reports);
            }
            // Fictional reports made by the demo itself: their codes and PINs are told once, so that their rewards can be seen on /track.
            demoReports.loadRewardsIfNeeded().forEach(receipt -> LOG.info(
                    "Demo data: a reward for a fictional real-name report; follow it at /track with code {} and PIN {}",
                    receipt.formattedCode(), receipt.pin()));
            DemoEducation.Summary education = demoEducation.loadIfNeeded();
            if (education.total() > 0) {
                LOG.info("Demo data: {} schools and communities, {} sessions of {}, {} participants ({} certificates)",
                        education.organisations(), education.sessions(), DemoEducation.EDUCATOR, education.participants(),
                        education.certificates());
            }
            int lessonEditors = demoLessonEditors.createMissing();
            if (lessonEditors > 0) {
                LOG.info("Demo data: {} lesson editors (LESSON_EDITOR) with passwords nobody is told", lessonEditors);
            }
        }
        Optional<String> generated = accounts.ensureFirstAdministrator(configuration.getAdminPassword());
        generated.ifPresent(password -> System.out.printf(
                "%n================================================================%n"
                        + " First start: administrator account created.%n"
                        + "   username: %s%n"
                        + "   password: %s%n"
                        + " This password is shown only once. Change it after signing in,%n"
                        + " or set PORTAL_ADMIN_PASSWORD before the first start instead.%n"
                        + "================================================================%n",
                AccountService.FIRST_ADMINISTRATOR_USERNAME, password));
    }
}
