package org.ziyuanku.it.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.ApiRefusals;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.CrossSiteApi;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * Two-way annotation from a course item's and a bank question's own side (issue 16 item 1): the course lead tags an
 * item of the course, the question's author tags the question, with a skill point of the library; the node then lists
 * them (the item for everybody, the question for those who work in the bank) and untagging takes them off. The tag
 * forms on the course outline and the question editor do the same in the browser. Another school's teacher is
 * refused on the published course's item (403, audited) and does not find the question (404); a fellow teacher who
 * did not write the question is refused (403, audited); a job node or unknown ids are 404, a body without a node 400;
 * a cross-site POST or DELETE with the lead's session cookie is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemTagIT extends BrowserTest {

    private static final String SUFFIX = "-it" + System.currentTimeMillis() % 100_000;
    private static final String ADMIN = "itag-admin" + SUFFIX;
    private static final String LEAD = "itag-lead" + SUFFIX;
    private static final String FELLOW = "itag-fellow" + SUFFIX;
    private static final String OUTSIDER = "itag-outsider" + SUFFIX;
    private static final String SKILL = "立焊技能" + SUFFIX;
    private static final String KNOWLEDGE = "立焊要领" + SUFFIX;
    private static long library;
    private static long resource;
    private static long item;
    private static long twoItems;
    private static long question;
    private static long skill;
    private static long knowledge;
    private static long job;

    @BeforeAll
    static void aCourseItemAQuestionAndThePoints() throws Exception {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(LEAD);
        TestResources.contributor(FELLOW);
        TestResources.libraryAdministrator(ADMIN, library);
        TestResources.outsider(OUTSIDER);
        resource = GraphWorld.publishedResource(LEAD, library, "立焊示范" + SUFFIX);
        long lead = TestDatabase.queryLong("select id from user_account where username = ?", LEAD);
        long course = CourseFixtures.publishedCourse(library, lead, "IT" + SUFFIX, resource);
        item = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 3", course);
        twoItems = CourseFixtures.publishedCourse(library, lead, "IT2" + SUFFIX, resource, resource);
        HttpResponse<String> created = ApiClient.as(LEAD).postJson("/api/v1/questions", "{\"libraryId\":" + library
                + ",\"type\":\"TRUE_FALSE\",\"stem\":\"立焊判断题" + SUFFIX + "\",\"key\":{\"truth\":true}}");
        assertEquals(201, created.statusCode(), created.body());
        question = Long.parseLong(ApiClient.json(created.body(), "id"));
        skill = GraphWorld.node(ADMIN, library, "SKILL", SKILL);
        knowledge = GraphWorld.node(ADMIN, library, "KNOWLEDGE", KNOWLEDGE);
        job = GraphWorld.node(ADMIN, library, "JOB", "立焊岗位" + SUFFIX);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        GraphWorld.forgetNodes(SUFFIX);
        TestDatabase.update("delete from question where id = ?", question);
        TestDatabase.update("delete from question where stem like ?", "%" + SUFFIX);
    }

    @Test
    void aNewVersionOfAnApprovedQuestion_keepsItsPoints() throws Exception {
        ApiClient lead = ApiClient.as(LEAD);
        HttpResponse<String> created = lead.postJson("/api/v1/questions", trueFalse("立焊版本题" + SUFFIX));
        assertEquals(201, created.statusCode(), created.body());
        long approved = Long.parseLong(ApiClient.json(created.body(), "id"));
        // approved as review would (the review itself: QuestionReviewIT), tagged with a knowledge point
        TestDatabase.update("update question set status = 'PUBLISHED' where id = ?", approved);
        TestDatabase.update("insert into graph_node_question (node_id, question_id) values (?, ?)", knowledge,
                approved);

        HttpResponse<String> changed = lead.putJson("/api/v1/questions/" + approved,
                trueFalse("立焊版本题（改）" + SUFFIX));
        assertEquals(200, changed.statusCode(), changed.body());
        long version = Long.parseLong(ApiClient.json(changed.body(), "id"));
        assertNotEquals(approved, version, "changing an approved question makes a new version");
        String tags = lead.get("/api/v1/questions/" + version + "/tags").body();
        assertTrue(tags.contains("\"nodeId\":" + knowledge + ","), "the new version keeps the point: " + tags);
    }

    private static String trueFalse(String stem) {
        return "{\"libraryId\":" + library + ",\"type\":\"TRUE_FALSE\",\"stem\":\"" + stem
                + "\",\"key\":{\"truth\":true}}";
    }

    @Test
    void leadTagsTheItem_authorTagsTheQuestion_theNodeListsThem_untagTakesThemOff() {
        ApiClient lead = ApiClient.as(LEAD);
        String choices = lead.get(items() + "/choices?q=" + Http.encode("立焊")).body();
        assertTrue(choices.contains("\"nodeId\":" + skill + ",\"type\":\"SKILL\""), choices);
        assertFalse(choices.contains("\"nodeId\":" + job + ","), "a job is no point to tag with: " + choices);

        HttpResponse<String> tagged = lead.postJson(items(), "{\"nodeId\":" + skill + "}");
        assertEquals(200, tagged.statusCode(), tagged.body());
        assertTrue(tagged.body().contains("\"name\":\"" + SKILL + "\""), tagged.body());
        HttpResponse<String> taggedQuestion = lead.postJson(questions(), "{\"nodeId\":" + skill + "}");
        assertEquals(200, taggedQuestion.statusCode(), taggedQuestion.body());
        assertEquals(taggedQuestion.body(), lead.get(questions()).body());

        String anonymous = ApiClient.anonymous().get(GraphWorld.graph(library) + "/nodes/" + skill).body();
        assertTrue(anonymous.contains("\"id\":" + item + ",\"kind\":\"COURSE_ITEM\""), anonymous);
        String bank = lead.get(GraphWorld.graph(library) + "/nodes/" + skill).body();
        assertTrue(bank.contains(link(question, "QUESTION")), "the bank sees the question: " + bank);

        assertFalse(lead.delete(items() + "/" + skill).body().contains("\"nodeId\":" + skill + ","));
        assertFalse(lead.delete(questions() + "/" + skill).body().contains("\"nodeId\":" + skill + ","));
        String after = lead.get(GraphWorld.graph(library) + "/nodes/" + skill).body();
        assertFalse(after.contains(link(item, "COURSE_ITEM")) || after.contains(link(question, "QUESTION")), after);
    }

    /** A link of the node panel (not the node's own id, which a fresh database may give the same number). */
    private static String link(long id, String kind) {
        return "\"id\":" + id + ",\"kind\":\"" + kind + "\"";
    }

    @Test
    void othersAreRefusedAndAudited_orFindNothing_wrongNodesAre404_aMissingNodeIs400() throws Exception {
        HttpResponse<String> refused = ApiClient.as(OUTSIDER).postJson(items(), "{\"nodeId\":" + skill + "}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(403, ApiClient.as(OUTSIDER).delete(items() + "/" + skill).statusCode());
        assertEquals(404, ApiClient.as(OUTSIDER).postJson(questions(), "{\"nodeId\":" + skill + "}").statusCode());
        assertEquals(403, ApiClient.as(FELLOW).postJson(questions(), "{\"nodeId\":" + skill + "}").statusCode());
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ITEM_TAG' and outcome = 'DENIED'", OUTSIDER));
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ITEM_TAG' and outcome = 'DENIED'", FELLOW));
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node_course_item where node_id = ?", skill)
                + TestDatabase.queryLong("select count(*) from graph_node_question where node_id = ?", skill));

        ApiClient lead = ApiClient.as(LEAD);
        assertEquals(404, lead.postJson(items(), "{\"nodeId\":" + job + "}").statusCode());
        assertEquals(404, lead.postJson(questions(), "{\"nodeId\":999999999}").statusCode());
        assertEquals(404, lead.postJson("/api/v1/course-items/999999999/tags", "{\"nodeId\":" + skill + "}")
                .statusCode());
        assertEquals(404, lead.get("/api/v1/questions/999999999/tags").statusCode());
        ApiRefusals.assertBadRequestInBothLanguages(lead, "POST", items(), "{}");
        ApiRefusals.assertBadRequestInBothLanguages(lead, "POST", questions(), "{}");
        ApiRefusals.assertBadRequest(lead.get(questions() + "/choices?q=" + "长".repeat(65)));
    }

    @Test
    void crossSiteTaggingWithTheLeadsCookie_isRefused_andChangesNothing() throws Exception {
        long before = tagsOf(knowledge);
        CrossSiteApi victim = CrossSiteApi.victim(LEAD);
        victim.assertLive();
        CrossSiteApi.assertRefused(victim.send("POST", items(), "{\"nodeId\":" + knowledge + "}"));
        CrossSiteApi.assertRefused(victim.send("POST", questions(), "{\"nodeId\":" + knowledge + "}"));
        CrossSiteApi.assertRefused(victim.send("DELETE", items() + "/" + knowledge, null));
        String resourceTags = "/api/v1/resources/" + resource + "/tags";
        CrossSiteApi.assertRefused(victim.send("POST", resourceTags, "{\"nodeId\":" + knowledge + "}"));
        CrossSiteApi.assertRefused(victim.send("DELETE", resourceTags + "/" + knowledge, null));
        assertEquals(before, tagsOf(knowledge), "the forged requests changed no tag");
    }

    private static long tagsOf(long node) throws Exception {
        return TestDatabase.queryLong("select (select count(*) from graph_node_course_item where node_id = ?)"
                + " + (select count(*) from graph_node_question where node_id = ?)"
                + " + (select count(*) from graph_node_resource where node_id = ?)", node, node, node);
    }

    @Test
    void theOutlineAndTheQuestionEditor_tagByName_andRemove() throws Exception {
        signInAfresh(LEAD);
        driver.get(Deployments.BASE_URL + "/console/course/outline.xhtml?id=" + TestDatabase.queryLong(
                "select course_id from course_node where id = ?", item));
        By itemForm = By.cssSelector("#itemTags div[data-target='" + item + "']");
        addByName(itemForm);
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_course_item where node_id = ?"
                + " and course_node_id = ?", knowledge, item));
        WebElement before = driver.findElement(itemForm);
        before.findElement(By.cssSelector("li[data-node='" + knowledge + "'] button[id$='removeTag']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node_course_item where node_id = ?"
                + " and course_node_id = ?", knowledge, item));

        driver.get(Deployments.BASE_URL + "/console/exam/questions.xhtml");
        Object chosen = driver.executeScript("var s = document.getElementById('questionFilters:library_input');"
                + " s.value = arguments[0]; return s.value;", String.valueOf(library));
        assertEquals(String.valueOf(library), chosen);
        WebElement list = driver.findElement(By.id("questionEditor:stem"));
        driver.findElement(By.id("questionFilters:search")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(list));
        driver.findElement(By.xpath("//tr[.//div[contains(@class,'zyk-question-stem')][contains(., '立焊判断题"
                + SUFFIX + "')]]//a[contains(@id,'edit')]")).click();
        addByName(By.cssSelector("#questionTags div[data-target='" + question + "']"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_question where node_id = ?"
                + " and question_id = ?", knowledge, question));
    }

    @Test
    void onAPhone_theAddFieldWaitsBehindTheToggle_theFirstItemTags_badNamesAreSaid() throws Exception {
        long first = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 3 and"
                + " position = 0", twoItems);
        long second = TestDatabase.queryLong("select id from course_node where course_id = ? and depth = 3 and"
                + " position = 1", twoItems);
        signInAfresh(LEAD);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(Deployments.BASE_URL + "/console/course/outline.xhtml?id=" + twoItems);
        By form = By.cssSelector("#itemTags div[data-target='" + second + "']");
        assertFalse(driver.findElement(form).findElement(By.cssSelector("input[type='text']")).isDisplayed(),
                "the add field is folded away");
        assertEquals(2, driver.findElements(By.cssSelector("#itemTags details.zyk-tag-add:not([open])")).size());
        addByName(By.cssSelector("#itemTags div[data-target='" + first + "']"));
        assertTrue(driver.findElement(form).findElements(By.cssSelector("li[data-node]")).isEmpty());
        submitName(form, "没有这个点" + SUFFIX);
        assertTrue(driver.findElement(form).findElement(By.cssSelector("input[type='text']")).isDisplayed(),
                "the form that failed is open again");
        assertTrue(driver.getPageSource().contains("没有名为“没有这个点" + SUFFIX + "”"), driver.getPageSource());
        submitName(form, "  ");
        assertTrue(driver.getPageSource().contains("请先输入知识点或技能点的名称"), driver.getPageSource());
        assertEquals(0, TestDatabase.queryLong("select count(*) from graph_node_course_item where course_node_id = ?",
                second));
        TestDatabase.update("delete from graph_node_course_item where course_node_id = ?", first);
    }

    @Test
    void theResourcesDescribePage_tagsByName() throws Exception {
        signInAfresh(LEAD);
        driver.get(Deployments.BASE_URL + "/console/resource/describe.xhtml?id=" + resource);
        WebElement before = driver.findElement(By.id("tagForm"));
        driver.findElement(By.id("tagForm:tagName")).sendKeys(KNOWLEDGE);
        driver.findElement(By.id("tagForm:addTag")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        assertEquals(1, driver.findElements(By.cssSelector("#resourceTags li[data-node='" + knowledge + "']"))
                .size(), driver.getPageSource());
        assertEquals(1, TestDatabase.queryLong("select count(*) from graph_node_resource where node_id = ? and"
                + " resource_id = ?", knowledge, resource));
    }

    /** Types the knowledge point's name into the form's field, adds it and waits for the tag on the new page. */
    private void addByName(By form) {
        submitName(form, KNOWLEDGE);
        WebElement after = driver.findElement(form);
        assertTrue(after.findElements(By.cssSelector("li[data-node='" + knowledge + "']")).size() == 1,
                driver.getPageSource());
    }

    /** Opens the form's toggle when folded, types the name, adds it and waits for the new page. */
    private void submitName(By form, String name) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(form).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no tag form " + form + " on " + driver.getPageSource(), e);
        }
        WebElement tagForm = driver.findElement(form);
        WebElement field = tagForm.findElement(By.cssSelector("input[type='text']"));
        if (!field.isDisplayed()) {
            tagForm.findElement(By.cssSelector("details.zyk-tag-add > summary")).click();
        }
        field.clear();
        field.sendKeys(name);
        tagForm.findElement(By.cssSelector("button[id$='addItemTag']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(tagForm));
    }

    private static String items() {
        return "/api/v1/course-items/" + item + "/tags";
    }

    private static String questions() {
        return "/api/v1/questions/" + question + "/tags";
    }
}
