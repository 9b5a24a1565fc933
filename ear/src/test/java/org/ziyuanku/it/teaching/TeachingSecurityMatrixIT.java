package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * The security matrix of the teaching and learning API's state changes (REST only, no browser): publishing, class
 * staff and learners, and starting and ending an attempt are refused from another site with the victim's session
 * cookie (403 before anything runs); a teacher of the same school outside the offering cannot publish or close it
 * (404, the same answer as for an offering that does not exist, audited DENIED), nor can its assistant (403); an
 * assistant cannot change the class's staff (403, audited DENIED); each JSON endpoint answers a body that is not
 * JSON, a wrongly typed field, a missing required field and an over-long name or title with 400 and a message in the
 * caller's language. Every refusal leaves offerings, outlines, classes, staff, enrolments, attempts and
 * notifications exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachingSecurityMatrixIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String OWNER = "tsm-owner-" + SUFFIX;
    private static final String ASSISTANT = "tsm-assistant-" + SUFFIX;
    private static final String STRANGER = "tsm-stranger-" + SUFFIX;
    private static final String LEARNER = "tsm-learner-" + SUFFIX;
    private static final String NEWCOMER = "tsm-newcomer-" + SUFFIX;
    private static final String NOT_JSON = "name=x&title=y";
    private static final String LONG = "x".repeat(201);
    private static final String TERM = "\"term\":\"2026-2027-1\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-01-20\","
            + "\"enrolmentMode\":\"CODE\"";
    private static long owner;
    private static long assistant;
    private static long learner;
    private static long course;
    private static long offering;
    private static long draft;
    private static long courseClass;
    private static long item;
    private static long attempt;
    private static String token;

    @BeforeAll
    static void anOfferingWithAClassAndAnAttempt() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        owner = TeachingWorld.person(OWNER, "teacher", school);
        TeachingWorld.person(STRANGER, "teacher", school);
        assistant = TeachingWorld.person(ASSISTANT, "learner", school);
        learner = TeachingWorld.person(LEARNER, "learner", school);
        TeachingWorld.person(NEWCOMER, "learner", school);
        long library = TestResources.weldingLibraryWith(school);
        course = TeachingWorld.course(library, owner, "TSM" + SUFFIX,
                TeachingWorld.publishedResources(OWNER, library, "tsm" + SUFFIX, 1));
        offering = TeachingWorld.offer(OWNER, course, "焊接矩阵 " + SUFFIX, "CODE", false);
        courseClass = TeachingWorld.createClass(OWNER, offering, "一班");
        TeachingWorld.addStaff(OWNER, courseClass, ASSISTANT, "ASSISTANT");
        TeachingWorld.publish(OWNER, offering);
        CourseFixtures.enrol(offering, courseClass, learner);
        draft = TeachingWorld.offer(OWNER, course, "焊接矩阵草稿 " + SUFFIX, "CODE", false);
        item = TeachingWorld.node(offering, "条目 1");
        HttpResponse<String> started = ApiClient.as(LEARNER).post("/api/v1/offerings/" + offering + "/items/" + item
                + "/attempts");
        assertEquals(200, started.statusCode(), started.body());
        attempt = Long.parseLong(ApiClient.json(started.body(), "attemptId"));
        token = ApiClient.json(started.body(), "token");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        String offerings = " in (select id from course_offering where course_id = ?)";
        TestDatabase.update("delete from learning_statement where context_offering_id" + offerings, course);
        TestDatabase.update("delete from progress_anomaly where learner_id = ?", learner);
        TestDatabase.update("delete from learning_attempt where offering_id" + offerings, course);
        TestDatabase.update("delete from notification where recipient_id = ?", learner);
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(OWNER, ASSISTANT, STRANGER, LEARNER, NEWCOMER);
    }

    @Test
    void crossSiteTeachingAndLearningChanges_withTheVictimsCookie_areRefused_andChangeNothing() throws Exception {
        CrossSiteApi teacher = CrossSiteApi.victim(OWNER);
        teacher.assertLive();
        CrossSiteApi student = CrossSiteApi.victim(LEARNER);
        student.assertLive();
        String before = fingerprint();
        String staff = "/api/v1/classes/" + courseClass + "/staff/";
        String learners = "/api/v1/classes/" + courseClass + "/learners";

        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/offerings/" + draft + "/publish", null));
        CrossSiteApi.assertRefused(teacher.send("DELETE", staff + assistant, null));
        CrossSiteApi.assertRefused(teacher.send("POST", learners, "{\"username\":\"" + NEWCOMER + "\"}"));
        CrossSiteApi.assertRefused(teacher.send("DELETE", learners + "/" + learner, null));
        CrossSiteApi.assertRefused(student.send("POST", "/api/v1/offerings/" + offering + "/items/" + item
                + "/attempts", null));
        CrossSiteApi.assertRefused(student.send("POST", "/api/v1/offerings/" + offering + "/attempts/" + attempt
                + "/end", "{\"token\":\"" + token + "\"}"));

        assertEquals(before, fingerprint(), "offerings, classes, staff, enrolments and attempts are unchanged");
        assertEquals("DRAFT", TestDatabase.queryString("select status from course_offering where id = ?", draft));
        assertEquals("OPEN", TestDatabase.queryString("select status from learning_attempt where id = ?", attempt));
    }

    @Test
    void publishOrClose_byATeacherOutsideTheOffering_is404LikeNoOffering_auditedDenied() throws Exception {
        String before = fingerprint();
        ApiClient stranger = ApiClient.as(STRANGER);

        HttpResponse<String> publish = stranger.post("/api/v1/offerings/" + draft + "/publish");
        HttpResponse<String> close = stranger.post("/api/v1/offerings/" + offering + "/close");
        HttpResponse<String> none = stranger.post("/api/v1/offerings/999999999/publish");
        HttpResponse<String> assistantCloses = ApiClient.as(ASSISTANT).post("/api/v1/offerings/" + offering
                + "/close");

        assertEquals(404, none.statusCode(), none.body());
        for (HttpResponse<String> refused : java.util.List.of(publish, close)) {
            assertEquals(404, refused.statusCode(), refused.body());
            assertEquals(none.body(), refused.body(), "nothing tells an existing offering from a missing one");
        }
        assertEquals(403, assistantCloses.statusCode(), assistantCloses.body());
        assertEquals(before, fingerprint());
        assertEquals("DRAFT", TestDatabase.queryString("select status from course_offering where id = ?", draft));
        assertEquals("PUBLISHED", TestDatabase.queryString("select status from course_offering where id = ?",
                offering));
        assertEquals(1, denials(STRANGER, "OFFERING_PUBLISH", "offering:" + draft));
        assertEquals(1, denials(STRANGER, "OFFERING_CLOSE", "offering:" + offering));
        assertEquals(1, denials(ASSISTANT, "OFFERING_CLOSE", "offering:" + offering));
    }

    @Test
    void classStaffChanges_byAnAssistant_are403_auditedDenied_andUnchanged() throws Exception {
        String before = fingerprint();
        ApiClient helper = ApiClient.as(ASSISTANT);
        String staff = "/api/v1/classes/" + courseClass + "/staff";

        assertEquals(403, helper.postJson(staff, "{\"username\":\"" + STRANGER + "\",\"role\":\"TEACHER\"}")
                .statusCode());
        assertEquals(403, helper.postJson(staff, "{\"username\":\"" + ASSISTANT + "\",\"role\":\"TEACHER\"}")
                .statusCode(), "an assistant cannot promote themselves");
        assertEquals(403, helper.delete(staff + "/" + owner).statusCode());

        assertEquals(before, fingerprint(), "the class's staff is unchanged");
        assertEquals("ASSISTANT", TestDatabase.queryString("select role from class_staff where class_id = ? and"
                + " account_id = ?", courseClass, assistant));
        assertEquals(2, denials(ASSISTANT, "CLASS_STAFF_ADD", "class:" + courseClass));
        assertEquals(1, denials(ASSISTANT, "CLASS_STAFF_REMOVE", "class:" + courseClass));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("malformedBodies")
    void malformedBody_is400_inTheCallersLanguage_andChangesNothing(String kind, String user, String method,
            String path, String body) throws Exception {
        String before = fingerprint();

        ApiRefusals.assertBadRequestInBothLanguages(ApiClient.as(user), method, fill(path), fill(body));

        assertEquals(before, fingerprint(), kind + " changed nothing");
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(offeringBodies(), decisionClassAndJoinBodies(), classPeopleAndAttemptBodies())
                .flatMap(s -> s);
    }

    private static Stream<Arguments> offeringBodies() {
        String nodes = "/api/v1/offerings/{offering}/outline/nodes";
        return Stream.of(
            arguments("not JSON", OWNER, "POST", "/api/v1/offerings", NOT_JSON),
            arguments("wrong type", OWNER, "POST", "/api/v1/offerings", "{\"courseId\":\"abc\",\"title\":\"x\","
                    + TERM + "}"),
            arguments("no course", OWNER, "POST", "/api/v1/offerings", "{\"title\":\"x\"," + TERM + "}"),
            arguments("long title", OWNER, "POST", "/api/v1/offerings", "{\"courseId\":{course},\"title\":\"" + LONG
                    + "\"," + TERM + "}"),
            arguments("not JSON", OWNER, "POST", nodes, NOT_JSON),
            arguments("wrong type", OWNER, "POST", nodes, "{\"parentId\":\"abc\",\"title\":\"x\"}"),
            arguments("no title", OWNER, "POST", nodes, "{}"),
            arguments("long title", OWNER, "POST", nodes, "{\"title\":\"" + LONG + "\"}"),
            arguments("not JSON", OWNER, "PATCH", nodes + "/{item}", NOT_JSON),
            arguments("wrong type", OWNER, "PATCH", nodes + "/{item}", "{\"position\":\"first\"}"),
            arguments("blank title", OWNER, "PATCH", nodes + "/{item}", "{\"title\":\"\"}"),
            arguments("long title", OWNER, "PATCH", nodes + "/{item}", "{\"title\":\"" + LONG + "\"}"));
    }

    private static Stream<Arguments> decisionClassAndJoinBodies() {
        return Stream.of(
            arguments("not JSON", OWNER, "POST", "/api/v1/offerings/{offering}/incoming-changes/1/decision",
                    NOT_JSON),
            arguments("wrong type", OWNER, "POST", "/api/v1/offerings/{offering}/incoming-changes/1/decision",
                    "{\"decision\":{\"a\":1}}"),
            arguments("no decision", OWNER, "POST", "/api/v1/offerings/{offering}/incoming-changes/1/decision", "{}"),
            arguments("not JSON", OWNER, "POST", "/api/v1/offerings/{offering}/classes", NOT_JSON),
            arguments("wrong type", OWNER, "POST", "/api/v1/offerings/{offering}/classes", "{\"name\":{\"a\":1}}"),
            arguments("no name", OWNER, "POST", "/api/v1/offerings/{offering}/classes", "{}"),
            arguments("long name", OWNER, "POST", "/api/v1/offerings/{offering}/classes", "{\"name\":\""
                    + "x".repeat(101) + "\"}"),
            arguments("not JSON", NEWCOMER, "POST", "/api/v1/classes/join", NOT_JSON),
            arguments("wrong type", NEWCOMER, "POST", "/api/v1/classes/join", "{\"code\":{\"a\":1}}"),
            arguments("no code", NEWCOMER, "POST", "/api/v1/classes/join", "{}"));
    }

    private static Stream<Arguments> classPeopleAndAttemptBodies() {
        String classes = "/api/v1/classes/{class}";
        return Stream.of(
            arguments("not JSON", OWNER, "POST", classes + "/staff", NOT_JSON),
            arguments("wrong type", OWNER, "POST", classes + "/staff", "{\"username\":[\"a\"],\"role\":\"TEACHER\"}"),
            arguments("no user name", OWNER, "POST", classes + "/staff", "{\"role\":\"TEACHER\"}"),
            arguments("long user name", OWNER, "POST", classes + "/staff", "{\"username\":\"" + LONG + "\","
                    + "\"role\":\"TEACHER\"}"),
            arguments("not JSON", OWNER, "POST", classes + "/learners", NOT_JSON),
            arguments("wrong type", OWNER, "POST", classes + "/learners", "{\"username\":{\"a\":1}}"),
            arguments("no user name", OWNER, "POST", classes + "/learners", "{}"),
            arguments("long user name", OWNER, "POST", classes + "/learners", "{\"username\":\"" + LONG + "\"}"),
            arguments("not JSON", OWNER, "POST", classes + "/messages", NOT_JSON),
            arguments("wrong type", OWNER, "POST", classes + "/messages", "{\"text\":{\"a\":1}}"),
            arguments("no text", OWNER, "POST", classes + "/messages", "{}"),
            arguments("long text", OWNER, "POST", classes + "/messages", "{\"text\":\"" + "x".repeat(1001) + "\"}"),
            arguments("not JSON", LEARNER, "POST", "/api/v1/offerings/{offering}/attempts/{attempt}/end", NOT_JSON));
    }

    private static String fill(String text) {
        return text.replace("{course}", Long.toString(course)).replace("{offering}", Long.toString(offering))
                .replace("{item}", Long.toString(item)).replace("{class}", Long.toString(courseClass))
                .replace("{attempt}", Long.toString(attempt));
    }

    /**
     * One digest of every row a refused call could have touched: the course's offerings (status and version
     * included), their outlines, incoming changes, classes, staff, enrolments and attempts, and the learner's
     * notifications.
     */
    private static String fingerprint() throws SQLException {
        String ofCourse = " join course_offering o on o.id = x.offering_id where o.course_id = ?)";
        return TestDatabase.queryString("select md5(concat_ws('#',"
                + " (select string_agg(o::text, '|' order by o.id) from course_offering o where o.course_id = ?),"
                + " (select string_agg(x::text, '|' order by x.id) from offering_node x" + ofCourse + ","
                + " (select string_agg(x::text, '|' order by x.id) from offering_incoming_change x" + ofCourse + ","
                + " (select string_agg(x::text, '|' order by x.id) from course_class x" + ofCourse + ","
                + " (select string_agg(s::text, '|' order by s::text) from class_staff s join course_class x"
                + "  on x.id = s.class_id" + ofCourse + ","
                + " (select string_agg(x::text, '|' order by x.id) from enrolment x" + ofCourse + ","
                + " (select string_agg(x::text, '|' order by x.id) from learning_attempt x" + ofCourse + ","
                + " (select count(*)::text from notification n where n.recipient_id = ?)))",
                course, course, course, course, course, course, course, learner);
    }

    private static long denials(String actor, String action, String scope) throws SQLException {
        return TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = ? and scope = ?"
                + " and outcome = 'DENIED'", actor, action, scope);
    }
}
