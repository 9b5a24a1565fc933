package org.ziyuanku.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.ResourceUploadPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * A blocked sensitive word cannot be smuggled past the screen: split by zero-width or other invisible characters, by
 * spaces or full-width punctuation, or written in traditional characters, it is refused in a title and in a
 * description when a resource is uploaded or described anew (REST and the upload page), naming the word, and in the
 * extracted text when it is submitted; nothing is stored. A flagged word written in traditional characters is marked
 * where it stands in the original text of the reviewer's task. The words are added through the API by a security
 * administrator and deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SensitiveWordEvasionIT extends BrowserTest {

    private static final String WORDS = "/api/v1/sensitive-words";
    private static final String NUMBER = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String SECURITY_ADMIN = "evasion-secadmin-" + NUMBER;
    /** The blocked word as the dictionary has it, and its characters for splitting. */
    private static final String BLOCKED = "违规词语" + NUMBER;
    private static final String FLAGGED = "内部资讯" + NUMBER;
    private static final String FLAGGED_TRADITIONAL = "內部資訊" + NUMBER;
    private static final List<String> CREATED = new ArrayList<>();
    private static ReviewPeople people;

    @TempDir
    Path folder;

    @BeforeAll
    static void wordsAndPeople() throws Exception {
        people = ReviewPeople.create("ev" + NUMBER);
        TestKeycloak.createUser(SECURITY_ADMIN, "security-admin");
        add(BLOCKED, "BLOCK");
        add(FLAGGED, "FLAG");
    }

    @AfterAll
    static void forget() throws Exception {
        ApiClient admin = ApiClient.as(SECURITY_ADMIN);
        CREATED.forEach(id -> admin.delete(WORDS + "/" + id));
        people.forget();
    }

    private static void add(String word, String severity) {
        HttpResponse<String> created = ApiClient.as(SECURITY_ADMIN).postJson(WORDS, "{\"word\":\"" + word
                + "\",\"category\":\"OTHER\",\"severity\":\"" + severity + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        CREATED.add(ApiClient.json(created.body(), "id"));
    }

    /** Every evasion class: the blocked word written with the separator between each of its Chinese characters. */
    static Stream<Arguments> evasions() {
        return Stream.of(Arguments.of("zero-width space", split("\u200B")),
                Arguments.of("zero-width non-joiner", split("\u200C")),
                Arguments.of("zero-width joiner", split("\u200D")),
                Arguments.of("word joiner", split("\u2060")), Arguments.of("BOM", split("\uFEFF")),
                Arguments.of("soft hyphen", split("\u00AD")), Arguments.of("space", split(" ")),
                Arguments.of("ideographic space", split("\u3000")), Arguments.of("full-width comma", split("，")),
                Arguments.of("middle dot", split("·")), Arguments.of("ideographic comma", split("、")),
                Arguments.of("traditional", "違規詞語" + NUMBER),
                Arguments.of("traditional, zero-width and dot", "違\u200B規·詞 語" + NUMBER),
                Arguments.of("full-width digits", "违规词语" + toFullWidth(NUMBER)));
    }

    private static String split(String separator) {
        return String.join(separator, "违", "规", "词", "语") + NUMBER;
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    private static HttpResponse<String> upload(ApiClient client, String title, String description, byte[] text) {
        return client.upload("/api/v1/libraries/" + people.library + "/resources", "说明.txt", text,
                ApiClient.fields("title", title, "description", description, "courseName", "焊接工艺"));
    }

    private static byte[] text(String content) {
        return (content + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefusedNamingTheWord(HttpResponse<String> refused, String words) {
        assertEquals(400, refused.statusCode(), refused.body());
        String message = ApiClient.json(refused.body(), "message");
        assertTrue(message.contains(words) && message.contains(BLOCKED), refused.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evasions")
    void upload_blockedWordEvaded_inTitleOrDescription_isRefusedNamingTheWord(String evasion, String written)
            throws Exception {
        ApiClient author = ApiClient.as(people.author);
        long before = TestResources.uploadsOf(people.author);

        assertRefusedNamingTheWord(upload(author, "焊接" + written + "讲义", "普通说明", text("焊接")), "敏感词");
        assertRefusedNamingTheWord(upload(author, "焊接讲义", "本资料含" + written + "。", text("焊接")), "敏感词");
        assertRefusedNamingTheWord(upload(author.inLanguage("en"), "Welding " + written, "", text("焊接")),
                "blocked sensitive words");
        assertEquals(before, TestResources.uploadsOf(people.author), "nothing stored");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evasions")
    void describe_blockedWordEvaded_inTitleOrDescription_isRefused_andTheResourceIsUnchanged(String evasion,
            String written) {
        ApiClient author = ApiClient.as(people.author);
        HttpResponse<String> created = upload(author, "焊接讲义" + NUMBER, "普通说明", text("焊接"));
        assertEquals(201, created.statusCode(), created.body());
        String path = "/api/v1/resources/" + ApiClient.json(created.body(), "id");

        assertRefusedNamingTheWord(author.putJson(path + "/description", "{\"title\":\"焊" + written
                + "\",\"description\":\"普通说明\",\"courseName\":\"焊接工艺\"}"), "敏感词");
        assertRefusedNamingTheWord(author.putJson(path + "/description", "{\"title\":\"焊接讲义\",\"description\":"
                + "\"说明" + written + "\",\"courseName\":\"焊接工艺\"}"), "敏感词");
        String now = author.get(path).body();
        assertEquals("焊接讲义" + NUMBER, ApiClient.json(now, "title"), now);
        assertEquals("普通说明", ApiClient.json(now, "description"), now);
    }

    @Test
    void submit_blockedWordEvadedInTheExtractedText_isRefusedNamingTheWord() {
        HttpResponse<String> created = upload(ApiClient.as(people.author), "焊接讲义", "普通说明",
                text("正文：" + split("\u200B").replace("规", "規")));
        assertEquals(201, created.statusCode(), "the content's text is screened at submission: " + created.body());

        HttpResponse<String> refused = TestReview.submit(people.author, Long.parseLong(ApiClient.json(created.body(),
                "id")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(ApiClient.json(refused.body(), "message").contains(BLOCKED), refused.body());
    }

    @Test
    void flaggedWordInTraditional_isMarkedInTheOriginalText_ofTheReviewersTask() {
        TestReview.levels(people.administrator, people.library, "UNIT_REVIEWER");
        String description = "请勿外传" + FLAGGED_TRADITIONAL + "，另见内\u200B部·资讯" + NUMBER + "。";
        HttpResponse<String> created = upload(ApiClient.as(people.author), "焊接规程" + NUMBER, description,
                text("焊接"));
        assertEquals(201, created.statusCode(), "a flagged word does not stop the upload: " + created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        assertEquals(200, TestReview.submit(people.author, id).statusCode());

        HttpResponse<String> task = ApiClient.as(people.reviewer).get("/api/v1/reviews/tasks/"
                + TestReview.taskFor(people.reviewer, id));
        assertEquals(200, task.statusCode(), task.body());
        assertTrue(task.body().contains(FLAGGED), "the flagged word travels with the task: " + task.body());
        assertEquals(List.of(FLAGGED_TRADITIONAL, "内\u200B部·资讯" + NUMBER), flaggedSegments(task.body()),
                task.body());
    }

    /** The texts of the segments marked as flagged, in order. */
    private static List<String> flaggedSegments(String json) {
        List<String> flagged = new ArrayList<>();
        Matcher segment = Pattern.compile("\\{[^{}]*\"flagged\"\\s*:\\s*true[^{}]*\\}").matcher(json);
        while (segment.find()) {
            flagged.add(unescaped(ApiClient.json(segment.group(), "text")));
        }
        return flagged;
    }

    /** JSON text with {@code \\uXXXX} escapes read as the characters they stand for. */
    private static String unescaped(String json) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json).replaceAll(u -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(u.group(1), 16))));
    }

    @Test
    void uploadPage_blockedWordInTraditionalWithADot_isRefusedNamingTheWord() throws Exception {
        Path file = Files.write(folder.resolve("違·規詞語" + NUMBER + ".txt"), text("焊接"));
        long before = TestResources.uploadsOf(people.author);
        signInAfresh(people.author);

        List<String> results = ResourceUploadPage.open(driver, Deployments.BASE_URL, people.library)
                .upload("焊接工艺", file).results();

        assertEquals(1, results.size(), results.toString());
        assertTrue(results.get(0).contains("敏感词") && results.get(0).contains(BLOCKED), results.toString());
        assertEquals(before, TestResources.uploadsOf(people.author));
    }
}
