package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;

/**
 * Reads Word (.docx) question papers: the body's paragraphs as lines (sub- and superscript kept, inline pictures kept
 * as images), grouped into blocks by {@link WordBlock}: a block starts at a numbered line ("1." "1、" "（1）"),
 * lines before the first block (a title) are skipped. Tables are not read.
 */
@ApplicationScoped
public class WordQuestionReader implements QuestionFileReader {

    /** A line of the document: its rich text with picture marks, and the pictures it holds. */
    record Line(String html, List<Picture> pictures) {
    }

    /** A picture of a line: its mark in the line's text, its file name and bytes. */
    record Picture(String mark, String fileName, byte[] bytes) {
    }

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.WORD;
    }

    @Override
    public List<ParsedQuestion> read(InputStream file) {
        byte[] bytes = SafeZip.readOfficeFile(file);
        List<Line> lines = new ArrayList<>();
        try (XWPFDocument document = open(bytes)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                lines.add(line(paragraph, lines.size()));
            }
        } catch (IOException e) {
            throw Bounds.malformed();
        }
        List<List<Line>> blocks = WordBlock.split(lines);
        Bounds.checkCount(blocks.size());
        List<ParsedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            questions.add(new WordBlock(blocks.get(i)).parse(i + 1));
        }
        return questions;
    }

    private static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw Bounds.wrongFormat();
        }
    }

    private static Line line(XWPFParagraph paragraph, int number) {
        StringBuilder html = new StringBuilder();
        List<Picture> pictures = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            String text = RichText.escape(run.text() == null ? "" : run.text());
            VerticalAlign align = run.getVerticalAlignment() == null ? null
                    : VerticalAlign.valueOf(run.getVerticalAlignment().intValue());
            if (!text.isEmpty() && align == VerticalAlign.SUBSCRIPT) {
                text = "<sub>" + text + "</sub>";
            } else if (!text.isEmpty() && align == VerticalAlign.SUPERSCRIPT) {
                text = "<sup>" + text + "</sup>";
            }
            html.append(text);
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                if (picture.getPictureData() == null) {
                    continue;
                }
                String mark = "\u0000IMG" + number + "-" + pictures.size() + "\u0000";
                byte[] data = picture.getPictureData().getData();
                Bounds.checkImage(picture.getPictureData().getFileName(), data.length);
                pictures.add(new Picture(mark, picture.getPictureData().getFileName(), data));
                html.append(mark);
            }
        }
        return new Line(html.toString(), pictures);
    }
}
