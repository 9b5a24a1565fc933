package org.ziyuanku.batch.progressreport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.learning.LearningReportService;

/** Turns an enrolment id into its report of the week; an enrolment that ended meanwhile is skipped (null). */
@Named
@Dependent
public class ProgressReportProcessor implements ItemProcessor {

    @EJB
    private LearningReportService reports;

    @Inject
    @BatchProperty
    private String week;

    @Override
    public Object processItem(Object item) {
        return reports.summary((Long) item, ProgressReportWeek.of(week)).orElse(null);
    }
}
