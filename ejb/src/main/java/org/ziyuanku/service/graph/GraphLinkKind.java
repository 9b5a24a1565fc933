package org.ziyuanku.service.graph;

/** What a node is linked to (tagged with it): a resource, a standard course, a course item, a bank question. */
public enum GraphLinkKind {
    RESOURCE, COURSE, COURSE_ITEM, QUESTION
}
