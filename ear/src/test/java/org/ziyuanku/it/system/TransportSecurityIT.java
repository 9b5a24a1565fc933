package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestTls;

/**
 * TLS everywhere (issue 18 item 5; GB/T 22239-2019 8.1.2.2 and 8.1.4.x transport confidentiality and integrity): the
 * portal answers over HTTPS with the certificate the test run's CA signed (the client trusts that CA alone besides the
 * JDK's), plain HTTP only redirects to HTTPS, HTTPS answers carry HSTS, the session cookie is Secure, Keycloak answers
 * over HTTPS only, and every connection of WildFly's datasource and of Keycloak to PostgreSQL is TLS (pg_stat_ssl),
 * a connection without TLS being refused; the constraint that asks for TLS opens no signed-in path to anonymous
 * callers. The cluster's encryption is exercised by {@link TwoNodeClusterIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportSecurityIT {

    @BeforeAll
    static void keycloak() {
        TestKeycloak.ensureRunning();
    }

    @Test
    void portal_answersOverHttps_withTheCertificateOfTheTestCa() throws Exception {
        HttpResponse<String> health = Http.get(Deployments.BASE_URL + "/api/v1/health");
        assertEquals(200, health.statusCode(), health.body());
        SSLSession tls = health.sslSession().orElseThrow();
        assertTrue(List.of("TLSv1.3", "TLSv1.2").contains(tls.getProtocol()), tls.getProtocol());
        X509Certificate served = (X509Certificate) tls.getPeerCertificates()[0];
        assertEquals(TestTls.server(), served, "the portal serves the certificate ./zyk test made");
        String hsts = health.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue(hsts.startsWith("max-age=") && Long.parseLong(hsts.substring(8).split(";")[0].strip()) >= 15_552_000,
                "HSTS for at least 180 days: " + hsts);
    }

    @Test
    void plainHttp_onlyRedirectsToHttps() {
        for (String path : List.of("/portal/library/catalogue.xhtml?lang=en", "/console/index.xhtml", "/api/v1/health")) {
            HttpResponse<String> plain = Http.get(Deployments.HTTP_URL + path);
            assertEquals(302, plain.statusCode(), path + ": " + plain.headers());
            assertEquals(Deployments.BASE_URL + path, plain.headers().firstValue("Location").orElse(""), path);
            assertTrue(plain.headers().allValues("Set-Cookie").isEmpty(), "no session over plain HTTP: " + path);
            assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
        }
    }

    @Test
    void theHttpsConstraint_opensNothing_signedInPathsStillNeedAnAccount() {
        for (String path : List.of("/api/v1/me", "/api/v1/backups", "/api/v1/audit/records", "/api/v1/role-grants")) {
            assertEquals(401, Http.status(Deployments.BASE_URL + path), path);
        }
        assertNotEquals(200, Http.status(Deployments.BASE_URL + "/console/index.xhtml"), "the console needs an account");
        assertEquals(200, Http.status(Deployments.BASE_URL + "/api/v1/libraries?q=x"), "the public API stays public");
    }

    @Test
    void sessionCookie_isSecure() {
        HttpResponse<String> home = Http.get(Deployments.BASE_URL + "/index.xhtml?lang=en");
        String cookie = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("; secure"), cookie);
        assertTrue(cookie.contains("httponly"), cookie);
    }

    @Test
    void keycloak_answersOverHttpsOnly() throws Exception {
        HttpResponse<String> discovery = Http.get(TestKeycloak.REALM_URL + "/.well-known/openid-configuration");
        assertEquals(200, discovery.statusCode());
        assertEquals(TestTls.server(), discovery.sslSession().orElseThrow().getPeerCertificates()[0]);
        assertTrue(discovery.body().contains("\"issuer\":\"https://127.0.0.1:" + TestKeycloak.PORT + "/realms/ziyuanku\""),
                discovery.body());
        assertNotEquals(200, Http.status("http://127.0.0.1:" + TestKeycloak.PORT + "/realms/ziyuanku"),
                "no plain HTTP on Keycloak's port");
    }

    @Test
    void databaseConnections_ofWildFlyAndKeycloak_areAllTls() throws SQLException {
        assertEquals(200, Http.status(Deployments.BASE_URL + "/api/v1/health"), "the datasource has a connection open");
        try (Connection c = superuser(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select a.usename, s.ssl, s.version from pg_stat_ssl s join pg_stat_activity a"
                        + " using (pid) where a.backend_type = 'client backend' and a.usename in ('ziyuanku', 'keycloak')"
                        + " and a.application_name <> 'TransportSecurityIT'")) {
            int platform = 0;
            int keycloak = 0;
            while (r.next()) {
                assertTrue(r.getBoolean("ssl"), r.getString("usename") + " connected without TLS");
                assertTrue(r.getString("version").startsWith("TLSv1."), r.getString("version"));
                platform += "ziyuanku".equals(r.getString("usename")) ? 1 : 0;
                keycloak += "keycloak".equals(r.getString("usename")) ? 1 : 0;
            }
            assertTrue(platform > 0 && keycloak > 0, "connections seen: platform " + platform + ", Keycloak " + keycloak);
        }
    }

    @Test
    void databaseConnection_withoutTls_isRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url("disable"),
                "postgres", "").close());
        assertTrue(refused.getMessage().contains("no encryption") || refused.getMessage().contains("pg_hba.conf"),
                refused.getMessage());
        assertFalse(refused.getMessage().isBlank());
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(url("verify-full") + "&sslrootcert=" + TestTls.caCertificate(), "postgres", "");
    }

    private static String url(String sslmode) {
        return "jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("zyk.test.db.port", "55433") + "/postgres?ApplicationName=TransportSecurityIT&sslmode="
                + sslmode;
    }
}
