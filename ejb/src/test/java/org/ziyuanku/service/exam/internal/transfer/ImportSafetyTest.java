package org.ziyuanku.service.exam.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.QuestionFileRefusedException;
import org.ziyuanku.service.system.RefusedException.Kind;

/** The bounds and the XML safety every reader keeps. */
class ImportSafetyTest {

    private static final String ENTITY = "<!DOCTYPE quiz [ <!ENTITY host SYSTEM \"file:///etc/hostname\"> ]>";

    private static QuestionFileRefusedException refused(QuestionFileReader reader, byte[] bytes) {
        return assertThrows(QuestionFileRefusedException.class, () -> Drafts.read(reader, bytes));
    }

    private static String hostname() throws IOException {
        Path host = Path.of("/etc/hostname");
        return Files.exists(host) ? Files.readString(host).strip() : "no-hostname-file";
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aDoctypeHiddenBehindALongComment_orInUtf16_isStillRefused_andTheEntityNeverRead() throws IOException {
        String late = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(5000) + "-->\n" + ENTITY
                + "<quiz><question type=\"essay\"><questiontext><text>&host;</text></questiontext></question></quiz>";
        QuestionFileRefusedException e = refused(new MoodleXmlReader(), late.getBytes(StandardCharsets.UTF_8));
        assertEquals("exam.import.file.unsafe", e.getReasonKey());
        assertEquals(Kind.INVALID, e.kind());
        assertFalse(e.getMessage().contains(hostname()));
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + ENTITY + "<quiz>&host;</quiz>";
        e = refused(new MoodleXmlReader(), utf16.getBytes(StandardCharsets.UTF_16));
        assertEquals("exam.import.file.unsafe", e.getReasonKey());
    }

    @Test
    void billionLaughs_andAnOutOfBandParameterEntity_areRefused_withoutAnyConnection() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY a \"lol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><quiz>&c;</quiz>";
        assertEquals("exam.import.file.unsafe",
                refused(new MoodleXmlReader(), laughs.getBytes(StandardCharsets.UTF_8)).getReasonKey());
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            String oob = "<?xml version=\"1.0\"?>\n<!--" + "y".repeat(5000) + "-->\n<!DOCTYPE quiz [<!ENTITY % p SYSTEM "
                    + "\"http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd\"> %p;]><quiz/>";
            assertEquals("exam.import.file.unsafe",
                    refused(new MoodleXmlReader(), oob.getBytes(StandardCharsets.UTF_8)).getReasonKey());
            listener.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, listener::accept, "the parser connected out");
        }
    }

    @Test
    void aQtiPackage_withAnEntityInAnItemOrTheManifest_isRefused() throws IOException {
        byte[] item = MoodleXmlReaderTest.resource("qti30-xxe.xml");
        String manifest = "<?xml version=\"1.0\"?>" + ENTITY.replace("quiz", "manifest") + "<manifest><resources>"
                + "<resource type=\"imsqti_item_xmlv3p0\" href=\"i.xml\"/></resources></manifest>";
        String plain = "<manifest><resources><resource type=\"imsqti_item_xmlv3p0\" href=\"i.xml\"/></resources>"
                + "</manifest>";
        assertEquals("exam.import.file.unsafe", refused(new QtiReader(), zip(Map.of("imsmanifest.xml",
                plain.getBytes(StandardCharsets.UTF_8), "i.xml", item))).getReasonKey());
        assertEquals("exam.import.file.unsafe", refused(new QtiReader(), zip(Map.of("imsmanifest.xml",
                manifest.getBytes(StandardCharsets.UTF_8), "i.xml", item))).getReasonKey());
    }

    @Test
    void anEntityInsideAWordDocument_isNeverResolved() throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(SafeZip.entries(WordFixtures.document("1. 题干",
                "【答案】对")));
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        xml = xml.replaceFirst("\\?>", "?>" + ENTITY.replace("quiz", "w:document")).replace("题干", "&host;");
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        String host = hostname();
        try {
            List<ParsedQuestion> parsed = Drafts.read(new WordQuestionReader(), zip(parts));
            assertFalse(parsed.toString().contains(host), "the entity was resolved");
        } catch (QuestionFileRefusedException e) {
            assertFalse(e.getMessage().contains(host));
        }
    }

    @Test
    void aFileOverTwentyMegabytes_isTooLarge_readingNoMoreThanTheBound() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                if (served > Bounds.MAX_FILE_BYTES + 2L) {
                    throw new IllegalStateException("read past the bound");
                }
                return ' ';
            }
        };
        QuestionFileRefusedException e = assertThrows(QuestionFileRefusedException.class,
                () -> new GiftReader().read(endless));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("exam.import.file.tooLarge", e.getReasonKey());
    }

    @Test
    void zipBombs_tooManyEntries_orTooMuchUncompressed_areTooLarge() throws IOException {
        Map<String, byte[]> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= Bounds.MAX_ZIP_ENTRIES; i++) {
            many.put("f" + i + ".txt", new byte[] {1});
        }
        assertEquals("exam.import.file.zipTooLarge", refused(new QtiReader(), zip(many)).getReasonKey());
        byte[] huge = zip(Map.of("big.xml", new byte[(int) Bounds.MAX_UNCOMPRESSED + 1]));
        QuestionFileRefusedException e = refused(new QtiReader(), huge);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("exam.import.file.zipTooLarge", e.getReasonKey());
        assertEquals(Kind.TOO_LARGE, refused(new ExcelQuestionReader(), huge).kind());
        assertEquals(Kind.TOO_LARGE, refused(new WordQuestionReader(), huge).kind());
    }

    @Test
    void anImageOverTwoMegabytes_isTooLarge() {
        String big = Base64.getEncoder().encodeToString(new byte[Bounds.MAX_IMAGE_BYTES + 1]);
        String xml = "<quiz><question type=\"essay\"><questiontext format=\"html\"><text>图</text><file name=\"a.png\" "
                + "encoding=\"base64\">" + big + "</file></questiontext></question></quiz>";
        QuestionFileRefusedException e = refused(new MoodleXmlReader(), xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("exam.import.file.imageTooLarge", e.getReasonKey());
    }

    @Test
    void moreThanTwoThousandQuestions_isTooLarge_inEveryTextFormat() {
        String gift = "题 {T}\n\n".repeat(Bounds.MAX_QUESTIONS + 1);
        assertEquals("exam.import.file.tooManyQuestions",
                refused(new GiftReader(), gift.getBytes(StandardCharsets.UTF_8)).getReasonKey());
        String moodle = "<quiz>" + "<question type=\"truefalse\"/>".repeat(Bounds.MAX_QUESTIONS + 1) + "</quiz>";
        assertEquals("exam.import.file.tooManyQuestions",
                refused(new MoodleXmlReader(), moodle.getBytes(StandardCharsets.UTF_8)).getReasonKey());
    }

    @Test
    void aTruncatedZip_isMalformed() throws IOException {
        byte[] whole = new QtiWriter().write("x", List.of(Drafts.single()));
        byte[] cut = java.util.Arrays.copyOf(whole, 60);
        assertEquals("exam.import.file.malformed", refused(new QtiReader(), cut).getReasonKey());
    }

    @Test
    void oddHtml_neverThrows_whenWritten() {
        var odd = new org.ziyuanku.service.exam.QuestionDraft(org.ziyuanku.domain.exam.QuestionType.SHORT_ANSWER,
                "<p><b>未闭合 <img src=x onerror=alert(1)> & <<", null, null, null, "</div>]]>", null, null, null,
                null, null);
        new QtiWriter().write("x", List.of(odd));
        new MoodleXmlWriter().write("x", List.of(odd));
        new ExcelQuestionWriter().write("x", List.of(odd));
        Drafts.read(new QtiReader(), new QtiWriter().write("x", List.of(odd)));
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
