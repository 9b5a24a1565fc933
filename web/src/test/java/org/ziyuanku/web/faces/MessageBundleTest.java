package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;

class MessageBundleTest {

    @Test
    void anEnumParameterIsShownByItsLabelInTheCallersLanguage() {
        assertEquals("第 1 条规则（单选题）需要 50 道题，但符合条件且未被前面规则抽走的只有 8 道。",
                MessageBundle.text(Locale.SIMPLIFIED_CHINESE, "exam.paper.invalid.notEnough", 1,
                        QuestionType.SINGLE_CHOICE, 50, 8));
        assertEquals("Rule 2 (Matching) needs 3 questions, but only 1 match it that earlier rules have not drawn.",
                MessageBundle.text(Locale.ENGLISH, "exam.paper.invalid.notEnough", 2, QuestionType.MATCHING, 3, 1));
    }

    @Test
    void anEnumLabelKeyAsTextParameterIsShownByItsLabel_otherTextStaysAsItIs() {
        assertEquals("Rule 1 (True/false) needs 2 questions, but only 0 match it that earlier rules have not drawn.",
                MessageBundle.text(Locale.ENGLISH, "exam.paper.invalid.notEnough", "1", "enum.QuestionType.TRUE_FALSE",
                        "2", "0"));
        assertEquals("Rule 1 (enum.NoSuch.X) needs 2 questions, but only 0 match it that earlier rules have not drawn.",
                MessageBundle.text(Locale.ENGLISH, "exam.paper.invalid.notEnough", "1", "enum.NoSuch.X", "2", "0"));
    }

    @Test
    void aMissingKeyIsShownInBrackets() {
        assertEquals("[no.such.key]", MessageBundle.text(Locale.ENGLISH, "no.such.key", 1));
    }
}
