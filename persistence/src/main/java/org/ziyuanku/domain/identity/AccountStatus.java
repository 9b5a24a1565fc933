package org.ziyuanku.domain.identity;

/** Whether an account may be used. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
