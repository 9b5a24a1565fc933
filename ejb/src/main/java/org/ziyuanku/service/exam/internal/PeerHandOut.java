package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ziyuanku.service.exam.ExamRefusedException;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.PeerHandOutView;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.Submitted;
import org.ziyuanku.service.system.PeerRotation;

/**
 * Hands out an exam's peer grading (the teacher's action and the automatic one after the window): with the exam's row
 * locked, so two nodes or two clicks hand it out once, each learner's latest submitted attempt's answers still
 * waiting for a person go to N other submitters by {@link PeerRotation} over the shuffled submitters. An attempt
 * submitted after the hand-out (late, or auto-submitted at its deadline) gets N reviewers too ({@link #addLate}).
 */
@ApplicationScoped
public class PeerHandOut {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(PeerHandOut.class.getName());

    @Inject
    private PeerTaskRepository tasks;

    @Inject
    private AnswerRepository answers;

    /**
     * Hands out the exam's peer grading to its N ({@code exam.peerReviewers()}) reviewers per answer.
     *
     * @throws ExamRefusedException {@code exam.peer.handedOut}, {@code tooFew}, {@code nothing} (409)
     */
    public PeerHandOutView handOut(ExamView exam) {
        long examId = exam.id();
        int n = exam.peerReviewers();
        tasks.lockExam(examId);
        if (tasks.handedOut(examId)) {
            throw ExamRefusedException.conflict("peer.handedOut");
        }
        List<Submitted> submitted = tasks.submitted(examId);
        if (submitted.size() <= n) {
            throw ExamRefusedException.conflict("peer.tooFew", Integer.toString(n), Integer.toString(submitted.size()));
        }
        Map<Long, Long> attemptOf = submitted.stream().collect(Collectors.toMap(Submitted::learnerId,
                Submitted::attemptId));
        Map<Long, List<Long>> waiting = waiting(examId, Set.copyOf(attemptOf.values()));
        List<Long> learners = new ArrayList<>(attemptOf.keySet());
        Collections.shuffle(learners, RANDOM);
        int answerCount = 0;
        int taskCount = 0;
        for (Map.Entry<Long, List<Long>> plan : PeerRotation.rotate(learners, n).entrySet()) {
            long attemptId = attemptOf.get(plan.getKey());
            for (long questionId : waiting.getOrDefault(attemptId, List.of())) {
                answerCount++;
                taskCount += add(examId, attemptId, questionId, plan.getValue());
            }
        }
        if (taskCount == 0) {
            throw ExamRefusedException.conflict("peer.nothing");
        }
        return new PeerHandOutView(examId, learners.size(), answerCount, taskCount);
    }

    /**
     * What {@link #addLate} did: the tasks it added, the attempt's answers waiting for a person and the reviewers it
     * could draw on (the exam's, without the author).
     */
    public record Late(int tasks, int waiting, int reviewers) {

        static final Late NONE = new Late(0, 0, 0);

        /** Whether answers wait but fewer than {@code n} others review: nothing was added, the teacher grades. */
        public boolean shortOf(int n) {
            return tasks == 0 && waiting > 0 && reviewers < n;
        }
    }

    /**
     * After the hand-out, gives a newly submitted attempt's answers waiting for a person N reviewers among the exam's
     * reviewers, those with the fewest tasks first, never its author ({@link PeerRotation#addLate}); within the exam's
     * row lock. Idempotent: nothing before the hand-out (it takes the attempt then), for an attempt handed out already,
     * or when fewer than N others review (the teacher grades; the minute sweep records and tells that once:
     * {@code ExamPeerSweepService}). The learner's submit, the deadline's and the sweep's catch-up come this way.
     */
    public Late addLate(ExamView exam, long attemptId, long learnerId) {
        long examId = exam.id();
        int n = exam.peerReviewers();
        if (n < 1) {
            return Late.NONE;
        }
        tasks.lockExam(examId);
        if (!tasks.handedOut(examId) || tasks.handedOutAttempt(attemptId)) {
            return Late.NONE;
        }
        List<Long> questions = answers.ofAttempt(attemptId).stream()
                .filter(a -> AnswerRepository.PENDING.equals(a.grader())).map(AnswerRepository.AnswerRow::questionId)
                .toList();
        Map<Long, Integer> load = tasks.load(examId);
        load.remove(learnerId);
        if (questions.isEmpty() || load.size() < n) {
            LOG.log(Level.INFO, "exam {0}: late attempt {1} not peer-graded ({2} answers, {3} reviewers)",
                    new Object[] {examId, attemptId, questions.size(), load.size()});
            return new Late(0, questions.size(), load.size());
        }
        List<Long> reviewers = PeerRotation.addLate(List.of(learnerId), load, n).get(learnerId);
        int added = 0;
        for (long questionId : questions) {
            added += add(examId, attemptId, questionId, reviewers);
        }
        return new Late(added, questions.size(), load.size());
    }

    /** The given attempts' answers waiting for a person (one query for the exam), attempt → questions. */
    private Map<Long, List<Long>> waiting(long examId, Set<Long> attemptIds) {
        return answers.pending(examId).stream().filter(a -> a.waiting() && attemptIds.contains(a.attemptId()))
                .collect(Collectors.groupingBy(AnswerRepository.PendingRow::attemptId,
                        Collectors.mapping(AnswerRepository.PendingRow::questionId, Collectors.toList())));
    }

    private int add(long examId, long attemptId, long questionId, List<Long> reviewers) {
        reviewers.forEach(r -> tasks.add(examId, attemptId, questionId, r));
        return reviewers.size();
    }
}
