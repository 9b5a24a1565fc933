package org.ziyuanku.it.learning;

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
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.SessionSignIn;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Favourites and notes through the API (issue 16 item 3): favourites go into named folders (默认收藏夹 by default) and
 * survive their resource's take-down, listed as unavailable (the 我的收藏 page without a link); another learner's
 * favourite or private note is 404 to every method; bad input is 400 in both languages; changes sent from another
 * site with the learner's cookie are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerFavouriteNoteIT {

    private static LearnerActionsWorld world;
    private static long image;
    private static long video;

    @BeforeAll
    static void resources() throws Exception {
        world = new LearnerActionsWorld();
        world.words();
        image = world.published("fav-" + world.suffix + ".png", "sample.png", "收藏图 " + world.suffix);
        video = world.published("note-" + world.suffix + ".mp4", "sample.mp4", "笔记视频 " + world.suffix);
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    @Test
    void favourites_inFolders_surviveATakeDown_asUnavailable() throws Exception {
        ApiClient learner = ApiClient.as(world.learner);
        HttpResponse<String> first = learner.postJson("/api/v1/favourites", "{\"resourceId\":" + image
                + ",\"folder\":\"焊接图\"}");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("焊接图", ApiClient.json(first.body(), "folder"));
        HttpResponse<String> second = learner.postJson("/api/v1/favourites", "{\"resourceId\":" + video + "}");
        assertEquals(201, second.statusCode(), second.body());
        assertEquals("默认收藏夹", ApiClient.json(second.body(), "folder"));
        String favourite = ApiClient.json(first.body(), "id");

        TestDatabase.update("update teaching_resource set status = 'WITHDRAWN' where id = ?", image);
        String list = learner.get("/api/v1/favourites").body();
        assertEquals("false", ApiClient.json(objectWith(list, "\"resourceId\":" + image + ","), "available"), list);
        assertEquals("收藏图 " + world.suffix, ApiClient.json(objectWith(list, "\"resourceId\":" + image + ","), "title"));
        assertEquals("true", ApiClient.json(objectWith(list, "\"resourceId\":" + video + ","), "available"), list);

        String page = Http.get(Deployments.BASE_URL + "/console/learning/favourites.xhtml",
                SessionSignIn.cookies(world.learner), "zh-CN").body();
        assertTrue(page.contains("已下架"), page);
        assertTrue(page.contains("收藏图 " + world.suffix), page);
        assertFalse(page.contains("view.xhtml?id=" + image + "\""), "no link to the taken-down resource");
        assertTrue(page.contains("view.xhtml?id=" + video), page);

        HttpResponse<String> moved = learner.putJson("/api/v1/favourites/" + favourite, "{\"folder\":\"复习\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("复习", ApiClient.json(moved.body(), "folder"));
    }

    @Test
    void anotherLearnersFavourite_isNotFound_andBadInputIs400() {
        HttpResponse<String> saved = ApiClient.as(world.learner).postJson("/api/v1/favourites",
                "{\"resourceId\":" + video + ",\"folder\":\"我的\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        String id = ApiClient.json(saved.body(), "id");
        ApiClient other = ApiClient.as(world.classmate);
        assertEquals(404, other.putJson("/api/v1/favourites/" + id, "{\"folder\":\"偷\"}").statusCode());
        assertEquals(404, other.delete("/api/v1/favourites/" + id).statusCode());
        assertFalse(other.get("/api/v1/favourites").body().contains("\"id\":" + id + ","));
        assertEquals(404, other.postJson("/api/v1/favourites", "{\"resourceId\":999999999}").statusCode());

        ApiClient learner = ApiClient.as(world.learner);
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/favourites", "{}");
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/favourites",
                "{\"resourceId\":" + video + ",\"offeringId\":1,\"nodeId\":2}");
        ApiRefusals.assertBadRequest(learner.postJson("/api/v1/favourites", "{\"resourceId\":" + video
                + ",\"folder\":\"" + "长".repeat(61) + "\"}"));
        assertEquals(401, ApiClient.anonymous().get("/api/v1/favourites").statusCode());
    }

    /** The JSON object of the array that contains the member text (the DTOs hold no nested objects). */
    static String objectWith(String array, String member) {
        int at = array.indexOf(member);
        assertTrue(at >= 0, member + " in " + array);
        return array.substring(array.lastIndexOf('{', at), array.indexOf('}', at) + 1);
    }

    @Test
    void anotherLearnersPrivateNote_isNotFound_toEveryMethod() throws Exception {
        HttpResponse<String> written = ApiClient.as(world.learner).postJson("/api/v1/notes", "{\"resourceId\":"
                + video + ",\"body\":\"熔池要稳\",\"positionSeconds\":2}");
        assertEquals(201, written.statusCode(), written.body());
        assertEquals("2", ApiClient.json(written.body(), "positionSeconds"));
        assertEquals("PRIVATE", ApiClient.json(written.body(), "visibility"));
        String note = ApiClient.json(written.body(), "id");
        assertEquals(200, ApiClient.as(world.learner).get("/api/v1/notes/" + note).statusCode());

        ApiClient other = ApiClient.as(world.classmate);
        HttpResponse<String> read = other.get("/api/v1/notes/" + note);
        assertEquals(404, read.statusCode(), read.body());
        assertFalse(read.body().contains("熔池要稳"));
        assertEquals(404, other.putJson("/api/v1/notes/" + note, "{\"body\":\"改掉\"}").statusCode());
        assertEquals(404, other.delete("/api/v1/notes/" + note).statusCode());
        assertFalse(other.get("/api/v1/notes?resource=" + video).body().contains("熔池要稳"));
        assertFalse(other.get("/api/v1/notes").body().contains("熔池要稳"));
        assertEquals("熔池要稳", TestDatabase.queryString("select body from learner_note where id = ?",
                Long.parseLong(note)));
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action = 'NOTE_READ'"
                + " and outcome = 'DENIED'", world.classmate) >= 1, "the refused read is audited");
    }

    @Test
    void badNotes_areRefused_andNothingIsStored() throws Exception {
        ApiClient learner = ApiClient.as(world.learner);
        long before = TestDatabase.queryLong("select count(*) from learner_note where owner_id = ?",
                world.accountId(world.learner));
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/notes",
                "{\"resourceId\":" + video + ",\"body\":\"x\",\"positionSeconds\":-1}");
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/notes",
                "{\"resourceId\":" + video + ",\"body\":\"   \"}");
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/notes",
                "{\"resourceId\":" + video + ",\"body\":\"x\",\"visibility\":\"CLASS\"}");
        ApiRefusals.assertBadRequestInBothLanguages(learner, "POST", "/api/v1/notes",
                "{\"resourceId\":" + video + ",\"body\":\"x\",\"visibility\":\"WORLD\"}");
        String message = ApiRefusals.assertBadRequest(learner.postJson("/api/v1/notes", "{\"resourceId\":" + video
                + ",\"body\":\"笔记里有" + world.blocked + "\"}"));
        assertTrue(message.contains(world.blocked), message);
        assertEquals(before, TestDatabase.queryLong("select count(*) from learner_note where owner_id = ?",
                world.accountId(world.learner)));
    }

    @Test
    void crossSiteChanges_withTheLearnersCookie_areRefused_andChangeNothing() throws Exception {
        CrossSiteApi victim = CrossSiteApi.victim(world.classmate);
        victim.assertLive();
        long owner = world.accountId(world.classmate);
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/favourites", "{\"resourceId\":" + video + "}"));
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/notes", "{\"resourceId\":" + video
                + ",\"body\":\"跨站\"}"));
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/resources/" + video + "/comments",
                "{\"body\":\"跨站评论\"}"));
        CrossSiteApi.assertRefused(victim.send("PUT", "/api/v1/resources/" + video + "/rating", "{\"stars\":1}"));
        CrossSiteApi.assertRefused(victim.send("POST", "/api/v1/resource-comments/1/reports", "{\"reason\":\"x\"}"));
        assertEquals(0, TestDatabase.queryLong("select count(*) from favourite where owner_id = ?", owner));
        assertEquals(0, TestDatabase.queryLong("select count(*) from learner_note where owner_id = ?", owner));
        assertEquals(0, TestDatabase.queryLong("select count(*) from resource_comment where author_id = ?", owner));
        assertEquals(0, TestDatabase.queryLong("select count(*) from resource_rating where user_id = ?", owner));
    }
}
