package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Group work (分组任务) through the REST API: random groups are balanced and hold every ungrouped learner once; a
 * self-join past the maximum size is 409 and concurrent joins never overfill a group; a learner of another class gets
 * 404, a learner on staff steps 403; bad input 400; a group submission made by any member is graded once and each
 * member's gradebook shows the group score + their adjustment; a learner never sees another group's submission, nor
 * the ratings, nor who rated them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupWorkIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "gw-teacher-" + SUFFIX;
    private static final String OUTSIDER = "gw-outsider-" + SUFFIX;
    private static final String ANNA = "gw-anna-" + SUFFIX;
    private static final String BEN = "gw-ben-" + SUFFIX;
    private static final String CLAIRE = "gw-claire-" + SUFFIX;
    private static final String DAN = "gw-dan-" + SUFFIX;
    private static final String OTHER = "gw-other-" + SUFFIX;
    private static final List<String> RANDOM = List.of("gw-r1-" + SUFFIX, "gw-r2-" + SUFFIX, "gw-r3-" + SUFFIX,
            "gw-r4-" + SUFFIX, "gw-r5-" + SUFFIX);
    private static final List<String> JOINERS = List.of("gw-j1-" + SUFFIX, "gw-j2-" + SUFFIX, "gw-j3-" + SUFFIX,
            "gw-j4-" + SUFFIX);
    private static long course;
    private static long offering;
    private static long classA;
    private static long classRandom;
    private static long classJoin;
    private static long anna;
    private static long ben;
    private static long claire;
    private static long dan;

    @BeforeAll
    static void anOfferingWithFourClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long teacher = TeachingWorld.person(TEACHER, "teacher", school);
        TeachingWorld.person(OUTSIDER, "teacher", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, teacher, "GW" + SUFFIX,
                TeachingWorld.publishedResources(TEACHER, library, "gw" + SUFFIX, 1));
        offering = TeachingWorld.offer(TEACHER, course, "焊接分组 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(TEACHER, offering, "一班");
        long classB = TeachingWorld.createClass(TEACHER, offering, "二班");
        classRandom = TeachingWorld.createClass(TEACHER, offering, "三班");
        classJoin = TeachingWorld.createClass(TEACHER, offering, "四班");
        TeachingWorld.publish(TEACHER, offering);
        anna = learner(ANNA, school, classA);
        ben = learner(BEN, school, classA);
        claire = learner(CLAIRE, school, classA);
        dan = learner(DAN, school, classA);
        learner(OTHER, school, classB);
        for (String r : RANDOM) {
            learner(r, school, classRandom);
        }
        for (String j : JOINERS) {
            learner(j, school, classJoin);
        }
    }

    private static long learner(String username, long school, long courseClass) throws SQLException {
        long id = TeachingWorld.person(username, "learner", school);
        CourseFixtures.enrol(offering, courseClass, id);
        return id;
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from assignment where offering_id = ?", offering);
        TestDatabase.update("delete from class_group where class_id in (select id from course_class"
                + " where offering_id = ?)", offering);
        TeachingWorld.forgetCourse(course);
        List<String> all = new ArrayList<>(List.of(TEACHER, OUTSIDER, ANNA, BEN, CLAIRE, DAN, OTHER));
        all.addAll(RANDOM);
        all.addAll(JOINERS);
        TeachingWorld.forget(all.toArray(String[]::new));
    }

    @Test
    void randomGroups_areBalanced_andHoldEveryUngroupedLearnerOnce() throws Exception {
        String path = "/api/v1/classes/" + classRandom + "/groups/random";
        assertEquals(400, ApiClient.as(TEACHER).postJson(path, "{\"groups\":2,\"size\":2}").statusCode());
        assertEquals(400, ApiClient.as(TEACHER).postJson(path, "{}").statusCode());
        assertEquals(400, ApiClient.as(TEACHER).postJson(path, "{\"groups\":6}").statusCode());

        HttpResponse<String> random = ApiClient.as(TEACHER).postJson(path, "{\"groups\":3,\"prefix\":\"随机组\"}");

        assertEquals(200, random.statusCode(), random.body());
        List<Long> sizes = HomeworkWorld.queryLongs("select count(m.learner_id) from class_group g left join"
                + " class_group_member m on m.group_id = g.id where g.class_id = ? group by g.id order by 1",
                classRandom);
        assertEquals(List.of(1L, 2L, 2L), sizes);
        List<Long> members = HomeworkWorld.queryLongs("select learner_id from class_group_member where class_id = ?",
                classRandom);
        assertEquals(RANDOM.size(), members.size());
        assertEquals(RANDOM.size(), new HashSet<>(members).size());
        HttpResponse<String> none = ApiClient.as(TEACHER).inLanguage("en").postJson(path, "{\"size\":2}");
        assertEquals(400, none.statusCode(), none.body());
        assertTrue(ApiClient.json(none.body(), "message").contains("0 learners"), none.body());
    }

    @Test
    void selfJoinPastTheMaximum_is409_andConcurrentJoinsNeverOverfill() throws Exception {
        long group = createGroup(classJoin, "自选组" + SUFFIX, 2);
        String join = "/api/v1/groups/" + group + "/members";
        HttpResponse<String> closed = ApiClient.as(JOINERS.get(0)).postJson(join, "{}");
        assertEquals(409, closed.statusCode(), closed.body());
        assertEquals(200, ApiClient.as(TEACHER).postJson("/api/v1/classes/" + classJoin + "/groups/signup",
                "{\"on\":true}").statusCode());

        List<Integer> statuses = concurrently(JOINERS.stream().map(j -> (Callable<Integer>) () -> ApiClient.as(j)
                .postJson(join, "{}").statusCode()).toList());

        assertEquals(2, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertEquals(2, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(2, TestDatabase.queryLong("select count(*) from class_group_member where group_id = ?", group));
        String outside = TestDatabase.queryString("select u.username from user_account u where u.username in (?, ?,"
                + " ?, ?) and not exists (select 1 from class_group_member m where m.learner_id = u.id) limit 1",
                JOINERS.toArray());
        HttpResponse<String> full = ApiClient.as(outside).postJson(join, "{}");
        assertEquals(409, full.statusCode(), full.body());
        assertEquals("该小组已满（最多 2 人）。", ApiClient.json(full.body(), "message"));
        long inside = TestDatabase.queryLong("select learner_id from class_group_member where group_id = ? limit 1",
                group);
        String insideName = TestDatabase.queryString("select username from user_account where id = ?", inside);
        assertEquals(204, ApiClient.as(insideName).delete(join + "/" + inside).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from class_group_member where group_id = ?", group));
    }

    @Test
    void anotherClassesLearner_gets404_aLearnerOnStaffSteps403_badInput400() throws Exception {
        long group = createGroup(classA, "权限组" + SUFFIX, null);
        String groups = "/api/v1/classes/" + classA + "/groups";

        assertEquals(404, ApiClient.as(OTHER).get(groups).statusCode());
        assertEquals(404, ApiClient.as(OTHER).postJson("/api/v1/groups/" + group + "/members", "{}").statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).get(groups).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).delete("/api/v1/groups/" + group).statusCode());
        assertEquals(403, ApiClient.as(ANNA).postJson(groups, "{\"name\":\"学生建组\"}").statusCode());
        assertEquals(403, ApiClient.as(ANNA).postJson("/api/v1/groups/" + group + "/members",
                "{\"learnerId\":" + ben + "}").statusCode());
        assertEquals(403, ApiClient.as(ANNA).delete("/api/v1/groups/" + group).statusCode());
        assertEquals(200, ApiClient.as(ANNA).get(groups).statusCode());

        HttpResponse<String> noName = ApiClient.as(TEACHER).postJson(groups, "{\"name\":\" \"}");
        HttpResponse<String> badSize = ApiClient.as(TEACHER).postJson(groups, "{\"name\":\"零人组\",\"maxSize\":0}");
        HttpResponse<String> garbled = ApiClient.as(TEACHER).postJson(groups, "{\"name\":");
        HttpResponse<String> stranger = ApiClient.as(TEACHER).postJson("/api/v1/groups/" + group + "/members",
                "{\"learnerId\":" + TestDatabase.queryLong("select id from user_account where username = ?", OTHER)
                        + "}");
        HttpResponse<String> stale = ApiClient.as(TEACHER).putJson("/api/v1/groups/" + group,
                "{\"name\":\"改名\",\"version\":99}");
        for (HttpResponse<String> r : List.of(noName, badSize, garbled, stranger)) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_group_member where group_id = ?", group));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'CLASS_GROUP_MEMBERS' and outcome = 'DENIED'", ANNA));
    }

    @Test
    void aGroupSubmission_isGradedOnce_andEachMembersGradebookShowsGroupScorePlusAdjustment() throws Exception {
        long first = createGroup(classA, "甲组" + SUFFIX, null);
        long second = createGroup(classA, "乙组" + SUFFIX, null);
        add(first, anna);
        add(first, ben);
        add(second, claire);
        long hw = HomeworkWorld.published(TEACHER, offering, HomeworkWorld.manual(classA, "小组报告", "REFUSE", 0,
                "TEXT"));
        HttpResponse<String> flag = ApiClient.as(TEACHER).putJson("/api/v1/assignments/" + hw + "/group-work",
                "{\"on\":true}");
        assertEquals(200, flag.statusCode(), flag.body());
        assertEquals("true", ApiClient.json(flag.body(), "groupWork"));
        HttpResponse<String> alone = HomeworkWorld.submit(DAN, hw, "没有小组");
        assertEquals(409, alone.statusCode(), alone.body());

        long submission = HomeworkWorld.submitted(ANNA, hw, "甲组初稿");
        assertEquals(submission, HomeworkWorld.submitted(BEN, hw, "甲组定稿"));
        long other = HomeworkWorld.submitted(CLAIRE, hw, "乙组报告");
        assertEquals(2, TestDatabase.queryLong("select count(*) from assignment_submission where assignment_id = ?",
                hw));
        assertEquals(409, ApiClient.as(TEACHER).putJson("/api/v1/assignments/" + hw + "/group-work",
                "{\"on\":false}").statusCode());

        HttpResponse<String> graded = ApiClient.as(TEACHER).postJson("/api/v1/submissions/" + submission + "/grade",
                "{\"score\":8,\"comment\":\"分工清楚\",\"version\":" + HomeworkWorld.version(submission) + "}");
        assertEquals(200, graded.statusCode(), graded.body());
        adjustAndRate(submission);
        assertEquals(8.0, homeworkScore(ANNA));
        assertEquals(6.0, homeworkScore(BEN));
        learnersSeeOnlyTheirOwnGroup(hw, submission, other);
    }

    private static void adjustAndRate(long submission) throws Exception {
        String adjust = "/api/v1/submissions/" + submission + "/adjustments";
        assertEquals(400, ApiClient.as(TEACHER).postJson(adjust, "{\"learnerId\":" + ben
                + ",\"points\":-11,\"reason\":\"过多\"}").statusCode());
        assertEquals(400, ApiClient.as(TEACHER).postJson(adjust, "{\"learnerId\":" + ben + ",\"points\":-2}")
                .statusCode());
        assertEquals(400, ApiClient.as(TEACHER).postJson(adjust, "{\"learnerId\":" + claire
                + ",\"points\":1,\"reason\":\"不是本组\"}").statusCode());
        HttpResponse<String> adjusted = ApiClient.as(TEACHER).postJson(adjust, "{\"learnerId\":" + ben
                + ",\"points\":-2,\"reason\":\"贡献较少\"}");
        assertEquals(200, adjusted.statusCode(), adjusted.body());
        assertEquals(403, ApiClient.as(ANNA).postJson(adjust, "{\"learnerId\":" + anna
                + ",\"points\":2,\"reason\":\"自加\"}").statusCode());

        String rate = "/api/v1/submissions/" + submission + "/ratings";
        assertEquals(204, ApiClient.as(ANNA).postJson(rate, "{\"learnerId\":" + ben + ",\"stars\":2,\"comment\":"
                + "\"参与较少\"}").statusCode());
        assertEquals(204, ApiClient.as(BEN).postJson(rate, "{\"learnerId\":" + anna + ",\"stars\":5}").statusCode());
        assertEquals(400, ApiClient.as(BEN).postJson(rate, "{\"learnerId\":" + anna + ",\"stars\":6}").statusCode());
        assertEquals(400, ApiClient.as(BEN).postJson(rate, "{\"learnerId\":" + ben + ",\"stars\":3}").statusCode());
        assertEquals(404, ApiClient.as(CLAIRE).postJson(rate, "{\"learnerId\":" + anna + ",\"stars\":1}")
                .statusCode());

        HttpResponse<String> members = ApiClient.as(TEACHER).get("/api/v1/submissions/" + submission + "/members");
        assertEquals(200, members.statusCode(), members.body());
        JsonObject benRow = member(members.body(), BEN);
        assertNumber("-2", benRow.getJsonNumber("adjustment").toString());
        assertNumber("2", benRow.getJsonNumber("averageRating").toString());
        assertNumber("6", benRow.getJsonNumber("score").toString());
        assertEquals("贡献较少", benRow.getString("reason"));
        assertNumber("5", member(members.body(), ANNA).getJsonNumber("averageRating").toString());
    }

    private static void learnersSeeOnlyTheirOwnGroup(long hw, long submission, long other) {
        HttpResponse<String> claires = ApiClient.as(CLAIRE).get("/api/v1/assignments/" + hw + "/my-submission");
        assertEquals(200, claires.statusCode(), claires.body());
        assertEquals(Long.toString(other), ApiClient.json(claires.body(), "id"));
        assertFalse(claires.body().contains("甲组"), claires.body());
        HttpResponse<String> bens = ApiClient.as(BEN).get("/api/v1/assignments/" + hw + "/my-submission");
        assertEquals(Long.toString(submission), ApiClient.json(bens.body(), "id"));
        assertFalse(bens.body().contains(ANNA) || bens.body().contains("参与较少"), bens.body());
        assertEquals(403, ApiClient.as(BEN).get("/api/v1/submissions/" + submission + "/members").statusCode());
        assertEquals(403, ApiClient.as(CLAIRE).get("/api/v1/submissions/" + submission + "/members").statusCode());
        assertEquals(404, ApiClient.as(OTHER).get("/api/v1/submissions/" + submission + "/members").statusCode());
    }

    private static JsonObject member(String json, String username) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(m -> username.equals(m.getString("username"))).findFirst().orElseThrow();
        }
    }

    private static void assertNumber(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), actual);
    }

    private static long createGroup(long courseClass, String name, Integer maxSize) throws SQLException {
        HttpResponse<String> created = ApiClient.as(TEACHER).postJson("/api/v1/classes/" + courseClass + "/groups",
                "{\"name\":\"" + name + "\"" + (maxSize == null ? "" : ",\"maxSize\":" + maxSize) + "}");
        assertEquals(201, created.statusCode(), created.body());
        return TestDatabase.queryLong("select id from class_group where class_id = ? and name = ?", courseClass, name);
    }

    private static void add(long group, long learner) {
        HttpResponse<String> added = ApiClient.as(TEACHER).postJson("/api/v1/groups/" + group + "/members",
                "{\"learnerId\":" + learner + "}");
        assertEquals(204, added.statusCode(), added.body());
    }

    private static double homeworkScore(String learner) {
        HttpResponse<String> mine = ApiClient.as(learner).get("/api/v1/classes/" + classA + "/grades/me");
        assertEquals(200, mine.statusCode(), mine.body());
        return Double.parseDouble(ApiClient.json(mine.body(), "homeworkScore"));
    }

    private static List<Integer> concurrently(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
