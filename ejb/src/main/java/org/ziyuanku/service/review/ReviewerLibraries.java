package org.ziyuanku.service.review;

import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.library.ResourceLibrary;

/**
 * What review must know of the caller's standing in a library, answered by the context that knows it (resource's
 * {@code CallerResources} today), so review imports none of the contexts whose subjects it reviews.
 */
public interface ReviewerLibraries {

    /**
     * Whether the caller reviews for the library: they manage it, or hold a reviewer's or course-team lead's grant
     * for the library or for one of its host or participating units.
     */
    boolean reviews(ResourceLibrary library);

    /** Whether the caller administers the library's resources. */
    boolean manages(ResourceLibrary library);

    /** The ids of the libraries the caller manages; empty when they manage them all (a national administrator). */
    Optional<List<Long>> managedLibraries();
}
