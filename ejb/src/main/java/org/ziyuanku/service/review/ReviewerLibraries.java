package org.ziyuanku.service.review;

import org.ziyuanku.domain.library.ResourceLibrary;

/**
 * What review must know of the caller's standing in a library beyond what the {@code Caller} says (which libraries
 * they administer), answered by the context that knows it (resource's {@code CallerAccess} today), so review imports
 * none of the contexts whose subjects it reviews.
 */
public interface ReviewerLibraries {

    /**
     * Whether the caller reviews for the library: they manage it, or hold a reviewer's or course-team lead's grant
     * for the library or for one of its host or participating units.
     */
    boolean reviews(ResourceLibrary library);
}
