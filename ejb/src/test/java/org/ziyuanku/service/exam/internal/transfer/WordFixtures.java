package org.ziyuanku.service.exam.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Word question papers built with POI for the tests; {@link #sample()} is also the committed fixture
 * {@code exam/welding-questions.docx} (regenerate it with {@code WordFixtures.main}).
 */
public final class WordFixtures {

    private WordFixtures() {
    }

    /** Writes the sample to the first path given, and the good questions only to the second. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of(args[0]), sample());
        if (args.length > 1) {
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), good());
        }
    }

    /** The sample without its two bad blocks. */
    static byte[] good() {
        return document(java.util.Arrays.copyOf(SAMPLE, SAMPLE.length - 5));
    }

    /** Every line a paragraph; a line "@PNG" is a picture, "_x" a subscript run appended to the line before. */
    static byte[] document(String... lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph last = null;
            for (String line : lines) {
                if (line.startsWith("_") && last != null) {
                    XWPFRun sub = last.createRun();
                    sub.setText(line.substring(1));
                    sub.setVerticalAlignment(VerticalAlign.SUBSCRIPT.toString().toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
                last = doc.createParagraph();
                int picture = line.indexOf("@PNG");
                XWPFRun run = last.createRun();
                run.setText(picture < 0 ? line : line.substring(0, picture));
                if (picture >= 0) {
                    try {
                        last.createRun().addPicture(new ByteArrayInputStream(Drafts.PNG), Document.PICTURE_TYPE_PNG,
                                "weld.png", Units.toEMU(40), Units.toEMU(40));
                    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                        throw new IllegalStateException(e);
                    }
                    last.createRun().setText(line.substring(picture + 4));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sample() {
        return document(SAMPLE);
    }

    private static final String[] SAMPLE = {
                "焊接技术试题（Word 导入示例）",
                "1.【单选题】焊条电弧焊时，焊接电流主要根据什么选择？",
                "A. 焊条直径",
                "B. 焊工等级",
                "C. 环境温度",
                "D. 焊机品牌",
                "【答案】A",
                "【解析】焊接电流主要根据焊条直径选择，",
                "其次考虑焊接位置。",
                "【难度】2",
                "【知识点】焊条电弧焊，焊接参数",
                "【分值】2",
                "2、下列属于焊接缺陷的有（ ）",
                "A、气孔  B、夹渣  C、未焊透  D、余高适中",
                "答案：ABC",
                "（3）[判断] 进入密闭容器内焊接时必须有专人监护。",
                "【答案】√",
                "4. CO",
                "_2",
                "气体保护焊的保护气体是____，图示焊缝@PNG中的缺陷是____。",
                "【答案】二氧化碳/CO2；气孔",
                "5. 简述焊前预热的作用。",
                "【答案】降低冷却速度，",
                "减少淬硬组织和冷裂纹。",
                "6.【排序题】排列焊条电弧焊的操作步骤：",
                "A．引弧",
                "B．收弧",
                "C．清理坡口",
                "【答案】CAB",
                "7.【匹配题】将方法与保护方式配对",
                "【答案】1-A",
                "8.【单选题】没有答案的题",
                "A. 甲",
                "B. 乙"};
}
