package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;

/** The text of a Moodle XML file being written: CDATA texts, their images as base64 files. */
final class MoodleXmlOut {

    private final StringBuilder xml = new StringBuilder();

    void line(String line) {
        xml.append(line).append('\n');
    }

    /** A field with an HTML text; the draft images it shows follow as its files. */
    void richField(String field, String html, QuestionDraft q) {
        line("    <" + field + " format=\"html\">");
        text("      ", html, q);
        line("    </" + field + ">");
    }

    /** An answer: rich text with its images when the question is given, else plain (true/false, short answers). */
    void answer(String fraction, String text, QuestionDraft q) {
        line("    <answer fraction=\"" + fraction + "\" format=\"" + (q == null ? "moodle_auto_format" : "html")
                + "\">");
        if (q == null) {
            line("      <text>" + cdata(text) + "</text>");
        } else {
            text("      ", text, q);
        }
        line("      <feedback format=\"html\"><text></text></feedback>");
        line("    </answer>");
    }

    void subquestion(String prompt, String option, QuestionDraft q) {
        line("    <subquestion format=\"html\">");
        text("      ", prompt, q);
        line("      <answer><text>" + cdata(option) + "</text></answer>");
        line("    </subquestion>");
    }

    private void text(String indent, String html, QuestionDraft q) {
        Set<String> names = new LinkedHashSet<>(RichText.imageNames(html));
        String moodle = html.replace("zyk-draft:", "@@PLUGINFILE@@/");
        line(indent + "<text>" + cdata(moodle) + "</text>");
        for (String name : names) {
            q.images().stream().filter(i -> i.name().equals(name)).findFirst().ifPresent(image -> file(indent, image));
        }
    }

    private void file(String indent, DraftImage image) {
        line(indent + "<file name=\"" + escape(image.name()) + "\" path=\"/\" encoding=\"base64\">"
                + Base64.getEncoder().encodeToString(image.bytes()) + "</file>");
    }

    /** A CDATA section; "]]>" inside is split across two sections. */
    static String cdata(String text) {
        return text.isEmpty() ? "" : "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String escape(String text) {
        return RichText.escape(text).replace("\"", "&quot;");
    }

    /** A fraction as Moodle writes it: at most 7 decimals, no trailing zeros. */
    static String fraction(double percent) {
        return BigDecimal.valueOf(percent).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
