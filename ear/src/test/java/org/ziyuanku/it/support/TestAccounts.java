package org.ziyuanku.it.support;

import java.sql.SQLException;

/** Platform accounts and role grants written straight into the test database, as fixtures for scope tests. */
public final class TestAccounts {

    /** The school most tests work in (the demo school, a participating unit of the welding library). */
    public static final String SCHOOL_A = "深圳信息职业技术学院";
    /** Another school, for tests of what one school's people may not do in the other. */
    public static final String SCHOOL_B = "无锡职业技术学院";

    private TestAccounts() {
    }

    /**
     * A school administrator of the organisation: the Keycloak user with the realm role, the platform account and the
     * ORGANISATION-scoped grant; returns the account's id.
     */
    public static long schoolAdministrator(String username, long organisation) throws SQLException {
        TestKeycloak.createUser(username, "school-admin");
        long account = account(username, organisation);
        grant(account, "school-admin", "ORGANISATION", organisation);
        return account;
    }

    /** Creates a platform account in the organisation (null for none) and returns its id. */
    public static long account(String username, Long organisation) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('user_account_seq')");
        TestDatabase.update("insert into user_account (id, username, display_name, organisation_id, status, created_at,"
                + " version) values (?, ?, ?, ?, 'ACTIVE', now(), 0)", id, username, username, organisation);
        return id;
    }

    /** Grants the role in the scope (scope id 0 for PLATFORM). */
    public static void grant(long userId, String role, String scopeType, long scopeId) throws SQLException {
        TestDatabase.update("insert into role_grant (id, user_id, role, scope_type, scope_id, granted_by, granted_at)"
                + " values (nextval('role_grant_seq'), ?, ?, ?, ?, 'it', now())", userId, role, scopeType, scopeId);
    }

    /** The organisation's id by its name. */
    public static long organisation(String name) throws SQLException {
        return TestDatabase.queryLong("select id from organisation where name = ?", name);
    }
}
