package org.ziyuanku.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor's interface language. Simplified Chinese unless the visitor picks English. The choice lives in one
 * place, a plain session attribute holding a language tag ({@link #SESSION_ATTRIBUTE}): it is small, replicates with
 * the session, and survives the session id change at sign-in with the rest of the session's attributes.
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** The session attribute that holds the chosen language tag. */
    public static final String SESSION_ATTRIBUTE = "org.ziyuanku.web.language";

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        return chosen(request.getSession(false));
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Switches to a supported language ("zh", "zh-CN", "en"…); returns false and keeps the current one otherwise. */
    public boolean switchTo(String requested) {
        Optional<Locale> match = supported(requested);
        match.ifPresent(locale -> request.getSession().setAttribute(SESSION_ATTRIBUTE, locale.toLanguageTag()));
        return match.isPresent();
    }

    /**
     * The language of the current Faces request: the one chosen in the session. Not the view root's locale: until
     * {@code <f:view locale>} is applied at render, that is the browser's (so a GET's view action would speak English
     * to a browser that asks for it although the visitor never chose English).
     */
    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        return chosen(context == null ? null : (HttpSession) context.getExternalContext().getSession(false));
    }

    /** The language chosen in the session, or the default. */
    public static Locale chosen(HttpSession session) {
        Object tag = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return tag instanceof String text ? supported(text).orElse(DEFAULT) : DEFAULT;
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
