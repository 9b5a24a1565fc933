package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestMailServer;

/**
 * Notifications: the internal Notifier, called inside a transaction in the server ({@link NotifyProbeServlet}),
 * stores a row and mails the recipient after the commit, and does neither when the transaction rolls back; the
 * recipient reads and marks them through {@code /api/v1/notifications}, nobody else can. The row keeps the page's
 * route name ({@code review.queue}), never a console path; the inbox, the console page and the e-mail show the path
 * the web module publishes for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private final List<String> users = new ArrayList<>();

    @BeforeAll
    static void servers() {
        TestKeycloak.ensureRunning();
        TestMailServer.ensureRunning();
    }

    @AfterEach
    void forgetUsers() throws SQLException {
        for (String username : users) {
            TestDatabase.update("delete from notification where recipient_id in (select id from user_account"
                    + " where username = ?)", username);
            TestDatabase.update("delete from user_account where username = ?", username);
        }
    }

    /** A Keycloak user (e-mail {@code <name>@test.ziyuanku.local}) with a platform account; returns the account id. */
    private long person(String username) throws SQLException {
        TestKeycloak.createUser(username);
        users.add(username);
        return TestAccounts.account(username, null);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void notify(long recipient, String title, String outcome) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL
                + "/it/notify?recipient=" + recipient + "&outcome=" + outcome + "&title=" + Http.encode(title)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), response.body());
    }

    private static long rows(long recipient) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ?", recipient);
    }

    @Test
    void notify_committed_storesOneRowWithTheRouteName_andMailsTheRecipientInChineseWithTheAbsoluteLink()
            throws Exception {
        String username = unique("notify-a");
        long account = person(username);
        String title = "平焊操作示范 " + username;

        notify(account, title, "commit");

        assertEquals(1, rows(account));
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and"
                + " message_key = 'notification.review.waiting' and read_at is null"
                + " and link = 'review.queue'", account));
        TestMailServer.ReceivedMail mail = TestMailServer.awaitMessage(username + "@test.ziyuanku.local", title,
                MAIL_WAIT);
        assertEquals("[资源库] 待审核：" + title + "（焊接技术与自动化，第 2 级）", mail.subject());
        assertTrue(mail.body().contains("待审核：" + title), mail.body());
        assertTrue(mail.body().contains("https://localhost:8443/console/review/queue.xhtml"), mail.body());
        assertTrue(mail.body().contains("您收到这封邮件"), mail.body());
    }

    @Test
    void notify_rolledBack_storesNothing_andMailsNothing() throws Exception {
        String username = unique("notify-b");
        long account = person(username);
        String address = username + "@test.ziyuanku.local";
        String rolledBack = "退回的操作 " + username;

        notify(account, rolledBack, "rollback");
        assertEquals(0, rows(account));

        String committed = "提交的操作 " + username;
        notify(account, committed, "commit");
        TestMailServer.awaitMessage(address, committed, MAIL_WAIT);
        assertTrue(TestMailServer.messagesTo(address).stream().noneMatch(m -> m.subject().contains(rolledBack)),
                "a rolled-back notification was mailed");
        assertEquals(1, rows(account));
    }

    @Test
    void inbox_isInTheCallersLanguage_andOnlyTheRecipientMarksRead() throws Exception {
        String owner = unique("notify-c");
        long account = person(owner);
        String other = unique("notify-d");
        person(other);
        String title = "焊接视频 " + owner;
        notify(account, title, "commit");

        HttpResponse<String> zh = ApiClient.as(owner).get("/api/v1/notifications");
        assertEquals(200, zh.statusCode(), zh.body());
        assertTrue(zh.body().contains("待审核：" + title + "（焊接技术与自动化，第 2 级）"), zh.body());
        assertTrue(zh.body().contains("\"link\":\"/console/review/queue.xhtml\""), zh.body());
        assertEquals("1", ApiClient.json(zh.body(), "unread"), zh.body());
        assertEquals("false", ApiClient.json(zh.body(), "read"), zh.body());
        HttpResponse<String> en = ApiClient.as(owner).inLanguage("en").get("/api/v1/notifications?size=5");
        assertTrue(en.body().contains("Waiting for your review: " + title + " (焊接技术与自动化, level 2)"), en.body());
        String id = ApiClient.json(zh.body(), "id");

        assertEquals(204, ApiClient.as(other).post("/api/v1/notifications/" + id + "/read").statusCode());
        assertEquals(1, TestDatabase.queryLong("select count(*) from notification where id = ? and read_at is null",
                Long.parseLong(id)), "someone else marked it read");
        assertEquals("0", ApiClient.json(ApiClient.as(other).get("/api/v1/notifications").body(), "unread"));

        assertEquals(204, ApiClient.as(owner).post("/api/v1/notifications/" + id + "/read").statusCode());
        HttpResponse<String> after = ApiClient.as(owner).get("/api/v1/notifications");
        assertEquals("0", ApiClient.json(after.body(), "unread"), after.body());
        assertEquals("true", ApiClient.json(after.body(), "read"), after.body());

        notify(account, "第二条 " + owner, "commit");
        assertEquals("1", ApiClient.json(ApiClient.as(owner).get("/api/v1/notifications").body(), "unread"));
        assertEquals(204, ApiClient.as(owner).post("/api/v1/notifications/read-all").statusCode());
        assertEquals("0", ApiClient.json(ApiClient.as(owner).get("/api/v1/notifications").body(), "unread"));
    }

    @Test
    void consolePage_showsTheNotificationUnread_andTheMenuCountsIt() throws Exception {
        String owner = unique("notify-e");
        long account = person(owner);
        String title = "控制台页面 " + owner;
        notify(account, title, "commit");

        HttpResponse<String> page = ApiClient.as(owner).get("/console/system/notifications.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("待审核：" + title), page.body());
        assertTrue(page.body().contains("class=\"zyk-unread\""), page.body());
        assertTrue(page.body().contains("href=\"/console/review/queue.xhtml\""), page.body());
        HttpResponse<String> menu = ApiClient.as(owner).get("/console/index.xhtml");
        assertTrue(menu.body().contains("通知 (1)"), menu.body());
    }

    @Test
    void inbox_refusesAnonymousCallers_andSizesOutOfRange() {
        assertNotEquals(200, ApiClient.anonymous().get("/api/v1/notifications").statusCode());
        assertEquals(400, ApiClient.as("teacher").get("/api/v1/notifications?size=101").statusCode());
    }
}
