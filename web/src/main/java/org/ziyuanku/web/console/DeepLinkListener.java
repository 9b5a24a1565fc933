package org.ziyuanku.web.console;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps the query string of a console page requested with GET, before authentication: request listeners run before
 * WildFly's security handlers, filters only after them, so a filter never sees the request that the OIDC client
 * answers with its redirect to the sign-in page. {@link DeepLinkFilter} forgets the link when the request passes
 * authentication with its parameters, and returns to it when it came back without them.
 */
@WebListener
public class DeepLinkListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request) || !"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        DeepLink.of(path, request.getQueryString(), System.currentTimeMillis())
                .ifPresent(link -> request.getSession().setAttribute(DeepLink.ATTRIBUTE, link));
    }
}
