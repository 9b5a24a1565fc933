package org.ziyuanku.service.exam;

/** An export or template file: its name, media type and content. */
public record QuestionExportFile(String filename, String mediaType, byte[] content) {

    public QuestionExportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
