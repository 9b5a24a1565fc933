package org.ziyuanku.service.exam.internal.transfer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * Builds the demo question files of the welding library, {@code demo/questions/welding-questions.xlsx} and
 * {@code welding-questions.moodle.xml} (run {@code main} with the folder; the files are committed and
 * {@code DemoQuestionFilesTest} proves they read without a rejected question).
 */
public final class DemoQuestionFiles {

    private DemoQuestionFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ExcelLayout.sheet(book, ExcelLayout.SHEET, ExcelLayout.headers(), rows(DemoQuestionRows.EXCEL), 18);
            ExcelQuestionTemplate.helpSheet(book);
            Files.write(folder.resolve("welding-questions.xlsx"), ExcelLayout.bytes(book));
        }
        Files.write(folder.resolve("welding-questions.moodle.xml"),
                new MoodleXmlWriter().write("焊接技术题库", moodleDrafts()));
        if (args.length > 1) {
            Files.write(Path.of(args[1]).resolve("welding-questions.qti.zip"),
                    new QtiWriter().write("焊接技术题库", moodleDrafts()));
        }
    }

    /** Rows of {type, stem, answer, options…, analysis, difficulty, knowledge, points} in the template's columns. */
    static List<List<String>> rows(String[][] questions) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] q : questions) {
            List<String> row = new ArrayList<>(List.of(q[0], q[1]));
            String[] options = q[2].isEmpty() ? new String[0] : q[2].split("\\|");
            for (int i = 0; i < ExcelLayout.OPTION_COUNT; i++) {
                row.add(i < options.length ? options[i] : "");
            }
            row.addAll(List.of(q[3], q[4], q[5], q[6], q[7]));
            rows.add(row);
        }
        return rows;
    }

    static List<QuestionDraft> moodleDrafts() throws IOException {
        byte[] sheet;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ExcelLayout.sheet(book, ExcelLayout.SHEET, ExcelLayout.headers(), rows(DemoQuestionRows.MOODLE), 18);
            sheet = ExcelLayout.bytes(book);
        }
        List<QuestionDraft> drafts = new ArrayList<>(Drafts.accepted(Drafts.read(new ExcelQuestionReader(), sheet)));
        drafts.set(0, withImage(drafts.get(0), "weld-pore.png", picture(true)));
        drafts.set(1, withImage(drafts.get(1), "weld-crack.png", picture(false)));
        return drafts;
    }

    private static QuestionDraft withImage(QuestionDraft d, String name, byte[] png) {
        return new QuestionDraft(d.type(), "<p>" + d.stem() + "</p><p><img src=\"zyk-draft:" + name + "\" alt=\"焊缝截面\"></p>",
                d.options(), d.prompts(), d.key(), d.analysis(), d.difficulty(), d.knowledgePoints(), d.points(),
                d.parts(), List.of(new DraftImage(name, "image/png", png)));
    }

    /** A small drawing of a butt weld's cross-section, with a pore or a crack. */
    static byte[] picture(boolean pore) throws IOException {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 120);
        g.setColor(new Color(150, 160, 170));
        g.fillRect(10, 50, 100, 40);
        g.fillRect(130, 50, 100, 40);
        g.setColor(new Color(200, 120, 60));
        g.fillPolygon(new int[] {90, 150, 140, 100}, new int[] {40, 40, 90, 90}, 4);
        g.setColor(Color.BLACK);
        if (pore) {
            g.fillOval(112, 55, 12, 12);
            g.fillOval(128, 68, 7, 7);
        } else {
            g.setStroke(new BasicStroke(2f));
            g.drawPolyline(new int[] {105, 115, 122, 133}, new int[] {62, 66, 61, 67}, 4);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
