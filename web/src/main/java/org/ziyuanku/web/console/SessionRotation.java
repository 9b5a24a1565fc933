package org.ziyuanku.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The session id changes whenever a session gains a principal (OWASP session fixation): an id handed to an anonymous
 * visitor, or planted by someone else, is worthless once the visitor signs in. {@link SessionRotationListener} changes
 * it on the identity provider's answer before WildFly's OIDC client stores the account in the session and answers;
 * {@link SessionRotationFilter} binds the session to its principal and changes the id again if another principal ever
 * appears in it. {@code changeSessionId()} keeps the attributes and works on WildFly's distributed (Infinispan)
 * sessions, so the new id is valid on every node and the old one on none.
 */
final class SessionRotation {

    /** The name of the principal the session was last rotated for. */
    static final String PRINCIPAL = "org.ziyuanku.session.principal";
    /** Set when the id was changed on the identity provider's answer and no principal has been bound since. */
    static final String ROTATED_FOR_SIGN_IN = "org.ziyuanku.session.rotatedForSignIn";

    private SessionRotation() {
    }

    /** Whether the request is the identity provider's answer ({@code code} and {@code state}) in a session. */
    static boolean isSignInAnswer(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getSession(false) != null && query != null && DeepLink.isProviderAnswer(query);
    }

    /** On the identity provider's answer: a new id for the session, keeping its attributes (e.g. the language). */
    static void beforeSignIn(HttpServletRequest request) {
        rotate(request, request.getSession()).setAttribute(ROTATED_FOR_SIGN_IN, Boolean.TRUE);
    }

    /**
     * On a request with a principal: binds the session to it, changing the id unless that was just done for this
     * sign-in; a session bound to another principal always gets a new id.
     */
    static void bind(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return;
        }
        String name = request.getUserPrincipal().getName();
        Object bound = session.getAttribute(PRINCIPAL);
        if (name.equals(bound)) {
            return;
        }
        boolean justRotated = bound == null && session.getAttribute(ROTATED_FOR_SIGN_IN) != null;
        HttpSession current = justRotated ? session : rotate(request, session);
        current.removeAttribute(ROTATED_FOR_SIGN_IN);
        current.setAttribute(PRINCIPAL, name);
    }

    /**
     * Gives the session a new id and returns it. {@code changeSessionId()} keeps the attributes; any attribute that
     * still went missing is put back, so the visitor's language and the pending sign-in survive the change.
     */
    private static HttpSession rotate(HttpServletRequest request, HttpSession session) {
        Map<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            attributes.put(name, session.getAttribute(name));
        }
        request.changeSessionId();
        HttpSession renewed = request.getSession();
        attributes.forEach((name, value) -> {
            if (value != null && renewed.getAttribute(name) == null) {
                renewed.setAttribute(name, value);
            }
        });
        return renewed;
    }
}
