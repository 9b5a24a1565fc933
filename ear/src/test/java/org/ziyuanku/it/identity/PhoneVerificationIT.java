package org.ziyuanku.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.RealmLoginPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * The SMS verification interface with the development gateway: a person verifies their mobile number in the
 * personal space; the code reaches them through the server log, which says clearly that nothing was sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneVerificationIT extends BrowserTest {

    private static final String USER = "phone-" + System.currentTimeMillis() % 100_000;
    private static final String PHONE = "139" + String.format("%08d", System.currentTimeMillis() % 100_000_000);

    @BeforeAll
    static void person() {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(USER);
    }

    @Test
    void personVerifiesTheirMobileNumber_withTheCodeFromTheDevelopmentGateway() throws Exception {
        openBrowser(1280, 900);
        driver.get(Deployments.BASE_URL + "/console/identity/profile.xhtml");
        RealmLoginPage.await(driver, TestKeycloak.REALM_URL).signIn(USER, TestKeycloak.DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.id("phoneForm:phone")).isEmpty());

        submit(driver, "phoneForm:phone", "12345", "phoneForm:sendCode");
        wait.until(d -> message(d).contains("请输入 11 位中国大陆手机号"));

        submit(driver, "phoneForm:phone", PHONE, "phoneForm:sendCode");
        wait.until(d -> message(d).contains("验证码已发送"));
        String code = codeFromServerLog();

        String wrong = code.equals("000000") ? "111111" : "000000";
        submit(driver, "codeForm:smsCode", wrong, "codeForm:confirmCode");
        wait.until(d -> message(d).contains("验证码不正确"));

        submit(driver, "codeForm:smsCode", code, "codeForm:confirmCode");
        wait.until(d -> message(d).contains("手机号已验证"));
        assertTrue(driver.findElement(By.id("verifiedPhone")).getText().contains(PHONE.substring(0, 3) + "****"));
        assertEquals(1, TestDatabase.queryLong("select count(*) from user_account where username = ? and phone = ?",
                USER, PHONE));
        assertTrue(driver.findElement(By.id("activity")).getText().contains("PHONE_VERIFY"),
                "the personal space lists the person's own activity");
    }

    private static void submit(WebDriver driver, String input, String value, String button) {
        driver.findElement(By.id(input)).clear();
        driver.findElement(By.id(input)).sendKeys(value);
        driver.findElement(By.id(button)).click();
    }

    private static String message(WebDriver driver) {
        return driver.findElement(By.id("globalMessages")).getText();
    }

    private static String codeFromServerLog() throws IOException {
        Path log = Path.of(System.getProperty("zyk.arq.base"), "log", "server.log");
        Pattern sent = Pattern.compile("DEVELOPMENT SMS GATEWAY - NOTHING WAS SENT\\. Message for " + PHONE
                + ": \\D*(\\d{6})");
        Matcher m = sent.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        String code = null;
        while (m.find()) {
            code = m.group(1);
        }
        if (code == null) {
            throw new AssertionError("no development SMS for " + PHONE + " in " + log);
        }
        return code;
    }
}
