package org.ziyuanku.service.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.resource.ResourceStatus;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * The request's {@link Caller} applied to resources, shared by the workspace, recycle-bin and editing services: the
 * resources they may see or change (anything else is "not found", see {@link CallerAccess}), and what the audit
 * record of an {@code @Audited} call names.
 */
@ApplicationScoped
public class CallerResources {

    @Inject
    private Caller caller;

    @Inject
    private Accounts accounts;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private AuditedCall audited;

    /** The caller's platform account, for what they create or change. */
    public UserAccount account() {
        return accounts.of(caller);
    }

    /** The caller's powers over resources. */
    public CallerAccess access() {
        return new CallerAccess(caller);
    }

    /** A resource outside the recycle bin the caller may see. @throws ResourceNotFoundException otherwise */
    public TeachingResource visible(long id) {
        CallerAccess access = access();
        return resources.find(id).filter(r -> !r.isInRecycleBin()).filter(access::canSee)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /**
     * The resources, all of which the caller may change (in or out of the recycle bin).
     *
     * @throws ResourceNotFoundException for one the caller cannot see
     * @throws AccessDeniedException for one the caller sees but may not change (audited as {@code action} DENIED)
     * @throws ResourceRefusedException {@code resource.refused.inReview} for one under review (withdraw it first)
     */
    public List<TeachingResource> changeable(List<Long> ids, String action) {
        CallerAccess access = access();
        Map<Long, TeachingResource> byId = resources.findAll(ids).stream()
                .collect(Collectors.toMap(TeachingResource::getId, Function.identity()));
        List<TeachingResource> found = new ArrayList<>();
        for (Long id : ids) {
            TeachingResource resource = Optional.ofNullable(byId.get(id))
                    .filter(r -> access.canSee(r) || r.isInRecycleBin() && access.canChange(r))
                    .orElseThrow(() -> new ResourceNotFoundException(id));
            if (!access.canChange(resource)) {
                deny(action, resource);
            }
            if (resource.getStatus() == ResourceStatus.IN_REVIEW) {
                throw new ResourceRefusedException("resource.refused.inReview", resource.getStandardName());
            }
            found.add(resource);
        }
        return found;
    }

    /** Names the resource the audited call acted on: one success record for it. */
    public void record(TeachingResource resource) {
        audited.done("library:" + resource.getLibrary().getId(), "resource:" + resource.getId(),
                resource.getStandardName());
    }

    /** Names the resource in the audited call's record and throws {@link AccessDeniedException}. */
    public void deny(String action, TeachingResource resource) {
        audited.on("library:" + resource.getLibrary().getId(), "resource:" + resource.getId());
        throw caller.denied(action + " resource " + resource.getId());
    }
}
