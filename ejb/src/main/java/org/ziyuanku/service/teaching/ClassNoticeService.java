package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassNotice;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;
import org.ziyuanku.service.teaching.internal.NoticeRepository;
import org.ziyuanku.service.teaching.internal.NoticeText;
import org.ziyuanku.service.teaching.internal.OfferingAccess;

/**
 * Notices (公告) of an offering, to one class or to all of them. The staff of a class post to it; the owner and the
 * offering's TEACHERs also to the whole offering. Every ACTIVE learner the notice is for gets a notification pointing
 * to their course page (route {@code learning.course}). The author or the offering's owner edits, pins and deletes.
 * Learners list their class's and the offering's notices (pinned first, then newest) and mark them read (once);
 * staff see read counts and who has not read. Anyone else gets 404 and a denial in the audit trail.
 */
@Stateless
@PermitAll
public class ClassNoticeService {

    static final String POST = "NOTICE_POST";
    static final String EDIT = "NOTICE_EDIT";
    static final String DELETE = "NOTICE_DELETE";
    static final String READ = "NOTICE_READ";
    static final String NOTIFICATION = "notification.teaching.notice";

    @Inject
    private OfferingAccess access;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private NoticeRepository notices;

    @Inject
    private Accounts accounts;

    @Inject
    private Caller caller;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Notifier notifier;

    @Inject
    private AuditedCall audited;

    /**
     * Posts a notice and notifies its learners.
     *
     * @throws TeachingRefusedException for a missing or too long title or body (400), an offering or class the caller
     *         does not work in (404)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = POST, target = "notice:new")
    public NoticeView post(@AuditScope("offering:") long offeringId, NoticeCommand command) {
        CourseOffering offering = access.staffOffering(offeringId);
        Long classId = command.classId();
        if (classId == null && !access.mayEdit(offering)) {
            throw caller.denied("post a notice to every class of offering " + offeringId);
        }
        if (classId != null) {
            CourseClass c = access.classOfStaff(classId);
            if (c.getOffering().getId() != offeringId) {
                throw TeachingRefusedException.concealedDenial();
            }
        }
        String title = title(command.title());
        String body = body(command.body());
        screen(title, body);
        ClassNotice notice = new ClassNotice(offeringId, classId, access.accountId(), title, body, command.pinned());
        notices.add(notice);
        notices.flush();
        Set<Long> learners = new HashSet<>(notices.audience(notice));
        notifier.notify(new NotificationCommand(learners, NOTIFICATION, List.of(offering.getTitle(),
                caller.displayName(), title), new PageRoute("learning.course", Map.of("offering",
                Long.toString(offeringId)))));
        audited.target("notice:" + notice.getId());
        audited.detail("learners=" + learners.size());
        return views(List.of(notice), true).get(0);
    }

    /** New title, body and pin, by the author or the offering's owner (other staff 403, anyone else 404). */
    @Audited(action = EDIT)
    public NoticeView edit(@AuditTarget("notice:") long noticeId, NoticeCommand command) {
        ClassNotice notice = managed(noticeId);
        String title = title(command.title());
        String body = body(command.body());
        screen(title, body);
        notice.change(title, body, command.pinned());
        notices.flush();
        return views(List.of(notice), true).get(0);
    }

    /** Pins or unpins the notice, by the author or the offering's owner. */
    @Audited(action = EDIT)
    public NoticeView pin(@AuditTarget("notice:") long noticeId, boolean pinned) {
        ClassNotice notice = managed(noticeId);
        notice.change(notice.getTitle(), notice.getBody(), pinned);
        notices.flush();
        audited.detail(pinned ? "pinned" : "unpinned");
        return views(List.of(notice), true).get(0);
    }

    /** Deletes the notice and its read receipts, by the author or the offering's owner. */
    @Audited(action = DELETE)
    public void delete(@AuditTarget("notice:") long noticeId) {
        notices.remove(managed(noticeId));
    }

    /**
     * The offering's notices for the caller: staff see those of their classes and of the whole offering with read
     * counts; an enrolled learner those of their class and the whole offering with their "read" flag. Pinned first,
     * then newest.
     */
    public List<NoticeView> list(long offeringId) {
        long me = access.accountId();
        Optional<Long> myClass = teaching.classOfLearner(offeringId, me);
        List<Long> staffClasses = teaching.visibleClassIds(offeringId, me);
        if (myClass.isPresent() && staffClasses.isEmpty()) {
            return views(notices.forClass(offeringId, myClass.get()), false);
        }
        access.staffOffering(offeringId);
        return views(notices.forClasses(offeringId, staffClasses), true);
    }

    /** Records that the caller (a learner the notice is for) read it; a second time changes nothing. */
    @Audited(action = READ)
    public NoticeView markRead(@AuditTarget("notice:") long noticeId) {
        ClassNotice notice = notices.find(noticeId).orElseThrow(TeachingRefusedException::notFound);
        long me = access.accountId();
        Optional<Long> myClass = teaching.classOfLearner(notice.getOfferingId(), me);
        if (myClass.isEmpty() || notice.getClassId() != null && !notice.getClassId().equals(myClass.get())) {
            throw TeachingRefusedException.concealedDenial();
        }
        notices.markRead(noticeId, me);
        return views(List.of(notice), false).get(0);
    }

    /** Who of the notice's learners read it and who has not, for the staff of its class (or of the offering). */
    public NoticeReceiptsView receipts(long noticeId) {
        ClassNotice notice = visibleToStaff(noticeId);
        List<Long> audience = notices.audience(notice);
        Set<Long> readers = notices.readers(noticeId);
        Map<Long, UserAccount> people = people(audience);
        Function<Long, NoticeReceiptsView.Reader> reader = id -> new NoticeReceiptsView.Reader(id,
                people.get(id).getUsername(), people.get(id).getDisplayName());
        List<NoticeReceiptsView.Reader> read = audience.stream().filter(readers::contains).map(reader).toList();
        List<NoticeReceiptsView.Reader> unread = audience.stream().filter(id -> !readers.contains(id)).map(reader)
                .toList();
        return new NoticeReceiptsView(noticeId, read.size(), audience.size(), read, unread);
    }

    private ClassNotice visibleToStaff(long noticeId) {
        ClassNotice notice = notices.find(noticeId).orElseThrow(TeachingRefusedException::notFound);
        if (notice.getClassId() == null) {
            access.staffOffering(notice.getOfferingId());
        } else {
            access.classOfStaff(notice.getClassId());
        }
        return notice;
    }

    private ClassNotice managed(long noticeId) {
        ClassNotice notice = visibleToStaff(noticeId);
        CourseOffering offering = access.staffOffering(notice.getOfferingId());
        if (!caller.is(notice.getAuthorId()) && !access.isOwner(offering)) {
            throw caller.denied("change notice " + noticeId);
        }
        return notice;
    }

    private void screen(String title, String body) {
        screening.refuseBlocked(List.of(new ScreenedText("title", title), new ScreenedText("body",
                NoticeText.text(body))));
    }

    private static String title(String title) {
        return NoticeText.title(title, ClassNotice.MAX_TITLE, "teaching.refused.noticeTitle");
    }

    private static String body(String body) {
        return NoticeText.body(body, ClassNotice.MAX_BODY, "teaching.refused.noticeBody");
    }

    private List<NoticeView> views(List<ClassNotice> list, boolean staff) {
        Map<Long, UserAccount> authors = people(list.stream().map(ClassNotice::getAuthorId).toList());
        Set<Long> read = staff || list.isEmpty() ? Set.of() : notices.readBy(access.accountId(),
                list.get(0).getOfferingId());
        Map<Long, int[]> receipts = staff ? notices.receiptCounts(list.stream().map(ClassNotice::getId).toList())
                : Map.of();
        return list.stream().map(n -> {
            int[] counts = receipts.getOrDefault(n.getId(), new int[2]);
            UserAccount author = authors.get(n.getAuthorId());
            return new NoticeView(n.getId(), n.getOfferingId(), n.getClassId(), n.getTitle(), n.getBody(),
                    n.isPinned(), n.getAuthorId(), author == null ? "" : author.getDisplayName(), n.getCreatedAt(),
                    n.getUpdatedAt(), read.contains(n.getId()), counts[0], counts[1]);
        }).toList();
    }

    private Map<Long, UserAccount> people(List<Long> ids) {
        return accounts.byId(new HashSet<>(ids));
    }
}
