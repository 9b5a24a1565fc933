package org.ziyuanku.service.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.audit.ActionAuditor;
import org.ziyuanku.service.identity.AccessDeniedException;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.resource.internal.ResourceAccess;
import org.ziyuanku.service.resource.internal.ResourceContents;
import org.ziyuanku.service.resource.internal.ResourceCounterRepository;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * A signed-in person's work with resources (runs in the OIDC virtual security domain): seeing drafts they may see,
 * their own uploads, publishing as a library's manager, the recycle bin, and rating. A resource the caller may not see
 * is reported as not found.
 */
@Stateless
@PermitAll
public class ResourceWorkspaceService {

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceAccess access;

    @Inject
    private ResourceContents contents;

    @Inject
    private ResourceCounterRepository counters;

    @Inject
    private TeachingResourceViews views;

    @Inject
    private ActionAuditor audit;

    /** The resource, if the caller may see it. @throws ResourceNotFoundException otherwise */
    public TeachingResourceView find(long id) {
        return views.of(visible(id));
    }

    /** The resource's content, if the caller may see it. @throws ResourceNotFoundException otherwise */
    public ResourceContent content(long id) {
        return contents.of(visible(id));
    }

    /** The caller's own uploads outside the recycle bin, newest first. */
    public List<TeachingResourceView> mine(int max) {
        return views.of(resources.uploadedBy(caller().getId(), Math.min(Math.max(max, 1), 500)));
    }

    /**
     * Publishes a resource directly; only the library's managers may, and only until tiered review (issue 5) takes over.
     *
     * @throws AccessDeniedException when the caller does not manage the resource's library
     */
    public TeachingResourceView publish(long id) {
        TeachingResource resource = visible(id);
        if (!access.manages(caller(), context::isCallerInRole, resource.getLibrary())) {
            deny("RESOURCE_PUBLISH", resource);
        }
        resource.publish();
        record("RESOURCE_PUBLISH", resource);
        return views.of(resource);
    }

    /**
     * Moves the resources to the recycle bin, all or none; each must be the caller's or in a library the caller manages.
     *
     * @throws ResourceNotFoundException for an id the caller cannot see
     * @throws AccessDeniedException for a resource the caller may not change
     */
    public void moveToRecycleBin(List<Long> ids) {
        for (TeachingResource resource : changeable(ids, "RESOURCE_DELETE")) {
            resource.moveToRecycleBin(context.getCallerPrincipal().getName());
            record("RESOURCE_DELETE", resource);
        }
    }

    /** Restores resources from the recycle bin; those there for 30 days or more stay. Returns how many came back. */
    public int restore(List<Long> ids) {
        int restored = 0;
        for (TeachingResource resource : changeable(ids, "RESOURCE_RESTORE")) {
            if (resource.restore(LocalDateTime.now())) {
                record("RESOURCE_RESTORE", resource);
                restored++;
            }
        }
        return restored;
    }

    /**
     * Moves the resources to another course and module of their library, all or none.
     *
     * @throws AccessDeniedException for a resource the caller may not change
     */
    public void move(List<Long> ids, String courseName, String moduleName) {
        for (TeachingResource resource : changeable(ids, "RESOURCE_MOVE")) {
            try {
                resource.move(resource.getDescription().getCourseCode(), courseName, moduleName);
            } catch (IllegalArgumentException e) {
                throw new ResourceRefusedException("resource.refused.attribute", e.getMessage());
            }
            ResourceIngest.index(resource, resource.getExtractedText());
            record("RESOURCE_MOVE", resource);
        }
    }

    /** The contents of the resources the caller may see, in the order asked; others are left out. */
    public List<ResourceContent> contents(List<Long> ids) {
        UserAccount account = caller();
        return ids.stream().distinct().map(resources::find).flatMap(Optional::stream)
                .filter(r -> !r.isInRecycleBin() && access.canSee(account, context::isCallerInRole, r))
                .map(contents::of).toList();
    }

    /** What the caller, or the libraries they manage, have in the recycle bin. */
    public List<TeachingResourceView> recycleBin() {
        UserAccount account = caller();
        return views.of(resources.inRecycleBin(account.getId(),
                access.managedLibraries(account, context::isCallerInRole)));
    }

    /** Sets the caller's rating (1 to 5 stars) of a published resource. */
    public ResourceCountersView rate(long id, int stars) {
        TeachingResource resource = resources.find(id).filter(TeachingResource::isPublic)
                .orElseThrow(() -> new ResourceNotFoundException(id));
        if (stars < 1 || stars > 5) {
            throw new ResourceRefusedException("resource.refused.stars");
        }
        counters.rate(resource.getId(), caller().getId(), stars);
        return views.of(resource).counters();
    }

    private List<TeachingResource> changeable(List<Long> ids, String action) {
        UserAccount account = caller();
        List<TeachingResource> found = new ArrayList<>();
        for (Long id : ids) {
            TeachingResource resource = resources.find(id)
                    .filter(r -> access.canSee(account, context::isCallerInRole, r) || r.isInRecycleBin()
                            && access.canChange(account, context::isCallerInRole, r))
                    .orElseThrow(() -> new ResourceNotFoundException(id));
            if (!access.canChange(account, context::isCallerInRole, resource)) {
                deny(action, resource);
            }
            found.add(resource);
        }
        return found;
    }

    private TeachingResource visible(long id) {
        UserAccount account = caller();
        return resources.find(id).filter(r -> !r.isInRecycleBin())
                .filter(r -> access.canSee(account, context::isCallerInRole, r))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    private UserAccount caller() {
        String name = context.getCallerPrincipal().getName();
        return accounts.findOrCreate(name, () -> name);
    }

    private void record(String action, TeachingResource resource) {
        audit.record(context.getCallerPrincipal().getName(), context::isCallerInRole,
                "library:" + resource.getLibrary().getId(), action, "resource:" + resource.getId(),
                AuditOutcome.SUCCESS, resource.getStandardName());
    }

    private void deny(String action, TeachingResource resource) {
        String caller = context.getCallerPrincipal().getName();
        audit.record(caller, context::isCallerInRole, "library:" + resource.getLibrary().getId(), action,
                "resource:" + resource.getId(), AuditOutcome.DENIED, null);
        throw new AccessDeniedException(caller + " may not " + action + " resource " + resource.getId());
    }
}
