package org.ziyuanku.service.learning;

import java.io.Serializable;

/**
 * What one learner's weekly progress report (每周学习报告) says about one enrolment: the offering, items completed of
 * the visible items, progress in percent, and items completed since the week started.
 */
public record WeeklyReportView(long enrolmentId, long learnerId, long offeringId, String offeringTitle, int completed,
        int items, int progress, int completedThisWeek) implements Serializable {

    private static final long serialVersionUID = 1L;
}
