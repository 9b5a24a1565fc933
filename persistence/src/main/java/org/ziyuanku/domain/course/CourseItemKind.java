package org.ziyuanku.domain.course;

/**
 * What an outline item (depth 3) is: a published resource of any library, a 积件, a page of rich text, or a self-test
 * (自测; its paper is kept apart, by the node's key).
 */
public enum CourseItemKind {
    RESOURCE, ASSEMBLY, PAGE, SELF_TEST
}
