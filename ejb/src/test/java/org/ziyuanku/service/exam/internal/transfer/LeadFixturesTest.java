package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionFileReader;

/**
 * The good file of each format kept in ear/src/test/resources/exam/ for the integration and browser tests reads with
 * every question accepted.
 */
class LeadFixturesTest {

    private static final Path FOLDER = Path.of("..", "ear", "src", "test", "resources", "exam");

    @Test
    void everyGoodFile_readsWithoutARejectedQuestion() throws IOException {
        Map<String, QuestionFileReader> files = Map.of("welding-questions.xlsx", new ExcelQuestionReader(),
                "welding-questions.docx", new WordQuestionReader(),
                "welding-questions.moodle.xml", new MoodleXmlReader(),
                "welding-questions.gift", new GiftReader(),
                "welding-questions.qti.zip", new QtiReader());
        for (Map.Entry<String, QuestionFileReader> file : files.entrySet()) {
            List<ParsedQuestion> parsed = Drafts.read(file.getValue(), Files.readAllBytes(FOLDER.resolve(file.getKey())));
            assertEquals(List.of(), Drafts.problems(parsed), file.getKey());
            assertTrue(parsed.size() >= 6, file.getKey());
        }
    }
}
