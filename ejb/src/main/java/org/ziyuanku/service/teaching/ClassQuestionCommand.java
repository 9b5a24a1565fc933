package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A learner's new question in their class, optionally about one course item of the offering. */
public record ClassQuestionCommand(Long nodeId, String title, String body) implements Serializable {
}
