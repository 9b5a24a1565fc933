package org.ziyuanku.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.ziyuanku.web.faces.LocaleBean;

/** The language of API messages: the first supported one in Accept-Language, else Simplified Chinese. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return LocaleBean.DEFAULT;
        }
        for (Locale acceptable : headers.getAcceptableLanguages()) {
            var supported = LocaleBean.supported(acceptable.toLanguageTag());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return LocaleBean.DEFAULT;
    }
}
