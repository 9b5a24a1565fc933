package org.ziyuanku.service.resource;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.internal.ResourceCounterRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;

/**
 * Page views of resources, counted out of the request path (issue 17): a view adds one to this node's tally in memory;
 * every five seconds the tallies go to the database in one transaction, each as {@code views = views + n} (and today's
 * activity row), for resources that are published then. A node that stops loses at most its last five seconds of
 * views; nothing else is lost, and nodes never overwrite each other's counts.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ResourceViewBatch {

    private final Map<Long, LongAdder> waiting = new ConcurrentHashMap<>();

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceCounterRepository counters;

    /** One view of the resource, counted at the next flush. */
    public void add(long resourceId) {
        waiting.computeIfAbsent(resourceId, id -> new LongAdder()).increment();
    }

    /** Writes the views counted since the last flush. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void flush() {
        List<Long> ids = new ArrayList<>(waiting.keySet());
        for (Long id : ids) {
            LongAdder tally = waiting.remove(id);
            long views = tally == null ? 0 : tally.sumThenReset();
            if (views > 0 && resources.find(id).filter(TeachingResource::isPublic).isPresent()) {
                counters.count(id, ResourceActivity.VIEWS, views);
            }
        }
    }
}
