package org.ziyuanku.domain.course;

/** What an outline item (depth 3) is: a published resource of any library, a 积件, or a page of rich text. */
public enum CourseItemKind {
    RESOURCE, ASSEMBLY, PAGE
}
