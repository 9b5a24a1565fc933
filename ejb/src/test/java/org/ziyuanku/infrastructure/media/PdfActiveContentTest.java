package org.ziyuanku.infrastructure.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs with and without active content, made here with PDFBox (saved compressed: objects sit in object streams). */
class PdfActiveContentTest {

    private final MediaProbe probe = new MediaProbe();

    @TempDir
    Path dir;

    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private Path pdf(String name, Change change) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(file.toFile());
        }
        return file;
    }

    private MediaRejection refusal(Path file) {
        return assertThrows(MediaRejectedException.class, () -> probe.probe(file, "教案.pdf")).getReason();
    }

    @Test
    void openActionJavaScript_isRefused() throws IOException {
        Path file = pdf("open-js", d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(file));
        assertEquals(Optional.of("OpenAction"), PdfActiveContent.find(file));
    }

    @Test
    void documentLevelJavaScript_inTheNameTree_isRefused() throws IOException {
        Path file = pdf("names-js", d -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print()")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setJavascript(scripts);
            d.getDocumentCatalog().setNames(names);
        });
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(file));
    }

    @Test
    void pageOpenAction_launchLink_andEmbeddedFile_areRefused() throws IOException {
        Path pageAction = pdf("page-aa", d -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionURI());
            d.getPage(0).setActions(actions);
        });
        Path launch = pdf("launch", d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionLaunch action = new PDActionLaunch();
            action.setFile(new PDComplexFileSpecification());
            link.setAction(action);
            d.getPage(0).setAnnotations(List.of(link));
        });
        Path embedded = pdf("embedded", d -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("run.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(d, InputStream.nullInputStream()));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("run.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            d.getDocumentCatalog().setNames(names);
        });
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(pageAction));
        assertEquals(Optional.of("Launch"), PdfActiveContent.find(launch));
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(embedded));
    }

    @Test
    void passivePdf_withAPageOpenAction_andAWebLink_isAccepted() throws IOException {
        Path file = pdf("passive", d -> {
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination first = new PDPageFitDestination();
            first.setPage(d.getPage(0));
            goTo.setDestination(first);
            d.getDocumentCatalog().setOpenAction(goTo);
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.example.edu.cn/");
            link.setAction(uri);
            d.getPage(0).setAnnotations(List.of(link));
        });
        assertEquals("pdf", probe.probe(file, "教案.pdf").format());
        assertEquals(Optional.empty(), PdfActiveContent.find(file));
    }

    @Test
    void pdfPdfBoxCannotOpen_isSearchedAsBytes() throws IOException {
        byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path cut = Files.write(dir.resolve("cut"), Arrays.copyOf(head, head.length));
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(cut));
        Path plain = Files.write(dir.resolve("plain"), "%PDF-1.7\n1 0 obj << /Type /Catalog /JSX 1 >>\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Optional.empty(), PdfActiveContent.find(plain));
    }

    @Test
    void hexEscapedNames_areReadAsThePdfViewerReadsThem() throws IOException {
        Path file = pdf("hex", d -> {
            COSDictionary action = new COSDictionary();
            action.setItem(COSName.S, COSName.getPDFName("JavaScript"));
            action.setString(COSName.JS, "app.alert(1)");
            d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, action);
        });
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace("/JavaScript",
                "/J#61vaScript");
        Path escaped = Files.write(dir.resolve("escaped"), raw.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(MediaRejection.ACTIVE_CONTENT, refusal(escaped));
    }
}
