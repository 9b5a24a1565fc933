package org.ziyuanku.service.exam.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionContent;
import org.ziyuanku.domain.exam.QuestionKey;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.DraftImage;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFingerprint;
import org.ziyuanku.service.exam.QuestionView;
import org.ziyuanku.service.review.ScreenedText;

/** Between drafts, stored questions and views: sanitised content, the texts to screen, the draft of a question. */
public final class QuestionContents {

    private static final int DEFAULT_DIFFICULTY = 3;

    private QuestionContents() {
    }

    /** The draft's content as stored (it passed {@link QuestionRules}); its images are resolved by the resolver. */
    public static QuestionContent content(QuestionDraft draft, QuestionImages.Resolver images) {
        String stem = QuestionText.sanitise(draft.stem(), images::resolve);
        List<String> options = draft.options().stream().map(o -> QuestionText.sanitise(o, images::resolve)).toList();
        List<String> prompts = draft.prompts().stream().map(p -> QuestionText.sanitise(p, images::resolve)).toList();
        String analysis = QuestionText.sanitise(draft.analysis(), images::resolve);
        AnswerKey key = draft.key();
        List<List<String>> blanks = key.blanks().stream().map(b -> b.stream()
                .filter(a -> a != null && !a.isBlank()).map(String::strip).toList()).toList();
        String reference = key.reference() == null ? null : QuestionText.sanitise(key.reference(), images::resolve);
        QuestionKey stored = new QuestionKey(key.correct(), key.truth(), blanks, reference);
        ChoiceScoring scoring = draft.type() != QuestionType.MULTIPLE_CHOICE ? null
                : key.scoring() == null ? ChoiceScoring.ALL_OR_NOTHING : key.scoring();
        return new QuestionContent(stem, options, prompts, analysis,
                draft.difficulty() == null ? DEFAULT_DIFFICULTY : draft.difficulty(), points(draft), scoring, stored,
                draft.knowledgePoints().stream().map(String::strip).distinct().toList(),
                QuestionFingerprint.of(stem, options), images.shown());
    }

    /** The question's points: as the draft says, else its type's default; a compound question's is its parts' sum. */
    public static BigDecimal points(QuestionDraft draft) {
        if (draft.type() == QuestionType.COMPOUND) {
            return draft.parts().stream().map(QuestionContents::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return draft.points() == null ? QuestionRules.defaultPoints(draft.type()) : draft.points();
    }

    /** Every text of the draft and its parts, for the sensitive-word screen. */
    public static List<ScreenedText> texts(QuestionDraft draft) {
        List<ScreenedText> texts = new ArrayList<>();
        texts.add(new ScreenedText("stem", QuestionText.text(draft.stem())));
        draft.options().forEach(o -> texts.add(new ScreenedText("option", QuestionText.text(o))));
        draft.prompts().forEach(p -> texts.add(new ScreenedText("prompt", QuestionText.text(p))));
        texts.add(new ScreenedText("analysis", QuestionText.text(draft.analysis())));
        texts.add(new ScreenedText("reference", QuestionText.text(draft.key().reference())));
        draft.key().blanks().forEach(b -> b.forEach(a -> texts.add(new ScreenedText("answer", a))));
        draft.knowledgePoints().forEach(k -> texts.add(new ScreenedText("knowledgePoint", k)));
        draft.parts().forEach(p -> texts.addAll(texts(p)));
        return texts.stream().filter(t -> t.text() != null && !t.text().isBlank()).toList();
    }

    /** The stored question as the caller sees it. */
    public static QuestionView view(Question q, boolean mayChange) {
        return new QuestionView(q.getId(), q.getLibraryId(), q.getType(), q.getStem(), q.getOptions(),
                q.getPrompts(), key(q), q.getAnalysis(), q.getDifficulty(), q.getPoints(), q.getKnowledgePoints(),
                q.getParts().stream().map(p -> view(p, mayChange)).toList(), q.getStatus(), q.getAuthorId(),
                q.getFingerprint(), q.getCreatedAt(), q.getUpdatedAt(), q.getVersion(), mayChange,
                q.getRevisionOf(), q.getRevision());
    }

    private static AnswerKey key(Question q) {
        QuestionKey k = q.getKey();
        return new AnswerKey(k.correct(), k.truth(), k.blanks(), q.getScoring(), k.reference());
    }

    /** The stored question as a draft: the bank's image addresses become {@code zyk-draft:} with the images' bytes. */
    public static QuestionDraft draft(Question q, QuestionImages images) {
        AnswerKey key = key(q);
        AnswerKey drafted = new AnswerKey(key.correct(), key.truth(), key.blanks(), key.scoring(),
                QuestionImages.toDraft(key.reference()));
        Set<String> shown = q.getImages();
        List<DraftImage> bytes = shown.stream().sorted()
                .map(sha -> new DraftImage(sha + ".png", "image/png", images.bytes(sha))).toList();
        return new QuestionDraft(q.getType(), QuestionImages.toDraft(q.getStem()),
                q.getOptions().stream().map(QuestionImages::toDraft).toList(),
                q.getPrompts().stream().map(QuestionImages::toDraft).toList(), drafted,
                QuestionImages.toDraft(q.getAnalysis()), q.getDifficulty(), q.getKnowledgePoints(), q.getPoints(),
                q.getParts().stream().map(p -> draft(p, images)).toList(), bytes);
    }
}
