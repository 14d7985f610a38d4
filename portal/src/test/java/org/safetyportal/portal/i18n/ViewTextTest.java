package org.safetyportal.portal.i18n;

import org.safetyportal.content.oversight.OversightExports;
import org.safetyportal.content.blacklist.BlacklistExports;
import org.safetyportal.content.inspection.InspectionExports;
import org.safetyportal.content.majorhazards.MajorHazardExports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.account.AccountAuditActions;
import org.safetyportal.content.exports.DataDictionary;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.majorhazards.HazardAuditActions;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.inspection.InspectionAuditActions;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListAuditActions;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.content.rectification.AccountabilityExports;
import org.safetyportal.content.rectification.ProblemExports;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/**
 * Every text a visitor sees comes from the bundles: no view passes a string literal to a component
 * that shows it, and every key a view asks for exists in both languages.
 */
class ViewTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path VIEWS = SOURCES.resolve("org/safetyportal/portal/ui");

    /** Constructors and setters that put their text argument on the screen. */
    /** Constructors and setters that put a text argument on the screen (an Anchor's text is its second). */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(new\\s+(H[1-6]|Span|Paragraph|Button|RouterLink|ListItem|Text|NativeLabel|SideNavItem|Details|Tab)\\s*\\(\\s*\"[^\"]"
            + "|new\\s+Anchor\\s*\\([^,()]+,\\s*\"[^\"]"
            + "|\\.(setText|setLabel|setHeaderTitle|setHelperText|setPlaceholder|setTitle|setHeader|setAriaLabel"
            + "|setEmptySelectionCaption|setErrorMessage|setTooltipText)\\s*\\(\\s*\"[^\"]*\"\\s*\\)"
            + "|Notification\\.show\\s*\\(\\s*\"[^\"])");
    private static final Pattern TRANSLATION_KEY = Pattern.compile(
            "(getTranslation|Messages\\.get)\\s*\\(\\s*(?:[a-zA-Z().]+,\\s*)?\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
    /** Keys built at run time from a prefix and a value held as data. */
    private static final Pattern ROLE_CODE = Pattern.compile("\\('([A-Z_]+)', '(NONE|DEPARTMENT|DEPARTMENT_AREA)'");

    private static List<Path> javaFiles;

    @BeforeAll
    static void findSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertFalse(javaFiles.isEmpty(), "sources found under " + SOURCES.toAbsolutePath());
    }

    @Test
    void viewsUseNoLiteralUserVisibleText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles.stream().filter(f -> f.startsWith(VIEWS)).toList()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                    offences.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), offences, "literal text on screen; put it in the i18n bundles");
    }

    @Test
    void everyKeyAskedForExistsInBothLanguages() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        for (Path file : javaFiles) {
            Matcher matcher = TRANSLATION_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                found++;
                String key = matcher.group(2);
                for (var locale : SupportedLocales.all()) {
                    if (!Messages.has(locale, key)) {
                        missing.add(key + " (" + locale + ")");
                    }
                }
            }
        }
        assertFalse(found < 50, "the scan finds the views' keys (found " + found + ")");
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    void everyKeyBuiltFromDataExistsInBothLanguages() throws IOException, IllegalAccessException {
        TreeSet<String> keys = new TreeSet<>();
        for (SectorKind kind : SectorKind.values()) {
            keys.add("sector.kind." + kind.name());
        }
        for (String section : List.of("lists", "inspections", "education", "report", "track")) {
            keys.add("section." + section + ".title");
            keys.add("section." + section + ".purpose");
        }
        Matcher roles = ROLE_CODE.matcher(Files.readString(
                Path.of("../content/src/main/resources/db/migration/content/V2026_11_28_02__create_staff_accounts.sql")));
        while (roles.find()) {
            keys.add("role." + roles.group(1));
        }
        for (Class<?> actions : List.of(AccountAuditActions.class, ListAuditActions.class, InspectionAuditActions.class,
                HazardAuditActions.class)) {
            for (var field : actions.getFields()) {
                keys.add("audit.action." + field.get(null));
            }
        }
        Map<String, Enum<?>[]> translatedEnums = Map.of("lists.type.", ListType.values(),
                "lists.powerType.", PowerType.values(), "lists.changeReason.", ChangeReason.values(),
                "lists.status.", VersionStatus.values(), "lists.taskStatus.", TaskStatus.values(),
                "ledger.problem.", LedgerVerification.Problem.values(),
                "inspections.kind.", InspectionKind.values(), "inspections.rectification.", RectificationStatus.values(),
                "hazards.status.", HazardStatus.values());
        keys.add("ledger.event." + ListPublishing.LEDGER_EVENT);
        keys.add("ledger.event." + InspectionRegister.LEDGER_EVENT);
        keys.add("ledger.event." + MajorHazardRegister.LEDGER_LISTED);
        keys.add("ledger.event." + MajorHazardRegister.LEDGER_STATUS);
        for (HazardStatus status : HazardStatus.values()) {
            if (status != HazardStatus.LISTED) {
                keys.add("hazards.step.to." + status.name());
            }
        }
        translatedEnums.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                keys.add(prefix + value.name());
            }
        });
        for (String field : new ListItem("c", "t", null, null, null, null, null, null, List.of(), null, null, null, null, null)
                .fields().keySet()) {
            keys.add("lists.field." + field);
        }
        for (ExportFormat format : ExportFormat.values()) {
            keys.add("exports.download." + format.extension());
        }
        DataDictionary.itemFields().forEach(field -> keys.add("exports.field." + field.name()));
        DataDictionary.versionFields().forEach(field -> keys.add("exports.versionField." + field.name()));
        Map.of("inspection", InspectionExports.FIELDS, "hazard", MajorHazardExports.FIELDS,
                "blacklist", BlacklistExports.FIELDS, "oversight", OversightExports.FIELDS,
                "problem", ProblemExports.FIELDS, "accountability", AccountabilityExports.FIELDS)
                .forEach((register, fields) -> {
                    keys.add("exports.dictionary." + register + "Fields");
                    keys.add("exports.dictionary." + register + "Fields.explain");
                    fields.forEach(field -> keys.add("exports." + register + "Field." + field.name()));
                });
        DataDictionary.registerExportFields().forEach(field -> keys.add("exports.registerExportField." + field.name()));
        for (String register : List.of("inspections", "hazards", "blacklist", "oversight", "rectification", "accountability")) {
            keys.add(register + ".export.tooMany");
        }
        for (DataDictionary.Format format : DataDictionary.Format.values()) {
            keys.add("exports.format." + format.name());
        }
        assertFalse(keys.size() < 25, keys.toString());
        TreeSet<String> missing = new TreeSet<>();
        for (String key : keys) {
            for (var locale : SupportedLocales.all()) {
                if (!Messages.has(locale, key)) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }
}
