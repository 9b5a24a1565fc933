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

    /**
     * The formatted text for the key, or the key itself in brackets when it is missing (visible, never a crash). A
     * parameter that is an enum constant, or the key {@code enum.<Type>.<NAME>} of one (refusals carry their
     * arguments as text), is shown by its label where the bundle has one.
     */
    public static String text(Locale locale, String key, Object... params) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale);
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(labelled(bundle, params));
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    private static Object[] labelled(ResourceBundle bundle, Object... params) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Enum<?> constant) {
                String label = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                out[i] = bundle.containsKey(label) ? bundle.getString(label) : constant.name();
            } else if (out[i] instanceof String key && key.startsWith("enum.") && bundle.containsKey(key)) {
                out[i] = bundle.getString(key);
            }
        }
        return out;
    }
}
