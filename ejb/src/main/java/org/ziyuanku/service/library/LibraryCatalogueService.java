package org.ziyuanku.service.library;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.internal.LibraryRow;
import org.ziyuanku.service.library.internal.ResourceLibraryRepository;

/**
 * The public catalogue of resource libraries: search with filters, one library's page, and category counts. Open to
 * anonymous visitors; everything returned is a read-only view.
 */
@Stateless
public class LibraryCatalogueService {

    @Inject
    private ResourceLibraryRepository repository;

    /**
     * Finds libraries whose name or a host unit's name contains the text (case-insensitive; Chinese matched as
     * typed, so 数控 finds 数控技术), filtered by category and level, in catalogue order.
     */
    public LibraryPage search(LibrarySearchQuery query) {
        long total = repository.count(query);
        if (total == 0) {
            return new LibraryPage(List.of(), query.page(), query.size(), 0);
        }
        List<LibraryRow> rows = repository.searchRows(query);
        Map<Long, List<String>> hosts = repository.hostUnitNames(rows.stream().map(LibraryRow::id).toList());
        List<LibrarySummaryView> items = rows.stream().map(r -> r.withHosts(hosts.getOrDefault(r.id(), List.of())))
                .toList();
        return new LibraryPage(items, query.page(), query.size(), total);
    }

    /** The library with its ordered host units and its participants, or empty when there is no such library. */
    public Optional<LibraryDetailView> findDetail(long id) {
        ResourceLibrary library = repository.find(id);
        if (library == null) {
            return Optional.empty();
        }
        List<OrganisationView> participants = library.getParticipants().stream()
                .map(LibraryCatalogueService::toView)
                .sorted(Comparator.comparing(OrganisationView::name))
                .toList();
        return Optional.of(new LibraryDetailView(library.getId(), library.getCode(), library.getCatalogueNo(),
                library.getName(), library.getLevel(), library.getStatus(), library.getCategory().getCode(),
                library.getCategory().getName(), library.getCategory().getNameEn(),
                library.getCoreMajor() == null ? null : library.getCoreMajor().getName(),
                library.getProvince() == null ? null : library.getProvince().getName(), library.getDescription(),
                library.getHostUnits().stream().map(LibraryCatalogueService::toView).toList(), participants));
    }

    private static OrganisationView toView(Organisation o) {
        return new OrganisationView(o.getId(), o.getName(), o.getType(),
                o.getProvince() == null ? null : o.getProvince().getName());
    }

    /** All twenty major categories in catalogue order, each with its number of libraries. */
    public List<MajorCategoryView> listCategories() {
        return repository.categoryCounts();
    }

    /** Number of libraries per level, every level present. */
    public Map<LibraryLevel, Long> countByLevel() {
        return repository.countByLevel();
    }
}
