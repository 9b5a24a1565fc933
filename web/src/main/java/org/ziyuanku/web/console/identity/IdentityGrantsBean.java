package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.GrantRoleCommand;
import org.ziyuanku.service.identity.GrantScopeView;
import org.ziyuanku.service.identity.RoleGrantRefusedException;
import org.ziyuanku.service.identity.RoleGrantService;
import org.ziyuanku.service.identity.RoleGrantView;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * Roles within a scope (console/identity/grants.xhtml): the grants the caller administers, a form to grant a role
 * and a button to revoke one. Whoever grants nothing (a teacher, the system or audit administrator) gets 403.
 */
@Named
@RequestScoped
public class IdentityGrantsBean {

    @EJB
    private RoleGrantService grantService;

    @Inject
    private LocaleBean localeBean;

    private List<RoleGrantView> grants;
    private List<GrantScopeView> scopes;
    private boolean forbidden;
    private String username;
    private String role;
    private String scope;

    /** Answers 403 to callers who grant nothing. */
    public void load() {
        if (getGrants() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public void grant() {
        String[] parts = scope == null ? new String[0] : scope.split(":");
        if (parts.length != 2) {
            error("identity.grants.unknownScope");
            return;
        }
        try {
            RoleGrantView granted = grantService.grant(new GrantRoleCommand(username == null ? null : username.strip(),
                    role, ScopeType.valueOf(parts[0]), Long.parseLong(parts[1])));
            info("identity.grants.granted", granted.username());
            username = null;
            grants = null;
        } catch (RoleGrantRefusedException e) {
            error(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            error("identity.grants.notYours");
        } catch (IdentityDirectoryException e) {
            error("api.error.identityProvider");
        }
    }

    /**
     * Applies a row's revoke button (request parameter {@code revoke} with the grant's id), on a real postback of the
     * page's form only: a link or another site's form revokes nothing.
     */
    public void applyRevoke() {
        String requested = RequestParameters.posted("revoke");
        if (requested == null) {
            return;
        }
        long grantId;
        try {
            grantId = Long.parseLong(requested);
        } catch (NumberFormatException e) {
            return;
        }
        try {
            grantService.revoke(grantId).ifPresent(v -> info("identity.grants.revoked", v.username()));
            grants = null;
        } catch (RoleGrantRefusedException e) {
            error(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            error("identity.grants.notYours");
        }
    }

    private void info(String key, Object... args) {
        message(FacesMessage.SEVERITY_INFO, key, args);
    }

    private void error(String key, Object... args) {
        message(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private void message(FacesMessage.Severity severity, String key, Object... args) {
        String text = MessageBundle.text(localeBean.getLocale(), key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The visible grants, read once per request; null when the caller grants nothing. */
    public List<RoleGrantView> getGrants() {
        if (grants == null && !forbidden) {
            try {
                grants = grantService.visibleGrants();
                scopes = grantService.grantableScopes();
            } catch (AccessDeniedException e) {
                forbidden = true;
            }
        }
        return grants;
    }

    public List<GrantScopeView> getScopes() {
        getGrants();
        return scopes;
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
    }

    public boolean isForbidden() {
        getGrants();
        return forbidden;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
