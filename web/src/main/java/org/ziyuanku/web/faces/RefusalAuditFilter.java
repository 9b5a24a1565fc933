package org.ziyuanku.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.service.audit.RefusalAuditService;
import org.ziyuanku.service.audit.RefusedRequest;
import org.ziyuanku.service.audit.RequestOrigin;

/**
 * Puts every refused request into the audit chain (403, and 401 when a bearer token was presented), with the caller,
 * their roles, method and path, and source address, unless a service already recorded its own refusal of the
 * request. The container's security constraints refuse before any filter runs and answer through the 403 error page,
 * so the refusal is seen on the error dispatch; a refusal by the application is seen when the chain returns.
 * {@link RefusalAuditService} limits how many are recorded per caller and minute.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class RefusalAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalAuditFilter.class.getName());
    private static final String RECORDED = RefusalAuditFilter.class.getName() + ".recorded";

    @Inject
    private RequestOrigin origin;

    @Inject
    private RefusalAuditService refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            recordIfRefused(request, status instanceof Integer code ? code : 0,
                    uri != null ? uri.toString() : request.getRequestURI());
            chain.doFilter(request, response);
        } else {
            chain.doFilter(request, response);
            recordIfRefused(request, response.getStatus(), request.getRequestURI());
        }
    }

    private void recordIfRefused(HttpServletRequest request, int status, String path) {
        boolean refused = status == HttpServletResponse.SC_FORBIDDEN
                || status == HttpServletResponse.SC_UNAUTHORIZED && presentedToken(request);
        if (!refused || request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        Principal caller = request.getUserPrincipal();
        try {
            if (origin.isRefusalRecorded()) {
                return;
            }
            refusals.record(new RefusedRequest(caller == null ? null : caller.getName(),
                    caller == null ? null : request::isUserInRole, request.getRemoteAddr(),
                    request.getMethod() + " " + path, status));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refusal of " + request.getMethod() + " " + path + " could not be audited", e);
        }
    }

    private static boolean presentedToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
    }
}
