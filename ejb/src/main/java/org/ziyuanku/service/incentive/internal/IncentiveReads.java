package org.ziyuanku.service.incentive.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.domain.incentive.BadgeKind;
import org.ziyuanku.domain.incentive.PointLevel;
import org.ziyuanku.service.incentive.BadgeCredentialView;
import org.ziyuanku.service.incentive.BadgeView;
import org.ziyuanku.service.incentive.PointEntryView;
import org.ziyuanku.service.incentive.RankingRowView;
import org.ziyuanku.service.system.NativeRows;

/** The incentive context's reads: a ledger page, today's points, badges, credentials and the three rankings. */
@ApplicationScoped
public class IncentiveReads {

    /** The most rows a ranking answers. */
    public static final int RANKING_ROWS = 100;

    private static final String RANKED = " select a.id as account_id, a.display_name as display_name,"
            + " coalesce(b.total, 0) as total from user_account a left join point_balance b on b.account_id = a.id"
            + " where a.id in (%s) order by total desc, a.id limit " + RANKING_ROWS;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The account's points today per action. */
    public Map<String, Integer> today(long account, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select action, points from point_day where account_id = ?1"
                + " and day = ?2", Tuple.class).setParameter(1, account).setParameter(2, day).getResultList();
        Map<String, Integer> points = new HashMap<>();
        rows.forEach(r -> points.put(r.get("action", String.class), r.get("points", Number.class).intValue()));
        return points;
    }

    /** The account's latest awards, newest first. */
    public List<PointEntryView> recent(long account, int max) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select action, points, object_key, created_at from point_entry"
                + " where account_id = ?1 order by created_at desc, id desc limit ?2", Tuple.class)
                .setParameter(1, account).setParameter(2, max).getResultList();
        return rows.stream().map(r -> new PointEntryView(r.get("action", String.class),
                r.get("points", Number.class).intValue(), r.get("object_key", String.class),
                NativeRows.time(r.get("created_at")))).toList();
    }

    /** The account's badges, first earned first. */
    public List<BadgeView> badges(long account) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select id, badge, credential_id, awarded_at from badge_award"
                + " where account_id = ?1 order by awarded_at, id", Tuple.class).setParameter(1, account)
                .getResultList();
        return rows.stream().map(r -> new BadgeView(r.get("id", Number.class).longValue(),
                r.get("badge", String.class), r.get("credential_id", UUID.class),
                NativeRows.time(r.get("awarded_at")))).toList();
    }

    /** The credential of a badge award, by the credential's id. */
    public Optional<BadgeCredentialView> credential(UUID credentialId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select w.badge, w.credential_id, w.awarded_at, a.id as account_id,"
                + " a.display_name from badge_award w join user_account a on a.id = w.account_id"
                + " where w.credential_id = ?1", Tuple.class).setParameter(1, credentialId).getResultList();
        return rows.stream().findFirst().map(r -> {
            BadgeKind kind = BadgeKind.named(r.get("badge", String.class));
            return new BadgeCredentialView(credentialId, kind.name(), kind.threshold(),
                    kind.action() == null ? null : kind.action().name(), r.get("account_id", Number.class).longValue(),
                    r.get("display_name", String.class), NativeRows.time(r.get("awarded_at")));
        });
    }

    /** The owner of a badge award, by the award's id. */
    public Optional<Long> ownerOfAward(long awardId) {
        List<?> rows = em.createNativeQuery("select account_id from badge_award where id = ?1")
                .setParameter(1, awardId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The credential id of a badge award. */
    public UUID credentialOfAward(long awardId) {
        return (UUID) em.createNativeQuery("select credential_id from badge_award where id = ?1")
                .setParameter(1, awardId).getSingleResult();
    }

    /** The offering of a class; empty when there is no such class. */
    public Optional<Long> offeringOfClass(long classId) {
        return firstLong("select offering_id from course_class where id = ?1", classId);
    }

    /** Whether the library exists. */
    public boolean libraryExists(long libraryId) {
        return firstLong("select id from resource_library where id = ?1", libraryId).isPresent();
    }

    /** Whether the organisation exists. */
    public boolean organisationExists(long organisationId) {
        return firstLong("select id from organisation where id = ?1", organisationId).isPresent();
    }

    /** The ACTIVE learners of the class, by total. */
    public List<RankingRowView> classRanking(long classId, Long me) {
        return ranking("select learner_id from enrolment where class_id = ?1 and status = 'ACTIVE'", classId, me);
    }

    /** The ACTIVE learners of any class of an offering of the library's courses, by total. */
    public List<RankingRowView> libraryRanking(long libraryId, Long me) {
        return ranking("select e.learner_id from enrolment e join course_offering o on o.id = e.offering_id"
                + " join standard_course c on c.id = o.course_id where c.library_id = ?1 and e.status = 'ACTIVE'",
                libraryId, me);
    }

    /** The ACTIVE accounts of the organisation, by total. */
    public List<RankingRowView> schoolRanking(long organisationId, Long me) {
        return ranking("select id from user_account where organisation_id = ?1 and status = 'ACTIVE'",
                organisationId, me);
    }

    private List<RankingRowView> ranking(String members, long scope, Long me) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(String.format(RANKED, members), Tuple.class).setParameter(1, scope)
                .getResultList();
        List<RankingRowView> ranked = new ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Tuple r = rows.get(i);
            long total = r.get("total", Number.class).longValue();
            rank = total == previous ? rank : i + 1;
            previous = total;
            long account = r.get("account_id", Number.class).longValue();
            ranked.add(new RankingRowView(rank, account, r.get("display_name", String.class), total,
                    PointLevel.of(total).number(), me != null && me == account));
        }
        return ranked;
    }


    private Optional<Long> firstLong(String sql, long id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }
}
