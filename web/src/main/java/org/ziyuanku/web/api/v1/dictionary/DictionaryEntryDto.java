package org.ziyuanku.web.api.v1.dictionary;

import org.ziyuanku.service.dictionary.DictionaryEntryView;

/** An active entry of a code list: its code, the label in the caller's language, both labels and its place. */
public record DictionaryEntryDto(String code, String label, String labelZh, String labelEn, int order) {

    static DictionaryEntryDto of(DictionaryEntryView entry, boolean english) {
        return new DictionaryEntryDto(entry.code(), entry.label(english), entry.labelZh(), entry.labelEn(),
                entry.sortOrder());
    }
}
