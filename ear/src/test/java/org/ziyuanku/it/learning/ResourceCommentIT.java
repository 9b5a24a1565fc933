package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.TestDatabase;

/**
 * Comments on a resource (issue 16 item 3): a blocked word is refused with 400 naming it and nothing is stored; a
 * flagged word holds the comment (its author sees it, others do not) until the library's administrator approves it;
 * others report a comment once; a learner cannot moderate (403, audited); comments come newest first a page at a
 * time; the share link and its QR code (a PNG) exist for published resources only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceCommentIT {

    private static LearnerActionsWorld world;
    private static long resource;

    @BeforeAll
    static void resource() throws Exception {
        world = new LearnerActionsWorld();
        world.words();
        resource = world.published("comment-" + world.suffix + ".png", "sample.png", "评论图 " + world.suffix);
    }

    @AfterAll
    static void forget() throws Exception {
        world.forget();
    }

    private static String comments() {
        return "/api/v1/resources/" + resource + "/comments";
    }

    @Test
    void blockedWord_isRefusedNamingIt_flaggedWord_isHeldUntilApproved() throws Exception {
        ApiClient learner = ApiClient.as(world.learner);
        String message = ApiRefusals.assertBadRequest(learner.postJson(comments(), "{\"body\":\"这里有"
                + world.blocked + "\"}"));
        assertTrue(message.contains(world.blocked), message);
        assertEquals(0, TestDatabase.queryLong("select count(*) from resource_comment where body like ?",
                "%" + world.blocked + "%"));

        HttpResponse<String> held = learner.postJson(comments(), "{\"body\":\"我觉得" + world.flagged + "\"}");
        assertEquals(201, held.statusCode(), held.body());
        assertEquals("HELD", ApiClient.json(held.body(), "status"));
        String id = ApiClient.json(held.body(), "id");
        assertFalse(ApiClient.as(world.classmate).get(comments()).body().contains(world.flagged));
        assertFalse(ApiClient.anonymous().get(comments()).body().contains(world.flagged));
        assertTrue(learner.get(comments()).body().contains(world.flagged));
        assertTrue(ApiClient.as(world.administrator).get("/api/v1/libraries/" + world.library + "/comment-queue")
                .body().contains(world.flagged));

        HttpResponse<String> approved = ApiClient.as(world.administrator).postJson("/api/v1/resource-comments/" + id
                + "/moderation", "{\"action\":\"APPROVE\",\"reason\":\"用语无碍\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(ApiClient.anonymous().get(comments()).body().contains(world.flagged));
    }

    @Test
    void othersReport_onceEach_andOnlyTheLibrarysModeratorsHideOrDelete() throws Exception {
        String id = comment(world.learner, "焊缝成形很好 " + world.suffix);
        ApiClient classmate = ApiClient.as(world.classmate);
        assertEquals(204, classmate.postJson(report(id), "{\"reason\":\"广告\"}").statusCode());
        assertEquals(204, classmate.postJson(report(id), "{\"reason\":\"再次\"}").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from resource_comment_report where comment_id = ?",
                Long.parseLong(id)));
        ApiRefusals.assertBadRequestInBothLanguages(ApiClient.as(world.learner), "POST", report(id),
                "{\"reason\":\"self\"}");
        ApiRefusals.assertBadRequestInBothLanguages(classmate, "POST", report(id), "{\"reason\":\"  \"}");

        HttpResponse<String> refused = classmate.postJson(moderation(id), "{\"action\":\"DELETE\",\"reason\":\"x\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(403, classmate.get("/api/v1/libraries/" + world.library + "/comment-queue").statusCode());
        assertTrue(TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'COMMENT_MODERATE' and outcome = 'DENIED'", world.classmate) >= 1);
        ApiClient administrator = ApiClient.as(world.administrator);
        assertTrue(administrator.get("/api/v1/libraries/" + world.library + "/comment-queue").body()
                .contains("\"reports\":1"));
        ApiRefusals.assertBadRequestInBothLanguages(administrator, "POST", moderation(id), "{\"action\":\"HIDE\"}");
        ApiRefusals.assertBadRequestInBothLanguages(administrator, "POST", moderation(id),
                "{\"action\":\"BURN\",\"reason\":\"x\"}");
        HttpResponse<String> hidden = administrator.postJson(moderation(id), "{\"action\":\"HIDE\",\"reason\":\"广告\"}");
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertFalse(ApiClient.anonymous().get(comments()).body().contains("焊缝成形很好 " + world.suffix));
        assertEquals("广告", TestDatabase.queryString("select moderation_reason from resource_comment where id = ?",
                Long.parseLong(id)));
    }

    @Test
    void comments_newestFirst_aPageAtATime_andBadInputIs400() throws Exception {
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = comment(world.classmate, "第 " + i + " 条 " + world.suffix);
            TestDatabase.update("update resource_comment set created_at = now() + (? * interval '1 minute') where id = ?",
                    i + 10, Long.parseLong(ids[i]));
        }
        String first = ApiClient.anonymous().get(comments() + "?size=2").body();
        String second = ApiClient.anonymous().get(comments() + "?size=2&page=1").body();
        assertArrayEquals(new String[] {ids[2], ids[1]}, idsIn(first, 2), first);
        assertEquals(ids[0], idsIn(second, 1)[0], second);
        ApiRefusals.assertBadRequestInBothLanguages(ApiClient.as(world.learner), "POST", comments(), "{\"body\":\"\"}");
        ApiRefusals.assertBadRequest(ApiClient.anonymous().get(comments() + "?size=500"));
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/999999999/comments").statusCode());
    }

    @Test
    void shareLink_andQrCode_forPublishedResourcesOnly() throws Exception {
        HttpResponse<String> share = ApiClient.anonymous().get("/api/v1/resources/" + resource + "/share");
        assertEquals(200, share.statusCode(), share.body());
        assertTrue(ApiClient.json(share.body(), "url").endsWith("/portal/resource/view.xhtml?id=" + resource),
                share.body());
        HttpResponse<byte[]> png = ApiClient.anonymous().getBytes("/api/v1/resources/" + resource + "/qr-code");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.body(), 4));
        long draft = world.published("draft-" + world.suffix + ".png", "sample.png", "草稿 " + world.suffix);
        TestDatabase.update("update teaching_resource set status = 'DRAFT' where id = ?", draft);
        assertEquals(404, ApiClient.anonymous().get("/api/v1/resources/" + draft + "/share").statusCode());
        assertEquals(404, ApiClient.anonymous().getBytes("/api/v1/resources/" + draft + "/qr-code").statusCode());
    }

    private static String comment(String username, String body) {
        HttpResponse<String> created = ApiClient.as(username).postJson(comments(), "{\"body\":\"" + body + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body(), "id");
    }

    private static String report(String id) {
        return "/api/v1/resource-comments/" + id + "/reports";
    }

    private static String moderation(String id) {
        return "/api/v1/resource-comments/" + id + "/moderation";
    }

    private static String[] idsIn(String page, int count) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^{}]*?\"id\":(\\d+)").matcher(page);
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            assertTrue(m.find(), page);
            ids[i] = m.group(1);
        }
        return ids;
    }
}
