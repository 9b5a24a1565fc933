package org.ziyuanku.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The platform's own datasource, for tests that run inside the server and check what the database holds. */
public final class ServerDatabase {

    private ServerDatabase() {
    }

    public static Connection connection() throws NamingException, SQLException {
        return ((DataSource) new InitialContext().lookup("java:jboss/datasources/ZiYuanKuDS")).getConnection();
    }

    /** The single long value of a query, such as a count. */
    public static long queryLong(String sql) throws NamingException, SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
