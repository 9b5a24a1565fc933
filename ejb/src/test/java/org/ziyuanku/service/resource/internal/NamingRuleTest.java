package org.ziyuanku.service.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.resource.ResourceKind;

class NamingRuleTest {

    private static final NamingRule.Facts FACTS = new NamingRule.Facts("460104", "焊接技术及自动化", "HJ01", "焊接工艺",
            null, ResourceKind.VIDEO, "mp4", "平焊操作", LocalDate.of(2026, 11, 22));

    @Test
    void apply_fullRule_joinsCodesKindAndTitle() {
        assertEquals("460104-HJ01-SP-平焊操作", NamingRule.apply("{major}-{course}-{kind}-{title}", FACTS));
    }

    @Test
    void apply_missingField_dropsItWithItsSeparator() {
        assertEquals("HJ01_平焊操作_20261122", NamingRule.apply("{course}_{module}_{title}_{date}", FACTS));
    }

    @Test
    void apply_noRule_isTheTitle() {
        assertEquals("平焊操作", NamingRule.apply(" ", FACTS));
    }

    @Test
    void apply_unknownField_staysVisible() {
        assertEquals("{teacher}-平焊操作", NamingRule.apply("{teacher}-{title}", FACTS));
    }
}
