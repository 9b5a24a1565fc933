package org.ziyuanku.web.console;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Changes the session id on the identity provider's answer (the sign-in callback). Request listeners run before
 * WildFly's security handlers, and the OIDC client answers the callback itself with a redirect (no filter ever sees
 * that request), so this is the one place that runs before the account is stored in the session and the answer
 * leaves: the redirect already carries the new id.
 */
@WebListener
public class SessionRotationListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && "GET".equals(request.getMethod())
                && SessionRotation.isSignInAnswer(request)) {
            SessionRotation.beforeSignIn(request);
        }
    }
}
