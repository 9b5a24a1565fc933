package org.ziyuanku.service.incentive.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.domain.incentive.BadgeKind;
import org.ziyuanku.domain.incentive.PointAction;
import org.ziyuanku.domain.incentive.PointRule;
import org.ziyuanku.service.incentive.IncentiveRefusedException;

/**
 * Writes awards: the account's day row of the action is created if missing and locked ({@code for update}, so two
 * nodes awarding the same account at once wait for each other and the cap holds), an occurrence with an object key is
 * entered once ({@code on conflict do nothing}), the grant is added to the day and the total, and every badge the
 * account now meets is awarded once.
 */
@ApplicationScoped
public class PointLedger {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The rule of the action. */
    public Optional<PointRule> rule(PointAction action) {
        return Optional.ofNullable(em.find(PointRule.class, action));
    }

    /** The rule locked optimistically for a change. */
    public Optional<PointRule> ruleForUpdate(PointAction action) {
        return Optional.ofNullable(em.find(PointRule.class, action, LockModeType.OPTIMISTIC));
    }

    /** Every rule, in the order of {@link PointAction}. */
    public List<PointRule> rules() {
        return em.createQuery("select r from PointRule r", PointRule.class).getResultList().stream()
                .sorted((a, b) -> a.getAction().compareTo(b.getAction())).toList();
    }

    /**
     * Awards one occurrence; answers the points given (0 for an object already awarded, a rule worth nothing, or a
     * reached cap). {@code objectKey} null for learning time; {@code seconds} only for learning time.
     */
    public int award(long account, PointAction action, String objectKey, long seconds, LocalDate day) {
        PointRule rule = rule(action).orElse(null);
        if (rule == null || rule.getPoints() == 0) {
            return 0;
        }
        Tuple dayRow = lockDay(account, action, day);
        if (objectKey != null && !enterOnce(account, action, objectKey, day)) {
            return 0;
        }
        PointGrant grant = PointGrant.of(rule, dayRow.get("points", Number.class).intValue(),
                dayRow.get("seconds", Number.class).longValue(), seconds);
        em.createNativeQuery("update point_day set points = points + ?1, seconds = ?2 where account_id = ?3"
                + " and action = ?4 and day = ?5").setParameter(1, grant.granted())
                .setParameter(2, (int) Math.min(Integer.MAX_VALUE, grant.secondsAfter())).setParameter(3, account)
                .setParameter(4, action.name()).setParameter(5, day).executeUpdate();
        if (objectKey != null) {
            em.createNativeQuery("update point_entry set points = ?1 where account_id = ?2 and action = ?3"
                    + " and object_key = ?4").setParameter(1, grant.granted()).setParameter(2, account)
                    .setParameter(3, action.name()).setParameter(4, objectKey).executeUpdate();
        } else if (grant.earned() > 0) {
            em.createNativeQuery("insert into point_entry (account_id, action, points, day) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, account).setParameter(2, action.name()).setParameter(3, grant.granted())
                    .setParameter(4, day).executeUpdate();
        }
        if (grant.granted() > 0) {
            em.createNativeQuery("insert into point_balance (account_id, total) values (?1, ?2) on conflict"
                    + " (account_id) do update set total = point_balance.total + excluded.total,"
                    + " updated_at = localtimestamp").setParameter(1, account).setParameter(2, grant.granted())
                    .executeUpdate();
        }
        awardBadges(account, action);
        return grant.granted();
    }

    private Tuple lockDay(long account, PointAction action, LocalDate day) {
        em.createNativeQuery("insert into point_day (account_id, action, day) values (?1, ?2, ?3) on conflict"
                + " do nothing").setParameter(1, account).setParameter(2, action.name()).setParameter(3, day)
                .executeUpdate();
        return (Tuple) em.createNativeQuery("select points, seconds from point_day where account_id = ?1"
                + " and action = ?2 and day = ?3 for update", Tuple.class).setParameter(1, account)
                .setParameter(2, action.name()).setParameter(3, day).getSingleResult();
    }

    private boolean enterOnce(long account, PointAction action, String objectKey, LocalDate day) {
        return em.createNativeQuery("insert into point_entry (account_id, action, points, object_key, day)"
                + " values (?1, ?2, 0, ?3, ?4) on conflict (account_id, action, object_key) do nothing")
                .setParameter(1, account).setParameter(2, action.name()).setParameter(3, objectKey)
                .setParameter(4, day).executeUpdate() == 1;
    }

    private void awardBadges(long account, PointAction action) {
        long total = total(account);
        long count = ((Number) em.createNativeQuery("select count(*) from point_entry where account_id = ?1"
                + " and action = ?2 and object_key is not null").setParameter(1, account)
                .setParameter(2, action.name()).getSingleResult()).longValue();
        for (BadgeKind kind : BadgeKind.values()) {
            boolean counts = kind.action() == null || kind.action() == action;
            if (counts && kind.earnedBy(total, count)) {
                em.createNativeQuery("insert into badge_award (account_id, badge, credential_id) values (?1, ?2, ?3)"
                        + " on conflict (account_id, badge) do nothing").setParameter(1, account)
                        .setParameter(2, kind.name()).setParameter(3, UUID.randomUUID()).executeUpdate();
            }
        }
    }

    /** Writes pending changes now, so that a stale rule version is refused inside the call. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new IncentiveRefusedException(IncentiveRefusedException.STALE);
        }
    }

    /** The account's total (0 when it never earned a point). */
    public long total(long account) {
        List<?> rows = em.createNativeQuery("select total from point_balance where account_id = ?1")
                .setParameter(1, account).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
}
