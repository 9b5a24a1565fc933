package org.ziyuanku.infrastructure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** pg_dump connects as the datasource does: over TLS with the server's certificate checked when a CA file is named. */
class PgDumpTest {

    @AfterEach
    void clear() {
        System.clearProperty("zyk.db.sslrootcert");
        System.clearProperty("zyk.db.sslmode");
    }

    @Test
    void withACaFile_verifiesTheServer() {
        System.setProperty("zyk.db.sslrootcert", "/srv/tls/ca.crt");
        assertEquals(Map.of("PGSSLROOTCERT", "/srv/tls/ca.crt", "PGSSLMODE", "verify-full"), PgDump.tlsEnvironment());
        System.setProperty("zyk.db.sslmode", "require");
        assertEquals("require", PgDump.tlsEnvironment().get("PGSSLMODE"));
    }

    @Test
    void withoutACaFile_keepsLibpqsDefault() {
        if (System.getenv("ZYK_DB_SSLROOTCERT") == null) {
            assertEquals(Map.of(), PgDump.tlsEnvironment());
        }
    }
}
