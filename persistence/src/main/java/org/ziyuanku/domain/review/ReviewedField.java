package org.ziyuanku.domain.review;

/** What a reviewer's reason for returning an item is about: one of its attributes, its content, or anything else. */
public enum ReviewedField {
    TITLE, DESCRIPTION, CONTENT, COURSE, KEYWORDS, SOURCE, AUTHOR, LICENCE, OTHER
}
