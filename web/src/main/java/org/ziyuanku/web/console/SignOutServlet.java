package org.ziyuanku.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /signout}: ends the replicated session (so every node forgets it) and the single sign-on session at the
 * identity provider, which then returns the visitor to the portal's home page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_PROVIDER = "http://127.0.0.1:8180/realms/ziyuanku";

    @Inject
    private UserSession userSession;

    @Inject
    private SignInAuditor auditor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && userSession.isSignedIn()) {
            auditor.record(request, userSession, "SIGN_OUT", "console");
        }
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        response.sendRedirect(providerUrl() + "/protocol/openid-connect/logout?client_id=ziyuanku-web"
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }

    /** The realm URL, configured like WEB-INF/oidc.json: system property, then environment, then the default. */
    static String providerUrl() {
        String fromEnvironment = System.getenv("ZYK_OIDC_PROVIDER_URL");
        return System.getProperty("zyk.oidc.provider.url", fromEnvironment == null ? DEFAULT_PROVIDER : fromEnvironment);
    }
}
