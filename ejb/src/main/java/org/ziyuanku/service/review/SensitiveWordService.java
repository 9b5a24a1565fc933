package org.ziyuanku.service.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.review.SensitiveWord;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.internal.SensitiveWordNormaliser;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.review.internal.SensitiveWordLines;
import org.ziyuanku.service.review.internal.SensitiveWordLines.Line;
import org.ziyuanku.service.review.internal.SensitiveWordLines.Parsed;
import org.ziyuanku.service.review.internal.SensitiveWordRepository;

/**
 * The sensitive-word dictionary (敏感词库) in the back office: listing, adding, changing, removing and importing words.
 * Only a security administrator or a national administrator (both platform-wide) may use it; anyone else gets {@link
 * AccessDeniedException}, audited as DENIED. Every change is audited. Runs in the OIDC virtual security domain.
 */
@Stateless
@PermitAll
public class SensitiveWordService {

    static final String ADD = "SENSITIVE_WORD_ADD";
    static final String CHANGE = "SENSITIVE_WORD_CHANGE";
    static final String REMOVE = "SENSITIVE_WORD_REMOVE";
    static final String IMPORT = "SENSITIVE_WORD_IMPORT";
    static final String LIST = "SENSITIVE_WORD_LIST";
    /** The largest page {@link #list} answers. */
    public static final int MAX_PAGE_SIZE = 500;
    private static final String SCOPE = "platform";
    private static final String TARGET = "sensitive-words";

    @Inject
    private Caller caller;

    @Inject
    private SensitiveWordRepository words;

    @Inject
    private AuditedCall audited;

    /** Whether the caller may manage the dictionary (security or national administrator). */
    public boolean mayManage() {
        return caller.holds(PlatformRole.SECURITY_ADMIN) || caller.holds(PlatformRole.NATIONAL_ADMIN);
    }

    /**
     * One page of words in alphabetical order, filtered by part of the word (folded like the words), category and
     * severity, each optional. {@code size} is capped at 500, and {@code page} so that its first row stays an int.
     *
     * @throws AccessDeniedException when the caller does not manage the dictionary
     */
    @Audited(action = LIST, target = TARGET, outcomes = AuditOutcome.DENIED)
    public SensitiveWordPage list(String text, SensitiveWordCategory category, SensitiveWordSeverity severity,
            int page, int size) {
        requireManager();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, Math.min(page, Integer.MAX_VALUE / pageSize));
        String filter = text == null || text.isBlank() ? null : SensitiveWordNormaliser.normalise(text);
        List<SensitiveWordView> items = words.page(filter, category, severity, pageNumber * pageSize, pageSize)
                .stream().map(SensitiveWordService::view).toList();
        return new SensitiveWordPage(items, pageNumber, pageSize, words.count(filter, category, severity));
    }

    /**
     * Adds a word, stored normalised.
     *
     * @throws SensitiveWordRefusedException for an empty word, one over 64 characters, a missing category or severity,
     *         or a word the dictionary has (409)
     * @throws AccessDeniedException when the caller does not manage the dictionary
     */
    @Audited(action = ADD)
    public SensitiveWordView add(AddSensitiveWordCommand command) {
        audited.target("word:" + (command == null ? "" : command.word()));
        requireManager();
        if (command == null) {
            throw refused("review.words.refused.empty");
        }
        String category = command.category() == null ? null : command.category().name();
        String severity = command.severity() == null ? null : command.severity().name();
        Optional<String> reason = SensitiveWordLines.check(command.word(), category, severity);
        if (reason.isPresent()) {
            throw refused(reason.get(),
                    SensitiveWordLines.arguments(reason.get(), command.word(), category, severity));
        }
        String word = SensitiveWordNormaliser.normalise(command.word());
        if (!words.existing(List.of(word)).isEmpty()) {
            throw refused(SensitiveWordRefusedException.DUPLICATE, word);
        }
        SensitiveWord created = new SensitiveWord(word, command.category(), command.severity(), caller.username());
        try {
            words.add(created);
        } catch (PersistenceException e) {
            throw refused(SensitiveWordRefusedException.DUPLICATE, word);
        }
        audited.target("word:" + created.getId());
        audited.detail(created.getWord() + " " + category + " " + severity);
        return view(created);
    }

    /**
     * Changes a word's category and severity; empty when there is no such word.
     *
     * @throws SensitiveWordRefusedException for a missing category or severity
     * @throws AccessDeniedException when the caller does not manage the dictionary
     */
    @Audited(action = CHANGE)
    public Optional<SensitiveWordView> change(@AuditTarget("word:") long id, SensitiveWordCategory category,
            SensitiveWordSeverity severity) {
        requireManager();
        if (category == null) {
            throw refused("review.words.refused.unknownCategory", "");
        }
        if (severity == null) {
            throw refused("review.words.refused.unknownSeverity", "");
        }
        Optional<SensitiveWord> word = words.find(id);
        word.ifPresentOrElse(w -> {
            w.change(category, severity);
            audited.detail(w.getWord() + " " + category + " " + severity);
        }, () -> audited.failed("no such word"));
        return word.map(SensitiveWordService::view);
    }

    /**
     * Removes the words with these ids (unknown ids are ignored) and answers how many were removed.
     *
     * @throws AccessDeniedException when the caller does not manage the dictionary
     */
    @Audited(action = REMOVE)
    public int remove(Collection<Long> ids) {
        audited.target("words:" + ids);
        requireManager();
        List<SensitiveWord> found = words.findAll(ids.stream().filter(Objects::nonNull).toList());
        words.removeAll(found);
        found.forEach(w -> audited.done(SCOPE, "word:" + w.getId(), w.getWord()));
        return found.size();
    }

    /**
     * Imports words given one a line as {@code 词,类别,级别} ({@code 代写论文,FRAUD,BLOCK}), all or nothing: with any bad
     * line (format, empty or too long word, unknown category or severity, a word repeated in the import or already in
     * the dictionary) nothing is stored and the report names every bad line.
     *
     * @throws AccessDeniedException when the caller does not manage the dictionary
     */
    @Audited(action = IMPORT, target = TARGET)
    public SensitiveWordImportReport importLines(String text) {
        requireManager();
        Parsed parsed = SensitiveWordLines.parse(text);
        List<SensitiveWordLineError> errors = new ArrayList<>(parsed.errors());
        Set<String> existing = words.existing(parsed.lines().stream().map(l -> l.entry().word()).toList());
        for (Line line : parsed.lines()) {
            if (existing.contains(line.entry().word())) {
                errors.add(SensitiveWordLineError.of(line.number(), SensitiveWordRefusedException.DUPLICATE,
                        line.entry().word()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(SensitiveWordLineError::line));
            audited.failed(errors.size() + " bad lines, first " + errors.get(0).line() + " " + errors.get(0).key());
            return new SensitiveWordImportReport(0, errors);
        }
        String addedBy = caller.username();
        words.addAll(parsed.lines().stream().map(l -> new SensitiveWord(l.entry().word(), l.entry().category(),
                l.entry().severity(), addedBy)).toList());
        audited.detail(parsed.lines().size() + " words");
        return new SensitiveWordImportReport(parsed.lines().size(), List.of());
    }

    private void requireManager() {
        if (!mayManage()) {
            throw new AccessDeniedException(caller.username() + " does not manage the sensitive-word dictionary");
        }
    }

    private static SensitiveWordRefusedException refused(String key, Object... args) {
        String[] texts = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        return new SensitiveWordRefusedException(key, texts);
    }

    private static SensitiveWordView view(SensitiveWord w) {
        return new SensitiveWordView(w.getId(), w.getWord(), w.getCategory(), w.getSeverity(), w.getCreatedBy(),
                w.getCreatedAt(), w.getUpdatedAt());
    }
}
