package org.ziyuanku.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /signout}: ends the replicated session (so every node forgets it) and the single sign-on session at the
 * identity provider in one go. The redirect to the provider's end-session endpoint carries the session's ID token as
 * {@code id_token_hint}, so Keycloak ends its session at once, without asking the user to confirm, and returns the
 * visitor to the portal's home page; the next console page asks for the password again.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());
    static final String DEFAULT_PROVIDER = "https://127.0.0.1:8180/realms/ziyuanku";
    /** Where WildFly's OIDC client keeps the tokens, in the session and on the request (its class name). */
    static final String OIDC_CONTEXT = "org.wildfly.security.http.oidc.OidcSecurityContext";

    @Inject
    private UserSession userSession;

    @Inject
    private SignInAuditor auditor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<String> idToken = idToken(request, session);
        if (session != null && userSession.isSignedIn()) {
            auditor.record(request, userSession, "SIGN_OUT", "console");
        }
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(endSessionUrl(home(request), idToken));
    }

    /** The provider's end-session URL with the return address and, when the session had one, the ID token. */
    static String endSessionUrl(String home, Optional<String> idToken) {
        return providerUrl() + "/protocol/openid-connect/logout?client_id=ziyuanku-web"
                + idToken.map(token -> "&id_token_hint=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).orElse("")
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8);
    }

    private static String home(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
    }

    /**
     * The ID token of the signed-in session, read from the OIDC client's security context (through reflection: the
     * class lives in WildFly's OIDC module, which the web module does not compile against).
     */
    private static Optional<String> idToken(HttpServletRequest request, HttpSession session) {
        Object context = session == null ? null : session.getAttribute(OIDC_CONTEXT);
        if (context == null) {
            context = request.getAttribute(OIDC_CONTEXT);
        }
        if (context == null) {
            return Optional.empty();
        }
        try {
            Object token = context.getClass().getMethod("getIDTokenString").invoke(context);
            return token instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
            LOG.log(Level.WARNING, "No ID token for sign-out; the identity provider will ask to confirm", e);
            return Optional.empty();
        }
    }

    /** The realm URL, configured like WEB-INF/oidc.json: system property, then environment, then the default. */
    static String providerUrl() {
        String fromEnvironment = System.getenv("ZYK_OIDC_PROVIDER_URL");
        return System.getProperty("zyk.oidc.provider.url", fromEnvironment == null ? DEFAULT_PROVIDER : fromEnvironment);
    }
}
