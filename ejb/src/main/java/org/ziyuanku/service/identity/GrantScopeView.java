package org.ziyuanku.service.identity;

import java.io.Serializable;
import org.ziyuanku.domain.identity.ScopeType;

/** A scope the caller may grant roles in, for choosing one. */
public record GrantScopeView(ScopeType type, long id, String name) implements Serializable {
}
