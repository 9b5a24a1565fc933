package org.ziyuanku.web.faces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves interface text by key from the {@code msg} bundle, in a given locale. */
public final class MessageBundle {

    public static final String BASE_NAME = "org.ziyuanku.web.i18n.messages";

    private MessageBundle() {
    }

    /** The formatted text for the key, or the key itself in brackets when it is missing (visible, never a crash). */
    public static String text(Locale locale, String key, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BASE_NAME, locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }
}
