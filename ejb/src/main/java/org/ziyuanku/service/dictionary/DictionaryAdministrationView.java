package org.ziyuanku.service.dictionary;

import java.io.Serializable;
import java.util.List;

/** A code list as its keeper sees it: every entry (inactive ones too) with its use, and the latest changes. */
public record DictionaryAdministrationView(DictionaryListView list, List<DictionaryChangeView> history)
        implements Serializable {
}
