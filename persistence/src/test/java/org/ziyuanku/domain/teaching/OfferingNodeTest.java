package org.ziyuanku.domain.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferingNodeTest {

    private static final OfferingTerm TERM = new OfferingTerm("2026-2027-1", LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 1, 20), "焊接工艺", EnrolmentMode.CODE, false);
    private final CourseOffering offering = new CourseOffering(1, 1, 7, 3L, TERM, null);
    private final OfferingNode module = OfferingNode.fromStandard(offering, null, 1, 0, UUID.randomUUID(), "h1",
            new NodeContent("模块", null, null, null, null, 60), false);
    private final OfferingNode topic = OfferingNode.fromStandard(offering, module, 2, 0, UUID.randomUUID(), "h2",
            new NodeContent("主题", null, null, null, null, 60), false);

    private OfferingNode item() {
        return OfferingNode.fromStandard(offering, topic, 3, 0, UUID.randomUUID(), "h3",
                new NodeContent("条目", "RESOURCE", 5L, null, null, 60), true);
    }

    @Test
    void editLocally_marksTheNode_andTakingTheStandardClearsIt() {
        OfferingNode item = item();
        item.editLocally(new NodeContent("我的条目", "RESOURCE", 6L, null, null, 60));
        assertTrue(item.isLocalChanged());
        item.takeStandard(new NodeContent("新条目", "RESOURCE", 5L, null, null, 60), "h4");
        assertFalse(item.isLocalChanged());
        assertEquals("h4", item.getBaseHash());
        assertEquals("新条目", item.getTitle());
    }

    @Test
    void declining_keepsTheLocalContent_butCountsTheStandardHashAsSeen() {
        OfferingNode item = item();
        item.editLocally(new NodeContent("我的条目", "RESOURCE", 5L, null, null, 60));
        item.declineStandard("h9");
        assertTrue(item.isLocalChanged());
        assertEquals("我的条目", item.getTitle());
        assertEquals("h9", item.getBaseHash());
    }

    @Test
    void copyIntoANewOffering_keepsOriginFlagsAndContent() {
        OfferingNode item = item();
        item.editLocally(new NodeContent("我的条目", "RESOURCE", 5L, null, null, 60));
        item.setHidden(true);
        CourseOffering next = new CourseOffering(1, 1, 7, 3L, TERM, 1L);
        OfferingNode copy = item.copyInto(next, topic);
        assertEquals(item.getOriginKey(), copy.getOriginKey());
        assertTrue(copy.isLocalChanged() && copy.isHidden() && copy.isTrial());
        assertEquals("我的条目", copy.getTitle());
    }

    @Test
    void nodes_mustFitTheTree_andOnlyModulesHaveDueDates() {
        assertThrows(IllegalArgumentException.class, () -> OfferingNode.local(offering, module, 3, 0,
                new NodeContent("条目", "RESOURCE", 5L, null, null, 60)));
        assertThrows(IllegalArgumentException.class, () -> OfferingNode.local(offering, topic, 3, 0,
                new NodeContent("条目", null, null, null, null, 60)));
        assertThrows(IllegalArgumentException.class, () -> item().setDueOn(LocalDate.of(2026, 10, 1)));
        module.setDueOn(LocalDate.of(2026, 10, 1));
        OfferingNode local = OfferingNode.local(offering, topic, 3, 1, new NodeContent("本地", "RESOURCE", 8L, null,
                null, 60));
        assertNull(local.getOriginKey());
        assertTrue(local.isLocalChanged());
    }

    @Test
    void classCodes_areEightCrockfordCharacters_andTypingIsForgiven() {
        String code = CourseClass.newCode();
        assertEquals(8, code.length());
        assertTrue(code.chars().allMatch(c -> CourseClass.ALPHABET.indexOf(c) >= 0), code);
        assertEquals("AB01CD1X", CourseClass.normaliseCode(" ab-o1 cdlx "));
    }

    @Test
    void terms_areChecked() {
        assertNull(TERM.check());
        assertEquals("term", new OfferingTerm("2026", TERM.startsOn(), TERM.endsOn(), "t", EnrolmentMode.OPEN,
                false).check());
        assertEquals("dates", new OfferingTerm("2026-2027-2", TERM.endsOn(), TERM.startsOn(), "t",
                EnrolmentMode.OPEN, false).check());
        assertEquals("mode", new OfferingTerm("2026-2027-2", TERM.startsOn(), TERM.endsOn(), "t", null, false)
                .check());
    }
}
