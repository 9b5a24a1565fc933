package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSite;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestResources;

/**
 * Pages opened with a missing, malformed or out-of-range id answer the "页面不存在" page with 404, never the error page
 * with 500 (found by opening every console page without and with forged parameters): the learner's homework, grades
 * and questionnaire pages, the course and item pages, the take-down page, the online text editor, the course outline
 * and the gradebook's print view; and every page whose bean reads its id through {@code web.faces.PageIds} (the
 * learner's exams and attempt, the Q&A and describe pages, the portal's library, resource, review record, FAQ, course
 * and offering pages, signed in or not). A learner of the school who is not enrolled in an offering finds none of its
 * pages (404, not its data), and the exams page's refusal is audited. A NUL byte in the catalogue's search text is no error either (PostgreSQL refuses it
 * in text; it matches nothing), nor is a console form posted without the PrimeFaces CSP nonce its page carries (a
 * script's post, found by the console load plans): 400, "reload the page".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageParametersIT {

    private static final String[] BAD_OFFERINGS = {"", "?offering=", "?offering=abc", "?offering=1e99", "?offering=99999999"};
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String[] PORTAL_PAGES = {"/portal/course/offering.xhtml?id=",
        "/portal/library/detail.xhtml?id=", "/portal/review/record.xhtml?id=", "/portal/resource/view.xhtml?id=",
        "/portal/qa/faq.xhtml?library=", "/portal/course/view.xhtml?id="};

    @Test
    void aLearnersCoursePagesWithoutAValidOffering_answerNotFound() {
        String cookies = SessionSignIn.cookies("student");
        for (String page : new String[] {"assignments", "grades", "surveys", "course", "exams"}) {
            for (String query : BAD_OFFERINGS) {
                assertNotFound("/console/learning/" + page + ".xhtml" + query, cookies);
            }
        }
        assertNotFound("/console/learning/item.xhtml?offering=abc&item=1", cookies);
        assertNotFound("/console/learning/item.xhtml?offering=1&item=1&part=x", cookies);
        for (String query : BAD_OFFERINGS) {
            assertNotFound("/console/learning/exam.xhtml" + query.replace("offering", "attempt"), cookies);
        }
    }

    @Test
    void aLearnerOfTheSchoolWhoIsNotEnrolled_findsNoPageOfTheOffering() throws Exception {
        String suffix = SUFFIX + System.nanoTime() % 1000;
        long school = TestAccounts.organisation(TestResources.DEMO_SCHOOL);
        long lead = TestAccounts.account("pp-lead-" + suffix, school);
        long course = CourseFixtures.publishedCourse(TestResources.weldingLibraryWith(school), lead, "PP" + suffix);
        long offering = CourseFixtures.publishedOffering(course, lead, "2026-2027-1");
        CourseFixtures.enrol(offering, CourseFixtures.courseClass(offering, "参数班" + suffix, lead),
                TestAccounts.account("pp-learner-" + suffix, school));
        String cookies = SessionSignIn.cookies("student");
        for (String page : new String[] {"exams", "grades", "course"}) {
            HttpResponse<String> refused = assertNotFound("/console/learning/" + page + ".xhtml?offering=" + offering,
                    cookies);
            assertFalse(refused.body().contains("PP" + suffix), page + " shows nothing of the course");
        }
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'EXAM_ATTEMPT_READ'"
                + " and outcome = 'DENIED' and actor = 'student' and target = ?", "offering:" + offering),
                "the exams page's refusal is audited");
    }

    @Test
    void pagesReadingTheirIdThroughPageIds_withAMalformedId_answerNotFound() {
        String teacher = SessionSignIn.cookies("teacher");
        for (String path : new String[] {"/console/qa/questions.xhtml", "/console/qa/questions.xhtml?resource=abc",
            "/console/resource/describe.xhtml", "/console/resource/describe.xhtml?id=abc"}) {
            assertNotFound(path, teacher);
        }
        for (String page : PORTAL_PAGES) {
            assertNotFound(page + "abc", null);
            assertNotFound(page + "1e99", teacher);
            assertNotFound(page.substring(0, page.indexOf('?')), null);
        }
    }

    @Test
    void staffPagesWithAMalformedId_answerNotFound() {
        String cookies = SessionSignIn.cookies("teacher");
        assertNotFound("/console/review/take-down.xhtml", cookies);
        assertNotFound("/console/review/take-down.xhtml?id=abc", cookies);
        assertNotFound("/console/course/outline.xhtml?id=abc", cookies);
        assertNotFound("/console/course/outline.xhtml?id=99999999", cookies);
        assertNotFound("/console/teaching/gradebook-print.xhtml", cookies);
        assertNotFound("/console/teaching/gradebook-print.xhtml?classId=abc", cookies);
        assertNotFound("/console/resource/edit.xhtml", cookies);
        assertNotFound("/console/resource/edit.xhtml?id=abc", cookies);
    }

    @Test
    void aNulByteInTheCatalogueSearch_isNoError() {
        HttpResponse<String> page = Http.get(Deployments.BASE_URL + "/portal/library/catalogue.xhtml?q=a%00b", null, "zh-CN");
        assertEquals(200, page.statusCode(), "catalogue page with a NUL byte in q");
        HttpResponse<String> api = Http.get(Deployments.BASE_URL + "/api/v1/libraries?q=%00", null, "zh-CN");
        assertEquals(200, api.statusCode(), "library search with a NUL byte in q");
    }

    @Test
    void aConsoleFormPostedWithoutItsCspNonce_isABadRequest_notAServerError() {
        CrossSite own = CrossSite.withCookies(SessionSignIn.cookies("teacher"));
        HttpResponse<String> page = own.postOwn("/console/resource/mine.xhtml", "mineForm", "mineForm");
        assertEquals(400, page.statusCode(), "a re-rendered post without primefaces.nonce");
        assertTrue(page.body().contains("id=\"pageExpired\""), page.body());
    }

    private static HttpResponse<String> assertNotFound(String path, String cookies) {
        HttpResponse<String> page = Http.get(Deployments.BASE_URL + path, cookies, "zh-CN");
        assertEquals(404, page.statusCode(), path);
        assertTrue(page.body().contains("页面不存在"), path + " shows the not-found page");
        return page;
    }
}
