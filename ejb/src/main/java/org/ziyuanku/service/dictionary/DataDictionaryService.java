package org.ziyuanku.service.dictionary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.dictionary.DictionaryList;
import org.ziyuanku.service.dictionary.internal.DictionaryRepository;

/**
 * Reading the data dictionary, for everyone (the portal's forms, integrators): the lists and the active entries of
 * one list, in order. Keeping it is {@link DataDictionaryAdministrationService}.
 */
@Stateless
@PermitAll
public class DataDictionaryService {

    @Inject
    private DictionaryRepository repository;

    /** Every list with its version and number of active entries, without the entries. */
    public List<DictionaryListView> lists() {
        return repository.lists().stream()
                .map(list -> DictionaryListView.of(list, repository.activeCount(list.getCode()), List.of())).toList();
    }

    /**
     * The list with its active entries in order.
     *
     * @throws DictionaryRefusedException (NOT_FOUND) for an unknown list
     */
    public DictionaryListView list(String code) {
        DictionaryList list = repository.list(code).orElseThrow(() -> DictionaryRefusedException.noList(code));
        List<DictionaryEntryView> entries = repository.entries(list.getCode()).stream().filter(e -> e.isActive())
                .map(e -> DictionaryEntryView.of(e, -1)).toList();
        return DictionaryListView.of(list, entries.size(), entries);
    }
}
