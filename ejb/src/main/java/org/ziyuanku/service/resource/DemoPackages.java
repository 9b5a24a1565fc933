package org.ziyuanku.service.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The two generated demo packages: {@code simulation.zip}, a small HTML5 virtual simulation (welding current against
 * penetration depth) that opens with index.html, and {@code cards.zip}, a plain archive of process cards.
 */
final class DemoPackages {

    private static final String SIMULATION = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>焊接电流调节虚拟仿真</title>
            <style>body{font-family:sans-serif;margin:16px}#bar{height:24px;background:#1565c0}</style></head>
            <body><h1>焊接电流调节虚拟仿真</h1>
            <p>拖动滑块调节焊接电流，观察熔深的变化（示意模型：熔深 ≈ 电流 / 40 mm）。</p>
            <input id="current" type="range" min="60" max="300" value="120" aria-label="焊接电流">
            <p>电流 <span id="amps">120</span> A，熔深约 <span id="depth">3.0</span> mm</p>
            <div id="bar" style="width:120px"></div>
            <script>
            var c = document.getElementById('current');
            c.oninput = function () {
              document.getElementById('amps').textContent = c.value;
              document.getElementById('depth').textContent = (c.value / 40).toFixed(1);
              document.getElementById('bar').style.width = c.value + 'px';
            };
            </script></body></html>
            """;

    private DemoPackages() {
    }

    /** The bytes of the named package. */
    static byte[] zip(String name) {
        Map<String, String> files = "simulation.zip".equals(name) ? Map.of("index.html", SIMULATION)
                : Map.of("工艺卡/01-平焊.txt", "平焊工艺卡：电流 110–130 A，焊条 E4303 Φ3.2。\n",
                        "工艺卡/02-立焊.txt", "立焊工艺卡：电流 90–110 A，焊条 E4303 Φ3.2，由下向上施焊。\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
