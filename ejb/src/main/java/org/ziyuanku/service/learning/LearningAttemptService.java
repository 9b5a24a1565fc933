package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ziyuanku.domain.learning.AnomalyReason;
import org.ziyuanku.domain.learning.AttemptStatus;
import org.ziyuanku.domain.learning.LearningAttempt;
import org.ziyuanku.domain.learning.XapiVerb;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.AttemptTokens;
import org.ziyuanku.service.learning.internal.ItemMedia;
import org.ziyuanku.service.learning.internal.ItemMediaResolver;
import org.ziyuanku.service.learning.internal.ItemProgressRepository;
import org.ziyuanku.service.learning.internal.LearningAttemptRepository;
import org.ziyuanku.service.learning.internal.LearningStatements;
import org.ziyuanku.service.learning.internal.ProgressAnomalyRecorder;
import org.ziyuanku.service.learning.internal.ProgressRecorder;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.LearnableItem;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * Starting and ending attempts at an item (学习尝试), and the claims of progress nobody can make: there is no way to
 * complete an item on the client's word ({@link #refuseCompletionClaim}). Heartbeats are judged by
 * {@link HeartbeatService}. Any signed-in learner may call it; what they may open is decided by teaching's enrolments.
 */
@Stateless
@PermitAll
public class LearningAttemptService {

    static final String START = "LEARNING_ATTEMPT_START";
    static final String END = "LEARNING_ATTEMPT_END";
    /** How often the player beats. */
    public static final int BEAT_SECONDS = 30;
    private static final long RESTART_NEAR_END_MS = 2_000;

    @Inject
    private Caller caller;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ItemMediaResolver media;

    @Inject
    private LearningAttemptRepository attempts;

    @Inject
    private ItemProgressRepository progress;

    @Inject
    private ProgressRecorder recorder;

    @Inject
    private LearningStatements statements;

    @Inject
    private ProgressAnomalyRecorder anomalies;

    @Inject
    private AuditedCall audited;

    /**
     * Starts an attempt at a visible item of a published offering for a learner with an ACTIVE enrolment in it, or a
     * signed-in learner without one when the item is open for trial learning (试学; no progress kept). A 积件 item is
     * learned part by part: {@code partId} (a part's resource id) must be one of its published parts, and progress is
     * kept per part; for any other item there is no part ({@code partId} must be null). The duration comes from the
     * resource; the token is new (32 random bytes) and only its SHA-256 is stored; any other OPEN
     * attempt of the learner is SUPERSEDED. Audited as {@value #START}.
     *
     * @throws LearningRefusedException {@code notFound} when the offering or item does not exist, is hidden or not
     *         published, its resource is not published, the part is missing, not one of the 积件's published parts or
     *         given for an item that is not a 积件, or the caller may not learn it (one answer for all)
     */
    @Audited(action = START)
    public AttemptStartView start(long offeringId, long nodeId, Long partId) {
        long learner = learner();
        audited.on("offering:" + offeringId, "item:" + nodeId + (partId == null ? "" : "/part:" + partId));
        LearnableItem item = teaching.visibleItem(offeringId, nodeId).orElseThrow(LearningAttemptService::notFound);
        Long enrolment = teaching.activeEnrolment(offeringId, learner).orElse(null);
        if (enrolment == null && !item.trial()) {
            throw notFound();
        }
        ItemMedia facts = media.resolve(item, partId).orElseThrow(LearningAttemptService::notFound);
        LocalDateTime now = attempts.databaseNow();
        supersedeOpenAttempts(learner);
        long resumeMs = enrolment == null ? 0 : resumePosition(enrolment, nodeId, facts);
        String token = AttemptTokens.newToken();
        LearningAttempt attempt = new LearningAttempt(AttemptTokens.sha256(token), enrolment, learner, offeringId,
                nodeId, facts.partId() == 0 ? null : facts.partId(), facts.mode(), facts.durationMs(), resumeMs, now);
        attempts.add(attempt);
        if (enrolment != null) {
            recorder.prepare(attempt, facts.requiredSeconds(), now).requireSeconds(facts.requiredSeconds());
        }
        statements.ofAttempt(XapiVerb.LAUNCHED, attempt, null);
        if (resumeMs > 0) {
            statements.ofAttempt(XapiVerb.RESUMED, attempt,
                    "{\"extensions\":{\"https://ziyuanku.org/xapi/position-ms\":" + resumeMs + "}}");
        }
        audited.detail("attempt=" + attempt.getId() + " trial=" + (enrolment == null));
        return new AttemptStartView(attempt.getId(), token, resumeMs, facts.durationMs(), BEAT_SECONDS,
                facts.mode().name(), facts.requiredSeconds(), enrolment == null);
    }

    /**
     * Ends the caller's attempt (CLOSED) when they leave the item; a terminated statement records it. Audited as
     * {@value #END}.
     *
     * @throws LearningRefusedException {@code notFound} for an unknown attempt, a wrong token or another learner's
     */
    @Audited(action = END)
    public void end(long offeringId, long attemptId, String token, String sourceAddress) {
        long learner = learner();
        audited.on("offering:" + offeringId, "attempt:" + attemptId);
        LearningAttempt attempt = attempts.lockWithClock(attemptId).map(now -> attempts.find(attemptId))
                .filter(a -> a.getOfferingId() == offeringId && AttemptTokens.matches(token, a.getTokenSha256()))
                .orElse(null);
        if (attempt == null || attempt.getLearnerId() != learner) {
            AnomalyReason reason = attempt == null ? AnomalyReason.UNKNOWN_TOKEN : AnomalyReason.FOREIGN_TOKEN;
            anomalies.record(learner, attempt == null ? null : attemptId, reason, "end", sourceAddress);
            throw notFound();
        }
        if (attempt.getStatus() == AttemptStatus.OPEN) {
            attempt.end(AttemptStatus.CLOSED);
            statements.ofAttempt(XapiVerb.TERMINATED, attempt, null);
        }
    }

    /**
     * Records a call that claims an item complete or sets progress (there is no such call): a
     * {@code COMPLETION_CLAIM} anomaly of the caller (anonymous callers are not recorded: they have no progress).
     */
    public void refuseCompletionClaim(long offeringId, String what, String sourceAddress) {
        if (!caller.isAnonymous()) {
            anomalies.record(caller.accountId(), null, AnomalyReason.COMPLETION_CLAIM,
                    "offering " + offeringId + ": " + what, sourceAddress);
        }
    }

    private void supersedeOpenAttempts(long learner) {
        for (LearningAttempt open : attempts.openOf(learner)) {
            open.end(AttemptStatus.SUPERSEDED);
            statements.ofAttempt(XapiVerb.TERMINATED, open, "{\"extensions\":{\"https://ziyuanku.org/xapi/ended\":"
                    + "\"superseded\"}}");
        }
    }

    /**
     * Where the learner left this item; the start again when they had reached its end (the last 2 s, or the last tenth
     * of a clip shorter than 20 s, so that a short clip left halfway resumes halfway).
     */
    private long resumePosition(long enrolment, long nodeId, ItemMedia facts) {
        long part = facts.partId();
        long position = progress.find(enrolment, nodeId, part).map(p -> p.getLastPositionMs()).orElse(0L);
        long nearEnd = Math.min(RESTART_NEAR_END_MS, facts.durationMs() / 10);
        return position >= facts.durationMs() - nearEnd ? 0 : position;
    }

    private long learner() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("learning needs an account");
        }
        return caller.accountId();
    }

    static LearningRefusedException notFound() {
        return new LearningRefusedException(LearningRefusedException.NOT_FOUND);
    }

    /** Whether the attempt has gone without beats too long, or is too old, at {@code now}. */
    static boolean expired(LearningAttempt attempt, LocalDateTime now) {
        return Duration.between(attempt.getLastSeenAt(), now).compareTo(Duration.ofMinutes(10)) > 0
                || Duration.between(attempt.getIssuedAt(), now).compareTo(Duration.ofHours(8)) > 0;
    }
}
