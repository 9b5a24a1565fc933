package org.ziyuanku.service.exam.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The rich text of questions: the subset named on {@code QuestionDraft} (p, br, b, strong, i, em, u, sub, sup, lists,
 * tables, img) and nothing else — no scripts, styles, event handlers, links or frames. TeX between {@code \( \)} or
 * {@code $$ $$} is plain text to jsoup and stays as written. Every image's address passes through a function that
 * answers the address to keep (the bank's own image address) or null to drop the image.
 */
public final class QuestionText {

    private static final Safelist SUBSET = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "sub", "sup", "ul", "ol", "li", "table", "thead",
                    "tbody", "tr", "th", "td", "img")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Pattern BLANK = Pattern.compile("_{4,}|（\\s*）");

    private QuestionText() {
    }

    /** The text reduced to the subset, each image's address replaced by {@code images} (null: the image goes). */
    public static String sanitise(String html, UnaryOperator<String> images) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SUBSET, OUTPUT));
        fragment.outputSettings(OUTPUT);
        for (Element img : fragment.select("img")) {
            String src = images.apply(img.attr("src").strip());
            if (src == null) {
                img.remove();
            } else {
                img.attr("src", src);
            }
        }
        return fragment.body().html().strip();
    }

    /** The text without markup, for the sensitive-word screen, previews and searching. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    /** Whether the text shows something: words or an image. */
    public static boolean isEmpty(String html) {
        return text(html).isEmpty() && (html == null || !html.contains("<img"));
    }

    /** How many blanks ({@code ____} or {@code （）}) the text has. */
    public static int blanks(String html) {
        Matcher m = BLANK.matcher(text(html));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
