package org.ziyuanku.service.exam.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML of the import formats, parsed without any DTD: a document with a DOCTYPE (and so with any entity declaration) is
 * refused as unsafe before anything of it is resolved, and no external resource is ever fetched.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** The parsed document (namespace aware; elements are compared by local name). */
    static Document parse(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toUpperCase(Locale.ROOT);
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            throw Bounds.unsafe();
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("DOCTYPE: no external entity is read");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("ENTITY")) {
                throw Bounds.unsafe();
            }
            throw Bounds.malformed();
        } catch (IOException | ParserConfigurationException e) {
            throw Bounds.malformed();
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** An element's name without a namespace prefix, QTI 3's {@code qti-} prefix or dashes, in lower case. */
    static String name(Node node) {
        String name = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        name = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("qti-")) {
            name = name.substring(4);
        }
        return name.replace("-", "");
    }

    /** The child elements, optionally only those of the given {@link #name}. */
    static List<Element> children(Node parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name(e).equals(name))) {
                children.add(e);
            }
        }
        return children;
    }

    static Optional<Element> child(Node parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
    }

    /** Every descendant element of the given {@link #name} (any when null), in document order. */
    static List<Element> descendants(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element e : children(parent, null)) {
            if (name == null || name(e).equals(name)) {
                found.add(e);
            }
            found.addAll(descendants(e, name));
        }
        return found;
    }

    /** The trimmed text of a child element, or "". */
    static String childText(Node parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }

    /** An attribute by its name in any of the forms (camelCase of QTI 2, kebab-case of QTI 3), or "". */
    static String attr(Element element, String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replace("-", "");
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String an = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            if (an.replace("-", "").equals(wanted)) {
                return a.getNodeValue().strip();
            }
        }
        return "";
    }
}
