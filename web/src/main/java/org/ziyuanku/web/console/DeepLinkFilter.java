package org.ziyuanku.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * After sign-in, returns once to the console page the visitor asked for with its query string (kept by
 * {@link DeepLinkListener}): a signed-in GET of the same path without parameters, or with only the identity
 * provider's {@code code} and {@code state}, is redirected to the kept path and query. The link is used once
 * and forgotten after ten minutes or as soon as any other console page is opened.
 */
@WebFilter(urlPatterns = "/console/*")
public class DeepLinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(DeepLink.ATTRIBUTE);
        if (kept instanceof DeepLink link && "GET".equals(request.getMethod()) && request.getUserPrincipal() != null) {
            session.removeAttribute(DeepLink.ATTRIBUTE);
            String query = request.getQueryString();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean lostItsQuery = query == null || query.isEmpty() || DeepLink.isProviderAnswer(query);
            if (lostItsQuery && link.leadsBackFrom(path, System.currentTimeMillis())) {
                response.sendRedirect(request.getContextPath() + link.target());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
