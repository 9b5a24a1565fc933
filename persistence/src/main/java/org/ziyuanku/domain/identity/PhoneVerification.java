package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ziyuanku.domain.system.Sha256;

/**
 * A pending SMS code for one person's mobile number: only the code's hash is kept, it expires after ten minutes and
 * allows five attempts.
 */
@Entity
@Table(name = "phone_verification")
public class PhoneVerification {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
    public static final int MAX_ATTEMPTS = 5;

    @Id
    @Column(length = 128)
    private String username;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected PhoneVerification() {
    }

    public PhoneVerification(String username, String phone, String code, LocalDateTime now) {
        this.username = username;
        renew(phone, code, now);
    }

    /** Replaces the pending code with a new one for {@code phone}. */
    public final void renew(String newPhone, String code, LocalDateTime now) {
        this.phone = newPhone;
        this.codeHash = hash(username, code);
        this.attempts = 0;
        this.sentAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Whether a new code may be sent now (one per minute). */
    public boolean mayResend(LocalDateTime now) {
        return !now.isBefore(sentAt.plus(RESEND_INTERVAL));
    }

    public boolean isExpired(LocalDateTime now) {
        return now.isAfter(expiresAt);
    }

    public boolean isExhausted() {
        return attempts >= MAX_ATTEMPTS;
    }

    /** Counts an attempt and answers whether {@code code} is the pending one. */
    public boolean attempt(String code) {
        attempts++;
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(username, code == null ? "" : code.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    public String getPhone() {
        return phone;
    }

    private static String hash(String user, String code) {
        return Sha256.hex(user + ":" + code);
    }
}
