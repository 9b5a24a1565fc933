package org.ziyuanku.service.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.review.ReviewerLibraries;

/**
 * Resource answers review's {@link ReviewerLibraries} from what the caller may do with a library's resources (runs in
 * the OIDC virtual security domain, so it sees the caller of the review service that asks).
 */
@Stateless
@PermitAll
public class ResourceReviewerLibraries implements ReviewerLibraries {

    @Resource
    private SessionContext context;

    @Inject
    private CallerResources caller;

    @Override
    public boolean reviews(ResourceLibrary library) {
        return caller.access(context).reviews(library);
    }

    @Override
    public boolean manages(ResourceLibrary library) {
        return caller.access(context).manages(library);
    }

    @Override
    public Optional<List<Long>> managedLibraries() {
        return caller.access(context).managedLibraries();
    }
}
