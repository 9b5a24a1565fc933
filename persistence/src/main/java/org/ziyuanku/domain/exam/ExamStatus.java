package org.ziyuanku.domain.exam;

/** An exam's state: a DRAFT is edited, a PUBLISHED exam is taken within its window, a CLOSED one no longer. */
public enum ExamStatus {
    DRAFT, PUBLISHED, CLOSED
}
