package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocaleBeanTest {

    @Test
    void defaultsToSimplifiedChinese_matchesOnlySupportedLanguages() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleBean.chosen(null), "no session: the default");
        assertEquals(Optional.of(Locale.ENGLISH), LocaleBean.supported("en-US"));
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), LocaleBean.supported("zh_CN"));
        assertTrue(LocaleBean.supported("fr").isEmpty(), "an unsupported language matches nothing");
        assertTrue(LocaleBean.supported(" ").isEmpty());
    }

    @Test
    void messageBundle_formatsInEachLocale_andShowsMissingKeys() {
        assertEquals("共 3 个资源库，2 个专业大类", MessageBundle.text(Locale.SIMPLIFIED_CHINESE, "library.catalogue.total", 3, 2));
        assertEquals("3 libraries in 2 major categories", MessageBundle.text(Locale.ENGLISH, "library.catalogue.total", 3, 2));
        assertEquals("[no.such.key]", MessageBundle.text(Locale.ENGLISH, "no.such.key"));
    }
}
