package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;

/**
 * Reads QTI 2.1 and 3.0: one assessment item (.xml), or an IMS content package (.zip) whose imsmanifest.xml lists the
 * item resources (type imsqti_item_…) in order, with their images; a package without a manifest is read item file by
 * item file. The LOM metadata of a manifest resource gives the knowledge points (general/keyword) and the difficulty
 * (educational/difficulty: very easy 1 … very difficult 5). Items are parsed by {@link QtiItemParser}.
 */
@ApplicationScoped
public class QtiReader implements QuestionFileReader {

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.QTI;
    }

    @Override
    public List<ParsedQuestion> read(InputStream file) {
        byte[] bytes = Bounds.readFile(file);
        if (!SafeZip.isZip(bytes)) {
            Element root = SafeXml.parse(bytes).getDocumentElement();
            if (!"assessmentitem".equals(SafeXml.name(root))) {
                throw Bounds.wrongFormat();
            }
            return List.of(item(1, root, Map.of(), "item.xml", Optional.empty()));
        }
        Map<String, byte[]> entries = SafeZip.entries(bytes);
        List<QtiManifest.ItemRef> refs = QtiManifest.items(entries);
        if (refs.isEmpty()) {
            throw Bounds.wrongFormat();
        }
        Bounds.checkCount(refs.size());
        List<ParsedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            QtiManifest.ItemRef ref = refs.get(i);
            byte[] itemBytes = entries.get(ref.path());
            if (itemBytes == null) {
                questions.add(ParsedQuestion.rejected(i + 1, ref.path(), Bounds.PROBLEM + "syntax", ref.path()));
                continue;
            }
            Element root = SafeXml.parse(itemBytes).getDocumentElement();
            if (!"assessmentitem".equals(SafeXml.name(root))) {
                questions.add(ParsedQuestion.rejected(i + 1, ref.path(), Bounds.PROBLEM + "unsupportedType",
                        SafeXml.name(root)));
                continue;
            }
            questions.add(item(i + 1, root, entries, ref.path(), Optional.of(ref)));
        }
        return questions;
    }

    private static ParsedQuestion item(int position, Element root, Map<String, byte[]> files, String path,
            Optional<QtiManifest.ItemRef> ref) {
        String title = SafeXml.attr(root, "title");
        String label = title.isEmpty() ? SafeXml.attr(root, "identifier") : title;
        try {
            QuestionDraft d = new QtiItemParser(root, new QtiXhtml(files, path)).draft();
            if (ref.isPresent()) {
                d = new QuestionDraft(d.type(), d.stem(), d.options(), d.prompts(), d.key(), d.analysis(),
                        ref.get().difficulty(), ref.get().keywords(), d.points(), d.parts(), d.images());
            }
            return DraftRules.judge(position, label, d);
        } catch (ProblemException e) {
            return e.problem().at(position, label);
        }
    }
}
