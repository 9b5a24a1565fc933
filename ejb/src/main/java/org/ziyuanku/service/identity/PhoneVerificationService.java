package org.ziyuanku.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ziyuanku.domain.identity.PhoneVerification;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.infrastructure.sms.SmsGateway;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.identity.internal.PhoneVerificationRepository;

/**
 * Verifies the signed-in person's mobile number with a six-digit code sent through the {@link SmsGateway}: one code
 * a minute, valid ten minutes, five attempts. Pending codes live in the database (hashed), so any cluster node can
 * check them. Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class PhoneVerificationService {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Caller caller;

    @Inject
    private PhoneVerificationRepository verifications;

    @Inject
    private SmsGateway gateway;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditedCall audited;

    /** Sends a new code to {@code phone}; refused with a message key for a bad number or a second code too soon. */
    @Audited(action = "PHONE_CODE_SENT", scope = "account")
    public void sendCode(String phone) {
        String number = phone == null ? "" : phone.strip().replace(" ", "").replace("-", "");
        if (!MAINLAND_MOBILE.matcher(number).matches()) {
            throw new PhoneVerificationException("identity.phone.invalid");
        }
        audited.target(mask(number));
        String username = caller.username();
        LocalDateTime now = LocalDateTime.now();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        PhoneVerification pending = verifications.pendingOf(username).orElse(null);
        if (pending == null) {
            verifications.add(new PhoneVerification(username, number, code, now));
        } else if (!pending.mayResend(now)) {
            throw new PhoneVerificationException("identity.phone.tooSoon");
        } else {
            pending.renew(number, code, now);
        }
        gateway.send(number, "【资源库】您的验证码是 " + code + "，10 分钟内有效。如非本人操作，请忽略。");
    }

    /** Checks the code; on success the number becomes the account's verified number. */
    @Audited(action = "PHONE_VERIFY", scope = "account")
    public PhoneVerificationResult confirm(String code) {
        PhoneVerification pending = verifications.pendingOf(caller.username()).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        PhoneVerificationResult result;
        if (pending == null || pending.isExpired(now)) {
            result = PhoneVerificationResult.EXPIRED;
        } else if (pending.isExhausted()) {
            result = PhoneVerificationResult.TOO_MANY_ATTEMPTS;
        } else if (!pending.attempt(code)) {
            result = PhoneVerificationResult.WRONG_CODE;
        } else {
            accounts.withId(caller.accountId()).verifyPhone(pending.getPhone());
            verifications.remove(pending);
            result = PhoneVerificationResult.VERIFIED;
        }
        audited.target(pending == null ? "-" : mask(pending.getPhone()));
        if (result == PhoneVerificationResult.VERIFIED) {
            audited.detail(result.name());
        } else {
            audited.failed(result.name());
        }
        return result;
    }

    /** The caller's verified number, masked (138****5678), if they have one. */
    public Optional<String> verifiedPhone() {
        return Optional.ofNullable(accounts.withId(caller.accountId())).map(UserAccount::getPhone)
                .map(PhoneVerificationService::mask);
    }

    static String mask(String phone) {
        return phone.length() < 11 ? "***" : phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
