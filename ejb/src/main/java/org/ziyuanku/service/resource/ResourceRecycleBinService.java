package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * The recycle bin (回收站) of resources (runs in the OIDC virtual security domain): deleting moves resources there,
 * all or none; they can be restored for {@value TeachingResource#RECYCLE_BIN_DAYS} days, after which the nightly
 * housekeeping removes them for good.
 */
@Stateless
@PermitAll
public class ResourceRecycleBinService {

    @Inject
    private Caller caller;

    @Inject
    private CallerResources callerResources;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private TeachingResourceViews views;

    @Inject
    private Event<ResourceWithdrawn> withdrawn;

    /**
     * Moves the resources to the recycle bin, all or none; each must be the caller's or in a library the caller manages.
     *
     * @throws ResourceNotFoundException for an id the caller cannot see
     * @throws AccessDeniedException for a resource the caller may not change
     */
    @Audited(action = "RESOURCE_DELETE")
    public void moveToRecycleBin(@AuditTarget("resources:") List<Long> ids) {
        for (TeachingResource resource : callerResources.changeable(ids, "RESOURCE_DELETE")) {
            boolean wasPublic = resource.isPublic() && resource.getRevisionOf() == null;
            resource.moveToRecycleBin(caller.username());
            if (wasPublic) {
                withdrawn.fire(new ResourceWithdrawn(resource.getId(), resource.getStandardName()));
            }
            callerResources.record(resource);
        }
    }

    /** Restores resources from the recycle bin; those there for 30 days or more stay. Returns how many came back. */
    @Audited(action = "RESOURCE_RESTORE")
    public int restore(@AuditTarget("resources:") List<Long> ids) {
        int restored = 0;
        for (TeachingResource resource : callerResources.changeable(ids, "RESOURCE_RESTORE")) {
            if (resource.restore(LocalDateTime.now())) {
                callerResources.record(resource);
                restored++;
            }
        }
        return restored;
    }

    /** What the caller, or the libraries they manage, have in the recycle bin. */
    public List<TeachingResourceView> contents() {
        CallerAccess access = callerResources.access();
        return views.of(resources.inRecycleBin(caller.accountId(), access.managedLibraries()));
    }
}
