package org.ziyuanku.service.identity;

/**
 * One person to invite into an organisation: user name, name, e-mail address and role ({@code 学生}/{@code student}
 * or {@code 教师}/{@code teacher}), checked like a row of an invitation sheet.
 */
public record InviteMemberCommand(String username, String name, String email, String role) {
}
