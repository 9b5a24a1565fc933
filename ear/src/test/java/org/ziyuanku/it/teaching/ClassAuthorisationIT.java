package org.ziyuanku.it.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * Who may do what in an offering (issue 13 acceptance, "Authorisation ITs"): the owner and the teachers of its classes
 * edit the outline (parallel teachers), an assistant (助教) sees their class and its learners but gets 403 on the
 * outline and on removing learners; a teacher of class A gets 403 on class B's learners; a teacher of the same school
 * outside the offering learns nothing (404); an unpublished offering is 404 to anonymous visitors, other schools and
 * other teachers, and visible once published. Every refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassAuthorisationIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String OWNER = "auth-owner-" + SUFFIX;
    private static final String TEACHER_A = "auth-teacher-a-" + SUFFIX;
    private static final String TEACHER_B = "auth-teacher-b-" + SUFFIX;
    private static final String ASSISTANT = "auth-assistant-" + SUFFIX;
    private static final String STRANGER = "auth-stranger-" + SUFFIX;
    private static final String LEARNER = "auth-learner-" + SUFFIX;
    private static final String OUTSIDER = "auth-outsider-" + SUFFIX;
    private static long course;
    private static long offering;
    private static long classA;
    private static long classB;
    private static long learner;

    @BeforeAll
    static void anOfferingWithTwoClasses() throws Exception {
        TestKeycloak.ensureRunning();
        long school = TeachingWorld.schoolA();
        long owner = TeachingWorld.person(OWNER, "teacher", school);
        for (String teacher : new String[] {TEACHER_A, TEACHER_B, STRANGER}) {
            TeachingWorld.person(teacher, "teacher", school);
        }
        TeachingWorld.person(ASSISTANT, "learner", school);
        learner = TeachingWorld.person(LEARNER, "learner", school);
        TeachingWorld.person(OUTSIDER, "learner", TeachingWorld.schoolB());
        long library = TestResources.weldingLibraryWith(school);
        long[] resources = TeachingWorld.publishedResources(OWNER, library, "auth" + SUFFIX, 2);
        course = TeachingWorld.course(library, owner, "AUTH" + SUFFIX, resources);
        offering = TeachingWorld.offer(OWNER, course, "焊接授权 " + SUFFIX, "CODE", false);
        classA = TeachingWorld.createClass(OWNER, offering, "一班");
        classB = TeachingWorld.createClass(OWNER, offering, "二班");
        TeachingWorld.addStaff(OWNER, classA, TEACHER_A, "TEACHER");
        TeachingWorld.addStaff(OWNER, classB, TEACHER_B, "TEACHER");
        TeachingWorld.addStaff(OWNER, classA, ASSISTANT, "ASSISTANT");
        CourseFixtures.enrol(offering, classA, learner);
        CourseFixtures.enrol(offering, classB, TeachingWorld.person("auth-learner-b-" + SUFFIX, "learner", school));
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TeachingWorld.forgetCourse(course);
        TeachingWorld.forget(OWNER, TEACHER_A, TEACHER_B, ASSISTANT, STRANGER, LEARNER, OUTSIDER,
                "auth-learner-b-" + SUFFIX);
    }

    private static String item(int i) {
        return "/api/v1/offerings/" + offering + "/outline/nodes/" + nodeId("条目 " + i);
    }

    private static long nodeId(String title) {
        try {
            return TeachingWorld.node(offering, title);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void assistant_seesTheClass_butCannotEditTheOutline_norRemoveLearners() throws Exception {
        ApiClient assistant = ApiClient.as(ASSISTANT);
        assertEquals(200, assistant.get("/api/v1/classes/" + classA + "/learners").statusCode());
        HttpResponse<String> edit = TeachingWorld.patch(ASSISTANT, item(1), "{\"title\":\"助教改的\"}");
        assertEquals(403, edit.statusCode(), edit.body());
        HttpResponse<String> add = assistant.postJson("/api/v1/offerings/" + offering + "/outline/nodes",
                "{\"title\":\"助教加的模块\"}");
        assertEquals(403, add.statusCode(), add.body());
        assertEquals(403, assistant.delete("/api/v1/classes/" + classA + "/learners/" + learner).statusCode());
        assertEquals(403, assistant.post("/api/v1/classes/" + classA + "/code").statusCode());
        assertEquals("条目 1", TestDatabase.queryString("select title from offering_node where id = ?",
                nodeId("条目 1")), "nothing changed");
        assertEquals(0, TestDatabase.queryLong("select count(*) from offering_node where title = '助教加的模块'"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'OFFERING_OUTLINE_CHANGE' and outcome = 'DENIED'", ASSISTANT), "the refusal is audited");
    }

    @Test
    void teacherOfClassA_editsTheOutline_butGets403OnClassBsLearners() throws Exception {
        HttpResponse<String> edit = TeachingWorld.patch(TEACHER_A, item(2), "{\"trial\":true}");
        assertEquals(200, edit.statusCode(), edit.body());
        assertEquals("true", ApiClient.json(edit.body(), "trial"));
        ApiClient teacherA = ApiClient.as(TEACHER_A);
        HttpResponse<String> own = teacherA.get("/api/v1/classes/" + classA + "/learners");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains(LEARNER), own.body());
        HttpResponse<String> other = teacherA.get("/api/v1/classes/" + classB + "/learners");
        assertEquals(403, other.statusCode(), other.body());
        assertFalse(other.body().contains("auth-learner-b-"), other.body());
        assertEquals(403, teacherA.get("/api/v1/classes/" + classB).statusCode());
        HttpResponse<String> classes = teacherA.get("/api/v1/offerings/" + offering + "/classes");
        assertEquals(200, classes.statusCode(), classes.body());
        assertEquals(1, TeachingWorld.all(classes.body(), "classCode").size(), "only their own class: "
                + classes.body());
        assertEquals(200, ApiClient.as(OWNER).get("/api/v1/classes/" + classB + "/learners").statusCode(),
                "the owner sees every class");
    }

    @Test
    void teacherOutsideTheOffering_learnsNothing() throws Exception {
        ApiClient stranger = ApiClient.as(STRANGER);
        assertEquals(404, stranger.get("/api/v1/classes/" + classA + "/learners").statusCode());
        assertEquals(404, stranger.get("/api/v1/classes/" + classA).statusCode());
        HttpResponse<String> staff = stranger.postJson("/api/v1/classes/" + classA + "/staff",
                "{\"username\":\"" + STRANGER + "\",\"role\":\"TEACHER\"}");
        assertEquals(404, staff.statusCode(), staff.body());
        assertEquals(404, TeachingWorld.patch(STRANGER, item(1), "{\"hidden\":true}").statusCode());
        assertEquals(404, stranger.delete("/api/v1/classes/" + classA + "/learners/" + learner).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from enrolment where learner_id = ? and status ="
                + " 'ACTIVE'", learner), "the learner is still enrolled");
        assertEquals(0, TestDatabase.queryLong("select count(*) from class_staff s join user_account u on u.id ="
                + " s.account_id where u.username = ?", STRANGER));
    }

    @Test
    void unpublishedOffering_is404ToOutsiders_andVisibleOncePublished() throws Exception {
        long draft = TeachingWorld.offer(OWNER, course, "焊接草稿开课 " + SUFFIX, "OPEN", true);
        for (ApiClient outsider : new ApiClient[] {ApiClient.anonymous(), ApiClient.as(OUTSIDER),
                ApiClient.as(STRANGER)}) {
            assertEquals(404, outsider.get("/api/v1/offerings/" + draft).statusCode());
            assertEquals(404, outsider.get("/api/v1/offerings/" + draft + "/outline").statusCode());
        }
        HttpResponse<String> enrol = ApiClient.as(OUTSIDER).post("/api/v1/offerings/" + draft + "/enrolment");
        assertEquals(404, enrol.statusCode(), enrol.body());
        assertEquals(200, ApiClient.as(OWNER).get("/api/v1/offerings/" + draft).statusCode());
        HttpResponse<String> publish = ApiClient.as(STRANGER).post("/api/v1/offerings/" + draft + "/publish");
        assertEquals(404, publish.statusCode(), publish.body());
        TeachingWorld.publish(OWNER, draft);
        HttpResponse<String> visible = ApiClient.anonymous().get("/api/v1/offerings/" + draft + "/outline");
        assertEquals(200, visible.statusCode(), visible.body());
        assertTrue(visible.body().contains("条目 1"), visible.body());
    }
}
