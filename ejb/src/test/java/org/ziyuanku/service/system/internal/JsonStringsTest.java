package org.ziyuanku.service.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void encode_writesAJsonArrayOfStrings() {
        assertEquals("[]", JsonStrings.encode(List.of()));
        assertEquals("[\"焊接\",\"2\"]", JsonStrings.encode(List.of("焊接", "2")));
        assertEquals("[\"\"]", JsonStrings.encode(Arrays.asList((String) null)));
    }

    @Test
    void encode_escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("[\"say \\\"hi\\\" \\\\ \\n\\t\\u0001\"]", JsonStrings.encode(List.of("say \"hi\" \\ \n\t\u0001")));
    }

    @Test
    void decode_readsWhatEncodeWrote() {
        List<String> tricky = List.of("", "a,b", "[\"]", "引号“”'", "line\r\nbreak\\", "\u0000\u001f\u2028", "{0}");
        assertEquals(tricky, JsonStrings.decode(JsonStrings.encode(tricky)));
        assertEquals(List.of(), JsonStrings.decode(" [ ] "));
    }

    @Test
    void decode_acceptsOtherValidJson() {
        assertEquals(List.of("a", "b/c", "é"), JsonStrings.decode("[ \"a\" , \"b\\/c\",\"\\u00e9\" ]"));
    }

    @Test
    void decode_refusesWhatIsNotAnArrayOfStrings() {
        for (String bad : List.of("", "{}", "[1]", "[\"a\"", "[\"a\",]", "[\"a\"] x", "[\"\\q\"]", "[\"\\u12\"]")) {
            assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode(bad), bad);
        }
    }
}
