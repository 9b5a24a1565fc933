package org.ziyuanku.service.teaching.internal;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSettings;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.domain.teaching.LatePolicy;
import org.ziyuanku.domain.teaching.PeerAggregation;
import org.ziyuanku.domain.teaching.RubricCriterion;
import org.ziyuanku.domain.teaching.SubmissionKinds;
import org.ziyuanku.service.teaching.AssignmentCommand;
import org.ziyuanku.service.teaching.AssignmentRefusedException;

/**
 * Checks what staff give for a homework and turns it into settings: instructions sanitised like notices; a manual
 * homework keeps no rubric; a peer homework needs 1 to 10 reviewers, 1 to 20 criteria whose points add up to the
 * homework's points, and a no-review penalty of at most its points. Each refusal names the rule
 * ({@code teaching.assignment.refused.*}, 400).
 */
public final class AssignmentSettingsReader {

    static final int MAX_POINTS = 1000;
    static final int MAX_PEERS = 10;
    static final int MAX_CRITERIA = 20;
    private static final String REFUSED = "teaching.assignment.refused.";

    private AssignmentSettingsReader() {
    }

    /** The checked settings. @throws AssignmentRefusedException naming the first broken rule */
    public static AssignmentSettings read(AssignmentCommand c) {
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty() || title.length() > Assignment.MAX_TITLE) {
            throw refused("title", Integer.toString(Assignment.MAX_TITLE));
        }
        String instructions = c.instructions() == null ? "" : NoticeText.sanitise(c.instructions().strip());
        if (instructions.length() > Assignment.MAX_INSTRUCTIONS) {
            throw refused("instructions", Integer.toString(Assignment.MAX_INSTRUCTIONS));
        }
        if (c.opensAt() == null || c.dueAt() == null || !c.dueAt().isAfter(c.opensAt())) {
            throw refused("window");
        }
        LatePolicy late = constant(LatePolicy.class, c.latePolicy() == null ? "REFUSE" : c.latePolicy(), "latePolicy");
        int penalty = late == LatePolicy.ACCEPT_WITH_PENALTY ? within(c.latePenaltyPercent(), 0, 100, "penalty") : 0;
        int points = within(c.maxPoints(), 1, MAX_POINTS, "maxPoints");
        SubmissionKinds kinds = constant(SubmissionKinds.class, c.submissionKinds() == null ? "TEXT"
                : c.submissionKinds(), "kinds");
        GradingMode grading = constant(GradingMode.class, c.grading() == null ? "MANUAL" : c.grading(), "grading");
        if (grading == GradingMode.MANUAL) {
            return new AssignmentSettings(title, instructions, c.opensAt(), c.dueAt(), late, penalty, points, kinds,
                    grading, 0, List.of(), PeerAggregation.MEDIAN, 0);
        }
        int peers = within(c.peerCount(), 1, MAX_PEERS, "peerCount");
        List<RubricCriterion> rubric = rubric(c.rubric(), points);
        PeerAggregation aggregation = constant(PeerAggregation.class, c.aggregation() == null ? "MEDIAN"
                : c.aggregation(), "aggregation");
        int noReview = within(c.noReviewPenalty() == null ? 0 : c.noReviewPenalty(), 0, points, "noReviewPenalty");
        return new AssignmentSettings(title, instructions, c.opensAt(), c.dueAt(), late, penalty, points, kinds,
                grading, peers, rubric, aggregation, noReview);
    }

    private static List<RubricCriterion> rubric(List<AssignmentCommand.Criterion> criteria, int points) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw refused("rubric", Integer.toString(points));
        }
        List<RubricCriterion> rubric = criteria.stream().map(k -> {
            String t = k == null || k.title() == null ? "" : k.title().strip();
            if (t.isEmpty() || t.length() > 200 || k.maxPoints() == null || k.maxPoints() < 1) {
                throw refused("rubric", Integer.toString(points));
            }
            return new RubricCriterion(t, k.maxPoints());
        }).toList();
        if (rubric.stream().mapToInt(RubricCriterion::getMaxPoints).sum() != points) {
            throw refused("rubric", Integer.toString(points));
        }
        return rubric;
    }

    private static int within(Integer value, int min, int max, String rule) {
        if (value == null || value < min || value > max) {
            throw refused(rule, Integer.toString(min), Integer.toString(max));
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String rule) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(rule, name);
        }
    }

    private static AssignmentRefusedException refused(String rule, String... args) {
        return new AssignmentRefusedException(REFUSED + rule, args);
    }
}
