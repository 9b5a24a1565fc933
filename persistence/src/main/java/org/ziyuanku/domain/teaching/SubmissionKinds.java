package org.ziyuanku.domain.teaching;

/** What a homework submission may hold: text, files, or both. */
public enum SubmissionKinds {
    TEXT, FILE, BOTH
}
