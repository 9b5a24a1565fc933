package org.ziyuanku.service.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server certificate's expiry as the operations page shows it: its subject, the last day it is valid and the whole
 * days left ({@code ./zyk start} names the certificate file in {@code zyk.tls.certificate}, docs/operations.md,
 * "Certificates"). Under {@value #WARN_DAYS} days left the page warns.
 */
public record CertificateExpiry(String subject, LocalDate notAfter, long daysLeft) implements Serializable {

    /** Fewer days left than this and the operations page asks for a renewal. */
    public static final int WARN_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class.getName());

    /** Whether the certificate needs renewing soon (or has expired). */
    public boolean warning() {
        return daysLeft < WARN_DAYS;
    }

    /** The expiry of the certificate {@code zyk.tls.certificate} (ZYK_TLS_CERTIFICATE) names, if set and readable. */
    public static Optional<CertificateExpiry> ofConfigured(Clock clock) {
        String file = System.getProperty("zyk.tls.certificate");
        if (file == null || file.isBlank()) {
            file = System.getenv("ZYK_TLS_CERTIFICATE");
        }
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(Path.of(file), clock));
        } catch (IOException | CertificateException | RuntimeException e) {
            LOG.log(Level.WARNING, "The server certificate " + file + " could not be read", e);
            return Optional.empty();
        }
    }

    /** The first certificate of a PEM (or DER) file: the server's own, its chain after it. */
    static CertificateExpiry read(Path file, Clock clock) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return of(certificate.getSubjectX500Principal().getName(), certificate.getNotAfter().toInstant(), clock);
        }
    }

    static CertificateExpiry of(String subject, Instant notAfter, Clock clock) {
        ZoneId zone = clock.getZone();
        long days = ChronoUnit.DAYS.between(clock.instant(), notAfter);
        return new CertificateExpiry(subject, LocalDate.ofInstant(notAfter, zone), days);
    }
}
