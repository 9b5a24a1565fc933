package org.ziyuanku.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeepLinkTest {

    private static final String MEMBERS = "/console/identity/members.xhtml";

    @Test
    void consolePageWithQuery_isKept_andLeadsBackWithItsParameters() {
        DeepLink link = DeepLink.of(MEMBERS, "organisation=193", 1_000L).orElseThrow();
        assertEquals(MEMBERS + "?organisation=193", link.target());
        assertTrue(link.leadsBackFrom(MEMBERS, 2_000L));
    }

    @Test
    void otherPath_orTooLate_doesNotLeadBack() {
        DeepLink link = DeepLink.of(MEMBERS, "organisation=193", 1_000L).orElseThrow();
        assertFalse(link.leadsBackFrom("/console/index.xhtml", 2_000L));
        assertFalse(link.leadsBackFrom(MEMBERS, 1_000L + DeepLink.MAX_AGE_MILLIS + 1));
    }

    @Test
    void pathsOutsideTheConsole_orUnsafe_areNotKept() {
        assertTrue(DeepLink.of("/portal/index.xhtml", "q=1", 0).isEmpty());
        assertTrue(DeepLink.of("//evil.example/console/x", "q=1", 0).isEmpty());
        assertTrue(DeepLink.of("/console//evil.example", "q=1", 0).isEmpty());
        assertTrue(DeepLink.of("/console/../api/v1/me", "q=1", 0).isEmpty());
        assertTrue(DeepLink.of("/console/a\\b", "q=1", 0).isEmpty());
        assertTrue(DeepLink.of(MEMBERS, "a=1\r\nLocation: x", 0).isEmpty());
        assertTrue(DeepLink.of(MEMBERS, "x=" + "a".repeat(DeepLink.MAX_LENGTH), 0).isEmpty());
    }

    @Test
    void noQuery_orTheProvidersAnswer_isNotKept() {
        assertTrue(DeepLink.of(MEMBERS, null, 0).isEmpty());
        assertTrue(DeepLink.of(MEMBERS, "", 0).isEmpty());
        assertTrue(DeepLink.of(MEMBERS, "state=abc&session_state=x&code=def", 0).isEmpty());
        assertTrue(DeepLink.isProviderAnswer("state=abc&code=def"));
        assertFalse(DeepLink.isProviderAnswer("organisation=1&code=x"));
    }
}
