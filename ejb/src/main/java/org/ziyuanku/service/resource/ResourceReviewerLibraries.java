package org.ziyuanku.service.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.review.ReviewerLibraries;

/** Resource answers review's {@link ReviewerLibraries} from what the caller may do with a library's resources. */
@ApplicationScoped
public class ResourceReviewerLibraries implements ReviewerLibraries {

    @Inject
    private CallerResources caller;

    @Override
    public boolean reviews(ResourceLibrary library) {
        return caller.access().reviews(library);
    }
}
