package org.ziyuanku.domain.teaching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a teacher chooses when offering a course: the term code ({@code 2025-2026-1}), first and last day, title, how
 * learners enrol and whether outsiders may. {@link #check()} names the first rule broken, or null.
 */
public record OfferingTerm(String termCode, LocalDate startsOn, LocalDate endsOn, String title,
        EnrolmentMode enrolmentMode, boolean openToOutsiders) implements Serializable {

    private static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}-[12]");

    /** The message-key suffix of the first broken rule ({@code term}, {@code dates}, {@code title}, {@code mode}). */
    public String check() {
        if (termCode == null || !TERM.matcher(termCode.strip()).matches()) {
            return "term";
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            return "dates";
        }
        if (title == null || title.isBlank() || title.strip().length() > CourseOffering.MAX_TITLE) {
            return "title";
        }
        return enrolmentMode == null ? "mode" : null;
    }

    /** The same term with code and title stripped. */
    public OfferingTerm normalised() {
        return new OfferingTerm(termCode.strip().toUpperCase(Locale.ROOT), startsOn, endsOn, title.strip(),
                enrolmentMode, openToOutsiders);
    }
}
