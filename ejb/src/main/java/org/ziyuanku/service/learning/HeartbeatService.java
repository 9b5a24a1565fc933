package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.ziyuanku.domain.learning.AnomalyReason;
import org.ziyuanku.domain.learning.AttemptStatus;
import org.ziyuanku.domain.learning.Credit;
import org.ziyuanku.domain.learning.Heartbeat;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.domain.learning.LearningAttempt;
import org.ziyuanku.domain.learning.ProgressCredit;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.AttemptTokens;
import org.ziyuanku.service.learning.internal.LearningAttemptRepository;
import org.ziyuanku.service.learning.internal.ProgressAnomalyRecorder;
import org.ziyuanku.service.learning.internal.ProgressRecorder;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Heartbeats (心跳): the only way progress is made, and only what {@link ProgressCredit} grants against the database's
 * clock. The attempt row is locked for the beat, so beats of one attempt serialise across nodes. Checks, in order: the
 * token must be the attempt's (else UNKNOWN_TOKEN, 404), the attempt the caller's (FOREIGN_TOKEN, 404), OPEN
 * (SUPERSEDED 409, EXPIRED 410), the sequence above the last (REPLAY, 409); then the credit rule, whose refusals answer
 * {@code credited: 0} with the reason. Every refusal is one {@code progress_anomaly} row (its own transaction) and a
 * rate-limited WARNING; not audited (the audit chain's lock would serialise every beat).
 */
@Stateless
@PermitAll
public class HeartbeatService {

    /** The system property that sets the per-beat tolerance in milliseconds (default 2000). */
    public static final String TOLERANCE_PROPERTY = "zyk.learning.beat-tolerance-ms";

    @Inject
    private Caller caller;

    @Inject
    private LearningAttemptRepository attempts;

    @Inject
    private ProgressRecorder recorder;

    @Inject
    private ProgressAnomalyRecorder anomalies;

    /**
     * Judges one beat of the caller's attempt and credits what the rule allows.
     *
     * @throws LearningRefusedException {@code notFound} for a token that is not the attempt's or an attempt of
     *         someone else, {@code replay} or {@code superseded} (409), {@code expired} (410), {@code malformed} (400)
     */
    public HeartbeatView beat(long offeringId, long attemptId, HeartbeatCommand command, String sourceAddress) {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("heartbeats need an account");
        }
        long learner = caller.accountId();
        Heartbeat beat = readable(learner, attemptId, command, sourceAddress);
        LocalDateTime now = attempts.lockWithClock(attemptId).orElse(null);
        LearningAttempt attempt = now == null ? null : attempts.find(attemptId);
        if (attempt == null || attempt.getOfferingId() != offeringId
                || !AttemptTokens.matches(command.token(), attempt.getTokenSha256())) {
            throw refuse(learner, attempt == null ? null : attemptId, AnomalyReason.UNKNOWN_TOKEN,
                    LearningRefusedException.NOT_FOUND, "no attempt with this token", sourceAddress);
        }
        if (attempt.getLearnerId() != learner) {
            throw refuse(learner, attemptId, AnomalyReason.FOREIGN_TOKEN, LearningRefusedException.NOT_FOUND,
                    "attempt of learner " + attempt.getLearnerId(), sourceAddress);
        }
        checkOpen(attempt, now, command.seq(), sourceAddress);
        if (command.unknownFields() != null && !command.unknownFields().isEmpty()) {
            anomalies.record(learner, attemptId, AnomalyReason.COMPLETION_CLAIM, "ignored fields "
                    + command.unknownFields(), sourceAddress);
        }
        return credit(attempt, beat, command.seq(), now, sourceAddress);
    }

    private HeartbeatView credit(LearningAttempt attempt, Heartbeat beat, int seq, LocalDateTime now, String address) {
        ProgressCredit rule = new ProgressCredit(Long.getLong(TOLERANCE_PROPERTY, ProgressCredit.DEFAULT_TOLERANCE_MS));
        Credit credit = rule.evaluate(attempt.stateAt(now), beat, recorder.covered(attempt));
        attempt.beatSeen(seq, now);
        if (credit.reason() != null) {
            anomalies.record(attempt.getLearnerId(), attempt.getId(), credit.reason(), credit.detail(), address);
        }
        if (credit.refused()) {
            return new HeartbeatView(0, credit.reason().name(), -1, -1, -1, false);
        }
        attempt.apply(credit, beat.visible());
        ItemProgress row = recorder.record(attempt, credit, now);
        String reason = credit.reason() == null ? null : credit.reason().name();
        long credited = credit.newlySeconds() + credit.visibleMs() / 1000;
        return row == null ? new HeartbeatView(credited, reason, -1, -1, -1, false)
                : new HeartbeatView(credited, reason, row.getCoveredSeconds(), row.getRequiredSeconds(),
                        row.percent(), row.getCompletedAt() != null);
    }

    private void checkOpen(LearningAttempt attempt, LocalDateTime now, int seq, String address) {
        long learner = attempt.getLearnerId();
        if (attempt.getStatus() == AttemptStatus.SUPERSEDED) {
            throw refuse(learner, attempt.getId(), AnomalyReason.SUPERSEDED, LearningRefusedException.SUPERSEDED,
                    "a newer attempt is open", address);
        }
        if (attempt.getStatus() != AttemptStatus.OPEN || LearningAttemptService.expired(attempt, now)) {
            throw refuse(learner, attempt.getId(), AnomalyReason.EXPIRED, LearningRefusedException.EXPIRED,
                    "status " + attempt.getStatus() + ", last beat " + attempt.getLastSeenAt(), address);
        }
        if (seq <= attempt.getLastSeq()) {
            throw refuse(learner, attempt.getId(), AnomalyReason.REPLAY, LearningRefusedException.REPLAY,
                    "seq " + seq + " after " + attempt.getLastSeq(), address);
        }
    }

    private Heartbeat readable(long learner, long attemptId, HeartbeatCommand command, String address) {
        boolean readable = command != null && command.token() != null && !command.token().isBlank()
                && command.seq() != null && command.seq() > 0 && command.fromMs() != null && command.toMs() != null
                && command.fromMs() >= 0 && command.toMs() >= 0 && (command.rate() == null || command.rate() >= 0);
        if (!readable) {
            throw refuse(learner, null, AnomalyReason.MALFORMED, LearningRefusedException.MALFORMED,
                    "attempt " + attemptId + ": a beat without token, seq or interval", address);
        }
        return new Heartbeat(command.fromMs(), command.toMs(), command.rate() == null ? 1.0 : command.rate(),
                Boolean.TRUE.equals(command.seeked()), !Boolean.FALSE.equals(command.visible()));
    }

    private LearningRefusedException refuse(long learner, Long attemptId, AnomalyReason reason, String key,
            String detail, String address) {
        anomalies.record(learner, attemptId, reason, detail, address);
        return new LearningRefusedException(key);
    }
}
