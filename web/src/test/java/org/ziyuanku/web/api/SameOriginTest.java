package org.ziyuanku.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void originOf_dropsPathAndDefaultPort_andRefusesOpaqueOrOtherSchemes() {
        assertEquals(Optional.of("https://zyk.school.edu.cn"), SameOrigin.originOf("HTTPS://Zyk.School.edu.cn:443/x?y"));
        assertEquals(Optional.of("http://127.0.0.1:8380"), SameOrigin.originOf("http://127.0.0.1:8380/console/"));
        assertEquals(Optional.of("http://localhost"), SameOrigin.originOf("http://localhost:80"));
        assertEquals(Optional.empty(), SameOrigin.originOf("null"));
        assertEquals(Optional.empty(), SameOrigin.originOf("file:///etc/passwd"));
        assertEquals(Optional.empty(), SameOrigin.originOf("http://[bad"));
    }

    @Test
    void expected_isTheConfiguredPublicUrl_elseTheRequestsOwnOrigin() {
        assertEquals("https://zyk.school.edu.cn",
                SameOrigin.expected("https://zyk.school.edu.cn/", "http", "127.0.0.1", 8080));
        assertEquals("http://127.0.0.1:8080", SameOrigin.expected(null, "http", "127.0.0.1", 8080));
        assertEquals("https://zyk.example", SameOrigin.expected(null, "https", "ZYK.example", 443));
        assertThrows(IllegalStateException.class, () -> SameOrigin.expected("ftp://x", "http", "h", 80));
    }

    @Test
    void matches_theOriginHeader_orWithoutIt_theReferer_neverAnotherSite() {
        String platform = "http://127.0.0.1:8380";
        assertTrue(SameOrigin.matches("http://127.0.0.1:8380", null, platform));
        assertTrue(SameOrigin.matches(null, "http://127.0.0.1:8380/console/index.xhtml", platform));
        assertFalse(SameOrigin.matches("http://evil.example", "http://127.0.0.1:8380/", platform), "Origin wins");
        assertFalse(SameOrigin.matches(null, "http://127.0.0.1:8380.evil.example/", platform));
        assertFalse(SameOrigin.matches("http://127.0.0.1:8381", null, platform));
        assertFalse(SameOrigin.matches("https://127.0.0.1:8380", null, platform));
        assertFalse(SameOrigin.matches("null", null, platform));
        assertFalse(SameOrigin.matches(null, null, platform), "neither header: refused");
    }
}
