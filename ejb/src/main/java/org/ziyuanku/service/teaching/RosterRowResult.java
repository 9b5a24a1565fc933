package org.ziyuanku.service.teaching;

import java.io.Serializable;

/**
 * One row of an imported class roster: its sheet row, 学号 and 姓名 and what became of it: {@code ENROLLED} (matched
 * to a verified account and enrolled), {@code ALREADY} (that learner was enrolled already), {@code PENDING} (no
 * verified account matches; kept, and enrolled once one does) or {@code INVALID} (number or name missing or too long).
 */
public record RosterRowResult(int row, String studentNo, String name, String outcome) implements Serializable {
}
