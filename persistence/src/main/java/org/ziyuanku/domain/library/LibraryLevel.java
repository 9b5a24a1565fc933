package org.ziyuanku.domain.library;

/** The three levels of resource libraries (国家级、省级、校级). */
public enum LibraryLevel {
    NATIONAL,
    PROVINCIAL,
    SCHOOL
}
