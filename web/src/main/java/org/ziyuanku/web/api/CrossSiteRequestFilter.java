package org.ziyuanku.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * Cross-site request forgery protection of the API (OWASP ASVS V3.5): a state-changing call (anything but GET, HEAD
 * and OPTIONS) authenticated by the browser's session cookie must come from the platform's own origin
 * ({@link SameOrigin}) and carry the session's token in {@value CsrfTokens#HEADER} ({@link CsrfTokens}); otherwise it
 * is refused with 403 before any resource method runs, so nothing changes. Calls with an
 * {@code Authorization: Bearer} token are exempt: a browser never adds that header to a cross-site request.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PUBLIC_URL = SameOrigin.configuredPublicUrl();

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || bearer(request)) {
            return;
        }
        String expected = SameOrigin.expected(PUBLIC_URL, servletRequest.getScheme(), servletRequest.getServerName(),
                servletRequest.getServerPort());
        boolean sameOrigin = SameOrigin.matches(request.getHeaderString("Origin"), request.getHeaderString("Referer"),
                expected);
        boolean token = CsrfTokens.matches(servletRequest.getSession(false),
                request.getHeaderString(CsrfTokens.HEADER));
        if (!sameOrigin || !token) {
            LOG.info(() -> "Refused a " + request.getMethod() + " to " + request.getUriInfo().getRequestUri().getPath()
                    + " with the session cookie: " + (sameOrigin ? "no valid token" : "not from " + expected));
            request.abortWith(ApiExceptionMappers.json(403, "cross_site_request",
                    MessageBundle.text(ApiLocale.of(headers), "api.error.crossSite"), null));
        }
    }

    private static boolean bearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
