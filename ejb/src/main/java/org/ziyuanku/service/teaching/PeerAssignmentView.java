package org.ziyuanku.service.teaching;

/** The outcome of handing out peer reviews: submissions covered, reviews created now and in all. */
public record PeerAssignmentView(long assignmentId, int submissions, int created, int total) {
}
