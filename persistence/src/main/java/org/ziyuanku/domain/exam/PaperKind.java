package org.ziyuanku.domain.exam;

/** How a paper's questions are chosen: the same listed questions for everybody, or drawn per learner by rules. */
public enum PaperKind {
    /** 固定试卷: the listed questions, in their order shuffled per learner. */
    FIXED,
    /** 随机试卷: each learner's questions drawn by the paper's rules. */
    RANDOM
}
