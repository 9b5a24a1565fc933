package org.ziyuanku.service.dictionary;

import java.io.Serializable;
import org.ziyuanku.domain.dictionary.DictionaryEntry;

/** An entry of a code list; {@code uses} counts the rows that use its code (-1 where nobody asked). */
public record DictionaryEntryView(String code, String labelZh, String labelEn, int sortOrder, boolean active,
        int revision, long uses) implements Serializable {

    static DictionaryEntryView of(DictionaryEntry entry, long uses) {
        return new DictionaryEntryView(entry.getCode(), entry.getLabelZh(), entry.getLabelEn(), entry.getSortOrder(),
                entry.isActive(), entry.getRevision(), uses);
    }

    /** The label in Chinese or English. */
    public String label(boolean english) {
        return english ? labelEn : labelZh;
    }
}
