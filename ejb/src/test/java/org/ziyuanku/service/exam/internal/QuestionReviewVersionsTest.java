package org.ziyuanku.service.exam.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionContent;
import org.ziyuanku.domain.exam.QuestionKey;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.exam.QuestionType;

/** The answer as reviewers read it, and who may use a question before it is approved. */
class QuestionReviewVersionsTest {

    private static final long AUTHOR = 7L;

    @Test
    void answerInWords_perType() {
        assertEquals("A、C（PARTIAL）", QuestionReviewVersions.answer(question(QuestionType.MULTIPLE_CHOICE,
                List.of("甲", "乙", "丙"), new QuestionKey(List.of(0, 2), null, null, null), ChoiceScoring.PARTIAL)));
        assertEquals("B", QuestionReviewVersions.answer(question(QuestionType.SINGLE_CHOICE, List.of("甲", "乙"),
                new QuestionKey(List.of(1), null, null, null), null)));
        assertEquals("×", QuestionReviewVersions.answer(question(QuestionType.TRUE_FALSE, List.of(),
                new QuestionKey(null, false, null, null), null)));
        assertEquals("(1) CO2 / 二氧化碳；(2) 焊芯", QuestionReviewVersions.answer(question(QuestionType.FILL_BLANK,
                List.of(), new QuestionKey(null, null, List.of(List.of("CO2", "二氧化碳"), List.of("焊芯")), null),
                null)));
        assertEquals("1→B；2→A", QuestionReviewVersions.answer(question(QuestionType.MATCHING, List.of("x", "y"),
                new QuestionKey(List.of(1, 0), null, null, null), null)));
        assertEquals("A→B→C", QuestionReviewVersions.answer(question(QuestionType.ORDERING, List.of("清理", "定位焊",
                "焊接"), new QuestionKey(null, null, null, null), null)));
    }

    @Test
    void anUnapprovedQuestionIsItsAuthorsOwn_anApprovedOneAnybodys_anArchivedOneNobodys() {
        Question q = question(QuestionType.TRUE_FALSE, List.of(), new QuestionKey(null, true, null, null), null);
        assertTrue(q.usableBy(AUTHOR));
        assertFalse(q.usableBy(AUTHOR + 1));
        assertFalse(q.usableBy(null));
        q.setStatus(QuestionStatus.RETURNED);
        assertTrue(q.usableBy(AUTHOR));
        assertFalse(q.usableBy(AUTHOR + 1));
        q.approve();
        assertTrue(q.usableBy(AUTHOR + 1));
        assertTrue(q.usableBy(null));
        q.setStatus(QuestionStatus.ARCHIVED);
        assertFalse(q.usableBy(AUTHOR));
    }

    @Test
    void aNewVersionOfAnApprovedQuestionIsPendingUntilApproved() {
        Question approved = question(QuestionType.TRUE_FALSE, List.of(), new QuestionKey(null, true, null, null),
                null);
        approved.approve();
        Question version = Question.newVersionOf(approved);
        assertEquals(QuestionStatus.DRAFT, version.getStatus());
        assertEquals(2, version.getRevision());
        assertEquals(AUTHOR, version.getAuthorId());
        assertFalse(approved.isPendingVersion());
        version.approve();
        assertFalse(version.isPendingVersion());
        assertEquals(null, version.getRevisionOf());
    }

    private static Question question(QuestionType type, List<String> options, QuestionKey key,
            ChoiceScoring scoring) {
        Question q = new Question(1L, AUTHOR, type);
        q.change(new QuestionContent("题干", options, List.of(), null, 3, BigDecimal.ONE, scoring, key, List.of(),
                "f", Set.of()));
        return q;
    }
}
