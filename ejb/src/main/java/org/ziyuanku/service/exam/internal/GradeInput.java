package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.util.List;
import org.ziyuanku.service.exam.ExamRefusedException;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/** A person's grade of one answer as typed, a teacher's or a peer's: checked the same way before it is stored. */
public final class GradeInput {

    private GradeInput() {
    }

    /**
     * The comment, stripped, once the score lies in 0..points with at most two decimals and the comment is within
     * {@code maxComment} characters and free of blocked words.
     *
     * @throws ExamRefusedException {@code <keys>.invalid.score} or {@code <keys>.invalid.comment} (400), or the
     *     screen's refusal of a blocked word
     */
    public static String checked(String keys, BigDecimal score, BigDecimal points, String comment, int maxComment,
            SensitiveWordScreening screening) {
        if (score == null || score.signum() < 0 || score.compareTo(points) > 0 || score.scale() > 2) {
            throw new ExamRefusedException(ExamRefusedException.Kind.INVALID, keys + ".invalid.score",
                    points.stripTrailingZeros().toPlainString());
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > maxComment) {
            throw new ExamRefusedException(ExamRefusedException.Kind.INVALID, keys + ".invalid.comment",
                    Integer.toString(maxComment));
        }
        if (!text.isEmpty()) {
            screening.refuseBlocked(List.of(new ScreenedText("comment", text)));
        }
        return text;
    }
}
