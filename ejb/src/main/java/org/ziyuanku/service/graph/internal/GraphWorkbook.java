package org.ziyuanku.service.graph.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.infrastructure.office.SafeCells;
import org.ziyuanku.service.graph.GraphDocument;
import org.ziyuanku.service.graph.GraphRefusedException;

/**
 * A graph as an .xlsx workbook: sheet {@value #NODES} (key, type, name, description) and sheet {@value #EDGES}
 * (source key, target key, type), a header row each. Texts are written through {@link SafeCells}.
 */
public final class GraphWorkbook {

    public static final String NODES = "nodes";
    public static final String EDGES = "edges";

    private GraphWorkbook() {
    }

    public static byte[] write(GraphDocument document) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle quoted = SafeCells.quoted(book);
            Sheet nodes = book.createSheet(NODES);
            row(nodes, 0, quoted, "key", "type", "name", "description");
            int r = 1;
            for (GraphDocument.Node n : document.nodes()) {
                row(nodes, r++, quoted, n.key(), n.type(), n.name(), n.description());
            }
            Sheet edges = book.createSheet(EDGES);
            row(edges, 0, quoted, "source", "target", "type");
            r = 1;
            for (GraphDocument.Edge e : document.edges()) {
                row(edges, r++, quoted, e.source(), e.target(), e.type());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document in the workbook. @throws GraphRefusedException not a workbook, or a sheet missing */
    public static GraphDocument read(byte[] workbook) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet nodeSheet = book.getSheet(NODES);
            Sheet edgeSheet = book.getSheet(EDGES);
            if (nodeSheet == null || edgeSheet == null) {
                throw new GraphRefusedException(GraphRefusedException.DOCUMENT, NODES + ", " + EDGES);
            }
            List<GraphDocument.Node> nodes = new ArrayList<>();
            for (String[] c : rows(nodeSheet, 4)) {
                nodes.add(new GraphDocument.Node(c[0], c[1], c[2], c[3]));
            }
            List<GraphDocument.Edge> edges = new ArrayList<>();
            for (String[] c : rows(edgeSheet, 3)) {
                edges.add(new GraphDocument.Edge(c[0], c[1], c[2]));
            }
            return new GraphDocument(nodes, edges);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GraphRefusedException refused) {
                throw refused;
            }
            throw new GraphRefusedException(GraphRefusedException.DOCUMENT, "xlsx");
        }
    }

    private static List<String[]> rows(Sheet sheet, int columns) {
        DataFormatter format = new DataFormatter();
        List<String[]> rows = new ArrayList<>();
        for (int r = 1; r <= Math.min(sheet.getLastRowNum(), GraphDocument.MAX_EDGES); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String[] cells = new String[columns];
            boolean blank = true;
            for (int c = 0; c < columns; c++) {
                String text = row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip();
                cells[c] = text.isEmpty() ? null : text;
                blank &= text.isEmpty();
            }
            if (!blank) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static void row(Sheet sheet, int index, CellStyle quoted, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            SafeCells.text(row.createCell(c), values[c], quoted);
        }
    }
}
