package org.ziyuanku.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Any page requested (GET) with {@code ?lang=en} or {@code ?lang=zh-CN} switches the session's language first. */
@WebFilter(urlPatterns = "*.xhtml")
public class LocaleSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PARAMETER = "lang";

    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (requested != null) {
            localeBean.switchTo(requested);
        }
        chain.doFilter(request, response);
    }
}
