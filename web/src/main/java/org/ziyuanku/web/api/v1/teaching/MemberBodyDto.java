package org.ziyuanku.web.api.v1.teaching;

/** The learner to add to a group ({@code {learnerId}}); a learner joining themselves may send no body. */
public record MemberBodyDto(Long learnerId) {
}
