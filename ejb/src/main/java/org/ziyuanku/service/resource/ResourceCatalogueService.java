package org.ziyuanku.service.resource;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.internal.ResourceContents;
import org.ziyuanku.service.resource.internal.ResourceCounterRepository;
import org.ziyuanku.service.resource.internal.ResourceSearchRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * Open access (开放共享) to published resources, for everybody with or without an account: search with facets, the hot
 * list, a resource's page and content, the counters, and a library's indicators. A resource that is not published, or
 * is in the recycle bin, does not exist here.
 */
@Stateless
public class ResourceCatalogueService {

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceSearchRepository search;

    @Inject
    private ResourceCounterRepository counters;

    @Inject
    private TeachingResourceViews views;

    @Inject
    private ResourceContents contents;

    @EJB
    private ResourceViewBatch viewBatch;

    /** One page of published resources matching the query, with facet counts. */
    public ResourceSearchPage search(ResourceSearchQuery query) {
        List<TeachingResourceView> items = views.of(resources.findAll(search.page(query)));
        return new ResourceSearchPage(items, search.count(query), query.page(), query.size(), search.facets(query));
    }

    /**
     * The published resource.
     *
     * @throws ResourceNotFoundException when there is none with that id, or it is not public
     */
    public TeachingResourceView find(long id) {
        return views.of(published(id));
    }

    /**
     * Where the published resource's content is, to stream it; {@code downloadRequiresLogin} tells whether its library
     * lets only signed-in users download it (previews and playback stay open).
     *
     * @throws ResourceNotFoundException when there is none with that id, or it is not public
     */
    public ResourceContent content(long id) {
        return contents.of(published(id));
    }

    /** The published resource's thumbnail. @throws ResourceNotFoundException when there is none */
    public ResourceContent thumbnail(long id) {
        return contents.thumbnailOf(published(id));
    }

    /** The published resource's converted preview. @throws ResourceNotFoundException until it is ready */
    public ResourceContent preview(long id) {
        return contents.previewOf(published(id));
    }

    /** A file inside a virtual simulation package the caller may see. @throws ResourceNotFoundException otherwise */
    public ResourcePackageEntry packageEntry(long id, String path) {
        return contents.packageEntryOf(published(id), path);
    }

    /** The contents of the published resources among {@code ids}, in the order asked; others are left out. */
    public List<ResourceContent> contents(List<Long> ids) {
        return resources.findAll(ids.stream().distinct().toList()).stream().filter(TeachingResource::isPublic)
                .map(contents::of).toList();
    }

    /**
     * Counts one view, play or download of a published resource; nothing for any other id. Views are counted in a
     * batch a few seconds later ({@link ResourceViewBatch}), out of the page's request.
     */
    public void record(long id, ResourceActivity activity) {
        if (activity == ResourceActivity.VIEWS) {
            viewBatch.add(id);
            return;
        }
        resources.find(id).filter(TeachingResource::isPublic).ifPresent(r -> counters.count(id, activity));
    }

    /** The hottest published resources of a library, or of the platform when {@code libraryId} is null. */
    public List<TeachingResourceView> hottest(Long libraryId, int max) {
        return views.of(resources.findAll(counters.hottest(libraryId, Math.min(Math.max(max, 1), 100))));
    }

    /** The library's published resources per kind and its text and image share. */
    public LibraryResourceIndicatorsView indicators(long libraryId) {
        Map<ResourceKind, Long> counts = resources.publishedCountByKind(libraryId);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long textImage = counts.entrySet().stream().filter(e -> e.getKey().isTextOrImage())
                .mapToLong(Map.Entry::getValue).sum();
        return new LibraryResourceIndicatorsView(libraryId, counts, total, total == 0 ? 0 : (double) textImage / total);
    }

    private TeachingResource published(long id) {
        return resources.find(id).filter(TeachingResource::isPublic).orElseThrow(() -> new ResourceNotFoundException(id));
    }
}
