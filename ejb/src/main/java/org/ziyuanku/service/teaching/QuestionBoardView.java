package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An offering's class questions as the caller sees them: the offering's title, whether the caller is staff (staff
 * answer; learners ask, in their class), the names of the caller's classes and the questions, most active first.
 */
public record QuestionBoardView(long offeringId, String offeringTitle, boolean staff, Map<Long, String> classes,
        List<ClassQuestionView> questions) implements Serializable {
}
