package org.ziyuanku.it.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Library Q&A (答疑) through the REST API: a learner asks about a published resource of the welding library, a
 * teacher of the library's team answers and marks the best answer; another learner typing a paraphrase is suggested
 * that question (close enough to be offered before posting), an unrelated text is not; the team promotes it to the
 * FAQ, which anyone reads. A learner or a teacher outside the library cannot mark best or promote (403, audited
 * DENIED); a blocked word is refused naming it; bad input is 400, unknown ids 404; cookies from another site are
 * refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryQuestionIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String TEACHER = "lq-teacher-" + SUFFIX;
    private static final String OUTSIDER = "lq-outsider-" + SUFFIX;
    private static final String ASKER = "lq-asker-" + SUFFIX;
    private static final String OTHER = "lq-other-" + SUFFIX;
    private static final String BLOCKED = "问答禁词" + SUFFIX;
    private static final String QUESTIONS = QaWorld.QUESTIONS;
    private static long library;
    private static long resource;
    private static long blockedWord;

    @BeforeAll
    static void aPublishedResourceAndItsPeople() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(TEACHER);
        TestResources.outsider(OUTSIDER);
        QaWorld.learner(ASKER);
        QaWorld.learner(OTHER);
        resource = QaWorld.publishedResource(TEACHER, library, SUFFIX);
        blockedWord = QaWorld.word(BLOCKED, "BLOCK");
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from sensitive_word where id = ?", blockedWord);
        QaWorld.forget(resource, TEACHER, OUTSIDER, ASKER, OTHER);
    }

    @Test
    void aParaphraseOfAnAnsweredQuestion_isSuggested_andItsFaqIsPublic() throws Exception {
        long question = QaWorld.ask(ASKER, resource, "埋弧焊的焊剂使用前为什么要烘干");
        HttpResponse<String> open = ApiClient.as(OTHER).get(QaWorld.similar(resource, "埋弧焊焊剂需要烘干吗"));
        assertFalse(open.body().contains("\"id\":" + question), "an unanswered question is not suggested");
        long answer = QaWorld.answer(TEACHER, question, "焊剂受潮会带入氢，产生气孔，须按说明书烘干。");
        HttpResponse<String> best = ApiClient.as(TEACHER).post("/api/v1/library-answers/" + answer + "/best");
        assertEquals(200, best.statusCode(), best.body());
        assertEquals("ANSWERED", ApiClient.json(best.body(), "status"));

        HttpResponse<String> near = ApiClient.as(OTHER).get(QaWorld.similar(resource, "埋弧焊焊剂需要烘干吗？"));
        assertEquals(200, near.statusCode(), near.body());
        assertEquals(Long.toString(question), ApiClient.json(near.body(), "id"), near.body());
        assertEquals("true", ApiClient.json(near.body(), "close"), near.body());
        assertTrue(near.body().contains("须按说明书烘干"), near.body());
        HttpResponse<String> unrelated = ApiClient.as(OTHER).get(QaWorld.similar(resource, "静脉输液怎么排气"));
        assertEquals(200, unrelated.statusCode(), unrelated.body());
        assertFalse(unrelated.body().contains("\"id\":" + question), unrelated.body());

        HttpResponse<String> promote = ApiClient.as(TEACHER).post(QUESTIONS + "/" + question + "/faq");
        assertEquals(200, promote.statusCode(), promote.body());
        HttpResponse<String> faq = ApiClient.anonymous().get(QUESTIONS + "/faq?library=" + library);
        assertEquals(200, faq.statusCode(), faq.body());
        assertTrue(faq.body().contains("\"id\":" + question) && faq.body().contains("须按说明书烘干"), faq.body());
        HttpResponse<String> thread = ApiClient.anonymous().get(QUESTIONS + "/" + question);
        assertEquals(200, thread.statusCode(), thread.body());
        assertTrue(thread.body().contains("\"staff\":true") && thread.body().contains("\"best\":true"),
                thread.body());
    }

    @Test
    void aLearner_orATeacherOutsideTheLibrary_cannotMarkBestOrPromote() throws Exception {
        long question = QaWorld.ask(ASKER, resource, "焊缝余高多少合适");
        long answer = QaWorld.answer(OTHER, question, "一般 0～3 毫米");
        long before = QaWorld.denials(ASKER, "LIBRARY_ANSWER_BEST");
        HttpResponse<String> learnerBest = ApiClient.as(ASKER).post("/api/v1/library-answers/" + answer + "/best");
        HttpResponse<String> outsiderBest = ApiClient.as(OUTSIDER).post("/api/v1/library-answers/" + answer + "/best");
        assertEquals(403, learnerBest.statusCode(), learnerBest.body());
        assertEquals(403, outsiderBest.statusCode(), outsiderBest.body());
        assertEquals(before + 1, QaWorld.denials(ASKER, "LIBRARY_ANSWER_BEST"));
        assertEquals("false", TestDatabase.queryString("select best::text from library_answer where id = ?", answer));

        HttpResponse<String> early = ApiClient.as(TEACHER).post(QUESTIONS + "/" + question + "/faq");
        assertEquals(409, early.statusCode(), early.body());
        assertEquals(200, ApiClient.as(TEACHER).post("/api/v1/library-answers/" + answer + "/best").statusCode());
        HttpResponse<String> learnerPromote = ApiClient.as(ASKER).post(QUESTIONS + "/" + question + "/faq");
        assertEquals(403, learnerPromote.statusCode(), learnerPromote.body());
        assertEquals(1, QaWorld.denials(ASKER, "LIBRARY_FAQ_PROMOTE"));
        assertEquals("false", TestDatabase.queryString("select faq::text from library_question where id = ?",
                question));
        HttpResponse<String> staffFlag = ApiClient.as(TEACHER).get(QUESTIONS + "/" + question);
        assertTrue(staffFlag.body().contains("\"staff\":false"), "a learner's answer is not staff's");
    }

    @Test
    void aBlockedWord_isRefusedNamingIt_andNothingIsStored() throws Exception {
        long before = questions();
        HttpResponse<String> blocked = ApiClient.as(ASKER).postJson(QUESTIONS, "{\"resourceId\":" + resource
                + ",\"title\":\"请问" + BLOCKED + "怎么办\"}");
        assertEquals(400, blocked.statusCode(), blocked.body());
        assertTrue(ApiClient.json(blocked.body(), "message").contains(BLOCKED), blocked.body());
        assertEquals(before, questions());
        long question = QaWorld.ask(ASKER, resource, "回答里的禁词");
        HttpResponse<String> answer = ApiClient.as(TEACHER).postJson(QUESTIONS + "/" + question + "/answers",
                "{\"body\":\"含" + BLOCKED + "\"}");
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(ApiClient.json(answer.body(), "message").contains(BLOCKED), answer.body());
        assertEquals(0, TestDatabase.queryLong("select count(*) from library_answer where question_id = ?",
                question));
    }

    @Test
    void badInput_is400_unknownIds404_anonymousAsking403() throws Exception {
        long before = questions();
        List<HttpResponse<String>> bad = List.of(ApiClient.as(ASKER).get(QUESTIONS),
                ApiClient.as(ASKER).get(QUESTIONS + "/similar?q=x"),
                ApiClient.as(ASKER).get(QUESTIONS + "?resource=abc"),
                ApiClient.as(ASKER).postJson(QUESTIONS, "{\"title\":"),
                ApiClient.as(ASKER).postJson(QUESTIONS, "{\"title\":\"没有资源\"}"),
                ApiClient.as(ASKER).postJson(QUESTIONS, "{\"resourceId\":" + resource + ",\"title\":\"  \"}"),
                ApiClient.as(ASKER).postJson(QUESTIONS, "{\"resourceId\":" + resource + ",\"title\":\""
                        + "长".repeat(101) + "\"}"));
        for (HttpResponse<String> r : bad) {
            assertEquals(400, r.statusCode(), r.body());
        }
        assertEquals(before, questions());
        assertEquals(404, ApiClient.as(ASKER).get(QUESTIONS + "?resource=" + Long.MAX_VALUE).statusCode());
        assertEquals(404, ApiClient.as(ASKER).get(QUESTIONS + "/" + Long.MAX_VALUE).statusCode());
        assertEquals(404, ApiClient.as(TEACHER).post("/api/v1/library-answers/" + Long.MAX_VALUE + "/best")
                .statusCode());
        assertEquals(404, ApiClient.anonymous().get(QUESTIONS + "/faq?library=" + Long.MAX_VALUE).statusCode());
        HttpResponse<String> anonymous = ApiClient.anonymous().postJson(QUESTIONS, "{\"resourceId\":" + resource
                + ",\"title\":\"匿名提问\"}");
        assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 403, anonymous.body());
        assertEquals(before, questions());
    }

    @Test
    void cookiesFromAnotherSite_areRefused_andChangeNothing() throws Exception {
        long question = QaWorld.ask(ASKER, resource, "跨站之前的问题");
        long answer = QaWorld.answer(TEACHER, question, "原回答");
        CrossSiteApi learner = CrossSiteApi.victim(ASKER);
        learner.assertLive();
        CrossSiteApi teacher = CrossSiteApi.victim(TEACHER);
        teacher.assertLive();
        CrossSiteApi.assertRefused(learner.send("POST", QUESTIONS, "{\"resourceId\":" + resource
                + ",\"title\":\"跨站提问\"}"));
        CrossSiteApi.assertRefused(learner.send("POST", QUESTIONS + "/" + question + "/answers", "{\"body\":\"跨站\"}"));
        CrossSiteApi.assertRefused(teacher.send("POST", "/api/v1/library-answers/" + answer + "/best", null));
        CrossSiteApi.assertRefused(teacher.send("POST", QUESTIONS + "/" + question + "/faq", null));
        assertEquals(0, TestDatabase.queryLong("select count(*) from library_question where title = '跨站提问'"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from library_answer where question_id = ?",
                question));
        assertEquals("false", TestDatabase.queryString("select best::text from library_answer where id = ?", answer));
    }

    private static long questions() throws Exception {
        return TestDatabase.queryLong("select count(*) from library_question where resource_id = ?", resource);
    }
}
