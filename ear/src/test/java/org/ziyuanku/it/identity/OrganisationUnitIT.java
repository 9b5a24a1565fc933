package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * An organisation's units (组织机构) through the API and the console page: school A's administrator builds a tree,
 * renames, is refused a cycle (400), deleting a unit with units or people under it (409) and a duplicate sibling
 * (409); school B's administrator gets 403 on A's units, audited as DENIED; the organisation's data is checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationUnitIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static final String ADMIN_A = "unit-admin-a-" + SUFFIX;
    private static final String ADMIN_B = "unit-admin-b-" + SUFFIX;
    private static final String MEMBER_A = "unit-member-a-" + SUFFIX;
    private static long schoolA;
    private static long schoolB;

    @BeforeAll
    static void twoSchoolsWithTheirAdministrators() throws Exception {
        TestKeycloak.ensureRunning();
        schoolA = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        schoolB = TestAccounts.organisation(TestAccounts.SCHOOL_B);
        TestAccounts.schoolAdministrator(ADMIN_A, schoolA);
        TestAccounts.schoolAdministrator(ADMIN_B, schoolB);
        TestAccounts.account(MEMBER_A, schoolA);
    }

    @AfterAll
    static void deleteWhatWasCreated() throws Exception {
        TestDatabase.update("delete from user_account where username in (?, ?, ?)", ADMIN_A, ADMIN_B, MEMBER_A);
        TestDatabase.update("delete from organisation_unit where organisation_id = ? and name like ?", schoolA,
                "%-" + SUFFIX);
        TestDatabase.update("update organisation set short_name = null, website = null, contact_phone = null,"
                + " contact_email = null, address = null where id = ?", schoolA);
    }

    private static String units(long organisation) {
        return "/api/v1/organisations/" + organisation + "/units";
    }

    private static String unit(String parentId, String name) {
        return "{\"parentId\":" + parentId + ",\"name\":\"" + name + "\",\"code\":\"C" + SUFFIX + "\"}";
    }

    private static String add(String parentId, String name) {
        HttpResponse<String> created = ApiClient.as(ADMIN_A).postJson(units(schoolA), unit(parentId, name));
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body(), "id");
    }

    @Test
    void schoolAdministrator_buildsRenamesAndMovesATree_refusingCyclesDuplicatesAndDeletingParents() throws Exception {
        String faculty = add("null", "信息工程学院-" + SUFFIX);
        String department = add(faculty, "软件系-" + SUFFIX);
        String office = add(department, "程序设计教研室-" + SUFFIX);
        ApiClient admin = ApiClient.as(ADMIN_A);

        HttpResponse<String> renamed = admin.putJson(units(schoolA) + "/" + department,
                unit(faculty, "软件技术系-" + SUFFIX));
        assertEquals(200, renamed.statusCode(), renamed.body());
        HttpResponse<String> tree = admin.get(units(schoolA));
        assertEquals(200, tree.statusCode(), tree.body());
        assertTrue(tree.body().contains("\"name\":\"软件技术系-" + SUFFIX + "\""), tree.body());
        assertTrue(tree.body().indexOf("信息工程学院-" + SUFFIX) < tree.body().indexOf("软件技术系-" + SUFFIX)
                && tree.body().indexOf("软件技术系-" + SUFFIX) < tree.body().indexOf("程序设计教研室-" + SUFFIX),
                "depth first: " + tree.body());
        assertTrue(tree.body().contains("\"depth\":2"), tree.body());

        HttpResponse<String> cycle = admin.putJson(units(schoolA) + "/" + faculty, unit(office, "信息工程学院-" + SUFFIX));
        assertEquals(400, cycle.statusCode(), cycle.body());
        assertTrue(cycle.body().contains("不能把"), cycle.body());
        HttpResponse<String> cycleEn = admin.inLanguage("en").putJson(units(schoolA) + "/" + faculty,
                unit(faculty, "信息工程学院-" + SUFFIX));
        assertEquals(400, cycleEn.statusCode(), cycleEn.body());
        assertTrue(cycleEn.body().contains("cannot be moved under"), cycleEn.body());

        HttpResponse<String> duplicate = admin.postJson(units(schoolA), unit(faculty, "软件技术系-" + SUFFIX));
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        HttpResponse<String> withChildren = admin.delete(units(schoolA) + "/" + faculty);
        assertEquals(409, withChildren.statusCode(), withChildren.body());
        assertTrue(withChildren.body().contains("下级机构"), withChildren.body());

        TestDatabase.update("update user_account set unit_id = ? where username = ?", Long.parseLong(office), MEMBER_A);
        HttpResponse<String> withPeople = admin.delete(units(schoolA) + "/" + office);
        assertEquals(409, withPeople.statusCode(), withPeople.body());
        TestDatabase.update("update user_account set unit_id = null where username = ?", MEMBER_A);
        assertEquals(204, admin.delete(units(schoolA) + "/" + office).statusCode());
        assertEquals(204, admin.delete(units(schoolA) + "/" + department).statusCode());
        assertEquals(204, admin.delete(units(schoolA) + "/" + faculty).statusCode());
        assertEquals(2, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ORG_UNIT_CHANGE' and outcome = 'FAILURE'", ADMIN_A), "both cycles audited");
    }

    @Test
    void anotherSchoolsAdministrator_getsForbiddenOnTheUnits_auditedAsDenied() throws Exception {
        String faculty = add("null", "机电学院-" + SUFFIX);
        ApiClient other = ApiClient.as(ADMIN_B);
        assertEquals(403, other.get(units(schoolA)).statusCode());
        assertEquals(403, other.postJson(units(schoolA), unit("null", "外来-" + SUFFIX)).statusCode());
        assertEquals(403, other.delete(units(schoolA) + "/" + faculty).statusCode());
        assertEquals(403, other.get("/api/v1/organisations/" + schoolA + "/profile").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_record where actor = ? and action ="
                + " 'ORG_UNIT_DELETE' and outcome = 'DENIED' and scope = ?", ADMIN_B, "organisation:" + schoolA));
        assertEquals(1, TestDatabase.queryLong("select count(*) from organisation_unit where id = ?",
                Long.parseLong(faculty)));
        assertEquals(200, other.get(units(schoolB)).statusCode());
        assertEquals(404, other.get(units(999_999_999L)).statusCode());
    }

    @Test
    void organisationData_isKeptByItsAdministrator_malformedFieldsRefused() throws Exception {
        String path = "/api/v1/organisations/" + schoolA + "/profile";
        HttpResponse<String> saved = ApiClient.as(ADMIN_A).putJson(path, "{\"shortName\":\"深信院\",\"website\":"
                + "\"https://www.sziit.edu.cn\",\"contactPhone\":\"0755-8967 2000\",\"address\":\"深圳市龙岗区\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("深圳信息职业技术学院", ApiClient.json(saved.body(), "name"));
        assertEquals("深信院", ApiClient.json(ApiClient.as(ADMIN_A).get(path).body(), "shortName"));
        HttpResponse<String> bad = ApiClient.as(ADMIN_A).putJson(path, "{\"website\":\"javascript:alert(1)\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("深信院", TestDatabase.queryString("select short_name from organisation where id = ?", schoolA),
                "nothing half-written");
    }

    @Test
    void page_addsAUnitUnderAnother_andDeletesIt() throws Exception {
        String parent = add("null", "艺术学院-" + SUFFIX);
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/identity/organisation.xhtml?organisation=" + schoolA);
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(ADMIN_A, TestKeycloak.DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("addForm:addName")).isEmpty());
        assertTrue(driver.findElement(By.id("organisationName")).getText().contains("深圳信息职业技术学院"));

        new Select(driver.findElement(By.id("addForm:addParent")))
                .selectByValue(parent);
        driver.findElement(By.id("addForm:addName")).sendKeys("数字媒体系-" + SUFFIX);
        driver.findElement(By.id("addForm:addUnit")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("globalMessages")).getText().contains("机构已新增"));
        assertFalse(driver.findElements(By.xpath("//li[contains(@class, 'zyk-unit-depth-1') and contains(., '数字媒体系-"
                + SUFFIX + "')]")).isEmpty(), "the new unit is shown under its parent");

        driver.findElement(By.xpath("//li[contains(., '艺术学院-" + SUFFIX + "') and contains(@class, 'zyk-unit-depth-0')]"
                + "//button[contains(@class, 'zyk-delete-unit')]")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("globalMessages")).getText().contains("下级机构"));
        driver.findElement(By.xpath("//li[contains(., '数字媒体系-" + SUFFIX + "')]//button")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("globalMessages")).getText().contains("机构已删除"));
        assertFalse(driver.findElement(By.id("unitsForm")).getText().contains("数字媒体系-" + SUFFIX));

        driver.get(Deployments.BASE_URL + "/console/identity/organisation.xhtml?organisation=" + schoolB);
        assertFalse(driver.findElements(By.id("accessDenied")).isEmpty(), "the 403 page says the user may not");
    }
}
