package org.ziyuanku.service.resource.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * A library's naming rule (统一命名规则): a pattern of fields in braces, e.g. {@code {major}-{course}-{kind}-{title}}.
 * Fields: {@code major} (major code), {@code majorName}, {@code course} (course code), {@code courseName},
 * {@code module}, {@code kind} (a two-letter code: WB text, TP image, DH animation, SP video, YP audio, XN
 * simulation, QT other), {@code format}, {@code title} and {@code date} (yyyyMMdd). A missing field is left out with
 * its separator; an unknown field is kept literally so a typo shows.
 */
public final class NamingRule {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<ResourceKind, String> KIND_CODES = Map.of(ResourceKind.DOCUMENT, "WB",
            ResourceKind.IMAGE, "TP", ResourceKind.ANIMATION, "DH", ResourceKind.VIDEO, "SP", ResourceKind.AUDIO, "YP",
            ResourceKind.SIMULATION, "XN", ResourceKind.OTHER, "QT");

    private NamingRule() {
    }

    /** The facts a name is made of; any may be null. */
    public record Facts(String majorCode, String majorName, String courseCode, String courseName, String module,
            ResourceKind kind, String format, String title, LocalDate date) {
    }

    /** The name {@code rule} gives; the title alone when there is no rule. */
    public static String apply(String rule, Facts facts) {
        if (rule == null || rule.isBlank()) {
            return facts.title();
        }
        Matcher m = FIELD.matcher(rule.strip());
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), facts);
            m.appendReplacement(name, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(name);
        return name.toString().replaceAll("([-_.\\s])[-_.\\s]+", "$1").replaceAll("^[-_.\\s]+|[-_.\\s]+$", "");
    }

    private static String value(String field, Facts f) {
        String value = switch (field) {
            case "major" -> f.majorCode();
            case "majorName" -> f.majorName();
            case "course" -> f.courseCode();
            case "courseName" -> f.courseName();
            case "module" -> f.module();
            case "kind" -> f.kind() == null ? "" : KIND_CODES.get(f.kind());
            case "format" -> f.format();
            case "title" -> f.title();
            case "date" -> (f.date() == null ? LocalDate.now() : f.date()).format(DateTimeFormatter.BASIC_ISO_DATE);
            default -> null;
        };
        return value == null && isKnown(field) ? "" : value;
    }

    private static boolean isKnown(String field) {
        return switch (field) {
            case "major", "majorName", "course", "courseName", "module", "kind", "format", "title", "date" -> true;
            default -> false;
        };
    }
}
