package org.ziyuanku.service.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The operations page's certificate figures: read from a PEM file, days left counted, the warning under 30 days. */
class CertificateExpiryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void read_takesSubjectAndLastDayFromThePemFile() throws Exception {
        Path pem = fixture();
        CertificateExpiry probe = CertificateExpiry.read(pem, Clock.systemUTC());
        Instant notAfter = probe.notAfter().atStartOfDay(ZoneOffset.UTC).toInstant();
        CertificateExpiry early = CertificateExpiry.read(pem, Clock.fixed(notAfter.minus(Duration.ofDays(100)), SHANGHAI));
        assertTrue(early.subject().contains("CN=fixture.example"), early.subject());
        assertTrue(early.daysLeft() >= 99 && early.daysLeft() <= 101, String.valueOf(early.daysLeft()));
        assertFalse(early.warning());
    }

    @Test
    void daysLeft_underThirty_warns() {
        Instant now = Instant.parse("2027-03-01T08:00:00Z");
        CertificateExpiry soon = CertificateExpiry.of("CN=x", now.plus(Duration.ofDays(29)).plusSeconds(60),
                Clock.fixed(now, SHANGHAI));
        assertEquals(29, soon.daysLeft());
        assertTrue(soon.warning());
        CertificateExpiry month = CertificateExpiry.of("CN=x", now.plus(Duration.ofDays(30)).plusSeconds(60),
                Clock.fixed(now, SHANGHAI));
        assertEquals(30, month.daysLeft());
        assertFalse(month.warning());
        assertEquals("2027-03-31", month.notAfter().toString());
    }

    @Test
    void expired_hasNegativeDaysAndWarns() {
        Instant now = Instant.parse("2027-03-01T08:00:00Z");
        CertificateExpiry gone = CertificateExpiry.of("CN=x", now.minus(Duration.ofDays(3)), Clock.fixed(now, SHANGHAI));
        assertEquals(-3, gone.daysLeft());
        assertTrue(gone.warning());
    }

    @Test
    void ofConfigured_withoutTheProperty_isEmpty() {
        String before = System.clearProperty("zyk.tls.certificate");
        try {
            assertEquals(System.getenv("ZYK_TLS_CERTIFICATE") == null,
                    CertificateExpiry.ofConfigured(Clock.systemUTC()).isEmpty());
        } finally {
            if (before != null) {
                System.setProperty("zyk.tls.certificate", before);
            }
        }
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(CertificateExpiryTest.class.getResource("/operations/server.crt").toURI());
    }
}
