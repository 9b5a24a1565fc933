package org.ziyuanku.web.api.v1.teaching;

/** The body of {@code POST …/incoming-changes/{cid}/decision}: {@code ACCEPT} or {@code DECLINE}. */
public record DecisionDto(String decision) {
}
