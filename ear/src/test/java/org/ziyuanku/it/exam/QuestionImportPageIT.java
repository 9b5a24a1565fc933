package org.ziyuanku.it.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.pages.QuestionImportPage;
import org.ziyuanku.it.support.BrowserTest;
import org.ziyuanku.it.support.ReviewPeople;
import org.ziyuanku.it.support.TestDatabase;

/**
 * A teacher imports questions in the console (issue 15's browser acceptance, its import part): the Excel template's
 * file, a Word file and a Moodle XML file with images, each answered by a report of every question; a file with a
 * bad question, all or nothing, shows the question's position and reason and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionImportPageIT extends BrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 100_000);
    private static ReviewPeople people;

    @BeforeAll
    static void people() throws Exception {
        people = ReviewPeople.create("qp" + SUFFIX);
    }

    @AfterAll
    static void forget() throws Exception {
        TestDatabase.update(QuestionRows.DELETE_BY_AUTHOR, people.author);
        people.forget();
    }

    @Test
    void teacherImportsExcelWordAndMoodleFiles_andSeesEveryQuestionsOutcome() throws Exception {
        signInAfresh(people.author);
        QuestionImportPage page = QuestionImportPage.open(driver, Deployments.BASE_URL);
        assertFalse(page.libraries().isEmpty(), "the libraries the teacher contributes to");
        for (String extension : new String[] {".xlsx", ".docx", ".xml"}) {
            Path file = goodFile(extension);
            long before = stored();
            page = QuestionImportPage.open(driver, Deployments.BASE_URL).importFile(file, false);
            List<String> rows = page.rows();
            assertFalse(rows.isEmpty(), file + ": " + page.errors());
            assertTrue(rows.stream().noneMatch(r -> outcome(r).equals("未导入")), file + ": " + rows);
            long imported = rows.stream().filter(r -> outcome(r).equals("已导入")).count();
            assertEquals(before + imported, stored(), file + ": the page's report is what the bank holds");
            assertTrue(page.summary().startsWith("已导入 " + imported + " 道试题"), page.summary());
        }
    }

    @Test
    void aBadQuestion_allOrNothing_isShownWithItsPosition_andNothingIsStored() throws Exception {
        Path bad = Files.createTempFile("bad-questions", ".gift");
        Files.writeString(bad, "::好题" + SUFFIX + ":: 页面导入的好题 " + SUFFIX + " {T}\n\n::坏题" + SUFFIX
                + ":: 页面导入的坏题 " + SUFFIX + " {=对 ~错\n", StandardCharsets.UTF_8);
        signInAfresh(people.author);
        long before = stored();
        QuestionImportPage page = QuestionImportPage.open(driver, Deployments.BASE_URL).importFile(bad, true);
        assertTrue(page.summary().contains("本次没有导入任何试题"), page.summary());
        assertTrue(page.rows().stream().anyMatch(r -> r.startsWith("2 |") && outcome(r).equals("未导入")), page
                .rows().toString());
        assertEquals(before, stored());
        Files.delete(bad);
    }

    /** The outcome cell of a report row ("No. | question | outcome | reason"). */
    private static String outcome(String row) {
        String[] cells = row.split(" \\| ", -1);
        return cells.length > 2 ? cells[2].strip() : "";
    }

    private static long stored() throws SQLException {
        return TestDatabase.queryLong(QuestionRows.COUNT_BY_AUTHOR, people.author);
    }

    private static Path goodFile(String extension) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/exam"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("welding-questions.")
                    && f.getFileName().toString().endsWith(extension)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no good " + extension + " file"));
        }
    }
}
