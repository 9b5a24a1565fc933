package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.identity.MemberView;
import org.ziyuanku.service.identity.OrganisationMemberService;
import org.ziyuanku.service.identity.RoleGrantRefusedException;
import org.ziyuanku.service.identity.UserAccountService;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * The people of one organisation (console/identity/members.xhtml?organisation=…), for its administrators. Outside
 * the caller's scope the page answers 403, an unknown organisation 404.
 */
@Named
@RequestScoped
public class IdentityMembersBean {

    @EJB
    private OrganisationMemberService memberService;

    @EJB
    private UserAccountService accountService;

    @Inject
    private LocaleBean localeBean;

    /** From the request in every phase: a postback evaluates the page before view parameters reach the bean. */
    @Inject
    @Param
    private String organisation;
    private List<MemberView> members;
    private boolean forbidden;
    private boolean loaded;

    public void load() {
        loaded = true;
        forbidden = false;
        Optional<List<MemberView>> found = Optional.empty();
        try {
            found = OrganisationParameter.id(organisation).flatMap(memberService::listMembers);
        } catch (AccessDeniedException e) {
            forbidden = true;
        }
        members = found.orElse(null);
        if (forbidden || members == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(
                    forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * Applies a row's disable or enable button: the request parameter {@code disable} or {@code enable} names the
     * member; on a real postback of the page's form only, so a link or another site's form changes nobody.
     */
    public void applyStatusChange() {
        String disable = RequestParameters.posted("disable");
        String enable = RequestParameters.posted("enable");
        if (disable != null || enable != null) {
            changeStatus(disable != null ? disable : enable, disable == null);
        }
    }

    private void changeStatus(String username, boolean enabled) {
        String key;
        try {
            key = accountService.changeStatus(username, enabled).isPresent()
                    ? (enabled ? "identity.members.enabled" : "identity.members.disabled") : "identity.members.notFound";
        } catch (AccessDeniedException e) {
            key = "identity.members.forbidden";
        } catch (RoleGrantRefusedException e) {
            key = e.getReasonKey();
        } catch (IdentityDirectoryException e) {
            key = "api.error.identityProvider";
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                MessageBundle.text(localeBean.getLocale(), key, username)));
        load();
    }

    /** The members, read on first use: a postback needs them before the view action would run. */
    public List<MemberView> getMembers() {
        if (!loaded) {
            load();
        }
        return members;
    }

    public boolean isForbidden() {
        getMembers();
        return forbidden;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
