package org.ziyuanku.service.graph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.graph.GraphDocument;
import org.ziyuanku.service.graph.GraphRefusedException;

class GraphWorkbookTest {

    @Test
    void writtenWorkbook_readsBackTheSameDocument_withFormulasQuoted() throws Exception {
        GraphDocument document = new GraphDocument(List.of(new GraphDocument.Node("n1", "SKILL", "平焊操作", null),
                new GraphDocument.Node("n2", "JOB", "=HYPERLINK(\"x\")", "焊工岗位")),
                List.of(new GraphDocument.Edge("n1", "n2", "SUPPORTS")));
        byte[] bytes = GraphWorkbook.write(document);
        assertEquals(document, GraphWorkbook.read(bytes));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var cell = book.getSheet(GraphWorkbook.NODES).getRow(2).getCell(2);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertEquals(true, cell.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void notAWorkbook_isRefusedAsABadDocument() {
        GraphRefusedException e = assertThrows(GraphRefusedException.class,
                () -> GraphWorkbook.read("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(GraphRefusedException.DOCUMENT, e.getReasonKey());
    }
}
