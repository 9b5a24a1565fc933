package org.ziyuanku.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A learner's folder of favourites (收藏夹): a name unique among the learner's folders. */
@Entity
@Table(name = "favourite_folder")
public class FavouriteFolder {

    public static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "favourite_folder_seq")
    @SequenceGenerator(name = "favourite_folder_seq", sequenceName = "favourite_folder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected FavouriteFolder() {
    }

    public FavouriteFolder(long ownerId, String name) {
        this.ownerId = ownerId;
        this.name = name;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }
}
