package org.ziyuanku.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/** The caller's name as the EJB container sees it: the identity WildFly established through OIDC. */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    private SessionContext context;

    /** The signed-in user's name; the virtual security domain admits signed-in callers only. */
    public String callerName() {
        return context.getCallerPrincipal().getName();
    }

    /** Whether the caller holds the realm role, as the EJB container sees it. */
    public boolean callerHasRole(String role) {
        return context.isCallerInRole(role);
    }
}
