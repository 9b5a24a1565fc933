package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * The test run's TLS files, made by {@code ./zyk test} (tls_ensure) in {@code zyk.test.tls.dir}: a fresh CA, the server
 * certificate for 127.0.0.1 and localhost that WildFly, Keycloak and PostgreSQL serve, and the key stores. Java clients
 * trust the CA through {@code javax.net.ssl.trustStore} (ear/pom.xml), Chromium the server certificate's key
 * ({@link #spkiHash()}); WildFly nodes get the same arguments as arquillian.xml gives the suite's server.
 */
public final class TestTls {

    private TestTls() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("zyk.test.tls.dir"));
    }

    /** The CA's certificate (PEM). */
    public static Path caCertificate() {
        return dir().resolve("ca.crt");
    }

    /** The server's certificate (PEM). */
    public static Path serverCertificate() {
        return dir().resolve("server.crt");
    }

    /** The server's key (PEM, unencrypted). */
    public static Path serverKey() {
        return dir().resolve("server.key");
    }

    /** The system properties a WildFly node needs for its HTTPS listener, the cluster's key and trusting the CA. */
    public static List<String> wildFlyArguments() {
        return List.of("-Dzyk.tls.keystore=" + dir().resolve("server.p12"),
                "-Dzyk.tls.password=" + System.getProperty("zyk.test.tls.password"),
                "-Dzyk.tls.cluster-keystore=" + dir().resolve("cluster.p12"),
                "-Dzyk.cluster.secret=" + System.getProperty("zyk.test.cluster.secret"),
                "-Dzyk.tls.certificate=" + serverCertificate(), "-Dzyk.db.sslrootcert=" + caCertificate(),
                "-Djavax.net.ssl.trustStore=" + System.getProperty("javax.net.ssl.trustStore"),
                "-Djavax.net.ssl.trustStorePassword=" + System.getProperty("javax.net.ssl.trustStorePassword"));
    }

    /** The server certificate as parsed X.509. */
    public static X509Certificate server() {
        try (InputStream in = Files.newInputStream(serverCertificate())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the SHA-256 of the server certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
    public static String spkiHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(server().getPublicKey().getEncoded());
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
