package org.ziyuanku.service.teaching.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** A notice's rich text: sanitised with jsoup's {@code Safelist.relaxed()} (as course pages), reduced to text. */
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
}
