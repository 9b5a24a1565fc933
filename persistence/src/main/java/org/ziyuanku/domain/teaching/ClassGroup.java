package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A group (分组) of a class for group work: a name unique in the class and an optional maximum size. Its members are
 * rows of {@code class_group_member} (a learner in at most one group per class); a join locks this row so that
 * concurrent joins never overfill it.
 */
@Entity
@Table(name = "class_group")
public class ClassGroup {

    public static final int MAX_NAME = 100;
    public static final int MAX_SIZE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_group_seq")
    @SequenceGenerator(name = "class_group_seq", sequenceName = "class_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "max_size")
    private Integer maxSize;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected ClassGroup() {
    }

    public ClassGroup(long classId, String name, Integer maxSize) {
        this.classId = classId;
        this.createdAt = LocalDateTime.now();
        change(name, maxSize);
    }

    /** A new name and maximum size (null: no maximum). */
    public final void change(String newName, Integer newMaxSize) {
        this.name = newName;
        this.maxSize = newMaxSize;
    }

    /** Whether a group of {@code members} members has room for one more. */
    public boolean hasRoomFor(int members) {
        return maxSize == null || members < maxSize;
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public String getName() {
        return name;
    }

    public Integer getMaxSize() {
        return maxSize;
    }

    public int getVersion() {
        return version;
    }
}
