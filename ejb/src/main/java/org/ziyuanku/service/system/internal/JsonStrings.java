package org.ziyuanku.service.system.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array ({@code ["a","b"]}) and back: how a notification's message arguments are stored.
 * Only what {@link #encode} writes needs to be read, but any valid JSON array of strings is accepted.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** The strings as a JSON array; a null element is written as an empty string. */
    public static String encode(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quote(values.get(i) == null ? "" : values.get(i), json);
        }
        return json.append(']').toString();
    }

    private static void quote(String value, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** The strings of a JSON array of strings; throws {@link IllegalArgumentException} for anything else. */
    public static List<String> decode(String json) {
        Reader reader = new Reader(json == null ? "" : json.strip());
        List<String> values = new ArrayList<>();
        reader.expect('[');
        reader.skipBlanks();
        if (reader.peek() == ']') {
            reader.next();
        } else {
            do {
                reader.skipBlanks();
                values.add(reader.string());
                reader.skipBlanks();
            } while (reader.next() == ',');
            reader.back();
            reader.expect(']');
        }
        reader.skipBlanks();
        if (!reader.atEnd()) {
            throw new IllegalArgumentException("text after the JSON array: " + json);
        }
        return values;
    }

    /** A cursor over the text being decoded. */
    private static final class Reader {

        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            if (atEnd()) {
                throw new IllegalArgumentException("unexpected end of JSON: " + text);
            }
            return text.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void back() {
            pos--;
        }

        void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (pos - 1) + ": " + text);
            }
        }

        void skipBlanks() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                value.append(c == '\\' ? escaped() : c);
            }
            return value.toString();
        }

        private char escaped() {
            char c = next();
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw new IllegalArgumentException("bad escape \\" + c + " in " + text);
            };
        }

        private char unicode() {
            if (pos + 4 > text.length()) {
                throw new IllegalArgumentException("short \\u escape in " + text);
            }
            try {
                char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                pos += 4;
                return c;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad \\u escape in " + text, e);
            }
        }
    }
}
