package org.ziyuanku.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
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

    /** The same choice for a servlet request (error pages); the server's own locale never counts. */
    public static Locale of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return LocaleBean.DEFAULT;
        }
        for (Locale acceptable : Collections.list(request.getLocales())) {
            var supported = LocaleBean.supported(acceptable.toLanguageTag());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return LocaleBean.DEFAULT;
    }
}
