package org.ziyuanku.web.api.v1.resource;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.web.api.QueryParameters;
import org.ziyuanku.web.api.SameOrigin;

/**
 * Sharing (分享) a published resource: {@code GET /api/v1/resources/{id}/share} answers the link of its portal page
 * (on the configured public URL, else the request's origin) and {@code …/qr-code} that link as a QR code, a PNG drawn
 * here with ZXing (no third-party service sees the link). A resource that is not public is 404.
 */
@Path("v1/resources")
public class ResourceShareEndpoint {

    private static final int SIZE = 240;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    @EJB
    private ResourceCatalogueService catalogue;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{id}/share")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public ShareDto share(@PathParam("id") String id) {
        long resourceId = QueryParameters.pathId(id);
        catalogue.find(resourceId);
        return new ShareDto(link(resourceId), request.getContextPath() + "/api/v1/resources/" + resourceId
                + "/qr-code");
    }

    @GET
    @Path("{id}/qr-code")
    @Produces("image/png")
    public Response qrCode(@PathParam("id") String id) {
        long resourceId = QueryParameters.pathId(id);
        catalogue.find(resourceId);
        return Response.ok(png(link(resourceId)), "image/png").header("Cache-Control", "public, max-age=3600")
                .build();
    }

    private String link(long resourceId) {
        String origin = SameOrigin.expected(SameOrigin.configuredPublicUrl(), request.getScheme(),
                request.getServerName(), request.getServerPort());
        return origin + request.getContextPath() + "/portal/resource/view.xhtml?id=" + resourceId;
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
