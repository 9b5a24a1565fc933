package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A class (班级) of an offering: several classes of one offering follow the same track (multi-class, one outline).
 * Learners join with its 8-character code (Crockford base32 from {@link SecureRandom}, 40 bits), which the teacher
 * can regenerate when it leaked.
 */
@Entity
@Table(name = "course_class")
public class CourseClass {

    public static final int MAX_NAME = 100;
    public static final int CODE_LENGTH = 8;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_class_seq")
    @SequenceGenerator(name = "course_class_seq", sequenceName = "course_class_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private CourseOffering offering;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "class_code", nullable = false, length = CODE_LENGTH, unique = true)
    private String classCode;

    private Integer capacity;

    @Column(name = "archived_at")
    private LocalDateTime archivedAt;

    @Version
    private int version;

    protected CourseClass() {
    }

    public CourseClass(CourseOffering offering, String name) {
        this.offering = Objects.requireNonNull(offering, "offering");
        rename(name);
        regenerateCode();
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("class name must have 1 to " + MAX_NAME + " characters");
        }
        this.name = n;
    }

    /** A fresh random code; the old one stops working. */
    public final void regenerateCode() {
        this.classCode = newCode();
    }

    /** 8 characters of Crockford base32 (no I, L, O, U) from a {@link SecureRandom}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person may type it: upper case, O read as 0, I and L as 1, blanks and dashes dropped. */
    public static String normaliseCode(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "").replace('O', '0')
                .replace('I', '1').replace('L', '1');
    }

    public Long getId() {
        return id;
    }

    public CourseOffering getOffering() {
        return offering;
    }

    public String getName() {
        return name;
    }

    public String getClassCode() {
        return classCode;
    }

    public Integer getCapacity() {
        return capacity;
    }
}
