package org.ziyuanku.service.teaching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyItemKind;
import org.ziyuanku.domain.teaching.SurveyKind;
import org.ziyuanku.domain.teaching.SurveySettings;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.teaching.SurveyCommand;
import org.ziyuanku.service.teaching.SurveyItemCommand;
import org.ziyuanku.service.teaching.SurveyRefusedException;

/**
 * The rules a survey's contents meet before anything is stored: a title of 1..100 characters, a description of at
 * most 2000, 1..50 items (a vote exactly one SINGLE or MULTIPLE item), prompts of 1..500, 2..20 options of 1..200
 * characters without line breaks, at most as many max choices as options, scales of 2..10 with labels of at most 50,
 * and a window that closes after it opens. Item numbers in messages count from 1.
 */
public final class SurveyContent {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTION = 200;
    public static final int MAX_PROMPT = 500;
    public static final int MAX_LABEL = 50;
    public static final int MAX_SCALE = 10;

    private SurveyContent() {
    }

    /** The kind named by the command; anything else 400. */
    public static SurveyKind kind(String kind) {
        try {
            return SurveyKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new SurveyRefusedException(SurveyRefusedException.KIND);
        }
    }

    /** The checked settings. */
    public static SurveySettings settings(SurveyCommand command) {
        String title = strip(command.title());
        if (title.isEmpty() || title.length() > ClassSurvey.MAX_TITLE) {
            throw new SurveyRefusedException(SurveyRefusedException.TITLE, Integer.toString(ClassSurvey.MAX_TITLE));
        }
        String description = strip(command.description());
        if (description.length() > ClassSurvey.MAX_DESCRIPTION) {
            throw new SurveyRefusedException(SurveyRefusedException.DESCRIPTION,
                    Integer.toString(ClassSurvey.MAX_DESCRIPTION));
        }
        if (command.opensAt() != null && command.closesAt() != null
                && !command.closesAt().isAfter(command.opensAt())) {
            throw new SurveyRefusedException(SurveyRefusedException.WINDOW);
        }
        return new SurveySettings(title, description.isEmpty() ? null : description, command.anonymous(),
                command.resultsVisible(), command.changeable() && !command.anonymous(), command.opensAt(),
                command.closesAt());
    }

    /** The checked items of a survey of the kind. */
    public static List<SurveyItem> items(SurveyKind kind, List<SurveyItemCommand> commands) {
        List<SurveyItemCommand> list = commands == null ? List.of() : commands;
        if (list.isEmpty() || list.size() > MAX_ITEMS || list.stream().anyMatch(Objects::isNull)) {
            throw new SurveyRefusedException(SurveyRefusedException.ITEMS, Integer.toString(MAX_ITEMS));
        }
        List<SurveyItem> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(item(i + 1, list.get(i)));
        }
        if (kind == SurveyKind.VOTE && (items.size() != 1 || items.get(0).getKind() == SurveyItemKind.SCALE
                || items.get(0).getKind() == SurveyItemKind.TEXT)) {
            throw new SurveyRefusedException(SurveyRefusedException.VOTE);
        }
        return items;
    }

    /** Every text of the survey, for the sensitive-word screen. */
    public static List<ScreenedText> texts(SurveySettings settings, List<SurveyItem> items) {
        List<ScreenedText> texts = new ArrayList<>();
        texts.add(new ScreenedText("title", settings.title()));
        if (settings.description() != null) {
            texts.add(new ScreenedText("description", settings.description()));
        }
        for (int i = 0; i < items.size(); i++) {
            SurveyItem item = items.get(i);
            String field = "items[" + i + "]";
            texts.add(new ScreenedText(field + ".prompt", item.getPrompt()));
            item.getOptions().forEach(o -> texts.add(new ScreenedText(field + ".option", o)));
            if (item.getLowLabel() != null) {
                texts.add(new ScreenedText(field + ".lowLabel", item.getLowLabel()));
            }
            if (item.getHighLabel() != null) {
                texts.add(new ScreenedText(field + ".highLabel", item.getHighLabel()));
            }
        }
        return texts;
    }

    private static SurveyItem item(int number, SurveyItemCommand c) {
        String no = Integer.toString(number);
        SurveyItemKind kind;
        try {
            kind = SurveyItemKind.valueOf(strip(c.kind()));
        } catch (IllegalArgumentException e) {
            throw new SurveyRefusedException(SurveyRefusedException.KIND);
        }
        String prompt = strip(c.prompt());
        if (prompt.isEmpty() || prompt.length() > MAX_PROMPT) {
            throw new SurveyRefusedException(SurveyRefusedException.PROMPT, no, Integer.toString(MAX_PROMPT));
        }
        return switch (kind) {
            case SINGLE, MULTIPLE -> choice(no, kind, prompt, c);
            case SCALE -> scale(no, prompt, c);
            case TEXT -> new SurveyItem(kind, prompt, List.of(), null, null, null, null);
        };
    }

    private static SurveyItem choice(String no, SurveyItemKind kind, String prompt, SurveyItemCommand c) {
        List<String> options = c.options() == null ? List.of() : c.options().stream().map(SurveyContent::strip)
                .toList();
        Set<String> distinct = new HashSet<>(options);
        if (options.size() < 2 || options.size() > MAX_OPTIONS || distinct.size() != options.size()
                || options.stream().anyMatch(o -> o.isEmpty() || o.length() > MAX_OPTION || o.contains("\n"))) {
            throw new SurveyRefusedException(SurveyRefusedException.OPTIONS, no, Integer.toString(MAX_OPTIONS),
                    Integer.toString(MAX_OPTION));
        }
        Integer max = kind == SurveyItemKind.MULTIPLE ? c.maxChoices() : null;
        if (max != null && (max < 1 || max > options.size())) {
            throw new SurveyRefusedException(SurveyRefusedException.MAX_CHOICES, no);
        }
        return new SurveyItem(kind, prompt, options, max, null, null, null);
    }

    private static SurveyItem scale(String no, String prompt, SurveyItemCommand c) {
        String low = strip(c.lowLabel());
        String high = strip(c.highLabel());
        if (c.scaleMax() == null || c.scaleMax() < 2 || c.scaleMax() > MAX_SCALE || low.length() > MAX_LABEL
                || high.length() > MAX_LABEL || low.contains("\n") || high.contains("\n")) {
            throw new SurveyRefusedException(SurveyRefusedException.SCALE, no, Integer.toString(MAX_SCALE),
                    Integer.toString(MAX_LABEL));
        }
        return new SurveyItem(SurveyItemKind.SCALE, prompt, List.of(), null, c.scaleMax(), low.isEmpty() ? null : low,
                high.isEmpty() ? null : high);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
