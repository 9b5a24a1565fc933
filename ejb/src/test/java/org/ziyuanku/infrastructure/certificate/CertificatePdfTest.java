package org.ziyuanku.infrastructure.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void render_chineseLines_embedsTheCjkFontAsASubset() {
        assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")),
                "Debian's fonts-noto-cjk (./zyk installs it)");
        byte[] pdf = new CertificatePdf().render(new CertificatePdf.Lines("结业证书", "张三",
                "已完成课程《焊接工艺》的全部学习内容，特发此证。", "资源库：焊接技术与自动化", "颁发日期：2026年12月6日",
                "证书编号 ABCDEFGHJKLMNPQR"));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"), "a PDF");
        assertTrue(raw.contains("+NotoSansCJKsc-Regular"), "a subset of Noto Sans CJK SC is embedded");
        assertTrue(pdf.length < 1_000_000, "a subset, not the whole font: " + pdf.length);
    }
}
