package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.exam.ExamPrintView;
import org.ziyuanku.service.exam.ExamResultsService;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * The print view of an exam's results (console/teaching/exam-print.xhtml?exam=…): the figures, each learner's best
 * attempt and the item table on a bare page with a print stylesheet. Read-only, so request-scoped; the service
 * refuses anyone but the exam's teachers (a learner or another teacher of the offering 403, anybody else 404).
 */
@Named
@RequestScoped
public class TeachingExamPrintBean {

    private static final int BAND_PERCENT = 10;

    @EJB
    private ExamResultsService results;

    private String exam;
    private ExamPrintView view;
    private LocalDateTime printedAt;

    public void load() {
        long id = TeachingPages.id(exam);
        view = RefusalMessages.load(() -> results.print(id));
        printedAt = LocalDateTime.now().withNano(0);
    }

    /** The score distribution as text: "0–10 %: 1 · 10–20 %: 0 · …". */
    public String getBands() {
        List<String> parts = new ArrayList<>();
        List<Integer> bands = view.statistics().bands();
        for (int i = 0; i < bands.size(); i++) {
            parts.add(i * BAND_PERCENT + "–" + (i + 1) * BAND_PERCENT + " %: " + bands.get(i));
        }
        return String.join(" · ", parts);
    }

    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }

    public ExamPrintView getView() {
        return view;
    }

    public LocalDateTime getPrintedAt() {
        return printedAt;
    }
}
