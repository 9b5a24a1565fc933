package org.ziyuanku.web.api.v1.qa;

import java.util.List;
import org.ziyuanku.service.qa.LibraryQuestionThreadView;

/** A library question with its answers; {@code team}: the caller may mark best and promote to the FAQ. */
public record LibraryQuestionThreadDto(LibraryQuestionDto question, List<LibraryAnswerDto> answers, boolean mayAnswer,
        boolean team) {

    static LibraryQuestionThreadDto of(LibraryQuestionThreadView v) {
        return new LibraryQuestionThreadDto(LibraryQuestionDto.of(v.question()),
                v.answers().stream().map(LibraryAnswerDto::of).toList(), v.mayAnswer(), v.team());
    }
}
