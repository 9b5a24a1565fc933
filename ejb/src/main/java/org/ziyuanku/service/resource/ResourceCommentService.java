package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.CommentStatus;
import org.ziyuanku.domain.resource.ResourceComment;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.resource.internal.ResourceCommentRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.ScreeningResult;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Comments (评论) on published resources: anyone reads the visible ones, newest first, a page at a time; a signed-in
 * user writes plain text, screened by the one sensitive-word screen (a blocked word refuses it naming the word, a
 * flagged one holds it until a moderator decides); other users report a comment once each; the library's managers
 * and reviewers approve, hide or delete a comment, always with a reason. A resource that is not public is not found.
 */
@Stateless
@PermitAll
public class ResourceCommentService {

    /** A moderator's decisions. */
    public enum Moderation {
        APPROVE, HIDE, DELETE
    }

    @Inject
    private ResourceCommentRepository comments;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private Libraries libraries;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Accounts accounts;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Comments on a published resource.
     *
     * @throws ResourceNotFoundException a resource that is not public
     * @throws ResourceRefusedException an empty or too long text (400)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "COMMENT_ADD", target = "comment:new")
    public CommentView add(@AuditScope("resource:") long resourceId, String body) {
        long me = signedIn();
        TeachingResource resource = publicResource(resourceId);
        String text = text(body, ResourceComment.MAX_BODY, "resource.comment.body");
        ScreeningResult screened = screening.refuseBlocked(List.of(new ScreenedText("comment", text)));
        ResourceComment comment = new ResourceComment(resourceId, resource.getLibrary().getId(), me, text,
                String.join("、", screened.flaggedWords()));
        comments.add(comment);
        comments.flush();
        audited.target("comment:" + comment.getId());
        audited.detail(comment.getStatus().name());
        return view(comment, Map.of(me, caller.displayName()), me, false, 0);
    }

    /** A page of the published resource's visible comments (and the reader's own held ones), newest first. */
    public CommentPageView page(long resourceId, int page, int size) {
        publicResource(resourceId);
        long me = caller.isAnonymous() ? -1 : caller.accountId();
        List<ResourceComment> list = comments.page(resourceId, me, page, size);
        Map<Long, String> names = names(list);
        return new CommentPageView(comments.count(resourceId, me), page, size,
                list.stream().map(c -> view(c, names, me, false, 0)).toList());
    }

    /**
     * Reports another user's visible comment (once per reporter; a second report changes nothing).
     *
     * @throws ResourceRefusedException one's own comment, an empty or too long reason (400)
     */
    @Audited(action = "COMMENT_REPORT")
    public void report(@AuditTarget("comment:") long commentId, String reason) {
        long me = signedIn();
        ResourceComment comment = comments.find(commentId).filter(c -> c.getStatus() == CommentStatus.VISIBLE)
                .orElseThrow(() -> new ResourceNotFoundException(commentId));
        publicResource(comment.getResourceId());
        if (comment.getAuthorId() == me) {
            throw new ResourceRefusedException("resource.comment.ownReport");
        }
        String text = text(reason, ResourceComment.MAX_REASON, "resource.comment.reason");
        screening.refuseBlocked(List.of(new ScreenedText("reason", text)));
        comments.report(commentId, me, text);
    }

    /**
     * A moderator's decision on a comment, with a reason.
     *
     * @throws AccessDeniedException the caller neither manages nor reviews for the resource's library (403)
     * @throws ResourceRefusedException a missing or too long reason, a deleted comment (400)
     */
    @Audited(action = "COMMENT_MODERATE")
    public CommentView moderate(@AuditTarget("comment:") long commentId, Moderation decision, String reason) {
        long me = signedIn();
        ResourceComment comment = comments.find(commentId)
                .orElseThrow(() -> new ResourceNotFoundException(commentId));
        requireModerator(comment.getLibraryId());
        String text = text(reason, ResourceComment.MAX_REASON, "resource.comment.reason");
        if (comment.getStatus() == CommentStatus.DELETED) {
            throw new ResourceRefusedException("resource.comment.deleted");
        }
        comment.moderate(switch (decision) {
            case APPROVE -> CommentStatus.VISIBLE;
            case HIDE -> CommentStatus.HIDDEN;
            case DELETE -> CommentStatus.DELETED;
        }, me, text);
        audited.detail(decision.name().toLowerCase(Locale.ROOT) + ": " + text);
        return view(comment, names(List.of(comment)), me, true, 0);
    }

    /** The library's held and reported comments, oldest first, for its managers and reviewers (else 403). */
    @Audited(action = "COMMENT_QUEUE", outcomes = org.ziyuanku.domain.audit.AuditOutcome.DENIED)
    public List<CommentView> waiting(@AuditScope("library:") long libraryId) {
        long me = signedIn();
        requireModerator(libraryId);
        List<ResourceComment> list = comments.waiting(List.of(libraryId));
        Map<Long, String> names = names(list);
        Map<Long, Long> reports = comments.reports(list.stream().map(ResourceComment::getId).toList());
        return list.stream().map(c -> view(c, names, me, true, reports.getOrDefault(c.getId(), 0L))).toList();
    }

    /** Whether the caller moderates the comments of the resource's library (false for anonymous callers). */
    public boolean moderates(long resourceId) {
        return !caller.isAnonymous() && resources.find(resourceId)
                .filter(r -> new CallerAccess(caller).reviews(r.getLibrary())).isPresent();
    }

    private void requireModerator(long libraryId) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new ResourceNotFoundException(libraryId);
        }
        if (!new CallerAccess(caller).reviews(library)) {
            throw caller.denied("moderate comments of library " + libraryId);
        }
    }

    private TeachingResource publicResource(long resourceId) {
        return resources.find(resourceId).filter(TeachingResource::isPublic)
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
    }

    private Map<Long, String> names(List<ResourceComment> list) {
        return accounts.shownNames(list.stream().map(ResourceComment::getAuthorId).collect(Collectors.toSet()));
    }

    private static CommentView view(ResourceComment c, Map<Long, String> names, long me, boolean moderator,
            long reports) {
        return new CommentView(c.getId(), c.getResourceId(), names.getOrDefault(c.getAuthorId(), ""), c.getBody(),
                c.getStatus().name(), c.getCreatedAt(), c.getAuthorId() == me,
                moderator ? c.getFlaggedWords() : null, reports);
    }

    private static String text(String value, int max, String key) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new ResourceRefusedException(key, Integer.toString(max));
        }
        return t;
    }

    private long signedIn() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("comments need an account");
        }
        return caller.accountId();
    }
}
