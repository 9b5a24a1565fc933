package org.ziyuanku.domain.dictionary;

/**
 * Who keeps a code list: FIXED lists are defined by the seed, a national catalogue or the code (other tables check
 * their codes) and are read-only; OPEN lists are kept by the system administrator.
 */
public enum DictionaryPolicy {
    FIXED,
    OPEN
}
