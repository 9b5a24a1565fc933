package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ziyuanku.service.resource.ResourceActivity;
import org.ziyuanku.service.resource.ResourceCountersView;

/**
 * Exact counters. Every change is one SQL statement that adds to the stored value ({@code views = views + 1}, an upsert
 * for the day's row), so concurrent requests on any cluster node never lose a count.
 */
@ApplicationScoped
public class ResourceCounterRepository {

    private static final int DECAY_DAYS = 7;
    private static final int WINDOW_DAYS = 60;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Adds one event (its name is the column) to the resource's total and to today's activity. */
    public void count(long resourceId, ResourceActivity event) {
        count(resourceId, event, 1);
    }

    /** Adds {@code events} events (its name is the column) to the resource's total and to today's activity. */
    public void count(long resourceId, ResourceActivity event, long events) {
        String column = event.name().toLowerCase(Locale.ROOT);
        em.createNativeQuery("update resource_counter set " + column + " = " + column + " + ?2 where resource_id = ?1")
                .setParameter(1, resourceId).setParameter(2, events).executeUpdate();
        em.createNativeQuery("insert into resource_daily_activity (resource_id, activity_day, " + column + ")"
                + " values (?1, current_date, ?2) on conflict (resource_id, activity_day) do update set " + column
                + " = resource_daily_activity." + column + " + ?2").setParameter(1, resourceId)
                .setParameter(2, events).executeUpdate();
    }

    /** Sets the account's rating of the resource (1 to 5) and recomputes the resource's rating totals. */
    public void rate(long resourceId, long accountId, int stars) {
        em.createNativeQuery("insert into resource_rating (resource_id, user_id, stars, rated_at)"
                + " values (?1, ?2, ?3, current_timestamp) on conflict (resource_id, user_id)"
                + " do update set stars = excluded.stars, rated_at = excluded.rated_at")
                .setParameter(1, resourceId).setParameter(2, accountId).setParameter(3, stars).executeUpdate();
        em.createNativeQuery("update resource_counter set rating_count = (select count(*) from resource_rating r"
                + " where r.resource_id = ?1), rating_sum = (select coalesce(sum(r.stars), 0) from resource_rating r"
                + " where r.resource_id = ?1) where resource_id = ?1").setParameter(1, resourceId).executeUpdate();
    }

    /** The totals of each resource in {@code ids}; a resource without a row has none. */
    public Map<Long, ResourceCountersView> totals(Collection<Long> ids) {
        Map<Long, ResourceCountersView> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select resource_id, views, plays, downloads, course_uses,"
                + " rating_count, rating_sum from resource_counter where resource_id in (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList();
        for (Tuple row : rows) {
            totals.put(number(row.get("resource_id")), new ResourceCountersView(number(row.get("views")),
                    number(row.get("plays")), number(row.get("downloads")), number(row.get("course_uses")),
                    number(row.get("rating_count")), number(row.get("rating_sum"))));
        }
        return totals;
    }

    /**
     * The ids of the hottest published resources, of one library or (null) the whole platform: clicks, plays and
     * downloads of the last {@value #WINDOW_DAYS} days, each day's weight halving about every five days (e^(-age/7)),
     * plus the average rating weighted by how many rated.
     */
    public List<Long> hottest(Long libraryId, int max) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select r.id from teaching_resource r"
                + " join resource_counter c on c.resource_id = r.id"
                + " left join (select a.resource_id, sum((a.views + 2 * a.plays + 3 * a.downloads)"
                + " * exp(-(current_date - a.activity_day) / " + DECAY_DAYS + ".0)) as heat"
                + " from resource_daily_activity a where a.activity_day > current_date - " + WINDOW_DAYS
                + " group by a.resource_id) h on h.resource_id = r.id"
                + " where r.status = 'PUBLISHED' and r.deleted_at is null and (?1 < 0 or r.library_id = ?1)"
                + " order by coalesce(h.heat, 0) + case when c.rating_count = 0 then 0"
                + " else (c.rating_sum * 1.0 / c.rating_count) * ln(1 + c.rating_count) end desc, r.id desc")
                .setParameter(1, libraryId == null ? -1L : libraryId).setMaxResults(max).getResultList();
        return ids.stream().map(ResourceCounterRepository::number).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
