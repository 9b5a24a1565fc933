package org.ziyuanku.web.console.teaching;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.teaching.AssignmentCommand;

/**
 * A new homework as typed on console/teaching/assignments.xhtml: times as {@code yyyy-MM-dd HH:mm}, the rubric one
 * criterion a line ({@code title:points}). What cannot be read is passed on as null, so the service's own message
 * says what is missing.
 */
public class AssignmentCommandForm extends ClassTitledForm {

    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private String instructions;
    private String opensAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).format(TIME);
    private String dueAt = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.MINUTES).format(TIME);
    private String latePolicy = "ACCEPT_MARKED";
    private Integer latePenaltyPercent = 0;
    private Integer maxPoints = 100;
    private String submissionKinds = "BOTH";
    private String grading = "MANUAL";
    private Integer peerCount = 3;
    private String rubric;
    private String aggregation = "MEDIAN";
    private Integer noReviewPenalty = 0;
    private boolean publish = true;

    AssignmentCommand command() {
        boolean peer = "PEER".equals(grading);
        return new AssignmentCommand(target(), getTitle(), instructions, time(opensAt), time(dueAt), latePolicy,
                latePenaltyPercent == null ? 0 : latePenaltyPercent, maxPoints, submissionKinds, grading,
                peer ? peerCount : null, peer ? criteria(rubric) : List.of(), aggregation,
                noReviewPenalty == null ? 0 : noReviewPenalty);
    }

    /** A time typed as yyyy-MM-dd HH:mm (or ISO with a T); null when it is not one. */
    static LocalDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().replace('T', ' '), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The rubric lines "title:points" (also "：" or a tab); a line without points gets none. */
    static List<AssignmentCommand.Criterion> criteria(String text) {
        List<AssignmentCommand.Criterion> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int colon = Math.max(Math.max(l.lastIndexOf(':'), l.lastIndexOf('：')), l.lastIndexOf('\t'));
            Integer points = null;
            String name = l;
            if (colon > 0) {
                name = l.substring(0, colon).strip();
                try {
                    points = Integer.valueOf(l.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    points = null;
                }
            }
            list.add(new AssignmentCommand.Criterion(name, points));
        }
        return list;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getDueAt() {
        return dueAt;
    }

    public void setDueAt(String dueAt) {
        this.dueAt = dueAt;
    }

    public String getLatePolicy() {
        return latePolicy;
    }

    public void setLatePolicy(String latePolicy) {
        this.latePolicy = latePolicy;
    }

    public Integer getLatePenaltyPercent() {
        return latePenaltyPercent;
    }

    public void setLatePenaltyPercent(Integer latePenaltyPercent) {
        this.latePenaltyPercent = latePenaltyPercent;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(Integer maxPoints) {
        this.maxPoints = maxPoints;
    }

    public String getSubmissionKinds() {
        return submissionKinds;
    }

    public void setSubmissionKinds(String submissionKinds) {
        this.submissionKinds = submissionKinds;
    }

    public String getGrading() {
        return grading;
    }

    public void setGrading(String grading) {
        this.grading = grading;
    }

    public Integer getPeerCount() {
        return peerCount;
    }

    public void setPeerCount(Integer peerCount) {
        this.peerCount = peerCount;
    }

    public String getRubric() {
        return rubric;
    }

    public void setRubric(String rubric) {
        this.rubric = rubric;
    }

    public String getAggregation() {
        return aggregation;
    }

    public void setAggregation(String aggregation) {
        this.aggregation = aggregation;
    }

    public Integer getNoReviewPenalty() {
        return noReviewPenalty;
    }

    public void setNoReviewPenalty(Integer noReviewPenalty) {
        this.noReviewPenalty = noReviewPenalty;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
