package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

/** Resource fixtures: the sample files the project ships, a national library to upload into, hashes. */
public final class TestResources {

    /** The national welding library (焊接技术及自动化), catalogue number 53. */
    public static final int WELDING_CATALOGUE_NO = 53;

    public static final String DEMO_SCHOOL = TestAccounts.SCHOOL_A;
    private static final String SAMPLES = "/org/ziyuanku/infrastructure/media/samples/";

    private TestResources() {
    }

    /** The bytes of a shipped sample file such as {@code sample.mp4}. */
    public static byte[] sample(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The welding library's id, with {@code organisation} added as a participating unit. */
    public static long weldingLibraryWith(long organisation) throws SQLException {
        long library = TestDatabase.queryLong("select id from resource_library where level = 'NATIONAL'"
                + " and catalogue_no = ?", WELDING_CATALOGUE_NO);
        TestDatabase.update("insert into library_participant (library_id, organisation_id) values (?, ?)"
                + " on conflict do nothing", library, organisation);
        return library;
    }

    /**
     * A teacher of 深圳信息职业技术学院 (in Keycloak and the platform) who contributes to the welding library; returns
     * the library's id.
     */
    public static long contributor(String username) throws SQLException {
        TestKeycloak.ensureRunning();
        TestKeycloak.createUser(username, "teacher");
        long school = TestAccounts.organisation(DEMO_SCHOOL);
        TestAccounts.account(username, school);
        return weldingLibraryWith(school);
    }

    /** A library administrator of the library (realm role and LIBRARY-scoped grant), at 深圳信息职业技术学院. */
    public static void libraryAdministrator(String username, long library) throws SQLException {
        TestKeycloak.createUser(username, "library-admin");
        TestAccounts.grant(TestAccounts.account(username, TestAccounts.organisation(DEMO_SCHOOL)), "library-admin",
                "LIBRARY", library);
    }

    /** A teacher of another school (无锡职业技术学院), who does not take part in the welding library. */
    public static void outsider(String username) throws SQLException {
        TestKeycloak.createUser(username, "teacher");
        TestAccounts.account(username, TestAccounts.organisation(TestAccounts.SCHOOL_B));
    }

    /** Deletes what these users uploaded, their grants and their platform accounts. */
    public static void forget(String... usernames) throws SQLException {
        for (String username : usernames) {
            TestReview.forget(username);
            deleteUploadsOf(username);
            TestDatabase.update("delete from role_grant where user_id in (select id from user_account where username"
                    + " = ?)", username);
            TestDatabase.update("delete from user_account where username = ?", username);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many resources the user has uploaded (in or out of the recycle bin). */
    public static long uploadsOf(String username) throws SQLException {
        return TestDatabase.queryLong("select count(*) from teaching_resource r join user_account u"
                + " on u.id = r.uploaded_by_id where u.username = ?", username);
    }

    /** Deletes everything the user uploaded, with counters, and the blob rows nobody else uses. */
    public static void deleteUploadsOf(String username) throws SQLException {
        TestDatabase.update("delete from teaching_resource where uploaded_by_id in (select id from user_account"
                + " where username = ?)", username);
        TestDatabase.update("delete from stored_blob b where not exists (select 1 from teaching_resource r"
                + " where b.sha256 in (r.blob_sha256, r.thumbnail_sha256, r.preview_sha256))");
    }
}
