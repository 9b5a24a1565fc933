package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * Reads Moodle XML ({@code <quiz>} of {@code <question type="…">}): multichoice, multichoiceset, truefalse,
 * shortanswer, essay, matching, ordering (the qtype_ordering plugin) and cloze (multianswer) made only of short-answer
 * blanks, as {@link MoodleQuestionParser} says. The {@code category} pseudo-question only names the Moodle category
 * the questions came from and is skipped (not a question, not a knowledge point: a category path such as
 * {@code $course$/top/Default} says nothing of the content); the position of a question is its place among all
 * {@code <question>} elements, categories included. Other types (description, numerical, calculated, drag and drop…)
 * are rejected as unsupported.
 */
@ApplicationScoped
public class MoodleXmlReader implements QuestionFileReader {

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.MOODLE_XML;
    }

    @Override
    public List<ParsedQuestion> read(InputStream file) {
        byte[] bytes = Bounds.readFile(file);
        if (SafeZip.isZip(bytes)) {
            throw Bounds.wrongFormat();
        }
        Document document = SafeXml.parse(bytes);
        Element quiz = document.getDocumentElement();
        if (!"quiz".equals(SafeXml.name(quiz))) {
            throw Bounds.wrongFormat();
        }
        List<Element> elements = SafeXml.children(quiz, "question");
        Bounds.checkCount((int) elements.stream().filter(e -> !"category".equals(e.getAttribute("type"))).count());
        List<ParsedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (!"category".equals(element.getAttribute("type"))) {
                questions.add(question(i + 1, element));
            }
        }
        return questions;
    }

    private static ParsedQuestion question(int position, Element element) {
        String name = SafeXml.child(element, "name").map(MoodleTexts::plain).orElse("");
        String label = name;
        try {
            MoodleQuestionParser parser = new MoodleQuestionParser(element);
            if (label.isBlank()) {
                label = RichText.label(parser.stem());
            }
            QuestionDraft draft = parser.draft();
            return DraftRules.judge(position, label, draft);
        } catch (ProblemException e) {
            return e.problem().at(position, label);
        }
    }
}
