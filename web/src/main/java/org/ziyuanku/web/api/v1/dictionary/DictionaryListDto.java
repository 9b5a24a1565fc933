package org.ziyuanku.web.api.v1.dictionary;

import java.util.List;
import org.ziyuanku.service.dictionary.DictionaryListView;

/**
 * A code list: its code, name in the caller's language, policy (FIXED or OPEN), version (raised by every change) and,
 * for one list, its active entries in order.
 */
public record DictionaryListDto(String code, String name, String policy, int version, int entryCount,
        List<DictionaryEntryDto> entries) {

    static DictionaryListDto of(DictionaryListView list, boolean english) {
        return new DictionaryListDto(list.code(), list.name(english), list.policy(), list.version(), list.entryCount(),
                list.entries().stream().map(e -> DictionaryEntryDto.of(e, english)).toList());
    }
}
