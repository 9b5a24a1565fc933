package org.ziyuanku.service.dictionary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.ziyuanku.domain.dictionary.DictionaryChange;

/** One change of a code list, as its history shows it. */
public record DictionaryChangeView(String entryCode, int listVersion, String action, String detail,
        String changedBy, LocalDateTime changedAt) implements Serializable {

    static DictionaryChangeView of(DictionaryChange change) {
        return new DictionaryChangeView(change.getEntryCode(), change.getListVersion(), change.getAction().name(),
                change.getDetail(), change.getChangedBy(), change.getChangedAt());
    }
}
