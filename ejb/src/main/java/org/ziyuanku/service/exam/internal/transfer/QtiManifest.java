package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The items an IMS content package lists, with the LOM metadata of each. */
final class QtiManifest {

    static final List<String> DIFFICULTY = List.of("very easy", "easy", "medium", "difficult", "very difficult");

    /** An item of the package: its path, and the keywords and difficulty (or null) its metadata gives. */
    record ItemRef(String path, List<String> keywords, Integer difficulty) {
    }

    private QtiManifest() {
    }

    static List<ItemRef> items(Map<String, byte[]> entries) {
        String manifestPath = entries.keySet().stream().filter(p -> p.equals("imsmanifest.xml")
                || p.endsWith("/imsmanifest.xml")).sorted((a, b) -> a.length() - b.length()).findFirst().orElse(null);
        List<ItemRef> refs = new ArrayList<>();
        if (manifestPath == null) {
            entries.keySet().stream().filter(p -> p.toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                    .filter(p -> isItem(entries.get(p))).forEach(p -> refs.add(new ItemRef(p, List.of(), null)));
            return refs;
        }
        String folder = manifestPath.contains("/") ? manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1) : "";
        Element manifest = SafeXml.parse(entries.get(manifestPath)).getDocumentElement();
        if (!"manifest".equals(SafeXml.name(manifest))) {
            throw Bounds.wrongFormat();
        }
        for (Element resources : SafeXml.children(manifest, "resources")) {
            for (Element resource : SafeXml.children(resources, "resource")) {
                if (resource.getAttribute("type").startsWith("imsqti_item")) {
                    String path = QtiXhtml.resolve(folder, resource.getAttribute("href"));
                    refs.add(new ItemRef(path == null ? resource.getAttribute("href") : path, keywords(resource),
                            difficulty(resource)));
                }
            }
        }
        return refs;
    }

    private static boolean isItem(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.UTF_8);
        return head.contains("assessmentItem") || head.contains("qti-assessment-item");
    }

    private static List<String> keywords(Element resource) {
        return SafeXml.descendants(resource, "keyword").stream().flatMap(k -> SafeXml.descendants(k, "string")
                .stream()).map(s -> s.getTextContent().strip()).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Integer difficulty(Element resource) {
        return SafeXml.descendants(resource, "difficulty").stream().map(d -> SafeXml.descendants(d, "value"))
                .filter(v -> !v.isEmpty()).map(v -> DIFFICULTY.indexOf(v.get(0).getTextContent().strip()))
                .filter(i -> i >= 0).map(i -> i + 1).findFirst().orElse(null);
    }
}
