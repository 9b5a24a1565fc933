package org.ziyuanku.web.console.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.ScopeType;

class GrantScopeChoiceTest {

    @Test
    void parse_typeAndId_isTheScope() {
        assertEquals(Optional.of(new GrantScopeChoice(ScopeType.ORGANISATION, 12)),
                GrantScopeChoice.parse("ORGANISATION:12"));
        assertEquals(Optional.of(new GrantScopeChoice(ScopeType.PLATFORM, 0)), GrantScopeChoice.parse("PLATFORM:0"));
    }

    @Test
    void parse_missingUnknownTypeOrMalformedId_isEmpty() {
        for (String bad : new String[] {null, "", "ORGANISATION", "ORGANISATION:", "ORGANISATION:abc", "SCHOOL:1",
            "organisation:1", "LIBRARY:1:2", ":1"}) {
            assertTrue(GrantScopeChoice.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
