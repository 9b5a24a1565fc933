package org.ziyuanku.service.system.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Notification texts from the bundle {@code org/ziyuanku/service/system/notifications_{zh_CN,en}.properties}, the
 * one source for the inbox and the e-mails. English for an English locale, Simplified Chinese for everything else.
 * An unknown key renders as the key itself; a text without placeholders is used as written.
 */
public final class NotificationTexts {

    /** The language of e-mails: the platform's default. */
    public static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "org.ziyuanku.service.system.notifications";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTexts() {
    }

    /** The supported locale nearest to the requested one. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The text of the key with its arguments in the locale's language; the key itself when the bundle lacks it. */
    public static String render(String key, List<String> args, Locale locale) {
        if (key == null) {
            return "";
        }
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NotificationTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (!PLACEHOLDER.matcher(pattern).find()) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, language).format(args.toArray());
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }
}
