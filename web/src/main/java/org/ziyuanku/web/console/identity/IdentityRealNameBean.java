package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.infrastructure.identity.IdentityDirectoryException;
import org.ziyuanku.service.identity.BindRealNameCommand;
import org.ziyuanku.service.identity.RealNameRefusedException;
import org.ziyuanku.service.identity.RealNameService;
import org.ziyuanku.service.identity.RealNameView;
import org.ziyuanku.service.identity.SchoolView;

/**
 * Real-name verification (实名认证, console/identity/real-name.xhtml): a teacher or student chooses their school and
 * gives name and number as on its roster; afterwards the page shows the verified binding. A refusal is shown in the
 * user's language and the form keeps what they typed.
 */
@Named
@RequestScoped
public class IdentityRealNameBean {

    @EJB
    private RealNameService realNameService;

    private Long school;
    private String realName;
    private String memberNumber;
    private RealNameView current;
    private boolean currentLoaded;
    private List<SchoolView> schools;

    /** Binds the signed-in person to the roster entry they name. */
    public void bind() {
        try {
            current = realNameService.bind(new BindRealNameCommand(school, realName, memberNumber));
            currentLoaded = true;
            Messages.addGlobalInfo("identity.realName.bound");
        } catch (RealNameRefusedException e) {
            Messages.addGlobalError(e.getReasonKey());
        } catch (IdentityDirectoryException e) {
            Messages.addGlobalError("api.error.identityProvider");
        }
    }

    /** The verified binding, or null while the person has none. */
    public RealNameView getCurrent() {
        if (!currentLoaded) {
            current = realNameService.current().orElse(null);
            currentLoaded = true;
        }
        return current;
    }

    public List<SchoolView> getSchools() {
        if (schools == null) {
            schools = realNameService.schoolsWithRoster();
        }
        return schools;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }
}
