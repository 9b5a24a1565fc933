package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * Compound questions for the export formats that have none: each sub-question on its own, the first one's stem led by
 * the shared stem (and carrying its images).
 */
final class Flatten {

    private Flatten() {
    }

    static List<QuestionDraft> questions(List<QuestionDraft> questions) {
        List<QuestionDraft> flat = new ArrayList<>();
        for (QuestionDraft q : questions) {
            if (q.type() != QuestionType.COMPOUND) {
                flat.add(q);
                continue;
            }
            for (int i = 0; i < q.parts().size(); i++) {
                QuestionDraft p = q.parts().get(i);
                String stem = i == 0 ? q.stem() + "<br>" + p.stem() : p.stem();
                List<DraftImage> images = i == 0 ? Stream.concat(q.images().stream(), p.images().stream()).toList()
                        : p.images();
                List<String> knowledge = p.knowledgePoints().isEmpty() ? q.knowledgePoints() : p.knowledgePoints();
                flat.add(new QuestionDraft(p.type(), stem, p.options(), p.prompts(), p.key(), p.analysis(),
                        p.difficulty() == null ? q.difficulty() : p.difficulty(), knowledge, p.points(), List.of(),
                        images));
            }
        }
        return flat;
    }
}
