package org.ziyuanku.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct JDBC access to the test database, for fixtures a test creates and deletes itself. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("zyk.test.db.port", "55433") + "/" + System.getProperty("zyk.test.db.name", "ziyuanku_test");
        return DriverManager.getConnection(url, System.getProperty("zyk.test.db.user", "ziyuanku"),
                System.getProperty("zyk.test.db.password", "ziyuanku"));
    }

    /**
     * Creates an empty database owned by the platform's role, as a database administrator does before a restore: the
     * platform's role may not create databases, so this connects as the test cluster's superuser ({@code postgres},
     * trusted on 127.0.0.1 only, as {@code ./zyk} makes it).
     */
    public static void createDatabase(String name) throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("zyk.test.db.host", "127.0.0.1") + ":"
                + System.getProperty("zyk.test.db.port", "55433") + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create database \"" + name + "\" owner \"" + System.getProperty("zyk.test.db.user", "ziyuanku") + "\"");
        }
    }

    /** The single long value of a query with parameters. */
    public static long queryLong(String sql, Object... params) throws SQLException {
        return single(sql, params, rs -> rs.getLong(1));
    }

    /** The single text value of a query with parameters. */
    public static String queryString(String sql, Object... params) throws SQLException {
        return single(sql, params, rs -> rs.getString(1));
    }

    /** Reads one column of a result row. */
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(String sql, Object[] params, Column<T> column) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for " + sql);
                }
                return column.read(rs);
            }
        }
    }

    /** Runs an update with parameters and returns the number of rows changed. */
    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
