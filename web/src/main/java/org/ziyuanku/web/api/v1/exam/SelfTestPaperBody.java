package org.ziyuanku.web.api.v1.exam;

/** The paper of a self-test item. */
public record SelfTestPaperBody(Long paperId) {
}
