package org.ziyuanku.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The error page for 401 (web.xml): a protected {@code /api/v1/...} call without valid credentials gets a JSON
 * {@link ApiErrorDto} in the caller's language and {@code WWW-Authenticate: Bearer}, never a redirect to the sign-in
 * page (WEB-INF/undertow-handlers.conf has WildFly's OIDC client treat API calls as bearer-only unless their session
 * is signed in; see the comment in web.xml). Any other 401 shows the page saying that signing in is needed.
 */
@WebServlet("/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String PAGE = "/WEB-INF/errorpages/401.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("Cache-Control", "no-store");
        if (!response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String text ? text : request.getRequestURI();
        if (!uri.startsWith(request.getContextPath() + "/api/")) {
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        String message = MessageBundle.text(ApiLocale.of(request), "api.error.signInRequired");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(new ApiErrorDto(401, "unauthorized", message, null)));
    }
}
