package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.graph.internal.PointTags;
import org.ziyuanku.service.resource.CallerResources;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Two-way annotation (双向标注) from a resource's own edit page: whoever may change the resource (its uploader, the
 * library's managers; not while it is under review) tags it with knowledge and skill points (知识点/技能点) of its
 * library's graph, or removes a tag; the node then lists the resource. Tagging and refusals are audited (the scope the
 * resource's library, the detail the node).
 */
@Stateless
@PermitAll
public class ResourceTagService {

    public static final String ACTION = "RESOURCE_TAG";

    @Inject
    private CallerResources callerResources;

    @Inject
    private PointTags tags;

    @Inject
    private AuditedCall audited;

    /** The points a resource the caller may see is tagged with. @throws ResourceNotFoundException otherwise */
    public List<ResourceTagView> tagsOf(long resourceId) {
        return tags.of(GraphLinkKind.RESOURCE, callerResources.visible(resourceId).getId());
    }

    /** Up to {@code max} (1 to 200) points of the resource's library whose name contains the text, by name. */
    public List<ResourceTagView> choices(long resourceId, String text, int max) {
        return tags.choices(callerResources.visible(resourceId).getLibrary().getId(), text, max);
    }

    /** The point of exactly this name (stripped) in the library of the resource the caller may see. */
    public Optional<ResourceTagView> pointNamed(long resourceId, String name) {
        return tags.typed(callerResources.visible(resourceId).getLibrary().getId(), name);
    }

    /**
     * Tags the resource with the point.
     *
     * @throws AccessDeniedException when the caller may not change the resource (audited)
     * @throws GraphRefusedException {@code noNode} for a node that is not a point of the resource's library
     */
    @Audited(action = ACTION)
    public List<ResourceTagView> tag(@AuditTarget("resource:") long resourceId, long nodeId) {
        return tags.tag(changeableLibrary(resourceId), nodeId, GraphLinkKind.RESOURCE, resourceId,
                "resource:" + resourceId);
    }

    /** Removes the tag (nothing when there is none); the same rules as {@link #tag}. */
    @Audited(action = ACTION)
    public List<ResourceTagView> untag(@AuditTarget("resource:") long resourceId, long nodeId) {
        return tags.untag(changeableLibrary(resourceId), nodeId, GraphLinkKind.RESOURCE, resourceId,
                "resource:" + resourceId);
    }

    /**
     * The library of the resource the caller may change (not in the recycle bin), named as the audit record's scope;
     * the record's detail is the node tagged or untagged ({@link PointTags}).
     */
    private long changeableLibrary(long resourceId) {
        TeachingResource resource = callerResources.changeable(List.of(resourceId), ACTION).get(0);
        if (resource.isInRecycleBin()) {
            throw new ResourceNotFoundException(resourceId);
        }
        audited.on("library:" + resource.getLibrary().getId(), "resource:" + resourceId);
        return resource.getLibrary().getId();
    }
}
