import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the document samples of org/ziyuanku/infrastructure/media/samples/ (sample.pdf, .docx, .pptx, .xlsx,
 * .txt). Not part of the build: run by docs/tools/make-sample-media.sh as a single-file Java program with PDFBox and
 * Apache POI on the class path. The PDF embeds a subset of WenQuanYi Zen Hei (Debian fonts-wqy-zenhei), so its
 * Chinese text can be extracted.
 */
public final class SampleMediaMaker {

    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    private static final String TITLE = "焊接技术及自动化专业教学资源样例";
    private static final Date FIXED = fixedDate();

    private SampleMediaMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        pdf(dir.resolve("sample.pdf"));
        docx(dir.resolve("sample.docx"));
        pptx(dir.resolve("sample.pptx"));
        xlsx(dir.resolve("sample.xlsx"));
        Files.writeString(dir.resolve("sample.txt"),
                "焊接技术及自动化\n焊接工艺评定是验证焊接工艺正确性的试验过程。\n", StandardCharsets.UTF_8);
    }

    private static Date fixedDate() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(2026, Calendar.JANUARY, 1);
        return calendar.getTime();
    }

    private static void pdf(Path file) throws IOException {
        try (TrueTypeCollection fonts = new TrueTypeCollection(Path.of(FONT).toFile());
                PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            pdfPage(doc, font, "焊接技术及自动化", "第一页：焊接工艺基础");
            pdfPage(doc, font, "焊接工艺", "第二页：焊接工艺评定");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTime(FIXED);
            info.setCreationDate(created);
            doc.save(file.toFile());
        }
    }

    private static void pdfPage(PDDocument doc, PDType0Font font, String heading, String line) throws IOException {
        PDPage page = new PDPage(PDRectangle.A5);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(font, 20);
            content.newLineAtOffset(40, 520);
            content.showText(heading);
            content.setFont(font, 12);
            content.newLineAtOffset(0, -30);
            content.showText(line);
            content.endText();
        }
    }

    private static void docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(18);
            title.setText("焊接工艺评定指导书");
            doc.createParagraph().createRun().setText("焊接工艺评定是验证所拟定焊接工艺正确性的试验过程。");
            doc.createParagraph().createRun().setText("本样例用于资源库演示数据。");
            properties(doc.getProperties(), "焊接工艺评定指导书");
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(1);
            doc.write(out);
        }
    }

    private static void pptx(Path file) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            slide(show, "焊接技术及自动化", "焊接工艺基础");
            slide(show, "焊接工艺评定", "试板、检验与评定报告");
            properties(show.getProperties(), TITLE);
            show.getProperties().getExtendedProperties().getUnderlyingProperties().setSlides(2);
            show.write(out);
        }
    }

    private static void slide(XMLSlideShow show, String heading, String line) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.Rectangle(50, 50, 600, 200));
        XSLFTextRun head = box.addNewTextParagraph().addNewTextRun();
        head.setText(heading);
        head.setFontSize(32.0);
        box.addNewTextParagraph().addNewTextRun().setText(line);
    }

    private static void xlsx(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("焊接参数");
            String[][] rows = {{"焊接方法", "电流(A)", "电压(V)"}, {"手工电弧焊", "120", "24"}, {"CO2气体保护焊", "180", "22"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            properties(book.getProperties(), "焊接参数表");
            book.write(out);
        }
    }

    private static void properties(POIXMLProperties properties, String title) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator("ZiYuanKu");
        core.setCreated(Optional.of(FIXED));
        core.setModified(Optional.of(FIXED));
    }
}
