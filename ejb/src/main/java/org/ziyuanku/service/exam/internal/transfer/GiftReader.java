package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * Reads GIFT text (UTF-8): questions separated by blank lines, comment lines ({@code //}) and {@code $CATEGORY:} lines
 * skipped (a category is not a knowledge point, as in Moodle XML), each question parsed by {@link GiftQuestion}. The
 * position of a question is its block's place among the question blocks.
 */
@ApplicationScoped
public class GiftReader implements QuestionFileReader {

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.GIFT;
    }

    @Override
    public List<ParsedQuestion> read(InputStream file) {
        String text = decode(Bounds.readFile(file));
        String start = text.stripLeading();
        if (start.startsWith("<") || !text.contains("{")) {
            throw Bounds.wrongFormat();
        }
        List<String> blocks = blocks(text);
        Bounds.checkCount(blocks.size());
        List<ParsedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            questions.add(question(i + 1, blocks.get(i)));
        }
        return questions;
    }

    private static String decode(byte[] bytes) {
        if (SafeZip.isZip(bytes)) {
            throw Bounds.wrongFormat();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Bounds.malformed();
        }
    }

    /** The question blocks: runs of lines between blank lines, without comment and category lines. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("//") || s.startsWith("$CATEGORY:")) {
                continue;
            }
            if (s.isEmpty()) {
                if (!block.toString().isBlank()) {
                    blocks.add(block.toString().strip());
                }
                block.setLength(0);
            } else {
                block.append(line).append('\n');
            }
        }
        if (!block.toString().isBlank()) {
            blocks.add(block.toString().strip());
        }
        return blocks;
    }

    private static ParsedQuestion question(int position, String block) {
        GiftQuestion question = new GiftQuestion(block);
        String label = question.title().isEmpty() ? RichText.label(block) : question.title();
        try {
            return DraftRules.judge(position, label, question.draft());
        } catch (ProblemException e) {
            return e.problem().at(position, label);
        }
    }
}
