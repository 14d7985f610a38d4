package org.safetyportal.portal.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.i18n.Messages;

/**
 * The audit log's targets and details as staff read them: a role grant such as
 * {@code PUBLISHER@department:3} becomes the department's name and the role's ("晋城市应急管理局发布员"), a
 * code such as {@code REORGANISATION} or {@code RESPONSIBILITY} the word the portal shows for it, and a
 * department code its name. What it does not know stays as it was written.
 */
final class AuditWords {

    private static final Pattern GRANT = Pattern.compile("\\b([A-Z][A-Z_]+)@(department|area):(\\d+)");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*\\b");
    /** Where a bare code's word may be found, in this order. */
    private static final List<String> CODE_KEYS = List.of("lists.changeReason.", "lists.type.", "role.", "lists.powerType.",
            "lists.taskStatus.", "inspections.kind.", "inspections.rectification.", "hazards.status.");

    private final Locale locale;
    private final IntFunction<Optional<LocalizedName>> departmentById;
    private final IntFunction<Optional<LocalizedName>> areaById;
    private final Function<String, Optional<LocalizedName>> departmentByCode;

    AuditWords(Locale locale, IntFunction<Optional<LocalizedName>> departmentById, IntFunction<Optional<LocalizedName>> areaById,
            Function<String, Optional<LocalizedName>> departmentByCode) {
        this.locale = locale;
        this.departmentById = departmentById;
        this.areaById = areaById;
        this.departmentByCode = departmentByCode;
    }

    String of(String written) {
        if (written == null || written.isEmpty()) {
            return "";
        }
        String grants = replace(GRANT.matcher(written), grant -> {
            Optional<LocalizedName> place = "department".equals(grant.group(2))
                    ? departmentById.apply(Integer.parseInt(grant.group(3))) : areaById.apply(Integer.parseInt(grant.group(3)));
            String role = word("role.", grant.group(1)).orElse(grant.group(1));
            return place.map(name -> Messages.get(locale, "credit.roleOf", name.in(locale), role)).orElse(grant.group());
        });
        return replace(CODE.matcher(grants), code -> departmentByCode.apply(code.group()).map(name -> name.in(locale))
                .or(() -> CODE_KEYS.stream().map(prefix -> word(prefix, code.group())).flatMap(Optional::stream).findFirst())
                .orElse(code.group()));
    }

    private Optional<String> word(String prefix, String code) {
        return Messages.has(locale, prefix + code) ? Optional.of(Messages.get(locale, prefix + code)) : Optional.empty();
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
