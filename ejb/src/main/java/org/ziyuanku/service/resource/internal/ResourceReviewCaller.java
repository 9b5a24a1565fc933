package org.ziyuanku.service.resource.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.CallerResources;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRefusedException;

/**
 * The part of {@link ResourceReviewSubjects} that depends on who is calling (runs in the OIDC virtual security domain,
 * so it sees the caller of the review service that asks): which resource they may send for review, find, or take
 * down. Review's plug-in interface carries no caller; resource finds it here.
 */
@Stateless
@PermitAll
public class ResourceReviewCaller {

    @Resource
    private SessionContext context;

    @Inject
    private CallerResources caller;

    /** A resource the caller may change and send for review. @throws ResourceNotFoundException in the recycle bin */
    public TeachingResource toSubmit(long itemId) {
        TeachingResource resource = caller.changeable(context, List.of(itemId), "REVIEW_SUBMIT").get(0);
        if (resource.isInRecycleBin()) {
            throw new ResourceNotFoundException(itemId);
        }
        return resource;
    }

    /** A resource (or new version) the caller may see. @throws ResourceNotFoundException otherwise */
    public TeachingResource visible(long itemId) {
        return caller.visible(context, itemId);
    }

    /**
     * The published resource {@code itemId} is (or is a new version of), after checking that the caller manages its
     * library. @throws ResourceRefusedException when it is not published
     */
    public TeachingResource toTakeDown(long itemId) {
        TeachingResource resource = caller.visible(context, itemId);
        TeachingResource published = resource.getRevisionOf() == null ? resource : resource.getRevisionOf();
        if (!caller.access(context).manages(published.getLibrary())) {
            caller.deny(context, "REVIEW_TAKE_DOWN", published);
        }
        if (published.getStatus() != ResourceStatus.PUBLISHED) {
            throw new ResourceRefusedException("resource.refused.notPublished", published.getStandardName());
        }
        return published;
    }
}
