package org.ziyuanku.service.qa;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A published resource's Q&A page: the resource, its library, whether the caller is on the team, the questions
 * and their answers by question id (oldest first). */
public record ResourceQuestionsView(long resourceId, String resourceTitle, long libraryId, String libraryName,
        boolean team, List<LibraryQuestionView> questions, Map<Long, List<LibraryAnswerView>> answers) implements Serializable {
}
