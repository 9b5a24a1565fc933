package org.ziyuanku.service.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.ziyuanku.domain.identity.RosterRole;

/**
 * The words a roster's header row and role column may use, in Chinese or English: which column holds the name
 * (姓名), the staff or student number (学号或工号) and the role (身份: 学生 or 教师), in any order.
 */
final class RosterHeader {

    private static final Set<String> NAME = Set.of("姓名", "真实姓名", "name", "fullname", "realname");
    private static final Set<String> NUMBER = Set.of("学号或工号", "学号/工号", "工号/学号", "工号或学号", "学号", "工号",
            "学工号", "编号", "number", "no", "id", "studentnumber", "staffnumber", "student/staffnumber",
            "studentorstaffnumber", "membernumber");
    private static final Set<String> ROLE = Set.of("角色", "身份", "类别", "人员类别", "role", "type", "category");
    private static final Map<String, RosterRole> ROLES = Map.of("学生", RosterRole.STUDENT, "student",
            RosterRole.STUDENT, "教师", RosterRole.TEACHER, "老师", RosterRole.TEACHER, "teacher", RosterRole.TEACHER);

    /** Zero-based column indexes of the three roster columns. */
    record Columns(int name, int number, int role) {
    }

    private RosterHeader() {
    }

    /** The columns, when the row's cells (read by index up to {@code width}) name all three. */
    static Optional<Columns> recognise(IntFunction<String> cellText, int width) {
        int name = -1;
        int number = -1;
        int role = -1;
        for (int i = 0; i < width; i++) {
            String label = label(cellText.apply(i));
            if (name < 0 && NAME.contains(label)) {
                name = i;
            } else if (number < 0 && NUMBER.contains(label)) {
                number = i;
            } else if (role < 0 && ROLE.contains(label)) {
                role = i;
            }
        }
        return name >= 0 && number >= 0 && role >= 0 ? Optional.of(new Columns(name, number, role)) : Optional.empty();
    }

    /** The role a cell names (学生/student, 教师/老师/teacher, any case), if any. */
    static Optional<RosterRole> role(String text) {
        return Optional.ofNullable(ROLES.get(label(text)));
    }

    /** Lower case, NFKC, without blanks, required-field stars, colons, a trailing full stop or a bracketed note. */
    static String label(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("\\(.*\\)", "").replaceAll("[\\s*:]", "").replaceAll("\\.$", "");
    }
}
