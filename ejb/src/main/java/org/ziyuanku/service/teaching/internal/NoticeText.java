package org.ziyuanku.service.teaching.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * The text of a notice, a class question or a discussion post: the rich-text body sanitised with jsoup's
 * {@code Safelist.relaxed()} (as course pages) and reduced to text; titles and bodies checked against their maximum.
 */
public final class NoticeText {

    private NoticeText() {
    }

    /** The body with everything outside the relaxed safelist (scripts, event handlers, styles, frames) removed. */
    public static String sanitise(String body) {
        return Jsoup.clean(body, Safelist.relaxed());
    }

    /** The body's text, for the sensitive-word screen and for emptiness. */
    public static String text(String body) {
        return Jsoup.parse(body).text();
    }

    /** The title as typed, stripped; refused ({@code refusalKey} with the maximum, 400) when empty or too long. */
    public static String title(String title, int max, String refusalKey) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new TeachingRefusedException(refusalKey, Integer.toString(max));
        }
        return t;
    }

    /** The body stripped and sanitised; refused as {@link #title} when it has no text or is too long. */
    public static String body(String body, int max, String refusalKey) {
        String b = body == null ? "" : sanitise(body.strip());
        if (text(b).isBlank() || b.length() > max) {
            throw new TeachingRefusedException(refusalKey, Integer.toString(max));
        }
        return b;
    }
}
