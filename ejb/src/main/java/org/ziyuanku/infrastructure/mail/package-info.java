/**
 * Outgoing e-mail: the {@link org.ziyuanku.infrastructure.mail.MailSender} port, SMTP through Jakarta Mail, and a
 * development gateway that only logs when no SMTP server is configured.
 */
package org.ziyuanku.infrastructure.mail;
