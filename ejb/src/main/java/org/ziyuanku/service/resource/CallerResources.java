package org.ziyuanku.service.resource;

import jakarta.ejb.SessionContext;
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
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;

/**
 * The signed-in caller's view of resources, shared by the workspace, recycle-bin and editing services: their account,
 * the resources they may see or change (anything else is "not found"), and what the audit record of an
 * {@code @Audited} call names.
 */
@ApplicationScoped
public class CallerResources {

    @Inject
    private Accounts accounts;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceAccess access;

    @Inject
    private AuditedCall audited;

    /** The caller's platform account, created on first use. */
    public UserAccount account(SessionContext context) {
        String name = context.getCallerPrincipal().getName();
        return accounts.findOrCreate(name, () -> name);
    }

    /** The caller's powers over resources, their grants read once. */
    public CallerAccess access(SessionContext context) {
        return access.of(account(context), context::isCallerInRole);
    }

    /** A resource outside the recycle bin the caller may see. @throws ResourceNotFoundException otherwise */
    public TeachingResource visible(SessionContext context, long id) {
        CallerAccess caller = access(context);
        return resources.find(id).filter(r -> !r.isInRecycleBin()).filter(caller::canSee)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /**
     * The resources, all of which the caller may change (in or out of the recycle bin).
     *
     * @throws ResourceNotFoundException for one the caller cannot see
     * @throws AccessDeniedException for one the caller sees but may not change (audited as {@code action} DENIED)
     * @throws ResourceRefusedException {@code resource.refused.inReview} for one under review (withdraw it first)
     */
    public List<TeachingResource> changeable(SessionContext context, List<Long> ids, String action) {
        CallerAccess caller = access(context);
        Map<Long, TeachingResource> byId = resources.findAll(ids).stream()
                .collect(Collectors.toMap(TeachingResource::getId, Function.identity()));
        List<TeachingResource> found = new ArrayList<>();
        for (Long id : ids) {
            TeachingResource resource = Optional.ofNullable(byId.get(id))
                    .filter(r -> caller.canSee(r) || r.isInRecycleBin() && caller.canChange(r))
                    .orElseThrow(() -> new ResourceNotFoundException(id));
            if (!caller.canChange(resource)) {
                deny(context, action, resource);
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
    public void deny(SessionContext context, String action, TeachingResource resource) {
        String caller = context.getCallerPrincipal().getName();
        audited.on("library:" + resource.getLibrary().getId(), "resource:" + resource.getId());
        throw new AccessDeniedException(caller + " may not " + action + " resource " + resource.getId());
    }
}
