package org.ziyuanku.domain.teaching;

/** Who grades a homework: the teacher (manual), or the learners each other against a rubric (peer, 互评). */
public enum GradingMode {
    MANUAL, PEER
}
