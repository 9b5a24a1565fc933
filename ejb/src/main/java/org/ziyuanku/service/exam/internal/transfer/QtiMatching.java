package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * QTI matching: a matchInteraction's first simpleMatchSet gives the prompts and the second the options; an
 * associateInteraction's pairs give as prompts the choices named first and as options the others. The correct pairs
 * ("P1 O2") give each prompt its option.
 */
final class QtiMatching {

    private QtiMatching() {
    }

    static QuestionDraft draft(QtiItemParser parser, String stem, Element interaction, QtiXhtml xhtml) {
        QtiItemParser.Response r = parser.response(interaction);
        List<String[]> pairs = r.correct().stream().map(v -> v.strip().split("\\s+")).filter(p -> p.length == 2)
                .toList();
        if (pairs.isEmpty()) {
            throw new ProblemException("noAnswer");
        }
        Map<String, String> left = new LinkedHashMap<>();
        Map<String, String> right = new LinkedHashMap<>();
        sides(interaction, pairs, left, right, xhtml);
        List<String> prompts = new ArrayList<>();
        List<Integer> key = new ArrayList<>();
        List<String> rightIds = new ArrayList<>(right.keySet());
        for (Map.Entry<String, String> prompt : left.entrySet()) {
            String option = pairs.stream().filter(p -> p[0].equals(prompt.getKey())).map(p -> p[1]).findFirst()
                    .orElseThrow(() -> new ProblemException("matchingIncomplete"));
            if (!rightIds.contains(option) || prompt.getValue() == null) {
                throw new ProblemException("missingOption", option);
            }
            prompts.add(prompt.getValue());
            key.add(rightIds.indexOf(option));
        }
        return parser.make(QuestionType.MATCHING, stem, prompts, new ArrayList<>(right.values()),
                AnswerKey.choices(key, null));
    }

    private static void sides(Element interaction, List<String[]> pairs, Map<String, String> left,
            Map<String, String> right, QtiXhtml xhtml) {
        if (SafeXml.name(interaction).equals("matchinteraction")) {
            List<Element> sets = SafeXml.children(interaction, "simplematchset");
            if (sets.size() != 2) {
                throw new ProblemException("tooFewOptions", 2);
            }
            choices(sets.get(0), left, xhtml);
            choices(sets.get(1), right, xhtml);
            return;
        }
        Map<String, String> all = new LinkedHashMap<>();
        choices(interaction, all, xhtml);
        pairs.forEach(p -> left.put(p[0], all.get(p[0])));
        all.forEach((id, text) -> {
            if (!left.containsKey(id)) {
                right.put(id, text);
            }
        });
    }

    private static void choices(Element parent, Map<String, String> into, QtiXhtml xhtml) {
        SafeXml.children(parent, "simpleassociablechoice").forEach(c -> into.put(SafeXml.attr(c, "identifier"),
                xhtml.inner(c)));
    }
}
