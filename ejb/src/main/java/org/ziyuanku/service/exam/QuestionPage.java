package org.ziyuanku.service.exam;

import java.io.Serializable;
import java.util.List;

/** One page of a {@link QuestionSearch}'s questions, newest first, and how many match in all. */
public record QuestionPage(List<QuestionView> questions, long total, int page, int size) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionPage {
        questions = List.copyOf(questions);
    }
}
