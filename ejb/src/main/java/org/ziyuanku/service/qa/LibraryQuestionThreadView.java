package org.ziyuanku.service.qa;

import java.io.Serializable;
import java.util.List;

/** A library question with its answers, and what the caller may do: answer, mark best and promote (the team). */
public record LibraryQuestionThreadView(LibraryQuestionView question, List<LibraryAnswerView> answers,
        boolean mayAnswer, boolean team) implements Serializable {
}
