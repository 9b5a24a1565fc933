package org.ziyuanku.web.api.v1.exam;

import java.util.List;
import org.ziyuanku.service.exam.QuestionPage;

/** One page of a library's questions, newest first, and how many match in all. */
public record QuestionPageDto(List<QuestionDto> questions, long total, int page, int size) {

    public static QuestionPageDto of(QuestionPage p) {
        return new QuestionPageDto(p.questions().stream().map(QuestionDto::of).toList(), p.total(), p.page(),
                p.size());
    }
}
