package org.ziyuanku.service.resource;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.review.ReviewerLibraries;

/** Resource answers review's {@link ReviewerLibraries} from what the caller may do with a library's resources. */
@ApplicationScoped
public class ResourceReviewerLibraries implements ReviewerLibraries {

    @Inject
    private CallerResources caller;

    @Override
    public boolean reviews(SessionContext context, ResourceLibrary library) {
        return caller.access(context).reviews(library);
    }

    @Override
    public boolean manages(SessionContext context, ResourceLibrary library) {
        return caller.access(context).manages(library);
    }

    @Override
    public Optional<List<Long>> managedLibraries(SessionContext context) {
        return caller.access(context).managedLibraries();
    }
}
