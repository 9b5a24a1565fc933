package org.ziyuanku.web.api.v1.resource;

/** A resource's share link and the address of its QR code (PNG). */
public record ShareDto(String url, String qrCode) {
}
