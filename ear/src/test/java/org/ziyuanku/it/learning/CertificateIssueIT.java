package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziyuanku.it.learning.LearningFixture.AUDIO;
import static org.ziyuanku.it.learning.LearningFixture.IMAGE;
import static org.ziyuanku.it.learning.LearningFixture.VIDEO;
import static org.ziyuanku.it.learning.LearningFixture.beat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Certificates issued at completion (issue 16 item 5): the beat that completes a learner's last open item issues the
 * certificate and notifies them, once (asking for it afterwards answers the same one). The public verification page
 * of its code shows holder, course, library and date as valid; an unknown or malformed code is a clear "not found"
 * with status 404. A learner who completed without a beat asks for it with the archive's button and sees it listed;
 * the same request from another site with their cookie is refused and issues nothing. Issuing is safe at the same
 * moment: the completing beat while the learner asks for it three times, or four requests at once, issue one
 * certificate, and none of them fails (the enrolment's row is locked; no 500 on the table's key).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIssueIT extends BrowserTest {

    private static LearningFixture fixture;
    private static long finisher;
    private static long claimer;
    private static long racer;
    private static long doubler;

    @BeforeAll
    static void twoLearnersWithAllButTheVideoCompleted() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("ci");
        finisher = fixture.enrolledLearner("finisher");
        claimer = fixture.enrolledLearner("claimer");
        racer = fixture.enrolledLearner("racer");
        doubler = fixture.enrolledLearner("doubler");
        for (long learner : new long[] {finisher, claimer, racer, doubler}) {
            completed(learner, AUDIO);
            completed(learner, IMAGE);
        }
        completed(claimer, VIDEO);
        completed(doubler, VIDEO);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from notification where recipient_id in (?, ?, ?, ?)", finisher, claimer, racer,
                doubler);
        TestDatabase.update("delete from course_certificate where offering_id = ?", fixture.offering);
        fixture.delete();
    }

    @Test
    void theCompletingBeatIssuesTheCertificateOnce_andNotifies_theVerificationPageShowsIt() throws Exception {
        assertEquals(0, certificates(finisher));
        playTheVideo(ApiClient.as(fixture.username("finisher")));
        assertEquals(1, certificates(finisher), "issued at the completing beat");
        String code = TestDatabase.queryString("select code from course_certificate where learner_id = ?", finisher);
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and"
                + " message_key = 'notification.learning.certificateIssued' and message_args like ?", finisher,
                "%" + code + "%"));
        HttpResponse<String> asked = ApiClient.as(fixture.username("finisher")).postJson("/api/v1/me/certificates",
                "{\"offeringId\":" + fixture.offering + "}");
        assertEquals(code, ApiClient.json(asked.body(), "code"), asked.body());
        assertEquals(1, certificates(finisher), "once per learner and offering");

        HttpResponse<String> page = Http.get(Deployments.BASE_URL + "/portal/learning/certificate.xhtml?code="
                + code, null, "zh-CN");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("有效证书") && page.body().contains("id=\"certificateCode\">" + code)
                && page.body().contains("开课 2026-2027-1"), page.body());
        HttpResponse<String> unknown = Http.get(Deployments.BASE_URL
                + "/portal/learning/certificate.xhtml?code=ABCDEFGHJKLMNPQR", null, "en");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("ABCDEFGHJKLMNPQR") && (unknown.body().contains("No certificate of"
                + " completion has the code") || unknown.body().contains("没有编号为")), unknown.body());
        assertEquals(404, Http.get(Deployments.BASE_URL + "/portal/learning/certificate.xhtml?code=%3Cb%3E", null,
                "zh-CN").statusCode());
    }

    @Test
    void aCrossSiteRequestIssuesNothing_theArchivesButtonIssuesAndLists() throws Exception {
        CrossSiteApi victim = CrossSiteApi.victim(fixture.username("claimer"));
        victim.assertLive();
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/me/certificates",
                "{\"offeringId\":" + fixture.offering + "}"));
        assertEquals(0, certificates(claimer), "the forged request issued nothing");

        signInAfresh(fixture.username("claimer"));
        driver.get(Deployments.BASE_URL + "/console/learning/archive.xhtml");
        driver.findElement(By.cssSelector("li.zyk-archive-claimable[data-offering='" + fixture.offering
                + "'] input[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(
                By.cssSelector("li.zyk-archive-certificate")).isEmpty());
        assertEquals(1, certificates(claimer));
        String code = TestDatabase.queryString("select code from course_certificate where learner_id = ?", claimer);
        String verify = driver.findElement(By.cssSelector("li.zyk-archive-certificate[data-code='" + code + "'] a[href*="
                + "'portal/learning/certificate.xhtml']")).getAttribute("href");
        assertTrue(verify.endsWith("code=" + code), verify);
    }

    @Test
    void theCompletingBeatWhileTheLearnerAsks_issuesOne_andNothingFails() throws Exception {
        ApiClient learner = ApiClient.as(fixture.username("racer"));
        String started = fixture.start(learner, VIDEO);
        String path = fixture.heartbeatPath(ApiClient.json(started, "attemptId"));
        String token = ApiClient.json(started, "token");
        Thread.sleep(1_600);
        learner.postJson(path, beat(token, 1, 0, 1_500, null));
        Thread.sleep(1_600);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        calls.add(() -> learner.postJson(path, beat(token, 2, 1_500, 3_000, "\"playing\":false")));
        for (int i = 0; i < 3; i++) {
            calls.add(() -> learner.postJson("/api/v1/me/certificates", "{\"offeringId\":" + fixture.offering + "}"));
        }
        List<HttpResponse<String>> answers = atOnce(calls);
        assertEquals(200, answers.get(0).statusCode(), answers.get(0).body());
        assertEquals("true", ApiClient.json(answers.get(0).body(), "completed"), answers.get(0).body());
        assertEquals(1, certificates(racer), "one certificate");
        String code = TestDatabase.queryString("select code from course_certificate where learner_id = ?", racer);
        for (HttpResponse<String> asked : answers.subList(1, answers.size())) {
            assertTrue(asked.statusCode() == 409 || asked.statusCode() == 201 && code.equals(ApiClient.json(
                    asked.body(), "code")), "the certificate or 'not completed yet': " + asked.body());
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and"
                + " message_key = 'notification.learning.certificateIssued'", racer));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CERTIFICATE_ISSUE' and outcome = 'SUCCESS' and detail like 'on completion%'",
                fixture.username("racer")), "the automatic issue is audited");
    }

    @Test
    void fourRequestsAtOnce_issueOne_allAnswerIt() throws Exception {
        ApiClient learner = ApiClient.as(fixture.username("doubler"));
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> learner.postJson("/api/v1/me/certificates", "{\"offeringId\":" + fixture.offering + "}"));
        }
        List<HttpResponse<String>> answers = atOnce(calls);
        assertEquals(1, certificates(doubler));
        String code = TestDatabase.queryString("select code from course_certificate where learner_id = ?", doubler);
        for (HttpResponse<String> asked : answers) {
            assertEquals(201, asked.statusCode(), asked.body());
            assertEquals(code, ApiClient.json(asked.body(), "code"), asked.body());
        }
    }

    /** Sends the calls together (released at one moment) and answers their responses, in order. */
    private static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return call.call();
                }));
            }
            ready.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Plays the 3-second video to its end with honest beats; the last one completes it (and the course). */
    private static void playTheVideo(ApiClient learner) throws InterruptedException {
        String started = fixture.start(learner, VIDEO);
        String path = fixture.heartbeatPath(ApiClient.json(started, "attemptId"));
        String token = ApiClient.json(started, "token");
        Thread.sleep(1_600);
        learner.postJson(path, beat(token, 1, 0, 1_500, null));
        Thread.sleep(1_600);
        HttpResponse<String> last = learner.postJson(path, beat(token, 2, 1_500, 3_000, "\"playing\":false"));
        assertEquals("true", ApiClient.json(last.body(), "completed"), last.body());
    }

    private static void completed(long learner, int which) throws SQLException {
        TestDatabase.update("insert into item_progress (enrolment_id, offering_node_id, part_id, covered, covered_s,"
                + " required_s, time_spent_ms, status, completed_at, updated_at) select e.id, ?, 0, '', 60, 60, 60000,"
                + " 'COMPLETED', localtimestamp, localtimestamp from enrolment e where e.learner_id = ? and"
                + " e.offering_id = ?", fixture.item(which), learner, fixture.offering);
    }

    private static long certificates(long learner) throws SQLException {
        return TestDatabase.queryLong("select count(*) from course_certificate where learner_id = ?", learner);
    }
}
