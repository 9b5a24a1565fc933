package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileReader;

/** The demo question files the lead imports at start-up read without a single rejected question. */
class DemoQuestionFilesTest {

    private static final Set<QuestionType> SIMPLE = EnumSet.complementOf(EnumSet.of(QuestionType.COMPOUND));

    private static List<QuestionDraft> read(QuestionFileReader reader, String name) throws IOException {
        try (InputStream in = DemoQuestionFilesTest.class.getResourceAsStream("/demo/questions/" + name)) {
            List<ParsedQuestion> parsed = reader.read(in);
            assertEquals(List.of(), Drafts.problems(parsed));
            return Drafts.accepted(parsed);
        }
    }

    @Test
    void theExcelFile_holdsAtLeast24Questions_ofEverySimpleType_someWithFormulas() throws IOException {
        List<QuestionDraft> drafts = read(new ExcelQuestionReader(), "welding-questions.xlsx");
        assertTrue(drafts.size() >= 24, "questions: " + drafts.size());
        assertEquals(SIMPLE, drafts.stream().map(QuestionDraft::type).collect(Collectors.toSet()));
        assertTrue(drafts.stream().filter(d -> d.stem().contains("\\(")).count() >= 3);
        assertTrue(drafts.stream().allMatch(d -> d.difficulty() != null && !d.knowledgePoints().isEmpty()));
    }

    @Test
    void theMoodleFile_holdsAtLeast16Questions_ofEveryMoodleType_twoWithPictures() throws IOException {
        List<QuestionDraft> drafts = read(new MoodleXmlReader(), "welding-questions.moodle.xml");
        assertTrue(drafts.size() >= 16, "questions: " + drafts.size());
        assertEquals(SIMPLE, drafts.stream().map(QuestionDraft::type).collect(Collectors.toSet()));
        List<QuestionDraft> pictured = drafts.stream().filter(d -> !d.images().isEmpty()).toList();
        assertEquals(2, pictured.size());
        for (QuestionDraft d : pictured) {
            byte[] png = d.images().get(0).bytes();
            assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
            assertTrue(d.stem().contains("zyk-draft:" + d.images().get(0).name()));
        }
        assertTrue(drafts.stream().anyMatch(d -> d.type() == QuestionType.FILL_BLANK && d.key().blanks().size() == 2),
                "a cloze question");
    }
}
