package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.AUDIO;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;
import static org.ziyuanku.it.learning.LearningFixture.VIDEO;
import static org.ziyuanku.it.learning.LearningFixture.beat;

import java.net.http.HttpResponse;
import java.util.List;
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
 * A 积件 item (an assembly of the 3-second video, a part whose resource is not published, and the PNG read for its
 * 5-second minimum) is learned part by part through the REST API with honest heartbeats: each part gets its own
 * progress row, and the course page and the class statistics count the item completed only once both playable parts
 * are. A part that is not one of the 积件's playable parts (another resource, the unpublished part, garbage, or a part
 * asked of a resource item) is refused 404 like an item the learner may not open: no attempt, an audit record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssemblyLearningIT {

    private static LearningFixture fixture;
    private static long assemblyItem;
    private static long video;
    private static long image;

    @BeforeAll
    static void courseWithAnAssembly() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("as");
        assemblyItem = fixture.assemblyItem();
        video = fixture.resourceOf(VIDEO);
        image = fixture.resourceOf(IMAGE);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        fixture.delete();
    }

    @Test
    void bothParts_playedHonestly_completeTheItem_onlyAfterTheSecond() throws Exception {
        long learnerId = fixture.enrolledLearner("parts");
        ApiClient learner = ApiClient.as(fixture.username("parts"));
        assertEquals(404, learner.post(attempts()).statusCode(), "a 积件 is learned part by part");

        playVideoPart(learner);
        assertEquals("0-3|3|COMPLETED", partProgress(learnerId, video));
        String halfway = learner.get(progressPath()).body();
        assertEquals("PARTIAL", ApiClient.json(itemOf(halfway), "status"), halfway);
        assertEquals("50", ApiClient.json(itemOf(halfway), "percent"), halfway);
        assertEquals("0", ApiClient.json(halfway, "completedItems"), halfway);

        readImagePart(learner);
        assertEquals("COMPLETED", partProgress(learnerId, image).split("\\|")[2]);
        String done = learner.get(progressPath()).body();
        assertEquals("COMPLETED", ApiClient.json(itemOf(done), "status"), done);
        assertEquals("1", ApiClient.json(done, "completedItems"), done);
        assertEquals("4", ApiClient.json(done, "totalItems"), "video, audio, image and the 积件: " + done);
        assertEquals(Long.toString(assemblyItem), ApiClient.json(done, "continueNodeId"), done);
        assertEquals(Long.toString(image), ApiClient.json(done, "continuePartId"), "continue opens the last part");
        String statistics = ApiClient.as(fixture.teacher).get("/api/v1/classes/" + fixture.courseClass
                + "/statistics").body();
        assertEquals("1", ApiClient.json(learnerOf(statistics, learnerId), "completed"), statistics);
    }

    @Test
    void forgedPart_isRefused404_withoutAttempt_andAudited() throws Exception {
        long learnerId = fixture.enrolledLearner("forger");
        String username = fixture.username("forger");
        ApiClient learner = ApiClient.as(username);
        List<String> forged = List.of(Long.toString(fixture.resourceOf(AUDIO)), Long.toString(fixture.assemblyDraft),
                "x1", "-7", "99999999999");
        for (String part : forged) {
            HttpResponse<String> refused = learner.post(attempts() + "?part=" + part);
            assertEquals(404, refused.statusCode(), part + ": " + refused.body());
            assertFalse(refused.body().contains("token"), refused.body());
        }
        HttpResponse<String> onResource = learner.post(fixture.attemptsPath(VIDEO) + "?part=" + video);
        assertEquals(404, onResource.statusCode(), "a part only for a 积件: " + onResource.body());

        assertEquals(0, TestDatabase.queryLong("select count(*) from learning_attempt where learner_id = ?", learnerId));
        assertEquals(forged.size() + 1, TestDatabase.queryLong("select count(*) from audit_record where actor = ?"
                + " and action = 'LEARNING_ATTEMPT_START' and outcome = 'FAILURE' and target like 'item:%/part:%'",
                username));
        assertEquals(200, learner.post(attempts() + "?part=" + video).statusCode(), "the real part starts");
    }

    private static void playVideoPart(ApiClient learner) throws Exception {
        String attempt = start(learner, video);
        assertEquals("MEDIA", ApiClient.json(attempt, "mode"), attempt);
        assertEquals("3000", ApiClient.json(attempt, "durationMs"), "the part's own duration: " + attempt);
        String path = fixture.heartbeatPath(ApiClient.json(attempt, "attemptId"));
        String token = ApiClient.json(attempt, "token");
        Thread.sleep(1_600);
        HttpResponse<String> first = learner.postJson(path, beat(token, 1, 0, 1_500, null));
        assertEquals("1", ApiClient.json(first.body(), "credited"), first.body());
        Thread.sleep(1_600);
        HttpResponse<String> second = learner.postJson(path, beat(token, 2, 1_500, 3_000, "\"playing\":false"));
        assertEquals("2", ApiClient.json(second.body(), "credited"), second.body());
        assertEquals("true", ApiClient.json(second.body(), "completed"), "the part is complete: " + second.body());
    }

    private static void readImagePart(ApiClient learner) throws Exception {
        String attempt = start(learner, image);
        assertEquals("DOCUMENT", ApiClient.json(attempt, "mode"), attempt);
        String path = fixture.heartbeatPath(ApiClient.json(attempt, "attemptId"));
        String token = ApiClient.json(attempt, "token");
        assertEquals(200, learner.postJson(path, beat(token, 1, 0, 0, null)).statusCode());
        Thread.sleep(5_600);
        HttpResponse<String> read = learner.postJson(path, beat(token, 2, 0, 0, null));
        assertEquals("true", ApiClient.json(read.body(), "completed"), read.body());
    }

    private static String start(ApiClient learner, long part) {
        HttpResponse<String> started = learner.post(attempts() + "?part=" + part);
        assertEquals(200, started.statusCode(), started.body());
        return started.body();
    }

    private static String attempts() {
        return "/api/v1/offerings/" + fixture.offering + "/items/" + assemblyItem + "/attempts";
    }

    private static String progressPath() {
        return "/api/v1/offerings/" + fixture.offering + "/progress";
    }

    /** The learner's progress row of one part of the 积件 item as {@code covered|covered_s|status}, or "none". */
    private static String partProgress(long learnerId, long part) throws Exception {
        return TestDatabase.queryString("select coalesce((select p.covered || '|' || p.covered_s || '|' || p.status"
                + " from item_progress p join enrolment e on e.id = p.enrolment_id where e.learner_id = ?"
                + " and e.offering_id = ? and p.offering_node_id = ? and p.part_id = ?), 'none')", learnerId,
                fixture.offering, assemblyItem, part);
    }

    /** The JSON object of the 积件 item in the course progress. */
    private static String itemOf(String progress) {
        return objectWith(progress, "nodeId", assemblyItem);
    }

    private static String learnerOf(String statistics, long learnerId) {
        return objectWith(statistics, "learnerId", learnerId);
    }

    /** The innermost JSON object with the member {@code name} of that number (in whatever order the members are). */
    private static String objectWith(String json, String name, long value) {
        Matcher m = Pattern.compile("\\{[^{}]*\"" + name + "\"\\s*:\\s*" + value + "\\b[^{}]*\\}").matcher(json);
        assertTrue(m.find(), name + " " + value + " in " + json);
        return m.group();
    }
}
