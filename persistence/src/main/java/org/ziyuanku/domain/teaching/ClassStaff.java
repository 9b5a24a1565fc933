package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One person on a class's staff, as TEACHER or ASSISTANT (助教). */
@Entity
@Table(name = "class_staff")
@IdClass(ClassStaff.Key.class)
public class ClassStaff {

    /** The primary key: class and account. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long classId;
        private Long accountId;

        public Key() {
        }

        public Key(long classId, long accountId) {
            this.classId = classId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(classId, k.classId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classId, accountId);
        }
    }

    @Id
    @Column(name = "class_id")
    private Long classId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StaffRole role;

    @Column(name = "added_by")
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected ClassStaff() {
    }

    public ClassStaff(long classId, long accountId, StaffRole role, Long addedBy) {
        this.classId = classId;
        this.accountId = accountId;
        this.role = Objects.requireNonNull(role, "role");
        this.addedBy = addedBy;
        this.addedAt = LocalDateTime.now();
    }

    public void changeRole(StaffRole newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public Long getClassId() {
        return classId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public StaffRole getRole() {
        return role;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
