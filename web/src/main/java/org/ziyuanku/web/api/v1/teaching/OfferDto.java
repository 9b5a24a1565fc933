package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/offerings}: the published course, the term ({@code 2026-2027-1}), first and last
 * day, title, enrolment mode (OPEN, CODE, ROSTER) and whether outsiders may enrol; with {@code fromOfferingId} a
 * re-offering of that earlier offering ({@code courseId} may then be left out).
 */
public record OfferDto(Long courseId, String term, LocalDate startsOn, LocalDate endsOn, String title,
        String enrolmentMode, Boolean openToOutsiders, Long fromOfferingId) {
}
