package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A learner's peer-grading task (互评) of an exam: another learner's answer to a subjective question, anonymous (no
 * author), with the question's stem, points and reference answer; the reviewer's score and comment so far (null:
 * not graded yet); {@code revisable}: false once a teacher graded the answer.
 */
public record PeerTaskView(long id, long examId, long questionId, String stem, BigDecimal points, String answer,
        String reference, BigDecimal score, String comment, boolean revisable) implements Serializable {

    private static final long serialVersionUID = 1L;
}
