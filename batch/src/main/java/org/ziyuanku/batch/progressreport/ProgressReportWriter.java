package org.ziyuanku.batch.progressreport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.LearningReportService;
import org.ziyuanku.service.learning.WeeklyReportView;

/**
 * Sends the chunk's reports in the chunk's transaction: each learner once a week whatever node or run sends it
 * ({@code weekly_report_sent}); the step's exit status counts the reports this run sent.
 */
@Named
@Dependent
public class ProgressReportWriter extends AbstractItemWriter {

    @EJB
    private LearningReportService reports;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty
    private String week;

    @Override
    public void writeItems(List<Object> items) {
        int sent = reports.send(items.stream().map(WeeklyReportView.class::cast).toList(), ProgressReportWeek.of(week));
        int before = step.getPersistentUserData() instanceof Integer n ? n : 0;
        step.setPersistentUserData(before + sent);
        step.setExitStatus("sent=" + (before + sent));
    }
}
