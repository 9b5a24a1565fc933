package org.ziyuanku.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;

/** The console home (console/index.xhtml): who is signed in, with which roles, and the menu those roles open. */
@Named
@RequestScoped
public class ConsoleHomeBean {

    @Inject
    private UserSession userSession;

    @Inject
    private SignInAuditor auditor;

    @Inject
    private Caller caller;

    /**
     * Reads the signed-in {@link Caller} (whose platform account exists from then on) into the session on every visit,
     * so role changes show at the next page; the first visit of a session is audited as a sign-in.
     */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean firstVisit = !userSession.isSignedIn();
        userSession.signIn(caller.username(), caller::holdsRole);
        if (firstVisit) {
            auditor.record((HttpServletRequest) external.getRequest(), userSession, "SIGN_IN", "console");
        }
    }

    public List<PlatformRole> getRoles() {
        return userSession.getRoles();
    }

    public String getUsername() {
        return userSession.getUsername();
    }
}
