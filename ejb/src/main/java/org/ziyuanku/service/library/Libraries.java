package org.ziyuanku.service.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.internal.ResourceLibraryRepository;

/** The library context's published look-up for other contexts (resource, review): one library by id. */
@ApplicationScoped
public class Libraries {

    @Inject
    private ResourceLibraryRepository repository;

    /** The library with that id, or {@code null} if there is none. */
    public ResourceLibrary find(long id) {
        return repository.find(id);
    }
}
