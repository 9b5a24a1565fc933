package org.ziyuanku.web.api.v1.identity;

/** The body of {@code POST /api/v1/organisations/{id}/members}: role is {@code student} or {@code teacher}. */
public record InviteMemberDto(String username, String name, String email, String role) {
}
