package org.ziyuanku.service.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.service.resource.internal.ResourceReferenceReader;

/**
 * What other contexts (courses) may read of resources they reference by id: the live title, kind, media type and
 * availability, in one query. A new approved version keeps the resource's id, so a reference shows it at once.
 */
@ApplicationScoped
public class ResourceReferences {

    @Inject
    private ResourceReferenceReader reader;

    /** The resources with these ids, by id; ids of resources that are gone for good are left out. */
    public Map<Long, ReferencedResource> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reader.read(ids).stream().collect(Collectors.toMap(ReferencedResource::id, Function.identity()));
    }

    /** The published, available resources among these ids (those a course may newly reference). */
    public List<ReferencedResource> published(Collection<Long> ids) {
        return byId(ids).values().stream().filter(ReferencedResource::available).toList();
    }
}
