package org.ziyuanku.service.identity.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ziyuanku.service.identity.OrganisationProfileCommand;
import org.ziyuanku.service.identity.OrganisationUnitRefusedException;
import org.ziyuanku.service.system.RefusedException.Kind;

class OrganisationInputTest {

    private static String refusal(OrganisationProfileCommand command) {
        return assertThrows(OrganisationUnitRefusedException.class, () -> OrganisationInput.checkProfile(command))
                .getReasonKey();
    }

    @Test
    void checkUnit_refusesEmptyAndLongNamesAndLongCodes() {
        assertEquals(Kind.INVALID, assertThrows(OrganisationUnitRefusedException.class,
                () -> OrganisationInput.checkUnit(" ", null)).kind());
        assertThrows(OrganisationUnitRefusedException.class, () -> OrganisationInput.checkUnit("系".repeat(101), null));
        assertThrows(OrganisationUnitRefusedException.class, () -> OrganisationInput.checkUnit("系", "C".repeat(33)));
        assertDoesNotThrow(() -> OrganisationInput.checkUnit(" " + "系".repeat(100) + " ", "C".repeat(32)));
    }

    @Test
    void checkProfile_acceptsTypicalData_andBlanks() {
        assertDoesNotThrow(() -> OrganisationInput.checkProfile(new OrganisationProfileCommand("深信院",
                "https://www.sziit.edu.cn/", "0755-8967 2000", "office@sziit.edu.cn", "深圳市龙岗区")));
        assertDoesNotThrow(() -> OrganisationInput.checkProfile(new OrganisationProfileCommand(null, " ", "", null,
                null)));
    }

    @Test
    void checkProfile_refusesScriptsAsWebsite_lettersAsPhone_badEmail_longTexts() {
        assertEquals("identity.units.refused.website",
                refusal(new OrganisationProfileCommand(null, "javascript:alert(1)", null, null, null)));
        assertEquals("identity.units.refused.phone",
                refusal(new OrganisationProfileCommand(null, null, "call me", null, null)));
        assertEquals("identity.units.refused.email",
                refusal(new OrganisationProfileCommand(null, null, null, "office@", null)));
        assertEquals("identity.units.refused.shortNameTooLong",
                refusal(new OrganisationProfileCommand("简".repeat(33), null, null, null, null)));
        assertEquals("identity.units.refused.addressTooLong",
                refusal(new OrganisationProfileCommand(null, null, null, null, "路".repeat(256))));
    }

    @Test
    void refusals_ofState_areConflicts_unknownUnitNotFound() {
        assertEquals(Kind.CONFLICT, new OrganisationUnitRefusedException("identity.units.refused.hasChildren", "x")
                .kind());
        assertEquals(Kind.NOT_FOUND, new OrganisationUnitRefusedException("identity.units.refused.unknownUnit", "1")
                .kind());
        assertEquals(Kind.INVALID, new OrganisationUnitRefusedException("identity.units.refused.cycle", "a", "b")
                .kind());
    }
}
