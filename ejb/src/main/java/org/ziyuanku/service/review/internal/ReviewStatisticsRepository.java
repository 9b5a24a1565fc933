package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
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
        List<LevelLine> levels = rows(libraries, "select t.level_no as level_no,"
                + " count(*) filter (where t.status = 'OPEN') as waiting,"
                + " coalesce(avg(extract(epoch from now() - t.opened_at)) filter (where t.status = 'OPEN'), 0) / 3600"
                + " as average_wait, coalesce(max(extract(epoch from now() - t.opened_at))"
                + " filter (where t.status = 'OPEN'), 0) / 3600 as longest_wait,"
                + " coalesce(avg(extract(epoch from t.decided_at - t.opened_at)) filter (where t.status in"
                + " ('APPROVED', 'REJECTED')), 0) / 3600 as average_decision from review_task t join review_submission s"
                + " on s.id = t.submission_id where 1 = 1" + in + " group by t.level_no order by t.level_no").stream()
                .map(r -> new LevelLine(r.get("level_no", Number.class).intValue(), r.get("waiting", Number.class)
                        .longValue(), hours(r.get("average_wait")), hours(r.get("longest_wait")),
                        hours(r.get("average_decision")))).toList();
        List<Tuple> rejections = rows(libraries, "select r.field_reasons as field_reasons, r.comment as comment"
                + " from review_record r join review_submission s on s.id = r.submission_id"
                + " where r.action = 'REJECTED'" + in + " order by r.acted_at desc limit " + RECENT_REJECTIONS);
        Tuple totals = rows(libraries, "select count(*) filter (where s.status in ('PUBLISHED', 'SUPERSEDED'))"
                + " as published, count(*) filter (where s.status = 'REJECTED') as rejected from review_submission s"
                + " where 1 = 1" + in).get(0);
        return new ReviewStatisticsView(levels, top(rejections.stream().flatMap(r -> ReviewSteps.reasons(
                r.get("field_reasons", String.class)).keySet().stream()).toList()),
                top(rejections.stream().map(r -> r.get("comment", String.class)).filter(c -> c != null).toList()),
                totals.get("published", Number.class).longValue(), totals.get("rejected", Number.class).longValue());
    }

    private static List<ReasonLine> top(List<String> reasons) {
        Map<String, Long> counts = reasons.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(TOP)
                .map(e -> new ReasonLine(e.getKey(), e.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(Optional<List<Long>> libraries, String sql) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        libraries.ifPresent(ids -> query.setParameter("libs", ids));
        return query.getResultList();
    }

    private static double hours(Object value) {
        return Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
