package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestResources;

/**
 * The question bank through {@code /api/v1/questions} (issue 15 item 1): a teacher of the welding library creates a
 * question of every type (201 and Location), reads it with its key, finds it by type, text and knowledge point,
 * changes and deletes it; an image in a stem is stored and served only to those who work in the library; a teacher of
 * another school gets 404 for the question and 403 for the library, a colleague of the same school who is not the
 * author 403 (audited DENIED); malformed JSON and a draft that breaks a rule are 400 in the caller's language, naming
 * the rule; a blocked sensitive word in any text (an option, a sub-question's reference answer) refuses the question;
 * a cross-site POST with the teacher's session is refused; a refused create leaves no row behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionEndpointIT {

    private static final String SUFFIX = "qb" + System.currentTimeMillis() % 100_000;
    private static final Pattern IMAGE = Pattern.compile("/api/v1/questions/images/([0-9a-f]{64})");
    private static ReviewPeople people;
    private static String outsider;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create(SUFFIX);
        outsider = "qb-outsider-" + SUFFIX;
        TestResources.outsider(outsider);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", people.author);
        TestResources.forget(outsider);
        people.forget();
    }

    private static String single(String stem) {
        return "{\"libraryId\":" + people.library + ",\"type\":\"SINGLE_CHOICE\",\"stem\":\"" + stem + "\","
                + "\"options\":[\"对接\",\"角接\",\"搭接\"],\"key\":{\"correct\":[0]},\"difficulty\":2,"
                + "\"points\":2,\"knowledgePoints\":[\"焊接接头" + SUFFIX + "\"]}";
    }

    private static final List<String> EVERY_TYPE = List.of(
            "\"type\":\"MULTIPLE_CHOICE\",\"stem\":\"外观检验可发现\",\"options\":[\"咬边\",\"气孔(内部)\",\"焊瘤\"],"
                    + "\"key\":{\"correct\":[0,2],\"scoring\":\"PARTIAL\"}",
            "\"type\":\"TRUE_FALSE\",\"stem\":\"电流越大熔深越大\",\"key\":{\"truth\":true}",
            "\"type\":\"FILL_BLANK\",\"stem\":\"焊条由____和（）组成\",\"key\":{\"blanks\":[[\"焊芯\"],[\"药皮\"]]}",
            "\"type\":\"SHORT_ANSWER\",\"stem\":\"简述冷裂纹的成因\",\"key\":{\"reference\":\"氢、应力、淬硬组织\"}",
            "\"type\":\"MATCHING\",\"stem\":\"对应缩写\",\"prompts\":[\"焊条电弧焊\",\"钨极氩弧焊\"],"
                    + "\"options\":[\"GTAW\",\"SMAW\"],\"key\":{\"correct\":[1,0]}",
            "\"type\":\"ORDERING\",\"stem\":\"排序\",\"options\":[\"清理\",\"定位焊\",\"焊接\"]",
            "\"type\":\"COMPOUND\",\"stem\":\"案例分析\",\"parts\":[{\"type\":\"TRUE_FALSE\",\"stem\":\"是冷裂纹\","
                    + "\"key\":{\"truth\":true},\"points\":2},{\"type\":\"SHORT_ANSWER\",\"stem\":\"措施\",\"points\":8}]");

    @Test
    void teacherCreatesEveryType_readsSearchesChangesAndDeletes() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        HttpResponse<String> created = author.postJson("/api/v1/questions", single("接头形式" + SUFFIX));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/questions/" + id));
        for (String body : EVERY_TYPE) {
            HttpResponse<String> other = author.postJson("/api/v1/questions", "{\"libraryId\":" + people.library
                    + "," + body + ",\"knowledgePoints\":[\"全部题型" + SUFFIX + "\"]}");
            assertEquals(201, other.statusCode(), body + " → " + other.body());
        }
        HttpResponse<String> got = author.get("/api/v1/questions/" + id);
        assertEquals(200, got.statusCode(), got.body());
        assertTrue(got.body().contains("\"correct\":[0]") && got.body().contains("\"mayChange\":true"), got.body());
        String compound = author.get("/api/v1/questions?library=" + people.library + "&type=COMPOUND&knowledgePoint="
                + "全部题型" + SUFFIX).body();
        assertTrue(compound.contains("\"total\":1") && compound.contains("是冷裂纹"), compound);
        assertTrue(compound.contains("\"points\":10"), "a compound question's points are its parts' sum: " + compound);
        assertTrue(author.get("/api/v1/questions?library=" + people.library + "&knowledgePoint=全部题型" + SUFFIX)
                .body().contains("\"total\":7"));
        assertTrue(author.get("/api/v1/questions?library=" + people.library + "&text=接头形式" + SUFFIX).body()
                .contains("\"id\":" + id + ","));

        HttpResponse<String> changed = author.putJson("/api/v1/questions/" + id, single("新的接头题" + SUFFIX)
                .replace("\"correct\":[0]", "\"correct\":[2]"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("新的接头题" + SUFFIX, TestDatabase.queryString("select stem from question where id = ?", id));
        assertTrue(TestDatabase.queryString("select answer_key from question where id = ?", id).contains("[2]"));

        long parent = TestDatabase.queryLong("select id from question where stem = '案例分析' and author_id = (select id"
                + " from user_account where username = ?)", people.author);
        assertEquals(2, TestDatabase.queryLong("select count(*) from question where parent_id = ?", parent));
        assertEquals(204, author.delete("/api/v1/questions/" + parent).statusCode());
        assertEquals(404, author.get("/api/v1/questions/" + parent).statusCode());
        assertEquals(0, TestDatabase.queryLong("select count(*) from question where id = ? or parent_id = ?", parent,
                parent), "the compound question goes with its parts");
    }

    @Test
    void anImageInTheStem_isStoredAndServedOnlyToTheLibrarysTeachers() throws Exception {
        String png = Base64.getEncoder().encodeToString(picture());
        HttpResponse<String> created = ApiClient.as(people.author).postJson("/api/v1/questions", single(
                "<p>看图<img src=\\\"zyk-draft:j.png\\\"><img src=\\\"https://evil.example/x.png\\\"></p>")
                .replace("\"difficulty\"", "\"images\":[{\"name\":\"j.png\",\"mediaType\":\"image/png\",\"data\":\""
                        + png + "\"}],\"difficulty\""));
        assertEquals(201, created.statusCode(), created.body());
        Matcher image = IMAGE.matcher(created.body());
        assertTrue(image.find(), created.body());
        assertFalse(created.body().contains("evil.example"), "a foreign image is dropped: " + created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from question_image where question_id = ?"
                + " and blob_sha256 = ?", id, image.group(1)));
        HttpResponse<byte[]> bytes = ApiClient.as(people.courseLead).getBytes(image.group());
        assertEquals(200, bytes.statusCode());
        assertEquals("image/png", bytes.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, ApiClient.as(outsider).getBytes(image.group()).statusCode());
        assertEquals(401, ApiClient.anonymous().getBytes(image.group()).statusCode(), "the bank needs an account");
    }

    @Test
    void anotherSchoolsTeacherIsNotFound_aColleagueWhoIsNotTheAuthorIsForbidden() throws Exception {
        long id = create(single("权限题" + SUFFIX));
        ApiClient stranger = ApiClient.as(outsider);
        assertEquals(404, stranger.get("/api/v1/questions/" + id).statusCode());
        assertEquals(404, stranger.putJson("/api/v1/questions/" + id, single("改" + SUFFIX)).statusCode());
        assertEquals(404, stranger.delete("/api/v1/questions/" + id).statusCode());
        assertEquals(403, stranger.get("/api/v1/questions?library=" + people.library).statusCode());
        assertEquals(403, stranger.postJson("/api/v1/questions", single("外校" + SUFFIX)).statusCode());

        ApiClient colleague = ApiClient.as(people.courseLead);
        assertEquals(200, colleague.get("/api/v1/questions/" + id).statusCode(), "the library's teachers see it");
        assertEquals(403, colleague.putJson("/api/v1/questions/" + id, single("改" + SUFFIX)).statusCode());
        assertEquals(403, colleague.delete("/api/v1/questions/" + id).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'QUESTION_UPDATE'"
                + " and outcome = 'DENIED' and target = ?", "question:" + id), "the refusal is audited");
        assertEquals("权限题" + SUFFIX, TestDatabase.queryString("select stem from question where id = ?", id));
    }

    @Test
    void malformedAndInvalidBodies_are400InTheCallersLanguage_andNothingIsWritten() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = mine();
        HttpResponse<String> broken = author.postJson("/api/v1/questions", "{\"libraryId\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        HttpResponse<String> brokenEn = author.inLanguage("en").postJson("/api/v1/questions", "{\"libraryId\":");
        assertTrue(brokenEn.body().contains("The request body is not readable JSON"), brokenEn.body());

        String twoCorrect = single("两个答案" + SUFFIX).replace("\"correct\":[0]", "\"correct\":[0,1]");
        HttpResponse<String> invalid = author.postJson("/api/v1/questions", twoCorrect);
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("单选题必须有且只有一个正确选项"), invalid.body());
        assertTrue(author.inLanguage("en").postJson("/api/v1/questions", twoCorrect).body()
                .contains("A single-choice question needs exactly one correct option."));
        HttpResponse<String> blanks = author.postJson("/api/v1/questions", "{\"libraryId\":" + people.library
                + ",\"type\":\"FILL_BLANK\",\"stem\":\"只有____一个空\",\"key\":{\"blanks\":[[\"a\"],[\"b\"]]}}");
        assertEquals(400, blanks.statusCode(), blanks.body());
        assertTrue(blanks.body().contains("题干中有 1 个空"), blanks.body());
        HttpResponse<String> missingImage = author.postJson("/api/v1/questions", "{\"libraryId\":" + people.library
                + ",\"type\":\"COMPOUND\",\"stem\":\"组合\",\"parts\":[{\"type\":\"TRUE_FALSE\",\"stem\":\"对\","
                + "\"key\":{\"truth\":true}},{\"type\":\"TRUE_FALSE\",\"stem\":\"<img src=\\\"zyk-draft:none.png\\\">"
                + "看图\",\"key\":{\"truth\":false}}]}");
        assertEquals(400, missingImage.statusCode(), missingImage.body());
        assertTrue(missingImage.body().contains("none.png"), missingImage.body());
        assertEquals(400, author.postJson("/api/v1/questions", single("x").replace("SINGLE_CHOICE", "ESSAY"))
                .statusCode());
        assertEquals(before, mine(), "a refused create leaves no question (nor part) behind");
    }

    @Test
    void aBlockedWordInAnyText_refusesTheWholeQuestion() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = mine();
        HttpResponse<String> option = author.postJson("/api/v1/questions", single("选项违规" + SUFFIX)
                .replace("\"搭接\"", "\"低价代考\""));
        assertEquals(400, option.statusCode(), option.body());
        assertTrue(option.body().contains("低价代考"), "the blocked word is named: " + option.body());
        HttpResponse<String> part = author.postJson("/api/v1/questions", "{\"libraryId\":" + people.library
                + ",\"type\":\"COMPOUND\",\"stem\":\"组合\",\"parts\":[{\"type\":\"SHORT_ANSWER\",\"stem\":\"问\","
                + "\"key\":{\"reference\":\"去赌博网站看看\"}}]}");
        assertEquals(400, part.statusCode(), part.body());
        assertTrue(part.body().contains("赌博网站"), part.body());
        assertEquals(before, mine(), "nothing of a refused question is stored");
        long id = create(single("题型不变" + SUFFIX));
        HttpResponse<String> retyped = author.putJson("/api/v1/questions/" + id, "{\"type\":\"TRUE_FALSE\","
                + "\"stem\":\"改成判断\",\"key\":{\"truth\":true}}");
        assertEquals(400, retyped.statusCode(), retyped.body());
        assertTrue(retyped.body().contains("试题的题型不能修改"), retyped.body());
    }

    @Test
    void aCrossSitePostWithTheTeachersSession_isRefused() throws Exception {
        long before = mine();
        CrossSiteApi forged = CrossSiteApi.victim(people.author);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", "/api/v1/questions", single("伪造" + SUFFIX)));
        long id = create(single("跨站" + SUFFIX));
        CrossSiteApi.assertRefused(forged.send("DELETE", "/api/v1/questions/" + id, null));
        assertEquals(before + 1, mine(), "nothing was written or deleted from the other site");
    }

    private static long create(String json) {
        HttpResponse<String> created = ApiClient.as(people.author).postJson("/api/v1/questions", json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long mine() throws Exception {
        return TestDatabase.queryLong("select count(*) from question where author_id = (select id from user_account"
                + " where username = ?)", people.author);
    }

    private static byte[] picture() throws Exception {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 80, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
