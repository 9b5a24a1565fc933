package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.service.exam.ExamRefusedException;
import org.ziyuanku.service.exam.ExamView;
import org.ziyuanku.service.exam.PeerHandOutView;
import org.ziyuanku.service.exam.internal.PeerTaskRepository.Submitted;
import org.ziyuanku.service.system.PeerRotation;

/**
 * Hands out an exam's peer grading (the teacher's action and the automatic one after the window): with the exam's row
 * locked, so two nodes or two clicks hand it out once, each learner's latest submitted attempt's answers still
 * waiting for a person go to N other submitters by {@link PeerRotation} over the shuffled submitters.
 */
@ApplicationScoped
public class PeerHandOut {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        List<Long> learners = new ArrayList<>(attemptOf.keySet());
        Collections.shuffle(learners, RANDOM);
        int answerCount = 0;
        int taskCount = 0;
        for (Map.Entry<Long, List<Long>> plan : PeerRotation.rotate(learners, n).entrySet()) {
            long attemptId = attemptOf.get(plan.getKey());
            for (AnswerRepository.AnswerRow answer : answers.ofAttempt(attemptId)) {
                if (AnswerRepository.PENDING.equals(answer.grader())) {
                    answerCount++;
                    for (long reviewer : plan.getValue()) {
                        tasks.add(examId, attemptId, answer.questionId(), reviewer);
                        taskCount++;
                    }
                }
            }
        }
        if (taskCount == 0) {
            throw ExamRefusedException.conflict("peer.nothing");
        }
        return new PeerHandOutView(examId, learners.size(), answerCount, taskCount);
    }
}
