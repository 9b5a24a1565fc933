package org.ziyuanku.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ziyuanku.web.faces.LocaleBean;

/**
 * Binds each session to the principal it serves: the first principal in a session, and any other principal later,
 * gets a new session id (unless {@link SessionRotationListener} has just given it one for this sign-in). After a
 * sign-in it also restores the language the visitor had chosen before.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionRotationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionRotation.bind(request);
        HttpSession session = request.getSession(false);
        Object language = session == null ? null : session.getAttribute(SessionRotation.LANGUAGE);
        if (language instanceof String tag) {
            session.removeAttribute(SessionRotation.LANGUAGE);
            localeBean.switchTo(tag);
        }
        chain.doFilter(request, response);
    }
}
