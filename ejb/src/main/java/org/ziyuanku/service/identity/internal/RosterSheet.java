package org.ziyuanku.service.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.domain.identity.RosterRole;
import org.ziyuanku.domain.identity.RosterText;
import org.ziyuanku.service.identity.RosterRowError;
import org.ziyuanku.service.identity.internal.RosterHeader.Columns;

/**
 * A school roster read from the first sheet of an Excel workbook (.xlsx): a header row (within the first ten rows)
 * naming the columns 姓名, 学号或工号 and 身份 in Chinese or English, in any order, then one person per row. Names and
 * numbers are normalised as {@link RosterText} says; a number typed as a number in Excel reads as its digits. Blank
 * rows are skipped. Every problem is reported with its row; a sheet with any error must not be stored at all.
 */
public final class RosterSheet {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ERRORS = 1_000;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final String ERROR = "identity.roster.error.";

    /** One person of the roster, with the sheet's row number (1-based). */
    public record Person(int row, String name, String number, RosterRole role) {
    }

    private final List<Person> people = new ArrayList<>();
    private final List<RosterRowError> errors = new ArrayList<>();
    private final Map<String, Integer> rowOfNumber = new HashMap<>();
    private final SheetCells cells = new SheetCells();

    private final int maxRows;

    private RosterSheet(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads the workbook; never throws for bad content, which becomes errors. */
    public static RosterSheet read(InputStream xlsx) {
        return read(xlsx, MAX_ROWS);
    }

    static RosterSheet read(InputStream xlsx, int maxRows) {
        RosterSheet sheet = new RosterSheet(maxRows);
        byte[] bytes = SheetCells.readAtMost(xlsx, MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            sheet.errors.add(RosterRowError.ofFile(ERROR + "tooLarge", MAX_BYTES / (1024 * 1024)));
            return sheet;
        }
        Optional<XSSFWorkbook> workbook = SheetCells.open(bytes);
        if (workbook.isEmpty()) {
            sheet.errors.add(RosterRowError.ofFile(ERROR + "notXlsx"));
            return sheet;
        }
        try (XSSFWorkbook book = workbook.get()) {
            if (book.getNumberOfSheets() == 0) {
                sheet.errors.add(RosterRowError.ofFile(ERROR + "noHeader"));
            } else {
                sheet.readSheet(book.getSheetAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheet;
    }

    private void readSheet(Sheet sheet) {
        Optional<Columns> columns = Optional.empty();
        int headerRow = -1;
        for (int r = 0; r < HEADER_SEARCH_ROWS && columns.isEmpty(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                columns = RosterHeader.recognise(i -> text(row.getCell(i)), Math.max(row.getLastCellNum(), 0));
                headerRow = r;
            }
        }
        if (columns.isEmpty()) {
            errors.add(RosterRowError.ofFile(ERROR + "noHeader"));
            return;
        }
        readPeople(sheet, headerRow, columns.get());
    }

    private void readPeople(Sheet sheet, int headerRow, Columns columns) {
        int count = 0;
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            String name = text(row.getCell(columns.name()));
            String number = text(row.getCell(columns.number()));
            String role = text(row.getCell(columns.role()));
            if (name.isBlank() && number.isBlank() && role.isBlank()) {
                continue;
            }
            if (++count > maxRows) {
                errors.add(RosterRowError.ofFile(ERROR + "tooManyRows", maxRows));
                break;
            }
            if (errors.size() >= MAX_ERRORS) {
                errors.add(RosterRowError.ofFile(ERROR + "tooManyErrors", MAX_ERRORS));
                break;
            }
            readPerson(row.getRowNum() + 1, name, number, role);
        }
        if (count == 0 && errors.isEmpty()) {
            errors.add(RosterRowError.ofFile(ERROR + "empty"));
        }
    }

    private void readPerson(int row, String rawName, String rawNumber, String rawRole) {
        int before = errors.size();
        String name = RosterText.name(rawName);
        String number = RosterText.number(rawNumber);
        check(row, !name.isEmpty(), "nameBlank");
        check(row, name.length() <= RosterEntry.MAX_NAME, "nameTooLong", RosterEntry.MAX_NAME);
        check(row, !number.isEmpty(), "numberBlank");
        check(row, number.length() <= RosterEntry.MAX_NUMBER, "numberTooLong", RosterEntry.MAX_NUMBER);
        Optional<RosterRole> role = RosterHeader.role(rawRole);
        if (rawRole.isBlank()) {
            check(row, false, "roleBlank");
        } else {
            check(row, role.isPresent(), "badRole", rawRole.strip());
        }
        Integer first = number.isEmpty() ? null : rowOfNumber.putIfAbsent(number, row);
        check(row, first == null, "duplicate", number, first);
        if (errors.size() == before) {
            people.add(new Person(row, name, number, role.orElseThrow()));
        }
    }

    private void check(int row, boolean ok, String key, Object... args) {
        if (!ok) {
            errors.add(RosterRowError.ofRow(row, ERROR + key, args));
        }
    }

    private String text(Cell cell) {
        return cells.text(cell);
    }

    /** The people of the rows that read well, in sheet order; to be stored only when there are no errors. */
    public List<Person> people() {
        return List.copyOf(people);
    }

    public List<RosterRowError> errors() {
        return List.copyOf(errors);
    }
}
