package org.ziyuanku.domain.exam;

/**
 * The kinds of question the bank holds (issue 15 item 1). Which parts of a question each kind uses is said on
 * {@code org.ziyuanku.service.exam.QuestionDraft}.
 */
public enum QuestionType {
    /** 单选题: one correct option. */
    SINGLE_CHOICE,
    /** 多选题: several correct options, scored all-or-nothing or partially ({@link ChoiceScoring}). */
    MULTIPLE_CHOICE,
    /** 判断题. */
    TRUE_FALSE,
    /** 填空题: one or more blanks, each with its accepted answers. */
    FILL_BLANK,
    /** 简答题/论述题: graded by hand against a reference answer. */
    SHORT_ANSWER,
    /** 匹配题: each prompt is matched to one of the options. */
    MATCHING,
    /** 排序题: the options are to be put in their correct order. */
    ORDERING,
    /** 组合题 (阅读理解、案例分析): a stem with sub-questions. */
    COMPOUND
}
