package org.ziyuanku.service.library.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.identity.OrganisationType;

/**
 * Reads the catalogue data files kept in the repository: {@code national-libraries.tsv} (number, category code,
 * name, host units separated by '|') and {@code organisations.tsv} (name, type, province code). Lines starting with
 * '#' are comments. A malformed line stops the import with its line number.
 */
public final class NationalCatalogueFile {

    public static final String LIBRARIES = "/org/ziyuanku/service/library/catalogue/national-libraries.tsv";
    public static final String ORGANISATIONS = "/org/ziyuanku/service/library/catalogue/organisations.tsv";

    /** One national library of the list. */
    public record LibraryEntry(int catalogueNo, String categoryCode, String name, List<String> hostUnits) {
    }

    /** One host unit and how to classify it. */
    public record OrganisationEntry(String name, OrganisationType type, String provinceCode) {
    }

    private NationalCatalogueFile() {
    }

    public static List<LibraryEntry> readLibraries(InputStream in) {
        List<LibraryEntry> entries = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        forEachLine(in, (lineNo, cols) -> {
            require(cols.length == 4, lineNo, "expected 4 tab-separated columns");
            int no = parseNumber(cols[0], lineNo);
            require(numbers.add(no), lineNo, "catalogue number " + no + " is repeated");
            List<String> hosts = List.of(cols[3].split("\\|"));
            require(!hosts.isEmpty() && hosts.size() <= 3, lineNo, "a library has one to three host units");
            require(hosts.stream().noneMatch(String::isBlank), lineNo, "empty host unit name");
            entries.add(new LibraryEntry(no, cols[1].strip(), cols[2].strip(), hosts));
        });
        return entries;
    }

    public static List<OrganisationEntry> readOrganisations(InputStream in) {
        List<OrganisationEntry> entries = new ArrayList<>();
        forEachLine(in, (lineNo, cols) -> {
            require(cols.length == 2 || cols.length == 3, lineNo, "expected name, type and province code");
            OrganisationType type;
            try {
                type = OrganisationType.valueOf(cols[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown organisation type " + cols[1], e);
            }
            String province = cols.length == 3 && !cols[2].isBlank() ? cols[2].strip() : null;
            entries.add(new OrganisationEntry(cols[0].strip(), type, province));
        });
        return entries;
    }

    private interface LineHandler {
        void handle(int lineNo, String[] columns);
    }

    private static void forEachLine(InputStream in, LineHandler handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    handler.handle(lineNo, line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parseNumber(String text, int lineNo) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not a catalogue number: " + text, e);
        }
    }

    private static void require(boolean condition, int lineNo, String message) {
        if (!condition) {
            throw new IllegalArgumentException("line " + lineNo + ": " + message);
        }
    }
}
