package org.ziyuanku.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Binds each session to the principal it serves: the first principal in a session, and any other principal later,
 * gets a new session id (unless {@link SessionRotationListener} has just given it one for this sign-in).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionRotationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionRotation.bind(request);
        chain.doFilter(request, response);
    }
}
