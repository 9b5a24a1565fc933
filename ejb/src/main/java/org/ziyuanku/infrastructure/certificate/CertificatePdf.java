package org.ziyuanku.infrastructure.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a certificate of a completed course as an A4 landscape PDF with OpenPDF: title, the learner's name, the
 * course, the library, the date and the verification code with its link. Chinese needs a CJK font embedded as a
 * subset: {@code -Dzyk.certificate.font=/path/font.ttc,index} or else Noto Sans CJK SC as Debian's
 * {@code fonts-noto-cjk} installs it ({@code ./zyk} installs that package). Without any, it fails rather than print
 * empty boxes.
 */
@ApplicationScoped
public class CertificatePdf {

    /** The lines of a certificate, already in the reader's language. */
    public record Lines(String title, String name, String body, String library, String date, String verification) {
    }

    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");
    private static final float TITLE_SIZE = 36;
    private static final float NAME_SIZE = 28;
    private static final float BODY_SIZE = 16;
    private static final float SMALL_SIZE = 10;
    private static final float MARGIN = 72;

    private volatile BaseFont font;

    /** The PDF of the certificate. */
    public byte[] render(Lines lines) {
        BaseFont base = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(lines.title());
            document.open();
            document.add(centred(lines.title(), new Font(base, TITLE_SIZE, Font.BOLD), 24));
            document.add(centred(lines.name(), new Font(base, NAME_SIZE), 36));
            document.add(centred(lines.body(), new Font(base, BODY_SIZE), 18));
            document.add(centred(lines.library(), new Font(base, BODY_SIZE), 18));
            document.add(centred(lines.date(), new Font(base, BODY_SIZE), 48));
            document.add(centred(lines.verification(), new Font(base, SMALL_SIZE), 0));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate not rendered", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            loaded = load();
            font = loaded;
        }
        return loaded;
    }

    private static BaseFont load() {
        String configured = System.getProperty("zyk.certificate.font");
        List<String> candidates = configured == null ? FONTS : List.of(configured);
        for (String candidate : candidates) {
            int comma = candidate.lastIndexOf(',');
            if (Files.isReadable(Path.of(comma < 0 ? candidate : candidate.substring(0, comma)))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException | IOException e) {
                    throw new IllegalStateException("certificate font " + candidate + " not readable", e);
                }
            }
        }
        throw new UncheckedIOException(new IOException("no CJK font for certificates among " + candidates));
    }
}
