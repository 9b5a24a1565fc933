package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.ClassQuestionThreadView;

/** A question with its answers, oldest first; {@code mayResolve} whether the caller may accept or close. */
public record ClassQuestionThreadDto(ClassQuestionDto question, List<ClassAnswerDto> answers, boolean staff,
        boolean mayResolve) {

    static ClassQuestionThreadDto of(ClassQuestionThreadView v) {
        return new ClassQuestionThreadDto(ClassQuestionDto.of(v.question()), v.answers().stream()
                .map(ClassAnswerDto::of).toList(), v.staff(), v.mayResolve());
    }
}
