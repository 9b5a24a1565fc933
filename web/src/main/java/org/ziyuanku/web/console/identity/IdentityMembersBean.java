package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jakarta.faces.view.ViewScoped;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.identity.MemberView;
import org.ziyuanku.service.identity.OrganisationMemberService;
import org.ziyuanku.service.identity.RoleGrantRefusedException;
import org.ziyuanku.service.identity.UserAccountService;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The people of one organisation (console/identity/members.xhtml?organisation=…), for its administrators, each with a
 * button to disable or enable them. Outside the caller's scope the 403 page, an unknown organisation the 404 page.
 */
@Named
@ViewScoped
public class IdentityMembersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationMemberService memberService;

    @EJB
    private UserAccountService accountService;

    @Inject
    private LocaleBean localeBean;

    private String organisation;
    private transient List<MemberView> members;

    /** Reads the members; the service refuses callers outside its scope (403), no such organisation is 404. */
    public void load() {
        members = OrganisationParameter.id(organisation).flatMap(memberService::listMembers)
                .orElseThrow(() -> new SubjectNotFoundException("organisation " + organisation));
    }

    /** Disables the member of the row whose button was pressed, or enables them again. */
    public void changeStatus(String username, boolean enabled) {
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

    public List<MemberView> getMembers() {
        if (members == null) {
            load();
        }
        return members;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
