package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.identity.AccessDeniedException;
import org.ziyuanku.service.identity.MemberView;
import org.ziyuanku.service.identity.OrganisationMemberService;

/**
 * The people of one organisation (console/identity/members.xhtml?organisation=…), for its administrators. Outside
 * the caller's scope the page answers 403, an unknown organisation 404.
 */
@Named
@RequestScoped
public class IdentityMembersBean {

    @EJB
    private OrganisationMemberService memberService;

    private String organisation;
    private List<MemberView> members;
    private boolean forbidden;

    public void load() {
        Optional<List<MemberView>> found = Optional.empty();
        try {
            found = parseId().flatMap(memberService::listMembers);
        } catch (AccessDeniedException e) {
            forbidden = true;
        }
        members = found.orElse(null);
        if (forbidden || members == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(
                    forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private Optional<Long> parseId() {
        try {
            return organisation == null ? Optional.empty() : Optional.of(Long.parseLong(organisation.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
