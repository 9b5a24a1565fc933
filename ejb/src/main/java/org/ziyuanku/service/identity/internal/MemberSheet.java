package org.ziyuanku.service.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.domain.identity.RosterRole;
import org.ziyuanku.domain.identity.RosterText;
import org.ziyuanku.service.identity.RosterRowError;

/**
 * People to invite (邀请) into an organisation, read from the first sheet of an Excel workbook (.xlsx): a header row
 * (within the first ten rows) naming the columns 用户名, 姓名, 邮箱 and 身份 in Chinese or English, in any order,
 * then one person per row; or one person typed into the members page. User names are folded to lower case (as
 * Keycloak stores them) and must be 3–50 letters, digits, {@code . _ -}; e-mail addresses must look like one. Every
 * problem is reported with its row, duplicates within the sheet included; a sheet with any error must not be stored.
 */
public final class MemberSheet {

    public static final int MAX_ROWS = 500;
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_EMAIL = 254;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final String ERROR = "identity.import.error.";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> USERNAME_LABELS = Set.of("用户名", "账号", "帐号", "登录名", "username", "user",
            "login", "account");
    private static final Set<String> NAME_LABELS = Set.of("姓名", "真实姓名", "name", "fullname", "realname");
    private static final Set<String> EMAIL_LABELS = Set.of("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail",
            "mail");
    private static final Set<String> ROLE_LABELS = Set.of("身份", "角色", "类别", "role", "type");

    /** One person to invite, with the sheet's row number (1-based; 0 for a single invitation). */
    public record Member(int row, String username, String name, String email, RosterRole role) {
    }

    private final List<Member> members = new ArrayList<>();
    private final List<RosterRowError> errors = new ArrayList<>();
    private final Map<String, Integer> rowOfUsername = new HashMap<>();
    private final Map<String, Integer> rowOfEmail = new HashMap<>();
    private final SheetCells cells = new SheetCells();

    private MemberSheet() {
    }

    /** Reads the workbook; never throws for bad content, which becomes errors. */
    public static MemberSheet read(InputStream xlsx) {
        MemberSheet sheet = new MemberSheet();
        byte[] bytes = SheetCells.readAtMost(xlsx, MAX_BYTES + 1);
        Optional<XSSFWorkbook> workbook = bytes.length > MAX_BYTES ? Optional.empty() : SheetCells.open(bytes);
        if (bytes.length > MAX_BYTES) {
            sheet.errors.add(RosterRowError.ofFile(ERROR + "tooLarge", MAX_BYTES / (1024 * 1024)));
        } else if (workbook.isEmpty()) {
            sheet.errors.add(RosterRowError.ofFile(ERROR + "notXlsx"));
        } else {
            try (XSSFWorkbook book = workbook.get()) {
                sheet.readSheet(book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sheet;
    }

    /** One person typed into a form, checked like a row; errors carry row 0. */
    public static MemberSheet single(String username, String name, String email, String role) {
        MemberSheet sheet = new MemberSheet();
        sheet.readMember(0, username, name, email, role);
        return sheet;
    }

    private void readSheet(Sheet sheet) {
        int[] columns = null;
        int headerRow = -1;
        for (int r = 0; sheet != null && r < HEADER_SEARCH_ROWS && columns == null; r++) {
            Row row = sheet.getRow(r);
            columns = row == null ? null : header(row);
            headerRow = r;
        }
        if (columns == null) {
            errors.add(RosterRowError.ofFile(ERROR + "noHeader"));
            return;
        }
        int count = 0;
        for (Row row : sheet) {
            String[] text = new String[4];
            for (int c = 0; c < 4; c++) {
                text[c] = cells.text(row.getCell(columns[c]));
            }
            if (row.getRowNum() <= headerRow || String.join("", text).isBlank()) {
                continue;
            }
            if (++count > MAX_ROWS || errors.size() >= SheetCells.MAX_ERRORS) {
                errors.add(count > MAX_ROWS ? RosterRowError.ofFile(ERROR + "tooManyRows", MAX_ROWS)
                        : RosterRowError.ofFile(ERROR + "tooManyErrors", SheetCells.MAX_ERRORS));
                break;
            }
            readMember(row.getRowNum() + 1, text[0], text[1], text[2], text[3]);
        }
        if (count == 0 && errors.isEmpty()) {
            errors.add(RosterRowError.ofFile(ERROR + "empty"));
        }
    }

    /** Column indexes of user name, name, e-mail and role, when the row names all four. */
    private int[] header(Row row) {
        int[] columns = {-1, -1, -1, -1};
        List<Set<String>> labels = List.of(USERNAME_LABELS, NAME_LABELS, EMAIL_LABELS, ROLE_LABELS);
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            String label = RosterHeader.label(cells.text(row.getCell(i)));
            for (int c = 0; c < 4; c++) {
                if (columns[c] < 0 && labels.get(c).contains(label)) {
                    columns[c] = i;
                    break;
                }
            }
        }
        return columns[0] >= 0 && columns[1] >= 0 && columns[2] >= 0 && columns[3] >= 0 ? columns : null;
    }

    private void readMember(int row, String rawUsername, String rawName, String rawEmail, String rawRole) {
        int before = errors.size();
        String username = fold(rawUsername);
        String name = RosterText.name(rawName == null ? "" : rawName);
        String email = fold(rawEmail);
        String role = rawRole == null ? "" : rawRole.strip();
        check(row, !username.isEmpty(), "usernameBlank");
        check(row, username.isEmpty() || USERNAME.matcher(username).matches(), "usernameBad", username);
        check(row, !name.isEmpty(), "nameBlank");
        check(row, name.length() <= RosterEntry.MAX_NAME, "nameTooLong", RosterEntry.MAX_NAME);
        check(row, !email.isEmpty(), "emailBlank");
        check(row, email.isEmpty() || email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches(), "emailBad",
                email);
        Optional<RosterRole> memberRole = RosterHeader.role(role);
        check(row, !role.isEmpty(), "roleBlank");
        check(row, role.isEmpty() || memberRole.isPresent(), "badRole", role);
        Integer firstUsername = username.isEmpty() ? null : rowOfUsername.putIfAbsent(username, row);
        check(row, firstUsername == null, "duplicateUsername", username, firstUsername);
        Integer firstEmail = email.isEmpty() ? null : rowOfEmail.putIfAbsent(email, row);
        check(row, firstEmail == null, "duplicateEmail", email, firstEmail);
        if (errors.size() == before) {
            members.add(new Member(row, username, name, email, memberRole.orElseThrow()));
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private void check(int row, boolean ok, String key, Object... args) {
        if (!ok) {
            errors.add(RosterRowError.ofRow(row, ERROR + key, args));
        }
    }

    /** The people of the rows that read well, in sheet order; to be stored only when there are no errors. */
    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<RosterRowError> errors() {
        return List.copyOf(errors);
    }
}
