package org.ziyuanku.service.exam.internal.transfer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * The texts of one Moodle question: a field's {@code <text>} taken as rich text by its {@code format}, its
 * {@code <file encoding="base64">} children read into the question's {@link ImageSet}, and every
 * {@code @@PLUGINFILE@@/name} address made {@code zyk-draft:name}.
 */
final class MoodleTexts {

    private static final Pattern PLUGINFILE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s>?#]*)");

    private final ImageSet images = new ImageSet();

    ImageSet images() {
        return images;
    }

    /** The rich text of a field element (questiontext, answer, generalfeedback …), or "" when it is absent. */
    String rich(Element parent, String field) {
        return SafeXml.child(parent, field).map(this::rich).orElse("");
    }

    String rich(Element field) {
        readFiles(field);
        String text = SafeXml.child(field, "text").map(Element::getTextContent).orElse("").strip();
        String format = field.getAttribute("format");
        String html = switch (format) {
            case "html" -> text;
            case "plain_text", "markdown" -> RichText.escape(text).replace("\n", "<br>");
            default -> RichText.fromPlain(text);
        };
        return addresses(html);
    }

    /** The plain text of a field (short answers, matching answers are plain in Moodle). */
    static String plain(Element field) {
        return SafeXml.child(field, "text").map(Element::getTextContent).orElse("").strip();
    }

    private void readFiles(Element field) {
        for (Element file : SafeXml.children(field, "file")) {
            String name = file.getAttribute("name");
            String base64 = file.getTextContent().replaceAll("\\s", "");
            if (name.isBlank() || !"base64".equals(file.getAttribute("encoding"))) {
                continue;
            }
            Bounds.checkImage(name, (int) Math.min(Integer.MAX_VALUE, base64.length() * 3L / 4));
            try {
                images.add(name, Base64.getDecoder().decode(base64));
            } catch (IllegalArgumentException e) {
                throw new ProblemException("imageMissing", name);
            }
        }
    }

    private String addresses(String html) {
        Matcher m = PLUGINFILE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            String name = path.substring(path.lastIndexOf('/') + 1);
            String draft = images.draftName(name)
                    .orElseThrow(() -> new ProblemException("imageMissing", name));
            m.appendReplacement(out, Matcher.quoteReplacement("zyk-draft:" + draft));
        }
        m.appendTail(out);
        return out.toString();
    }
}
