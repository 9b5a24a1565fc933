package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.service.review.ReviewStatisticsView;
import org.ziyuanku.service.review.ReviewStatisticsView.LevelLine;
import org.ziyuanku.service.review.ReviewStatisticsView.ReasonLine;

/** Review statistics computed by the database, over some libraries (empty: all). */
@ApplicationScoped
public class ReviewStatisticsRepository {

    private static final int TOP = 10;
    private static final int RECENT_REJECTIONS = 1000;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public ReviewStatisticsView over(Optional<List<Long>> libraries) {
        String in = libraries.isPresent() ? " and s.library_id in (:libs)" : "";
        List<LevelLine> levels = rows(libraries, "select t.level_no, count(*) filter (where t.status = 'OPEN'),"
                + " coalesce(avg(extract(epoch from now() - t.opened_at)) filter (where t.status = 'OPEN'), 0) / 3600,"
                + " coalesce(max(extract(epoch from now() - t.opened_at)) filter (where t.status = 'OPEN'), 0) / 3600,"
                + " coalesce(avg(extract(epoch from t.decided_at - t.opened_at)) filter (where t.status in"
                + " ('APPROVED', 'REJECTED')), 0) / 3600 from review_task t join review_submission s"
                + " on s.id = t.submission_id where 1 = 1" + in + " group by t.level_no order by t.level_no").stream()
                .map(r -> new LevelLine(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), hours(r[2]),
                        hours(r[3]), hours(r[4]))).toList();
        List<Object[]> rejections = rows(libraries, "select r.field_reasons, r.comment from review_record r"
                + " join review_submission s on s.id = r.submission_id where r.action = 'REJECTED'" + in
                + " order by r.acted_at desc limit " + RECENT_REJECTIONS);
        List<Object[]> totals = rows(libraries, "select count(*) filter (where s.status in ('PUBLISHED',"
                + " 'SUPERSEDED')), count(*) filter (where s.status = 'REJECTED') from review_submission s where 1 = 1"
                + in);
        return new ReviewStatisticsView(levels, top(rejections.stream().flatMap(r -> ReviewSteps.reasons((String) r[0])
                .keySet().stream()).toList()), top(rejections.stream().map(r -> (String) r[1])
                        .filter(c -> c != null).toList()), ((Number) totals.get(0)[0]).longValue(),
                ((Number) totals.get(0)[1]).longValue());
    }

    private static List<ReasonLine> top(List<String> reasons) {
        Map<String, Long> counts = reasons.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(TOP)
                .map(e -> new ReasonLine(e.getKey(), e.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Optional<List<Long>> libraries, String sql) {
        Query query = em.createNativeQuery(sql);
        libraries.ifPresent(ids -> query.setParameter("libs", ids));
        return query.getResultList();
    }

    private static double hours(Object value) {
        return Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
