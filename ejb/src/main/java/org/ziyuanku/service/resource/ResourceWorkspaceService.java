package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.internal.ResourceContents;
import org.ziyuanku.service.resource.internal.ResourceCounterRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * A signed-in person's reading of resources (runs in the OIDC virtual security domain): drafts they may see, content,
 * thumbnails and previews, their own uploads, and rating. A resource the caller may not see is reported as not found.
 * The recycle bin, editing and tiered review (which alone publishes) have their own services.
 */
@Stateless
@PermitAll
public class ResourceWorkspaceService {

    @Inject
    private CallerResources caller;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceContents contents;

    @Inject
    private ResourceCounterRepository counters;

    @Inject
    private TeachingResourceViews views;

    /** The resource, if the caller may see it. @throws ResourceNotFoundException otherwise */
    public TeachingResourceView find(long id) {
        return views.of(caller.visible(id));
    }

    /** The resource's content, if the caller may see it. @throws ResourceNotFoundException otherwise */
    public ResourceContent content(long id) {
        return contents.of(caller.visible(id));
    }

    /** The thumbnail of a resource the caller may see. @throws ResourceNotFoundException otherwise or when none */
    public ResourceContent thumbnail(long id) {
        return contents.thumbnailOf(caller.visible(id));
    }

    /** The converted preview of a resource the caller may see. @throws ResourceNotFoundException otherwise */
    public ResourceContent preview(long id) {
        return contents.previewOf(caller.visible(id));
    }

    /** A file inside a virtual simulation package the caller may see. @throws ResourceNotFoundException otherwise */
    public ResourcePackageEntry packageEntry(long id, String path) {
        return contents.packageEntryOf(caller.visible(id), path);
    }

    /** The contents of the resources the caller may see, in the order asked; others are left out. */
    public List<ResourceContent> contents(List<Long> ids) {
        CallerAccess access = caller.access();
        return resources.findAll(ids.stream().distinct().toList()).stream()
                .filter(r -> !r.isInRecycleBin() && access.canSee(r)).map(contents::of).toList();
    }

    /** The caller's own uploads outside the recycle bin, newest first. */
    public List<TeachingResourceView> mine(int max) {
        return views.of(resources.uploadedBy(caller.account().getId(), Math.min(Math.max(max, 1), 500)));
    }

    /** Sets the caller's rating (1 to 5 stars) of a published resource and answers the new totals. */
    public ResourceCountersView rate(long id, int stars) {
        TeachingResource resource = resources.find(id).filter(TeachingResource::isPublic)
                .orElseThrow(() -> new ResourceNotFoundException(id));
        if (stars < 1 || stars > 5) {
            throw new ResourceRefusedException("resource.refused.stars");
        }
        counters.rate(resource.getId(), caller.account().getId(), stars);
        return views.of(resource).counters();
    }
}
