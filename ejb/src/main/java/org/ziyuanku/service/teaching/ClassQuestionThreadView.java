package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;

/**
 * A question with its answers, oldest first; {@code staff} whether the caller is staff of its class,
 * {@code mayResolve} whether the caller may accept an answer or close it (staff or the asker).
 */
public record ClassQuestionThreadView(ClassQuestionView question, List<ClassAnswerView> answers, boolean staff,
        boolean mayResolve) implements Serializable {
}
