package org.ziyuanku.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleBeanTest {

    @Test
    void defaultsToSimplifiedChinese_switchesOnlyToSupportedLanguages() {
        LocaleBean bean = new LocaleBean();
        assertEquals(Locale.SIMPLIFIED_CHINESE, bean.getLocale());
        assertTrue(bean.switchTo("en-US"));
        assertTrue(bean.isEnglish());
        assertFalse(bean.switchTo("fr"));
        assertTrue(bean.isEnglish(), "an unsupported language keeps the current one");
        assertTrue(bean.switchTo("zh_CN"));
        assertEquals("zh-CN", bean.getLanguageTag());
    }

    @Test
    void sessionStateIsSerializableAndSmall() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new LocaleBean());
        }
        assertTrue(bytes.size() < 512, "serialized size " + bytes.size());
    }

    @Test
    void messageBundle_formatsInEachLocale_andShowsMissingKeys() {
        assertEquals("共 3 个资源库，2 个专业大类", MessageBundle.text(Locale.SIMPLIFIED_CHINESE, "library.catalogue.total", 3, 2));
        assertEquals("3 libraries in 2 major categories", MessageBundle.text(Locale.ENGLISH, "library.catalogue.total", 3, 2));
        assertEquals("[no.such.key]", MessageBundle.text(Locale.ENGLISH, "no.such.key"));
    }
}
