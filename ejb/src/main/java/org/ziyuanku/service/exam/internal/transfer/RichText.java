package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Between the rich text of a draft (a small HTML subset) and the plain text of cells, lines and GIFT. */
final class RichText {

    /** A blank in a fill-in stem: four or more underscores, or full-width brackets with only spaces between. */
    static final Pattern BLANK = Pattern.compile("_{4,}|（\\s*）");
    /** The canonical blank the readers write. */
    static final String BLANK_MARK = "____";

    private static final Pattern TAG = Pattern.compile(
            "</?(p|br|b|strong|i|em|u|sub|sup|ul|ol|li|table|thead|tbody|tr|td|th|img|span|div|font|hr|pre|code)"
                    + "(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("zyk-draft:([^\"'\\s>]+)");
    private static final int LABEL_LENGTH = 40;

    private RichText() {
    }

    /** Whether a text holds HTML tags of the subset (it is then taken as rich text). */
    static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** A cell's or line's text as rich text: HTML kept, plain text escaped with line breaks as br. */
    static String fromPlain(String text) {
        String t = text == null ? "" : text.strip();
        if (isHtml(t)) {
            return t;
        }
        return escape(t).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Rich text as a cell's text: when it has no tags other than br it becomes plain text again. */
    static String toPlain(String html) {
        String t = html == null ? "" : html;
        String withoutBreaks = BR.matcher(t).replaceAll("\n");
        if (isHtml(withoutBreaks)) {
            return t;
        }
        return unescape(withoutBreaks);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** The visible text, tags removed. */
    static String visible(String html) {
        return unescape(ANY_TAG.matcher(html == null ? "" : html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    /** Whether a text shows nothing: no characters and no image. */
    static boolean isBlank(String html) {
        return visible(html).isEmpty() && !html.toLowerCase(Locale.ROOT).contains("<img");
    }

    /** A short start of a stem for the import report. */
    static String label(String html) {
        String v = visible(html);
        return v.length() <= LABEL_LENGTH ? v : v.substring(0, LABEL_LENGTH) + "…";
    }

    static int blanks(String stem) {
        Matcher m = BLANK.matcher(stem);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The names of the draft images a text refers to, in order. */
    static List<String> imageNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = IMAGE.matcher(html == null ? "" : html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
