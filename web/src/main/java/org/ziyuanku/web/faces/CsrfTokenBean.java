package org.ziyuanku.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.ziyuanku.web.api.CsrfTokens;

/**
 * The signed-in session's API token for the page head ({@code <meta name="zyk-csrf">}): a page script that calls a
 * state-changing API endpoint with the session cookie sends it as {@code X-CSRF-Token} (see {@link CsrfTokens}).
 */
@Named
@RequestScoped
public class CsrfTokenBean {

    /** The token of the current session (made on first use); only rendered for signed-in visitors. */
    public String getValue() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return CsrfTokens.of((HttpSession) external.getSession(true));
    }

    public String getHeader() {
        return CsrfTokens.HEADER;
    }
}
