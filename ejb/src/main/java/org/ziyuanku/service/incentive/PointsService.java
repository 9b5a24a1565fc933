package org.ziyuanku.service.incentive;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.incentive.PointLevel;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.incentive.internal.IncentiveReads;
import org.ziyuanku.service.incentive.internal.PointLedger;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * The caller's points, level and badges, and the rankings (排行): a class's to its staff and ACTIVE learners (404 to
 * anyone else), a library's to anyone signed in, a school's to its own members and its administrators (404 to
 * anyone else). Refusals are audited.
 */
@Stateless
@PermitAll
public class PointsService {

    /** How many awards {@link #mine()} lists. */
    static final int RECENT = 30;
    private static final String RANKING = "RANKING_READ";

    @Inject
    private Caller caller;

    @Inject
    private PointLedger ledger;

    @Inject
    private IncentiveReads reads;

    @Inject
    private TeachingAccess teaching;

    /** The caller's total, level, today's points against the caps, latest awards and badges. */
    @Audited(action = "POINTS_READ", outcomes = AuditOutcome.DENIED)
    public MyPointsView mine() {
        long account = signedIn();
        long total = ledger.total(account);
        PointLevel level = PointLevel.of(total);
        Map<String, Integer> today = reads.today(account, LocalDate.now());
        List<PointTodayView> caps = ledger.rules().stream().map(r -> new PointTodayView(r.getAction().name(),
                today.getOrDefault(r.getAction().name(), 0), r.getDailyCap())).toList();
        return new MyPointsView(total, level.number(), level.next() == null ? null : level.next().threshold(), caps,
                reads.recent(account, RECENT), reads.badges(account));
    }

    /** The class's ranking. */
    @Audited(action = RANKING, outcomes = AuditOutcome.DENIED)
    public List<RankingRowView> classRanking(@AuditScope("class:") @AuditTarget("class:") long classId) {
        long account = signedIn();
        long offering = reads.offeringOfClass(classId).orElseThrow(IncentiveRefusedException::notFound);
        boolean member = teaching.isClassStaff(classId, account) || teaching.ownsOffering(offering, account)
                || teaching.classOfLearner(offering, account).filter(c -> c == classId).isPresent();
        if (!member) {
            throw IncentiveRefusedException.concealedDenial();
        }
        return reads.classRanking(classId, account);
    }

    /** The library's ranking. */
    @Audited(action = RANKING, outcomes = AuditOutcome.DENIED)
    public List<RankingRowView> libraryRanking(@AuditScope("library:") @AuditTarget("library:") long libraryId) {
        long account = signedIn();
        if (!reads.libraryExists(libraryId)) {
            throw IncentiveRefusedException.notFound();
        }
        return reads.libraryRanking(libraryId, account);
    }

    /** The school's ranking. */
    @Audited(action = RANKING, outcomes = AuditOutcome.DENIED)
    public List<RankingRowView> schoolRanking(@AuditTarget("organisation:") long organisationId) {
        long account = signedIn();
        if (!reads.organisationExists(organisationId)) {
            throw IncentiveRefusedException.notFound();
        }
        boolean member = caller.organisationId().filter(o -> o == organisationId).isPresent()
                || caller.administersOrganisation(organisationId, null);
        if (!member) {
            throw IncentiveRefusedException.concealedDenial();
        }
        return reads.schoolRanking(organisationId, account);
    }

    private long signedIn() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("points need an account");
        }
        return caller.accountId();
    }
}
