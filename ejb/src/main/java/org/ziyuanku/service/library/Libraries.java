package org.ziyuanku.service.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.library.Major;
import org.ziyuanku.domain.library.MajorCategory;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.internal.ReferenceDataRepository;
import org.ziyuanku.service.library.internal.ResourceLibraryRepository;

/**
 * The library context's published look-up for other contexts (resource, review): one library by id or national
 * catalogue number, whether a major exists, and a major by code (for the demo data).
 */
@ApplicationScoped
public class Libraries {

    @Inject
    private ResourceLibraryRepository repository;

    @Inject
    private ReferenceDataRepository referenceData;

    /** The library with that id, or {@code null} if there is none. */
    public ResourceLibrary find(long id) {
        return repository.find(id);
    }

    /** The national library with that catalogue number (1–203), if there is one. */
    public Optional<ResourceLibrary> national(int catalogueNo) {
        return repository.national(catalogueNo);
    }

    /** Whether there is a major with that id (courses name one). */
    public boolean majorExists(long id) {
        return referenceData.majorExists(id);
    }

    /** The major with that code, created in the category with that name when there is none. */
    public Major majorOrCreate(String code, String name, MajorCategory category) {
        return referenceData.majorOrCreate(code, name, category);
    }
}
