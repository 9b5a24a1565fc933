package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.PaperQuestion;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.service.exam.ExamRefusedException;
import org.ziyuanku.service.exam.PaperDrawer;
import org.ziyuanku.service.exam.PaperRefusedException;

/**
 * The rule of use of reviewed questions (先审后发): a question not yet approved may be put into a paper only by its
 * author, for their own classes; a paper used beyond them (an exam set by another teacher, a course's self-test for
 * every offering) holds approved questions only. Refusals name the questions ("#id stem…").
 */
@ApplicationScoped
public class QuestionUse {

    private static final int NAME = 30;

    @Inject
    private QuestionRepository questions;

    @Inject
    private PaperRepository papers;

    /**
     * The questions among {@code ids} that {@code accountId} may not use for their own classes (null: anybody's
     * classes, so approved ones only), by name.
     */
    public List<String> unusable(Collection<Long> ids, Long accountId) {
        return ids.stream().map(questions::find).flatMap(Optional::stream).filter(q -> !q.usableBy(accountId))
                .map(QuestionUse::name).toList();
    }

    /**
     * Refuses the paper in an exam or self-test set by {@code ownerId} for their own classes (null: beyond one
     * teacher's classes).
     *
     * @throws ExamRefusedException {@code exam.exam.invalid.unapproved} naming the questions a fixed paper may not
     *         hold, {@code exam.exam.invalid.notEnoughApproved} for a random paper's rule that the usable questions
     *         do not meet
     */
    public void refuseUnapproved(ExamPaper paper, Long ownerId) {
        if (paper.getKind() == PaperKind.FIXED) {
            List<String> names = unusable(paper.getQuestions().stream().map(PaperQuestion::getQuestionId).toList(),
                    ownerId);
            if (!names.isEmpty()) {
                throw ExamRefusedException.invalid("unapproved", String.join("、", names));
            }
            return;
        }
        try {
            PaperDrawer.random(PaperContents.rules(paper), papers.candidates(paper.getLibraryId(), ownerId), 0L);
        } catch (PaperRefusedException e) {
            throw ExamRefusedException.invalid("notEnoughApproved", Arrays.stream(e.getReasonArgs())
                    .map(String::valueOf).toArray());
        }
    }

    static String name(Question q) {
        String text = QuestionText.text(q.getStem());
        return "#" + q.getId() + "「" + (text.length() > NAME ? text.substring(0, NAME) + "…" : text) + "」";
    }
}
