package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileWriter;

/**
 * Writes a QTI 3.0 content package (.zip): imsmanifest.xml listing one imsqti_item_xmlv3p0 resource per question
 * (with LOM keywords for the knowledge points and the LOM difficulty), the items {@code items/item-N.xml}
 * ({@link QtiItemWriter}) and their images under {@code items/images/item-N/}. A compound question is written as its
 * sub-questions. {@link QtiReader} reads it back.
 */
@ApplicationScoped
public class QtiWriter implements QuestionFileWriter {

    private static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    private static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.QTI;
    }

    @Override
    public byte[] write(String categoryName, List<QuestionDraft> questions) {
        List<QuestionDraft> flat = Flatten.questions(questions);
        StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"")
                .append(CP).append("\" xmlns:imsmd=\"").append(LOM).append("\" identifier=\"zyk-questions\">\n")
                .append("  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>\n")
                .append("  <organizations/>\n  <resources>\n");
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < flat.size(); i++) {
                item(zip, manifest, "item-" + (i + 1), flat.get(i));
            }
            manifest.append("  </resources>\n</manifest>\n");
            entry(zip, "imsmanifest.xml", manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(ZipOutputStream zip, StringBuilder manifest, String id, QuestionDraft q)
            throws IOException {
        String path = "items/" + id + ".xml";
        String folder = "images/" + id + "/";
        entry(zip, path, new QtiItemWriter(q, folder).write(id).getBytes(StandardCharsets.UTF_8));
        manifest.append("    <resource identifier=\"").append(id).append("\" type=\"imsqti_item_xmlv3p0\" href=\"")
                .append(path).append("\">\n      <metadata><imsmd:lom><imsmd:general>");
        q.knowledgePoints().forEach(k -> manifest.append("<imsmd:keyword><imsmd:string>")
                .append(RichText.escape(k)).append("</imsmd:string></imsmd:keyword>"));
        manifest.append("</imsmd:general>");
        if (q.difficulty() != null && q.difficulty() >= 1 && q.difficulty() <= 5) {
            manifest.append("<imsmd:educational><imsmd:difficulty><imsmd:source>LOMv1.0</imsmd:source><imsmd:value>")
                    .append(QtiManifest.DIFFICULTY.get(q.difficulty() - 1))
                    .append("</imsmd:value></imsmd:difficulty></imsmd:educational>");
        }
        manifest.append("</imsmd:lom></metadata>\n      <file href=\"").append(path).append("\"/>\n");
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts(q)) {
            names.addAll(RichText.imageNames(text));
        }
        for (DraftImage image : q.images()) {
            if (names.contains(image.name())) {
                String file = "items/" + folder + QtiItemWriter.fileName(image.name());
                entry(zip, file, image.bytes());
                manifest.append("      <file href=\"").append(file).append("\"/>\n");
            }
        }
        manifest.append("    </resource>\n");
    }

    private static List<String> texts(QuestionDraft q) {
        List<String> texts = new java.util.ArrayList<>(List.of(q.stem(), q.analysis()));
        texts.addAll(q.options());
        texts.addAll(q.prompts());
        return texts;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
