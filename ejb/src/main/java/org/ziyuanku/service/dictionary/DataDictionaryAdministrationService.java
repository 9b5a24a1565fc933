package org.ziyuanku.service.dictionary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.dictionary.DictionaryChange;
import org.ziyuanku.domain.dictionary.DictionaryChangeAction;
import org.ziyuanku.domain.dictionary.DictionaryEntry;
import org.ziyuanku.domain.dictionary.DictionaryList;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.dictionary.internal.DictionaryEntryRules;
import org.ziyuanku.service.dictionary.internal.DictionaryRepository;
import org.ziyuanku.service.dictionary.internal.DictionaryUsage;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.RefusedException;

/**
 * Keeping the data dictionary (数据字典), for the system administrator only: every entry of a list with how much data
 * uses it and the list's history; in OPEN lists adding an entry, changing its labels and place, and no longer
 * offering it (an entry is never deleted: data may use its code). Every change raises the list's version, is kept in
 * the history and audited; every refusal is audited.
 */
@Stateless
@PermitAll
public class DataDictionaryAdministrationService {

    static final int HISTORY = 50;

    @Inject
    private Caller caller;

    @Inject
    private DictionaryRepository repository;

    @Inject
    private DictionaryUsage usage;

    @Inject
    private DictionaryEntryRules rules;

    /** The list with every entry, its use, and the latest changes. */
    @Audited(action = "DICTIONARY_VIEW", outcomes = AuditOutcome.DENIED)
    public DictionaryAdministrationView administer(@AuditTarget("dictionary:") String listCode) {
        caller.require(PlatformRole.SYSTEM_ADMIN);
        DictionaryList list = existing(listCode);
        Map<String, Long> uses = usage.counts(list.getCode());
        List<DictionaryEntryView> entries = repository.entries(list.getCode()).stream()
                .map(e -> DictionaryEntryView.of(e, uses.getOrDefault(e.getCode(), 0L))).toList();
        return new DictionaryAdministrationView(DictionaryListView.of(list, entries.size(), entries),
                repository.history(list.getCode(), HISTORY).stream().map(DictionaryChangeView::of).toList());
    }

    /** Adds an entry at the end of an OPEN list (or at its place). */
    @Audited(action = "DICTIONARY_ADD")
    public DictionaryEntryView add(@AuditTarget("dictionary:") String listCode, DictionaryEntryCommand command) {
        DictionaryList list = changeable(listCode);
        String code = rules.code(command.code());
        if (repository.entry(list.getCode(), code).isPresent()) {
            throw new DictionaryRefusedException(RefusedException.Kind.CONFLICT, "dictionary.refused.codeTaken", code);
        }
        String labelZh = rules.label("labelZh", command.labelZh());
        String labelEn = rules.label("labelEn", command.labelEn());
        int order = command.sortOrder() == null ? repository.nextSortOrder(list.getCode())
                : rules.sortOrder(command.sortOrder());
        DictionaryEntry entry = repository.add(new DictionaryEntry(list.getCode(), code, labelZh, labelEn, order,
                caller.username(), LocalDateTime.now()));
        record(list, entry, DictionaryChangeAction.ADDED, labelZh + " / " + labelEn);
        return DictionaryEntryView.of(entry, 0);
    }

    /** Changes an entry's labels and place; a change that changes nothing is no change. */
    @Audited(action = "DICTIONARY_CHANGE")
    public DictionaryEntryView change(@AuditTarget("dictionary:") String listCode, String entryCode,
            DictionaryEntryCommand command) {
        DictionaryList list = changeable(listCode);
        DictionaryEntry entry = existingEntry(list, entryCode);
        String before = entry.getLabelZh() + " / " + entry.getLabelEn() + " #" + entry.getSortOrder();
        String labelZh = rules.label("labelZh", command.labelZh());
        String labelEn = rules.label("labelEn", command.labelEn());
        int order = command.sortOrder() == null ? entry.getSortOrder() : rules.sortOrder(command.sortOrder());
        if (entry.change(labelZh, labelEn, order, caller.username(), LocalDateTime.now())) {
            record(list, entry, DictionaryChangeAction.CHANGED,
                    before + " → " + labelZh + " / " + labelEn + " #" + order);
        }
        return DictionaryEntryView.of(entry, -1);
    }

    /** Offers an entry for new data again, or stops offering it; data that uses it keeps it. */
    @Audited(action = "DICTIONARY_ACTIVATE")
    public DictionaryEntryView activate(@AuditTarget("dictionary:") String listCode, String entryCode,
            boolean active) {
        DictionaryList list = changeable(listCode);
        DictionaryEntry entry = existingEntry(list, entryCode);
        if (entry.activate(active, caller.username(), LocalDateTime.now())) {
            record(list, entry, active ? DictionaryChangeAction.REACTIVATED : DictionaryChangeAction.DEACTIVATED,
                    entry.getCode());
        }
        return DictionaryEntryView.of(entry, -1);
    }

    private void record(DictionaryList list, DictionaryEntry entry, DictionaryChangeAction action, String detail) {
        int version = list.changed(entry.getUpdatedAt());
        repository.add(new DictionaryChange(entry, version, action, detail));
    }

    private DictionaryList changeable(String listCode) {
        caller.require(PlatformRole.SYSTEM_ADMIN);
        DictionaryList list = repository.listForUpdate(listCode).orElseThrow(() -> DictionaryRefusedException.noList(listCode));
        if (!list.isOpen()) {
            throw new DictionaryRefusedException(RefusedException.Kind.CONFLICT, "dictionary.refused.fixed",
                    list.getCode());
        }
        return list;
    }

    private DictionaryList existing(String listCode) {
        return repository.list(listCode).orElseThrow(() -> DictionaryRefusedException.noList(listCode));
    }


    private DictionaryEntry existingEntry(DictionaryList list, String entryCode) {
        return repository.entry(list.getCode(), String.valueOf(entryCode)).orElseThrow(() ->
                new DictionaryRefusedException(RefusedException.Kind.NOT_FOUND, "dictionary.refused.noEntry",
                        String.valueOf(entryCode)));
    }
}
