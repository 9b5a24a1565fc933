package org.ziyuanku.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A role held within a scope: "school-admin of organisation 17", "national-admin of the platform". The role name is
 * the realm role's name; {@code scopeId} is 0 for the platform scope.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Column(nullable = false, length = 32)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 16)
    private ScopeType scopeType;

    @Column(name = "scope_id", nullable = false)
    private long scopeId;

    @Column(name = "granted_by", nullable = false, length = 128)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    protected RoleGrant() {
    }

    public RoleGrant(UserAccount user, String role, ScopeType scopeType, long scopeId, String grantedBy) {
        this.user = Objects.requireNonNull(user, "user");
        this.role = Objects.requireNonNull(role, "role");
        this.scopeType = Objects.requireNonNull(scopeType, "scopeType");
        this.scopeId = scopeType == ScopeType.PLATFORM ? 0 : scopeId;
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public long getScopeId() {
        return scopeId;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
