package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The sensitive-word dictionary through {@code /api/v1/sensitive-words}: a security administrator adds, lists,
 * changes, imports and deletes words; an import with one bad line stores nothing and names the line; a duplicate is
 * refused in Chinese and English; a teacher is refused (403) and the refusal is audited as DENIED. The administrators
 * are fresh realm users (the demo administrators must set up TOTP first); words carry a per-run suffix and are
 * deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SensitiveWordEndpointIT {

    private static final String API = "/api/v1/sensitive-words";
    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000);
    private static final String SECURITY_ADMIN = "words-secadmin-" + SUFFIX;
    private static final String TEACHER = "words-teacher-" + SUFFIX;
    private static final String AUDITOR = "words-auditor-" + SUFFIX;
    private static final List<String> CREATED = new ArrayList<>();

    @BeforeAll
    static void users() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(SECURITY_ADMIN, "security-admin");
        TestKeycloak.createUser(TEACHER, "teacher");
        TestKeycloak.createUser(AUDITOR, "audit-admin");
    }

    @AfterAll
    static void deleteWords() {
        ApiClient admin = ApiClient.as(SECURITY_ADMIN);
        for (String id : CREATED) {
            admin.delete(API + "/" + id);
        }
    }

    private static String word(String stem) {
        return stem + SUFFIX;
    }

    private static String add(ApiClient client, String word, String category, String severity) {
        HttpResponse<String> created = client.postJson(API, "{\"word\":\"" + word + "\",\"category\":\"" + category
                + "\",\"severity\":\"" + severity + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = ApiClient.json(created.body(), "id");
        CREATED.add(id);
        return id;
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void securityAdministrator_addsListsChangesAndDeletes_storedNormalised() {
        ApiClient admin = ApiClient.as(SECURITY_ADMIN);
        String id = add(admin, "  ＶＸ刷单" + SUFFIX + " ", "advertising", "FLAG");

        HttpResponse<String> listed = admin.get(API + "?q=" + Http.encode("vx刷单" + SUFFIX) + "&severity=flag");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"word\":\"vx刷单" + SUFFIX + "\""), listed.body());
        assertTrue(listed.body().contains("\"category\":\"ADVERTISING\"") && listed.body().contains("\"total\":1"),
                listed.body());
        assertTrue(listed.body().contains("\"createdBy\":\"" + SECURITY_ADMIN + "\""), listed.body());

        HttpResponse<String> changed = admin.putJson(API + "/" + id, "{\"category\":\"FRAUD\",\"severity\":\"BLOCK\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"severity\":\"BLOCK\"") && changed.body().contains("\"FRAUD\""));
        HttpResponse<String> blocking = admin.get(API + "?q=" + Http.encode("VX刷单" + SUFFIX) + "&category=FRAUD");
        assertEquals(List.of(id), ids(blocking.body()), blocking.body());

        assertEquals(204, admin.delete(API + "/" + id).statusCode());
        assertEquals(404, admin.delete(API + "/" + id).statusCode());
        assertTrue(admin.get(API + "?q=" + Http.encode("vx刷单" + SUFFIX)).body().contains("\"total\":0"));
    }

    @Test
    void seededDemoWords_areInTheDictionary() {
        HttpResponse<String> seeded = ApiClient.as(SECURITY_ADMIN).get(API + "?q=" + Http.encode("代写论文"));
        assertEquals(200, seeded.statusCode(), seeded.body());
        assertTrue(seeded.body().contains("\"word\":\"代写论文\"") && seeded.body().contains("\"severity\":\"BLOCK\""),
                seeded.body());
    }

    @Test
    void duplicate_isRefusedWith409_inChineseAndEnglish() {
        ApiClient admin = ApiClient.as(SECURITY_ADMIN);
        String word = word("重复词");
        add(admin, word, "OTHER", "FLAG");
        String body = "{\"word\":\"" + word + "\",\"category\":\"OTHER\",\"severity\":\"BLOCK\"}";
        HttpResponse<String> zh = admin.postJson(API, body);
        assertEquals(409, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("敏感词“" + word + "”已在词库中"), zh.body());
        HttpResponse<String> en = admin.inLanguage("en").postJson(API, body);
        assertEquals(409, en.statusCode(), en.body());
        assertTrue(en.body().contains("is already in the dictionary"), en.body());

        HttpResponse<String> bad = admin.inLanguage("en").postJson(API, "{\"word\":\" \",\"category\":\"OTHER\","
                + "\"severity\":\"FLAG\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("cannot be empty"), bad.body());
        HttpResponse<String> unknown = admin.postJson(API, "{\"word\":\"x\",\"category\":\"NOPE\",\"severity\":\"FLAG\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("没有类别“NOPE”"), unknown.body());
    }

    @Test
    void import_goodBatchIsStored_aBatchWithOneBadLineStoresNothing() {
        ApiClient admin = ApiClient.as(SECURITY_ADMIN);
        String first = word("导入一");
        String second = word("导入二");
        HttpResponse<String> good = admin.postText(API + "/import", "# 词,类别,级别\n" + first
                + ",FRAUD,BLOCK\n" + second + "，advertising，flag\n");
        assertEquals(200, good.statusCode(), good.body());
        assertTrue(good.body().contains("\"imported\":2"), good.body());
        HttpResponse<String> stored = admin.get(API + "?q=" + Http.encode(SUFFIX) + "&size=100");
        CREATED.addAll(ids(stored.body()));
        assertTrue(stored.body().contains(first) && stored.body().contains(second), stored.body());

        String third = word("导入三");
        HttpResponse<String> bad = admin.postText(API + "/import", third + ",FRAUD,BLOCK\n" + first
                + ",FRAUD,BLOCK\n" + word("导入四") + ",NOPE,BLOCK\n");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"imported\":0"), bad.body());
        assertTrue(bad.body().contains("\"line\":2") && bad.body().contains("已在词库中"), bad.body());
        assertTrue(bad.body().contains("\"line\":3") && bad.body().contains("没有类别“NOPE”"), bad.body());
        assertFalse(bad.body().contains("\"line\":1,"), bad.body());
        assertTrue(admin.get(API + "?q=" + Http.encode(third)).body().contains("\"total\":0"), "nothing stored");

        HttpResponse<String> en = admin.inLanguage("en").postText(API + "/import", "only one column\n");
        assertEquals(400, en.statusCode(), en.body());
        assertTrue(en.body().contains("\"line\":1") && en.body().contains("three columns"), en.body());
    }

    @Test
    void teacher_isRefused403_andTheRefusalIsAudited() {
        ApiClient teacher = ApiClient.as(TEACHER);
        assertEquals(403, teacher.get(API).statusCode());
        HttpResponse<String> add = teacher.postJson(API, "{\"word\":\"" + word("教师词")
                + "\",\"category\":\"OTHER\",\"severity\":\"FLAG\"}");
        assertEquals(403, add.statusCode(), add.body());
        assertEquals(403, teacher.postText(API + "/import", word("教师词") + ",OTHER,FLAG").statusCode());
        assertEquals(403, teacher.delete(API + "/1").statusCode());

        HttpResponse<String> denied = ApiClient.as(AUDITOR).get("/api/v1/audit/records?actor=" + TEACHER
                + "&action=SENSITIVE_WORD_ADD&outcome=DENIED");
        assertEquals(200, denied.statusCode(), denied.body());
        assertTrue(denied.body().contains("\"action\":\"SENSITIVE_WORD_ADD\""), denied.body());
        assertTrue(ApiClient.as(SECURITY_ADMIN).get(API + "?q=" + Http.encode(word("教师词"))).body()
                .contains("\"total\":0"));
    }
}
