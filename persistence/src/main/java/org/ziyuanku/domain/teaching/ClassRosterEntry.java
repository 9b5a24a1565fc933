package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row of a class roster a teacher imported (学号, 姓名): MATCHED when the school's real-name roster binds an account
 * to that number and name (the learner is enrolled), PENDING otherwise (kept, so the row can be matched later).
 */
@Entity
@Table(name = "class_roster_entry")
public class ClassRosterEntry {

    /** Whether the row found its account. */
    public enum State {
        MATCHED, PENDING, MISMATCH
    }

    public static final int MAX_NUMBER = 32;
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_roster_entry_seq")
    @SequenceGenerator(name = "class_roster_entry_seq", sequenceName = "class_roster_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "student_no", nullable = false, length = MAX_NUMBER)
    private String studentNo;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    protected ClassRosterEntry() {
    }

    public ClassRosterEntry(long classId, String studentNo, String name) {
        this.classId = classId;
        this.studentNo = studentNo;
        this.name = name;
        this.state = State.PENDING;
    }

    /** The row was matched to the account (or, with null, is not matched now). */
    public void matched(Long account) {
        this.accountId = account;
        this.state = account == null ? State.PENDING : State.MATCHED;
    }

    /** Takes a new name from a later import; a changed name must be matched again. */
    public void rename(String newName) {
        if (!name.equals(newName)) {
            this.name = newName;
            matched(null);
        }
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public String getName() {
        return name;
    }

    public Long getAccountId() {
        return accountId;
    }

    public State getState() {
        return state;
    }
}
