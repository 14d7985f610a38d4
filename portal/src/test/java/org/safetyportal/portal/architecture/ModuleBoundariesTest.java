package org.safetyportal.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.MainLayout;

/** The module boundaries of DEVELOPERS.md, one named rule each. */
class ModuleBoundariesTest {

    private static final String[] WEB_AND_SECURITY = {
        "com.vaadin..", "org.apache.shiro..", "io.micronaut.http..", "jakarta.servlet..", "io.micronaut.servlet.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // content's test classes reach the portal's tests as a jar in a reactor build, not as test-classes
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.safetyportal");
    }

    @Test
    void content_does_not_depend_on_vaadin_shiro_or_http() {
        noClasses().that().resideInAPackage("org.safetyportal.content..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_SECURITY)
                .check(classes);
    }

    @Test
    void reporting_does_not_depend_on_vaadin_shiro_or_http() {
        noClasses().that().resideInAPackage("org.safetyportal.reporting..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_SECURITY)
                .check(classes);
    }

    @Test
    void i18n_depends_on_nothing_of_the_portal() {
        noClasses().that().resideInAPackage("org.safetyportal.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_SECURITY)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.safetyportal.content..",
                        "org.safetyportal.reporting..", "org.safetyportal.portal..", "io.micronaut..", "org.jooq..")
                .check(classes);
    }

    @Test
    void modules_depend_one_way() {
        noClasses().that().resideInAPackage("org.safetyportal.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.safetyportal.reporting..", "org.safetyportal.portal..")
                .check(classes);
        noClasses().that().resideInAPackage("org.safetyportal.reporting..")
                .should().dependOnClassesThat().resideInAPackage("org.safetyportal.portal..")
                .check(classes);
    }

    @Test
    void views_do_not_use_jooq() {
        noClasses().that().resideInAPackage("org.safetyportal.portal.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.safetyportal.content.internal..")
                .check(classes);
    }

    @Test
    void generated_jooq_code_is_used_only_inside_its_module() {
        noClasses().that().resideOutsideOfPackage("org.safetyportal.content..")
                .should().dependOnClassesThat().resideInAPackage("org.safetyportal.content.internal..")
                .check(classes);
    }

    @Test
    void every_admin_view_requires_a_permission() {
        classes().that().resideInAPackage("org.safetyportal.portal.ui.admin..")
                .and().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RequiresPermission.class)
                .check(classes);
    }

    @Test
    void every_route_says_who_may_enter_it_wherever_it_is() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RequiresPermission.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
        noClasses().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RequiresPermission.class).andShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    /** The published lists' own exports still live with the writers: they came first and shaped them. */
    @Test
    void the_writers_and_the_search_know_no_register_each_register_declares_its_own() {
        noClasses().that().resideInAnyPackage("org.safetyportal.content.exports..", "org.safetyportal.content.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.safetyportal.content.inspection..",
                        "org.safetyportal.content.majorhazards..", "org.safetyportal.content.blacklist..",
                        "org.safetyportal.content.oversight..")
                .check(classes);
    }

    @Test
    void the_frame_knows_no_view() {
        noClasses().that().haveFullyQualifiedName(MainLayout.class.getName())
                .should().dependOnClassesThat().areAnnotatedWith(Route.class)
                .check(classes);
    }

    /** The frame is Vaadin's automatic layout: a new section is its view, naming neither the frame nor a menu. */
    @Test
    void routes_are_drawn_in_the_frame_without_naming_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<JavaClass>("not name a layout") {
                    @Override
                    public void check(JavaClass route, ConditionEvents events) {
                        Route annotation = route.reflect().getAnnotation(Route.class);
                        if (annotation.layout() != UI.class) {
                            events.add(SimpleConditionEvent.violated(route, route.getName() + " names its layout"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void security_and_the_api_know_no_view() {
        noClasses().that().resideInAnyPackage("org.safetyportal.portal.security..", "org.safetyportal.portal.api..",
                        "org.safetyportal.portal.web..")
                .should().dependOnClassesThat().resideInAPackage("org.safetyportal.portal.ui..")
                .check(classes);
    }
}
