package org.ziyuanku.service.exam.internal.transfer;

import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * One draft as a QTI 3.0 item: the rich texts as XHTML (the stem inside a {@code <div>}), images addressed in the
 * package's folder of the item, the response declaration and the standard response processing of its type
 * ({@link QtiItemParser} reads it back; true/false is a single choice between TRUE and FALSE).
 */
final class QtiItemWriter {

    static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";

    private final QuestionDraft q;
    private final String imageFolder;
    private final StringBuilder x = new StringBuilder();

    QtiItemWriter(QuestionDraft question, String imageFolder) {
        this.q = question;
        this.imageFolder = imageFolder;
    }

    String write(String identifier) {
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-item xmlns=\"").append(NS)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"").append(NS)
                .append(" https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd\" identifier=\"")
                .append(identifier).append("\" title=\"").append(attr(RichText.label(q.stem())))
                .append("\" adaptive=\"false\" time-dependent=\"false\" xml:lang=\"zh-CN\">\n");
        declarations();
        x.append("  <qti-item-body>\n");
        QtiBodies.body(this, q);
        x.append("  </qti-item-body>\n");
        String template = switch (q.type()) {
            case SHORT_ANSWER, FILL_BLANK -> null;
            case MULTIPLE_CHOICE -> q.key().scoring() == ChoiceScoring.ALL_OR_NOTHING ? "match_correct" : "map_response";
            default -> "match_correct";
        };
        if (template != null) {
            x.append("  <qti-response-processing template=\"").append(TEMPLATES).append(template).append(".xml\"/>\n");
        }
        if (!q.analysis().isBlank()) {
            x.append("  <qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"ANALYSIS\" show-hide=\"show\">"
                    + "<qti-content-body><div>").append(xhtml(q.analysis())).append("</div></qti-content-body>"
                            + "</qti-modal-feedback>\n");
        }
        x.append("</qti-assessment-item>\n");
        return x.toString();
    }

    private void declarations() {
        QtiBodies.declarations(this, q);
        x.append("  <qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\"/>\n");
        if (q.points() != null) {
            x.append("  <qti-outcome-declaration identifier=\"MAXSCORE\" cardinality=\"single\" base-type=\"float\">"
                    + "<qti-default-value><qti-value>").append(q.points().stripTrailingZeros().toPlainString())
                    .append("</qti-value></qti-default-value></qti-outcome-declaration>\n");
        }
        x.append("  <qti-outcome-declaration identifier=\"FEEDBACK\" cardinality=\"single\" base-type=\"identifier\"/>\n");
    }

    void append(String text) {
        x.append(text);
    }

    /** A response declaration with its correct values and, when given, a mapping of accepted values. */
    void response(String id, String cardinality, String baseType, List<String> correct, List<String> mapped) {
        x.append("  <qti-response-declaration identifier=\"").append(id).append("\" cardinality=\"")
                .append(cardinality).append("\" base-type=\"").append(baseType).append("\">\n");
        if (!correct.isEmpty()) {
            x.append("    <qti-correct-response>");
            correct.forEach(v -> x.append("<qti-value>").append(attr(v)).append("</qti-value>"));
            x.append("</qti-correct-response>\n");
        }
        if (!mapped.isEmpty()) {
            x.append("    <qti-mapping lower-bound=\"0\" default-value=\"0\">");
            mapped.forEach(v -> x.append("<qti-map-entry map-key=\"").append(attr(v))
                    .append("\" mapped-value=\"1\"/>"));
            x.append("</qti-mapping>\n");
        }
        x.append("  </qti-response-declaration>\n");
    }

    /** Draft rich text as well-formed XHTML, its draft images addressed in the package. */
    String xhtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("img[src^=zyk-draft:]").forEach(img -> img.attr("src",
                imageFolder + fileName(img.attr("src").substring("zyk-draft:".length()))));
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.body().html();
    }

    /** The stem with each blank an inline text entry. */
    String stemWithBlanks() {
        Matcher m = RichText.BLANK.matcher(xhtml(q.stem()));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, "<qti-text-entry-interaction response-identifier=\"RESPONSE_" + (++i)
                    + "\" expected-length=\"12\"/>");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An image's file name in the package: characters other than letters, digits, dot, dash and _ become _. */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    }

    static String attr(String text) {
        return RichText.escape(text).replace("\"", "&quot;");
    }
}
