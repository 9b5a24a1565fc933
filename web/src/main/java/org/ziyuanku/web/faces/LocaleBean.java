package org.ziyuanku.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor's interface language, kept in the (replicated) session. Simplified Chinese unless the visitor picks
 * English; holds only a language tag, so the session stays small.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /**
     * The chosen language as a plain session attribute too (written by {@link LocaleSwitchFilter}): the sign-in's
     * session id change reads it where the session-scoped bean cannot be reached, and carries it over.
     */
    public static final String SESSION_ATTRIBUTE = "org.ziyuanku.web.language";

    private String languageTag = DEFAULT.toLanguageTag();

    public Locale getLocale() {
        return Locale.forLanguageTag(languageTag);
    }

    public String getLanguageTag() {
        return languageTag;
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Switches to a supported language ("zh", "zh-CN", "en"…); returns false and keeps the current one otherwise. */
    public boolean switchTo(String requested) {
        Optional<Locale> match = supported(requested);
        match.ifPresent(locale -> languageTag = locale.toLanguageTag());
        return match.isPresent();
    }

    /** The supported locale with the requested language, if any. */
    public static Optional<Locale> supported(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
