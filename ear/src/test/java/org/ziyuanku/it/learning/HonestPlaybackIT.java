package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;
import static org.ziyuanku.it.learning.LearningFixture.VIDEO;
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
 * Honest learners get full credit: the real uploaded 3-second sample video played at normal and at double speed (the
 * test sleeps real time: no client claims more than it could have played) completes the item; watching it again adds
 * nothing; the PNG read for its 5-second minimum with the page visible completes, and beats less than 5 s apart add
 * no time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HonestPlaybackIT {

    private static LearningFixture fixture;

    @BeforeAll
    static void course() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("hp");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        fixture.delete();
    }

    @Test
    void playback_atNormalSpeed_fullCredit() throws Exception {
        long learnerId = fixture.enrolledLearner("normal");
        ApiClient learner = ApiClient.as(fixture.username("normal"));

        HttpResponse<String> last = playFully(learner);

        assertEquals("true", ApiClient.json(last.body(), "completed"), last.body());
        assertEquals("100", ApiClient.json(last.body(), "percent"));
        assertEquals("0-3|3|COMPLETED", fixture.progress(learnerId, VIDEO));
    }

    @Test
    void playback_atDoubleSpeed_fullCredit() throws Exception {
        long learnerId = fixture.enrolledLearner("double");
        ApiClient learner = ApiClient.as(fixture.username("double"));
        String attempt = fixture.start(learner, VIDEO);
        assertEquals("3000", ApiClient.json(attempt, "durationMs"), "the duration is the server's: " + attempt);
        Thread.sleep(1_600);

        HttpResponse<String> beat = learner.postJson(fixture.heartbeatPath(ApiClient.json(attempt, "attemptId")),
                beat(ApiClient.json(attempt, "token"), 1, 0, 3_000, "\"rate\":2.0"));

        assertEquals(200, beat.statusCode(), beat.body());
        assertEquals("3", ApiClient.json(beat.body(), "credited"), beat.body());
        assertEquals("true", ApiClient.json(beat.body(), "completed"));
        assertEquals("0-3|3|COMPLETED", fixture.progress(learnerId, VIDEO));
    }

    @Test
    void rewatch_addsNoCredit() throws Exception {
        long learnerId = fixture.enrolledLearner("rewatch");
        ApiClient learner = ApiClient.as(fixture.username("rewatch"));
        playFully(learner);
        String attempt = fixture.start(learner, VIDEO);
        assertEquals("0", ApiClient.json(attempt, "resumeMs"), "a clip watched to its end starts again");
        Thread.sleep(1_600);

        HttpResponse<String> again = learner.postJson(fixture.heartbeatPath(ApiClient.json(attempt, "attemptId")),
                beat(ApiClient.json(attempt, "token"), 1, 0, 1_500, null));

        assertEquals(200, again.statusCode(), again.body());
        assertEquals("0", ApiClient.json(again.body(), "credited"));
        assertEquals("0-3|3|COMPLETED", fixture.progress(learnerId, VIDEO));
    }

    @Test
    void document_afterMinimumTime_completes() throws Exception {
        long learnerId = fixture.enrolledLearner("reader");
        ApiClient learner = ApiClient.as(fixture.username("reader"));
        String attempt = fixture.start(learner, IMAGE);
        String path = fixture.heartbeatPath(ApiClient.json(attempt, "attemptId"));
        String token = ApiClient.json(attempt, "token");
        assertEquals("DOCUMENT", ApiClient.json(attempt, "mode"));
        assertEquals(Integer.toString(LearningFixture.IMAGE_MIN_SECONDS), ApiClient.json(attempt, "requiredSeconds"));

        HttpResponse<String> rapid = learner.postJson(path, beat(token, 1, 0, 0, null));
        Thread.sleep(1_000);
        HttpResponse<String> rapidAgain = learner.postJson(path, beat(token, 2, 0, 0, null));
        assertEquals("0", ApiClient.json(rapid.body(), "credited"), rapid.body());
        assertEquals("0", ApiClient.json(rapidAgain.body(), "credited"), "beats under 5 s apart add no time");
        assertEquals("|0|STARTED", fixture.progress(learnerId, IMAGE));
        Thread.sleep(5_600);
        HttpResponse<String> read = learner.postJson(path, beat(token, 3, 0, 0, null));

        assertEquals("true", ApiClient.json(read.body(), "completed"), read.body());
        assertEquals("COMPLETED", fixture.progress(learnerId, IMAGE).split("\\|")[2]);
    }

    /** Plays the 3-second clip at normal speed in two beats; answers the last beat's answer. */
    private static HttpResponse<String> playFully(ApiClient learner) throws Exception {
        String attempt = fixture.start(learner, VIDEO);
        String path = fixture.heartbeatPath(ApiClient.json(attempt, "attemptId"));
        String token = ApiClient.json(attempt, "token");
        Thread.sleep(1_600);
        HttpResponse<String> first = learner.postJson(path, beat(token, 1, 0, 1_500, null));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("1", ApiClient.json(first.body(), "credited"), first.body());
        Thread.sleep(1_600);
        HttpResponse<String> second = learner.postJson(path, beat(token, 2, 1_500, 3_000, "\"playing\":false"));
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("2", ApiClient.json(second.body(), "credited"), second.body());
        return second;
    }
}
