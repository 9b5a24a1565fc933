package org.ziyuanku.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ziyuanku.service.audit.RequestOrigin;

/** Hands every request's source address and user agent to the services' audit records. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr(), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
