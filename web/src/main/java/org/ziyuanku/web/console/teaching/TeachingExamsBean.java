package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.ExamGradingService;
import org.ziyuanku.service.exam.ExamPeerGradingService;
import org.ziyuanku.service.exam.PeerHandOutView;
import org.ziyuanku.service.exam.ExamResultView;
import org.ziyuanku.service.exam.ExamResultsService;
import org.ziyuanku.service.exam.ExamService;
import org.ziyuanku.service.exam.ExamStatisticsView;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.GradingItemView;
import org.ziyuanku.service.exam.PaperService;
import org.ziyuanku.service.exam.PaperView;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The exams of an offering for its teachers (console/teaching/exams.xhtml?offering=…[&amp;exam=…]): the list, a form
 * creating a DRAFT exam from a paper of a library the teacher works in, publishing (the learners' papers are then
 * drawn in the background), and for the chosen exam the results per learner (score, status, switch-away count: a
 * signal, not a verdict), closing it early, its statistics (a chart of the score bands, per question rates and
 * option counts) with the Excel export link, and the manual grading queue with a score and comment per answer. Every change is a Faces
 * POST; a broken rule is shown as a message, a missing right is the 403 page, an unknown offering or exam 404.
 */
@Named
@ViewScoped
public class TeachingExamsBean extends OfferingStaffPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamService exams;

    @EJB
    private ExamGradingService grading;

    @EJB
    private ExamResultsService examResults;

    @EJB
    private ExamPeerGradingService peerGrading;

    @EJB
    private PaperService papers;

    @EJB
    private ResourceUploadService uploads;

    private String exam;
    private final RequestMark papersRead = new RequestMark();
    private transient List<ExamView> list;
    private transient List<PaperChoice> paperList;
    private transient ExamView selected;
    private transient List<ExamResultView> results;
    private transient List<GradingItemView> queue;
    private transient ExamStatisticsView statistics;
    private final ExamCommandForm form = new ExamCommandForm();
    private final Map<String, String> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    /** A paper the teacher may set an exam on, labelled with its library. */
    public record PaperChoice(long id, String label) {
    }

    @Override
    protected void loadRows(long offeringId) {
        list = RefusalMessages.load(() -> exams.list(offeringId));
    }

    @Override
    protected void loadChosen(long offeringId) {
        selected = exam == null || exam.isBlank() ? null
                : RefusalMessages.load(() -> exams.get(TeachingPages.id(exam)));
        if (selected != null && selected.offeringId() != offeringId) {
            selected = null;
        }
        results = selected == null ? List.of() : exams.results(selected.id());
        queue = selected == null ? List.of() : grading.queue(selected.id());
        statistics = selected == null || selected.status() == ExamStatus.DRAFT ? null
                : examResults.statistics(selected.id());
    }

    public void create() {
        load();
        long[] made = new long[1];
        if (RefusalMessages.change(() -> made[0] = exams.create(form.command(offeringId())),
                "teaching.exams.created")) {
            exam = Long.toString(made[0]);
        }
        load();
    }

    public void publish(long id) {
        RefusalMessages.change(() -> exams.publish(id), "teaching.exams.published");
        exam = Long.toString(id);
        load();
    }

    /** Closes a published exam early; the attempts in progress are submitted at once. */
    public void close(long id) {
        RefusalMessages.change(() -> exams.close(id), "teaching.exams.closed");
        exam = Long.toString(id);
        load();
    }

    /** Hands out the peer grading of an exam that is over (its subjective answers to N other submitters). */
    public void handOutPeerGrading(long id) {
        try {
            PeerHandOutView done = peerGrading.handOut(id);
            Messages.addGlobalInfo("teaching.exams.peerHandedOut", done.reviewers(), done.answers(), done.tasks());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        exam = Long.toString(id);
        load();
    }

    /** The peers' scores of a queue item as text ("3, 2.5"). */
    public String peerScoresOf(GradingItemView item) {
        return item.peerScores().stream().map(s -> s.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    /** The chart configuration (JSON) of the selected exam's score bands. */
    public String getBandChart() {
        loaded();
        return statistics == null ? null
                : ExamBandChart.of(statistics.bands(), Messages.create("teaching.exams.learners").get().getSummary());
    }

    /** Grades one answer of the queue with the score and comment typed in its row. */
    public void grade(long attemptId, long questionId) {
        String key = attemptId + "-" + questionId;
        BigDecimal score;
        try {
            score = new BigDecimal(scores.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            Messages.addGlobalError("teaching.exams.scoreNumber");
            load();
            return;
        }
        if (RefusalMessages.change(() -> grading.grade(attemptId, questionId, score, comments.get(key)),
                "teaching.exams.graded")) {
            scores.remove(key);
            comments.remove(key);
        }
        load();
    }

    /** The papers of every library the teacher works in. */
    public List<PaperChoice> getPapers() {
        if (!papersRead.marked()) {
            papersRead.mark();
            paperList = new ArrayList<>();
            for (LibraryChoiceView library : uploads.libraries()) {
                for (PaperView p : papers.list(library.id())) {
                    paperList.add(new PaperChoice(p.id(), p.title() + " · " + library.name()));
                }
            }
        }
        return paperList;
    }

    /** A time of an exam's window, to the minute as the form takes it (a stored one may carry fractions of seconds). */
    public String minute(LocalDateTime time) {
        return time == null ? "" : AssignmentCommandForm.TIME.format(time);
    }

    /** The class's name; null for an exam of every class. */
    public String scopeOf(ExamView e) {
        return header().nameOf(e.classId());
    }

    /** The learner's name of an answer in the queue (from the results). */
    public String learnerOf(GradingItemView item) {
        return results.stream().filter(r -> r.attemptId() == item.attemptId()).map(ExamResultView::learnerName)
                .findFirst().orElse("");
    }

    public ShowAnswers[] getShowAnswersValues() {
        return ShowAnswers.values();
    }

    public List<ExamView> getExams() {
        loaded();
        return list;
    }

    public ExamView getSelected() {
        loaded();
        return selected;
    }

    public List<ExamResultView> getResults() {
        loaded();
        return results;
    }

    public List<GradingItemView> getQueue() {
        loaded();
        return queue;
    }

    /** The queue's answers still waiting for a person (the pending count). */
    public List<GradingItemView> getWaiting() {
        return getQueue().stream().filter(GradingItemView::waiting).toList();
    }

    /** The queue's answers scored by their peers' mean (互评已评), which the teacher may still override. */
    public List<GradingItemView> getPeerGraded() {
        return getQueue().stream().filter(g -> !g.waiting()).toList();
    }

    public ExamStatisticsView getStatistics() {
        loaded();
        return statistics;
    }

    public ExamCommandForm getForm() {
        return form;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public String getExam() {
        return exam;
    }

    public void setExam(String exam) {
        this.exam = exam;
    }
}
