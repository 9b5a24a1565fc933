package org.ziyuanku.service.exam.internal.transfer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * The XHTML content of a QTI item as draft rich text: elements by their local name (namespaces dropped), void elements
 * written as HTML ({@code <br>}), interactions and feedback left out, and each {@code img} of the package read into
 * the question's {@link ImageSet} and addressed {@code zyk-draft:NAME}.
 */
final class QtiXhtml {

    private static final Set<String> VOID = Set.of("br", "img", "hr", "col", "area", "wbr");
    private static final Set<String> SKIPPED = Set.of("feedbackinline", "feedbackblock", "rubricblock", "prompt",
            "templateinline", "templateblock", "printedvariable", "stylesheet");

    private final Map<String, byte[]> files;
    private final String base;
    private final ImageSet images = new ImageSet();

    /** @param files the package's entries (empty for a single item file); @param itemPath the item's path in it */
    QtiXhtml(Map<String, byte[]> files, String itemPath) {
        this.files = files;
        this.base = itemPath.contains("/") ? itemPath.substring(0, itemPath.lastIndexOf('/') + 1) : "";
    }

    ImageSet images() {
        return images;
    }

    /** The content of an element; a lone {@code <div>} around everything is unwrapped (the writer adds it). */
    String inner(Element element) {
        List<Node> content = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            boolean blankText = n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank();
            boolean left = n instanceof Element e && (SafeXml.name(e).endsWith("interaction")
                    && !SafeXml.name(e).equals("textentryinteraction") || SKIPPED.contains(SafeXml.name(e)));
            if (!blankText && !left && n.getNodeType() != Node.COMMENT_NODE) {
                content.add(n);
            }
        }
        boolean onlyDiv = content.size() == 1 && content.get(0) instanceof Element div
                && "div".equals(SafeXml.name(div)) && div.getAttributes().getLength() == 0;
        StringBuilder out = new StringBuilder();
        children(onlyDiv ? content.get(0) : element, out);
        return out.toString().strip();
    }

    private void children(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(RichText.escape(n.getNodeValue()));
            } else if (n instanceof Element e) {
                element(e, out);
            }
        }
    }

    private void element(Element e, StringBuilder out) {
        String name = SafeXml.name(e);
        if (name.equals("textentryinteraction")) {
            out.append(RichText.BLANK_MARK);
            return;
        }
        if (name.endsWith("interaction") || SKIPPED.contains(name)) {
            return;
        }
        String tag = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        out.append('<').append(tag);
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String an = a.getNodeName();
            if (an.startsWith("xmlns") || an.contains(":")) {
                continue;
            }
            String value = "img".equals(name) && "src".equals(an) ? image(a.getNodeValue()) : a.getNodeValue();
            out.append(' ').append(an).append("=\"").append(RichText.escape(value).replace("\"", "&quot;"))
                    .append('"');
        }
        out.append('>');
        if (!VOID.contains(name.toLowerCase(Locale.ROOT))) {
            children(e, out);
            out.append("</").append(tag).append('>');
        }
    }

    private String image(String src) {
        String s = src.strip();
        if (s.startsWith("data:") || s.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return s;
        }
        String path = resolve(base, URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        byte[] bytes = path == null ? null : files.get(path);
        if (bytes == null) {
            throw new ProblemException("imageMissing", s);
        }
        return "zyk-draft:" + images.add(path, bytes);
    }

    /** A relative path against a folder of the package, or null when it leaves the package. */
    static String resolve(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (relative.startsWith("/") ? relative.substring(1) : folder + relative).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
