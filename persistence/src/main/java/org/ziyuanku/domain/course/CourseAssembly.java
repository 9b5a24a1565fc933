package org.ziyuanku.domain.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A 积件: a named, reusable assembly of published resources (of any library) that several courses insert by
 * reference; a course shows its parts as they are now.
 */
@Entity
@Table(name = "course_assembly")
public class CourseAssembly {

    public static final int MAX_NAME = 200;
    public static final int MAX_PARTS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_assembly_seq")
    @SequenceGenerator(name = "course_assembly_seq", sequenceName = "course_assembly_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @ElementCollection
    @CollectionTable(name = "course_assembly_part", joinColumns = @JoinColumn(name = "assembly_id"))
    @OrderColumn(name = "position")
    private List<CourseAssemblyPart> parts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected CourseAssembly() {
    }

    public CourseAssembly(long libraryId, String name, String description, long ownerId) {
        this.libraryId = libraryId;
        this.ownerId = ownerId;
        this.createdAt = LocalDateTime.now();
        rename(name, description);
    }

    public final void rename(String newName, String newDescription) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (newName.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME);
        }
        this.name = newName.strip();
        this.description = newDescription;
        this.updatedAt = LocalDateTime.now();
    }

    /** The parts anew, in order (at most {@link #MAX_PARTS}). */
    public void setParts(List<CourseAssemblyPart> newParts) {
        if (newParts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("at most " + MAX_PARTS + " parts");
        }
        parts.clear();
        parts.addAll(newParts);
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public List<CourseAssemblyPart> getParts() {
        return List.copyOf(parts);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
