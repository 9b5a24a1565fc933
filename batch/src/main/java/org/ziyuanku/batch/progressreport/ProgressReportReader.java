package org.ziyuanku.batch.progressreport;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ziyuanku.service.learning.LearningReportService;

/**
 * Reads the ACTIVE enrolments of running offerings in keyset pages of {@value #PAGE} ids; the checkpoint is the last
 * id handed out, so a restarted job goes on after it.
 */
@Named
@Dependent
public class ProgressReportReader extends AbstractItemReader {

    static final int PAGE = 200;

    @EJB
    private LearningReportService reports;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long id ? id : 0L;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(reports.weekOpenEnrolments(lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
