package org.ziyuanku.service.course.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Rich-text pages of a course: sanitised on save with jsoup's {@code Safelist.relaxed()}, reduced to text to screen. */
public final class CoursePages {

    private CoursePages() {
    }

    /** The body with everything outside the relaxed safelist (scripts, event handlers, styles, frames) removed. */
    public static String sanitise(String body) {
        return body == null ? null : Jsoup.clean(body, Safelist.relaxed());
    }

    /** The page's text, for the sensitive-word screen and for reviewers. */
    public static String text(String body) {
        return body == null ? null : Jsoup.parse(body).text();
    }
}
