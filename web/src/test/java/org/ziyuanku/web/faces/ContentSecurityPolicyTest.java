package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void policy_endsWithTheScriptSourceForPrimeFacesNonce_andNeverAllowsInlineOrEvalScripts() {
        String policy = ContentSecurityPolicy.policy("https://id.example.edu.cn");
        assertTrue(policy.endsWith("; script-src 'self'"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe"), policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'")
                && policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("form-action 'self' https://id.example.edu.cn;"), policy);
    }

    @Test
    void identityProvider_isTheRealmUrlsOrigin() {
        String before = System.getProperty("zyk.oidc.provider.url");
        System.setProperty("zyk.oidc.provider.url", "http://127.0.0.1:8190/realms/ziyuanku");
        try {
            assertEquals("http://127.0.0.1:8190", ContentSecurityPolicy.identityProviderOrigin());
        } finally {
            if (before == null) {
                System.clearProperty("zyk.oidc.provider.url");
            } else {
                System.setProperty("zyk.oidc.provider.url", before);
            }
        }
    }
}
