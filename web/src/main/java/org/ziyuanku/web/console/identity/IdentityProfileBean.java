package org.ziyuanku.web.console.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.audit.AuditRecordView;
import org.ziyuanku.service.audit.AuditSearchService;
import org.ziyuanku.service.identity.PhoneVerificationException;
import org.ziyuanku.service.identity.PhoneVerificationResult;
import org.ziyuanku.service.identity.PhoneVerificationService;
import org.ziyuanku.web.console.UserSession;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * The personal space (console/identity/profile.xhtml): the signed-in person's mobile number verified by SMS code,
 * their own activity records, and the way to Keycloak's account console for password, two-factor and sessions.
 */
@Named
@RequestScoped
public class IdentityProfileBean {

    private static final int ACTIVITY_MAX = 50;

    @EJB
    private PhoneVerificationService phoneService;

    @EJB
    private AuditSearchService auditSearch;

    @Inject
    private UserSession userSession;

    @Inject
    private LocaleBean localeBean;

    private String phone;
    private String code;
    private String verifiedPhone;
    private List<AuditRecordView> activity;

    public void sendCode() {
        try {
            phoneService.sendCode(phone);
            message(FacesMessage.SEVERITY_INFO, "identity.phone.sent");
        } catch (PhoneVerificationException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getReasonKey());
        }
    }

    public void confirmCode() {
        PhoneVerificationResult result = phoneService.confirm(code);
        code = null;
        message(result == PhoneVerificationResult.VERIFIED ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                "identity.phone." + result.name().toLowerCase(Locale.ROOT));
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, MessageBundle.text(localeBean.getLocale(), key), null));
    }

    /** The verified number, masked, or null. */
    public String getVerifiedPhone() {
        if (verifiedPhone == null) {
            verifiedPhone = phoneService.verifiedPhone().orElse("");
        }
        return verifiedPhone.isEmpty() ? null : verifiedPhone;
    }

    /** The person's own newest activity records from the audit trail (sign-ins, changes they made). */
    public List<AuditRecordView> getActivity() {
        if (activity == null) {
            activity = auditSearch.recordsOf(userSession.getUsername(), ACTIVITY_MAX);
        }
        return activity;
    }

    /** Keycloak's account console of the realm: password, two-factor, active sessions and devices. */
    public String getAccountConsoleUrl() {
        String realm = System.getProperty("zyk.oidc.provider.url", System.getenv("ZYK_OIDC_PROVIDER_URL"));
        return (realm == null || realm.isBlank() ? "https://127.0.0.1:8180/realms/ziyuanku" : realm) + "/account";
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
