package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ziyuanku.domain.learning.LearningAttempt;
import org.ziyuanku.domain.learning.XapiVerb;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Writes the activity stream's statements for attempts (launched, resumed, progressed, completed, terminated): one per
 * meaningful event, never one per heartbeat. The registration is a UUID derived from the attempt's id.
 */
@ApplicationScoped
public class LearningStatements {

    static final String ITEM = "ITEM";

    @Inject
    private LearningStatementRepository statements;

    @Inject
    private TeachingAccess teaching;

    /** A statement about the attempt's item; {@code resultJson} may be null. */
    public void ofAttempt(XapiVerb verb, LearningAttempt attempt, String resultJson) {
        Long classId = teaching.classOfLearner(attempt.getOfferingId(), attempt.getLearnerId()).orElse(null);
        statements.add(attempt.getLearnerId(), verb, ITEM, attempt.getOfferingNodeId(), attempt.getOfferingId(),
                classId, registration(attempt.getId()), resultJson);
    }

    /** The statements for progress that went from {@code before} to {@code after} percent: 25/50/75/100, completed. */
    public void progressed(LearningAttempt attempt, int before, int after, int coveredSeconds, boolean completed) {
        for (int mark = 25; mark <= 100; mark += 25) {
            if (before < mark && after >= mark) {
                ofAttempt(XapiVerb.PROGRESSED, attempt, "{\"score\":{\"scaled\":" + mark / 100.0 + "},\"extensions\":"
                        + "{\"https://ziyuanku.org/xapi/covered-seconds\":" + coveredSeconds + "}}");
            }
        }
        if (completed) {
            ofAttempt(XapiVerb.COMPLETED, attempt, "{\"completion\":true,\"success\":true}");
        }
    }

    /** The registration of an attempt. */
    public static UUID registration(long attemptId) {
        return UUID.nameUUIDFromBytes(("learning_attempt:" + attemptId).getBytes(StandardCharsets.UTF_8));
    }
}
