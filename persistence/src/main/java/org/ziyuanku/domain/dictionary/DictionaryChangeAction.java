package org.ziyuanku.domain.dictionary;

/** What a change did to an entry of a code list. */
public enum DictionaryChangeAction {
    ADDED,
    CHANGED,
    DEACTIVATED,
    REACTIVATED
}
