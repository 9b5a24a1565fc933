package org.ziyuanku.it.graph;

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
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * "相关资源" (issue 16 item 7): two published resources tagged with the same skill point name each other, with the
 * point as the reason, on the REST answer and on the anonymous resource page; a resource of the same course without a
 * shared point comes after them with the course as reason; a taken-down resource is never recommended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelatedResourcesIT {

    private static final String SUFFIX = "-r" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "related-admin" + SUFFIX;
    private static final String TEACHER = "related-teacher" + SUFFIX;
    private static final String SKILL = "立焊技能" + SUFFIX;
    private static long first;
    private static long second;
    private static long sameCourse;
    private static long takenDown;

    @BeforeAll
    static void twoResourcesSharingASkill() throws Exception {
        TestKeycloak.ensureRunning();
        long library = TestResources.contributor(TEACHER);
        TestResources.libraryAdministrator(ADMIN, library);
        first = GraphWorld.publishedResource(TEACHER, library, "立焊示范一" + SUFFIX);
        second = GraphWorld.publishedResource(TEACHER, library, "立焊示范二" + SUFFIX);
        sameCourse = GraphWorld.publishedResource(TEACHER, library, "焊接工艺讲义" + SUFFIX);
        takenDown = GraphWorld.publishedResource(TEACHER, library, "已下架的立焊" + SUFFIX);
        long skill = GraphWorld.node(ADMIN, library, "SKILL", SKILL);
        for (long resource : new long[] {first, second, takenDown}) {
            GraphWorld.tag(ADMIN, library, skill, "resource", resource);
        }
        TestDatabase.update("update teaching_resource set status = 'WITHDRAWN' where id = ?", takenDown);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        GraphWorld.forgetNodes(SUFFIX);
        TestResources.forget(TEACHER, ADMIN);
    }

    @Test
    void resourcesSharingAPointNameEachOther_thenTheSameCourse_neverATakenDownOne() {
        HttpResponse<String> related = ApiClient.anonymous().get("/api/v1/resources/" + first + "/related");
        assertEquals(200, related.statusCode(), related.body());
        String body = related.body();
        assertTrue(body.startsWith("[{\"id\":" + second + ","), body);
        assertTrue(body.contains("\"sharedNodes\":[\"" + SKILL + "\"]"), body);
        assertTrue(body.indexOf("\"id\":" + sameCourse) > body.indexOf("\"id\":" + second), body);
        assertTrue(body.contains("\"sameCourse\":\"焊接工艺\""), body);
        assertFalse(body.contains("\"id\":" + takenDown + ","), body);
        assertEquals("[]", ApiClient.anonymous().get("/api/v1/resources/" + takenDown + "/related").body());

        HttpResponse<String> page = Http.get(Deployments.BASE_URL + "/portal/resource/view.xhtml?id=" + first);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"related\""), "the page lists related resources");
        assertTrue(page.body().contains("同属知识点/技能点：" + SKILL), page.body());
    }
}
