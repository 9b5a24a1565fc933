package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jakarta.faces.view.ViewScoped;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.identity.GrantRoleCommand;
import org.ziyuanku.service.identity.GrantScopeView;
import org.ziyuanku.service.identity.RoleGrantRefusedException;
import org.ziyuanku.service.identity.RoleGrantService;
import org.ziyuanku.service.identity.RoleGrantView;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * Roles within a scope (console/identity/grants.xhtml): the grants the caller administers, a form to grant a role
 * and a button to revoke one. Whoever grants nothing (a teacher, the system or audit administrator) gets 403.
 */
@Named
@ViewScoped
public class IdentityGrantsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RoleGrantService grantService;

    @Inject
    private LocaleBean localeBean;

    private transient List<RoleGrantView> grants;
    private transient List<GrantScopeView> scopes;
    private String username;
    private String role;
    private String scope;

    /** Reads the grants the caller sees and the scopes they may grant in; a caller who grants nothing gets 403. */
    public void load() {
        grants = grantService.visibleGrants();
        scopes = grantService.grantableScopes();
    }

    public void grant() {
        GrantScopeChoice chosen = GrantScopeChoice.parse(scope).orElse(null);
        if (chosen == null) {
            error("identity.grants.unknownScope");
            return;
        }
        try {
            RoleGrantView granted = grantService.grant(new GrantRoleCommand(username == null ? null : username.strip(),
                    role, chosen.type(), chosen.id()));
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

    /** Revokes the grant of the row whose button was pressed. */
    public void revoke(long grantId) {
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

    /** The visible grants, read once per view and again after a change. */
    public List<RoleGrantView> getGrants() {
        if (grants == null) {
            load();
        }
        return grants;
    }

    public List<GrantScopeView> getScopes() {
        if (scopes == null) {
            load();
        }
        return scopes;
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
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
