package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Exam papers through {@code /api/v1/papers} (issue 15 item 3). A teacher of the welding library creates 18 questions
 * through the question bank (single and multiple choice, true/false, ordering, fill-in, and a compound question whose
 * true/false parts share a knowledge point with the rules), then a RANDOM paper whose first two rules overlap: 20
 * draws each meet every rule (type, knowledge point, difficulty range, count, points), never repeat a question, never
 * draw a sub-question alone, and the same seed gives the same paper; a FIXED paper draws exactly its questions with
 * their points. A rule the library cannot meet is 400 naming the rule and what is available, in Chinese and English;
 * malformed bodies are 400; a teacher of another school gets 404 for the paper and 403 for the library, a colleague who
 * is not the author 403 on delete (audited DENIED); a cross-site POST or DELETE with the teacher's session is refused;
 * no refused create leaves a paper behind; a question a paper lists cannot be deleted from under it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaperEndpointIT {

    private static final String SUFFIX = "pp" + System.currentTimeMillis() % 100_000;
    private static final String KP_A = "组卷甲" + SUFFIX;
    private static final String KP_B = "组卷乙" + SUFFIX;
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern OPTION_ORDER = Pattern.compile("\"optionOrder\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static ReviewPeople people;
    private static String outsider;
    /** The questions created, by id: type, difficulty and knowledge points. */
    private static final Map<Long, Spec> QUESTIONS = new HashMap<>();
    private static final List<Long> SINGLES = new ArrayList<>();
    private static final List<Long> TRUE_FALSES = new ArrayList<>();
    private static long fillIn;
    private static long compound;

    private record Spec(String type, int difficulty, List<String> knowledgePoints) {
    }

    /** A rule of the random paper as the test checks it. */
    private record Rule(String type, String knowledgePoint, int min, int max, int count, int points) {

        boolean matches(Spec spec) {
            return spec.type().equals(type) && spec.knowledgePoints().contains(knowledgePoint)
                    && spec.difficulty() >= min && spec.difficulty() <= max;
        }

        String json() {
            return "{\"type\":\"" + type + "\",\"knowledgePoint\":\"" + knowledgePoint + "\",\"difficultyMin\":" + min
                    + ",\"difficultyMax\":" + max + ",\"count\":" + count + ",\"points\":" + points + "}";
        }
    }

    /** Overlapping: rule 2 takes single-choice questions of KP_A of any difficulty, rule 1 those of 2–4. */
    private static final List<Rule> RULES = List.of(
            new Rule("SINGLE_CHOICE", KP_A, 2, 4, 3, 2),
            new Rule("SINGLE_CHOICE", KP_A, 1, 5, 4, 3),
            new Rule("TRUE_FALSE", KP_B, 1, 5, 2, 1),
            new Rule("ORDERING", KP_B, 1, 5, 2, 5));

    @BeforeAll
    static void peopleAndQuestions() throws Exception {
        people = ReviewPeople.create(SUFFIX);
        outsider = "pp-outsider-" + SUFFIX;
        TestResources.outsider(outsider);
        for (int i = 0; i < 8; i++) {
            SINGLES.add(question("SINGLE_CHOICE", i % 5 + 1, List.of(KP_A), "\"options\":[\"对接\",\"角接\",\"搭接\"],"
                    + "\"key\":{\"correct\":[" + i % 3 + "]}"));
        }
        for (int i = 0; i < 3; i++) {
            question("MULTIPLE_CHOICE", 2, List.of(KP_A), "\"options\":[\"咬边\",\"气孔\",\"焊瘤\"],"
                    + "\"key\":{\"correct\":[0,2],\"scoring\":\"PARTIAL\"}");
        }
        for (int i = 0; i < 4; i++) {
            TRUE_FALSES.add(question("TRUE_FALSE", 3, List.of(KP_A, KP_B), "\"key\":{\"truth\":" + (i % 2 == 0) + "}"));
        }
        for (int i = 0; i < 2; i++) {
            question("ORDERING", 4, List.of(KP_B), "\"options\":[\"清理\",\"定位焊\",\"焊接\"]");
        }
        fillIn = question("FILL_BLANK", 2, List.of(KP_B), "\"key\":{\"blanks\":[[\"焊芯\"]]}");
        compound = question("COMPOUND", 3, List.of(KP_B), "\"parts\":[" + part(true) + "," + part(false) + "]");
        assertEquals(2, TestDatabase.queryLong("select count(*) from question where parent_id = ?", compound));
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update("delete from exam_paper where author_id in (select id from user_account where username"
                + " in (?, ?, ?))", people.author, people.courseLead, outsider);
        TestDatabase.update("delete from question where author_id in (select id from user_account where username"
                + " = ?)", people.author);
        TestResources.forget(outsider);
        people.forget();
    }

    @Test
    void aRandomPaperWithOverlappingRules_isDrawnPerSeed_meetingEveryRuleAndNeverRepeatingAQuestion() {
        ApiClient author = ApiClient.as(people.author);
        HttpResponse<String> created = author.postJson("/api/v1/papers", random("随机卷" + SUFFIX, RULES));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/papers/" + id));
        assertEquals("RANDOM", ApiClient.json(created.body(), "kind"));
        assertEquals("11", ApiClient.json(created.body(), "questionCount"), created.body());
        assertEquals(0, new BigDecimal("30").compareTo(new BigDecimal(ApiClient.json(created.body(), "totalPoints"))));
        assertTrue(author.get("/api/v1/papers?libraryId=" + people.library).body().contains("随机卷" + SUFFIX));

        Set<List<Long>> orders = new HashSet<>();
        for (int seed = 1; seed <= 20; seed++) {
            HttpResponse<String> draw = author.get("/api/v1/papers/" + id + "/draw?seed=" + seed);
            assertEquals(200, draw.statusCode(), draw.body());
            List<Long> order = assertRulesMet(draw.body());
            orders.add(order);
            assertEquals(order, drawn(author.get("/api/v1/papers/" + id + "/draw?seed=" + seed).body()).stream()
                    .map(Drawn::id).toList(), "the same seed gives the same paper");
        }
        assertTrue(orders.size() >= 2, "learners get different papers: " + orders.size());
        assertEquals(200, author.get("/api/v1/papers/" + id + "/draw").statusCode(), "a random seed when none given");
        assertEquals(400, author.get("/api/v1/papers/" + id + "/draw?seed=abc").statusCode());
    }

    @Test
    void aFixedPaper_drawsExactlyItsQuestionsWithTheirPoints_andKeepsThemFromBeingDeleted() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long tf = TRUE_FALSES.get(0);
        HttpResponse<String> created = author.postJson("/api/v1/papers", "{\"libraryId\":" + people.library
                + ",\"title\":\"固定卷" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + SINGLES.get(0)
                + ",\"points\":4},{\"questionId\":" + tf + "},{\"questionId\":" + fillIn + ",\"points\":6.5}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(ApiClient.json(created.body(),
                "totalPoints"))), "4 + the question's own 2 + 6.5: " + created.body());
        Map<Long, BigDecimal> points = Map.of(SINGLES.get(0), new BigDecimal("4"), tf, new BigDecimal("2"), fillIn,
                new BigDecimal("6.5"));
        Set<List<Long>> orders = new HashSet<>();
        for (int seed = 1; seed <= 20; seed++) {
            List<Drawn> drawn = drawn(author.get("/api/v1/papers/" + id + "/draw?seed=" + seed).body());
            assertEquals(points.keySet(), new HashSet<>(drawn.stream().map(Drawn::id).toList()));
            assertEquals(3, drawn.size());
            drawn.forEach(d -> assertEquals(0, points.get(d.id()).compareTo(d.points()), d.toString()));
            orders.add(drawn.stream().map(Drawn::id).toList());
        }
        assertTrue(orders.size() >= 2, "the order is shuffled per learner: " + orders);

        HttpResponse<String> inUse = author.delete("/api/v1/questions/" + tf);
        assertEquals(400, inUse.statusCode(), inUse.body());
        assertTrue(inUse.body().contains("这道试题已被试卷使用"), inUse.body());
        assertEquals(204, author.delete("/api/v1/papers/" + id).statusCode());
        assertEquals(404, author.get("/api/v1/papers/" + id).statusCode());
        assertEquals(0, TestDatabase.queryLong("select count(*) from exam_paper_question where paper_id = ?", id));
        assertEquals(1, TestDatabase.queryLong("select count(*) from question where id = ?", tf));
    }

    @Test
    void aRuleTheLibraryCannotMeet_is400NamingTheRuleAndWhatIsAvailable_inTheCallersLanguage() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = papers();
        String tooMany = random("太多" + SUFFIX, List.of(new Rule("SINGLE_CHOICE", KP_A, 1, 5, 50, 2)));
        HttpResponse<String> zh = author.postJson("/api/v1/papers", tooMany);
        assertEquals(400, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("第 1 条规则（单选题）需要 50 道题，但符合条件且未被前面规则抽走的只有 8 道。"),
                zh.body());
        HttpResponse<String> en = author.inLanguage("en").postJson("/api/v1/papers", tooMany);
        assertEquals(400, en.statusCode(), en.body());
        assertTrue(en.body().contains("Rule 1 (Single choice) needs 50 questions, but only 8 match it that earlier"
                + " rules have not drawn."), en.body());

        HttpResponse<String> overlap = author.postJson("/api/v1/papers", random("重叠" + SUFFIX, List.of(
                new Rule("SINGLE_CHOICE", KP_A, 1, 5, 5, 2), new Rule("SINGLE_CHOICE", KP_A, 1, 5, 4, 2))));
        assertEquals(400, overlap.statusCode(), overlap.body());
        assertTrue(overlap.body().contains("第 2 条规则（单选题）需要 4 道题，但符合条件且未被前面规则抽走的只有 3 道"),
                "what rule 1 took is not available to rule 2: " + overlap.body());
        HttpResponse<String> parts = author.postJson("/api/v1/papers", random("小题" + SUFFIX, List.of(
                new Rule("TRUE_FALSE", KP_B, 1, 5, 5, 1))));
        assertEquals(400, parts.statusCode(), parts.body());
        assertTrue(parts.body().contains("只有 4 道"), "a compound question's parts are no candidates: " + parts.body());
        assertEquals(before, papers(), "a refused paper is not stored");
    }

    @Test
    void malformedAndInvalidBodies_are400InTheCallersLanguage_andNothingIsWritten() throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = papers();
        HttpResponse<String> broken = author.postJson("/api/v1/papers", "{\"libraryId\":");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("请求正文不是可读取的 JSON"), broken.body());
        HttpResponse<String> kind = author.postJson("/api/v1/papers", "{\"libraryId\":" + people.library
                + ",\"title\":\"卷\",\"kind\":\"MIXED\"}");
        assertEquals(400, kind.statusCode(), kind.body());
        assertTrue(kind.body().contains("必须是 FIXED 或 RANDOM"), kind.body());
        String twice = "{\"libraryId\":" + people.library + ",\"title\":\"重复" + SUFFIX + "\",\"kind\":\"FIXED\","
                + "\"questions\":[{\"questionId\":" + fillIn + "},{\"questionId\":" + fillIn + "}]}";
        HttpResponse<String> repeated = author.postJson("/api/v1/papers", twice);
        assertEquals(400, repeated.statusCode(), repeated.body());
        assertTrue(repeated.body().contains("试题 " + fillIn + " 在试卷中出现了不止一次"), repeated.body());
        assertTrue(author.inLanguage("en").postJson("/api/v1/papers", twice).body()
                .contains("Question " + fillIn + " is in the paper more than once."));
        long part = TestDatabase.queryLong("select min(id) from question where parent_id = ?", compound);
        HttpResponse<String> alone = author.postJson("/api/v1/papers", "{\"libraryId\":" + people.library
                + ",\"title\":\"小题" + SUFFIX + "\",\"kind\":\"FIXED\",\"questions\":[{\"questionId\":" + part + "}]}");
        assertEquals(400, alone.statusCode(), alone.body());
        assertTrue(alone.body().contains("小题不能单独组卷"), alone.body());
        HttpResponse<String> range = author.postJson("/api/v1/papers", random("难度" + SUFFIX,
                List.of(new Rule("SINGLE_CHOICE", KP_A, 4, 2, 1, 2))));
        assertEquals(400, range.statusCode(), range.body());
        assertTrue(range.body().contains("第 1 条规则的难度范围"), range.body());
        HttpResponse<String> blocked = author.postJson("/api/v1/papers", random("低价代考" + SUFFIX, RULES));
        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(blocked.body().contains("低价代考"), "the blocked word in the title is named: " + blocked.body());
        assertEquals(before, papers(), "no refused body leaves a paper behind");
    }

    @Test
    void anotherSchoolsTeacherIsNotFound_aColleagueWhoIsNotTheAuthorIsForbidden() throws Exception {
        long id = create(random("权限卷" + SUFFIX, RULES));
        ApiClient stranger = ApiClient.as(outsider);
        assertEquals(404, stranger.get("/api/v1/papers/" + id).statusCode());
        assertEquals(404, stranger.get("/api/v1/papers/" + id + "/draw?seed=1").statusCode());
        assertEquals(404, stranger.delete("/api/v1/papers/" + id).statusCode());
        assertEquals(403, stranger.get("/api/v1/papers?libraryId=" + people.library).statusCode());
        assertEquals(403, stranger.postJson("/api/v1/papers", random("外校" + SUFFIX, RULES)).statusCode());
        assertEquals(401, ApiClient.anonymous().get("/api/v1/papers?libraryId=" + people.library).statusCode());

        ApiClient colleague = ApiClient.as(people.courseLead);
        HttpResponse<String> seen = colleague.get("/api/v1/papers/" + id);
        assertEquals(200, seen.statusCode(), "the library's teachers see it");
        assertEquals("false", ApiClient.json(seen.body(), "mayChange"), seen.body());
        assertEquals(403, colleague.delete("/api/v1/papers/" + id).statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where action = 'PAPER_DELETE'"
                + " and outcome = 'DENIED' and target = ?", "paper:" + id), "the refusal is audited");
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_paper where id = ?", id));
    }

    @Test
    void aCrossSitePostOrDeleteWithTheTeachersSession_isRefused() throws Exception {
        long id = create(random("跨站卷" + SUFFIX, RULES));
        long before = papers();
        CrossSiteApi forged = CrossSiteApi.victim(people.author);
        forged.assertLive();
        CrossSiteApi.assertRefused(forged.send("POST", "/api/v1/papers", random("伪造" + SUFFIX, RULES)));
        CrossSiteApi.assertRefused(forged.send("DELETE", "/api/v1/papers/" + id, null));
        assertEquals(before, papers(), "nothing was written or deleted from the other site");
        assertEquals(1, TestDatabase.queryLong("select count(*) from exam_paper where id = ?", id));
    }

    /** Each rule's count of questions, told apart by their points, matching the rule; no repeat; only ours. */
    private static List<Long> assertRulesMet(String body) {
        List<Drawn> drawn = drawn(body);
        assertEquals(11, drawn.size(), body);
        assertEquals(11, new HashSet<>(drawn.stream().map(Drawn::id).toList()).size(), "no question twice: " + body);
        for (Rule rule : RULES) {
            List<Drawn> ofRule = drawn.stream().filter(d -> d.points().compareTo(BigDecimal.valueOf(rule.points()))
                    == 0).toList();
            assertEquals(rule.count(), ofRule.size(), rule + " in " + body);
            for (Drawn d : ofRule) {
                Spec spec = QUESTIONS.get(d.id());
                assertTrue(spec != null, "a top-level question of ours, never a part: " + d.id());
                assertTrue(rule.matches(spec), rule + " drew " + spec);
                if (spec.type().equals("SINGLE_CHOICE") || spec.type().equals("ORDERING")) {
                    assertEquals(Set.of(0, 1, 2), new HashSet<>(d.optionOrder()), "an option permutation: " + body);
                } else {
                    assertEquals(List.of(), d.optionOrder(), body);
                }
            }
        }
        return drawn.stream().map(Drawn::id).toList();
    }

    private record Drawn(long id, BigDecimal points, List<Integer> optionOrder) {
    }

    private static List<Drawn> drawn(String body) {
        List<Drawn> drawn = new ArrayList<>();
        Matcher object = OBJECT.matcher(body);
        while (object.find()) {
            String json = object.group();
            Matcher order = OPTION_ORDER.matcher(json);
            assertTrue(order.find(), json);
            List<Integer> options = order.group(1).isBlank() ? List.of() : Arrays.stream(order.group(1).split(","))
                    .map(String::strip).map(Integer::valueOf).toList();
            drawn.add(new Drawn(Long.parseLong(ApiClient.json(json, "questionId")),
                    new BigDecimal(ApiClient.json(json, "points")), options));
        }
        return drawn;
    }

    private static String random(String title, List<Rule> rules) {
        return "{\"libraryId\":" + people.library + ",\"title\":\"" + title + "\",\"kind\":\"RANDOM\",\"rules\":["
                + String.join(",", rules.stream().map(Rule::json).toList()) + "]}";
    }

    private static long create(String json) {
        HttpResponse<String> created = ApiClient.as(people.author).postJson("/api/v1/papers", json);
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long papers() throws Exception {
        return TestDatabase.queryLong("select count(*) from exam_paper where library_id = ?", people.library);
    }

    private static long question(String type, int difficulty, List<String> knowledgePoints, String rest) {
        String stem = type + "-" + QUESTIONS.size() + "-" + SUFFIX + (type.equals("FILL_BLANK") ? " ____" : "");
        HttpResponse<String> created = ApiClient.as(people.author).postJson("/api/v1/questions", "{\"libraryId\":"
                + people.library + ",\"type\":\"" + type + "\",\"stem\":\"" + stem + "\",\"difficulty\":" + difficulty
                + (type.equals("COMPOUND") ? "" : ",\"points\":2") + ",\"knowledgePoints\":[\""
                + String.join("\",\"", knowledgePoints) + "\"]," + rest + "}");
        assertEquals(201, created.statusCode(), type + " → " + created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        QUESTIONS.put(id, new Spec(type, difficulty, knowledgePoints));
        return id;
    }

    private static String part(boolean truth) {
        return "{\"type\":\"TRUE_FALSE\",\"stem\":\"小题" + truth + SUFFIX + "\",\"key\":{\"truth\":" + truth + "},"
                + "\"difficulty\":3,\"points\":1,\"knowledgePoints\":[\"" + KP_B + "\"]}";
    }
}
