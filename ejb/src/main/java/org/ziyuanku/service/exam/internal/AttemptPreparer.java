package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.service.exam.ExamView;

/**
 * Draws learners' papers of an exam and stores each as a PREPARED attempt (its snapshot), each with a seed of its
 * own. Idempotent and safe on several nodes: a learner who already has an attempt is skipped, and the partial unique
 * index (one PREPARED or IN_PROGRESS attempt per learner and exam) makes a concurrent second insert do nothing.
 */
@ApplicationScoped
public class AttemptPreparer {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    private AttemptPapers papers;

    @Inject
    private AttemptRepository attempts;

    /** Prepares attempt 1 for each learner without any attempt; answers how many it stored. */
    public int prepareAll(ExamView exam, List<Long> learners) {
        Set<Long> done = new HashSet<>(attempts.learnersWithAttempts(exam.id()));
        AttemptPapers.Source source = null;
        int stored = 0;
        LocalDateTime now = LocalDateTime.now();
        for (long learner : learners) {
            if (done.contains(learner)) {
                continue;
            }
            if (source == null) {
                source = papers.source(exam.paperId(), exam.createdBy());
            }
            if (attempts.prepare(exam.id(), learner, 1, source.prepare(SEEDS.nextLong()), now)) {
                stored++;
            }
        }
        return stored;
    }

    /** Prepares the learner's attempt with this number on demand (a late enrolment, a further attempt). */
    public void prepareOne(ExamView exam, long learnerId, int attemptNo) {
        attempts.prepare(exam.id(), learnerId, attemptNo, papers.source(exam.paperId(), exam.createdBy()).prepare(SEEDS.nextLong()),
                LocalDateTime.now());
    }
}
