package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.AUDIO;
import static org.ziyuanku.it.learning.LearningFixture.beat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * A scripted client cannot fake progress: a fabricated token, a replayed beat, positions ahead of the time elapsed,
 * play faster than twice real time, a forward jump, another learner's token and a direct completion call each earn no
 * credit (item_progress unchanged), leave one progress_anomaly row with the named reason, and honest play of the same
 * attempt is still credited afterwards. Played on a real uploaded 60-second WAV (duration from the server's probe).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressForgeryIT {

    private static LearningFixture fixture;
    private static long learnerId;
    private static long otherId;
    private static long seekerId;
    private static ApiClient learner;

    @BeforeAll
    static void courseAndLearners() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("pf");
        learnerId = fixture.enrolledLearner("forger");
        otherId = fixture.enrolledLearner("other");
        seekerId = fixture.enrolledLearner("seeker");
        learner = ApiClient.as(fixture.username("forger"));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        fixture.delete();
    }

    @Test
    void heartbeat_fabricatedToken_noCreditAndLogged() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        long start = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        String before = fixture.progress(learnerId, AUDIO);
        Thread.sleep(1_200);

        HttpResponse<String> forged = learner.postJson(fixture.heartbeatPath(id),
                beat("AAAAforged-token-nobody-was-issuedAAAAAAAAAA", 1, start, start + 1_000, null));

        assertEquals(404, forged.statusCode(), forged.body());
        assertEquals(before, fixture.progress(learnerId, AUDIO));
        assertEquals(1, LearningFixture.anomalies(learnerId, "UNKNOWN_TOKEN", id));
        assertHonestPlayCredited(attempt, 1, start);
    }

    @Test
    void heartbeat_replayedSeq_noCreditAndLogged() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        long start = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        Thread.sleep(1_200);
        String body = beat(token, 1, start, start + 1_000, null);
        assertEquals(200, learner.postJson(fixture.heartbeatPath(id), body).statusCode());
        String before = fixture.progress(learnerId, AUDIO);
        Thread.sleep(1_200);

        HttpResponse<String> replayed = learner.postJson(fixture.heartbeatPath(id), body);

        assertEquals(409, replayed.statusCode(), replayed.body());
        assertEquals(before, fixture.progress(learnerId, AUDIO));
        assertEquals(1, LearningFixture.anomalies(learnerId, "REPLAY", id));
        assertHonestPlayCredited(attempt, 2, start + 1_000);
    }

    @Test
    void heartbeat_positionAheadOfElapsedTime_noCredit() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        long position = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        String refused = null;
        int seq = 0;
        while (refused == null && seq < 12) {
            String before = fixture.progress(learnerId, AUDIO);
            HttpResponse<String> small = learner.postJson(fixture.heartbeatPath(id),
                    beat(token, ++seq, position, position + 2_000, null));
            assertEquals(200, small.statusCode(), small.body());
            if ("AHEAD_OF_TIME".equals(ApiClient.json(small.body(), "reason"))) {
                refused = small.body();
                assertEquals("0", ApiClient.json(small.body(), "credited"));
                assertEquals(before, fixture.progress(learnerId, AUDIO), "the refused beat changed nothing");
            } else {
                position += 2_000;
            }
        }

        assertTrue(refused != null, "beats of 2 s each sent back to back are soon ahead of the time elapsed");
        assertEquals(1, LearningFixture.anomalies(learnerId, "AHEAD_OF_TIME", id));
        Thread.sleep(position / 2 + 1_500);
        assertHonestPlayCredited(attempt, seq + 1, position);
    }

    @Test
    void heartbeat_fasterThanDoubleSpeed_noCredit() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        long start = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        String before = fixture.progress(learnerId, AUDIO);
        Thread.sleep(1_000);

        HttpResponse<String> fast = learner.postJson(fixture.heartbeatPath(id),
                beat(token, 1, start, start + 30_000, "\"rate\":1.0"));
        HttpResponse<String> declared = learner.postJson(fixture.heartbeatPath(id),
                beat(token, 2, start, start + 1_000, "\"rate\":4.0"));

        assertEquals(200, fast.statusCode(), fast.body());
        assertEquals("TOO_FAST", ApiClient.json(fast.body(), "reason"));
        assertEquals("0", ApiClient.json(fast.body(), "credited"));
        assertEquals("TOO_FAST", ApiClient.json(declared.body(), "reason"));
        assertEquals(before, fixture.progress(learnerId, AUDIO));
        assertEquals(2, LearningFixture.anomalies(learnerId, "TOO_FAST", id));
        assertHonestPlayCredited(attempt, 3, start);
    }

    @Test
    void heartbeat_forwardSeek_skippedSpanNeverCredited() throws Exception {
        ApiClient seeker = ApiClient.as(fixture.username("seeker"));
        String attempt = fixture.start(seeker, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        Thread.sleep(1_200);

        HttpResponse<String> unseeked = seeker.postJson(fixture.heartbeatPath(id),
                beat(token, 1, 50_000, 51_000, null));
        assertEquals("JUMP", ApiClient.json(unseeked.body(), "reason"));
        assertEquals("|0|STARTED", fixture.progress(seekerId, AUDIO),
                "a jump without a seek earns nothing");
        Thread.sleep(1_200);
        HttpResponse<String> seeked = seeker.postJson(fixture.heartbeatPath(id),
                beat(token, 2, 55_000, 56_000, "\"seeked\":true"));

        assertEquals(200, seeked.statusCode(), seeked.body());
        assertEquals("JUMP", ApiClient.json(seeked.body(), "reason"));
        String covered = fixture.progress(seekerId, AUDIO).split("\\|")[0];
        assertEquals("55-56", covered, "only the second played after the seek is credited, never 0-55");
        assertEquals(2, LearningFixture.anomalies(seekerId, "JUMP", id));
    }

    @Test
    void heartbeat_otherLearnersToken_noCredit() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        long start = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        String mine = fixture.progress(learnerId, AUDIO);
        String theirs = fixture.progress(otherId, AUDIO);
        Thread.sleep(1_200);

        HttpResponse<String> stolen = ApiClient.as(fixture.username("other")).postJson(fixture.heartbeatPath(id),
                beat(token, 1, start, start + 1_000, null));

        assertEquals(404, stolen.statusCode(), stolen.body());
        assertEquals(mine, fixture.progress(learnerId, AUDIO));
        assertEquals(theirs, fixture.progress(otherId, AUDIO));
        assertEquals(1, LearningFixture.anomalies(otherId, "FOREIGN_TOKEN", id));
        assertHonestPlayCredited(attempt, 1, start);
    }

    @Test
    void completionCall_answers405_andIsLogged() throws Exception {
        String before = fixture.progress(learnerId, AUDIO);
        long claims = LearningFixture.anomalies(learnerId, "COMPLETION_CLAIM");
        String item = "/api/v1/offerings/" + fixture.offering + "/items/" + fixture.item(AUDIO) + "/completion";

        HttpResponse<String> post = learner.postJson(item, "{\"completed\":true}");
        HttpResponse<String> put = learner.putJson("/api/v1/offerings/" + fixture.offering + "/progress",
                "{\"percent\":100}");
        HttpResponse<String> english = learner.inLanguage("en").postJson(item, "{}");

        assertEquals(405, post.statusCode(), post.body());
        assertEquals(405, put.statusCode(), put.body());
        assertTrue(post.body().contains("服务器"), post.body());
        assertTrue(english.body().contains("worked out by the server"), english.body());
        assertEquals(before, fixture.progress(learnerId, AUDIO));
        assertEquals(claims + 3, LearningFixture.anomalies(learnerId, "COMPLETION_CLAIM"));
    }

    @Test
    void heartbeat_completedField_isIgnoredAndLogged_malformedBodyIs400() throws Exception {
        String attempt = fixture.start(learner, AUDIO);
        String id = ApiClient.json(attempt, "attemptId");
        String token = ApiClient.json(attempt, "token");
        long start = Long.parseLong(ApiClient.json(attempt, "resumeMs"));
        Thread.sleep(1_200);

        HttpResponse<String> claiming = learner.postJson(fixture.heartbeatPath(id),
                beat(token, 1, start, start + 1_000, "\"completed\":true,\"progress\":100"));
        HttpResponse<String> malformed = learner.inLanguage("en").postJson(fixture.heartbeatPath(id),
                "{\"token\":\"" + token + "\",\"seq\":\"two\"}");

        assertEquals(200, claiming.statusCode(), claiming.body());
        assertNotEquals("true", ApiClient.json(claiming.body(), "completed"), "one second does not complete a minute");
        assertEquals(1, LearningFixture.anomalies(learnerId, "COMPLETION_CLAIM", id));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("cannot be read"), malformed.body());
        assertEquals(1, LearningFixture.anomalies(learnerId, "MALFORMED"));
    }

    /** A later honest beat of the attempt (1 s played from {@code fromMs}) is still credited. */
    private void assertHonestPlayCredited(String attempt, int seq, long fromMs) throws Exception {
        String id = ApiClient.json(attempt, "attemptId");
        Thread.sleep(1_200);
        HttpResponse<String> honest = learner.postJson(fixture.heartbeatPath(id),
                beat(ApiClient.json(attempt, "token"), seq, fromMs, fromMs + 1_000, null));
        assertEquals(200, honest.statusCode(), honest.body());
        assertEquals("null", String.valueOf(ApiClient.json(honest.body(), "reason")), honest.body());
        String covered = fixture.progress(learnerId, AUDIO).split("\\|")[0];
        assertTrue(spans(covered, fromMs / 1000), "honest play is covered: " + covered);
    }

    /** Whether the canonical intervals cover the second. */
    private static boolean spans(String covered, long second) {
        for (String part : covered.split(",")) {
            String[] ends = part.split("-");
            if (ends.length == 2 && Long.parseLong(ends[0]) <= second && second < Long.parseLong(ends[1])) {
                return true;
            }
        }
        return false;
    }
}
