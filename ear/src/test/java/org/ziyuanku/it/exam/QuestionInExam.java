package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;

/** What ExamEndpointIT checks of a question used by an exam. */
final class QuestionInExam {

    private QuestionInExam() {
    }

    /**
     * A question that a random paper drew into an attempt (simulated: the fixed paper's row points to {@code other}
     * for the moment) and that a learner answered is refused deletion, and stays.
     */
    static void cannotBeDeleted(String author, long paper, long question, long other) throws Exception {
        long position = TestDatabase.queryLong("select position from exam_paper_question where paper_id = ? and"
                + " question_id = ?", paper, question);
        TestDatabase.update("update exam_paper_question set question_id = ? where paper_id = ? and position = ?",
                other, paper, position);
        try {
            HttpResponse<String> refused = ApiClient.as(author).delete("/api/v1/questions/" + question);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("这道试题已被考试抽入学生试卷或已被作答"), refused.body());
            assertEquals(1, TestDatabase.queryLong("select count(*) from question where id = ?", question));
        } finally {
            TestDatabase.update("update exam_paper_question set question_id = ? where paper_id = ? and position = ?",
                    question, paper, position);
        }
    }
}
