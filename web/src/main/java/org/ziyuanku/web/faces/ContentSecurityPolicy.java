package org.ziyuanku.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The Content-Security-Policy of every page, for PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml), which sends
 * it with {@code 'nonce-…'} appended to the closing {@code script-src} and puts that nonce on the scripts it writes:
 * scripts only from the platform, never inline without the nonce and never {@code eval}; no plugins; the page not
 * framed by other sites; forms only to the platform and to the identity provider (a console form posted after the
 * session ended is sent on to sign in). Images, players and frames of the platform's own content stay allowed.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String DEFAULT_PROVIDER = "https://127.0.0.1:8180/realms/ziyuanku";

    private final String policy = policy(identityProviderOrigin());

    /** The policy up to {@code script-src 'self'}, to which PrimeFaces adds the request's nonce. */
    public String getPolicy() {
        return policy;
    }

    static String policy(String identityProvider) {
        return "default-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self' data:;"
                + " style-src 'self' 'unsafe-inline'; frame-src 'self'; object-src 'none'; base-uri 'self';"
                + " frame-ancestors 'self'; form-action 'self' " + identityProvider + "; script-src 'self'";
    }

    /** The identity provider's origin, from the realm URL configured like WEB-INF/oidc.json. */
    static String identityProviderOrigin() {
        String fromEnvironment = System.getenv("ZYK_OIDC_PROVIDER_URL");
        URI realm = URI.create(System.getProperty("zyk.oidc.provider.url",
                fromEnvironment == null ? DEFAULT_PROVIDER : fromEnvironment));
        return realm.getScheme() + "://" + realm.getHost() + (realm.getPort() < 0 ? "" : ":" + realm.getPort());
    }
}
