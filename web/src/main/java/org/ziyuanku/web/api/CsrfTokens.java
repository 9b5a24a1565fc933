package org.ziyuanku.web.api;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token that the platform's own pages send as {@value #HEADER} with every state-changing API call made
 * with the session cookie: 32 random bytes (Base64url), kept as one small String attribute of the replicated session,
 * so it is the same on every node and ends with the session.
 */
public final class CsrfTokens {

    /** The request header that carries the token. */
    public static final String HEADER = "X-CSRF-Token";

    static final String ATTRIBUTE = "org.ziyuanku.web.api.csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private CsrfTokens() {
    }

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Whether {@code presented} is the session's token (compared in constant time); false without a session or token. */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null || presented.isEmpty()) {
            return false;
        }
        Object token = session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
