package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Incentives through the REST API (issue 16 item 6): a learner whose answers the asker accepts earns 10 points each
 * until the day's cap of 30 (the fourth award is entered with 0), never twice for the same answer and never for
 * accepting one's own; the first accepted answer earns a badge whose Open Badges 3.0 credential downloads, validates
 * against the 3.0 JSON schema and is readable by its link, but not by another learner (404). The class ranking puts
 * the earner first for its members and is 404 to an outsider. Only the system administrator changes a rule (a
 * learner 403, audited; bad values 400 in the caller's language; an unknown rule 404; from another site 403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PointsIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "pt-teacher-" + SUFFIX;
    private static final String OUTSIDER = "pt-outsider-" + SUFFIX;
    private static final String ASKER = "pt-asker-" + SUFFIX;
    private static final String HELPER = "pt-helper-" + SUFFIX;
    private static final String CAPPER = "pt-capper-" + SUFFIX;
    private static final String ADMIN = "pt-sysadmin-" + SUFFIX;
    private static long helper;
    private static long capper;
    private static long course;
    private static long offering;
    private static long classId;

    @BeforeAll
    static void aClassWithAnAskerAndAHelper() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "learner", TeachingWorld.schoolB());
        long asker = TeachingWorld.person(ASKER, "learner", school);
        helper = TeachingWorld.person(HELPER, "learner", school);
        capper = TeachingWorld.person(CAPPER, "learner", school);
        TeachingWorld.person(ADMIN, "system-admin", null);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "PT" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "pt" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "积分 " + SUFFIX, "CODE", false);
        classId = TeachingWorld.createClass(TEACHER, offering, "一班");
        TeachingWorld.publish(TEACHER, offering);
        CourseFixtures.enrol(offering, classId, asker);
        CourseFixtures.enrol(offering, classId, helper);
        CourseFixtures.enrol(offering, classId, capper);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from class_question where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ASKER, HELPER, CAPPER, ADMIN);
    }

    @Test
    void acceptedAnswersEarnPointsUpToTheDailyCap_onceEach_andNeverForOnesOwn() throws Exception {
        long[] answers = new long[4];
        for (int i = 0; i < answers.length; i++) {
            long question = ask(ASKER, "焊缝第 " + i + " 处出现气孔怎么办 " + SUFFIX);
            answers[i] = answer(CAPPER, question, "清理坡口并烘干焊条 " + i);
            assertEquals(204, accept(ASKER, answers[i]).statusCode());
        }
        assertEquals(204, accept(ASKER, answers[0]).statusCode());
        long own = ask(ASKER, "自问自答 " + SUFFIX);
        assertEquals(204, accept(ASKER, answer(ASKER, own, "我自己的回答")).statusCode());

        assertEquals(30, TestDatabase.queryLong("select total from point_balance where account_id = ?", capper));
        assertEquals(4, TestDatabase.queryLong("select count(*) from point_entry where account_id = ? and action ="
                + " 'ANSWER_ACCEPTED'", capper));
        assertEquals(1, TestDatabase.queryLong("select count(*) from point_entry where account_id = ? and action ="
                + " 'ANSWER_ACCEPTED' and points = 0", capper));
        assertEquals(0, TestDatabase.queryLong("select count(*) from point_entry e join user_account a on a.id ="
                + " e.account_id where a.username = ?", ASKER));

        HttpResponse<String> mine = ApiClient.as(CAPPER).get("/api/v1/me/points");
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("30", ApiClient.json(mine.body(), "total"), mine.body());
        assertTrue(mine.body().contains("{\"action\":\"ANSWER_ACCEPTED\",\"dailyCap\":30,\"points\":30}"),
                mine.body());
        assertTrue(mine.body().contains("\"badge\":\"FIRST_ACCEPTED_ANSWER\""), mine.body());
        assertEquals(401, ApiClient.anonymous().get("/api/v1/me/points").statusCode());
    }

    @Test
    void aBadgeDownloadsAsAnOpenBadgeThatValidates_andOnlyItsEarnerDownloadsIt() throws Exception {
        long award = badge();
        HttpResponse<String> download = ApiClient.as(HELPER).get("/api/v1/me/badges/" + award + "/credential");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("badge-" + award),
                download.headers().toString());
        JsonNode credential = new ObjectMapper().readTree(download.body());
        Set<ValidationMessage> errors = schema().validate(credential);
        assertTrue(errors.isEmpty(), errors + " in " + download.body());
        assertEquals("乐于助人", credential.at("/credentialSubject/achievement/name").asText(), download.body());

        String link = credential.get("id").asText();
        String path = link.substring(link.indexOf("/api/v1/badges/"));
        HttpResponse<String> verified = ApiClient.anonymous().get(path);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals(link, ApiClient.json(verified.body(), "id"), verified.body());

        assertEquals(404, ApiClient.as(ASKER).get("/api/v1/me/badges/" + award + "/credential").statusCode());
        assertEquals(1, denials(ASKER, "BADGE_DOWNLOAD"));
        assertEquals(404, ApiClient.anonymous().get("/api/v1/badges/not-a-credential").statusCode());
    }

    @Test
    void theClassRankingShowsItsMembersByPoints_andIsHiddenFromOutsiders() throws Exception {
        badge();
        HttpResponse<String> ranking = ApiClient.as(ASKER).get("/api/v1/classes/" + classId + "/ranking");
        assertEquals(200, ranking.statusCode(), ranking.body());
        List<String> totals = TeachingWorld.all(ranking.body(), "total");
        assertEquals(3, totals.size(), ranking.body());
        assertTrue(Long.parseLong(totals.get(0)) >= 10, ranking.body());
        assertTrue(Long.parseLong(totals.get(1)) >= Long.parseLong(totals.get(2)), ranking.body());
        assertEquals(1, TeachingWorld.all(ranking.body(), "me").stream().filter("true"::equals).count());
        assertTrue(ranking.body().contains("\"displayName\":\"" + ASKER), ranking.body());
        HttpResponse<String> outsider = ApiClient.as(OUTSIDER).get("/api/v1/classes/" + classId + "/ranking");
        assertEquals(404, outsider.statusCode(), outsider.body());
        assertEquals(1, denials(OUTSIDER, "RANKING_READ"));
        HttpResponse<String> school = ApiClient.as(OUTSIDER).get("/api/v1/organisations/"
                + TeachingWorld.schoolA() + "/ranking");
        assertEquals(404, school.statusCode(), school.body());
        assertEquals(404, ApiClient.as(ASKER).get("/api/v1/classes/999999999/ranking").statusCode());
    }

    @Test
    void onlyTheSystemAdministratorChangesARule_withValuesInRange() throws Exception {
        String path = "/api/v1/point-rules/ITEM_COMPLETED";
        HttpResponse<String> learner = ApiClient.as(HELPER).putJson(path, "{\"points\":100,\"dailyCap\":1000}");
        assertEquals(403, learner.statusCode(), learner.body());
        assertEquals(1, denials(HELPER, "POINT_RULE_CHANGE"));
        HttpResponse<String> negative = ApiClient.as(ADMIN).putJson(path, "{\"points\":-1,\"dailyCap\":50}");
        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals("积分须为 0 到 1000 的整数。", ApiClient.json(negative.body(), "message"), negative.body());
        HttpResponse<String> english = ApiClient.as(ADMIN).inLanguage("en").putJson(path,
                "{\"points\":5,\"dailyCap\":100001}");
        assertEquals(400, english.statusCode(), english.body());
        assertEquals("The daily cap must be a whole number from 0 to 100000.",
                ApiClient.json(english.body(), "message"), english.body());
        assertEquals(400, ApiClient.as(ADMIN).putJson(path, "{\"points\":").statusCode());
        assertEquals(404, ApiClient.as(ADMIN).putJson("/api/v1/point-rules/FARMING",
                "{\"points\":5,\"dailyCap\":5}").statusCode());
        CrossSiteApi.assertRefused(CrossSiteApi.victim(ADMIN).send("PUT", path, "{\"points\":0,\"dailyCap\":0}"));
        assertEquals(5, TestDatabase.queryLong("select points from point_rule where action = 'ITEM_COMPLETED'"));

        HttpResponse<String> changed = ApiClient.as(ADMIN).putJson(path, "{\"points\":6,\"dailyCap\":60}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(6, TestDatabase.queryLong("select points from point_rule where action = 'ITEM_COMPLETED'"));
        ApiClient.as(ADMIN).putJson(path, "{\"points\":5,\"dailyCap\":50}");
        assertEquals(5, TestDatabase.queryLong("select points from point_rule where action = 'ITEM_COMPLETED'"));
    }

    @Test
    void theLearningArchiveDownloadsTheLearnersOwnCoursesAndPoints() throws Exception {
        badge();
        HttpResponse<String> archive = ApiClient.as(HELPER).get("/api/v1/me/archive");
        assertEquals(200, archive.statusCode(), archive.body());
        assertTrue(archive.headers().firstValue("Content-Disposition").orElse("").contains("my-archive.json"));
        assertEquals(HELPER, ApiClient.json(archive.body(), "username"), archive.body());
        assertTrue(archive.body().contains("\"offeringId\":" + offering), archive.body());
        assertTrue(archive.body().contains("积分 " + SUFFIX), archive.body());
        assertTrue(archive.body().contains("\"badge\":\"FIRST_ACCEPTED_ANSWER\""), archive.body());
        assertTrue(!archive.body().contains(CAPPER) && !archive.body().contains(ASKER), archive.body());
        assertEquals(401, ApiClient.anonymous().get("/api/v1/me/archive").statusCode());
    }

    /** The helper's FIRST_ACCEPTED_ANSWER award, earned here if an earlier test has not. */
    private static long badge() throws SQLException {
        String sql = "select coalesce(max(id), 0) from badge_award where account_id = ? and badge ="
                + " 'FIRST_ACCEPTED_ANSWER'";
        if (TestDatabase.queryLong(sql, helper) == 0) {
            long question = ask(ASKER, "徽章问题 " + SUFFIX);
            assertEquals(204, accept(ASKER, answer(HELPER, question, "徽章回答")).statusCode());
        }
        return TestDatabase.queryLong(sql, helper);
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = PointsIT.class.getResourceAsStream("/openbadges/openbadgecredential-3.0.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static long ask(String username, String title) {
        HttpResponse<String> created = ApiClient.as(username).postJson("/api/v1/classes/" + classId + "/questions",
                "{\"title\":\"" + title + "\",\"body\":\"<p>请老师和同学帮忙</p>\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long answer(String username, long question, String body) {
        HttpResponse<String> created = ApiClient.as(username).postJson("/api/v1/class-questions/" + question
                + "/answers", "{\"body\":\"" + body + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static HttpResponse<String> accept(String username, long answer) {
        return ApiClient.as(username).post("/api/v1/class-answers/" + answer + "/accept");
    }

    private static long denials(String actor, String action) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and outcome ="
                + " 'DENIED'", actor, action);
    }
}
