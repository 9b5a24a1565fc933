package org.ziyuanku.web.portal.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.FavouriteService;
import org.ziyuanku.service.learning.FolderView;
import org.ziyuanku.service.learning.NoteService;
import org.ziyuanku.service.learning.NoteView;
import org.ziyuanku.service.learning.TargetCommand;
import org.ziyuanku.service.resource.CommentPageView;
import org.ziyuanku.service.resource.ResourceCommentService;
import org.ziyuanku.web.api.SameOrigin;

/**
 * The learner's actions on a resource's page (portal/resource/view.xhtml): rating, favourite, notes at a player
 * position, comments a page at a time ({@code ?cpage=}), the share link and its QR code. The page only reads; every
 * change goes through the API from learner-actions.js with the session's CSRF token. {@code ?t=} reopens the player at
 * that second (a note's link).
 */
@Named
@RequestScoped
public class ResourceActionsBean {

    private static final int COMMENTS_PER_PAGE = 10;

    @EJB
    private FavouriteService favourites;

    @EJB
    private NoteService notes;

    @EJB
    private ResourceCommentService comments;

    @Inject
    private Caller caller;

    private String start;
    private String commentPage;
    private CommentPageView page;

    public boolean isSignedIn() {
        return !caller.isAnonymous();
    }

    /** Whether the signed-in caller has saved the resource. */
    public boolean saved(long resourceId) {
        return favourites.saved(new TargetCommand(resourceId, null, null));
    }

    /** The caller's folders (for the folder choice). */
    public List<FolderView> getFolders() {
        return isSignedIn() ? favourites.folders() : List.of();
    }

    /** The caller's notes on the resource, by position. */
    public List<NoteView> notes(long resourceId) {
        return isSignedIn() ? notes.on(new TargetCommand(resourceId, null, null)) : List.of();
    }

    /** The page of comments asked for with {@code ?cpage=} (the newest by default). */
    public CommentPageView comments(long resourceId) {
        if (page == null) {
            page = comments.page(resourceId, pageNumber(), COMMENTS_PER_PAGE);
        }
        return page;
    }

    /** Whether the caller moderates the resource's comments. */
    public boolean moderates(long resourceId) {
        return comments.moderates(resourceId);
    }

    /** Whether there are older comments than this page. */
    public boolean hasOlder(long resourceId) {
        CommentPageView p = comments(resourceId);
        return (long) (p.page() + 1) * p.size() < p.total();
    }

    /** The link to the resource's portal page, for sharing. */
    public String shareUrl(long resourceId) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return SameOrigin.expected(SameOrigin.configuredPublicUrl(), context.getRequestScheme(),
                context.getRequestServerName(), context.getRequestServerPort()) + context.getRequestContextPath()
                + "/portal/resource/view.xhtml?id=" + resourceId;
    }

    /** An average rating with one decimal. */
    public String average(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** A position in seconds as m:ss. */
    public String time(Integer seconds) {
        return seconds == null ? "" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** The player position to open at ({@code ?t=} in seconds), or empty. */
    public String getStartSeconds() {
        return start != null && start.strip().matches("\\d{1,5}") ? start.strip() : "";
    }

    public int pageNumber() {
        return commentPage != null && commentPage.strip().matches("\\d{1,5}") ? Integer.parseInt(commentPage.strip())
                : 0;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getCommentPage() {
        return commentPage;
    }

    public void setCommentPage(String commentPage) {
        this.commentPage = commentPage;
    }
}
