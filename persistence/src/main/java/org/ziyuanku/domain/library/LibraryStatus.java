package org.ziyuanku.domain.library;

/** Where a library stands: being built (在建), in service, suspended, or archived after its life. */
public enum LibraryStatus {
    UNDER_CONSTRUCTION,
    ACTIVE,
    SUSPENDED,
    ARCHIVED
}
