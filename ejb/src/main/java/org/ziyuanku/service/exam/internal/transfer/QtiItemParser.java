package org.ziyuanku.service.exam.internal.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.ziyuanku.domain.exam.ChoiceScoring;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.AnswerKey;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * One QTI 2.1 or 3.0 assessment item as a draft (element and attribute names compared without the {@code qti-}
 * prefix, dashes and case, so both versions read alike). choiceInteraction → single or multiple choice by the
 * response's cardinality (multiple choice scored partially under the map_response template, else all-or-nothing; a
 * single choice between the identifiers TRUE and FALSE is true/false); textEntryInteraction(s) → fill-in, each blank
 * accepting its correct response and the mapped values above 0; extendedTextInteraction → short answer with the
 * correct response as reference; matchInteraction and associateInteraction → matching from the correct pairs;
 * orderInteraction → ordering in the correct response's order. The prompt joins the stem, modal feedback is the
 * analysis, the MAXSCORE default (or SCORE's normalMaximum) the points. Other interactions are unsupported.
 */
final class QtiItemParser {

    /** A response declaration: its cardinality, correct values and mapping (key → mapped value). */
    record Response(String cardinality, List<String> correct, Map<String, Double> mapping) {
    }

    private final Element item;
    private final QtiXhtml xhtml;
    private final Map<String, Response> responses = new HashMap<>();
    private final boolean mapResponse;

    QtiItemParser(Element item, QtiXhtml xhtml) {
        this.item = item;
        this.xhtml = xhtml;
        for (Element d : SafeXml.children(item, "responsedeclaration")) {
            responses.put(SafeXml.attr(d, "identifier"), declaration(d));
        }
        String template = SafeXml.child(item, "responseprocessing").map(r -> SafeXml.attr(r, "template")).orElse("");
        this.mapResponse = template.contains("map_response");
    }

    private static Response declaration(Element d) {
        List<String> correct = SafeXml.child(d, "correctresponse").map(c -> SafeXml.children(c, "value").stream()
                .map(v -> v.getTextContent().strip()).toList()).orElse(List.of());
        Map<String, Double> mapping = new LinkedHashMap<>();
        SafeXml.child(d, "mapping").ifPresent(m -> SafeXml.children(m, "mapentry").forEach(e -> {
            try {
                mapping.put(SafeXml.attr(e, "mapKey"), Double.parseDouble(SafeXml.attr(e, "mappedValue")));
            } catch (NumberFormatException x) {
                mapping.put(SafeXml.attr(e, "mapKey"), 0.0);
            }
        }));
        return new Response(SafeXml.attr(d, "cardinality"), correct, mapping);
    }

    QuestionDraft draft() {
        Element body = SafeXml.child(item, "itembody").orElseThrow(() -> new ProblemException("emptyStem"));
        List<Element> interactions = SafeXml.descendants(body, null).stream()
                .filter(e -> SafeXml.name(e).endsWith("interaction")).toList();
        if (interactions.isEmpty()) {
            throw new ProblemException("unsupportedType", "no interaction");
        }
        Element first = interactions.get(0);
        String kind = SafeXml.name(first);
        if (interactions.stream().anyMatch(i -> !SafeXml.name(i).equals(kind))
                || interactions.size() > 1 && !kind.equals("textentryinteraction")) {
            throw new ProblemException("unsupportedType", "composite");
        }
        String stem = xhtml.inner(body);
        String prompt = SafeXml.child(first, "prompt").map(xhtml::inner).orElse("");
        if (!prompt.isEmpty()) {
            stem = stem.isEmpty() ? prompt : stem + "<br>" + prompt;
        }
        return switch (kind) {
            case "choiceinteraction" -> choice(stem, first);
            case "textentryinteraction" -> blanks(stem, interactions);
            case "extendedtextinteraction" -> make(QuestionType.SHORT_ANSWER, stem, List.of(), List.of(),
                    AnswerKey.reference(String.join("\n", response(first).correct()).strip().isEmpty() ? null
                            : String.join("\n", response(first).correct())));
            case "matchinteraction", "associateinteraction" -> QtiMatching.draft(this, stem, first, xhtml);
            case "orderinteraction" -> order(stem, first);
            default -> throw new ProblemException("unsupportedType", kind.replace("interaction", ""));
        };
    }

    Response response(Element interaction) {
        Response r = responses.get(SafeXml.attr(interaction, "responseIdentifier"));
        if (r == null) {
            throw new ProblemException("noAnswer");
        }
        return r;
    }

    private QuestionDraft choice(String stem, Element interaction) {
        Response r = response(interaction);
        List<Element> choices = SafeXml.descendants(interaction, "simplechoice");
        List<String> ids = choices.stream().map(c -> SafeXml.attr(c, "identifier")).toList();
        List<String> correct = r.correct().isEmpty() ? r.mapping().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey).toList() : r.correct();
        boolean multiple = "multiple".equals(r.cardinality());
        if (!multiple && ids.size() == 2 && ids.stream().allMatch(i -> i.equalsIgnoreCase("true")
                || i.equalsIgnoreCase("false")) && correct.size() == 1) {
            return make(QuestionType.TRUE_FALSE, stem, List.of(), List.of(),
                    AnswerKey.truth(correct.get(0).equalsIgnoreCase("true")));
        }
        List<Integer> key = new ArrayList<>();
        for (String id : correct) {
            if (!ids.contains(id)) {
                throw new ProblemException("missingOption", id);
            }
            key.add(ids.indexOf(id));
        }
        List<String> options = choices.stream().map(xhtml::inner).toList();
        ChoiceScoring scoring = multiple ? mapResponse ? ChoiceScoring.PARTIAL : ChoiceScoring.ALL_OR_NOTHING : null;
        return make(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, stem, List.of(), options,
                AnswerKey.choices(key, scoring));
    }

    private QuestionDraft blanks(String stem, List<Element> interactions) {
        List<List<String>> blanks = new ArrayList<>();
        for (Element interaction : interactions) {
            Response r = response(interaction);
            List<String> accepted = new ArrayList<>(r.correct());
            r.mapping().forEach((k, v) -> {
                if (v > 0 && !accepted.contains(k)) {
                    accepted.add(k);
                }
            });
            blanks.add(accepted);
        }
        return make(QuestionType.FILL_BLANK, stem, List.of(), List.of(), AnswerKey.blanks(blanks));
    }

    private QuestionDraft order(String stem, Element interaction) {
        Response r = response(interaction);
        Map<String, String> byId = new LinkedHashMap<>();
        SafeXml.descendants(interaction, "simplechoice").forEach(c -> byId.put(SafeXml.attr(c, "identifier"),
                xhtml.inner(c)));
        if (r.correct().isEmpty()) {
            throw new ProblemException("noAnswer");
        }
        List<String> options = new ArrayList<>();
        for (String id : r.correct()) {
            if (!byId.containsKey(id)) {
                throw new ProblemException("missingOption", id);
            }
            options.add(byId.get(id));
        }
        return make(QuestionType.ORDERING, stem, List.of(), options, AnswerKey.none());
    }

    QuestionDraft make(QuestionType type, String stem, List<String> prompts, List<String> options, AnswerKey key) {
        String analysis = String.join("", SafeXml.children(item, "modalfeedback").stream()
                .map(f -> SafeXml.child(f, "contentbody").map(xhtml::inner).orElseGet(() -> xhtml.inner(f))).toList());
        return new QuestionDraft(type, stem, options, prompts, key, analysis, null, List.of(), points(), List.of(),
                xhtml.images().images());
    }

    private BigDecimal points() {
        String value = SafeXml.children(item, "outcomedeclaration").stream()
                .filter(o -> "MAXSCORE".equals(SafeXml.attr(o, "identifier")))
                .map(o -> SafeXml.child(o, "defaultvalue").map(d -> SafeXml.childText(d, "value")).orElse(""))
                .findFirst().orElseGet(() -> SafeXml.children(item, "outcomedeclaration").stream()
                        .filter(o -> "SCORE".equals(SafeXml.attr(o, "identifier")))
                        .map(o -> SafeXml.attr(o, "normalMaximum")).findFirst().orElse(""));
        try {
            return value.isEmpty() ? null : new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new ProblemException("pointsNotNumber", value);
        }
    }
}
