package org.ziyuanku.web.console.identity;

import org.ziyuanku.service.identity.InviteMemberCommand;

/** What console/identity/import.xhtml's form for one invitation holds; the service checks it. */
public class IdentityInvitationForm {

    private String username;
    private String name;
    private String email;
    private String role = "student";

    InviteMemberCommand command() {
        return new InviteMemberCommand(username, name, email, role);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
