package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.AUDIO;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;
import static org.ziyuanku.it.learning.LearningFixture.VIDEO;
import static org.ziyuanku.it.learning.LearningFixture.beat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * "Continue" (继续学习): after playing part of the audio lecture and leaving, the learner's progress names that item
 * and position, and a new attempt starts there; the activity stream holds launched, resumed and terminated as xAPI
 * statements (never one per heartbeat). A learner of the same school who is not enrolled gets 404 for the progress
 * and the item, except for an item open for trial learning, whose beats keep no progress.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResumeIT {

    private static LearningFixture fixture;

    @BeforeAll
    static void course() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("rs");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        fixture.delete();
    }

    @Test
    void resume_returnsLastItemAndPosition() throws Exception {
        fixture.enrolledLearner("resumer");
        ApiClient learner = ApiClient.as(fixture.username("resumer"));
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        Thread.sleep(2_200);
        assertEquals(200, learner.postJson(fixture.heartbeatPath(id), beat(token, 1, 0, 2_000, null)).statusCode());
        Thread.sleep(2_200);
        assertEquals(200, learner.postJson(fixture.heartbeatPath(id), beat(token, 2, 2_000, 4_000, null)).statusCode());
        HttpResponse<String> ended = learner.postJson("/api/v1/offerings/" + fixture.offering + "/attempts/" + id
                + "/end", "{\"token\":\"" + token + "\"}");
        assertEquals(204, ended.statusCode(), ended.body());

        HttpResponse<String> progress = learner.get("/api/v1/offerings/" + fixture.offering + "/progress");

        assertEquals(200, progress.statusCode(), progress.body());
        assertEquals(Long.toString(fixture.item(AUDIO)), ApiClient.json(progress.body(), "continueNodeId"));
        assertEquals("4000", ApiClient.json(progress.body(), "continuePositionMs"));
        assertEquals("3", ApiClient.json(progress.body(), "totalItems"));
        assertEquals("PARTIAL", ApiClient.json(itemOf(progress.body(), fixture.item(AUDIO)), "status"));
        assertEquals("NOT_STARTED", ApiClient.json(itemOf(progress.body(), fixture.item(VIDEO)), "status"));
        String again = fixture.start(learner, AUDIO);
        assertEquals("4000", ApiClient.json(again, "resumeMs"), again);
        String statements = learner.get("/api/v1/statements").body();
        assertTrue(statements.contains("http://adlnet.gov/expapi/verbs/launched"), statements);
        assertTrue(statements.contains("http://adlnet.gov/expapi/verbs/resumed"), statements);
        assertTrue(statements.contains("http://adlnet.gov/expapi/verbs/terminated"), statements);
        assertTrue(statements.contains("\"registration\""), statements);
        long learnerId = TestDatabase.queryLong("select id from user_account where username = ?",
                fixture.username("resumer"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from learning_statement where actor_id = ? and verb"
                + " in ('progressed', 'completed')", learnerId), "4 s of a minute crosses no mark");
    }

    @Test
    void notEnrolled_progressAndItemAre404_trialItemKeepsNoProgress() throws Exception {
        long outsiderId = fixture.learner("visitor");
        ApiClient visitor = ApiClient.as(fixture.username("visitor"));

        HttpResponse<String> progress = visitor.inLanguage("en").get("/api/v1/offerings/" + fixture.offering
                + "/progress");
        HttpResponse<String> start = visitor.post(fixture.attemptsPath(VIDEO));
        TestDatabase.update("update offering_node set trial = true where id = ?", fixture.item(IMAGE));
        HttpResponse<String> trial = visitor.post(fixture.attemptsPath(IMAGE));

        assertEquals(404, progress.statusCode(), progress.body());
        assertTrue(progress.body().contains("not open to you"), progress.body());
        assertEquals(404, start.statusCode(), start.body());
        assertEquals(200, trial.statusCode(), trial.body());
        assertEquals("true", ApiClient.json(trial.body(), "trial"));
        Thread.sleep(5_600);
        HttpResponse<String> beat = visitor.postJson(fixture.heartbeatPath(ApiClient.json(trial.body(), "attemptId")),
                beat(ApiClient.json(trial.body(), "token"), 1, 0, 0, null));
        assertEquals(200, beat.statusCode(), beat.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from item_progress p join enrolment e on e.id ="
                + " p.enrolment_id where e.learner_id = ?", outsiderId));
    }

    /** The JSON object of the item in the progress answer. */
    private static String itemOf(String progress, long nodeId) {
        Matcher item = Pattern.compile("\\{[^{}]*\"nodeId\":" + nodeId + "[,}][^{}]*\\}?").matcher(progress);
        assertTrue(item.find(), "item " + nodeId + " in " + progress);
        return item.group();
    }
}
