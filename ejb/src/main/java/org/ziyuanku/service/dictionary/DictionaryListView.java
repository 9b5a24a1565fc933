package org.ziyuanku.service.dictionary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.dictionary.DictionaryList;

/** A code list with its entries in order (empty in the overview of all lists). */
public record DictionaryListView(String code, String nameZh, String nameEn, String policy, String basis,
        int version, LocalDateTime updatedAt, int entryCount, List<DictionaryEntryView> entries)
        implements Serializable {

    static DictionaryListView of(DictionaryList list, int entryCount, List<DictionaryEntryView> entries) {
        return new DictionaryListView(list.getCode(), list.getNameZh(), list.getNameEn(), list.getPolicy().name(),
                list.getBasis(), list.getListVersion(), list.getUpdatedAt(), entryCount, List.copyOf(entries));
    }

    /** Whether the system administrator may change its entries. */
    public boolean open() {
        return "OPEN".equals(policy);
    }

    /** The name in Chinese or English. */
    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
