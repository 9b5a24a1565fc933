package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.resource.ResourceRefusedException;

/**
 * Which version of a resource an edit changes: a draft or returned resource itself; for a published one its new
 * version (made on the first edit), which goes through review while the published version stays as it is.
 */
@ApplicationScoped
public class ResourceRevisions {

    @Inject
    private TeachingResourceRepository resources;

    /**
     * The version of {@code resource} that {@code editor} changes now.
     *
     * @throws ResourceRefusedException {@code resource.refused.inReview} when that version is under review
     */
    public TeachingResource editableVersion(TeachingResource resource, UserAccount editor) {
        if (resource.getStatus() != ResourceStatus.PUBLISHED || resource.getRevisionOf() != null) {
            return requireEditable(resource);
        }
        return requireEditable(resources.revisionOf(resource.getId()).orElseGet(() -> {
            TeachingResource revision = resource.newRevision(editor);
            resources.add(revision);
            return revision;
        }));
    }

    /**
     * The version of {@code resource} its author would send for review now: the resource itself, or for a published
     * one its new version.
     *
     * @throws ResourceRefusedException {@code resource.refused.nothingToSubmit} for a published resource without a
     *         new version, {@code resource.refused.inReview} when that version is under review already
     */
    public TeachingResource pendingVersion(TeachingResource resource) {
        if (resource.getStatus() != ResourceStatus.PUBLISHED || resource.getRevisionOf() != null) {
            return requireEditable(resource);
        }
        return requireEditable(resources.revisionOf(resource.getId()).orElseThrow(() -> new ResourceRefusedException(
                "resource.refused.nothingToSubmit", resource.getStandardName())));
    }

    private static TeachingResource requireEditable(TeachingResource version) {
        if (version.getStatus() == ResourceStatus.IN_REVIEW) {
            throw new ResourceRefusedException("resource.refused.inReview", version.getStandardName());
        }
        return version;
    }
}
