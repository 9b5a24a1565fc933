package org.ziyuanku.service.dictionary;

import java.io.Serializable;

/**
 * An entry as the system administrator writes it: the code (only when adding), the two labels and the place in the
 * list (null: at the end, or where it was).
 */
public record DictionaryEntryCommand(String code, String labelZh, String labelEn, Integer sortOrder)
        implements Serializable {
}
