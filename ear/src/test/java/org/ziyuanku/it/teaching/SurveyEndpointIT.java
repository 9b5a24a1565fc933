package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Votes (投票) and questionnaires (问卷) through the REST API: a named vote of class 一班 is opened, answered, changed,
 * counted and exported with names and student numbers; an anonymous questionnaire for the whole offering stores no
 * learner id or time with the answers, and neither its results nor its workbook name anyone; a learner of 二班 gets 404
 * for 一班's vote, a learner on staff steps 403, a teacher of another school 404; bad bodies 400 in the caller's
 * language; blocked words refused and named; a closed survey takes no response; cross-site changes are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyEndpointIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "sv-teacher-" + SUFFIX;
    private static final String OUTSIDER = "sv-outsider-" + SUFFIX;
    private static final String ANNA = "sv-anna-" + SUFFIX;
    private static final String BO = "sv-bo-" + SUFFIX;
    private static final String OTHER = "sv-other-" + SUFFIX;
    private static final String BLOCKED = "问卷禁词" + SUFFIX;
    private static final String ANNA_NO = "A" + SUFFIX + "01";
    private static final String BO_NO = "B" + SUFFIX + "02";
    private static long anna;
    private static long bo;
    private static long course;
    private static long offering;
    private static long classOne;
    private static long word;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", TeachingWorld.schoolB());
        anna = TeachingWorld.person(ANNA, "learner", school);
        bo = TeachingWorld.person(BO, "learner", school);
        long other = TeachingWorld.person(OTHER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "SV" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "sv" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接投票 " + SUFFIX, "CODE", false);
        classOne = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classTwo = TeachingWorld.createClass(TEACHER, offering, "二班");
        TeachingWorld.publish(TEACHER, offering);
        TestDatabase.update("update enrolment set student_no = ? where id = ?", ANNA_NO,
                CourseFixtures.enrol(offering, classOne, anna));
        TestDatabase.update("update enrolment set student_no = ? where id = ?", BO_NO,
                CourseFixtures.enrol(offering, classOne, bo));
        CourseFixtures.enrol(offering, classTwo, other);
        word = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', 'BLOCK', 'it', now(), now())", word, BLOCKED);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", word);
        TestDatabase.update("delete from class_survey where offering_id = ?", offering);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(TEACHER, OUTSIDER, ANNA, BO, OTHER);
    }

    @Test
    void aNamedVote_isAnsweredChangedCountedAndExportedWithNames_andRefusesOthers() throws Exception {
        long vote = create("{\"classId\":" + classOne + ",\"kind\":\"VOTE\",\"title\":\"实训时间\",\"changeable\":true,"
                + "\"resultsVisible\":true,\"items\":[{\"kind\":\"SINGLE\",\"prompt\":\"哪天实训？\","
                + "\"options\":[\"周一\",\"周三\",\"周五\"]}]}");
        assertEquals(404, ApiClient.as(ANNA).postJson(responses(vote), choice(0)).statusCode(), "a draft is hidden");
        HttpResponse<String> opened = ApiClient.as(TEACHER).post("/api/v1/surveys/" + vote + "/open");
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("OPEN", ApiClient.json(opened.body(), "status"));

        assertEquals(200, ApiClient.as(ANNA).postJson(responses(vote), choice(0)).statusCode());
        assertEquals(200, ApiClient.as(BO).postJson(responses(vote), choice(1)).statusCode());
        HttpResponse<String> changed = ApiClient.as(ANNA).postJson(responses(vote), choice(1));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(2, TestDatabase.queryLong("select count(*) from class_survey_response where survey_id = ?"
                + " and learner_id in (?, ?)", vote, anna, bo));

        HttpResponse<String> results = ApiClient.as(TEACHER).get("/api/v1/surveys/" + vote + "/results");
        assertEquals(200, results.statusCode(), results.body());
        assertEquals("2", ApiClient.json(results.body(), "respondents"));
        assertTrue(results.body().contains("\"counts\":[0,2,0]"), results.body());
        HttpResponse<String> learnersView = ApiClient.as(ANNA).get("/api/v1/surveys/" + vote + "/results");
        assertTrue(learnersView.body().contains("\"counts\":[0,2,0]"), learnersView.body());

        List<String> cells = workbook(vote);
        assertTrue(cells.containsAll(List.of(ANNA, ANNA_NO, BO, BO_NO, "周三")), cells.toString());

        assertEquals(404, ApiClient.as(OTHER).postJson(responses(vote), choice(0)).statusCode());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/surveys/" + vote).statusCode());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/surveys/" + vote + "/results").statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).get("/api/v1/surveys/" + vote + "/results").statusCode());
        assertEquals(403, ApiClient.as(ANNA).post("/api/v1/surveys/" + vote + "/close").statusCode());
        assertEquals(403, ApiClient.as(ANNA).getBytes("/api/v1/surveys/" + vote + "/export").statusCode());
        assertEquals(403, ApiClient.as(ANNA).delete("/api/v1/surveys/" + vote).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'SURVEY_CLOSE' and outcome = 'DENIED'", ANNA));

        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/surveys/" + vote + "/close").statusCode());
        HttpResponse<String> late = ApiClient.as(BO).inLanguage("en").postJson(responses(vote), choice(2));
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("This survey is not taking responses.", ApiClient.json(late.body(), "message"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_survey_answer a join class_survey_response"
                + " r on r.id = a.response_id where r.survey_id = ? and a.choice_index = 2", vote));
    }

    @Test
    void anAnonymousQuestionnaire_storesNoLearnerWithTheAnswers_andItsResultsAndWorkbookNameNobody()
            throws Exception {
        long survey = create("{\"kind\":\"QUESTIONNAIRE\",\"title\":\"课程反馈\",\"anonymous\":true,"
                + "\"changeable\":true,\"items\":[{\"kind\":\"MULTIPLE\",\"prompt\":\"喜欢哪些？\",\"maxChoices\":2,"
                + "\"options\":[\"实操\",\"讲解\",\"视频\"]},{\"kind\":\"SCALE\",\"prompt\":\"难度\",\"scaleMax\":5,"
                + "\"lowLabel\":\"容易\",\"highLabel\":\"很难\"},{\"kind\":\"TEXT\",\"prompt\":\"建议\"}]}");
        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/surveys/" + survey + "/open").statusCode());
        assertEquals(200, ApiClient.as(ANNA).postJson(responses(survey), "{\"answers\":[{\"item\":0,\"choices\":"
                + "[0,2]},{\"item\":1,\"scale\":4},{\"item\":2,\"text\":\"多练习" + SUFFIX + "\"}]}").statusCode());
        assertEquals(200, ApiClient.as(BO).postJson(responses(survey), "{\"answers\":[{\"item\":0,\"choices\":[1]},"
                + "{\"item\":1,\"scale\":2}]}").statusCode());
        HttpResponse<String> again = ApiClient.as(ANNA).postJson(responses(survey), "{\"answers\":[{\"item\":0,"
                + "\"choices\":[1]},{\"item\":1,\"scale\":1}]}");
        assertEquals(409, again.statusCode(), again.body());
        HttpResponse<String> tooMany = ApiClient.as(OTHER).postJson(responses(survey), "{\"answers\":[{\"item\":0,"
                + "\"choices\":[0,1,2]},{\"item\":1,\"scale\":3}]}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("第 1 题未作答或答案无效。", ApiClient.json(tooMany.body(), "message"));

        assertEquals(2, TestDatabase.queryLong("select count(*) from class_survey_participant where survey_id = ?",
                survey));
        assertEquals(2, TestDatabase.queryLong("select count(*) from class_survey_response where survey_id = ?",
                survey));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_survey_response where survey_id = ? and"
                + " (learner_id is not null or submitted_at is not null)", survey));
        HttpResponse<String> results = ApiClient.as(TEACHER).get("/api/v1/surveys/" + survey + "/results");
        assertEquals(200, results.statusCode(), results.body());
        assertTrue(results.body().contains("\"counts\":[1,1,1]"), results.body());
        assertTrue(results.body().matches("(?s).*\"mean\":3(\\.0)?[,}].*"), results.body());
        assertTrue(results.body().contains("多练习" + SUFFIX), results.body());
        assertFalse(results.body().contains(ANNA) || results.body().contains(BO), results.body());
        assertEquals(403, ApiClient.as(ANNA).get("/api/v1/surveys/" + survey + "/results").statusCode(),
                "results are not shown to learners");

        List<String> cells = workbook(survey);
        assertTrue(cells.contains("多练习" + SUFFIX) && cells.contains("实操; 视频"), cells.toString());
        assertFalse(cells.stream().anyMatch(c -> c.equals(ANNA) || c.equals(BO) || c.contains(ANNA_NO)
                || c.contains(BO_NO) || c.equals("姓名") || c.equals("学号")), cells.toString());
    }

    @Test
    void badBodies_are400InTheCallersLanguage_blockedWordsAreNamed_andStrangersAreRefused() throws Exception {
        long before = surveys();
        String path = "/api/v1/offerings/" + offering + "/surveys";
        HttpResponse<String> zh = ApiClient.as(TEACHER).postJson(path, "{\"title\":");
        HttpResponse<String> en = ApiClient.as(TEACHER).inLanguage("en").postJson(path, "{\"title\":");
        HttpResponse<String> twoItems = ApiClient.as(TEACHER).inLanguage("en").postJson(path, "{\"kind\":\"VOTE\","
                + "\"title\":\"t\",\"items\":[" + single() + "," + single() + "]}");
        HttpResponse<String> blocked = ApiClient.as(TEACHER).postJson(path, "{\"kind\":\"VOTE\",\"title\":\"投票"
                + BLOCKED + "\",\"items\":[" + single() + "]}");
        for (HttpResponse<String> r : List.of(zh, en, twoItems, blocked)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertTrue(ApiClient.json(zh.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), zh.body());
        assertFalse(ApiClient.json(en.body(), "message").codePoints().anyMatch(c -> c > 0x4e00), en.body());
        assertEquals("A vote has exactly one single- or multiple-choice item.", ApiClient.json(twoItems.body(),
                "message"));
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());

        String vote = "{\"kind\":\"VOTE\",\"title\":\"冒充\",\"items\":[" + single() + "]}";
        assertEquals(404, ApiClient.as(OUTSIDER).postJson(path, vote).statusCode());
        assertEquals(403, ApiClient.as(ANNA).postJson(path, vote).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).get(path).statusCode());
        assertEquals(before, surveys());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'SURVEY_CREATE' and scope = ? and outcome = 'DENIED'", ANNA, "offering:" + offering));

        long text = create("{\"kind\":\"QUESTIONNAIRE\",\"title\":\"意见\",\"items\":[{\"kind\":\"TEXT\","
                + "\"prompt\":\"意见\"}]}");
        ApiClient.as(TEACHER).post("/api/v1/surveys/" + text + "/open");
        HttpResponse<String> rude = ApiClient.as(ANNA).postJson(responses(text), "{\"answers\":[{\"item\":0,"
                + "\"text\":\"我说" + BLOCKED + "\"}]}");
        assertEquals(400, rude.statusCode(), rude.body());
        assertTrue(ApiClient.json(rude.body(), "message").contains(BLOCKED), rude.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_survey_participant where survey_id = ?",
                text));
    }

    @Test
    void crossSiteChanges_withTheTeachersOrLearnersCookie_areRefused_andChangeNothing() throws Exception {
        long vote = create("{\"kind\":\"VOTE\",\"title\":\"跨站前\",\"items\":[" + single() + "]}");
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        long before = surveys();
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/offerings/" + offering + "/surveys",
                "{\"kind\":\"VOTE\",\"title\":\"跨站\",\"items\":[" + single() + "]}"));
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/surveys/" + vote + "/open", null));
        CrossSiteApi.assertRefused(teacher.send("DELETE", "/api/v1/surveys/" + vote, null));
        assertEquals(before, surveys());
        assertEquals("DRAFT", TestDatabase.queryString("select status from class_survey where id = ?", vote));

        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/surveys/" + vote + "/open").statusCode());
        CrossSiteApi learner = CrossSiteApi.victim(BO);
        learner.assertLive();
        CrossSiteApi.assertRefused(learner.send("POST", responses(vote), choice(0)));
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_survey_participant where survey_id = ?",
                vote));
    }

    private static long create(String json) {
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/offerings/" + offering + "/surveys",
                json);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("DRAFT", ApiClient.json(created.body(), "status"));
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static String single() {
        return "{\"kind\":\"SINGLE\",\"prompt\":\"选哪个？\",\"options\":[\"甲\",\"乙\"]}";
    }

    private static String choice(int option) {
        return "{\"answers\":[{\"item\":0,\"choices\":[" + option + "]}]}";
    }

    private static String responses(long survey) {
        return "/api/v1/surveys/" + survey + "/responses";
    }

    private static long surveys() throws SQLException {
        return TestDatabase.queryLong("select count(*) from class_survey where offering_id = ?", offering);
    }

    /** Every non-empty cell of the survey's workbook, as the teacher downloads it. */
    private static List<String> workbook(long survey) throws IOException {
        HttpResponse<byte[]> export = ApiClient.as(TEACHER).getBytes("/api/v1/surveys/" + survey + "/export");
        assertEquals(200, export.statusCode());
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertEquals(2, book.getNumberOfSheets());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        if (!text.isBlank()) {
                            cells.add(text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
