package org.ziyuanku.service.incentive;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ziyuanku.service.incentive.internal.DemoPointRows;

/**
 * For evaluation installs: the points the demo student's progress would have earned through honest heartbeats (the
 * demo progress is written directly, so no event awarded them): learning time for the covered seconds and a
 * completion for each completed item — which also earns the first-completion badge. Once: an enrolment whose learner
 * has points already is left alone.
 */
@Stateless
public class DemoIncentiveService {

    @Inject
    private DemoPointRows rows;

    /** Awards the enrolment's learner for its progress, once; answers the points given. */
    public int ensureDemoPoints(long enrolmentId) {
        return rows.awardProgress(enrolmentId);
    }
}
